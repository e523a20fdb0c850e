// Reads every table of an .xlsx file as RawTables for the command line.
// NOTE: a direct ExcelJS reader, kept only until the command line runs through src/excel on the in-memory host.
import ExcelJS from "exceljs";
import { findDataHeaderRow, findGoalHeaderRow } from "../core/headers";
import type { RawCell, RawTable } from "../core/model";

function plainValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
  if (typeof v === "object") {
    if ("result" in v) return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

export async function readRawTables(path: string): Promise<RawTable[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const tables: RawTable[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state !== "visible") return;
    const rowCount = sheet.rowCount;
    const colCount = sheet.columnCount;
    if (rowCount === 0 || colCount === 0) return;
    const grid: RawCell[][] = [];
    const formats: string[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row = sheet.getRow(r);
      const values: RawCell[] = [];
      const fmts: string[] = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = row.getCell(c);
        values.push(plainValue(cell.value));
        fmts.push(cell.numFmt ?? "General");
      }
      grid.push(values);
      formats.push(fmts);
    }
    const top = grid.slice(0, 30);
    let header = findGoalHeaderRow(top);
    if (header < 0) header = findDataHeaderRow(top);
    if (header < 0) return;
    let last = grid.length - 1;
    while (last > header && grid[last].every((v) => v === null || v === "")) last--;
    const headers = grid[header].map((v) => (v === null ? "" : String(v)));
    let width = headers.length;
    while (width > 0 && headers[width - 1] === "") width--;
    const body = grid.slice(header + 1, last + 1);
    const bodyFormats = formats.slice(header + 1, last + 1);
    tables.push({
      sheet: sheet.name,
      name: sheet.name,
      source: "range",
      headerRowIndex: header,
      firstColumnIndex: 0,
      headers: headers.slice(0, width),
      rowCount: body.length,
      columns: headers.slice(0, width).map((_, c) => body.map((row) => row[c] ?? null)),
      numberFormats: headers.slice(0, width).map((_, c) => bodyFormats.map((row) => row[c] ?? "General")),
    });
  });
  return tables;
}
