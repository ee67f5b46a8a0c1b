"use strict";
translate();

/** The request with the chosen programme, or null (and an error shown) when it is not JSON. */
function request(result) {
  let doc;
  try {
    doc = JSON.parse(document.getElementById("request").value);
  } catch (e) {
    showError(result, { status: 400, body: { message: t("errors"), errors: [{ path: "$", message: t("notJson") }] } });
    return null;
  }
  if (doc && typeof doc === "object") doc.programme = document.getElementById("programme").value;
  return doc;
}

/**
 * A citation in the page's language: an instrument with an official version in it is cited in
 * that version, any other by its original title between quotation marks.
 */
function citation(c) {
  const tr = c.translations && c.translations[lang()];
  if (lang() === "en") return t("citation", c.instrument, c.provision);
  const provision = tr && tr.provision ? tr.provision : c.provision;
  if (tr && tr.instrument) return t("citation", tr.instrument, provision);
  return t("citation.quoted", c.instrument, provision);
}

function showDecision(result, d) {
  result.replaceChildren();
  const h = document.createElement("h2");
  h.textContent = t("outcome");
  const o = document.createElement("p");
  o.id = "outcome";
  o.className = "outcome " + d.outcome;
  o.dataset.outcome = d.outcome;
  o.textContent = label("Outcome", d.outcome);
  const rh = document.createElement("h2");
  rh.textContent = t("rules");
  const ul = document.createElement("ul");
  ul.id = "rules";
  d.rules.forEach(rule => {
    const li = document.createElement("li");
    const s = document.createElement("strong");
    s.className = rule.status;
    s.dataset.status = rule.status;
    s.textContent = t("ruleStatus", rule.id, label("RuleStatus", rule.status));
    li.append(s, document.createTextNode(" " + (rule.reason[lang()] || rule.reason.en) + " "));
    rule.citations.forEach(c => {
      const a = document.createElement(c.url ? "a" : "span");
      if (c.url) a.href = c.url;
      a.textContent = citation(c);
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
      l.textContent = t("factValue", fact);
      const input = document.createElement("input");
      input.type = "text";
      input.id = "missing-" + i;
      input.dataset.fact = fact;
      fs.append(l, input);
    });
    const apply = document.createElement("button");
    apply.type = "button";
    apply.id = "apply-facts";
    apply.textContent = t("apply");
    apply.addEventListener("click", () => applyFacts(result));
    fs.append(apply);
    result.append(fs);
  }
}

/**
 * Writes a value into the request at a decision's fact path: "participants[P2].acceptsResponsibility"
 * (a list entry by its id or participantId, or by its index), "offenderId" (the request's own).
 */
function setFact(doc, path, value) {
  let node = path === "offenderId" ? doc : doc.case;
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i++) {
    const m = /^([A-Za-z]+)(?:\[([^\]]+)\])?$/.exec(parts[i]);
    if (!m || node === null || typeof node !== "object") return false;
    const last = i === parts.length - 1;
    if (m[2] === undefined) {
      if (last) { node[m[1]] = value; return true; }
      if (node[m[1]] === undefined) node[m[1]] = {};
      node = node[m[1]];
    } else {
      const list = node[m[1]];
      if (!Array.isArray(list)) return false;
      const key = m[2];
      const found = /^[0-9]+$/.test(key) ? list[Number(key)]
        : list.find(e => e && (e.id === key || e.participantId === key));
      if (found === undefined) return false;
      if (last) return false;
      node = found;
    }
  }
  return false;
}

/** A typed value: true, false, a number, or the text as it is. */
function typed(text) {
  const v = text.trim();
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^-?[0-9]+$/.test(v)) return Number(v);
  return v;
}

/** Puts the filled-in missing facts into the request and screens it again. */
function applyFacts(result) {
  const doc = request(result);
  if (doc === null) return;
  document.querySelectorAll("#missing input").forEach(input => {
    if (input.value.trim() !== "") setFact(doc, input.dataset.fact, typed(input.value));
  });
  document.getElementById("request").value = JSON.stringify(doc, null, 2);
  document.getElementById("screen").click();
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
  link.textContent = t("openedCase", a.body.case.caseId);
  p.append(link);
  result.prepend(p);
});

