// The pages' texts come from the service's message bundles: the page that loads this script
// defines TEXTS (its page.* texts and the library's labels of enum values, in the page's
// language). No text a person reads is written here.
"use strict";

function lang() {
  return document.documentElement.lang === "fr" ? "fr" : "en";
}

/** A page text, its {0}, {1}, ... replaced by the arguments; ⟦key⟧ if the bundle lacks it. */
function t(key, ...args) {
  const pattern = TEXTS[key];
  if (pattern === undefined) return "\u27e6" + key + "\u27e7";
  return pattern.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] === undefined ? "" : String(args[Number(i)])));
}

/** The label of an enum value ("ProcessStage", "INTAKE"), from the library's bundles. */
function label(type, value) {
  const l = TEXTS[type + "." + value];
  return l === undefined ? "\u27e6" + type + "." + value + "\u27e7" : l;
}

/** Sets up the language switch: it reloads the page in the chosen language. */
function translate() {
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

/** Calls the API in the page's language; answers {status, body, etag}. */
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
  p.textContent = answer.body && answer.body.message ? answer.body.message : t("error", answer.status);
  target.append(p);
  if (answer.body && answer.body.rule) {
    const r = document.createElement("p");
    r.textContent = t("rule", answer.body.rule, answer.body.reason || "");
    target.append(r);
  }
  if (answer.body && answer.body.errors) {
    const ul = document.createElement("ul");
    answer.body.errors.forEach(e => {
      const li = document.createElement("li");
      li.textContent = t("pathError", e.path, e.message);
      ul.append(li);
    });
    target.append(ul);
  }
}
