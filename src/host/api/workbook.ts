// Excel.Workbook: the entry point of a batch (context.workbook).

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
]);
