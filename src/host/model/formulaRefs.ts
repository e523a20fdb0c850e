// The cells a formula reads, as far as the host needs to know them: which formulas depend on a written cell (for
// stale values while calculation is suspended, model/calculation.ts). Read: A1 references and ranges, whole
// columns and rows, with or without a sheet ('Quoted name'!A1, Mål!B2:B9), and structured references to tables
// (Maal[Opfyldelse], Maal[[#All],[Status]], [@Opfyldelse] inside a table). Not read: defined names, INDIRECT/OFFSET
// and 3-D references, whose precedents the host does not know (such formulas are never marked stale).

import { intersect, parseAddress, rect, type Rect } from "../address";
import { findCell } from "./cells";
import type { SheetEntity } from "./sheet";
import { bodyRect, headerRect, tableByName, type TableEntity } from "./tables";
import type { HostWorkbook } from "./workbook";

export interface Reference {
  sheet: SheetEntity;
  rect: Rect;
}

// A sheet prefix (quoted or bare), then a cell, a cell range, whole columns or whole rows; not part of a longer
// name and not a function name (followed by "(").
const A1 =
  /(?<![\p{L}\p{N}_.$])(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_(!])/giu;

// Table[...] with one level of nested brackets, or a bare [@Column] / [@[Column]] (this row of the formula's table).
const STRUCTURED = /([\p{L}_\\][\p{L}\p{N}_.]*)?\[((?:[^[\]]|\[[^\]]*\])*)\]/gu;

/** The references of `formula` ("=…" or without "="), written in `cell` of `sheet`. */
export function formulaReferences(
  wb: HostWorkbook,
  sheet: SheetEntity,
  cell: { row: number; col: number },
  formula: string
): Reference[] {
  // Text inside string literals is not a reference.
  let text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const refs: Reference[] = [];
  text = text.replace(STRUCTURED, (whole, tableName: string | undefined, inner: string) => {
    const table = tableName
      ? tableByName(wb, tableName)
      : wb.tables.find((t) => t.sheet === sheet && intersect(t.rect, rect(cell.row, cell.col)));
    if (table) {
      const area = structuredRect(table, inner, cell.row);
      if (area) refs.push({ sheet: table.sheet, rect: area });
    }
    return " ";
  });
  for (const match of text.matchAll(A1)) {
    const [, prefix, address] = match;
    const parsed = parseAddress(address);
    if (!parsed) continue;
    const name = prefix?.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
    const target = name === undefined ? sheet : wb.sheetByName(name);
    if (target) refs.push({ sheet: target, rect: parsed.rect });
  }
  return refs;
}

/** The rows and columns a structured reference's inner part names ("Col", "[#All],[Col]", "@Col", "[Col1]:[Col2]"). */
function structuredRect(table: TableEntity, inner: string, formulaRow: number): Rect | null {
  const items = inner.includes("[")
    ? [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])
    : [inner];
  let rows: "data" | "all" | "headers" | "totals" | "thisRow" = "data";
  const columns: number[] = [];
  for (const raw of items) {
    let item = raw.trim();
    if (item.startsWith("@")) {
      rows = "thisRow";
      item = item.slice(1).trim();
    }
    const special = item.toLowerCase();
    if (special === "#all") rows = "all";
    else if (special === "#data") rows = "data";
    else if (special === "#headers") rows = "headers";
    else if (special === "#totals") rows = "totals";
    else if (special === "#this row") rows = "thisRow";
    else if (item !== "") {
      const index = table.columns.findIndex((c) => c.name.toLowerCase() === item.toLowerCase());
      if (index >= 0) columns.push(index);
    }
  }
  const first = columns.length > 0 ? Math.min(...columns) : 0;
  const count = columns.length > 0 ? Math.max(...columns) - first + 1 : table.rect.colCount;
  const band = rowBand(table, rows, formulaRow);
  return band ? rect(band.row, table.rect.col + first, band.rowCount, count) : null;
}

function rowBand(
  table: TableEntity,
  rows: "data" | "all" | "headers" | "totals" | "thisRow",
  formulaRow: number
): { row: number; rowCount: number } | null {
  switch (rows) {
    case "all":
      return table.rect;
    case "headers":
      return headerRect(table);
    case "totals":
      return table.showTotals
        ? { row: table.rect.row + table.rect.rowCount - 1, rowCount: 1 }
        : null;
    case "thisRow":
      return { row: formulaRow, rowCount: 1 };
    case "data":
      return bodyRect(table);
  }
}

/** The formula of a cell as the host stores it, or undefined. */
export function formulaAt(sheet: SheetEntity, row: number, col: number): string | undefined {
  const cell = findCell(sheet, row, col);
  const value = cell?.value as { formula?: string; sharedFormula?: string } | null | undefined;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return cell!.formula;
  }
  return undefined;
}
