// The adapter's public surface: what the task pane, the command line, the workbench, the benchmark and the tests
// use. Everything else in src/excel is the adapter's own (workbook/: the shared machinery and the one write
// lifecycle; goals/, allocation/, scenario/: one folder per writer).
export {
  readWorkbookTables,
  runOnWorkbook,
  type LastRun,
  type RunOptions,
  type RunOutcome,
  type RunStatus,
  type WorkbookTables,
} from "./goals/run";
export type { Conflict } from "./workbook/outputColumns";
export type { WritePlan } from "./workbook/lifecycle";
export {
  runAllocationOnWorkbook,
  type AllocationRunOptions,
  type AllocationRunOutcome,
} from "./allocation/run";
export { ALLOCATION_SHEET } from "./allocation/sheet";
export { ALLOCATION_COLUMNS } from "./allocation/columns";
export { saveScenario, type ScenarioOutcome } from "./scenario/run";
export { undoLastRun, type UndoOutcome } from "./workbook/undoRun";
export { selectCell } from "./workbook/selectCell";
export { readSelection, type Selection } from "./workbook/selectedRange";
export { readAllTables } from "./workbook/tables";
export { scanWorkbook, type WorkbookLayout } from "./workbook/layout";
export { officeErrorOf, type ExcelRunner, type OfficeErrorInfo } from "./workbook/runner";
export { STATE_SHEET } from "./workbook/state";
export { PAYLOAD_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from "./workbook/payload";
