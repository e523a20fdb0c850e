// A1 addresses and rectangles. Everything inside the host is zero-based (as Range.rowIndex/columnIndex are in
// Office.js); only the address strings are one-based. Kept separate from src/core/address so the host does not
// depend on code the adapter team changes, and because it must also read whole-row/column and "$" forms.

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells: zero-based top-left and a size of at least 1×1. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export function rect(row: number, col: number, rowCount = 1, colCount = 1): Rect {
  return { row, col, rowCount, colCount };
}

// Column letters and cell addresses are the core's (pure, shared with the adapter's messages).
export {
  columnLetters,
  columnIndexFromLetters as columnFromLetters,
  cellAddress,
} from "../core/address";
import {
  cellAddress,
  columnIndexFromLetters as columnFromLetters,
  columnLetters,
} from "../core/address";

/** Excel's own form: "B3", "B3:D9", whole columns "B:D", whole rows "3:9" (whole sheet reads as rows "1:1048576"). */
export function formatRect(r: Rect): string {
  const wholeColumns = r.row === 0 && r.rowCount === MAX_ROWS;
  const wholeRows = r.col === 0 && r.colCount === MAX_COLUMNS;
  if (wholeRows) return `${r.row + 1}:${r.row + r.rowCount}`;
  if (wholeColumns) return `${columnLetters(r.col)}:${columnLetters(r.col + r.colCount - 1)}`;
  const start = cellAddress(r.row, r.col);
  if (r.rowCount === 1 && r.colCount === 1) return start;
  return `${start}:${cellAddress(r.row + r.rowCount - 1, r.col + r.colCount - 1)}`;
}

/**
 * Excel leaves a sheet name bare in an address when it is a plain identifier (letters of any script, digits,
 * "_" and "."), and quotes it otherwise — also when the bare name would read as a cell (A1) or R1C1 reference.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeReference =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^(R\d*C\d*|R\d*|C\d*)$/i.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r)}`;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** Parses "A1", "$B$2:D9", "B:D", "3:9", "Sheet1!A1", "'My sheet'!A1:B2". Returns null for anything else. */
export function parseAddress(address: string): ParsedAddress | null {
  let sheet: string | undefined;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    }
    if (sheet === "") return null;
    rest = rest.slice(bang + 1);
  }
  const parts = rest.replace(/\$/g, "").split(":");
  if (parts.length > 2) return null;
  const found = parts.length === 1 ? parseCell(parts[0]) : parsePair(parts[0], parts[1]);
  return found ? { sheet, rect: found } : null;
}

function parseCell(text: string): Rect | null {
  const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(text);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnFromLetters(m[1]);
  return inBounds(row, col) ? rect(row, col) : null;
}

function parsePair(a: string, b: string): Rect | null {
  const cellA = parseCell(a);
  const cellB = parseCell(b);
  if (cellA && cellB) {
    const row = Math.min(cellA.row, cellB.row);
    const col = Math.min(cellA.col, cellB.col);
    return rect(row, col, Math.abs(cellA.row - cellB.row) + 1, Math.abs(cellA.col - cellB.col) + 1);
  }
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    const c1 = columnFromLetters(a);
    const c2 = columnFromLetters(b);
    if (!inBounds(0, c1) || !inBounds(0, c2)) return null;
    return rect(0, Math.min(c1, c2), MAX_ROWS, Math.abs(c1 - c2) + 1);
  }
  if (/^\d{1,7}$/.test(a) && /^\d{1,7}$/.test(b)) {
    const r1 = Number(a) - 1;
    const r2 = Number(b) - 1;
    if (!inBounds(r1, 0) || !inBounds(r2, 0)) return null;
    return rect(Math.min(r1, r2), 0, Math.abs(r1 - r2) + 1, MAX_COLUMNS);
  }
  return null;
}

function inBounds(row: number, col: number): boolean {
  return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLUMNS;
}

export function isValidRect(r: Rect): boolean {
  return (
    Number.isInteger(r.row) &&
    Number.isInteger(r.col) &&
    Number.isInteger(r.rowCount) &&
    Number.isInteger(r.colCount) &&
    r.rowCount >= 1 &&
    r.colCount >= 1 &&
    r.row >= 0 &&
    r.col >= 0 &&
    r.row + r.rowCount <= MAX_ROWS &&
    r.col + r.colCount <= MAX_COLUMNS
  );
}

export function cellCount(r: Rect): number {
  return r.rowCount * r.colCount;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.col + a.colCount, b.col + b.colCount);
  return rowEnd > row && colEnd > col ? rect(row, col, rowEnd - row, colEnd - col) : null;
}

export function bounding(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rowEnd = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.max(a.col + a.colCount, b.col + b.colCount);
  return rect(row, col, rowEnd - row, colEnd - col);
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  const i = intersect(outer, inner);
  return i !== null && sameRect(i, inner);
}

export function sameRect(a: Rect, b: Rect): boolean {
  return (
    a.row === b.row && a.col === b.col && a.rowCount === b.rowCount && a.colCount === b.colCount
  );
}

/** `a` minus `b` as up to four disjoint rectangles (bands above and below, then left and right of the overlap). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const pieces: Rect[] = [];
  const aBottom = a.row + a.rowCount;
  const oBottom = overlap.row + overlap.rowCount;
  if (overlap.row > a.row) pieces.push(rect(a.row, a.col, overlap.row - a.row, a.colCount));
  if (aBottom > oBottom) pieces.push(rect(oBottom, a.col, aBottom - oBottom, a.colCount));
  if (overlap.col > a.col)
    pieces.push(rect(overlap.row, a.col, overlap.rowCount, overlap.col - a.col));
  const aRight = a.col + a.colCount;
  const oRight = overlap.col + overlap.colCount;
  if (aRight > oRight) pieces.push(rect(overlap.row, oRight, overlap.rowCount, aRight - oRight));
  return pieces;
}

/** "A1:B2 D4" (the sqref form of conditional formats) into rectangles. */
export function parseAreas(sqref: string): Rect[] | null {
  const areas: Rect[] = [];
  for (const part of sqref.trim().split(/[\s,]+/)) {
    const parsed = parseAddress(part);
    if (!parsed || parsed.sheet !== undefined) return null;
    areas.push(parsed.rect);
  }
  return areas;
}
