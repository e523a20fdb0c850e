// What Sammenlign uses of src/excel: every table of the workbook (to find the goal tables and compare them), the
// Sammenligning sheet's writer, and the insertion of last year's goal sheets. The only file of this section that imports src/excel.
export {
  insertGoalSheets,
  readAllTables,
  writeComparison,
  type ComparisonOutcome,
  type InsertOutcome,
} from "../../../excel";
