// A goal table the add-in did not find by its headers, pointed at by the user: the range selected in the sheet
// ("Brug markeringen" in the pane) or named on the command line (`--table 'Mål'!A3:H20`). Its first row is the header
// row; it is read as a plain range, named by its address, so the choice (sheet + "A3:H20") is saved in the workbook
// with the column mapping like any other goal table.
import { parseAddress, rangeAddress } from "../../core/address";
import { GOAL_OUTPUTS } from "../../core/goalOutputs";
import { mapGoalColumns } from "../../core/headers";
import type { TableSource, WorkbookLayout } from "./layout";
import type { ExcelRunner } from "./runner";

/** "A3:H20" (or "$A$3:$H$20"): a range of at least a header row and a body row, two columns wide. */
export function isRangeName(name: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d{1,7}:\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(name.trim());
}

/** "$a$3:$h$20" → "A3:H20": one spelling, so the saved choice is found again. */
export function normaliseRangeName(name: string): string {
  const p = parseAddress(name.trim());
  return rangeAddress(p.rowIndex, p.columnIndex, p.rowCount, p.columnCount);
}

/**
 * The table a range of a sheet holds: its first row the headers, the rest its body. Null when the sheet is not one the
 * scan read, or the header row lies outside the rows it read (the first WINDOW_ROWS of the used range). Pure.
 */
export function rangeSource(
  layout: WorkbookLayout,
  sheet: string,
  name: string
): TableSource | null {
  if (!isRangeName(name)) return null;
  const window = layout.sheets.find((s) => s.name === sheet);
  if (!window?.used) return null;
  const box = parseAddress(name.trim());
  if (box.rowCount < 2) return null;
  const headerRow = window.window[box.rowIndex - window.used.rowIndex];
  if (!headerRow) return null;
  const first = box.columnIndex - window.used.columnIndex;
  const headerAt = (c: number) => {
    const v = first + c >= 0 ? headerRow[first + c] : null;
    return v === null || v === undefined ? "" : String(v).trim();
  };
  const headers = Array.from({ length: box.columnCount }, (_, c) => headerAt(c));
  // The columns a run added right of the range (Opfyldelse, Status, Forklaring) belong to it: a re-run finds them
  // there instead of asking to add them again.
  const outputRoles: string[] = GOAL_OUTPUTS.map((o) => o.role);
  const isOutput = (h: string) =>
    h !== "" && Object.keys(mapGoalColumns([h]).roles).some((r) => outputRoles.includes(r));
  while (isOutput(headerAt(headers.length))) headers.push(headerAt(headers.length));
  return {
    source: "range",
    sheet,
    name: normaliseRangeName(name),
    headerRowIndex: box.rowIndex,
    firstColumnIndex: box.columnIndex,
    headers,
    bodyRowCount: box.rowCount - 1,
  };
}

/** Adds the range source to the layout's sources (once), so the read and the write find it by sheet and name. */
export function withRangeSource(layout: WorkbookLayout, source: TableSource): void {
  if (!layout.sources.some((s) => s.sheet === source.sheet && s.name === source.name))
    layout.sources.push(source);
}

export type Selection =
  { ok: true; sheet: string; address: string } | { ok: false; reason: "several" | "small" };

/**
 * The range selected in the workbook, with its sheet. Workbook.getSelectedRange "gets the currently selected single
 * range from the workbook. If there are multiple ranges selected, this method will throw an error", and Range.address
 * holds the sheet reference ("Sheet1!A1:B4"):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-address-member
 */
export async function readSelection(runner: ExcelRunner): Promise<Selection> {
  return runner(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowCount");
    try {
      await context.sync();
    } catch {
      return { ok: false, reason: "several" } as const;
    }
    // "'Mål 2021'!A3:H14": the sheet as Excel quotes it, then the range.
    const full: string = range.address;
    const address = full.slice(full.lastIndexOf("!") + 1).replace(/\$/g, "");
    if (range.rowCount < 2 || !isRangeName(address)) return { ok: false, reason: "small" } as const;
    const sheet = parseAddress(full).sheet ?? "";
    return { ok: true, sheet, address: normaliseRangeName(address) } as const;
  });
}
