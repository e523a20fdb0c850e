// What Spredning uses of src/excel: the spread writer (its dry run is the preview). The only file of this section that
// imports src/excel.
export {
  runSpreadOnWorkbook,
  SPREAD_SHEET,
  type SpreadRunOptions,
  type SpreadRunOutcome,
} from "../../../excel";
