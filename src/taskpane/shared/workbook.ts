// What every section uses of src/excel, in one place: the runner's type, its errors, selecting a cell, and the
// conflict a write asks about. Each section has its own adapter (sections/<name>/workbook.ts) for its writer; nothing
// else in the pane imports src/excel.
export {
  officeErrorOf,
  selectCell,
  type ExcelRunner,
  type OfficeErrorInfo,
  type Conflict,
} from "../../excel";

/** A table of the workbook as the writers name it: an Excel table, or the sheet for a plain range. */
export interface TableRef {
  sheet: string;
  name: string;
}

/** A table a writer found by its headers and offers to work on. */
export interface TableCandidate extends TableRef {
  source: "table" | "range";
}

/** The user chose a table. */
export type ChooseTable = (table: TableRef) => void;
