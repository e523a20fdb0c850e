// What Sammenlign uses of src/excel: every table of the workbook (to find the goal tables and compare them) and the
// Sammenligning sheet's writer. The only file of this section that imports src/excel.
export { readAllTables, writeComparison, type ComparisonOutcome } from "../../../excel";
