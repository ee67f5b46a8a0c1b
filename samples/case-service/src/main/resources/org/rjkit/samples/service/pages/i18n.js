// Texts of the caseworker pages, English and French. Every text a person reads comes from here.
"use strict";
const TEXTS = {
  en: {
    title_intake: "Intake: screen a request", title_case: "Case", nav_intake: "Intake", nav_case: "Case",
    language: "Language", token: "Bearer token (from ./rjkit token)", programme: "Programme",
    request: "Screening request (JSON; paste a case)", processType: "Process type",
    screen: "Screen", open: "Open the case", outcome: "Outcome", rules: "Rules",
    missing: "Missing facts: fill them in the request", errors: "The request is not valid",
    caseId: "Case id", load: "Load the case", stage: "Stage", version: "Version",
    timeline: "Timeline", actions: "Actions", consent: "Record a consent", participant: "Participant id",
    form: "Form of consent", on: "Date", record: "Record", viewAs: "View as recipient",
    recipient: "Recipient (kind, or PARTICIPANT:id)", purpose: "Purpose", show: "Show the view",
    opened: "Case opened", recorded: "Recorded", nothing: "Nothing to show.",
    stageChange: "Change the stage", newStage: "New stage", safety: "Record a safety assessment", risk: "Risk to the victim",
    apply: "Apply the facts and screen again", factValue: "Value of",
    outcome_ELIGIBLE: "Eligible", outcome_INELIGIBLE: "Ineligible", outcome_MANUAL_REVIEW: "Manual review",
    outcome_NEEDS_INFORMATION: "Needs information",
    status_MET: "met", status_NOT_MET: "not met", status_UNKNOWN: "unknown", status_REVIEW: "review",
  },
  fr: {
    title_intake: "Accueil : trier une demande", title_case: "Dossier", nav_intake: "Accueil", nav_case: "Dossier",
    language: "Langue", token: "Jeton porteur (de ./rjkit token)", programme: "Programme",
    request: "Demande de tri (JSON ; collez un dossier)", processType: "Type de processus",
    screen: "Trier", open: "Ouvrir le dossier", outcome: "Résultat", rules: "Règles",
    missing: "Faits manquants : à remplir dans la demande", errors: "La demande n'est pas valide",
    caseId: "Identifiant du dossier", load: "Charger le dossier", stage: "Étape", version: "Version",
    timeline: "Chronologie", actions: "Actions", consent: "Consigner un consentement", participant: "Identifiant du participant",
    form: "Forme du consentement", on: "Date", record: "Consigner", viewAs: "Voir comme un destinataire",
    recipient: "Destinataire (type, ou PARTICIPANT:identifiant)", purpose: "Fin", show: "Afficher la vue",
    opened: "Dossier ouvert", recorded: "Consigné", nothing: "Rien à afficher.",
    stageChange: "Changer l'étape", newStage: "Nouvelle étape", safety: "Consigner une évaluation de sécurité", risk: "Risque pour la victime",
    apply: "Appliquer les faits et trier de nouveau", factValue: "Valeur de",
    outcome_ELIGIBLE: "Admissible", outcome_INELIGIBLE: "Non admissible", outcome_MANUAL_REVIEW: "Examen par un décideur",
    outcome_NEEDS_INFORMATION: "Renseignements à compléter",
    status_MET: "remplie", status_NOT_MET: "non remplie", status_UNKNOWN: "inconnue", status_REVIEW: "à examiner",
  },
};

function lang() {
  const l = new URLSearchParams(location.search).get("lang");
  return l === "fr" ? "fr" : "en";
}

function t(key) {
  return TEXTS[lang()][key];
}

/** Fills every element with data-t="key", sets the page language and the language switch. */
function translate() {
  document.documentElement.lang = lang();
  document.querySelectorAll("[data-t]").forEach(e => { e.textContent = t(e.dataset.t); });
  const sel = document.getElementById("language");
  if (sel) {
    sel.value = lang();
    sel.addEventListener("change", () => {
      const q = new URLSearchParams(location.search);
      q.set("lang", sel.value);
      location.search = q.toString();
    });
  }
}

/** Calls the API; answers {status, body, etag}. */
async function api(method, path, body, extra) {
  const headers = { "Accept-Language": lang() };
  const token = document.getElementById("token").value.trim();
  if (token) headers["Authorization"] = "Bearer " + token;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  Object.assign(headers, extra || {});
  const r = await fetch(path, { method, headers, body });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { json = null; }
  return { status: r.status, body: json, text, etag: r.headers.get("ETag") };
}

/** Shows an error answer (message, rule and reason, every path and message); never content. */
function showError(target, answer) {
  target.replaceChildren();
  const p = document.createElement("p");
  p.className = "error";
  p.textContent = answer.body && answer.body.message ? answer.body.message : String(answer.status);
  target.append(p);
  if (answer.body && answer.body.rule) {
    const r = document.createElement("p");
    r.textContent = answer.body.rule + ": " + (answer.body.reason || "");
    target.append(r);
  }
  if (answer.body && answer.body.errors) {
    const ul = document.createElement("ul");
    answer.body.errors.forEach(e => {
      const li = document.createElement("li");
      li.textContent = e.path + ": " + e.message;
      ul.append(li);
    });
    target.append(ul);
  }
}
