// The write step every writer shares (goal fulfilment, allocation, scenarios): execute the plan, and on a failure
// roll back from the backup — or, when Excel applied the whole write before it reported the failure, call it written.
import type { WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import { rollBackWrite } from "./rollback";
import { officeErrorOf, UNDO_NOT_SUPPORTED } from "./runner";
import type { BackupBlock, RunMeta } from "./state";
import { executeOps, WriteFailure } from "./write";

export interface RunWrite {
  ops: WriteOp[];
  meta: RunMeta;
  backup: BackupBlock[];
}

/** Why a write failed (Excel's error code and message), and whether the workbook was restored from the backup. */
export interface RunFailure {
  code: string;
  message: string;
  restored: boolean;
}

export type WriteResult = { status: "written" } | { status: "failed"; failure: RunFailure };

export async function writeRun(
  context: Excel.RequestContext,
  write: RunWrite,
  before: WorkbookLayout
): Promise<WriteResult> {
  try {
    await executeOps(context, write.ops);
    return { status: "written" };
  } catch (e) {
    const failure =
      e instanceof WriteFailure ? { code: e.code, message: e.message } : officeErrorOf(e);
    const rollback = await rollBackWrite(context, write.meta, write.backup, before).catch(
      () => "failed" as const
    );
    if (rollback === "completed") return { status: "written" };
    // Excel would not make this write one undo step (a call without undo support, or OfficeDev/office-js#6491's
    // large formula writes): with the workbook back as it was, the refusal goes to the runner, which runs the whole
    // batch again ungrouped (runner.ts), so the write is not lost.
    if (failure.code === UNDO_NOT_SUPPORTED && rollback === "restored") throw e;
    return { status: "failed", failure: { ...failure, restored: rollback === "restored" } };
  }
}
