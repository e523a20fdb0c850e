// "Gem scenarie": a what-if scenario written to a new sheet of its own ("Scenarie 1", "Scenarie 2" …) with the
// changes, before and after per goal and overall, and a chart of both. The goal table is never touched. Fortryd
// empties the sheet again (no sheet is deleted; the next scenario is saved on it).
import { describeError } from "../../core/messages";
import type { WhatIfResult } from "../../core/whatif";
import { danishDateTime, PERCENT_FORMAT, POINTS_FORMAT } from "../workbook/formats";
import type { WorkbookLayout } from "../workbook/layout";
import { composeWrite, newRunId, runWriter } from "../workbook/lifecycle";
import type { ChartSpec, WriteOp } from "../workbook/ops";
import type { ExcelRunner } from "../workbook/runner";
import { sheetBlocks } from "../workbook/sheetBlocks";
import { numberedSheetName, sheetExists } from "../workbook/sheetNames";
import { cellValue } from "../workbook/textSafety";
import { chartBoxBeside, fitColumnOps } from "../workbook/widths";
import type { RunFailure } from "../workbook/writeRun";

export const CHART_SCENARIO = "Før og efter";

/**
 * A scenario sheet the add-in made and Fortryd emptied (sheets are never deleted), else the first free name
 * "Scenarie N" (N from 1) among the workbook's sheets.
 */
export function nextScenarioName(layout: WorkbookLayout): string {
  const emptied = (layout.state?.meta.owned.sheets ?? []).find(
    (name) =>
      /^Scenarie \d+$/.test(name) &&
      layout.sheets.some((s) => s.name === name && s.used === null) &&
      (layout.charts[name] ?? []).length === 0
  );
  return emptied ?? numberedSheetName(layout, "Scenarie", 1);
}

/** A change as percentage points (0.028 → 2.8), shown "+2,8" under "Ændring (procentpoint)"; none stays empty. */
function points(delta: number | null): number | null {
  return delta === null ? null : Math.round(delta * 100 * 1e9) / 1e9;
}

/** The scenario sheet's content. Pure. */
export function scenarioSheetOps(sheet: string, result: WhatIfResult, now: Date): WriteOp[] {
  const rows: (string | number | boolean | null)[][] = [];
  const put = (r: number, values: (string | number | null)[]) => {
    while (rows.length <= r) rows.push(new Array(7).fill(""));
    values.forEach((v, c) => (rows[r][c] = v === null ? "" : cellValue(v)));
  };
  put(0, [`${sheet} – hvad nu hvis`]);
  put(1, ["Gemt", danishDateTime(now)]);
  put(2, ["Ændringer"]);
  result.applied.forEach((a, i) => put(3 + i, ["", a.description]));
  const head = 4 + Math.max(1, result.applied.length);
  put(head, [
    "Mål",
    "Før",
    "Efter",
    "Ændring (procentpoint)",
    "Status før",
    "Status efter",
    "Titel",
  ]);
  const goals = result.difference.goals;
  goals.forEach((g, i) =>
    put(head + 1 + i, [
      `Mål ${g.id}`,
      g.before,
      g.after,
      points(g.delta),
      g.statusBefore,
      g.statusAfter,
      g.title,
    ])
  );
  const total = head + 1 + goals.length;
  const o = result.difference.overall;
  put(total, [
    "Samlet",
    o.before,
    o.after,
    points(o.delta),
    result.difference.overallText.before,
    result.difference.overallText.after,
  ]);

  // A goal shown as Fejl always has its reason beside the table, by cell (issue 14): the workbook's own errors
  // (Før) and any the changes cause (Efter; the pane saves none, the writer still says why).
  const reasons = [
    ...result.before.errors.map((e) => ["Fejl før", describeError(e)]),
    ...result.after.errors
      .filter(
        (e) => !result.before.errors.some((b) => b.cell === e.cell && b.message === e.message)
      )
      .map((e) => ["Fejl efter", describeError(e)]),
  ];
  reasons.forEach(([label, text], i) => put(total + 2 + i, [label, text]));

  const { title, header, bold, numberFormat } = sheetBlocks(sheet);
  const values: WriteOp = {
    kind: "values",
    block: { sheet, rowIndex: 0, columnIndex: 0 },
    values: rows,
  };
  const ops: WriteOp[] = [
    title(),
    header(head, 7),
    bold(total, 1, 7),
    numberFormat(head + 1, 1, goals.length + 1, 2, PERCENT_FORMAT),
    numberFormat(head + 1, 3, goals.length + 1, 1, POINTS_FORMAT),
  ];
  // The title, the time and the changes run over the empty cells to their right. The long header over the changes,
  // the overall's sentences in the status columns and long titles wrap, so the chart stays in view.
  const spillRows = Array.from({ length: head }, (_, r) => r);
  ops.push(
    ...fitColumnOps(sheet, [values, ...ops], { spillRows, caps: { 3: 70, 4: 100, 5: 100, 6: 220 } })
  );
  const chart: ChartSpec = {
    name: CHART_SCENARIO,
    type: "ColumnClustered",
    title: "Målopfyldelse før og efter",
    source: { sheet, rowIndex: head, columnIndex: 0, rowCount: goals.length + 1, columnCount: 3 },
    box: chartBoxBeside(sheet, [values, ...ops], {
      row: 0,
      afterColumn: 6,
      width: 360,
      height: 216,
    }),
    percentAxis: true,
    exists: false,
  };
  return [values, ...ops, { kind: "chart", sheet, spec: chart }];
}

export interface ScenarioOutcome {
  status: "written" | "failed";
  sheet: string;
  failure?: RunFailure;
}

/** Gem scenarie: the what-if result on a new sheet of its own, through the same lifecycle as every writer. */
export async function saveScenario(
  runner: ExcelRunner,
  result: WhatIfResult,
  options: { now?: Date; runId?: string; name?: string } = {}
): Promise<ScenarioOutcome> {
  return runWriter(runner, { locale: "da", cultureInfo: false }, async ({ layout }) => {
    const sheet =
      options.name && !sheetExists(layout, options.name) ? options.name : nextScenarioName(layout);
    const now = options.now ?? new Date();
    // A scenario owns no cells in the user's tables: only its new sheet.
    const plan = composeWrite({
      layout,
      writer: "scenarie",
      runId: options.runId ?? newRunId(),
      now,
      table: null,
      sheet: { name: sheet, ops: scenarioSheetOps(sheet, result, now) },
    });
    return {
      plan,
      finish: (ending): ScenarioOutcome =>
        ending.status === "failed"
          ? { status: "failed", sheet, failure: ending.failure }
          : { status: "written", sheet },
    };
  });
}
