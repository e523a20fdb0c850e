// Excel.TableCollection (workbook- and sheet-level), Table, TableColumnCollection, TableColumn, TableRowCollection.

import { hostError } from "../errors";
import { readValues, writeContents, type RangeRef } from "../model/ranges";
import type { SheetEntity } from "../model/sheet";
import {
  addTable,
  addTableColumn,
  bodyRect,
  deleteTableColumn,
  columnRect,
  deleteTable,
  headerRect,
  renameTable,
  tableByName,
  totalsRect,
  type TableColumnEntity,
  type TableEntity,
} from "../model/tables";
import { writeCell } from "../model/cells";
import { syncTableHeaders } from "../model/tables";
import { assertEditable } from "../model/sheet";
import type { Exec } from "../runtime/engine";
import { defineApi, HostClientResult, HostCollection, HostObject } from "../runtime/clientObject";
import { rangeArgument, wire } from "./arguments";
import { RangeApi } from "./range";
import { notYetCreated, WorksheetApi } from "./worksheet";

/** The scope of a table collection: the workbook (sheet undefined) or one sheet. */
export interface TableScope {
  sheet?: SheetEntity;
}

export class TableCollectionApi extends HostCollection<TableScope, TableEntity, TableApi> {
  protected _list(scope: TableScope, exec: Exec): TableEntity[] {
    return exec.wb.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet);
  }

  protected override _alive(scope: TableScope): boolean {
    return !scope.sheet || scope.sheet.alive;
  }

  protected _item(table: TableEntity | undefined): TableApi {
    return new TableApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(table?.id ?? "")})`,
      locate: () => table ?? null,
      bound: table,
    });
  }

  private _find(scope: TableScope, exec: Exec, key: string): TableEntity | undefined {
    const found =
      exec.wb.tables.find((t) => t.id === String(key)) ?? tableByName(exec.wb, String(key));
    return found && (!scope.sheet || found.sheet === scope.sheet) ? found : undefined;
  }

  getItem(key: string): TableApi {
    return new TableApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(key)})`,
      locate: this._via((scope, exec) => {
        const table = this._find(scope, exec, key);
        if (!table) throw hostError("ItemNotFound", "TableCollection.getItem", `no table '${key}'`);
        return table;
      }),
    });
  }

  getItemOrNullObject(key: string): TableApi {
    return new TableApi(this.context, {
      path: `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      locate: this._via((scope, exec) => this._find(scope, exec, key) ?? null),
    })._instantiate("getItemOrNullObject");
  }

  getItemAt(index: number): TableApi {
    return new TableApi(this.context, {
      path: `${this._path}.getItemAt(${index})`,
      locate: this._via((scope, exec) => {
        const table = this._list(scope, exec)[index];
        if (!table)
          throw hostError("InvalidArgument", "TableCollection.getItemAt", `no table at ${index}`);
        return table;
      }),
    });
  }

  getCount(): HostClientResult<number> {
    return this._result("getCount", [], (scope, exec) => this._list(scope, exec).length);
  }

  /** add(address, hasHeaders): the address may name its sheet; otherwise it is this collection's sheet (or, for
   * workbook.tables, the active sheet). Header cells become the column names (blank → "ColumnN"). */
  add(address: unknown, hasHeaders: boolean): TableApi {
    const created = new TableApi(this.context, {
      path: `${this._path}.add(${JSON.stringify(wire([address])[0])})`,
      locate: notYetCreated,
    });
    this._call("add", wire([address, hasHeaders]), (scope, exec, location) => {
      const ref = rangeArgument(address, exec, scope.sheet ?? exec.wb.activeSheet, location);
      if (scope.sheet && ref.sheet !== scope.sheet)
        throw hostError("InvalidArgument", location, "the range is on another sheet");
      created._bind(
        addTable(exec.wb, ref.sheet, ref.rect, hasHeaders !== false, exec.journal, location),
        exec
      );
    });
    return created;
  }
}

defineApi(TableCollectionApi, "TableCollection", {
  count: {
    get: (scope, exec) =>
      exec.wb.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet).length,
  },
});

export class TableApi extends HostObject<TableEntity> {
  get columns(): TableColumnCollectionApi {
    return this._child(
      "columns",
      () =>
        new TableColumnCollectionApi(this.context, {
          path: `${this._path}.columns`,
          locate: this._via((t) => t),
        })
    );
  }

  get rows(): TableRowCollectionApi {
    return this._child(
      "rows",
      () =>
        new TableRowCollectionApi(this.context, {
          path: `${this._path}.rows`,
          locate: this._via((t) => t),
        })
    );
  }

  get worksheet(): WorksheetApi {
    return this._child(
      "worksheet",
      () =>
        new WorksheetApi(this.context, {
          path: `${this._path}.worksheet`,
          locate: this._via((t) => t.sheet),
        })
    );
  }

  private _range(call: string, area: (table: TableEntity) => RangeRef["rect"] | null): RangeApi {
    return RangeApi._create(
      this,
      call,
      this._via((table) => {
        const found = area(table);
        if (!found)
          throw hostError(
            "InvalidOperation",
            `Table.${call}`,
            `table '${table.name}' has no such part`
          );
        return { sheet: table.sheet, rect: found };
      })
    );
  }

  getRange(): RangeApi {
    return this._range("getRange()", (t) => t.rect);
  }

  getHeaderRowRange(): RangeApi {
    return this._range("getHeaderRowRange()", headerRect);
  }

  /** The body excludes a totals row; the table's range (getRange) includes it. */
  getDataBodyRange(): RangeApi {
    return this._range("getDataBodyRange()", bodyRect);
  }

  /** "Gets the range object associated with the totals row of the table." (ExcelApi 1.1). Without a totals row the
   * host fails with InvalidOperation (Excel's behaviour there is not documented). */
  getTotalRowRange(): RangeApi {
    return this._range("getTotalRowRange()", totalsRect);
  }

  delete(): void {
    this._call("delete", [], (table, exec, location) =>
      deleteTable(exec.wb, table, exec.journal, location)
    );
  }
}

defineApi(
  TableApi,
  "Table",
  {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, value, exec, location) => renameTable(exec.wb, t, value, exec.journal, location),
    },
    showHeaders: { get: (t) => t.showHeaders },
    showTotals: { get: (t) => t.showTotals },
    style: { get: (t) => String(t.style.theme ?? "TableStyleMedium2") },
  },
  ["columns", "rows", "worksheet"]
);

/** A table column as an entity: the table and the column model (which is replaced, never mutated). */
export interface ColumnRef {
  table: TableEntity;
  id: number;
}

function columnOf(ref: ColumnRef): { column: TableColumnEntity; index: number } {
  const index = ref.table.columns.findIndex((c) => c.id === ref.id);
  return { column: ref.table.columns[index], index };
}

export class TableColumnCollectionApi extends HostCollection<
  TableEntity,
  ColumnRef,
  TableColumnApi
> {
  protected _list(table: TableEntity): ColumnRef[] {
    return table.columns.map((c) => ({ table, id: c.id }));
  }

  protected _item(ref: ColumnRef | undefined): TableColumnApi {
    return new TableColumnApi(this.context, {
      path: `${this._path}.getItem(${ref?.id ?? 0})`,
      locate: () => ref ?? null,
      bound: ref,
    });
  }

  private _find(table: TableEntity, key: string | number): ColumnRef | null {
    const byId = typeof key === "number" ? table.columns.find((c) => c.id === key) : undefined;
    const byName = table.columns.find((c) => c.name.toLowerCase() === String(key).toLowerCase());
    const column = byId ?? byName ?? table.columns.find((c) => String(c.id) === String(key));
    return column ? { table, id: column.id } : null;
  }

  /** By name or id. */
  getItem(key: string | number): TableColumnApi {
    return new TableColumnApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(key)})`,
      locate: this._via((table) => {
        const found = this._find(table, key);
        if (!found)
          throw hostError("ItemNotFound", "TableColumnCollection.getItem", `no column '${key}'`);
        return found;
      }),
    });
  }

  getItemOrNullObject(key: string | number): TableColumnApi {
    return new TableColumnApi(this.context, {
      path: `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      locate: this._via((table) => this._find(table, key)),
    })._instantiate("getItemOrNullObject");
  }

  getItemAt(index: number): TableColumnApi {
    return new TableColumnApi(this.context, {
      path: `${this._path}.getItemAt(${index})`,
      locate: this._via((table) => {
        const column = table.columns[index];
        if (!column)
          throw hostError(
            "InvalidArgument",
            "TableColumnCollection.getItemAt",
            `no column at ${index}`
          );
        return { table, id: column.id };
      }),
    });
  }

  getCount(): HostClientResult<number> {
    return this._result("getCount", [], (table) => table.columns.length);
  }

  /** Widens the table by one column (at `index`, or on the right); `values` is the whole column, header first. */
  add(index?: number | null, values?: unknown[][] | null, name?: string | null): TableColumnApi {
    const created = new TableColumnApi(this.context, {
      path: `${this._path}.add(${index ?? null})`,
      locate: notYetCreated,
    });
    this._call("add", [index ?? null, values ?? null, name ?? null], (table, exec, location) => {
      const column = addTableColumn(exec.wb, table, index, values, name, exec.journal, location);
      const ref: ColumnRef = { table, id: column.id };
      if (values) {
        const at = columnOf(ref).index;
        const area = columnRect(table, at, "all")!;
        const body = table.showHeaders ? values.slice(1) : values;
        body.forEach((line, i) => {
          if (line[0] !== null && line[0] !== undefined)
            writeColumnCell(
              exec,
              table,
              area.row + (table.showHeaders ? 1 : 0) + i,
              area.col,
              line[0],
              location
            );
        });
      }
      created._bind(ref, exec);
    });
    return created;
  }
}

// Values written by columns.add follow the same rules as Range.values (formulas, typed-input parsing).
function writeColumnCell(
  exec: Exec,
  table: TableEntity,
  row: number,
  col: number,
  value: unknown,
  location: string
): void {
  writeContents(
    exec.wb,
    { sheet: table.sheet, rect: { row, col, rowCount: 1, colCount: 1 } },
    [[value]],
    exec.journal,
    location
  );
}

defineApi(TableColumnCollectionApi, "TableColumnCollection", {
  count: { get: (table) => table.columns.length },
});

export class TableColumnApi extends HostObject<ColumnRef> {
  protected override _alive(ref: ColumnRef): boolean {
    return ref.table.alive && columnOf(ref).index >= 0;
  }

  private _range(call: string, part: "all" | "body" | "header" | "totals"): RangeApi {
    return RangeApi._create(
      this,
      call,
      this._via((ref) => {
        const found = columnRect(ref.table, columnOf(ref).index, part);
        if (!found)
          throw hostError("InvalidOperation", `TableColumn.${call}`, "the table has no such part");
        return { sheet: ref.table.sheet, rect: found };
      })
    );
  }

  getRange(): RangeApi {
    return this._range("getRange()", "all");
  }

  getDataBodyRange(): RangeApi {
    return this._range("getDataBodyRange()", "body");
  }

  getHeaderRowRange(): RangeApi {
    return this._range("getHeaderRowRange()", "header");
  }

  getTotalRowRange(): RangeApi {
    return this._range("getTotalRowRange()", "totals");
  }

  delete(): void {
    this._call("delete", [], (ref, exec, location) =>
      deleteTableColumn(exec.wb, ref.table, ref.id, exec.journal, location)
    );
  }
}

defineApi(TableColumnApi, "TableColumn", {
  id: { get: (ref) => ref.id },
  index: { get: (ref) => columnOf(ref).index },
  name: {
    get: (ref) => columnOf(ref).column.name,
    // Renaming a column rewrites its header cell (Excel keeps them equal).
    set: (ref, value, exec, location) => {
      if (typeof value !== "string" || value === "")
        throw hostError("InvalidArgument", location, "a column name must be text");
      const header = columnRect(ref.table, columnOf(ref).index, "header");
      if (!header) throw hostError("InvalidOperation", location, "the table has no header row");
      assertEditable(ref.table.sheet, "cells", location, header);
      writeCell(ref.table.sheet, header.row, header.col, value, undefined, exec.journal);
      syncTableHeaders(exec.wb, ref.table.sheet, header, exec.journal);
    },
  },
  values: {
    get: (ref, exec) =>
      readValues(exec.wb, {
        sheet: ref.table.sheet,
        rect: columnRect(ref.table, columnOf(ref).index, "all")!,
      }),
  },
});

export class TableRowCollectionApi extends HostObject<TableEntity> {
  getCount(): HostClientResult<number> {
    return this._result("getCount", [], (table) => bodyRect(table)?.rowCount ?? 0);
  }
}

defineApi(TableRowCollectionApi, "TableRowCollection", {
  count: { get: (table) => bodyRect(table)?.rowCount ?? 0 },
});
