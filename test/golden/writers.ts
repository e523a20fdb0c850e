// The writers the golden test drives through src/excel, in one file: issue 12 moves src/excel's files into folders,
// and at merge only these import lines follow them. Everything else the golden test reaches goes through the command
// line (src/cli) or the core's public index.
export {
  readWorkbookTables,
  runOnWorkbook,
  undoLastRun,
  runAllocationOnWorkbook,
  saveScenario,
} from "../../src/excel";
