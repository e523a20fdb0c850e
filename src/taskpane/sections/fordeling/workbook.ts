// What Fordeling uses of src/excel: the allocation writer (its dry run is the preview) and the headers of the key
// table's columns it writes. The only file of this section that imports src/excel.
import { ALLOCATION_OUTPUTS } from "../../../excel/allocation";

export {
  runAllocationOnWorkbook,
  type AllocationRunOptions,
  type AllocationRunOutcome,
} from "../../../excel/allocation";

/** "Beregnet andel", "Beregnet beløb", "Pr. rate": the words name the columns as the workbook shows them. */
export const KEY_OUTPUT_HEADERS: string[] = ALLOCATION_OUTPUTS.map((column) => column.header);
