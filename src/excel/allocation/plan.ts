// The write plan of a Fordeling run, purely: the three owned columns in the key table (one value per municipality
// row, the sums on the table's own total row: the check row) and the Fordeling sheet, handed to the lifecycle.
import type { Allocation, AuditReport, KeyTable } from "../../core/allocate";
import { normaliseHeader } from "../../core/headers";
import type { TableSource, WorkbookLayout } from "../workbook/layout";
import { composeWrite, type WritePlan } from "../workbook/lifecycle";
import { columnOutputs, planOutputColumns, type OutputCells } from "../workbook/outputColumns";
import { previousBox } from "../workbook/runState";
import { ALLOCATION_COLUMNS, type KeyFigures } from "./columns";
import { allocationRedraw, allocationSheetName, allocationSheetOps } from "./sheet";

export interface AllocationPlanInput {
  layout: WorkbookLayout;
  source: TableSource;
  outputs: OutputCells;
  key: KeyTable;
  allocation: Allocation;
  audit: AuditReport;
  countDate?: string;
  now: Date;
  runId: string;
  locale: "da" | "en";
}

/** Identity of a key row that survives sorting: the municipality's name. */
function keyRowKey(name: string): string {
  return normaliseHeader(name);
}

const TOTAL_ROW_KEY = "__i_alt__";

export function planAllocation(input: AllocationPlanInput): WritePlan {
  const { layout, source, key, allocation } = input;
  // Each body row of the key table: its municipality's figures, on the total row their sums, else nothing.
  const byName = new Map(allocation.rows.map((r) => [keyRowKey(r.name), r]));
  const bodyRow = source.headerRowIndex + 1;
  const rowKeys = new Array<string>(source.bodyRowCount).fill("");
  for (const r of key.rows) rowKeys[r.sheetRow - 1 - bodyRow] = keyRowKey(r.name);
  if (key.totalRow) rowKeys[key.totalRow.sheetRow - 1 - bodyRow] = TOTAL_ROW_KEY;
  const sums: KeyFigures = {
    share: allocation.rows.reduce((s, r) => s + r.share, 0),
    amount: allocation.sum,
    instalment: allocation.instalmentSum,
  };
  const figures = rowKeys.map((k): KeyFigures | undefined =>
    k === TOTAL_ROW_KEY ? sums : k ? byName.get(k) : undefined
  );
  const columns = planOutputColumns({
    source,
    cells: input.outputs,
    outputs: columnOutputs(ALLOCATION_COLUMNS, figures),
    rowKeys,
    owned: layout.state?.fingerprints ?? new Set<string>(),
    writer: "fordeling",
    locale: input.locale,
  });

  const sheet = allocationSheetName(layout);
  return composeWrite({
    layout,
    writer: "fordeling",
    runId: input.runId,
    now: input.now,
    table: { ref: { sheet: source.sheet, name: source.name, source: source.source }, columns },
    sheet: {
      name: sheet,
      ops: allocationSheetOps({
        sheet,
        allocation,
        audit: input.audit,
        keyLabel: key.sheet,
        countDate: input.countDate,
        existingCharts: layout.charts[sheet] ?? [],
        previousBox: previousBox(layout, sheet),
      }),
      redraw: allocationRedraw,
    },
  });
}
