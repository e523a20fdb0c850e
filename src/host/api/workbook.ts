// Excel.Workbook: the entry point of a batch (context.workbook).

import ExcelJS from "exceljs";
import { preflightXlsx } from "../../files/xlsxPreflight";
import { hostError, NotImplementedByHostError } from "../errors";
import { insertSheets, type InsertOptions } from "../model/insertSheets";
import type { HostWorkbook } from "../model/workbook";
import type { HostRequestContext } from "../runtime/context";
import { defineApi, HostClientResult, HostObject } from "../runtime/clientObject";
import { ApplicationApi } from "./application";
import { RangeApi } from "./range";
import { TableCollectionApi } from "./tables";
import { WorksheetCollectionApi } from "./worksheet";

export class WorkbookApi extends HostObject<HostWorkbook> {
  constructor(context: HostRequestContext) {
    super(context, { path: "workbook", locate: (exec) => exec.wb });
  }

  get worksheets(): WorksheetCollectionApi {
    return this._child(
      "worksheets",
      () =>
        new WorksheetCollectionApi(this.context, {
          path: "workbook.worksheets",
          locate: (exec) => exec.wb,
        })
    );
  }

  get tables(): TableCollectionApi {
    return this._child(
      "tables",
      () => new TableCollectionApi(this.context, { path: "workbook.tables", locate: () => ({}) })
    );
  }

  get protection(): WorkbookProtectionApi {
    return this._child(
      "protection",
      () =>
        new WorkbookProtectionApi(this.context, {
          path: "workbook.protection",
          locate: (exec) => exec.wb,
        })
    );
  }

  get application(): ApplicationApi {
    return this._child(
      "application",
      () => new ApplicationApi(this.context, "workbook.application")
    );
  }

  /**
   * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13; model/insertSheets.ts): the file is decoded and passes the
   * host's pre-flight before the sync runs; the sheets are copied in the sync. No undo support (the undo page).
   */
  insertWorksheetsFromBase64(
    base64File: string,
    options?: InsertOptions & { relativeTo?: string | { name?: string } }
  ): HostClientResult<string[]> {
    const location = "Workbook.insertWorksheetsFromBase64";
    let source: ExcelJS.Workbook | null = null;
    let problem = "";
    const prepare = async () => {
      try {
        const bytes = decodeBase64(String(base64File));
        await preflightXlsx(bytes);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
        source = wb;
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e);
      }
    };
    const relativeTo = options?.relativeTo;
    const result = new HostClientResult<string[]>();
    this.context._enqueue({
      path: this._path,
      member: "insertWorksheetsFromBase64",
      args: [`(${String(base64File).length} base64 characters)`, { ...options, relativeTo: null }],
      api: location,
      prepare,
      run: (exec) => {
        if (!source)
          throw hostError("InvalidArgument", location, `not a workbook Excel can read: ${problem}`);
        if (relativeTo !== undefined && typeof relativeTo !== "string")
          throw new NotImplementedByHostError("InsertWorksheetOptions.relativeTo as a Worksheet");
        const name = relativeTo;
        const sheets = insertSheets(
          exec.wb,
          source,
          { ...options, relativeTo: name },
          exec.journal,
          location
        );
        const ids = sheets.map((s) => s.id);
        exec.respond(ids);
        exec.onSuccess(() => result._resolve(ids));
      },
    });
    return result;
  }

  /** The selection of the active sheet (A1 until something is selected). */
  getSelectedRange(): RangeApi {
    return RangeApi._create(this, "getSelectedRange()", (exec) => ({
      sheet: exec.wb.activeSheet,
      rect: exec.wb.activeSheet.selection,
    }));
  }
}

/** Base64 to bytes, in Node and in the browser alike. */
function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

defineApi(WorkbookApi, "Workbook", { name: { get: (wb) => wb.name } }, [
  "worksheets",
  "tables",
  "application",
  "protection",
]);

/**
 * Excel.WorkbookProtection (ExcelApi 1.7): `protected`, protect(password?) "Protects the workbook. Fails if the
 * workbook has been protected." and unprotect(password?). The failure code is not documented; the host uses
 * AccessDenied, as for WorksheetProtection. Both calls have no undo support on any platform (undo page).
 */
export class WorkbookProtectionApi extends HostObject<HostWorkbook> {
  protect(password?: string): void {
    this._call("protect", [password === undefined ? null : "***"], (wb, exec, location) => {
      if (wb.structure.protected)
        throw hostError("AccessDenied", location, "the workbook is already protected");
      exec.journal.assign(wb, "structure", { protected: true, password });
    });
  }

  unprotect(password?: string): void {
    this._call("unprotect", [password === undefined ? null : "***"], (wb, exec, location) => {
      if (!wb.structure.protected) return;
      if (wb.structure.password !== undefined && wb.structure.password !== password)
        throw hostError("InvalidArgument", location, "wrong password");
      exec.journal.assign(wb, "structure", { protected: false });
    });
  }
}

defineApi(WorkbookProtectionApi, "WorkbookProtection", {
  protected: { get: (wb) => wb.structure.protected },
});
