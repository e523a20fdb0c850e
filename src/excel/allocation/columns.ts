// The key table's columns the add-in owns, one record each: how the column is found (key, Danish header, aliases),
// what it holds per municipality row (on the table's own total row: the sums, the check row) and how it looks.
// Adding a column is adding a record.
import type { OwnedColumn } from "../workbook/outputColumns";

export const SHARE_FORMAT = "0.0000 %";
export const AMOUNT_FORMAT = "#,##0";

/** A municipality's figures in the split, or on the key's total row their sums. */
export interface KeyFigures {
  share: number;
  amount: number;
  instalment: number;
}

export const ALLOCATION_COLUMNS: OwnedColumn<KeyFigures>[] = [
  {
    key: "allocShare",
    header: "Beregnet andel",
    aliases: ["Beregnet andel", "Computed share"],
    value: (row) => row.share,
    numberFormat: SHARE_FORMAT,
  },
  {
    key: "allocAmount",
    header: "Beregnet beløb",
    aliases: ["Beregnet beløb", "Computed amount"],
    value: (row) => row.amount,
    numberFormat: AMOUNT_FORMAT,
  },
  {
    key: "allocInstalment",
    header: "Pr. rate",
    aliases: ["Pr. rate", "Per instalment"],
    value: (row) => row.instalment,
    numberFormat: AMOUNT_FORMAT,
  },
];
