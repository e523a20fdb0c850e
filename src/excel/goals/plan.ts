// The write plan of a goal-fulfilment run: exactly which cells, formats, sheets and charts it changes, decided in
// one pure function. The safety rules live in workbook/ (owned columns, conflicts, backup and text-safe values in
// outputColumns.ts; backup first and "færdig" last in runState.ts, put together by lifecycle.ts composeWrite); this
// file says what the goal run writes:
//  - its owned columns in the goal table (columns.ts: Opfyldelse, Status and Forklaring, formatted);
//  - the summary sheet with its two charts;
//  - the same input gives the same plan, so a re-run gives the same workbook.
import { qualifiedAddress, rangeAddress } from "../../core/address";
import type { EvaluationResult, RowResult } from "../../core/evaluate";
import { normaliseHeader } from "../../core/headers";
import type { WorkbookLayout } from "../workbook/layout";
import { beforeValues, composeWrite, type WritePlan } from "../workbook/lifecycle";
import { columnOutputs, planOutputColumns } from "../workbook/outputColumns";
import { previousBox } from "../workbook/runState";
import type { RunMeta } from "../workbook/state";
import { GOAL_COLUMNS } from "./columns";
import type { RunData } from "./read";
import { summaryGoalRows, summaryLayoutOps, summaryOps, summarySheetName } from "./summary";

export type { Conflict } from "../workbook/outputColumns";
export type { WritePlan } from "../workbook/lifecycle";

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

/**
 * The goal table as the run writes it: a plain range ends at its last goal row (core/goalTable.ts, goalTableExtent),
 * so nothing is written beside the notes under it, and nothing there stops a column from being added.
 */
function writtenTable(
  data: RunData,
  result: EvaluationResult
): Pick<RunData, "goalSource" | "outputs"> {
  const rows = Math.min(
    data.goalSource.bodyRowCount,
    result.goalTable?.goalRowCount ?? data.goalSource.bodyRowCount
  );
  if (rows === data.goalSource.bodyRowCount) return data;
  const cut = <T>(list: T[] | undefined) => list?.slice(0, rows);
  return {
    goalSource: { ...data.goalSource, bodyRowCount: rows },
    outputs: {
      ...data.outputs,
      values: data.outputs.values.slice(0, rows),
      formulas: data.outputs.formulas.slice(0, rows),
      numberFormats: cut(data.outputs.numberFormats),
      valueTypes: cut(data.outputs.valueTypes),
    },
  };
}

export function buildWritePlan(input: PlanInput): WritePlan {
  const { result, layout } = input;
  const data = writtenTable(input.data, result);
  const source = data.goalSource;
  const rows = source.bodyRowCount;
  const byBodyIndex = new Map(result.rows.map((r) => [r.bodyIndex, r]));
  const body = Array.from({ length: rows }, (_, r) => byBodyIndex.get(r));

  const columns = planOutputColumns({
    source,
    cells: data.outputs,
    outputs: columnOutputs(GOAL_COLUMNS, body),
    rowKeys: body.map((row) => (row ? rowKey(row) : "")),
    owned: layout.state?.fingerprints ?? new Set<string>(),
    writer: "mål",
    locale: input.locale ?? "da",
  });

  const summarySheet = summarySheetName(layout);
  return composeWrite({
    layout,
    writer: "mål",
    runId: input.runId,
    now: input.now,
    table: { ref: { sheet: source.sheet, name: source.name, source: source.source }, columns },
    sheet: {
      name: summarySheet,
      ops: summaryOps({
        sheet: summarySheet,
        result,
        // The table as it is after the run, output columns included, so a re-run shows the same address.
        goalTableAddress: qualifiedAddress(
          source.sheet,
          rangeAddress(
            source.headerRowIndex,
            source.firstColumnIndex,
            rows + 1,
            columns.endColumnIndex - source.firstColumnIndex
          )
        ),
        now: input.now,
        existingCharts: layout.charts[summarySheet] ?? [],
        previousBox: previousBox(layout, summarySheet),
      }),
      // The earlier summary's formats and charts, for its own number of goals.
      redraw: (before) =>
        summaryLayoutOps(
          before.name,
          summaryGoalRows(before.box.rowCount),
          before.charts,
          beforeValues(before)
        ),
    },
    extra: {
      lastGoalRun: {
        time: input.now.toISOString(),
        overallText: result.overallText,
        overall: result.overall,
      },
      mapping: input.mapping ?? layout.state?.meta.mapping,
    },
  });
}
