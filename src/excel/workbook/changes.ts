// Listening for edits to a sheet the pane shows: Worksheet.onChanged (ExcelApi 1.7, the manifest's minimum;
// learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member). A sheet rather
// than Table.onChanged, so a goal table in a plain range is watched too.
// Excel raises the event for the add-in's own writes as well ("Events within an Excel workbook can be triggered by:
// … Office Add-in (JavaScript) code that changes the workbook", learn.microsoft.com/office/dev/add-ins/excel/
// excel-add-ins-events), so the pane ignores events while its own runs are under way (ownRuns.ts in the pane); and a
// fast run of edits may arrive as fewer events (OfficeDev/office-js#1760), so listeners debounce and read again
// rather than count. The handler is added once per sheet for the pane's life and switched off (not removed) when the
// pane looks elsewhere: removing needs an Excel.run on the context it was added in ("Remove event handlers using the
// remove method with the same RequestContext", same page), which the runner does not offer; handlers go when the
// pane closes ("destroyed when the add-in refreshes or closes", same page).
import type { ExcelRunner } from "./runner";

/** What the pane reads of Excel.WorksheetChangedEventArgs. */
export interface SheetChange {
  /** The changed area, without the sheet's name ("D4", "D4:E5"). */
  address: string;
}

/**
 * Adds `handler` to the sheet's onChanged. Resolves false when the sheet is not there (nothing added); a host without
 * ExcelApi 1.7 throws ApiNotFound (the caller goes without).
 */
export async function listenToSheet(
  runner: ExcelRunner,
  sheet: string,
  handler: (change: SheetChange) => void
): Promise<boolean> {
  return runner(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (ws.isNullObject) return false;
    ws.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) =>
      handler({ address: args.address })
    );
    await context.sync();
    return true;
  });
}
