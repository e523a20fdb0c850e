// The write plan of a goal-fulfilment run: exactly which cells, formats, sheets and charts it changes, decided in
// one pure function. The safety rules live in outputColumns.ts (owned columns, conflicts, backup, text-safe values)
// and runState.ts (backup first, "færdig" last); this file says what the goal run writes:
//  - Opfyldelse, Status and Forklaring in the goal table, with number format and conditional formats;
//  - the summary sheet with its two charts;
//  - the same input gives the same plan, so a re-run gives the same workbook.
import { qualifiedAddress, rangeAddress } from "../../core/address";
import type { EvaluationResult, RowResult } from "../../core/evaluate";
import { normaliseHeader } from "../../core/headers";
import type { CellError } from "../../core/model";
import type { WorkbookLayout } from "../workbook/layout";
import type { WriteOp } from "../workbook/ops";
import { planOutputColumns, type ColumnOutput, type Conflict } from "../workbook/outputColumns";
import { GOAL_OUTPUTS, type RunData } from "./read";
import { previousBox, sheetBackup, stateOps } from "../workbook/runState";
import { SUMMARY_SHEET, type BackupBlock, type RunMeta } from "../workbook/state";
import {
  PERCENT_FORMAT,
  statusRules,
  summaryGoalRows,
  summaryLayoutOps,
  summaryOps,
} from "./summary";

export type { Conflict } from "../workbook/outputColumns";

export interface WritePlan {
  /** Operations in order: backup and the "i gang" marker first, the "færdig" marker last. */
  ops: WriteOp[];
  conflicts: Conflict[];
  /** Problems that stop the run before anything is written (data where new columns would go). */
  blocking: CellError[];
  backup: BackupBlock[];
  meta: RunMeta;
  summarySheet: string;
  /** Output cells written (for the benchmark and the pane). */
  cellsWritten: number;
}

export interface PlanInput {
  result: EvaluationResult;
  data: RunData;
  layout: WorkbookLayout;
  now: Date;
  runId: string;
  locale?: "da" | "en";
  /** The user's corrections to keep in the workbook for the next run. */
  mapping?: RunMeta["mapping"];
}

/** Identity of a goal row that survives sorting: Nr, Del and Segment. */
export function rowKey(row: Pick<RowResult, "goal" | "part" | "segment">): string {
  return [row.goal, row.part, row.segment].map(normaliseHeader).join("|");
}

export const FALLBACK_SUMMARY_SHEET = "Målopfyldelse oversigt";

/** Every sheet name in the workbook, hidden ones included, in lower case: Excel's names ignore case. */
function takenNames(layout: WorkbookLayout): Set<string> {
  return new Set(
    (layout.sheetNames ?? layout.sheets.map((s) => s.name)).map((n) => n.toLowerCase())
  );
}

/**
 * The summary goes to the sheet the add-in made before, else to "Oversigt", else (the user has a sheet of that name,
 * in any case, hidden or not) to "Målopfyldelse oversigt", else to the first free "Målopfyldelse oversigt 2", 3 …
 */
export function summarySheetName(layout: WorkbookLayout): string {
  const owned = layout.state?.meta.owned.sheets ?? [];
  const numbered = new RegExp(`^${FALLBACK_SUMMARY_SHEET} \\d+$`);
  const mine = owned.find(
    (name) => name === SUMMARY_SHEET || name === FALLBACK_SUMMARY_SHEET || numbered.test(name)
  );
  if (mine) return mine;
  const taken = takenNames(layout);
  if (!taken.has(SUMMARY_SHEET.toLowerCase())) return SUMMARY_SHEET;
  if (!taken.has(FALLBACK_SUMMARY_SHEET.toLowerCase())) return FALLBACK_SUMMARY_SHEET;
  for (let n = 2; ; n++) {
    const name = `${FALLBACK_SUMMARY_SHEET} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function buildWritePlan(input: PlanInput): WritePlan {
  const { result, data, layout } = input;
  const source = data.goalSource;
  const rows = source.bodyRowCount;
  const byBodyIndex = new Map(result.rows.map((r) => [r.bodyIndex, r]));
  const body = Array.from({ length: rows }, (_, r) => byBodyIndex.get(r));

  const outputs: ColumnOutput[] = [
    {
      column: GOAL_OUTPUTS[0],
      values: body.map((row) => (row && row.fulfilment !== null ? row.fulfilment : "")),
      numberFormat: PERCENT_FORMAT,
      rules: [{ kind: "trafficLights", yellowFrom: 0.5, greenFrom: 1 }],
    },
    { column: GOAL_OUTPUTS[1], values: body.map((row) => row?.status ?? ""), rules: statusRules() },
    {
      column: GOAL_OUTPUTS[2],
      values: body.map((row) => row?.explanation ?? ""),
      widthWhenAdded: 360,
    },
  ];
  const table = planOutputColumns({
    source,
    cells: data.outputs,
    outputs,
    rowKeys: body.map((row) => (row ? rowKey(row) : "")),
    owned: layout.state?.fingerprints ?? new Set<string>(),
    writer: "mål",
    locale: input.locale ?? "da",
  });

  // The summary sheet: back up what it showed, then redraw it.
  const summarySheet = summarySheetName(layout);
  const summaryExists = takenNames(layout).has(summarySheet.toLowerCase());
  const backupOfSummary = sheetBackup(layout, summarySheet);
  const box = previousBox(layout, summarySheet);
  // Fortryd draws the earlier summary's formats and charts again, for its own number of goals.
  const summaryBackup =
    backupOfSummary && box
      ? {
          ...backupOfSummary,
          redraw: summaryLayoutOps(
            summarySheet,
            summaryGoalRows(box.rowCount),
            layout.charts[summarySheet] ?? []
          ),
        }
      : backupOfSummary;
  const backup = [table.backup, summaryBackup].filter((b): b is BackupBlock => b !== null);
  const goalTableRef = { sheet: source.sheet, name: source.name, source: source.source };
  const state = stateOps({
    layout,
    writer: "mål",
    runId: input.runId,
    now: input.now,
    table: goalTableRef,
    added: table.added,
    addedColumnsAddress: table.addedColumnsAddress,
    sheet: summarySheet,
    sheetCreated: !summaryExists,
    backup,
    fingerprints: table.fingerprints,
    extra: {
      lastGoalRun: {
        time: input.now.toISOString(),
        overallText: result.overallText,
        overall: result.overall,
      },
      mapping: input.mapping ?? layout.state?.meta.mapping,
    },
  });

  const ops: WriteOp[] = [...state.begin, ...table.ops];
  if (!summaryExists) ops.push({ kind: "addSheet", sheet: summarySheet, hidden: false });
  ops.push(
    ...summaryOps({
      sheet: summarySheet,
      result,
      // The table as it is after the run, output columns included, so a re-run shows the same address.
      goalTableAddress: qualifiedAddress(
        source.sheet,
        rangeAddress(
          source.headerRowIndex,
          source.firstColumnIndex,
          rows + 1,
          table.endColumnIndex - source.firstColumnIndex
        )
      ),
      now: input.now,
      existingCharts: layout.charts[summarySheet] ?? [],
      previousBox: previousBox(layout, summarySheet),
    }),
    ...state.end
  );
  return {
    ops,
    conflicts: table.conflicts,
    blocking: table.blocking,
    backup,
    meta: state.meta,
    summarySheet,
    cellsWritten: table.cellsWritten,
  };
}
