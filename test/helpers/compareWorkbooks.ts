// Workbooks for the comparison's tests (issue 15), built with ExcelJS the way a consultant's file looks: seed 002's
// 2022 goals (test/helpers/seed002.ts) under a title on a sheet "Mål 2022", and three hubs' contracts on the
// national goals they share (the awareness baselines of September 2020, seed 001/002), fractions shown as percent.
import ExcelJS from "exceljs";
import type { RawCell } from "../../src/core/model";
import { SEED002_2022, SEED002_HEADERS, seed002Rows } from "./seed002";

const PERCENT_COLUMNS = ["Resultat", "Mål 100 %", "Mål 50 %", "Basis"];

/** A plain range under a title on `sheet`; numbers ≤ 1 in the percent columns formatted "0 %". */
export function goalRangeWorkbook(
  sheet: string,
  headers: string[],
  rows: RawCell[][],
  wb = new ExcelJS.Workbook()
): ExcelJS.Workbook {
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = `Resultatkontrakt – ${sheet}`;
  ws.getRow(3).values = headers;
  rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    r.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = v as ExcelJS.CellValue;
      if (typeof v === "number" && v <= 1 && PERCENT_COLUMNS.includes(headers[c]))
        cell.numFmt = "0 %";
    });
  });
  return wb;
}

export const seed002Workbook = async (year: 2021 | 2022): Promise<ExcelJS.Workbook> =>
  goalRangeWorkbook(`Mål ${year}`, SEED002_HEADERS, await seed002Rows(year));

/** Seed 002's 2021 and 2022 goals in one workbook, on the sheets "Mål 2021" and "Mål 2022". */
export const seed002TwoYears = async (): Promise<ExcelJS.Workbook> =>
  goalRangeWorkbook("Mål 2022", SEED002_HEADERS, SEED002_2022, await seed002Workbook(2021));

export const HUB_HEADERS = ["Nr", "Mål", "Resultat", "Mål 100 %", "Regel", "Basis"];
const KENDSKAB = "Virksomhedernes kendskab til Erhvervshusene";
const KNUDEPUNKT = "Erhvervshusenes knudepunktsfunktion";
const EFFEKT = "Effekt i virksomhederne";

/**
 * Three hubs' goal tables. Oracle, worked out by hand (each goal weight 1, the overall the mean of measured goals):
 *   Nordjylland: 1 (46 % ≥ 40 % + 5 pp) 100 %, 4 100 %, 7 100 %, 9 (Nej) 0 %      → 3 of 4 = 75 %
 *   Sydjylland:  1 (35 % < 32 % + 5 pp) 0 %,   4 100 %, 7 (60 % < 65 %) 0 %, 10 (Ja) 100 % → 2 of 4 = 50 %
 *   Fyn:         1 pending,                    4 100 %, 7 100 %                    → 2 of 2 measured = 100 %
 * Goal 9 is only Nordjylland's, 10 only Sydjylland's.
 */
export const HUB_ROWS: Record<"Nordjylland" | "Sydjylland" | "Fyn", RawCell[][]> = {
  Nordjylland: [
    ["1", KENDSKAB, 0.46, "+5 pp", null, 0.4],
    ["4", KNUDEPUNKT, 0.5, 0.45, null, null],
    ["7", EFFEKT, 0.71, 0.65, null, null],
    ["9", "Styrket regional strategi og styrket indsats", "Nej", null, "ja/nej", null],
  ],
  Sydjylland: [
    ["1", KENDSKAB, 0.35, "+5 pp", null, 0.32],
    ["4", KNUDEPUNKT, 0.56, 0.45, null, null],
    ["7", EFFEKT, 0.6, 0.65, null, null],
    ["10", "Samarbejde med de nationale klynger", "Ja", null, "ja/nej", null],
  ],
  Fyn: [
    ["1", KENDSKAB, "Afventer data", "+5 pp", null, 0.33],
    ["4", KNUDEPUNKT, 0.46, 0.45, null, null],
    ["7", EFFEKT, 0.66, 0.65, null, null],
  ],
};

export const hubWorkbook = (hub: keyof typeof HUB_ROWS): ExcelJS.Workbook =>
  goalRangeWorkbook(hub, HUB_HEADERS, HUB_ROWS[hub]);
