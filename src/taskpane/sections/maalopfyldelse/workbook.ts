// What Målopfyldelse uses of src/excel: the goal writer (a run, its dry run, Fortryd). The only file of this section
// that imports src/excel; the names of the goal table's output columns come from the core (core/goalOutputs.ts).
export {
  readSelection,
  runOnWorkbook,
  undoLastRun,
  type LastRun,
  type RunOptions,
  type RunOutcome,
  type UndoOutcome,
} from "../../../excel";
