"use strict";
translate();

async function loadProgrammes() {
  const r = await fetch("/version");
  const v = await r.json();
  const sel = document.getElementById("programme");
  v.programmes.forEach(p => {
    const o = document.createElement("option");
    o.value = p.id;
    o.textContent = p.id;
    sel.append(o);
  });
}

/** The request with the chosen programme, or null (and an error shown) when it is not JSON. */
function request(result) {
  let doc;
  try {
    doc = JSON.parse(document.getElementById("request").value);
  } catch (e) {
    showError(result, { status: 400, body: { message: t("errors"), errors: [{ path: "$", message: "JSON" }] } });
    return null;
  }
  if (doc && typeof doc === "object") doc.programme = document.getElementById("programme").value;
  return doc;
}

function showDecision(result, d) {
  result.replaceChildren();
  const h = document.createElement("h2");
  h.textContent = t("outcome");
  const o = document.createElement("p");
  o.id = "outcome";
  o.className = "outcome " + d.outcome;
  o.textContent = d.outcome;
  const rh = document.createElement("h2");
  rh.textContent = t("rules");
  const ul = document.createElement("ul");
  ul.id = "rules";
  d.rules.forEach(rule => {
    const li = document.createElement("li");
    const s = document.createElement("strong");
    s.className = rule.status;
    s.textContent = rule.id + " (" + rule.status + ")";
    li.append(s, document.createTextNode(" " + rule.reason[lang()] + " "));
    rule.citations.forEach(c => {
      const label = c.instrument + ", " + c.provision;
      const a = document.createElement(c.url ? "a" : "span");
      if (c.url) a.href = c.url;
      a.textContent = label;
      li.append(a, document.createTextNode(" "));
    });
    ul.append(li);
  });
  result.append(h, o, rh, ul);
  if (d.missingFacts.length > 0) {
    const fs = document.createElement("fieldset");
    fs.id = "missing";
    const lg = document.createElement("legend");
    lg.textContent = t("missing");
    fs.append(lg);
    d.missingFacts.forEach((fact, i) => {
      const l = document.createElement("label");
      l.htmlFor = "missing-" + i;
      l.textContent = fact;
      const input = document.createElement("input");
      input.type = "text";
      input.id = "missing-" + i;
      fs.append(l, input);
    });
    result.append(fs);
  }
}

document.getElementById("intake").addEventListener("submit", async ev => {
  ev.preventDefault();
  const result = document.getElementById("result");
  const doc = request(result);
  if (doc === null) return;
  const a = await api("POST", "/screenings", JSON.stringify(doc));
  if (a.status === 200) showDecision(result, a.body); else showError(result, a);
});

document.getElementById("open").addEventListener("click", async () => {
  const result = document.getElementById("result");
  const doc = request(result);
  if (doc === null) return;
  const body = { processType: document.getElementById("processType").value, request: doc };
  const a = await api("POST", "/cases", JSON.stringify(body));
  if (a.status !== 201) { showError(result, a); return; }
  showDecision(result, a.body.decision);
  const p = document.createElement("p");
  p.id = "opened";
  const link = document.createElement("a");
  link.href = "case.html?lang=" + lang() + "&id=" + encodeURIComponent(a.body.case.caseId);
  link.textContent = t("opened") + ": " + a.body.case.caseId;
  p.append(link);
  result.prepend(p);
});

loadProgrammes();
