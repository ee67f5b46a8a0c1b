-- wrk script: GET /cases/$LOAD_PREFIX-i$LOAD_SUFFIX for i = 1 .. $LOAD_CASES in turn, with the
-- token in $LOAD_TOKEN (LOAD_SUFFIX "/view?recipient=...": the view; empty: the summary).
-- Each view is recorded as a command of its case, so spreading the load over several cases keeps
-- writers of one case apart. Each of wrk's threads starts at its own offset.
local cases = tonumber(os.getenv("LOAD_CASES"))
local prefix = os.getenv("LOAD_PREFIX")
local suffix = os.getenv("LOAD_SUFFIX") or ""
local n = 0
local threads = 0
setup = function(thread)
  thread:set("start", threads * 7919)
  threads = threads + 1
end
init = function(args)
  n = tonumber(start) or 0
end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOAD_TOKEN")
request = function()
  n = n + 1
  return wrk.format("GET", "/cases/" .. prefix .. "-" .. ((n % cases) + 1) .. suffix)
end
