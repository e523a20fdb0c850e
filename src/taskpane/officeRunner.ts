/* global Excel, Office */
// The runner in Excel: Excel.run, with every run one undo step where Excel supports it (ExcelApi 1.20 mergeUndoGroup)
// and a batch Excel refuses to group run again ungrouped (src/excel/workbook/runner.ts, groupingRunner).
// With index.tsx, the only file that touches the global Excel object.
import { groupingRunner, type ExcelRunner, type GroupingRunnerDeps } from "./shared/workbook";

export type OfficeRunnerDeps = GroupingRunnerDeps;

function globalDeps(): OfficeRunnerDeps {
  return {
    run: (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export function officeRunner(deps: OfficeRunnerDeps = globalDeps()): ExcelRunner {
  return groupingRunner(deps);
}
