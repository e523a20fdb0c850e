// Column widths that show what the add-in writes: no "Delvist op…" cut off by the next cell, no "####" for a number too
// wide for its column. The plan sets each column's width itself (Range.format.columnWidth, in points, ExcelApi 1.1:
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth)
// rather than calling Range.format.autofitColumns(): autofit sizes a column by every cell in it, not only the range
// given (OfficeDev/office-js#1017, OfficeDev/office-js#5999), so one long explanation would make a column hundreds of
// points wide, and on Excel on the web it does not fit cells reliably in a freshly made sheet
// (OfficeDev/office-js#2488) or under a table's header arrows (OfficeDev/office-js#473). A computed width is the same
// on every platform and a test can check it.
//
// The estimate (the same the in-memory host uses to decide whether a cell is clipped, src/host/model/display.ts):
// Calibri 11, Excel's default font, is about 7 px per character plus 5 px of cell padding; 96 px = 72 pt. Bold text
// is counted 10 % wider. It is an estimate by character count, not a measurement of glyphs: wide letters (W, M) in
// a long all-capitals text could still be cut; the add-in writes Danish prose and figures, where it holds.
import { formatNumber } from "../../core/format";
import type { CellBlock, WriteOp } from "./ops";

const PX_PER_CHAR = 7;
const PADDING_PX = 5;
const BOLD_FACTOR = 1.1;
/** Excel's narrowest useful column and the widest the add-in makes one (a wider text wraps or spills over). */
export const MIN_COLUMN_POINTS = 30;
export const MAX_COLUMN_POINTS = 400;

/** Points a text of `chars` characters needs in Calibri 11 (see the estimate above). */
export function textWidthPoints(chars: number, bold = false): number {
  const px = chars * PX_PER_CHAR * (bold ? BOLD_FACTOR : 1) + PADDING_PX;
  // Whole points plus one: Excel stores widths in characters and rounds them (the host too), never below the need.
  return Math.ceil(px * 0.75) + 1;
}

/**
 * The text Excel shows for a value under one of the number formats the add-in writes, in Danish (decimal comma,
 * thousands point). Only its length matters here; formats the add-in does not write fall back to General.
 */
export function shownText(value: string | number | boolean | null, format: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "SAND" : "FALSK";
  const percent = /^0(?:\.(0+))? %$/.exec(format);
  if (percent) {
    const decimals = percent[1]?.length ?? 0;
    return `${fixed(value * 100, decimals)} %`;
  }
  const grouped = /^#,##0(?:\.(0+))?$/.exec(format);
  if (grouped) return fixed(value, grouped[1]?.length ?? 0, true);
  const signed = /^\+0\.(0+)/.exec(format);
  if (signed) return `${value > 0 ? "+" : ""}${fixed(value, signed[1].length)}`;
  // General: up to 11 characters, as Excel shows a number in a standard-width column.
  return formatNumber(value, "da", 10).slice(0, 11);
}

function fixed(n: number, decimals: number, group = false): string {
  const [integer, fraction] = Math.abs(n).toFixed(decimals).split(".");
  const sign = n < 0 && Number(Math.abs(n).toFixed(decimals)) !== 0 ? "-" : "";
  const int = group ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : integer;
  return sign + int + (fraction ? `,${fraction}` : "");
}

export interface FitOptions {
  /** Columns (sheet-relative index) with a largest width; their longer texts wrap (wrapText on their cells). */
  caps?: Record<number, number>;
  /** Rows (zero-based) whose text may spill over empty neighbours and so is not measured (titles, sentences). */
  spillRows?: number[];
  /** Every row from here down may spill too (a list of findings below a table). */
  spillFrom?: number;
  /** Columns left alone (the caller sets them). */
  skip?: number[];
}

interface Cell {
  value: string | number | boolean | null;
  format: string;
  bold: boolean;
  wrap?: boolean;
}

const DEFAULT_COLUMN_POINTS = 48;
const ROW_POINTS = 15;

/**
 * The text Excel shows for a string written through Range.values: without the leading apostrophe, Excel's own "this
 * is text" prefix, which is not part of the cell's value and is not shown (textSafety.ts says why the add-in writes it;
 * OfficeDev/office-js#6687: the text reads back without it).
 * Counting it made a column one character wider on a run than on Fortryd, which sizes from the texts read back.
 */
function writtenText(value: string | number | boolean): string | number | boolean {
  return typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
}

/** The cells a sheet plan writes, with the number format and boldness each gets: what Excel will show. */
function planCells(sheet: string, ops: WriteOp[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const at = (r: number, c: number) => `${r}:${c}`;
  const inBlock = (
    b: CellBlock & { rowCount: number; columnCount: number },
    f: (cell: Cell) => void
  ) => {
    for (let r = b.rowIndex; r < b.rowIndex + b.rowCount; r++)
      for (let c = b.columnIndex; c < b.columnIndex + b.columnCount; c++) {
        let cell = cells.get(at(r, c));
        if (!cell) cells.set(at(r, c), (cell = { value: null, format: "General", bold: false }));
        f(cell);
      }
  };
  for (const op of ops) {
    if (op.kind === "values" && op.block.sheet === sheet) {
      op.values.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value === null) return;
          const key = at(op.block.rowIndex + i, op.block.columnIndex + j);
          const cell = cells.get(key);
          cells.set(key, {
            value: writtenText(value),
            format: cell?.format ?? "General",
            bold: cell?.bold ?? false,
          });
        })
      );
    } else if (op.kind === "numberFormat" && op.block.sheet === sheet) {
      inBlock(op.block, (cell) => (cell.format = op.format));
    } else if (op.kind === "style" && op.block.sheet === sheet) {
      if (op.bold !== undefined) inBlock(op.block, (cell) => (cell.bold = op.bold!));
      if (op.wrap !== undefined) inBlock(op.block, (cell) => (cell.wrap = op.wrap));
    }
  }
  return cells;
}

function isBlank(cell: Cell | undefined): boolean {
  return !cell || cell.value === null || cell.value === "";
}

/**
 * Width operations for the cells a sheet plan writes: every column gets the width of its widest shown value (header
 * and bold totals included), at least MIN_COLUMN_POINTS and at most its cap (else MAX_COLUMN_POINTS). A text in a
 * spill row whose right-hand neighbour is empty is not measured: Excel lets it run over the empty cells. A capped
 * column's cells wrap, so a long text shows in full on more lines instead of being cut. Pure: reads the plan's own
 * values, number formats and bold styles, so the widths always follow what is written.
 */
export function fitColumnOps(sheet: string, ops: WriteOp[], options: FitOptions = {}): WriteOp[] {
  const cells = planCells(sheet, ops);
  const listed = new Set(options.spillRows ?? []);
  const spill = {
    has: (r: number) =>
      listed.has(r) || (options.spillFrom !== undefined && r >= options.spillFrom),
  };
  const skip = new Set(options.skip ?? []);
  const widths = new Map<number, number>();
  const rowsOf = new Map<number, number[]>();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(":").map(Number);
    if (skip.has(c)) continue;
    const text = shownText(cell.value, cell.format);
    if (text === "") continue;
    if (typeof cell.value === "string" && spill.has(r) && isBlank(cells.get(`${r}:${c + 1}`)))
      continue;
    widths.set(
      c,
      Math.max(widths.get(c) ?? MIN_COLUMN_POINTS, textWidthPoints([...text].length, cell.bold))
    );
    const span = rowsOf.get(c);
    // First and last row per column, kept as a span: a list per row would be quadratic on a long goal table.
    if (!span) rowsOf.set(c, [r, r]);
    else rowsOf.set(c, [Math.min(span[0], r), Math.max(span[1], r)]);
  }
  const result: WriteOp[] = [];
  for (const [c, need] of [...widths].sort((a, b) => a[0] - b[0])) {
    const cap = options.caps?.[c] ?? MAX_COLUMN_POINTS;
    const block = { sheet, rowIndex: 0, columnIndex: c, rowCount: 1, columnCount: 1 };
    result.push({ kind: "style", block, columnWidth: Math.min(cap, need) });
    if (need > cap) {
      // The rows this column holds values in wrap, so the longer texts show in full on more lines.
      const [first, last] = rowsOf.get(c)!;
      result.push({
        kind: "style",
        block: {
          sheet,
          rowIndex: first,
          columnIndex: c,
          rowCount: last - first + 1,
          columnCount: 1,
        },
        wrap: true,
      });
    }
  }
  return result;
}

/** Column widths in points a plan sets (the last width op per column wins), default 48 pt (8,43 characters). */
function plannedWidths(sheet: string, ops: WriteOp[]): (col: number) => number {
  const widths = new Map<number, number>();
  for (const op of ops)
    if (op.kind === "style" && op.block.sheet === sheet && op.columnWidth)
      for (let c = op.block.columnIndex; c < op.block.columnIndex + op.block.columnCount; c++)
        widths.set(c, op.columnWidth);
  return (col) => widths.get(col) ?? DEFAULT_COLUMN_POINTS;
}

export interface ChartBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Where a chart goes so it covers no text: its top at `row`, its left edge after column `afterColumn` and after every
 * text that spills over empty cells in the rows it spans, plus a small gap. Rows are counted at Excel's default
 * 15 pt. Pure: reads the plan's values and widths (fitColumnOps first).
 */
export function chartBoxBeside(
  sheet: string,
  ops: WriteOp[],
  place: { row: number; afterColumn: number; width: number; height: number }
): ChartBox {
  const widthOf = plannedWidths(sheet, ops);
  const leftOf = (col: number) => {
    let left = 0;
    for (let c = 0; c < col; c++) left += widthOf(c);
    return left;
  };
  const cells = planCells(sheet, ops);
  const top = place.row * ROW_POINTS + 3;
  const lastRow = Math.floor((top + place.height) / ROW_POINTS);
  let left = leftOf(place.afterColumn + 1);
  for (const [key, cell] of cells) {
    const [r, c] = key.split(":").map(Number);
    if (r < place.row || r > lastRow || isBlank(cell)) continue;
    // A text that does not wrap may run on to the right; anything else stays inside its column.
    const runs = typeof cell.value === "string" && !cell.wrap;
    const text = shownText(cell.value, cell.format);
    const extent = runs
      ? Math.max(widthOf(c), textWidthPoints([...text].length, cell.bold))
      : widthOf(c);
    left = Math.max(left, leftOf(c) + extent);
  }
  return { top, left: Math.ceil(left + 8), width: place.width, height: place.height };
}
