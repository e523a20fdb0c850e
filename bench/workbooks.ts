// The benchmark's workbook: a goal table "Maal" on sheet "Mål" (an Excel table under a title, as in
// test/helpers/workbooks.ts) and a plain-range sheet "Evaluering" with one row per survey answer.
//
// Goal rows cycle through eight kinds: four typed results (NPS number, percentage, activities "3/4", proportional
// count — the kinds of manyGoals(n)) and four indicators over the evaluation sheet:
//   NPS(Evaluering[Anbefaling])
//   NPS(Evaluering[Anbefaling]; Segment="Drift")
//   ANDEL(Evaluering[Effekt]; "I høj grad"; "I nogen grad"; uden "Ved ikke")
//   ANDEL(Evaluering[Effekt]; "I høj grad")
// so from 10 goal rows upwards every run reads all three evaluation columns (Segment, Anbefaling, Effekt).
//
// Building 1,000,000 evaluation rows with ExcelJS takes ~10 s and ~1 GB, so the evaluation sheet is built once and
// reused: between runs every other sheet (the goal sheet, the summary sheet and the add-in's hidden state sheet,
// which a run adds) is removed and a fresh goal sheet is added, and a new host is created over the workbook. A run
// only reads the evaluation sheet, so every run starts from the same workbook as a freshly built one.
import ExcelJS from "exceljs";
import type { RawCell } from "../src/core/model";

export const EVALUATION_SHEET = "Evaluering";
export const EVALUATION_HEADERS = ["Segment", "Anbefaling", "Effekt"];
export const GOAL_SHEET = "Mål";
export const GOAL_TABLE = "Maal";
export const GOAL_HEADERS = [
  "Nr",
  "Mål",
  "Del",
  "Resultat",
  "Indikator",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
];
const EFFECTS = ["I høj grad", "I nogen grad", "I lav grad", "Ved ikke"];

export const INDICATORS = [
  "NPS(Evaluering[Anbefaling])",
  'NPS(Evaluering[Anbefaling]; Segment="Drift")',
  'ANDEL(Evaluering[Effekt]; "I høj grad"; "I nogen grad"; uden "Ved ikke")',
  'ANDEL(Evaluering[Effekt]; "I høj grad")',
];

/** Survey row i: segment (1 in 3 "Vækst"), recommendation 0–10 (1 in 7 blank: no answer), effect. */
export function evaluationRow(i: number): [string, number | null, string] {
  return [i % 3 === 0 ? "Vækst" : "Drift", i % 7 === 0 ? null : (i * 7919) % 11, EFFECTS[i % 4]];
}

/** The evaluation columns as the core takes them (column-oriented RawCell arrays). */
export function evaluationColumns(rows: number): RawCell[][] {
  const segment: RawCell[] = new Array(rows);
  const answer: RawCell[] = new Array(rows);
  const effect: RawCell[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const [s, a, e] = evaluationRow(i);
    segment[i] = s;
    answer[i] = a;
    effect[i] = e;
  }
  return [segment, answer, effect];
}

/** N goal rows, one goal each, cycling through the eight kinds above (only the four typed ones if typedOnly). */
export function goalRows(n: number, typedOnly = false): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const id = String(i + 1);
    switch (i % (typedOnly ? 4 : 8)) {
      case 0:
        rows.push([id, `Tilfredshed ${id}`, "NPS", 40 + (i % 40), null, 60, 50, null]);
        break;
      case 1:
        rows.push([id, `Effekt ${id}`, null, `${60 + (i % 20)} %`, null, "70 %", "60 %", null]);
        break;
      case 2:
        rows.push([id, `Indsatser ${id}`, null, `${i % 5}/4`, null, null, null, "indsatser"]);
        break;
      case 3:
        rows.push([
          id,
          `Forløb ${id}`,
          "Antal",
          300 + (i % 100),
          null,
          350,
          null,
          "forholdsmæssig",
        ]);
        break;
      case 4:
        rows.push([id, `NPS ${id}`, null, null, INDICATORS[0], -40, -50, null]);
        break;
      case 5:
        rows.push([id, `NPS Drift ${id}`, null, null, INDICATORS[1], -40, -50, null]);
        break;
      case 6:
        rows.push([id, `Effekt ${id}`, null, null, INDICATORS[2], "70 %", "60 %", null]);
        break;
      default:
        rows.push([id, `Høj effekt ${id}`, null, null, INDICATORS[3], "30 %", "20 %", null]);
    }
  }
  return rows;
}

/** A workbook with only the evaluation sheet (header in row 1, answers below). */
export function evaluationWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(EVALUATION_SHEET);
  ws.getRow(1).values = EVALUATION_HEADERS;
  for (let i = 0; i < rows; i++) {
    const [s, a, e] = evaluationRow(i);
    ws.getRow(i + 2).values = a === null ? [s, undefined, e] : [s, a, e];
  }
  return wb;
}

/** Removes every sheet but the evaluation sheet and adds a fresh goal sheet with n goal rows. */
export function resetGoalSheet(wb: ExcelJS.Workbook, n: number, typedOnly = false): void {
  for (const ws of [...wb.worksheets]) if (ws.name !== EVALUATION_SHEET) wb.removeWorksheet(ws.id);
  const sheet = wb.addWorksheet(GOAL_SHEET);
  sheet.getCell("A1").value = "Resultatkontrakt (benchmark)";
  sheet.addTable({
    name: GOAL_TABLE,
    ref: "A3",
    headerRow: true,
    columns: GOAL_HEADERS.map((name) => ({ name })),
    rows: goalRows(n, typedOnly),
  });
}
