// A section's own Fortryd (Fordeling, Hvad nu hvis, Spredning, Sammenlign): the run the workbook records, and its undo
// when that run is the section's. The state sheet keeps the backup of one run only (src/excel/workbook/state.ts), so a
// section can undo its last write only while it is the workbook's latest run; otherwise it says whose run is.
// The undo code (with zod and the workbook scan behind it) loads on demand, never in the pane's first view.
import type { LastRun, UndoOutcome } from "../../excel/workbook/undoRun";
import type { Writer } from "../../excel/workbook/state";
import { onDemand } from "./onDemand";
import type { ExcelRunner } from "./workbook";

export type { LastRun, UndoOutcome, Writer };

/** The undo module; a failed load (a dropped connection) is tried again on the next call. */
const load = onDemand(() => import("../../excel/workbook/undoRun"));

/** The run Fortryd would undo now, whichever section wrote it (undefined: none). */
export async function readLastRun(runner: ExcelRunner): Promise<LastRun | undefined> {
  return (await load()).readLastRun(runner);
}

/** Undoes `writer`'s run if it is the workbook's latest; else "notLatest" and nothing changes. */
export async function undoOwnRun(runner: ExcelRunner, writer: Writer): Promise<UndoOutcome> {
  return (await load()).undoLastRun(runner, writer);
}
