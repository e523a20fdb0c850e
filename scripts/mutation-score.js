#!/usr/bin/env node
// The mutation score per folder from Stryker's JSON reports (mutation-testing-report-schema), e.g. after
// `npm run mutate` (reports/mutation/mutation.json) or several partial runs kept side by side:
//   node scripts/mutation-score.js reports/mutation/mutation.json [more.json …]
// Score = detected / (detected + survived + no coverage), detected = killed + timed out, as Stryker counts it;
// a file in several reports counts once (the last report given wins).
"use strict";
const fs = require("fs");

const files = new Map();
for (const report of process.argv.slice(2)) {
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  for (const [name, file] of Object.entries(json.files)) files.set(name.replace(/\\/g, "/"), file);
}
if (files.size === 0) {
  console.error("usage: node scripts/mutation-score.js <mutation.json> […]");
  process.exit(2);
}

const folders = new Map();
const add = (key, status) => {
  const t = folders.get(key) ?? { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0, files: 0 };
  if (status in t) t[status]++;
  else t.other++;
  folders.set(key, t);
};
for (const [name, file] of files) {
  const folder = /src\/(core|excel)\//.exec(name)?.[0].slice(0, -1) ?? "other";
  for (const key of [folder, "total"]) {
    for (const m of file.mutants) add(key, m.status);
    folders.get(key).files++;
  }
}
console.log("| Folder | Files | Mutants | Killed | Timed out | Survived | No coverage | Score |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [key, t] of [...folders].sort(([a], [b]) => (a === "total") - (b === "total") || a.localeCompare(b))) {
  const detected = t.Killed + t.Timeout;
  const valid = detected + t.Survived + t.NoCoverage;
  const score = valid === 0 ? "–" : `${((100 * detected) / valid).toFixed(1)} %`;
  console.log(
    `| ${key} | ${t.files} | ${valid} | ${t.Killed} | ${t.Timeout} | ${t.Survived} | ${t.NoCoverage} | ${score} |`
  );
}
