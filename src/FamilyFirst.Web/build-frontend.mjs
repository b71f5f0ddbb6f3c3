// Compiles the council-branded GOV.UK Frontend stylesheet and copies the assets it needs into wwwroot.
// Run by the web project's build (see FamilyFirst.Web.csproj); nothing is fetched at run time.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import * as sass from "sass";

const frontend = "node_modules/govuk-frontend/dist/govuk";

const result = sass.compile("Styles/app.scss", {
  loadPaths: ["node_modules"],
  style: "compressed",
  quietDeps: true,
});

mkdirSync("wwwroot/css", { recursive: true });
writeFileSync("wwwroot/css/app.css", result.css);

mkdirSync("wwwroot/js", { recursive: true });
cpSync(`${frontend}/govuk-frontend.min.js`, "wwwroot/js/govuk-frontend.min.js");
