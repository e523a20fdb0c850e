// What Hvad nu hvis uses of src/excel: the workbook's tables as the goal writer reads them (the what-if session runs
// on them) and Gem scenarie's writer. The only file of this section that imports src/excel.
export {
  readWorkbookTables,
  type WorkbookTables,
  saveScenario,
  type ScenarioOutcome,
} from "../../../excel";
