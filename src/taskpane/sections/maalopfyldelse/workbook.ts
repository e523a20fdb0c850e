// What Målopfyldelse uses of src/excel: the goal writer (a run, its dry run, Fortryd) and the names of the goal
// table's output columns. The only file of this section that imports src/excel.
export {
  runOnWorkbook,
  undoLastRun,
  type LastRun,
  type RunOptions,
  type RunOutcome,
  type UndoOutcome,
} from "../../../excel/run";
/** The goal table's output columns (Opfyldelse, Status, Forklaring): the add-in writes them, the user maps the rest. */
export type { OutputRole } from "../../../excel/read";
