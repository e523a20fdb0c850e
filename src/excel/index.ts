// The adapter's public surface: what the task pane, the command line, the workbench, the benchmark and the tests
// use. Everything else in src/excel is the adapter's own (workbook/: the shared machinery and the one write
// lifecycle; goals/, allocation/, scenario/, spread/: one folder per writer).
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
export {
  runSpreadOnWorkbook,
  SPREAD_SHEET,
  type ActivityCandidate,
  type SpreadRunOptions,
  type SpreadRunOutcome,
} from "./spread/run";
export { undoLastRun, type UndoOutcome } from "./workbook/undoRun";
export { selectCell } from "./workbook/selectCell";
export { readSelection, type Selection } from "./workbook/selectedRange";
export { readAllTables } from "./workbook/tables";
export { scanWorkbook, type WorkbookLayout } from "./workbook/layout";
export {
  groupingRunner,
  officeErrorOf,
  type ExcelRunner,
  type GroupingRunnerDeps,
  type OfficeErrorInfo,
} from "./workbook/runner";
export { STATE_SHEET } from "./workbook/state";
export { PAYLOAD_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from "./workbook/payload";
export { COMPARE_SHEET, writeComparison, type ComparisonOutcome } from "./compare/run";
export { insertGoalSheets, type InsertOutcome } from "./compare/insert";
export { CHART_FULFILMENT, FALLBACK_SUMMARY_SHEET, SUMMARY_SHEET } from "./goals/summary";
export {
  CHECK_SHEET,
  formatSelfCheckReport,
  runSelfCheck,
  type SelfCheckEnvironment,
  type SelfCheckReport,
  type SelfCheckResult,
} from "./workbook/selfCheck";
