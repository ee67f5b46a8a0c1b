"use strict";
translate();
let etag = null;

/** The role a token names (a display hint only: the service decides). */
function role() {
  const token = document.getElementById("token").value.trim();
  try {
    const payload = atob(token.split(".")[0].replace(/-/g, "+").replace(/_/g, "/"));
    return payload.split("|")[2];
  } catch (e) {
    return "";
  }
}

function caseId() {
  return encodeURIComponent(document.getElementById("caseId").value.trim());
}

/** One stored command as a line of the timeline, in the page's language; never content. */
function line(c) {
  const on = c.on || (c.request && c.request.asOf) || "";
  switch (c.type) {
    case "open": return t("timeline.open", on, label("ProcessType", c.processType));
    case "consent": return t(c.informed === false ? "timeline.consent.notInformed" : "timeline.consent",
        on, c.participant, label("ConsentForm", c.form));
    case "withdrawal": return t("timeline.withdrawal", on, c.participant);
    case "safety": return t("timeline.safety", on, label("RiskLevel", c.riskToVictim));
    case "review": return t("timeline.review", on, label("ReviewOutcome", c.outcome));
    case "stage": return t("timeline.stage", on, label("ProcessStage", c.stage));
    case "message": return t("timeline.message", on, c.id, c.author, c.recipient, label("Channel", c.channel));
    case "relay": return t("timeline.relay", on, c.message);
    case "return": return t("timeline.return", on, c.message);
    case "agreement": return t("timeline.agreement", on,
        (c.items || []).map(i => t("timeline.item", i.id, label("ItemKind", i.kind))).join(t("timeline.separator")));
    case "assent": return t("timeline.assent", on, c.party, c.item);
    case "follow-up": return t("timeline.follow-up", on, c.item, label("ItemStatus", c.status));
    case "close": return t("timeline.close", on, label("ClosureReason", c.reason));
    case "reopen": return t("timeline.reopen", on);
    case "disclosure": return c.participant
        ? t("timeline.disclosure.participant", on, c.participant, label("Purpose", c.purpose))
        : t("timeline.disclosure", on, label("RecipientKind", c.recipient), label("Purpose", c.purpose));
    default: return t("timeline.other", on);
  }
}

async function load() {
  const message = document.getElementById("message");
  const section = document.getElementById("case");
  message.replaceChildren();
  section.classList.add("hidden");
  const a = await api("GET", "/cases/" + caseId());
  if (a.status !== 200) { showError(message, a); return; }
  etag = a.etag;
  const stage = document.getElementById("stage");
  stage.dataset.stage = a.body.case.stage;
  stage.textContent = a.body.case.closure
    ? t("closed", label("ProcessStage", a.body.case.stage), label("ClosureReason", a.body.case.closure))
    : label("ProcessStage", a.body.case.stage);
  document.getElementById("version").textContent = a.body.version;
  const timeline = document.getElementById("timeline");
  timeline.replaceChildren();
  const h = await api("GET", "/cases/" + caseId() + "/history");
  if (h.status === 200) {
    h.body.commands.forEach(c => {
      const li = document.createElement("li");
      li.dataset.type = c.type;
      li.textContent = line(c);
      timeline.append(li);
    });
  }
  const r = role();
  document.querySelectorAll("form.action").forEach(f => {
    f.classList.toggle("hidden", !f.dataset.roles.split(" ").includes(r));
  });
  section.classList.remove("hidden");
}

async function write(path, body) {
  const message = document.getElementById("message");
  const a = await api("POST", "/cases/" + caseId() + path, JSON.stringify(body), { "If-Match": etag || "" });
  if (a.status !== 200) { showError(message, a); return; }
  await load();
  const p = document.createElement("p");
  p.id = "recorded";
  p.textContent = t("recorded");
  message.replaceChildren(p);
}

document.getElementById("loader").addEventListener("submit", ev => { ev.preventDefault(); load(); });
document.getElementById("consent").addEventListener("submit", ev => {
  ev.preventDefault();
  write("/consents", { on: document.getElementById("consent-on").value,
    participant: document.getElementById("consent-participant").value.trim(), informed: true,
    form: document.getElementById("consent-form").value });
});
document.getElementById("stage-form").addEventListener("submit", ev => {
  ev.preventDefault();
  write("/stage", { on: document.getElementById("stage-on").value, stage: document.getElementById("stage-new").value });
});
document.getElementById("safety").addEventListener("submit", ev => {
  ev.preventDefault();
  write("/safety", { on: document.getElementById("safety-on").value, riskToVictim: document.getElementById("safety-risk").value });
});
document.getElementById("view").addEventListener("submit", async ev => {
  ev.preventDefault();
  const out = document.getElementById("view-text");
  const kind = document.getElementById("view-recipient").value;
  const participant = document.getElementById("view-participant").value.trim();
  const q = new URLSearchParams({ recipient: kind === "PARTICIPANT" ? kind + ":" + participant : kind,
    purpose: document.getElementById("view-purpose").value });
  const on = document.getElementById("view-on").value;
  if (on) q.set("on", on);
  const a = await api("GET", "/cases/" + caseId() + "/view?" + q.toString());
  out.textContent = a.status === 200 ? a.body.text : (a.body && a.body.message) || t("nothing");
});

const id = new URLSearchParams(location.search).get("id");
if (id) document.getElementById("caseId").value = id;
