#!/usr/bin/env node
/* eslint-disable no-undef */
// Builds the shipped municipality data (src/core/municipalities/data.ts and quarters.ts) from two CSV files:
//
//   kommuner.csv          kode, kommune, region, erhvervshus, kommunegruppe, folk_YYYY_01_01 …  (one row per municipality)
//   folk1a-kvartaler.csv  kode, kommune, 2008K1 … YYYYKn  (DST FOLK1A, population on the first day of each quarter)
//
// Usage: node scripts/build-municipalities.js [--kommuner <file>] [--kvartaler <file>] [--out <dir>]
// Defaults: ../shared/data/kommuner.csv and ../shared/data/folk1a-kvartaler.csv (relative to the repository),
// output src/core/municipalities/. A newer FOLK1A export can replace folk1a-kvartaler.csv: either the same wide
// layout, or DST StatBank's long layout (columns OMRÅDE, TID, INDHOLD; OMRÅDE as the DST name or code). Every
// 1 January quarter (K1) becomes a year of data.ts; where kommuner.csv also has that year, the two must agree.
// Files may be UTF-8 (with or without BOM) or Windows-1252, separated by "," or ";".
// Kilde: Danmarks Statistik (FOLK1A; Regioner, landsdele og kommuner; Kommunegrupper v1:2018).
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");

function args() {
  const out = {
    kommuner: path.join(ROOT, "..", "shared", "data", "kommuner.csv"),
    kvartaler: path.join(ROOT, "..", "shared", "data", "folk1a-kvartaler.csv"),
    out: path.join(ROOT, "src", "core", "municipalities"),
  };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, "");
    if (!(name in out) || argv[i + 1] === undefined) {
      fail(`unknown argument ${argv[i]}: use --kommuner <file> --kvartaler <file> --out <dir>`);
    }
    out[name] = path.resolve(argv[++i]);
  }
  return out;
}

function fail(message) {
  process.stderr.write(`build-municipalities: ${message}\n`);
  process.exit(1);
}

/** UTF-8 (BOM or not) if valid, else Windows-1252 (Node's ICU knows it). */
function readText(file) {
  if (!fs.existsSync(file)) fail(`${file} does not exist (pass --kommuner / --kvartaler)`);
  const bytes = fs.readFileSync(file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch (notUtf8) {
    if (!(notUtf8 instanceof TypeError)) throw notUtf8; // TextDecoder's fatal mode throws a TypeError on bad bytes
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function readCsv(file) {
  const text = readText(file);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const separator =
    (lines[0].match(/;/g) || []).length > (lines[0].match(/,/g) || []).length ? ";" : ",";
  const split = (line) => {
    const fields = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') ((field += '"'), i++);
        else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === separator) (fields.push(field.trim()), (field = ""));
      else field += ch;
    }
    fields.push(field.trim());
    return fields;
  };
  const [header, ...rows] = lines.map(split);
  return { header, rows, file };
}

function integer(text, where) {
  const clean = String(text).replace(/[.\s\u00a0]/g, "");
  if (!/^\d+$/.test(clean)) fail(`${where}: '${text}' is not a population`);
  return Number(clean);
}

const quarterOrder = (q) => Number(q.slice(0, 4)) * 4 + Number(q[5]) - 1;

function readKommuner(file) {
  const { header, rows } = readCsv(file);
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) fail(`${file}: no column ${name}`);
    return i;
  };
  const [kode, kommune, region, hub, group] = [
    "kode",
    "kommune",
    "region",
    "erhvervshus",
    "kommunegruppe",
  ].map(col);
  const yearColumns = header
    .map((h, i) => [/^folk_(\d{4})_01_01$/.exec(h), i])
    .filter(([m]) => m)
    .map(([m, i]) => ({ year: Number(m[1]), index: i }));
  return rows.map((r, n) => {
    const where = `${file} row ${n + 2}`;
    for (const i of [kode, kommune, region, hub, group])
      if (!r[i]) fail(`${where}: empty ${header[i]}`);
    const population = {};
    for (const { year, index } of yearColumns)
      population[year] = integer(r[index], `${where} ${header[index]}`);
    return {
      code: integer(r[kode], where),
      name: r[kommune],
      region: r[region],
      hub: r[hub],
      group: r[group],
      population,
    };
  });
}

/** { quarters: ["2008K1", …], byCode: Map(code → Map(quarter → population)) } from the wide or the long layout. */
function readQuarters(file, municipalities) {
  const { header, rows } = readCsv(file);
  const byCode = new Map();
  const quarters = new Set();
  const codeOf = (text, where) => {
    const t = String(text).trim();
    if (/^\d+$/.test(t)) return Number(t);
    const m = municipalities.find((x) => x.name.toLowerCase() === t.toLowerCase());
    if (!m) fail(`${where}: '${t}' is not one of the municipalities in kommuner.csv`);
    return m.code;
  };
  const upper = header.map((h) => h.toUpperCase());
  if (upper.includes("TID") && upper.includes("INDHOLD")) {
    const area = upper.findIndex((h) => h === "OMRÅDE" || h === "OMRADE" || h === "KODE");
    const time = upper.indexOf("TID");
    const value = upper.indexOf("INDHOLD");
    if (area < 0) fail(`${file}: no OMRÅDE column`);
    rows.forEach((r, n) => {
      const where = `${file} row ${n + 2}`;
      if (/^(hele landet|christians)/i.test(r[area]) || r[area] === "000" || r[area] === "411")
        return;
      if (!/^\d{4}K[1-4]$/.test(r[time]))
        fail(`${where}: '${r[time]}' is not a quarter like 2026K1`);
      const code = codeOf(r[area], where);
      if (!byCode.has(code)) byCode.set(code, new Map());
      byCode.get(code).set(r[time], integer(r[value], where));
      quarters.add(r[time]);
    });
  } else {
    const kode = header.indexOf("kode");
    if (kode < 0) fail(`${file}: no column kode`);
    const columns = header.map((h, i) => [h, i]).filter(([h]) => /^\d{4}K[1-4]$/.test(h));
    rows.forEach((r, n) => {
      const code = codeOf(r[kode], `${file} row ${n + 2}`);
      if (code === 411) return; // Christiansø is not a municipality
      const series = new Map();
      for (const [q, i] of columns) {
        series.set(q, integer(r[i], `${file} row ${n + 2} ${q}`));
        quarters.add(q);
      }
      byCode.set(code, series);
    });
  }
  const list = [...quarters].sort((a, b) => quarterOrder(a) - quarterOrder(b));
  for (let i = 1; i < list.length; i++)
    if (quarterOrder(list[i]) !== quarterOrder(list[i - 1]) + 1)
      fail(`${file}: quarters are not consecutive (${list[i - 1]} then ${list[i]})`);
  return { quarters: list, byCode };
}

function check(municipalities, q) {
  const codes = new Set(municipalities.map((m) => m.code));
  if (codes.size !== municipalities.length) fail("kommuner.csv: a code appears twice");
  for (const m of municipalities) {
    const series = q.byCode.get(m.code);
    if (!series) fail(`${m.name} (${m.code}) has no quarterly populations`);
    for (const quarter of q.quarters)
      if (!series.has(quarter)) fail(`${m.name} (${m.code}) has no population for ${quarter}`);
    for (const [year, value] of Object.entries(m.population)) {
      const k1 = series.get(`${year}K1`);
      if (k1 !== undefined && k1 !== value)
        fail(
          `${m.name}: kommuner.csv says ${value} on 1 January ${year}, the quarterly file ${k1}`
        );
    }
  }
  for (const code of q.byCode.keys())
    if (!codes.has(code)) fail(`quarterly file: code ${code} is not in kommuner.csv`);
}

const HEADER = (what, files) =>
  `// GENERATED by scripts/build-municipalities.js from ${files} — do not edit by hand; rerun the script with a newer\n` +
  `// DST export instead. ${what}\n// Kilde: Danmarks Statistik.\n`;

function build() {
  const a = args();
  const municipalities = readKommuner(a.kommuner).sort((x, y) => x.code - y.code);
  const q = readQuarters(a.kvartaler, municipalities);
  check(municipalities, q);
  // Every 1 January in either file is a year: kommuner.csv's columns, and K1 quarters of a newer export.
  const years = [
    ...new Set([
      ...Object.keys(municipalities[0].population).map(Number),
      ...q.quarters.filter((x) => x.endsWith("K1")).map((x) => Number(x.slice(0, 4))),
    ]),
  ]
    .filter((y) => y >= 2018)
    .sort((x, y) => x - y);
  const populationOn = (m, year) =>
    year in m.population ? m.population[year] : q.byCode.get(m.code).get(`${year}K1`);
  const last = years[years.length - 1];
  const lastQuarter = q.quarters[q.quarters.length - 1];
  const files = `${path.basename(a.kommuner)} and ${path.basename(a.kvartaler)}`;

  const rows = municipalities
    .map(
      (m) =>
        `    [${m.code}, ${JSON.stringify(m.name)}, ${JSON.stringify(m.region)}, ${JSON.stringify(m.hub)}, ${JSON.stringify(m.group)}, [${years.map((y) => populationOn(m, y)).join(", ")}]],`
    )
    .join("\n");
  const data =
    HEADER(
      "Denmark's 98 municipalities (Christiansø is not one): DST code, DST name, region, the Erhvervshus that serves it,\n// DST kommunegruppe (v1:2018) and the population on 1 January of each year (FOLK1A).",
      files
    ) +
    `import type { CompactMunicipalityData } from "./schema";\n\n` +
    `// One line per municipality, as generated (prettier would spread each over a dozen lines).\n// prettier-ignore\n` +
    `export const MUNICIPALITY_DATA: CompactMunicipalityData = {\n` +
    `  asOf: "${last}-01-01",\n` +
    `  credit: "Kilde: Danmarks Statistik",\n` +
    `  sources: "FOLK1A (befolkningen 1. januar), Regioner, landsdele og kommuner, Kommunegrupper v1:2018",\n` +
    `  years: [${years.join(", ")}],\n` +
    `  // code, DST name, region, Erhvervshus, kommunegruppe, population on 1 January of each year above\n` +
    `  municipalities: [\n${rows}\n  ],\n};\n`;

  const quarterRows = municipalities
    .map(
      (m) => `    [${m.code}, [${q.quarters.map((x) => q.byCode.get(m.code).get(x)).join(",")}]],`
    )
    .join("\n");
  const quarters =
    HEADER(
      "FOLK1A: the population of each municipality on the first day of every quarter\n// (K1 = 1 January, K2 = 1 April, K3 = 1 July, K4 = 1 October), to tell from which date a key's populations are.",
      files
    ) +
    `import type { CompactQuarterlyData } from "./schema";\n\n` +
    `// One line per municipality, as generated (prettier would spread each over a dozen lines).\n// prettier-ignore\n` +
    `export const QUARTERLY_DATA: CompactQuarterlyData = {\n` +
    `  credit: "Kilde: Danmarks Statistik",\n` +
    `  sources: "FOLK1A (befolkningen den første dag i kvartalet)",\n` +
    `  quarters: [${q.quarters.map((x) => JSON.stringify(x)).join(", ")}],\n` +
    `  // code, then the population on the first day of each quarter above\n` +
    `  rows: [\n${quarterRows}\n  ],\n};\n`;

  fs.mkdirSync(a.out, { recursive: true });
  fs.writeFileSync(path.join(a.out, "data.ts"), data);
  fs.writeFileSync(path.join(a.out, "quarters.ts"), quarters);
  process.stdout.write(
    `build-municipalities: ${municipalities.length} municipalities, years ${years[0]}–${last}, ` +
      `quarters ${q.quarters[0]}–${lastQuarter} → ${path.relative(process.cwd(), a.out)}/data.ts, quarters.ts\n`
  );
}

build();
