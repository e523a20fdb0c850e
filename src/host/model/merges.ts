// Merged areas of a sheet, read from ExcelJS's record of them (the source of truth for merges, as for cells).
// ExcelJS has no public accessor for a sheet's merges (exceljs/exceljs#2729); `_merges` maps each area's top-left
// address to its dimensions, 1-based and inclusive. Range.merge (mergeRange) writes through ExcelJS's mergeCells; the
// host has no Range.unmerge (the add-in never calls it).
import type ExcelJS from "exceljs";
import { formatRect, intersect, rect, type Rect } from "../address";
import { hostError } from "../errors";
import { writeCell } from "./cells";
import type { Journal } from "./journal";
import { assertEditable, type SheetEntity } from "./sheet";
import type { HostWorkbook } from "./workbook";

interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Every merged area of the sheet, zero-based, in reading order (by row, then column). */
export function mergedAreas(ws: ExcelJS.Worksheet): Rect[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeDimensions | undefined> })
    ._merges;
  return Object.values(merges ?? {})
    .filter((m): m is MergeDimensions => m !== undefined)
    .map((m) => rect(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Range.merge(across) (ExcelApi 1.2; learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)):
 * one merged area, or with `across` one per row. "The value of a merged range is specified in the cell of the range's
 * upper-left corner" (learn.microsoft.com/office/vba/api/excel.range.merge): the other cells' values are cleared.
 * Learn documents no error for Range.merge; the host's choices: a merge that would overlap a table is refused with
 * MergedRangeConflict (Excel.ErrorCodes: "A table can't overlap with … merged cells"), one overlapping an existing
 * merged area with InvalidOperation, and a protected sheet without formatCells with AccessDenied.
 */
export function mergeRange(
  wb: HostWorkbook,
  sheet: SheetEntity,
  area: Rect,
  across: boolean,
  journal: Journal,
  location: string
): void {
  assertEditable(sheet, "formatCells", location);
  if (wb.tables.some((t) => t.sheet === sheet && intersect(t.rect, area)))
    throw hostError("MergedRangeConflict", location, `${formatRect(area)} overlaps a table`);
  const existing = mergedAreas(sheet.ws).find((m) => intersect(m, area));
  if (existing)
    throw hostError(
      "InvalidOperation",
      location,
      `${formatRect(area)} overlaps the merged area ${formatRect(existing)} (host's choice: Learn documents no error)`
    );
  const parts = across
    ? Array.from({ length: area.rowCount }, (_, i) =>
        rect(area.row + i, area.col, 1, area.colCount)
      )
    : [area];
  for (const part of parts) {
    if (part.rowCount * part.colCount < 2) continue; // one cell: nothing to merge
    // Every cell of the area is written through the journal (value and style), so a rolled-back sync restores them
    // after the merge itself is undone (ExcelJS gives the hidden cells the top-left cell's style).
    for (let r = part.row; r < part.row + part.rowCount; r++)
      for (let c = part.col; c < part.col + part.colCount; c++)
        writeCell(
          sheet,
          r,
          c,
          r === part.row && c === part.col ? undefined : null,
          undefined,
          journal
        );
    const [top, left] = [part.row + 1, part.col + 1];
    const [bottom, right] = [part.row + part.rowCount, part.col + part.colCount];
    sheet.ws.mergeCells(top, left, bottom, right);
    journal.record(() => sheet.ws.unMergeCells(top, left, bottom, right));
    wb.calculation.noteWrite(sheet, part);
  }
}
