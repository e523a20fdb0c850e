// Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) on the host model: worksheets of another .xlsx copied into this
// workbook. https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
// and Excel.InsertWorksheetOptions. What the host models, and from where:
//  - "By default, all the worksheets from the source workbook are inserted at the end of the current workbook";
//    sheetNamesToInsert names some ("Passing [] … inserts every worksheet", the workbooks article);
//    positionType Beginning/End/Before/After with relativeTo ("If the relativeTo parameter is not set, worksheets will
//    be inserted based on positionType, at the start or end of the current workbook");
//  - it returns "An array of IDs corresponding to each newly inserted worksheet";
//  - structure protection refuses it (AccessDenied, as for every new sheet);
//  - it has no undo support on any platform (the undo page's "Unsupported APIs": platform/undoSupport.ts);
//  - the file passes the host's pre-flight (src/files/xlsxPreflight.ts) first, as every file the host loads.
// Undocumented, strict choices: a sheet name this workbook already has is refused (ItemAlreadyExists, as
// WorksheetCollection.add), so the caller must avoid clashes; a name the source lacks is ItemNotFound; bytes that are
// no workbook (or that the pre-flight refuses) are InvalidArgument. Values, formulas, cell styles, column widths,
// merged cells and tables are copied; charts, comments and the rest are not (on the web Excel refuses sources with
// charts, comments, PivotTables or slicers with UnsupportedFeature; the host's loader never reads charts).
import type ExcelJS from "exceljs";
import { parseAddress } from "../address";
import { hostError } from "../errors";
import { clone } from "./clone";
import type { Journal } from "./journal";
import type { SheetEntity } from "./sheet";
import { addTable, renameTable } from "./tables";
import type { HostWorkbook } from "./workbook";

export type PositionType = "None" | "Before" | "After" | "Beginning" | "End";

export interface InsertOptions {
  sheetNamesToInsert?: string[];
  positionType?: PositionType;
  /** A sheet name (the host resolves a Worksheet proxy to its name before calling). */
  relativeTo?: string;
}

const POSITIONS: readonly PositionType[] = ["None", "Before", "After", "Beginning", "End"];

export function insertSheets(
  wb: HostWorkbook,
  source: ExcelJS.Workbook,
  options: InsertOptions,
  journal: Journal,
  location: string
): SheetEntity[] {
  const position = options.positionType ?? "End";
  if (!POSITIONS.includes(position))
    throw hostError("InvalidArgument", location, `positionType ${JSON.stringify(position)}`);
  const wanted =
    options.sheetNamesToInsert && options.sheetNamesToInsert.length > 0
      ? options.sheetNamesToInsert
      : source.worksheets.map((ws) => ws.name);
  const sources = wanted.map((name) => {
    const ws = source.worksheets.find((w) => w.name.toLowerCase() === String(name).toLowerCase());
    if (!ws) throw hostError("ItemNotFound", location, `the source has no sheet '${name}'`);
    return ws;
  });
  let anchor: number;
  if (options.relativeTo !== undefined && (position === "Before" || position === "After")) {
    const relative = wb.sheetByKey(options.relativeTo);
    if (!relative) throw hostError("ItemNotFound", location, `no sheet '${options.relativeTo}'`);
    anchor = wb.sheets.indexOf(relative) + (position === "After" ? 1 : 0);
  } else anchor = position === "Beginning" ? 0 : wb.sheets.length;

  const inserted: SheetEntity[] = [];
  for (const ws of sources) {
    const sheet = wb.addSheet(ws.name, journal, location);
    copySheet(ws, sheet.ws);
    wb.moveSheet(sheet, anchor + inserted.length, journal, location);
    copyTables(wb, ws, sheet, journal, location);
    inserted.push(sheet);
  }
  return inserted;
}

/** Cells (values, formulas, styles), column widths and merged cells. The target is new: a rollback removes it whole. */
function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.eachRow({ includeEmpty: false }, (row, r) => {
    const target = to.getRow(r);
    if (row.height) target.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const copy = target.getCell(c);
      copy.value = copyValue(cell.value);
      copy.style = clone(cell.style);
    });
  });
  from.columns?.forEach((column, i) => {
    if (column.width) to.getColumn(i + 1).width = column.width;
  });
  const merges = (from.model as { merges?: string[] }).merges ?? [];
  for (const merge of merges) to.mergeCells(merge);
}

/** A cell value: dates stay dates; formulas, rich text and the rest are plain data. */
function copyValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (value instanceof Date) return new Date(value.getTime());
  return value !== null && typeof value === "object" ? clone(value) : value;
}

/** The source sheet's tables, under their own names where this workbook has none of that name. */
function copyTables(
  wb: HostWorkbook,
  from: ExcelJS.Worksheet,
  sheet: SheetEntity,
  journal: Journal,
  location: string
): void {
  const tables = Object.values(
    (from as unknown as { tables?: Record<string, { model?: Record<string, unknown> }> }).tables ??
      {}
  );
  for (const table of tables) {
    const model = table.model ?? {};
    const ref = String(model.tableRef ?? model.ref ?? "");
    const area = parseAddress(ref)?.rect;
    if (!area || area.rowCount < 2) continue;
    const made = addTable(wb, sheet, area, true, journal, location);
    try {
      renameTable(wb, made, String(model.name), journal, location);
    } catch {
      // The name is taken in this workbook: the table keeps the name Excel gives a new one.
    }
  }
}
