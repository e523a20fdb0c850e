// Reading and writing cells of one sheet on the ExcelJS worksheet, with every write journaled. Reads never create
// ExcelJS cells (findRow/findCell), so reading a large or whole-column range leaves the workbook untouched.

import type ExcelJS from "exceljs";
import { MAX_COLUMNS, MAX_ROWS, rect, type Rect } from "../address";
import type { Journal } from "./journal";
import type { SheetEntity } from "./sheet";
import {
  charsToPoints,
  clearFormats,
  DEFAULT_COLUMN_CHARS,
  DEFAULT_ROW_POINTS,
  hasVisibleFormat,
  pointsToChars,
  type Style,
  type StylePatch,
} from "./styles";

// ExcelJS rows have a style (cells created later inherit it), but its typings do not declare it.
type StyledRow = ExcelJS.Row & { style: Style };

// ExcelJS's getCell/getColumn create what they return. They are reached through these functions so that the
// Office add-in lint rules (which take any `x.getCell()` for an Office.js proxy) do not apply to ExcelJS objects.
function excelCell(sheet: SheetEntity, row: number, col: number): ExcelJS.Cell {
  return sheet.ws.getCell(row + 1, col + 1);
}

function excelColumn(sheet: SheetEntity, col: number): ExcelJS.Column {
  return sheet.ws.getColumn(col + 1);
}

export function findCell(sheet: SheetEntity, row: number, col: number): ExcelJS.Cell | undefined {
  return sheet.ws.findRow(row + 1)?.findCell(col + 1);
}

/** The style a cell shows: its own, or for a cell that does not exist yet the row's, else the column's. */
export function effectiveStyle(sheet: SheetEntity, row: number, col: number): Style {
  const cell = findCell(sheet, row, col);
  if (cell) return cell.style ?? {};
  const rowStyle = (sheet.ws.findRow(row + 1) as StyledRow | undefined)?.style;
  if (rowStyle && Object.keys(rowStyle).length > 0) return rowStyle;
  return existingColumnStyle(sheet, col) ?? {};
}

function existingColumnStyle(sheet: SheetEntity, col: number): Style | undefined {
  // ws.columns lists only the columns ExcelJS knows about; getColumn() would create one.
  const columns = (sheet.ws as unknown as { _columns?: (ExcelJS.Column | undefined)[] })._columns;
  const column = columns?.[col];
  return column?.style && Object.keys(column.style).length > 0 ? column.style : undefined;
}

export function readRect<T>(
  sheet: SheetEntity,
  area: Rect,
  read: (cell: ExcelJS.Cell | undefined, row: number, col: number) => T
): T[][] {
  const grid: T[][] = [];
  for (let r = area.row; r < area.row + area.rowCount; r++) {
    const excelRow = sheet.ws.findRow(r + 1);
    const line: T[] = [];
    for (let c = area.col; c < area.col + area.colCount; c++)
      line.push(read(excelRow?.findCell(c + 1), r, c));
    grid.push(line);
  }
  return grid;
}

/** Writes a value and/or a style change to one cell, recording how to undo both. */
export function writeCell(
  sheet: SheetEntity,
  row: number,
  col: number,
  value: ExcelJS.CellValue | undefined,
  patch: StylePatch | undefined,
  journal: Journal
): void {
  const cell = excelCell(sheet, row, col);
  const oldValue = cell.value;
  const oldStyle = cell.style;
  journal.changed(sheet, row, col);
  journal.record(() => {
    cell.value = oldValue;
    cell.style = oldStyle;
  });
  if (value !== undefined) cell.value = value;
  if (patch) cell.style = patch(oldStyle ?? {}) as ExcelJS.Style;
}

/** Cells that exist in `area`, visited without creating any. */
export function forEachExistingCell(
  sheet: SheetEntity,
  area: Rect,
  visit: (cell: ExcelJS.Cell, row: number, col: number) => void
): void {
  const lastRow = Math.min(area.row + area.rowCount, sheet.ws.rowCount);
  for (let r = area.row; r < lastRow; r++) {
    const excelRow = sheet.ws.findRow(r + 1);
    if (!excelRow) continue;
    const lastCol = Math.min(area.col + area.colCount, excelRow.cellCount);
    for (let c = area.col; c < lastCol; c++) {
      const cell = excelRow.findCell(c + 1);
      if (cell) visit(cell, r, c);
    }
  }
}

/**
 * Applies a style change to a range. Whole rows/columns also change the row/column style (so cells created later
 * inherit it, as in Excel) instead of materialising a million cells.
 */
export function patchRangeStyle(
  sheet: SheetEntity,
  area: Rect,
  patch: StylePatch,
  journal: Journal
): void {
  const wholeColumns = area.row === 0 && area.rowCount === MAX_ROWS;
  const wholeRows = area.col === 0 && area.colCount === MAX_COLUMNS;
  if (!wholeColumns && !wholeRows) {
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++)
        writeCell(sheet, r, c, undefined, patch, journal);
    }
    return;
  }
  forEachExistingCell(sheet, area, (_cell, r, c) =>
    writeCell(sheet, r, c, undefined, patch, journal)
  );
  if (wholeRows) {
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      const row = sheet.ws.getRow(r + 1) as StyledRow;
      const old = row.style;
      journal.record(() => (row.style = old));
      row.style = patch(old ?? {}) as ExcelJS.Style;
    }
  } else {
    for (let c = area.col; c < area.col + area.colCount; c++) {
      const column = excelColumn(sheet, c);
      const old = column.style;
      journal.record(() => (column.style = old));
      column.style = patch(old ?? {}) as ExcelJS.Style;
    }
  }
}

export type ClearTarget = "All" | "Formats" | "Contents";

export function clearRange(
  sheet: SheetEntity,
  area: Rect,
  applyTo: ClearTarget,
  journal: Journal
): void {
  const clearValue = applyTo !== "Formats";
  const clearStyle = applyTo !== "Contents";
  forEachExistingCell(sheet, area, (_cell, r, c) =>
    writeCell(
      sheet,
      r,
      c,
      clearValue ? null : undefined,
      clearStyle ? clearFormats : undefined,
      journal
    )
  );
  if (clearStyle && (area.rowCount === MAX_ROWS || area.colCount === MAX_COLUMNS)) {
    patchRangeStyle(sheet, area, clearFormats, journal);
  }
}

/** The used range: bounding box of cells with a value (valuesOnly) or with a value or a visible format. */
export function usedRect(sheet: SheetEntity, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  forEachExistingCell(sheet, rect(0, 0, MAX_ROWS, MAX_COLUMNS), (cell, r, c) => {
    const hasValue = cell.value !== null && cell.value !== undefined && cell.value !== "";
    if (!hasValue && (valuesOnly || !hasVisibleFormat(cell.style))) return;
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  });
  return bottom < 0 ? null : rect(top, left, bottom - top + 1, right - left + 1);
}

export function columnWidthPoints(sheet: SheetEntity, col: number): number {
  const columns = (sheet.ws as unknown as { _columns?: (ExcelJS.Column | undefined)[] })._columns;
  return charsToPoints(columns?.[col]?.width ?? DEFAULT_COLUMN_CHARS);
}

export function setColumnWidthPoints(
  sheet: SheetEntity,
  col: number,
  points: number,
  journal: Journal
): void {
  const column = excelColumn(sheet, col);
  const old = column.width;
  journal.record(() => (column.width = old as number));
  column.width = pointsToChars(points);
}

export function rowHeightPoints(sheet: SheetEntity, row: number): number {
  return sheet.ws.findRow(row + 1)?.height ?? DEFAULT_ROW_POINTS;
}

/** Moves every existing cell in `rows` at or right of `fromCol` one column to the right (Excel's "insert cells,
 * shift right", used when a table gets a column in the middle or next to occupied cells). */
export function shiftCellsRight(
  sheet: SheetEntity,
  rows: Rect,
  fromCol: number,
  journal: Journal
): void {
  for (let r = rows.row; r < rows.row + rows.rowCount; r++) {
    const excelRow = sheet.ws.findRow(r + 1);
    if (!excelRow) continue;
    for (let c = excelRow.cellCount - 1; c >= fromCol; c--) {
      const cell = excelRow.findCell(c + 1);
      if (!cell) continue;
      writeCell(sheet, r, c + 1, cell.value, () => cell.style ?? {}, journal);
      writeCell(sheet, r, c, null, () => ({}), journal);
    }
  }
}

/** Excel's "delete cells, shift left" for `rows`: cells at or right of `fromCol` move one column left and the
 * column before `fromCol` is overwritten (used when a table column is deleted). */
export function shiftCellsLeft(
  sheet: SheetEntity,
  rows: Rect,
  fromCol: number,
  journal: Journal
): void {
  for (let r = rows.row; r < rows.row + rows.rowCount; r++) {
    const excelRow = sheet.ws.findRow(r + 1);
    const last = excelRow?.cellCount ?? 0;
    for (let c = fromCol; c < last; c++) {
      const cell = excelRow?.findCell(c + 1);
      writeCell(sheet, r, c - 1, cell ? cell.value : null, () => cell?.style ?? {}, journal);
    }
    writeCell(sheet, r, Math.max(fromCol, last) - 1, null, () => ({}), journal);
  }
}
