// Merged areas of a sheet, read from ExcelJS's record of them (the source of truth for merges, as for cells).
// ExcelJS has no public accessor for a sheet's merges (exceljs/exceljs#2729); `_merges` maps each area's top-left
// address to its dimensions, 1-based and inclusive. Only reads: the host has no Range.merge/unmerge.
import type ExcelJS from "exceljs";
import { rect, type Rect } from "../address";

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
