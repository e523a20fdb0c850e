// What Målopfyldelse uses of src/excel: the goal writer (a run, its dry run, Fortryd). The only file of this section
// that imports src/excel; the names of the goal table's output columns come from the core (core/goalOutputs.ts).
// The writer (with the core and zod behind it) is loaded on demand, not in the pane's first-view bundle (issue 14):
// the first call starts the load, and the section makes that call as soon as it is shown (its preview).
import type { ExcelRunner, RunOptions, RunOutcome, UndoOutcome } from "../../../excel";
import { onDemand } from "../../shared/onDemand";

type Selection = import("../../../excel").Selection;

export type { LastRun, RunOptions, RunOutcome, UndoOutcome } from "../../../excel";

type GoalWriter = Pick<
  typeof import("../../../excel"),
  "runOnWorkbook" | "undoLastRun" | "readSelection"
>;

/** The goal writer's module; a failed load (a dropped connection) is tried again on the next call. */
const loadWriter = onDemand<GoalWriter>(() => import("../../../excel"));

export async function runOnWorkbook(runner: ExcelRunner, options: RunOptions): Promise<RunOutcome> {
  return (await loadWriter()).runOnWorkbook(runner, options);
}

export async function undoLastRun(runner: ExcelRunner): Promise<UndoOutcome> {
  return (await loadWriter()).undoLastRun(runner);
}

/** The range the user selected in the sheet ("Brug markeringen"). */
export async function readSelection(runner: ExcelRunner): Promise<Selection> {
  return (await loadWriter()).readSelection(runner);
}
