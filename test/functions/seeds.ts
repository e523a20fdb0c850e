// Seed data for the KKR.* function tests, read the way Excel hands ranges to a custom function: 2-D arrays, one row
// per cell of a column, "" for a blank cell.
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { csvToRawTable, keyFromTable, readKeyTable } from "../../src/core/allocate";
import type { PopulationKey } from "../../src/core/allocate";

export const ROOT = path.join(__dirname, "..", "..");
export const ASSETS = path.join(ROOT, "assets");

/** A list as an Excel column argument (n×1). */
export function column(values: readonly unknown[]): unknown[][] {
  return values.map((v) => [v === null || v === undefined ? "" : v]);
}

/** A population key read by the core from a CSV in assets/ (the same reading as `maalopfyldelse allocate`). */
export function keyFromCsv(file: string, basis: "population" | "amount"): PopulationKey {
  const raw = csvToRawTable(fs.readFileSync(path.join(ASSETS, file), "utf8"), file);
  const table = readKeyTable(raw, "da");
  const { key, errors } = keyFromTable(table, basis, "da");
  if (errors.length > 0) throw new Error(`test setup: ${file}: ${JSON.stringify(errors)}`);
  return key;
}

/** Columns of the sample workbook's sheets by header, as Excel would pass them. */
export async function sampleWorkbook(): Promise<(sheet: string, header: string) => unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ASSETS, "sydjylland-2021-raadata.xlsx"));
  return (sheet, header) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`test setup: no sheet ${sheet}`);
    const headers = (ws.getRow(1).values as unknown[]).map((v) =>
      v === undefined || v === null ? "" : String(v)
    );
    const c = headers.indexOf(header);
    if (c < 1) throw new Error(`test setup: no column ${header} in ${sheet}`);
    const out: unknown[] = [];
    for (let r = 2; r <= ws.rowCount; r++) out.push(ws.getRow(r).getCell(c).value);
    return column(out);
  };
}
