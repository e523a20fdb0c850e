// "Hent sidste års projektmappe": a goal sheet of another workbook brought into this one, so Sammenlign can put it
// beside this year's. Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13; the caller checks isSetSupported):
// https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
//  - "By default, all the worksheets from the source workbook are inserted at the end of the current workbook";
//    sheetNamesToInsert names the goal sheets only, positionType "Before" relativeTo this year's goal sheet, else
//    "End" (Excel.InsertWorksheetOptions);
//  - it has no undo support on any platform (learn.microsoft.com/office/dev/add-ins/excel/
//    excel-add-ins-undo-capabilities, "Unsupported APIs"): inserting clears the user's Excel undo history, so the pane
//    says so before the user picks the file; in an undo group Excel refuses it with UndoNotSupported, and the pane's
//    runner (groupingRunner) then runs this batch again ungrouped, so that error is passed on, never swallowed;
//  - in Excel on the web "the source worksheets also can't contain PivotTable, Chart, Comment, or Slicer elements. If
//    they do, the method returns an UnsupportedFeature error" (the workbooks article, "Copy worksheets from another
//    workbook"): said in Danish below;
//  - what Excel does with a sheet name the workbook has already is not documented: the names are checked first, and
//    nothing is inserted when one is taken (the user renames one of them).
import { officeErrorOf, UNDO_NOT_SUPPORTED, type ExcelRunner } from "../workbook/runner";

export type InsertOutcome =
  | { status: "inserted"; sheets: string[] }
  /** Sheets of these names are in the workbook already: nothing was inserted. */
  | { status: "clash"; sheets: string[] }
  | { status: "failed"; code: string; message: string };

/**
 * Inserts the named sheets of the .xlsx (as base64) before the sheet `before` (this year's goal sheet: last year's
 * then reads first, left to right, and Sammenlign compares in that order), or at the end without one. One Excel.run
 * of two syncs.
 */
export async function insertGoalSheets(
  runner: ExcelRunner,
  base64File: string,
  sheetNames: string[],
  before?: string
): Promise<InsertOutcome> {
  return runner(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const clash = sheetNames.filter((n) => taken.has(n.toLowerCase()));
    if (clash.length > 0) return { status: "clash", sheets: clash };
    try {
      const at = before !== undefined && taken.has(before.toLowerCase()) ? before : undefined;
      context.workbook.insertWorksheetsFromBase64(base64File, {
        sheetNamesToInsert: sheetNames,
        ...(at
          ? { positionType: "Before" as Excel.WorksheetPositionType, relativeTo: at }
          : { positionType: "End" as Excel.WorksheetPositionType }),
      });
      await context.sync();
      return { status: "inserted", sheets: sheetNames };
    } catch (e) {
      const { code, message } = officeErrorOf(e);
      if (code === UNDO_NOT_SUPPORTED) throw e;
      return { status: "failed", code, message };
    }
  });
}
