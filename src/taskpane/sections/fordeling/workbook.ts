// What Fordeling uses of src/excel: the allocation writer (its dry run is the preview) and the headers of the key
// table's columns it writes. The only file of this section that imports src/excel.
import { ALLOCATION_COLUMNS } from "../../../excel";

export {
  runAllocationOnWorkbook,
  type AllocationRunOptions,
  type AllocationRunOutcome,
} from "../../../excel";

/** "Beregnet andel", "Beregnet beløb", "Pr. rate": the words name the columns as the workbook shows them. */
export const KEY_OUTPUT_HEADERS: string[] = ALLOCATION_COLUMNS.map((column) => column.header);
