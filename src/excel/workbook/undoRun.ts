// Fortryd seneste kørsel, and the recovery of a run that was interrupted half-way: both undo the run the workbook
// records (layout.state.meta.run) from the backup on the add-in's sheet, whichever writer made it.
import { scanWorkbook, type WorkbookLayout } from "./layout";
import { readBlocks } from "./readRanges";
import { officeErrorOf, UNDO_NOT_SUPPORTED, type ExcelRunner } from "./runner";
import { backupColumnOf, decodeBackup, STATE_SHEET } from "./state";
import { undoOps } from "./undo";
import { executeOps } from "./write";

export interface UndoOutcome {
  status: "undone" | "nothing" | "failed";
  message?: string;
  /**
   * Sheets the undone run had made (Oversigt, Fordeling, Scenarie N), now empty: the add-in never deletes a sheet
   * (Worksheet.delete clears the user's undo stack on every platform), so they stay, owned and reused by the next run.
   * The user may delete them.
   */
  emptied?: string[];
}

/** The sheet the recorded run made, if it is still there. */
function emptiedSheets(layout: WorkbookLayout): string[] {
  const run = layout.state?.meta.run;
  if (!run?.sheet || !run.sheetCreated) return [];
  return (layout.sheetNames ?? []).includes(run.sheet) ? [run.sheet] : [];
}

/**
 * Fingerprints of the run before the one being undone: column B once a run finished, or once an "i gang" run moved
 * them there (runState.ts); column A while a run is "i gang" before that (it had not replaced them yet).
 */
function ownershipBefore(layout: WorkbookLayout): string[] {
  const state = layout.state;
  if (!state) return [];
  const run = state.meta.run;
  return run?.status === "færdig" || run?.ownershipIn === "B"
    ? state.previousFingerprintChunks
    : state.fingerprintChunks;
}

/** Undoes the run the workbook records (layout.state.meta.run) from the backup on the add-in's sheet. */
async function undoRecordedRun(
  context: Excel.RequestContext,
  layout: WorkbookLayout
): Promise<void> {
  const state = layout.state!;
  const run = state.meta.run!;
  const [chunks] = await readBlocks(context, [
    {
      sheet: STATE_SHEET,
      rowIndex: 1,
      columnIndex: backupColumnOf(run),
      rowCount: Math.max(1, run.backupChunks),
      columnCount: 1,
      properties: ["values"],
      bytesPerRow: 40_000,
    },
  ]);
  const rows = ((chunks.values ?? []) as unknown[][]).slice(0, run.backupChunks);
  const backup = decodeBackup(rows.map((r) => r[0]));
  const ops = undoOps({
    meta: state.meta,
    backup,
    layout,
    previousFingerprintChunks: ownershipBefore(layout),
  });
  await executeOps(context, ops);
}

/**
 * A run found "i gang" was stopped half-way and could not be rolled back (Excel went away during the write and the
 * rollback). Before a new write, it is undone from its backup, so the new run starts from the user's workbook and its
 * own backup holds the user's values, not the half-written ones. Returns the workbook as it is afterwards.
 */
export async function recoverInterruptedRun(
  context: Excel.RequestContext,
  layout: WorkbookLayout
): Promise<WorkbookLayout> {
  if (layout.state?.meta.run?.status !== "i gang") return layout;
  await undoRecordedRun(context, layout);
  // The decimal separator is Excel's, not the workbook's: it is what the first scan read.
  const again = await scanWorkbook(context, { cultureInfo: false });
  return { ...again, decimalSeparator: layout.decimalSeparator };
}

/** Fortryd seneste kørsel. */
export async function undoLastRun(runner: ExcelRunner): Promise<UndoOutcome> {
  return runner(async (context) => {
    // Fortryd puts back what the backup holds and reads no numbers: no decimal separator (ExcelApi 1.11) needed.
    const layout = await scanWorkbook(context, { cultureInfo: false });
    if (!layout.state?.meta.run) return { status: "nothing" };
    try {
      await undoRecordedRun(context, layout);
      return { status: "undone", emptied: emptiedSheets(layout) };
    } catch (e) {
      // Excel would not make Fortryd one undo step: the runner runs it again ungrouped (it puts back the same values,
      // and the record it undoes is cleared last, so a second pass finishes what the first began).
      if (officeErrorOf(e).code === UNDO_NOT_SUPPORTED) throw e;
      return { status: "failed", message: officeErrorOf(e).message };
    }
  });
}
