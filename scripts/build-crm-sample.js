#!/usr/bin/env node
/* eslint-disable no-undef */
// Builds assets/crm-nordjylland-2021.xlsx: a sample activity list for the geographic spread (goal 2, "Bred geografisk
// spredning"). CONSTRUCTED FOR THE EXAMPLE: not real companies, courses or counts. The municipality column is
// written the ways people write it ("Aalborg Kommune", "0851", "Vesthimmerland", "Frederikshavns Kommune"), a few
// rows are in other hubs' municipalities or have none, so every path of the spread shows. Deterministic: the same
// file every run. Run: node scripts/build-crm-sample.js (also part of npm run samples).
"use strict";
const path = require("path");
const { seededRandom: random } = require("./seededRandom");
const ExcelJS = require("exceljs");

const FILE = path.join(__dirname, "..", "assets", "crm-nordjylland-2021.xlsx");
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/** Activities per municipality, and the spellings used for it in turn. */
const MUNICIPALITIES = [
  ["Aalborg", 190, ["Aalborg", "Aalborg Kommune", "0851", "aalborg", "Ålborg"]],
  ["Hjørring", 38, ["Hjørring", "Hjørring Kommune"]],
  ["Frederikshavn", 33, ["Frederikshavn", "Frederikshavns Kommune"]],
  ["Brønderslev", 20, ["Brønderslev", "810"]],
  ["Thisted", 21, ["Thisted", "Thisted Kommune"]],
  ["Mariagerfjord", 19, ["Mariagerfjord"]],
  ["Jammerbugt", 18, ["Jammerbugt", "Jammerbugt Kommune"]],
  ["Vesthimmerlands", 17, ["Vesthimmerland", "Vesthimmerlands Kommune"]],
  ["Rebild", 16, ["Rebild", "Rebild Kommune"]],
  ["Morsø", 8, ["Morsø", "Morsø Kommune"]],
  ["Læsø", 0, ["Læsø"]],
];

/** Rows outside the hub: companies in neighbouring hubs' municipalities, and two with no municipality. */
const OUTSIDE = [
  ["Viborg", 3],
  ["Skive", 2],
  ["Randers Kommune", 1],
  ["", 2],
];

const COURSES = ["Vækstforløb", "Driftsforløb", "Korte forløb", "Korte forløb", "Early Warning"];


function rows() {
  const rnd = random(20210101);
  const list = [];
  let company = 0;
  // About one activity in six is a company of the same municipality seen before (a second course for it).
  const nextCvr = (seen) => {
    if (seen.length > 2 && rnd() < 0.17) return seen[Math.floor(rnd() * seen.length)];
    const cvr = String(30000000 + 7919 * ++company);
    seen.push(cvr);
    return cvr;
  };
  for (const [, count, spellings] of MUNICIPALITIES) {
    const seen = [];
    for (let i = 0; i < count; i++) list.push([nextCvr(seen), spellings[i % spellings.length]]);
  }
  for (const [name, count] of OUTSIDE) for (let i = 0; i < count; i++) list.push([nextCvr([]), name]);
  // Shuffle (Fisher–Yates), then date and course per row.
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list.map(([cvr, kommune], i) => {
    const day = 4 + Math.floor((i * 347) / list.length);
    const date = new Date(Date.UTC(2021, 0, day));
    return [cvr, kommune || null, COURSES[Math.floor(rnd() * COURSES.length)], date];
  });
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2021, 11, 31));
  wb.modified = wb.created;

  const about = wb.addWorksheet("Om");
  about.getCell("A1").value = "Eksempel: aktivitetsliste (CRM) for Erhvervshus Nordjylland 2021";
  about.getCell("A1").font = { bold: true, size: 14 };
  [
    "KONSTRUERET TIL EKSEMPLET: ikke rigtige virksomheder, forløb eller tal.",
    "Kommunekolonnen er skrevet, som folk skriver den: 'Aalborg Kommune', '0851', 'Vesthimmerland' …",
    "Arket Mål beregner mål 2 (bred geografisk spredning) med DÆKNING og LANDINDEKS.",
    "Arket Land og by er en konstrueret egen inddeling (Rebild som land), til --rural.",
    "Indbyggertal: Kilde: Danmarks Statistik (FOLK1A, 1. januar 2021).",
  ].forEach((text, i) => (about.getCell(`A${i + 3}`).value = text));
  about.getColumn(1).width = 100;

  const crm = wb.addWorksheet("CRM");
  const data = rows();
  crm.addTable({
    name: "CRM",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["CVR", "Kommune", "Forløb", "Dato"].map((name) => ({ name })),
    rows: data,
  });
  for (let r = 0; r < data.length; r++) crm.getRow(r + 2).getCell(4).numFmt = "dd-mm-yyyy";
  [11, 24, 16, 12].forEach((w, i) => (crm.getColumn(i + 1).width = w));

  const goals = wb.addWorksheet("Mål");
  goals.getCell("A1").value = "Resultatkontrakt 2021 – mål 2: bred geografisk spredning (eksempel)";
  goals.getCell("A1").font = { bold: true, size: 14 };
  goals.addTable({
    name: "Maal",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: ["Nr", "Mål", "Del", "Indikator", "Mål 100 %", "Mål 50 %"].map((name) => ({ name })),
    rows: [
      ["2", "Bred geografisk spredning", "Alle kommuner nået", "DÆKNING(CRM[Kommune])", 1, 0.9],
      ["2", "Bred geografisk spredning", "Landdistrikter", "LANDINDEKS(CRM[Kommune])", 90, 75],
    ],
  });
  for (const r of [4]) for (const c of [5, 6]) goals.getRow(r).getCell(c).numFmt = "0 %";
  [6, 30, 22, 30, 11, 11].forEach((w, i) => (goals.getColumn(i + 1).width = w));

  const ownList = wb.addWorksheet("Land og by");
  const header = ownList.getRow(1);
  ["Kommune", "Land/by"].forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).font = { bold: true };
    header.getCell(i + 1).fill = HEADER_FILL;
  });
  MUNICIPALITIES.forEach(([name], i) => {
    ownList.getRow(i + 2).getCell(1).value = name;
    ownList.getRow(i + 2).getCell(2).value = name === "Aalborg" ? "By" : "Land";
  });
  [18, 10].forEach((w, i) => (ownList.getColumn(i + 1).width = w));

  await wb.xlsx.writeFile(FILE);
  process.stdout.write(`${path.relative(process.cwd(), FILE)}: ${data.length} aktiviteter (konstrueret)\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
