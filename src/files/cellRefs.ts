// A1-style references as they appear in a workbook's XML (cell r, ref, sqref, defined names), checked against
// Excel's grid. Column letters are counted without a ceiling so "XFE" is 16,385, not an error of its own.
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./limits";

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "XFD" → 16384; letters past 7 are capped (any such column is out of bounds anyway). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length && i < 7; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return letters.length > 7 ? Number.MAX_SAFE_INTEGER : n;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CELL = /^\$?([A-Za-z]{1,16})\$?(\d{1,16})$/;

/** "B7" or "$B$7" → { row: 7, col: 2 }; null when it is not a cell reference. */
export function parseCell(text: string): CellRef | null {
  const m = CELL.exec(text);
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1].toUpperCase()) };
}

/** "A1:B2" or "A1" → a rectangle (corners in any order); null when it is not one. */
export function parseRange(text: string): RangeRef | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellInGrid(cell: CellRef): boolean {
  return (
    cell.row >= 1 && cell.row <= EXCEL_MAX_ROWS && cell.col >= 1 && cell.col <= EXCEL_MAX_COLUMNS
  );
}

export function rangeInGrid(range: RangeRef): boolean {
  return (
    cellInGrid({ row: range.top, col: range.left }) &&
    cellInGrid({ row: range.bottom, col: range.right })
  );
}

export function rangeCells(range: RangeRef): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** What is out of Excel's grid in a range, in Danish and English ("række 1.048.577 …" / "row 1,048,577 …"). */
export function outOfGrid(range: RangeRef): { da: string; en: string } {
  const fmt = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const badRow = [range.top, range.bottom].find((r) => r < 1 || r > EXCEL_MAX_ROWS);
  if (badRow !== undefined)
    return {
      da: `række ${fmt(badRow, ".")} ligger uden for Excels ark (rækkerne 1 til 1.048.576)`,
      en: `row ${fmt(badRow, ",")} is outside Excel's sheet (rows 1 to 1,048,576)`,
    };
  const badCol =
    [range.left, range.right].find((c) => c < 1 || c > EXCEL_MAX_COLUMNS) ?? range.right;
  const letters = badCol >= 1 && badCol < 1e12 ? ` (${columnLetters(badCol)})` : "";
  return {
    da: `kolonne ${fmt(badCol, ".")}${letters} ligger uden for Excels ark (kolonnerne A til XFD, 1 til 16.384)`,
    en: `column ${fmt(badCol, ",")}${letters} is outside Excel's sheet (columns A to XFD, 1 to 16,384)`,
  };
}
