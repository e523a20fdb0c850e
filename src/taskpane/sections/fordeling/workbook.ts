// What Fordeling uses of src/excel: the allocation writer (its dry run is the preview) and the headers of the key
// table's columns it writes. The only file of this section that imports src/excel.
import { ALLOCATION_COLUMNS, runAllocationOnWorkbook, type ExcelRunner } from "../../../excel";
import { SHIPPED_MUNICIPALITIES } from "../../../core/municipalities/shipped";

export {
  runAllocationOnWorkbook,
  type AllocationRunOptions,
  type AllocationRunOutcome,
} from "../../../excel";

/** The years with DST populations (the key from Danmarks Statistik); this section is lazy, so the data is too. */
export const DST_YEARS: number[] = SHIPPED_MUNICIPALITIES.years;

/** "Beregnet andel", "Beregnet beløb", "Pr. rate": the words name the columns as the workbook shows them. */
export const KEY_OUTPUT_HEADERS: string[] = ALLOCATION_COLUMNS.map((column) => column.header);

/**
 * Whether the workbook has a key table: a dry run (one Excel.run, nothing written). The pane opens on Fordeling when a
 * workbook has a key table and no goal table (App.tsx).
 */
export async function hasKeyTable(runner: ExcelRunner): Promise<boolean> {
  const outcome = await runAllocationOnWorkbook(runner, { total: 0, dryRun: true });
  return outcome.candidates.length > 0;
}
