-- wrk script: GET the view of case LOAD_PREFIX-1 .. LOAD_PREFIX-$LOAD_CASES in turn, with the
-- token in $LOAD_TOKEN and the query in $LOAD_QUERY. Each view is recorded as a command of its
-- case, so spreading the load over several cases keeps writers of one case apart.
local cases = tonumber(os.getenv("LOAD_CASES"))
local prefix = os.getenv("LOAD_PREFIX")
local query = os.getenv("LOAD_QUERY")
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
  return wrk.format("GET", "/cases/" .. prefix .. "-" .. ((n % cases) + 1) .. "/view?" .. query)
end
