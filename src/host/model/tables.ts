// Excel tables. ExcelJS reads and writes table parts but cannot grow a table, keep its header cells and column
// names in step, or tell a loaded headerless table from one Excel saved without the (default) headerRowCount
// attribute. So the host keeps its own table model as the source of truth: built from the ExcelJS worksheets on
// load, changed only here, and written back as plain table models on toXlsx (see xlsx.ts).

import type ExcelJS from "exceljs";
import { formatRect, intersect, parseAddress, rect, type Rect } from "../address";
import { hostError } from "../errors";
import { clearRange, findCell, shiftCellsLeft, shiftCellsRight, writeCell } from "./cells";
import { readCell } from "./cellValues";
import { clearConditionalFormats } from "./conditionalFormats";
import type { Journal } from "./journal";
import { assertEditable, type SheetEntity } from "./sheet";
import type { HostWorkbook } from "./workbook";

export interface TableColumnEntity {
  id: number;
  name: string;
  /** Column attributes from the file the host does not model (totals row label/function), written back as read. */
  extra: Record<string, unknown>;
}

export interface TableEntity {
  id: string;
  name: string;
  sheet: SheetEntity;
  /** The whole table: header row, body and totals row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  columns: TableColumnEntity[];
  style: Record<string, unknown>;
  alive: boolean;
  nextColumnId: number;
}

export function headerRect(table: TableEntity): Rect | null {
  return table.showHeaders ? rect(table.rect.row, table.rect.col, 1, table.rect.colCount) : null;
}

export function bodyRect(table: TableEntity): Rect | null {
  const top = table.rect.row + (table.showHeaders ? 1 : 0);
  const count = table.rect.rowCount - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0);
  return count > 0 ? rect(top, table.rect.col, count, table.rect.colCount) : null;
}

/** The totals row (the table's last row when showTotals). */
export function totalsRect(table: TableEntity): Rect | null {
  return table.showTotals
    ? rect(table.rect.row + table.rect.rowCount - 1, table.rect.col, 1, table.rect.colCount)
    : null;
}

export function columnRect(
  table: TableEntity,
  index: number,
  part: "all" | "body" | "header" | "totals"
): Rect | null {
  const base =
    part === "all"
      ? table.rect
      : part === "body"
        ? bodyRect(table)
        : part === "header"
          ? headerRect(table)
          : totalsRect(table);
  return base ? rect(base.row, table.rect.col + index, base.rowCount, 1) : null;
}

export function tableByName(wb: HostWorkbook, name: string): TableEntity | undefined {
  const key = name.toLowerCase();
  return wb.tables.find((t) => t.name.toLowerCase() === key);
}

/** Builds the table model from the tables ExcelJS read (or that were added through ExcelJS's addTable). */
export function importTables(wb: HostWorkbook): TableEntity[] {
  const tables: TableEntity[] = [];
  for (const sheet of wb.sheets) {
    const loaded = Object.values(
      (sheet.ws as unknown as { tables?: Record<string, { model?: unknown }> }).tables ?? {}
    );
    for (const table of loaded) {
      const model = table.model as ExcelJsTableModel | undefined;
      if (!model) continue;
      const area = tableArea(model);
      if (!area) continue;
      const columns = (model.columns ?? []).map((column, index) => {
        const { name, ...extra } = column;
        return {
          id: index + 1,
          name: String(name ?? `Column${index + 1}`),
          extra: pickColumnExtras(extra),
        };
      });
      const entity: TableEntity = {
        id: wb.nextId("table"),
        name: String(model.name),
        sheet,
        rect: area,
        showHeaders: model.headerRow === true || headerCellsMatch(sheet, area, columns),
        showTotals: model.totalsRow === true,
        columns,
        style: { ...(model.style ?? {}) },
        alive: true,
        nextColumnId: columns.length + 1,
      };
      tables.push(entity);
    }
  }
  return tables;
}

interface ExcelJsTableModel {
  name?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: ({ name?: string } & Record<string, unknown>)[];
  rows?: unknown[][];
  style?: Record<string, unknown>;
}

function tableArea(model: ExcelJsTableModel): Rect | null {
  if (model.tableRef) return parseAddress(model.tableRef)?.rect ?? null;
  // A table added with ExcelJS's addTable that was never validated: ref is its top-left cell.
  const topLeft = model.ref ? parseAddress(model.ref)?.rect : undefined;
  if (!topLeft || !model.columns) return null;
  const height =
    (model.rows?.length ?? 0) + (model.headerRow === false ? 0 : 1) + (model.totalsRow ? 1 : 0);
  return rect(topLeft.row, topLeft.col, Math.max(1, height), model.columns.length);
}

// ExcelJS reads headerRowCount="1" as a header row but misses Excel's default (attribute absent). A header row is
// there when its cells hold exactly the column names, which Excel always keeps in step.
function headerCellsMatch(sheet: SheetEntity, area: Rect, columns: TableColumnEntity[]): boolean {
  return columns.every((column, i) => {
    const value = readCell(findCell(sheet, area.row, area.col + i), false).value;
    return value !== null && String(value) === column.name;
  });
}

function pickColumnExtras(extra: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of ["totalsRowLabel", "totalsRowFunction", "totalsRowFormula", "filterButton"]) {
    if (extra[key] !== undefined) kept[key] = extra[key];
  }
  return kept;
}

/** Excel's table-name rules: starts with a letter, "_" or "\", then letters, digits, "." or "_"; not a cell
 * reference; at most 255 characters; unique in the workbook ignoring case. */
export function validateTableName(
  wb: HostWorkbook,
  name: unknown,
  self: TableEntity | undefined,
  location: string
): string {
  const ok =
    typeof name === "string" &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(R|C|R\d+C\d+)$/i.test(name);
  if (!ok)
    throw hostError("InvalidArgument", location, `invalid table name: ${JSON.stringify(name)}`);
  const clash = tableByName(wb, name);
  if (clash && clash !== self)
    throw hostError("ItemAlreadyExists", location, `a table named '${name}' exists`);
  return name;
}

function defaultTableName(wb: HostWorkbook): string {
  for (let n = 1; ; n++) if (!tableByName(wb, `Table${n}`)) return `Table${n}`;
}

/** Header text as Excel makes it: a text copy of the cell; blank cells become "ColumnN"; duplicates get 2, 3, … */
function uniqueHeaders(raw: (string | null)[]): string[] {
  const used = new Set<string>();
  return raw.map((value, i) => {
    let base = value === null || value.trim() === "" ? `Column${i + 1}` : value;
    if (used.has(base.toLowerCase()) && (value === null || value.trim() === ""))
      base = `Column${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function headerTextAt(sheet: SheetEntity, row: number, col: number): string | null {
  const { value } = readCell(findCell(sheet, row, col), false);
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function addTable(
  wb: HostWorkbook,
  sheet: SheetEntity,
  area: Rect,
  hasHeaders: boolean,
  journal: Journal,
  location: string
): TableEntity {
  if (!hasHeaders) {
    // Excel inserts a header row and shifts the data down; the host does not shift cells (see src/host/README.md).
    throw hostError(
      "NotImplemented",
      location,
      "in-memory host: TableCollection.add with hasHeaders=false"
    );
  }
  assertEditable(sheet, "structure", location);
  if (wb.tables.some((t) => t.sheet === sheet && intersect(t.rect, area))) {
    throw hostError("MergedRangeConflict", location, `${formatRect(area)} overlaps a table`);
  }
  // A table always has a body row: a header-only range gets one empty row below it.
  const tableRect = area.rowCount === 1 ? rect(area.row, area.col, 2, area.colCount) : area;
  const names = uniqueHeaders(
    Array.from({ length: area.colCount }, (_, i) => headerTextAt(sheet, area.row, area.col + i))
  );
  names.forEach((name, i) => {
    if (headerTextAt(sheet, area.row, area.col + i) !== name)
      writeCell(sheet, area.row, area.col + i, name, undefined, journal);
  });
  const table: TableEntity = {
    id: wb.nextId("table"),
    name: defaultTableName(wb),
    sheet,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    columns: names.map((name, i) => ({ id: i + 1, name, extra: {} })),
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    alive: true,
    nextColumnId: names.length + 1,
  };
  journal.record(() => (table.alive = false));
  journal.assign(wb, "tables", [...wb.tables, table]);
  return table;
}

export function renameTable(
  wb: HostWorkbook,
  table: TableEntity,
  name: unknown,
  journal: Journal,
  location: string
): void {
  journal.assign(table, "name", validateTableName(wb, name, table, location));
}

export function deleteTable(
  wb: HostWorkbook,
  table: TableEntity,
  journal: Journal,
  location: string
): void {
  assertEditable(table.sheet, "structure", location);
  // Table.delete removes the table with its cells' contents and formats (convertToRange is the keep-data variant).
  clearRange(table.sheet, table.rect, "All", journal);
  journal.assign(table, "alive", false);
  journal.assign(
    wb,
    "tables",
    wb.tables.filter((t) => t !== table)
  );
}

/**
 * TableColumnCollection.add(index?, values?, name?): widens the table by one column, at `index` or on the right.
 * `values` covers the whole column, header first (as in the Office.js samples); `name` overrides the header.
 */
export function addTableColumn(
  wb: HostWorkbook,
  table: TableEntity,
  index: number | undefined | null,
  values: unknown[][] | undefined | null,
  name: string | undefined | null,
  journal: Journal,
  location: string
): TableColumnEntity {
  assertEditable(table.sheet, "structure", location);
  const at = index === undefined || index === null ? table.columns.length : index;
  if (!Number.isInteger(at) || at < 0 || at > table.columns.length) {
    throw hostError(
      "InvalidArgument",
      location,
      `column index ${index} is outside 0..${table.columns.length}`
    );
  }
  if (
    values &&
    (!Array.isArray(values) ||
      values.length !== table.rect.rowCount ||
      values.some((v) => !Array.isArray(v) || v.length !== 1))
  ) {
    throw hostError(
      "InvalidArgument",
      location,
      `values must be ${table.rect.rowCount}×1 (header, body and totals rows)`
    );
  }
  const sheetCol = table.rect.col + at;
  const rows = table.rect;
  const targetFree = isColumnEmpty(table.sheet, rows, sheetCol);
  const otherTables = wb.tables.filter((t) => t !== table && t.sheet === table.sheet);
  if (!(at === table.columns.length && targetFree)) {
    // Inserting shifts this table's rows right; anything structured in the way would be torn apart.
    const shifted = rect(rows.row, sheetCol, rows.rowCount, 16384 - sheetCol - 1);
    if (otherTables.some((t) => intersect(t.rect, shifted))) {
      throw hostError(
        "NotImplemented",
        location,
        "in-memory host: inserting a table column that shifts another table"
      );
    }
    shiftCellsRight(table.sheet, rows, sheetCol, journal);
  } else if (
    otherTables.some((t) => intersect(t.rect, rect(rows.row, sheetCol, rows.rowCount, 1)))
  ) {
    throw hostError("MergedRangeConflict", location, "the new column would overlap another table");
  }

  const headerFromValues = values && table.showHeaders ? values[0][0] : undefined;
  const requested =
    name ??
    (headerFromValues === null || headerFromValues === undefined ? null : String(headerFromValues));
  const existing = table.columns.map((c) => c.name);
  const headerName = uniqueHeaders([...existing, requested ?? `Column${table.columns.length + 1}`])[
    existing.length
  ];
  const column: TableColumnEntity = { id: table.nextColumnId, name: headerName, extra: {} };

  const columns = [...table.columns];
  columns.splice(at, 0, column);
  journal.assign(table, "columns", columns);
  journal.assign(table, "nextColumnId", table.nextColumnId + 1);
  journal.assign(table, "rect", rect(rows.row, rows.col, rows.rowCount, rows.colCount + 1));
  if (table.showHeaders) writeCell(table.sheet, rows.row, sheetCol, headerName, undefined, journal);
  return column;
}

/** TableColumn.delete(): the column's cells go and the cells to its right in the table's rows move left. */
export function deleteTableColumn(
  wb: HostWorkbook,
  table: TableEntity,
  columnId: number,
  journal: Journal,
  location: string
): void {
  assertEditable(table.sheet, "structure", location);
  const index = table.columns.findIndex((c) => c.id === columnId);
  if (index < 0) throw hostError("ItemNotFound", location, "the column no longer exists");
  if (table.columns.length === 1)
    throw hostError("InvalidOperation", location, "a table must keep at least one column");
  const sheetCol = table.rect.col + index;
  const rows = table.rect;
  const shifted = rect(rows.row, sheetCol, rows.rowCount, 16384 - sheetCol);
  if (wb.tables.some((t) => t !== table && t.sheet === table.sheet && intersect(t.rect, shifted))) {
    throw hostError(
      "NotImplemented",
      location,
      "in-memory host: deleting a table column that shifts another table"
    );
  }
  // The column's cells go with their conditional formatting, as in Excel.
  clearConditionalFormats(
    table.sheet,
    rect(rows.row, sheetCol, rows.rowCount, 1),
    journal,
    location
  );
  shiftCellsLeft(table.sheet, rows, sheetCol + 1, journal);
  journal.assign(
    table,
    "columns",
    table.columns.filter((c) => c.id !== columnId)
  );
  journal.assign(table, "rect", rect(rows.row, rows.col, rows.rowCount, rows.colCount - 1));
}

function isColumnEmpty(sheet: SheetEntity, rows: Rect, col: number): boolean {
  for (let r = rows.row; r < rows.row + rows.rowCount; r++) {
    if (readCell(findCell(sheet, r, col), false).valueType !== "Empty") return false;
  }
  return true;
}

/**
 * After cells were written: a table's column names follow its header cells, as in Excel (a blank header becomes
 * "ColumnN", a number becomes text, a duplicate gets a suffix), and the header cells are rewritten to match.
 */
export function syncTableHeaders(
  wb: HostWorkbook,
  sheet: SheetEntity,
  written: Rect,
  journal: Journal
): void {
  for (const table of wb.tables) {
    const header = table.sheet === sheet ? headerRect(table) : null;
    if (!header || !intersect(header, written)) continue;
    const names = uniqueHeaders(
      table.columns.map((_, i) => headerTextAt(sheet, header.row, header.col + i))
    );
    names.forEach((name, i) => {
      const cell = findCell(sheet, header.row, header.col + i);
      if (cell?.value !== name)
        writeCell(sheet, header.row, header.col + i, name, undefined, journal);
    });
    if (names.some((n, i) => n !== table.columns[i].name)) {
      journal.assign(
        table,
        "columns",
        table.columns.map((c, i) => ({ ...c, name: names[i] }))
      );
    }
  }
}

/** The ExcelJS table model written to the .xlsx for one table (cells are already in the worksheet). */
export function toExcelJsTableModel(
  table: TableEntity
): ExcelJS.TableProperties & Record<string, unknown> {
  const ref = formatRect(table.rect);
  const filterArea = rect(
    table.rect.row,
    table.rect.col,
    table.rect.rowCount - (table.showTotals ? 1 : 0),
    table.rect.colCount
  );
  return {
    name: table.name,
    displayName: table.name,
    ref,
    tableRef: ref,
    autoFilterRef: table.showHeaders ? formatRect(filterArea) : undefined,
    headerRow: table.showHeaders,
    totalsRow: table.showTotals,
    style: { theme: "TableStyleMedium2", ...table.style },
    columns: table.columns.map((c) => ({ filterButton: true, ...c.extra, name: c.name })),
    rows: [],
  } as unknown as ExcelJS.TableProperties & Record<string, unknown>;
}
