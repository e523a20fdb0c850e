// Rolls back a write that failed half-way, from the backup the plan holds in memory, so the workbook is left as it
// was before the run. Used by every writer (goal fulfilment, allocation, scenarios).
import { scanWorkbook, type WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import { backupColumnOf, STATE_SHEET, type BackupBlock, type RunMeta } from "./state";
import { oldBackupClearOps, restoreStateOps } from "./runState";
import { ownedAfterUndo, undoOps, type UndoInput } from "./undo";
import { executeOps } from "./write";

/**
 * @param meta the metadata the failed run meant to write (what it added and created)
 * @param before the layout read before the run: whose fingerprints, metadata and sheets to return to. The add-in's
 *   own sheet is put back exactly as it was, the earlier run's record and backup included, so that run can still
 *   be undone.
 */
export async function rollBackWrite(
  context: Excel.RequestContext,
  meta: RunMeta,
  backup: BackupBlock[],
  before: WorkbookLayout
): Promise<"restored" | "completed"> {
  // A rollback reads no numbers: no decimal separator (ExcelApi 1.11) needed.
  const now = await scanWorkbook(context, { cultureInfo: false });
  const recorded = now.state?.meta.run;
  if (meta.run && recorded?.id === meta.run.id && recorded.status === "færdig") {
    // Excel applied the whole write, "færdig" marker included, and still reported the sync as failed: the run is
    // complete. Its last step (clearing the earlier backup) is done again, and nothing is rolled back.
    await executeOps(context, oldBackupClearOps(before.state?.meta, backupColumnOf(meta.run)));
    return "completed";
  }
  const undo: UndoInput = {
    meta: {
      ...meta,
      lastGoalRun: before.state?.meta.lastGoalRun,
      mapping: before.state?.meta.mapping,
    },
    backup,
    layout: now,
    previousFingerprintChunks: before.state?.fingerprintChunks ?? [],
  };
  let ops: WriteOp[] = undoOps(undo);
  if (before.state && now.state) {
    const run = meta.run;
    const rows =
      Math.max(
        meta.owned.fingerprintChunks,
        run?.previousFingerprintChunks ?? 0,
        run?.backupChunks ?? 0,
        before.state.fingerprintChunks.length,
        before.state.previousFingerprintChunks.length
      ) + 1;
    ops = ops.filter((op) => !("block" in op && op.block.sheet === STATE_SHEET));
    // The state sheet as it was, but for a sheet the failed run made: emptied, it is the add-in's from now on.
    const sheets = ownedAfterUndo(undo);
    const same = sheets.length === before.state.meta.owned.sheets.length;
    const restored = same
      ? before.state
      : {
          ...before.state,
          metaText: JSON.stringify({
            ...before.state.meta,
            owned: { ...before.state.meta.owned, sheets },
          }),
        };
    ops.push(...restoreStateOps(restored, backupColumnOf(run), rows));
  }
  await executeOps(context, ops);
  return "restored";
}
