// Helpers over RawTable: addresses of body cells, lookup of tables and columns by the names users type.
import { cellAddress } from "./address";
import { normaliseHeader } from "./headers";
import type { RawCell, RawTable } from "./model";

/** Address ("F7") of body row `row`, column `column` of a table. */
export function bodyCellAddress(table: RawTable, row: number, column: number): string {
  return cellAddress(table.headerRowIndex + 1 + row, table.firstColumnIndex + column);
}

/** Address of a table's header cell for `column`. */
export function headerCellAddress(
  table: Pick<RawTable, "headerRowIndex" | "firstColumnIndex">,
  column: number
): string {
  return cellAddress(table.headerRowIndex, table.firstColumnIndex + column);
}

/** Finds a table by its Excel table name or its sheet name, ignoring case and accents. */
export function findTable(tables: RawTable[], name: string): RawTable | undefined {
  const key = normaliseHeader(name);
  return (
    tables.find((t) => normaliseHeader(t.name) === key) ??
    tables.find((t) => t.source === "range" && normaliseHeader(t.sheet) === key)
  );
}

/** Index of the column whose header matches `name` (ignoring case, spaces and accents), or -1. */
export function findColumn(table: RawTable, name: string): number {
  const key = normaliseHeader(name);
  return table.headers.findIndex((h) => normaliseHeader(h) === key);
}

export function cellAt(table: RawTable, row: number, column: number): RawCell {
  const col = table.columns[column];
  if (!col) return null;
  const v = col[row];
  return v === undefined ? null : v;
}

export function formatAt(table: RawTable, row: number, column: number): string | undefined {
  return table.numberFormats?.[column]?.[row];
}

/** The text a user sees for a raw value, for quoting it back in messages. */
export function cellText(value: RawCell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "SAND" : "FALSK";
  return String(value);
}
