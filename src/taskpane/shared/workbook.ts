// What every section uses of src/excel, in one place: the runner's type, its errors, selecting a cell, and the
// conflict a write asks about. Each section has its own adapter (sections/<name>/workbook.ts) for its writer; nothing
// else in the pane imports src/excel.
export { officeErrorOf, type ExcelRunner, type OfficeErrorInfo } from "../../excel/runner";
export { selectCell } from "../../excel/run";
export type { Conflict } from "../../excel/plan";
