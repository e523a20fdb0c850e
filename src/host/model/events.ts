// Worksheet.onChanged in the host: handlers registered through the API are told, after the sync that changed cells,
// which area of their sheet changed. Only what the add-in relies on is modelled:
//  - "Occurs when data changes in a specific worksheet." (Worksheet.onChanged, ExcelApi 1.7,
//    learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member);
//  - the add-in's own writes raise it too: "Events within an Excel workbook can be triggered by: … Office Add-in
//    (JavaScript) code that changes the workbook" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events,
//    "Event triggers"), and so do the workbench's edits, which are API writes (src/workbench);
//  - the payload fields the pane reads, from Excel.WorksheetChangedEventArgs
//    (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs): `address` ("the range address that
//    represents the changed area of a specific worksheet", without the sheet's name), `worksheetId`, `type`
//    ("WorksheetChanged"), `changeType` ("RangeEdited" for cell edits) and `source` ("Local" | "Remote");
//  - handlers run after the request that changed the cells, never inside it (asynchronously here; Excel gives no
//    timing), and a fast run of edits may be reported as fewer events (OfficeDev/office-js#1760): listeners debounce
//    and read the table again rather than count events.
// One event per sheet per sync, covering every cell (value or format) the sync wrote; a rolled-back sync raises none.
import { formatRect, rect } from "../address";
import type { SheetEntity } from "./sheet";

export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  address: string;
}

export type ChangeHandler = (args: WorksheetChangedArgs) => unknown;

export interface CellChange {
  sheet: SheetEntity;
  row: number;
  col: number;
}

export class HostEvents {
  private readonly sheetHandlers = new Map<SheetEntity, Set<ChangeHandler>>();

  add(sheet: SheetEntity, handler: ChangeHandler): void {
    const set = this.sheetHandlers.get(sheet) ?? new Set<ChangeHandler>();
    set.add(handler);
    this.sheetHandlers.set(sheet, set);
  }

  remove(sheet: SheetEntity, handler: ChangeHandler): void {
    this.sheetHandlers.get(sheet)?.delete(handler);
  }

  /** How many handlers listen (tests check that a pane removes its own). */
  get count(): number {
    let n = 0;
    for (const set of this.sheetHandlers.values()) n += set.size;
    return n;
  }

  /** After a sync: one event per sheet with handlers, its area the box around every cell the sync wrote there. */
  raise(changes: CellChange[]): void {
    const boxes = new Map<
      SheetEntity,
      { top: number; left: number; bottom: number; right: number }
    >();
    for (const { sheet, row, col } of changes) {
      if (!this.sheetHandlers.get(sheet)?.size) continue;
      const b = boxes.get(sheet);
      if (!b) boxes.set(sheet, { top: row, left: col, bottom: row, right: col });
      else {
        b.top = Math.min(b.top, row);
        b.left = Math.min(b.left, col);
        b.bottom = Math.max(b.bottom, row);
        b.right = Math.max(b.right, col);
      }
    }
    for (const [sheet, b] of boxes) {
      const args: WorksheetChangedArgs = {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: sheet.id,
        address: formatRect(rect(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1)),
      };
      for (const handler of [...(this.sheetHandlers.get(sheet) ?? [])]) {
        setTimeout(() => {
          // A handler's failure is its own (Office.js reports it to the console), never the writer's.
          Promise.resolve()
            .then(() => handler(args))
            .catch(() => undefined);
        }, 0);
      }
    }
  }
}
