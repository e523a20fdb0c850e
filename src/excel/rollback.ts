// Rolls back a write that failed half-way, from the backup the plan holds in memory, so the workbook is left as it
// was before the run. Used by every writer (goal fulfilment, allocation, scenarios).
import { scanWorkbook, type WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import { STATE_SHEET, type BackupBlock, type RunMeta } from "./state";
import { undoOps } from "./undo";
import { executeOps } from "./write";

/**
 * @param meta the metadata the failed run meant to write (what it added and created)
 * @param before the layout read before the run: whose fingerprints, metadata and sheets to return to
 */
export async function rollBackWrite(
  context: Excel.RequestContext,
  meta: RunMeta,
  backup: BackupBlock[],
  before: WorkbookLayout
): Promise<void> {
  const now = await scanWorkbook(context);
  let ops: WriteOp[] = undoOps({
    meta: {
      ...meta,
      lastGoalRun: before.state?.meta.lastGoalRun,
      mapping: before.state?.meta.mapping,
    },
    backup,
    layout: now,
    previousFingerprintChunks: before.state?.fingerprintChunks ?? [],
  });
  if (!before.state && now.state) {
    // The run made the add-in's sheet: take it away again instead of leaving an empty one.
    ops = ops.filter((op) => !("block" in op && op.block.sheet === STATE_SHEET));
    ops.push({ kind: "deleteSheet", sheet: STATE_SHEET });
  }
  await executeOps(context, ops);
}
