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

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B7" or "$B$7" → { row: 7, col: 2 }; null when it is not a cell reference. Letters of either case (ExcelJS
 * skips lower-case ones; counting them is the safer reading), digits, an optional "$" before each. */
export function parseCell(text: string): CellRef | null {
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(i) === 0x24) i++;
  let col = 0;
  const lettersStart = i;
  for (; i < n; i++) {
    const ch = text.charCodeAt(i) | 0x20;
    if (ch < 0x61 || ch > 0x7a) break;
    if (i - lettersStart < 8) col = col * 26 + (ch - 0x60);
  }
  const letters = i - lettersStart;
  if (letters === 0) return null;
  if (letters > 7) col = Number.MAX_SAFE_INTEGER;
  if (text.charCodeAt(i) === 0x24) i++;
  const digitsStart = i;
  while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  if (i === digitsStart || i !== n) return null;
  return { row: Number(text.slice(digitsStart)), col };
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
