// Starts GOV.UK Frontend's components. Everything works without it; it adds focus handling, character
// counts, conditional reveals and double-click protection.
import { initAll } from "/js/govuk-frontend.min.js";

// GOV.UK Frontend marks a radio or checkbox that reveals a question with aria-expanded, which ARIA does not allow
// on those roles (axe: aria-allowed-attr, a known issue the Design System keeps, alphagov/govuk-frontend#979).
// This service keeps its markup valid: the input keeps aria-controls, and the revealed question follows it
// straight after, so a screen reader reaches it next. The observer, started before GOV.UK Frontend, removes it
// whenever it is set.
const conditionalInputs = "input.govuk-radios__input[aria-expanded], input.govuk-checkboxes__input[aria-expanded]";
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.target instanceof HTMLInputElement && change.target.matches(conditionalInputs)) {
      change.target.removeAttribute("aria-expanded");
    }
  }
}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-expanded"] });

initAll();

// A page showing work under way in the background (a snapshot being taken) reloads itself every few seconds while the
// work goes on. Without JavaScript it has a link to check again; no <meta http-equiv="refresh"> (WCAG 2.2.1, axe meta-refresh).
const refreshing = document.querySelector("[data-app-refresh-seconds]");
if (refreshing) {
  const seconds = Number(refreshing.getAttribute("data-app-refresh-seconds"));
  if (seconds > 0) {
    setTimeout(() => window.location.reload(), seconds * 1000);
  }
}
