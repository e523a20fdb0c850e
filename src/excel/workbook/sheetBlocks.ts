// The styled blocks the add-in's own sheets are drawn with (Oversigt, Fordeling, a scenario): a block of one sheet,
// the title, the header row, bold rows and number formats, and the values written over what an earlier run drew.
// One place, so the sheets look alike and a change of style is made once.
import type { WriteOp } from "./ops";

/** The fill of a table's header row (Excel's "Blue, Accent 1, Lighter 80 %"). */
export const HEADER_FILL = "#D9E1F2";

type Values = (string | number | boolean | null)[][];

/** The ops a sheet's layout is made of, each on a block of `sheet` given by zero-based row and column. */
export function sheetBlocks(sheet: string) {
  const block = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => ({
    sheet,
    rowIndex,
    columnIndex,
    rowCount,
    columnCount,
  });
  return {
    block,
    /** The sheet's title in A1: bold, 14 pt. */
    title: (): WriteOp => ({ kind: "style", block: block(0, 0, 1, 1), bold: true, fontSize: 14 }),
    /** A table's header row: bold on the header fill. */
    header: (row: number, columnCount: number): WriteOp => ({
      kind: "style",
      block: block(row, 0, 1, columnCount),
      bold: true,
      fill: HEADER_FILL,
    }),
    /** Bold rows (a total, a heading): `rowCount` rows from `row`, `columnCount` columns from A. */
    bold: (row: number, rowCount: number, columnCount: number): WriteOp => ({
      kind: "style",
      block: block(row, 0, rowCount, columnCount),
      bold: true,
    }),
    numberFormat: (
      row: number,
      column: number,
      rowCount: number,
      columnCount: number,
      format: string
    ): WriteOp => ({
      kind: "numberFormat",
      block: block(row, column, rowCount, columnCount),
      format,
    }),
  };
}

/**
 * The sheet's values from A1, after clearing the box an earlier run drew (at least `minColumns` wide, so a narrower
 * earlier sheet is cleared across the columns this one uses). The values op is returned too: widths and chart places
 * are worked out from it.
 */
export function valuesOverPrevious(
  sheet: string,
  values: Values,
  previousBox: { rowCount: number; columnCount: number } | null,
  minColumns: number
): { ops: WriteOp[]; values: WriteOp } {
  const ops: WriteOp[] = [];
  if (previousBox)
    ops.push({
      kind: "clear",
      block: {
        sheet,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: previousBox.rowCount,
        columnCount: Math.max(minColumns, previousBox.columnCount),
      },
    });
  const written: WriteOp = {
    kind: "values",
    block: { sheet, rowIndex: 0, columnIndex: 0 },
    values,
  };
  ops.push(written);
  return { ops, values: written };
}
