// What the Range object reads and writes, on the model: grids of values/formulas/formats, the write rules (2-D
// input matching the range, or one scalar for every cell; null leaves a cell alone), protection, table headers.

import type ExcelJS from "exceljs";
import { cellCount, formatRect, qualifiedAddress, type Rect } from "../address";
import { parseColorInput } from "../colors";
import { hostError } from "../errors";
import {
  clearRange,
  columnWidthPoints,
  effectiveStyle,
  forEachExistingCell,
  patchRangeStyle,
  readRect,
  setColumnWidthPoints,
  writeCell,
  type ClearTarget,
} from "./cells";
import { interpretInput, readCell, type CellReading } from "./cellValues";
import { clearConditionalFormats } from "./conditionalFormats";
import { shiftFormula } from "./formulaShift";
import type { Journal } from "./journal";
import { formatCellText } from "./numberFormat";
import { assertEditable, type SheetEntity } from "./sheet";
import {
  fillColorOf,
  fontOf,
  horizontalAlignmentOf,
  isHorizontalAlignment,
  numberFormatOf,
  patchAlignment,
  patchFont,
  setFillColor,
  setNumberFormat,
  wrapTextOf,
  type FontPatch,
  type StylePatch,
} from "./styles";
import { syncTableHeaders } from "./tables";
import type { HostWorkbook } from "./workbook";

export interface RangeRef {
  readonly sheet: SheetEntity;
  readonly rect: Rect;
}

export function addressOf(ref: RangeRef): string {
  return qualifiedAddress(ref.sheet.name, ref.rect);
}

/** Excel on the web refuses to read more than 5,000,000 cells in one operation (resource limits article). */
export function assertReadable(wb: HostWorkbook, ref: RangeRef, location: string): void {
  if (cellCount(ref.rect) > wb.options.cellReadLimit) {
    throw hostError(
      "RangeExceedsLimit",
      location,
      `${formatRect(ref.rect)} has more than ${wb.options.cellReadLimit} cells`
    );
  }
}

function readings(wb: HostWorkbook, ref: RangeRef): CellReading[][] {
  return readRect(ref.sheet, ref.rect, (cell) => readCell(cell, wb.date1904));
}

export function readValues(wb: HostWorkbook, ref: RangeRef): unknown[][] {
  return readings(wb, ref).map((row) => row.map((r) => r.value));
}

export function readFormulas(wb: HostWorkbook, ref: RangeRef): unknown[][] {
  return readings(wb, ref).map((row) => row.map((r) => r.formula ?? r.value ?? ""));
}

export function readValueTypes(wb: HostWorkbook, ref: RangeRef): string[][] {
  return readings(wb, ref).map((row) => row.map((r) => r.valueType));
}

export function readNumberFormats(ref: RangeRef): string[][] {
  return readRect(ref.sheet, ref.rect, (_cell, r, c) =>
    numberFormatOf(effectiveStyle(ref.sheet, r, c))
  );
}

export function readText(wb: HostWorkbook, ref: RangeRef): string[][] {
  return readRect(ref.sheet, ref.rect, (cell, r, c) =>
    formatCellText(
      readCell(cell, wb.date1904),
      numberFormatOf(effectiveStyle(ref.sheet, r, c)),
      wb.locale
    )
  );
}

/** A 2-D input must match the range exactly; anything else is one value for every cell (Office.js accepts both). */
function inputAt(
  input: unknown,
  ref: RangeRef,
  location: string
): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const { rowCount, colCount } = ref.rect;
  const fits =
    input.length === rowCount &&
    input.every((line) => Array.isArray(line) && line.length === colCount);
  if (!fits) {
    const shape = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
    throw hostError(
      "InvalidArgument",
      location,
      `the input is ${shape} but the range ${formatRect(ref.rect)} is ${rowCount}×${colCount}`
    );
  }
  return (row, col) => (input[row] as unknown[])[col];
}

/** Range.values / Range.formulas = input (both parse like typed input; see cellValues.ts). */
export function writeContents(
  wb: HostWorkbook,
  ref: RangeRef,
  input: unknown,
  journal: Journal,
  location: string
): void {
  const at = inputAt(input, ref, location);
  assertEditable(ref.sheet, "cells", location, ref.rect);
  const scalar = !Array.isArray(input);
  const { row: top, col: left } = ref.rect;
  const parsing = {
    typedInput: wb.options.strict.textParsing,
    today: wb.options.today(),
    date1904: wb.date1904,
  };
  for (let i = 0; i < ref.rect.rowCount; i++) {
    for (let j = 0; j < ref.rect.colCount; j++) {
      const r = top + i;
      const c = left + j;
      const parsed = interpretInput(
        at(i, j),
        numberFormatOf(effectiveStyle(ref.sheet, r, c)),
        location,
        parsing
      );
      if (parsed.kind === "skip") continue;
      let value = parsed.value;
      // One formula for many cells fills like Excel's fill-down: relative references move with the cell.
      if (scalar && value !== null && typeof value === "object" && "formula" in value) {
        value = { formula: shiftFormula(String(value.formula), i, j) } as ExcelJS.CellFormulaValue;
      }
      writeCell(
        ref.sheet,
        r,
        c,
        value,
        parsed.numFmt ? setNumberFormat(parsed.numFmt) : undefined,
        journal
      );
      if (value !== null && typeof value === "object" && "formula" in value)
        wb.calculation.noteFormula(ref.sheet, r, c);
    }
  }
  wb.calculation.noteWrite(ref.sheet, ref.rect);
  syncTableHeaders(wb, ref.sheet, ref.rect, journal);
}

export function writeNumberFormats(
  ref: RangeRef,
  input: unknown,
  journal: Journal,
  location: string
): void {
  const at = inputAt(input, ref, location);
  assertEditable(ref.sheet, "formatCells", location);
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) return;
    patchRangeStyle(
      ref.sheet,
      ref.rect,
      setNumberFormat(numberFormatInput(input, location)),
      journal
    );
    return;
  }
  for (let i = 0; i < ref.rect.rowCount; i++) {
    for (let j = 0; j < ref.rect.colCount; j++) {
      const value = at(i, j);
      if (value === null || value === undefined) continue;
      writeCell(
        ref.sheet,
        ref.rect.row + i,
        ref.rect.col + j,
        undefined,
        setNumberFormat(numberFormatInput(value, location)),
        journal
      );
    }
  }
}

function numberFormatInput(value: unknown, location: string): string {
  if (typeof value !== "string")
    throw hostError(
      "InvalidArgument",
      location,
      `number format must be text: ${JSON.stringify(value)}`
    );
  return value === "" ? "General" : value;
}

export function clearContents(
  wb: HostWorkbook,
  ref: RangeRef,
  applyTo: unknown,
  journal: Journal,
  location: string
): void {
  const target = applyTo === undefined || applyTo === null ? "All" : applyTo;
  if (target !== "All" && target !== "Formats" && target !== "Contents") {
    throw hostError(
      "InvalidArgument",
      location,
      `clear(${JSON.stringify(applyTo)}) is not supported`
    );
  }
  assertEditable(ref.sheet, target === "Contents" ? "cells" : "formatCells", location, ref.rect);
  clearRange(ref.sheet, ref.rect, target as ClearTarget, journal);
  if (target !== "Formats") wb.calculation.noteWrite(ref.sheet, ref.rect);
  // Clearing formats clears conditional formatting too, as in Excel (only "Contents" leaves it).
  if (target !== "Contents") clearConditionalFormats(ref.sheet, ref.rect, journal, location);
  syncTableHeaders(wb, ref.sheet, ref.rect, journal);
}

// ---------------------------------------------------------------------------------------------------------------
// Formats: a read gives the common value of all cells, or null when they differ (as Office.js does).

function uniform<T>(ref: RangeRef, read: (r: number, c: number) => T): T | null {
  let first: T | undefined;
  for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rowCount; r++) {
    for (let c = ref.rect.col; c < ref.rect.col + ref.rect.colCount; c++) {
      const value = read(r, c);
      if (first === undefined) first = value;
      else if (value !== first) return null;
    }
  }
  return first ?? null;
}

export const readFillColor = (ref: RangeRef) =>
  // Office.js reports white for cells without a fill.
  uniform(ref, (r, c) => fillColorOf(effectiveStyle(ref.sheet, r, c)) ?? "#FFFFFF");

export function readFont<K extends keyof ReturnType<typeof fontOf>>(ref: RangeRef, key: K) {
  return uniform(ref, (r, c) => fontOf(effectiveStyle(ref.sheet, r, c))[key]);
}

export const readHorizontalAlignment = (ref: RangeRef) =>
  uniform(ref, (r, c) => horizontalAlignmentOf(effectiveStyle(ref.sheet, r, c)));

export const readWrapText = (ref: RangeRef) =>
  uniform(ref, (r, c) => wrapTextOf(effectiveStyle(ref.sheet, r, c)));

export function readColumnWidth(ref: RangeRef): number | null {
  let width: number | null = null;
  for (let c = ref.rect.col; c < ref.rect.col + ref.rect.colCount; c++) {
    const w = columnWidthPoints(ref.sheet, c);
    if (width !== null && w !== width) return null;
    width = w;
  }
  return width;
}

function applyStyle(ref: RangeRef, patch: StylePatch, journal: Journal, location: string): void {
  assertEditable(ref.sheet, "formatCells", location);
  patchRangeStyle(ref.sheet, ref.rect, patch, journal);
}

export function writeFillColor(
  ref: RangeRef,
  color: unknown,
  journal: Journal,
  location: string
): void {
  const hex = parseColorInput(color);
  if (!hex) throw hostError("InvalidArgument", location, `not a colour: ${JSON.stringify(color)}`);
  applyStyle(ref, setFillColor(hex), journal, location);
}

export function clearFill(ref: RangeRef, journal: Journal, location: string): void {
  applyStyle(ref, setFillColor(null), journal, location);
}

export function writeFont(
  ref: RangeRef,
  key: keyof FontPatch,
  value: unknown,
  journal: Journal,
  location: string
): void {
  let patch: FontPatch;
  if (key === "color") {
    const hex = parseColorInput(value);
    if (!hex)
      throw hostError("InvalidArgument", location, `not a colour: ${JSON.stringify(value)}`);
    patch = { color: hex };
  } else if (key === "bold" || key === "italic") {
    if (typeof value !== "boolean")
      throw hostError("InvalidArgument", location, `${key} must be a boolean`);
    patch = { [key]: value };
  } else if (key === "size") {
    if (typeof value !== "number" || !(value >= 1 && value <= 409))
      throw hostError("InvalidArgument", location, "font size must be 1–409");
    patch = { size: value };
  } else {
    if (typeof value !== "string" || value === "")
      throw hostError("InvalidArgument", location, "font name must be text");
    patch = { name: value };
  }
  applyStyle(ref, patchFont(patch), journal, location);
}

export function writeHorizontalAlignment(
  ref: RangeRef,
  value: unknown,
  journal: Journal,
  location: string
): void {
  if (!isHorizontalAlignment(value))
    throw hostError(
      "InvalidArgument",
      location,
      `not a horizontal alignment: ${JSON.stringify(value)}`
    );
  applyStyle(ref, patchAlignment({ horizontal: value }), journal, location);
}

export function writeWrapText(
  ref: RangeRef,
  value: unknown,
  journal: Journal,
  location: string
): void {
  if (typeof value !== "boolean")
    throw hostError("InvalidArgument", location, "wrapText must be a boolean");
  applyStyle(ref, patchAlignment({ wrapText: value }), journal, location);
}

export function writeColumnWidth(
  ref: RangeRef,
  points: unknown,
  journal: Journal,
  location: string
): void {
  if (typeof points !== "number" || !Number.isFinite(points) || points < 0) {
    throw hostError(
      "InvalidArgument",
      location,
      "columnWidth must be a non-negative number of points"
    );
  }
  assertEditable(ref.sheet, "formatColumns", location);
  for (let c = ref.rect.col; c < ref.rect.col + ref.rect.colCount; c++)
    setColumnWidthPoints(ref.sheet, c, points, journal);
}

/** Width from the longest displayed text per column (Calibri 11 ≈ 7 px per character plus padding). Only existing
 * cells are measured, so autofitting whole columns stays cheap. */
export function autofitColumns(
  wb: HostWorkbook,
  ref: RangeRef,
  journal: Journal,
  location: string
): void {
  assertEditable(ref.sheet, "formatColumns", location);
  const longest = new Map<number, number>();
  forEachExistingCell(ref.sheet, ref.rect, (cell, r, c) => {
    const shown = formatCellText(
      readCell(cell, wb.date1904),
      numberFormatOf(effectiveStyle(ref.sheet, r, c)),
      wb.locale
    );
    longest.set(c, Math.max(longest.get(c) ?? 0, shown.length));
  });
  for (const [col, length] of longest) {
    if (length === 0) continue;
    const chars = Math.min(255, length + 1);
    setColumnWidthPoints(ref.sheet, col, Math.round((chars * 7 + 5) * 0.75 * 100) / 100, journal);
  }
}
