// Starts GOV.UK Frontend's components. Everything works without it; it adds focus handling, character
// counts, conditional reveals and double-click protection.
import { initAll } from "/js/govuk-frontend.min.js";

initAll();
