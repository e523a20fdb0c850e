#!/usr/bin/env node
// Builds the sample workbooks in assets/ from the seeds (../shared/seeds). Run: npm run samples
// The figures in the goal tables are the seeds' own. The raw evaluation rows in the Sydjylland sample are
// ILLUSTRATIVE: constructed answer by answer so that the counts are known exactly, not real survey data.
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");

const ASSETS = path.join(__dirname, "..", "assets");
const PERCENT = "0 %";
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** The samples' creation time, fixed so a rebuild writes the same document properties (the samples' first build). */
const BUILT = new Date("2026-11-23T15:43:44Z");

function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.created = BUILT;
  wb.modified = BUILT;
  return wb;
}

function title(sheet, text, note) {
  sheet.getCell("A1").value = text;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  if (note) {
    sheet.getCell("A2").value = note;
    sheet.getCell("A2").font = { italic: true, color: { argb: "FF595959" } };
  }
}

function widths(sheet, list) {
  list.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

function plainRange(sheet, topRow, headers, rows, percentColumns = []) {
  const header = sheet.getRow(topRow);
  headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(topRow + 1 + r);
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      // Fractions in percentage columns are shown as percentages; NPS points and counts stay numbers.
      if (percentColumns.includes(headers[c]) && typeof v === "number" && v <= 1)
        cell.numFmt = PERCENT;
    });
  });
}

async function nordjylland2020() {
  // Seed 004, item 3.3: Erhvervshus Nordjylland's fulfilment report for 2020; KKR Nordjylland's overview: 97 %.
  const wb = workbook();
  const sheet = wb.addWorksheet("Mål");
  title(
    sheet,
    "Resultatkontrakt 2020 – Erhvervshus Nordjylland, afrapportering",
    "Kilde: KKR Nordjylland, dagsordenspunkt 3.3 (seed 004)"
  );
  // Type: the group each goal is listed under in the seed's overview and on its own page ("Nationalt fastsat mål" 1–3,
  // "Fælles indsatsmål" 4–7, "Regionale mål" 8–9), spelt as on the goal pages. Bemærkning: the seed's own words,
  // shortened; nothing in this table is invented.
  const headers = [
    "Nr",
    "Type",
    "Mål",
    "Del",
    "Resultat",
    "Mål 100 %",
    "Mål 50 %",
    "Regel",
    "Bemærkning",
  ];
  const NATIONAL = "Nationalt fastsat mål";
  const COMMON = "Fælles indsatsmål";
  const REGIONAL = "Regionale mål";
  const rows = [
    [
      "1",
      NATIONAL,
      "Virksomhedernes tilfredshed med den specialiserede vejledning",
      "NPS",
      72,
      60,
      50,
      null,
      "181 af 315 brugerevalueringer besvaret",
    ],
    [
      "2",
      NATIONAL,
      "Virksomhedernes oplevede effekt af den specialiserede vejledning",
      "Effekt i middel eller høj grad",
      0.97,
      0.7,
      0.6,
      null,
      "181 af 315 besvaret",
    ],
    [
      "3",
      NATIONAL,
      "Implementering af den fælles digitale indgang til Erhvervshusene",
      "Fælles visuel identitet",
      "Ja",
      null,
      null,
      "ja/nej",
      "Bekræftet af Erhvervsstyrelsen",
    ],
    [
      "4",
      COMMON,
      "Erhvervshusenes vejledning af den brede gruppe af virksomheder",
      "Nye målinger viser forhøjelse",
      "Ja",
      null,
      null,
      "ja/nej",
      "Kendskab 34,7 % → 54,3 %",
    ],
    [
      "5",
      COMMON,
      "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper",
      "Afrapportering på procesmål",
      "Ja",
      null,
      null,
      "ja/nej",
      "315 vækst- og driftsforløb (mål 300)",
    ],
    [
      "6",
      COMMON,
      "Erhvervshusene som knudepunkter i erhvervsfremmesystemet",
      "4 indsatser",
      "3/4",
      null,
      null,
      "indsatser",
      "ErhvervsCAMP 2020 aflyst pga. Covid-19; holdes digitalt i marts 2021",
    ],
    [
      "7",
      COMMON,
      "Særlig indsats for digital omstilling",
      "Redegørelse for aktiviteter",
      "Ja",
      null,
      null,
      "ja/nej",
      null,
    ],
    [
      "8",
      REGIONAL,
      "Regional strategi og regionale styrker",
      "Redegørelse for aktiviteter",
      "Ja",
      null,
      null,
      "ja/nej",
      null,
    ],
    [
      "9",
      REGIONAL,
      "Samarbejdsmodel mellem Erhvervshus Nordjylland og de lokale erhvervskontorer",
      "4 indsatser",
      "4/4",
      null,
      null,
      "indsatser",
      null,
    ],
  ];
  sheet.addTable({
    name: "Maal2020",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name })),
    rows,
  });
  for (let r = 0; r < rows.length; r++) {
    for (const c of [5, 6, 7]) {
      const cell = sheet.getRow(4 + r).getCell(c);
      if (r === 1) cell.numFmt = PERCENT;
    }
  }
  widths(sheet, [6, 22, 60, 30, 11, 11, 11, 11, 40]);
  await wb.xlsx.writeFile(path.join(ASSETS, "nordjylland-2020-afrapportering.xlsx"));
}

async function nordjylland2021() {
  // Seed 002: status pr. 13. oktober 2021 on the 2021 contract, with segments, counts and goals awaiting data.
  const wb = workbook();
  const sheet = wb.addWorksheet("Status 2021");
  title(
    sheet,
    "Resultatkontrakt 2021 – Erhvervshus Nordjylland, status pr. 13. oktober 2021",
    "Kilde: statusnotat (seed 002)"
  );
  const headers = [
    "Nr",
    "Mål",
    "Del",
    "Segment",
    "Resultat",
    "Mål 100 %",
    "Mål 50 %",
    "Regel",
    "År",
    "Basis",
    "Bemærkning",
  ];
  const byYear = "2021: 45 %; 2022: 47 %; 2023: 50 %";
  const rows = [
    [
      "1",
      "Virksomhedernes kendskab til Erhvervshusene",
      "Kendskab",
      null,
      "Afventer data",
      "+5 pp",
      null,
      null,
      2021,
      0.4,
      "Måling foretages først senere",
    ],
    ["1", null, "Nye virksomheder", null, "Afventer data", 0.5, null, null, 2021, null, null],
    [
      "2",
      "Bred geografisk spredning",
      null,
      null,
      "Afventer data",
      null,
      null,
      "ja/nej",
      2021,
      null,
      "Se mål 10",
    ],
    [
      "3",
      "Kvalitet, kompetencer og virksomhedernes tilfredshed",
      "Meget tilfredse",
      "Drift",
      0.75,
      0.8,
      null,
      null,
      2021,
      null,
      null,
    ],
    ["3", null, "Meget tilfredse", "Vækst", 0.81, 0.8, null, null, 2021, null, null],
    ["3", null, "NPS", "Drift", 70, 70, null, null, 2021, null, null],
    ["3", null, "NPS", "Vækst", 84, 70, null, null, 2021, null, null],
    [
      "4",
      "Erhvervshusenes knudepunktsfunktion",
      "Henvisning benyttet",
      "Vækst + Drift",
      0.5,
      byYear,
      null,
      null,
      2021,
      null,
      null,
    ],
    [
      "5",
      "Erhvervshusenes kriseberedskab",
      "Positiv effekt",
      null,
      "Afventer data",
      0.75,
      null,
      null,
      2021,
      null,
      null,
    ],
    [
      "6",
      "Grøn omstilling og cirkulær økonomi",
      "Dialogværktøj",
      null,
      "Afventer data",
      null,
      null,
      "ja/nej",
      2021,
      null,
      "Lanceres december 2021",
    ],
    [
      "7",
      "Effekt i virksomhederne",
      '"I høj grad"',
      "Vækst og Drift",
      0.71,
      0.65,
      null,
      null,
      2021,
      null,
      null,
    ],
    [
      "8",
      "Digitalisering og nye teknologier",
      '"I høj grad"',
      null,
      "Afventer data",
      0.7,
      null,
      null,
      2021,
      null,
      "Afventer opgørelsen fra Erhvervsstyrelsen",
    ],
    [
      "9",
      "Styrket regional strategi og styrket indsats",
      null,
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2021,
      null,
      null,
    ],
    [
      "10",
      "Styrket regionalt samarbejde",
      null,
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2021,
      null,
      null,
    ],
    [
      "11",
      "Grøn omstilling og cirkulær økonomi (regionalt)",
      null,
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2021,
      null,
      null,
    ],
    [
      "12",
      "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper",
      "Vækst- & Driftsforløb",
      null,
      365,
      350,
      null,
      "antal",
      2021,
      null,
      null,
    ],
    [
      "12",
      null,
      "Korte forløb og Early Warning",
      null,
      555,
      600,
      null,
      "antal",
      2021,
      null,
      "518 korte forløb og 37 EW-forløb",
    ],
  ];
  plainRange(sheet, 3, headers, rows, ["Resultat", "Mål 100 %", "Mål 50 %", "Basis"]);
  widths(sheet, [5, 50, 28, 14, 13, 22, 10, 10, 6, 8, 40]);
  await wb.xlsx.writeFile(path.join(ASSETS, "nordjylland-2021-status.xlsx"));
}

/** Answers in a fixed, known mix: `counts` maps each answer to how many times it occurs. */
function answers(counts) {
  const out = [];
  for (const [answer, n] of counts) for (let i = 0; i < n; i++) out.push(answer);
  return out;
}

/** Interleaves arrays so the sheet does not look sorted by answer (deterministic). */
function shuffle(list, seed) {
  const out = list.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function sydjylland2021() {
  // Seed 001: the 2021 goals of KKR Syddanmark and Erhvervshus Sydjylland, computed from raw evaluation rows.
  const wb = workbook();
  const goals = wb.addWorksheet("Mål");
  title(
    goals,
    "Resultatkontrakt 2021 – Erhvervshus Sydjylland, beregnet fra rådata",
    "Rådata i arkene Evaluering, CRM og CRM2020 er konstrueret til eksemplet (ikke rigtige svar)."
  );
  const headers = [
    "Nr",
    "Mål",
    "Del",
    "Segment",
    "Indikator",
    "Mål 100 %",
    "Mål 50 %",
    "Regel",
    "År",
  ];
  const rows = [
    [
      "1",
      "Kendskab og nye virksomheder",
      "Nye virksomheder",
      null,
      "NYE(CRM[CVR]; CRM2020[CVR])",
      0.5,
      null,
      null,
      2021,
    ],
    [
      "3",
      "Kvalitet, kompetencer og virksomhedernes tilfredshed",
      "Meget tilfredse",
      "Drift",
      'ANDEL(Evaluering[Faglige kompetencer]; "Meget tilfreds"; Segment="Drift")',
      0.8,
      null,
      null,
      2021,
    ],
    [
      "3",
      null,
      "Meget tilfredse",
      "Vækst",
      'ANDEL(Evaluering[Faglige kompetencer]; "Meget tilfreds"; Segment="Vækst")',
      0.8,
      null,
      null,
      2021,
    ],
    [
      "3",
      null,
      "NPS",
      "Drift",
      'NPS(Evaluering[Anbefaling]; Segment="Drift")',
      70,
      null,
      null,
      2021,
    ],
    [
      "3",
      null,
      "NPS",
      "Vækst",
      'NPS(Evaluering[Anbefaling]; Segment="Vækst")',
      70,
      null,
      null,
      2021,
    ],
    [
      "4",
      "Erhvervshusenes knudepunktsfunktion",
      "Henvisning benyttet",
      null,
      'ANDEL(Evaluering[Henvisning]; "Ja"; uden "Ved ikke")',
      "2021: 45 %; 2022: 47 %; 2023: 50 %",
      null,
      null,
      2021,
    ],
    [
      "7",
      "Effekt i virksomhederne",
      '"I høj grad"',
      null,
      'ANDEL(Evaluering[Effekt]; "I høj grad")',
      0.65,
      null,
      null,
      2021,
    ],
    [
      "8",
      "Digitalisering og nye teknologier",
      '"I høj grad"',
      null,
      'ANDEL(Evaluering[Effekt]; "I høj grad"; Emne="Digitalisering og automatisering")',
      0.7,
      null,
      null,
      2021,
    ],
    [
      "12",
      "Specialiseret vejledning",
      "Vækst- og driftsforløb",
      null,
      'ANTAL(CRM[Forløb]; "Vækstforløb"; "Driftsforløb")',
      350,
      null,
      "antal",
      2021,
    ],
    [
      "12",
      null,
      "Korte forløb og Early Warning",
      null,
      'ANTAL(CRM[Forløb]; "Korte forløb"; "Early Warning")',
      600,
      null,
      "forholdsmæssig",
      2021,
    ],
  ];
  plainRange(goals, 4, headers, rows, ["Mål 100 %", "Mål 50 %"]);
  widths(goals, [5, 45, 24, 10, 70, 28, 10, 14, 6]);

  // Evaluering: 200 Drift and 120 Vækst companies answered (plus 60 sent without answer).
  // Drift NPS: 150 promoters, 30 passives, 20 detractors → 65. Vækst NPS: 96, 18, 6 → 75.
  // "Meget tilfreds": Drift 164 of 200 (82 %), Vækst 90 of 120 (75 %).
  // Effekt "I høj grad": 224 of 320 (70 %); among the 80 digitalisation answers 60 (75 %).
  // Henvisning: 140 Ja, 110 Nej, 70 Ved ikke → 140 / 250 = 56 % without "Ved ikke".
  const drift = {
    nps: answers([
      [10, 90],
      [9, 60],
      [8, 20],
      [7, 10],
      [6, 10],
      [3, 10],
    ]),
    comp: answers([
      ["Meget tilfreds", 164],
      ["Tilfreds", 26],
      ["Hverken/eller", 6],
      ["Ved ikke", 4],
    ]),
  };
  const vaekst = {
    nps: answers([
      [10, 60],
      [9, 36],
      [8, 12],
      [7, 6],
      [5, 4],
      [0, 2],
    ]),
    comp: answers([
      ["Meget tilfreds", 90],
      ["Tilfreds", 24],
      ["Utilfreds", 6],
    ]),
  };
  const effect = shuffle(
    answers([
      ["I høj grad", 224],
      ["I nogen grad", 60],
      ["I lav grad", 20],
      ["Slet ikke", 6],
      ["Ved ikke", 10],
    ]),
    7
  );
  const referral = shuffle(
    answers([
      ["Ja", 140],
      ["Nej", 110],
      ["Ved ikke", 70],
    ]),
    11
  );
  const evalRows = [];
  let cvr = 30000000;
  const npsD = shuffle(drift.nps, 3);
  const npsV = shuffle(vaekst.nps, 5);
  const compD = shuffle(drift.comp, 13);
  const compV = shuffle(vaekst.comp, 17);
  for (let i = 0; i < 320; i++) {
    const isDrift = i < 200;
    const k = isDrift ? i : i - 200;
    // The first 80 effect answers go to companies advised on digitalisation: 60 of them "I høj grad".
    const topic =
      i < 80
        ? "Digitalisering og automatisering"
        : i % 3 === 0
          ? "Grøn omstilling"
          : "Strategi og ledelse";
    evalRows.push([
      String(cvr++),
      isDrift ? "Drift" : "Vækst",
      topic,
      isDrift ? npsD[k] : npsV[k],
      isDrift ? compD[k] : compV[k],
      null,
      referral[i],
    ]);
  }
  // Effect answers: digitalisation rows get exactly 60 "I høj grad" of 80; the rest take the remaining mix.
  const digital = answers([
    ["I høj grad", 60],
    ["I nogen grad", 15],
    ["I lav grad", 5],
  ]);
  const restPool = answers([
    ["I høj grad", 164],
    ["I nogen grad", 45],
    ["I lav grad", 15],
    ["Slet ikke", 6],
    ["Ved ikke", 10],
  ]);
  const digitalMix = shuffle(digital, 19);
  const restMix = shuffle(restPool, 23);
  evalRows.forEach((row, i) => (row[5] = i < 80 ? digitalMix[i] : restMix[i - 80]));
  void effect;
  for (let i = 0; i < 60; i++)
    evalRows.push([
      String(cvr++),
      i % 2 === 0 ? "Drift" : "Vækst",
      "Strategi og ledelse",
      null,
      null,
      null,
      null,
    ]);
  const evaluation = wb.addWorksheet("Evaluering");
  evaluation.addTable({
    name: "Evaluering",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [
      "CVR",
      "Segment",
      "Emne",
      "Anbefaling",
      "Faglige kompetencer",
      "Effekt",
      "Henvisning",
    ].map((name) => ({ name })),
    rows: evalRows,
  });
  widths(evaluation, [11, 9, 32, 11, 20, 14, 12]);

  // CRM 2021: 370 vækst- og driftsforløb, 540 korte forløb and early warning; CVR numbers, 40 % of them known from 2020.
  const crm = wb.addWorksheet("CRM");
  const courses = answers([
    ["Vækstforløb", 150],
    ["Driftsforløb", 220],
    ["Korte forløb", 480],
    ["Early Warning", 60],
  ]);
  const crmRows = shuffle(courses, 29).map((course, i) => [
    String(40000000 + i),
    course,
    ["Esbjerg", "Kolding", "Vejle", "Billund", "Tønder"][i % 5],
  ]);
  plainRange(crm, 1, ["CVR", "Forløb", "Kommune"], crmRows);
  widths(crm, [11, 16, 12]);
  const crm2020 = wb.addWorksheet("CRM2020");
  // 364 of this year's 910 companies were advised in 2020 too (every 5th and every 5th + 2), plus 200 others.
  const known = crmRows.filter((_, i) => i % 5 === 0 || i % 5 === 2).map((r) => [r[0]]);
  const others = Array.from({ length: 200 }, (_, i) => [String(50000000 + i)]);
  plainRange(crm2020, 1, ["CVR"], [...known, ...others]);
  widths(crm2020, [11]);
  await wb.xlsx.writeFile(path.join(ASSETS, "sydjylland-2021-raadata.xlsx"));
}

// Issue 15: samples for the comparison (maalopfyldelse compare, the pane's Sammenlign).

async function nordjylland2022() {
  // Seed 002's slides "Resultatkontrakt 2022" describe the 2022 goals against 2021: "(Uændret)" 2, 3, 7, 8, 12;
  // goal 1 rewritten; goal 4 "(Justeres)": 45 % in 2021, 47 % in 2022, 50 % in 2023; goal 5 "(tages ud)"; goal 6 the
  // dialogue tool and awareness of the green services at 72 % (75 % by the end of 2023); 9, 10 and 11 adjusted.
  // The goals are the seed's; the 2022 RESULTS ARE ILLUSTRATIVE (the seed has none) and play no part in what changed.
  // The same rows as test/helpers/seed002.ts (SEED002_2022); test/cli/compare.test.ts compares the two.
  const wb = workbook();
  const sheet = wb.addWorksheet("Mål 2022");
  title(
    sheet,
    "Resultatkontrakt 2022 – Erhvervshus Nordjylland",
    "Kilde: målene fra seed 002 (Resultatkontrakt 2022); resultaterne er konstrueret til eksemplet"
  );
  const headers = [
    "Nr",
    "Mål",
    "Del",
    "Segment",
    "Resultat",
    "Mål 100 %",
    "Mål 50 %",
    "Regel",
    "År",
    "Basis",
  ];
  const byYear = "2021: 45 %; 2022: 47 %; 2023: 50 %";
  const rows = [
    [
      "1",
      "Virksomhedernes kendskab til Erhvervshusene",
      "Kendskabskampagne",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    ["1", null, "Kendskab", null, "Afventer data", 0.5, null, null, 2023, null],
    ["2", "Bred geografisk spredning", null, null, "Ja", null, null, "ja/nej", 2022, null],
    [
      "3",
      "Kvalitet, kompetencer og virksomhedernes tilfredshed",
      "Meget tilfredse",
      "Drift",
      0.78,
      0.8,
      null,
      null,
      2022,
      null,
    ],
    ["3", null, "Meget tilfredse", "Vækst", 0.83, 0.8, null, null, 2022, null],
    ["3", null, "NPS", "Drift", 72, 70, null, null, 2022, null],
    ["3", null, "NPS", "Vækst", 80, 70, null, null, 2022, null],
    [
      "4",
      "Erhvervshusenes knudepunktsfunktion",
      "Henvisning benyttet",
      "Vækst + Drift",
      0.48,
      byYear,
      null,
      null,
      2022,
      null,
    ],
    [
      "6",
      "Grøn omstilling og cirkulær økonomi",
      "Dialogværktøj",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "6",
      null,
      "Kendskab til grønne ydelser",
      null,
      "Afventer data",
      "2022: 72 %; 2023: 75 %",
      null,
      null,
      2022,
      null,
    ],
    [
      "7",
      "Effekt i virksomhederne",
      '"I høj grad"',
      "Vækst og Drift",
      0.68,
      0.65,
      null,
      null,
      2022,
      null,
    ],
    [
      "8",
      "Digitalisering og nye teknologier",
      '"I høj grad"',
      null,
      "Afventer data",
      0.7,
      null,
      null,
      2022,
      null,
    ],
    [
      "9",
      "Styrket regional strategi",
      "Tilsagn om prioriterede nye midler",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "9",
      null,
      "Fyrtårnsprojekt og vækstteam",
      null,
      "Afventer data",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "10",
      "Styrket regionalt samarbejde",
      "Fælles ejerskab til projekt- og programtilbud",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "10",
      null,
      "Geografisk spredning og lige adgang",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "10",
      null,
      "Årligt møde med borgmester og erhvervschef",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "10",
      null,
      "Udmøntning af klyngeaftalerne",
      null,
      "Afventer data",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "11",
      "Grøn omstilling og cirkulær økonomi (regionalt)",
      "Specialiseret vejledning i alle 11 kommuner",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    [
      "11",
      null,
      "Udviklingsmidler fra React-programmet",
      null,
      "Ja",
      null,
      null,
      "ja/nej",
      2022,
      null,
    ],
    ["11", null, "Den nordjyske klimaambition", null, "Ja", null, null, "ja/nej", 2022, null],
    [
      "12",
      "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper",
      "Vækst- & Driftsforløb",
      null,
      360,
      350,
      null,
      "antal",
      2022,
      null,
    ],
    ["12", null, "Korte forløb og Early Warning", null, 610, 600, null, "antal", 2022, null],
  ];
  plainRange(sheet, 3, headers, rows, ["Resultat", "Mål 100 %", "Mål 50 %", "Basis"]);
  widths(sheet, [5, 50, 34, 14, 13, 22, 10, 10, 6, 8]);
  await wb.xlsx.writeFile(path.join(ASSETS, "nordjylland-2022-maal.xlsx"));
}

async function threeHubs() {
  // Three hubs' contracts on the national goals they share, one sheet each, for comparing hubs side by side. The
  // baselines are the hubs' awareness of September 2020 from seed 001/002 (Nordjylland 40 %, Sydjylland 32 %,
  // Fyn 33 %); the RESULTS ARE ILLUSTRATIVE, made up so the overall per hub is known by hand: Nordjylland 3 of 4
  // goals = 75 %, Sydjylland 2 of 4 = 50 %, Fyn 2 of 2 measured = 100 % (goal 1 awaiting data). Goal 9 is only
  // Nordjylland's, goal 10 only Sydjylland's. The same rows as test/helpers/compareWorkbooks.ts (HUB_ROWS).
  const kendskab = "Virksomhedernes kendskab til Erhvervshusene";
  const knudepunkt = "Erhvervshusenes knudepunktsfunktion";
  const effekt = "Effekt i virksomhederne";
  const hubs = {
    Nordjylland: [
      ["1", kendskab, 0.46, "+5 pp", null, 0.4],
      ["4", knudepunkt, 0.5, 0.45, null, null],
      ["7", effekt, 0.71, 0.65, null, null],
      ["9", "Styrket regional strategi og styrket indsats", "Nej", null, "ja/nej", null],
    ],
    Sydjylland: [
      ["1", kendskab, 0.35, "+5 pp", null, 0.32],
      ["4", knudepunkt, 0.56, 0.45, null, null],
      ["7", effekt, 0.6, 0.65, null, null],
      ["10", "Samarbejde med de nationale klynger", "Ja", null, "ja/nej", null],
    ],
    Fyn: [
      ["1", kendskab, "Afventer data", "+5 pp", null, 0.33],
      ["4", knudepunkt, 0.46, 0.45, null, null],
      ["7", effekt, 0.66, 0.65, null, null],
    ],
  };
  const wb = workbook();
  for (const [hub, rows] of Object.entries(hubs)) {
    const sheet = wb.addWorksheet(hub);
    title(
      sheet,
      `Resultatkontrakt – Erhvervshus ${hub} (fælles nationale mål)`,
      "Konstrueret til eksemplet: basis fra seed 001/002 (kendskab sept. 2020), resultaterne er opfundet"
    );
    plainRange(sheet, 3, ["Nr", "Mål", "Resultat", "Mål 100 %", "Regel", "Basis"], rows, [
      "Resultat",
      "Mål 100 %",
      "Basis",
    ]);
    widths(sheet, [5, 46, 13, 11, 8, 8]);
  }
  await wb.xlsx.writeFile(path.join(ASSETS, "sammenligning-tre-huse.xlsx"));
}

async function main() {
  await nordjylland2020();
  await nordjylland2021();
  await sydjylland2021();
  await nordjylland2022();
  await threeHubs();
  process.stdout.write("Eksempler skrevet i assets/\n");
}

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
