// How Excel draws a sheet's cells in their columns, enough to tell whether a reader sees each value whole: a number
// wider than its column shows as "####"; a text wider than its column runs over the empty cells to its right and is
// cut at the first one that is not empty; a wrapped text breaks into lines (the row grows) and is never cut sideways.
// https://support.microsoft.com/en-us/office/change-the-column-width-or-row-height-in-excel (#### when a number does
// not fit) and https://support.microsoft.com/en-us/office/wrap-text-in-a-cell (wrapped text, row height).
//
// Text width is estimated from the character count, as the host's autofitColumns does (ranges.ts): Calibri 11 is
// about 7 px per character plus 5 px of padding (96 px = 72 pt), bold counted 10 % wider. Rows are Excel's default
// 15 pt. An estimate, not a glyph measurement: a test built on it catches "Delvist op…" and "####", not a pixel.
import { columnLetters } from "../address";
import type { CellSnapshot, ChartSnapshot, SheetSnapshot } from "../types";

const DEFAULT_COLUMN_POINTS = 48;
const ROW_POINTS = 15;

/** Points a text of `chars` characters takes in Calibri 11. */
export function estimatedTextPoints(chars: number, bold = false): number {
  return (chars * 7 * (bold ? 1.1 : 1) + 5) * 0.75;
}

export interface ClippedCell {
  address: string;
  text: string;
  /** "####": a number too wide for its column; "cut": a text cut off by the next cell (or the sheet's edge). */
  shows: "####" | "cut";
  neededPoints: number;
  availablePoints: number;
}

function widthOf(sheet: SheetSnapshot, col: number): number {
  return sheet.columnWidths[columnLetters(col)] ?? DEFAULT_COLUMN_POINTS;
}

function leftOf(sheet: SheetSnapshot, col: number): number {
  let left = 0;
  for (let c = 0; c < col; c++) left += widthOf(sheet, c);
  return left;
}

function byAddress(sheet: SheetSnapshot): Map<string, CellSnapshot> {
  return new Map(sheet.cells.map((c) => [c.address, c]));
}

/** The points a cell's text covers from its left edge, as Excel draws it (0 for an empty cell). */
function shownExtent(
  sheet: SheetSnapshot,
  cells: Map<string, CellSnapshot>,
  cell: CellSnapshot
): number {
  if (cell.text === "") return 0;
  const own = widthOf(sheet, cell.column);
  const need = estimatedTextPoints([...cell.text].length, cell.bold);
  if (cell.valueType !== "String" || cell.wrap) return Math.min(own, need);
  let room = own;
  for (let c = cell.column + 1; room < need; c++) {
    const next = cells.get(`${columnLetters(c)}${cell.row + 1}`);
    if (next && next.text !== "") break;
    room += widthOf(sheet, c);
  }
  return Math.min(room, need);
}

/** The cells a reader does not see whole: numbers shown as "####" and texts cut off by the next cell. */
export function clippedCells(sheet: SheetSnapshot): ClippedCell[] {
  const cells = byAddress(sheet);
  const clipped: ClippedCell[] = [];
  for (const cell of sheet.cells) {
    if (cell.text === "" || cell.wrap) continue;
    const need = estimatedTextPoints([...cell.text].length, cell.bold);
    const own = widthOf(sheet, cell.column);
    if (cell.valueType === "Double" || cell.valueType === "Boolean") {
      if (need > own)
        clipped.push({
          address: cell.address,
          text: cell.text,
          shows: "####",
          neededPoints: need,
          availablePoints: own,
        });
      continue;
    }
    const room = shownExtent(sheet, cells, cell);
    if (room < need)
      clipped.push({
        address: cell.address,
        text: cell.text,
        shows: "cut",
        neededPoints: need,
        availablePoints: room,
      });
  }
  return clipped;
}

/** Cells with text a chart lies over (the chart's box against each cell's drawn text, rows at 15 pt). */
export function cellsUnderCharts(sheet: SheetSnapshot): { chart: string; address: string }[] {
  const cells = byAddress(sheet);
  const under: { chart: string; address: string }[] = [];
  for (const chart of sheet.charts) {
    for (const cell of sheet.cells) {
      const extent = shownExtent(sheet, cells, cell);
      if (extent === 0) continue;
      const left = leftOf(sheet, cell.column);
      const top = cell.row * ROW_POINTS;
      if (overlaps(chart, { left, right: left + extent, top, bottom: top + ROW_POINTS }))
        under.push({ chart: chart.name, address: cell.address });
    }
  }
  return under;
}

function overlaps(
  chart: ChartSnapshot,
  box: { left: number; right: number; top: number; bottom: number }
): boolean {
  const p = chart.position;
  return (
    p.left < box.right &&
    box.left < p.left + p.width &&
    p.top < box.bottom &&
    box.top < p.top + p.height
  );
}
