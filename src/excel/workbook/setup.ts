// The add-in's very hidden state sheet is made once per workbook, in an Excel.run of its own before the first write,
// never inside the run that writes the user's cells:
//  - Hiding a sheet (setting Worksheet.visibility) has undo support in Excel on the web but not in Excel on Windows
//    and Mac; inside a mergeUndoGroup run Excel then throws UndoNotSupported, and outside one "the user's undo stack
//    is cleared starting from that API call" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities,
//    "Unsupported APIs"). Made apart, the run that writes stays one undo step on every platform; on Windows and Mac
//    the user's earlier undo history ends at this one call, once in the workbook's life.
//  - OfficeDev/office-js#6001 (open): Excel on Windows crashes on Ctrl+Z after a mergeUndoGroup run that added a
//    VeryHidden sheet and wrote a cell, which is what a first run did when the sheet was made inside it.
// The runner tries the batch as one undo group and, where Excel refuses that (UndoNotSupported on Windows and Mac),
// runs it again ungrouped (runner.ts); the batch is idempotent, so the second try finishes what the first began.
import { officeErrorOf, UNDO_NOT_SUPPORTED } from "./runner";
import { STATE_SHEET } from "./state";

/** Adds the state sheet, very hidden, unless it exists; hides it if it exists but is visible only because a refused
 * first try added it and could not hide it. Two syncs (one when the sheet is there). */
export async function ensureStateSheet(context: Excel.RequestContext): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  existing.load("visibility");
  await context.sync();
  if (!existing.isNullObject) {
    if (existing.visibility === "VeryHidden") return;
    existing.visibility = "VeryHidden" as Excel.SheetVisibility;
  } else {
    const sheet = context.workbook.worksheets.add(STATE_SHEET);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  }
  try {
    await context.sync();
  } catch (e) {
    // A refused undo group: the runner runs this again ungrouped, which hides the sheet (above).
    if (officeErrorOf(e).code === UNDO_NOT_SUPPORTED) throw e;
    // Excel applies a sync's operations in order and stops at a failure, so the sheet may have been added and not
    // hidden. Hide it once more before reporting the failure: a visible "Målopfyldelse_data" is never left behind.
    const added = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
    added.load("visibility");
    await context.sync();
    if (!added.isNullObject && added.visibility !== "VeryHidden") {
      added.visibility = "VeryHidden" as Excel.SheetVisibility;
      await context.sync();
    }
    throw e;
  }
}
