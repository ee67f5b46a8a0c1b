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

async function load() {
  const message = document.getElementById("message");
  const section = document.getElementById("case");
  message.replaceChildren();
  section.classList.add("hidden");
  const a = await api("GET", "/cases/" + caseId());
  if (a.status !== 200) { showError(message, a); return; }
  etag = a.etag;
  document.getElementById("stage").textContent = a.body.case.stage;
  document.getElementById("version").textContent = a.body.version;
  const timeline = document.getElementById("timeline");
  timeline.replaceChildren();
  const h = await api("GET", "/cases/" + caseId() + "/history");
  if (h.status === 200) {
    h.body.commands.forEach(c => {
      const li = document.createElement("li");
      li.textContent = (c.on || (c.request && c.request.asOf) || "") + " " + c.type
          + (c.participant ? " " + c.participant : "") + (c.stage ? " " + c.stage : "");
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
  const q = new URLSearchParams({ recipient: document.getElementById("view-recipient").value.trim(),
    purpose: document.getElementById("view-purpose").value });
  const on = document.getElementById("view-on").value;
  if (on) q.set("on", on);
  const a = await api("GET", "/cases/" + caseId() + "/view?" + q.toString());
  out.textContent = a.status === 200 ? a.body.text : (a.body && a.body.message) || t("nothing");
});

const id = new URLSearchParams(location.search).get("id");
if (id) document.getElementById("caseId").value = id;
