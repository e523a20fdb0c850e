// Excel.Workbook: the entry point of a batch (context.workbook).

import { hostError } from "../errors";
import type { HostWorkbook } from "../model/workbook";
import type { HostRequestContext } from "../runtime/context";
import { defineApi, HostObject } from "../runtime/clientObject";
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

  /** The selection of the active sheet (A1 until something is selected). */
  getSelectedRange(): RangeApi {
    return RangeApi._create(this, "getSelectedRange()", (exec) => ({
      sheet: exec.wb.activeSheet,
      rect: exec.wb.activeSheet.selection,
    }));
  }
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
