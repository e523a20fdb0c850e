// Excel.WorksheetCollection, Worksheet and WorksheetProtection.

import type { ChangeHandler } from "../model/events";
import { MAX_COLUMNS, MAX_ROWS, parseAddress, rect } from "../address";
import { hostError } from "../errors";
import { usedRect } from "../model/cells";
import type { RangeRef } from "../model/ranges";
import type { SheetEntity, SheetVisibility } from "../model/sheet";
import type { HostWorkbook } from "../model/workbook";
import type { Exec } from "../runtime/engine";
import {
  defineApi,
  HostClientResult,
  HostCollection,
  HostObject,
  type ScalarTable,
} from "../runtime/clientObject";
import { checkedRect, enumArgument } from "./arguments";
import { AutoFilterApi } from "./autoFilter";
import { ChartCollectionApi } from "./charts";
import { RangeApi } from "./range";
import { TableCollectionApi } from "./tables";

const VISIBILITIES: readonly SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetCollectionApi extends HostCollection<
  HostWorkbook,
  SheetEntity,
  WorksheetApi
> {
  protected _list(wb: HostWorkbook): SheetEntity[] {
    return wb.sheets;
  }

  protected _item(sheet: SheetEntity | undefined): WorksheetApi {
    return new WorksheetApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(sheet?.id ?? "")})`,
      locate: () => sheet ?? null,
      bound: sheet,
    });
  }

  /** By name or by id, as in Office.js. */
  getItem(key: string): WorksheetApi {
    return new WorksheetApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(key)})`,
      locate: this._via((wb) => {
        const sheet = wb.sheetByKey(String(key));
        if (!sheet)
          throw hostError("ItemNotFound", "WorksheetCollection.getItem", `no sheet '${key}'`);
        return sheet;
      }),
    });
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return new WorksheetApi(this.context, {
      path: `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      locate: this._via((wb) => wb.sheetByKey(String(key)) ?? null),
    })._instantiate("getItemOrNullObject");
  }

  getActiveWorksheet(): WorksheetApi {
    return new WorksheetApi(this.context, {
      path: `${this._path}.getActiveWorksheet()`,
      locate: this._via((wb) => wb.activeSheet),
    });
  }

  /** Adds a sheet at the end (Excel's "SheetN" when no name is given); it is not activated. */
  add(name?: string): WorksheetApi {
    const created = new WorksheetApi(this.context, {
      path: `${this._path}.add(${JSON.stringify(name ?? null)})`,
      locate: notYetCreated,
    });
    this._call("add", [name ?? null], (wb, exec, location) => {
      created._bind(wb.addSheet(name ?? wb.defaultSheetName(), exec.journal, location), exec);
    });
    return created;
  }

  getCount(): HostClientResult<number> {
    return this._result("getCount", [], (wb) => wb.sheets.length);
  }
}

defineApi(WorksheetCollectionApi, "WorksheetCollection", {});

/** Locator of objects returned by add(): they exist only once their add operation ran. */
export function notYetCreated(): never {
  throw hostError("InvalidObjectPath", "add", "the object's add() did not run");
}

const WORKSHEET_SCALARS: ScalarTable<SheetEntity> = {
  id: { get: (sheet) => sheet.id },
  name: {
    get: (sheet) => sheet.name,
    set: (sheet, value, exec, location) => {
      if (typeof value !== "string")
        throw hostError("InvalidArgument", location, "name must be text");
      exec.wb.renameSheet(sheet, value, exec.journal, location);
    },
  },
  position: {
    get: (sheet, exec) => exec.wb.sheets.indexOf(sheet),
    set: (sheet, value, exec, location) =>
      exec.wb.moveSheet(sheet, value as number, exec.journal, location),
  },
  visibility: {
    get: (sheet) => sheet.visibility,
    set: (sheet, value, exec, location) =>
      exec.wb.setVisibility(
        sheet,
        enumArgument(value, VISIBILITIES, location),
        exec.journal,
        location
      ),
  },
};

/** OfficeExtension.EventHandlerResult: the context it was added in, and how to remove it. */
export interface HostEventHandlerResult {
  context: unknown;
  remove(): void;
}

export class WorksheetApi extends HostObject<SheetEntity> {
  get tables(): TableCollectionApi {
    return this._child(
      "tables",
      () =>
        new TableCollectionApi(this.context, {
          path: `${this._path}.tables`,
          locate: this._via((sheet) => ({ sheet })),
        })
    );
  }

  get charts(): ChartCollectionApi {
    return this._child(
      "charts",
      () =>
        new ChartCollectionApi(this.context, {
          path: `${this._path}.charts`,
          locate: this._via((sheet) => sheet),
        })
    );
  }

  /** The sheet's AutoFilter (ExcelApi 1.9; api/autoFilter.ts). */
  get autoFilter(): AutoFilterApi {
    return this._child(
      "autoFilter",
      () =>
        new AutoFilterApi(this.context, {
          path: `${this._path}.autoFilter`,
          locate: this._via((sheet) => sheet),
        })
    );
  }

  get protection(): WorksheetProtectionApi {
    return this._child(
      "protection",
      () =>
        new WorksheetProtectionApi(this.context, {
          path: `${this._path}.protection`,
          locate: this._via((sheet) => sheet),
        })
    );
  }

  private _range(
    call: string,
    locate: (sheet: SheetEntity, exec: Exec, location: string) => RangeRef | null,
    nullable = false
  ): RangeApi {
    const location = `Worksheet.${call.slice(0, call.indexOf("("))}`;
    const range = RangeApi._create(
      this,
      call,
      this._via((sheet, exec) => locate(sheet, exec, location))
    );
    return nullable ? range._instantiate(location) : range;
  }

  /** "A1", "B2:D9", "B:D", "3:9", or this sheet's name + "!" + one of those; no address: the whole sheet. */
  getRange(address?: string): RangeApi {
    return this._range(`getRange(${JSON.stringify(address ?? "")})`, (sheet, _exec, location) => {
      if (address === undefined || address === "")
        return { sheet, rect: rect(0, 0, MAX_ROWS, MAX_COLUMNS) };
      const parsed = parseAddress(String(address));
      if (!parsed)
        throw hostError("InvalidArgument", location, `not an address: ${JSON.stringify(address)}`);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw hostError("InvalidArgument", location, `${address} is not on sheet '${sheet.name}'`);
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeApi {
    return this._range(
      `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`,
      (sheet, _exec, location) => ({
        sheet,
        rect: checkedRect(rect(startRow, startColumn, rowCount, columnCount), location),
      })
    );
  }

  getCell(row: number, column: number): RangeApi {
    return this._range(`getCell(${row}, ${column})`, (sheet, _exec, location) => ({
      sheet,
      rect: checkedRect(rect(row, column), location),
    }));
  }

  /** The used range; a blank sheet gives A1 (Office.js does not throw here). */
  getUsedRange(valuesOnly?: boolean): RangeApi {
    return this._range(`getUsedRange(${valuesOnly ?? ""})`, (sheet) => ({
      sheet,
      rect: usedRect(sheet, !!valuesOnly) ?? rect(0, 0),
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi {
    return this._range(
      `getUsedRangeOrNullObject(${valuesOnly ?? ""})`,
      (sheet) => {
        const used = usedRect(sheet, !!valuesOnly);
        return used ? { sheet, rect: used } : null;
      },
      true
    );
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7): `add(handler)` registers at the next sync and returns the handler's
   * EventHandlerResult; its `remove()` unregisters at the next sync of the same context ("Remove event handlers using
   * the remove method with the same RequestContext", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
   * The events themselves: model/events.ts.
   */
  get onChanged(): { add(handler: ChangeHandler): HostEventHandlerResult } {
    return {
      add: (handler) => {
        let registered: SheetEntity | null = null;
        this._call("onChanged", [], (sheet, exec) => {
          registered = sheet;
          exec.wb.events.add(sheet, handler);
        });
        return {
          context: this.context,
          remove: () => {
            this._call("onChanged", [], (_sheet, exec) => {
              if (registered) exec.wb.events.remove(registered, handler);
            });
          },
        };
      },
    };
  }

  activate(): void {
    this._call("activate", [], (sheet, exec, location) =>
      exec.wb.activate(sheet, exec.journal, location)
    );
  }

  delete(): void {
    this._call("delete", [], (sheet, exec, location) =>
      exec.wb.deleteSheet(sheet, exec.journal, location)
    );
  }
}

defineApi(WorksheetApi, "Worksheet", WORKSHEET_SCALARS, [
  "tables",
  "charts",
  "protection",
  "autoFilter",
]);

export class WorksheetProtectionApi extends HostObject<SheetEntity> {
  /** Fails when already protected (documented); Excel reports AccessDenied. The password is not stored in the
   * .xlsx by the host (ExcelJS would need to hash it), but unprotect checks it. */
  protect(options?: Record<string, boolean>, password?: string): void {
    this._call(
      "protect",
      [options ?? null, password === undefined ? null : "***"],
      (sheet, exec, location) => {
        if (sheet.protection.protected)
          throw hostError("AccessDenied", location, `'${sheet.name}' is already protected`);
        exec.journal.assign(sheet, "protection", {
          ...sheet.protection,
          protected: true,
          options: { ...(options ?? {}) },
          password,
        });
      }
    );
  }

  unprotect(password?: string): void {
    this._call("unprotect", [password === undefined ? null : "***"], (sheet, exec, location) => {
      if (!sheet.protection.protected) return;
      const expected = sheet.protection.password;
      if (expected !== undefined && expected !== password)
        throw hostError("InvalidArgument", location, "wrong password");
      exec.journal.assign(sheet, "protection", { protected: false, options: {} });
    });
  }
}

defineApi(WorksheetProtectionApi, "WorksheetProtection", {
  protected: { get: (sheet) => sheet.protection.protected },
  options: { get: (sheet) => ({ ...sheet.protection.options }) },
});
