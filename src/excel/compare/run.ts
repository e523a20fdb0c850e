// "Sammenlign": a comparison of goal tables (contract years or hubs) written to the add-in's own sheet Sammenligning,
// through the one lifecycle every writer uses (workbook/lifecycle.ts). The comparison itself is the core's
// (src/core/compare); the caller reads the tables (this workbook's, or another's) and hands the result here. The
// user's tables are never touched: the run owns its sheet only, redraws it in place on a re-run, and Fortryd gives
// back the earlier comparison (values and layout) or removes the sheet it made.
import type { CompareResult } from "../../core/compare";
import { composeWrite, newRunId, runWriter } from "../workbook/lifecycle";
import { previousBox } from "../workbook/runState";
import type { ExcelRunner } from "../workbook/runner";
import type { RunFailure } from "../workbook/writeRun";
import { compareRedraw, compareSheetName, compareSheetOps } from "./sheet";

export { COMPARE_SHEET } from "./sheet";

export interface ComparisonOutcome {
  status: "written" | "errors" | "failed";
  /** The sheet the comparison is drawn on: Sammenligning, or Sammenligning (beregnet) … */
  sheet: string | null;
  failure?: RunFailure;
}

/** Writes the comparison to the Sammenligning sheet. A comparison with errors writes nothing. */
export async function writeComparison(
  runner: ExcelRunner,
  result: CompareResult,
  options: {
    now?: Date;
    runId?: string;
    cultureInfo?: boolean;
    /**
     * Whether Excel has ExcelApi 1.9 (Worksheet.autoFilter): then the goal rows get filter buttons, to hide the
     * unchanged goals. The caller asks Office.context.requirements.isSetSupported. Default true.
     */
    filter?: boolean;
  } = {}
): Promise<ComparisonOutcome> {
  const filter = options.filter ?? true;
  const lifecycle = { locale: "da" as const, cultureInfo: options.cultureInfo ?? false };
  return runWriter<ComparisonOutcome>(runner, lifecycle, async ({ layout, guard }) => {
    if (result.errors.length > 0) return { stop: { status: "errors", sheet: null } };
    const sheet = compareSheetName(layout);
    guard([sheet]);
    const plan = composeWrite({
      layout,
      writer: "sammenligning",
      runId: options.runId ?? newRunId(),
      now: options.now ?? new Date(),
      table: null,
      sheet: {
        name: sheet,
        ops: compareSheetOps({
          sheet,
          result,
          existingCharts: layout.charts[sheet] ?? [],
          previousBox: previousBox(layout, sheet),
          filter,
        }),
        redraw: (before) => compareRedraw(before, filter),
      },
    });
    return {
      plan,
      finish: (ending): ComparisonOutcome => {
        if (ending.status === "failed") return { status: "failed", sheet, failure: ending.failure };
        if (ending.status === "errors") return { status: "errors", sheet: null };
        return { status: "written", sheet };
      },
    };
  });
}
