// Fortryd seneste kørsel, and the recovery of a run that was interrupted half-way: both undo the run the workbook
// records (layout.state.meta.run) from the backup on the add-in's sheet, whichever writer made it.
import { scanWorkbook, type WorkbookLayout } from "./layout";
import { readBlocks } from "./readRanges";
import { officeErrorOf, UNDO_NOT_SUPPORTED, type ExcelRunner } from "./runner";
import { lastRunOf, type LastRun } from "./lastRun";
import { backupColumnOf, decodeBackup, parseMeta, STATE_SHEET, type Writer } from "./state";
import { undoOps } from "./undo";
import { executeOps } from "./write";

export type { LastRun };

export interface UndoOutcome {
  /** "notLatest": asked to undo one writer's run while the workbook's latest run is another's; nothing was undone. */
  status: "undone" | "nothing" | "failed" | "notLatest";
  message?: string;
  /** With "notLatest": the run Fortryd would undo (whose it is, and when). */
  latest?: LastRun;
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

/**
 * The run the workbook records (the one Fortryd would undo), read from A1 of the add-in's sheet alone: two syncs, no
 * scan. Undefined when the workbook has no such sheet or no run to undo.
 */
export async function readLastRun(runner: ExcelRunner): Promise<LastRun | undefined> {
  return runner(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
    await context.sync();
    if (sheet.isNullObject) return undefined;
    const a1 = sheet.getRange("A1");
    a1.load("values");
    await context.sync();
    return lastRunOf(parseMeta(a1.values[0]?.[0]));
  });
}

/**
 * Fortryd seneste kørsel. With `writer` (a section's own Fortryd), only when the workbook's latest run is that
 * writer's: the state sheet keeps one run's backup, so an earlier write of this section can no longer be undone, and
 * another section's write is not this section's to undo ("notLatest", nothing changed). Checked inside the same
 * Excel.run as the undo, so a write that lands in between is never undone by mistake.
 */
export async function undoLastRun(runner: ExcelRunner, writer?: Writer): Promise<UndoOutcome> {
  return runner(async (context) => {
    // Fortryd puts back what the backup holds and reads no numbers: no decimal separator (ExcelApi 1.11) needed.
    const layout = await scanWorkbook(context, { cultureInfo: false });
    if (!layout.state?.meta.run) return { status: "nothing" };
    if (writer && layout.state.meta.run.writer !== writer)
      return { status: "notLatest", latest: lastRunOf(layout.state.meta) };
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
