// The summary sheet ("Oversigt"): overall fulfilment and its range, counts by status, the time of the run, one line
// per goal, and two native charts found by name on a re-run. Pure: returns the operations that draw it.
import type { EvaluationResult } from "../../core/evaluate";
import type { Status } from "../../core/model";
import {
  danishDateTime,
  PERCENT_FORMAT,
  STATUS_COLOURS,
  STATUS_ORDER,
  statusRules,
} from "../workbook/formats";
import type { WorkbookLayout } from "../workbook/layout";
import type { ChartSpec, WriteOp } from "../workbook/ops";
import { sheetBlocks, valuesOverPrevious } from "../workbook/sheetBlocks";
import { ownedSheetName } from "../workbook/sheetNames";
import { cellValue } from "../workbook/textSafety";
import { chartBoxBeside, fitColumnOps } from "../workbook/widths";

export const SUMMARY_SHEET = "Oversigt";
/** Where the summary goes when the user has a sheet called Oversigt of their own. */
export const FALLBACK_SUMMARY_SHEET = "Målopfyldelse oversigt";
export const CHART_FULFILMENT = "Målopfyldelse pr. mål";
export const CHART_STATUS = "Statusfordeling";

const COLUMNS = 7;
const GOALS_HEADER_ROW = 16; // zero-based: row 17 in Excel
/** The overall as the pane says it ("85,7 % (50–91,7 %), 9 af 11 mål målt"), under the figures. */
const OVERALL_TEXT_ROW = 8;
/** Rows whose texts may run over the empty cells to their right: the title, the time, the table, the sentence. */
const SPILL_ROWS = [0, 1, 2, OVERALL_TEXT_ROW];
/** Titel and Forklaring wrap beyond these widths, so the charts beside the top block stay in view. */
const TITLE_COLUMN = 3;
const EXPLANATION_COLUMN = 6;
const CAPS = { [TITLE_COLUMN]: 220, [EXPLANATION_COLUMN]: 300 };

/** The most bars coloured one by one (a contract has tens of goals; a chart of thousands of bars is not read). */
export const MAX_COLOURED_BARS = 500;
/** Column of Status in the goal list (zero-based: C). */
const STATUS_COLUMN = 2;

/** A status's fill colour (the Status cells' colour), null for a text that is no status. */
function statusFill(text: string | number | boolean | null): string | null {
  return typeof text === "string" && Object.hasOwn(STATUS_COLOURS, text)
    ? STATUS_COLOURS[text as Status].fill
    : null;
}

/** The value a values operation puts in a cell (sheet-relative row and column), null outside it. */
function valueAt(op: WriteOp, row: number, column: number): string | number | boolean | null {
  if (op.kind !== "values") return null;
  return op.values[row - op.block.rowIndex]?.[column - op.block.columnIndex] ?? null;
}

/**
 * The summary goes to the sheet the add-in made before, else to "Oversigt", else (the user has a sheet of that name,
 * in any case, hidden or not) to "Målopfyldelse oversigt", else to the first free "Målopfyldelse oversigt 2", 3 …
 */
export function summarySheetName(layout: WorkbookLayout): string {
  return ownedSheetName(layout, SUMMARY_SHEET, FALLBACK_SUMMARY_SHEET);
}

export interface SummaryInput {
  sheet: string;
  result: EvaluationResult;
  goalTableAddress: string;
  now: Date;
  existingCharts: string[];
  /** Rows × columns the sheet used before, cleared first so fewer goals leave nothing behind. */
  previousBox: { rowCount: number; columnCount: number } | null;
}

export function summaryRowCount(result: EvaluationResult): number {
  return GOALS_HEADER_ROW + 1 + result.goals.length;
}

export function summaryOps(input: SummaryInput): WriteOp[] {
  const { sheet, result } = input;
  const rows: (string | number | boolean | null)[][] = [];
  const put = (r: number, values: (string | number | null)[]) => {
    while (rows.length <= r) rows.push(new Array(COLUMNS).fill(""));
    values.forEach((v, c) => (rows[r][c] = v === null ? "" : cellValue(v)));
  };
  const lo = result.overallRange?.[0] ?? null;
  const hi = result.overallRange?.[1] ?? null;
  const measured = result.goals.filter((g) => g.fulfilment !== null).length;
  const counted = result.goals.filter((g) => g.status !== "Fejl").length;

  put(0, ["Målopfyldelse"]);
  put(1, ["Beregnet", danishDateTime(input.now)]);
  put(2, ["Måltabel", input.goalTableAddress]);
  put(4, ["Samlet målopfyldelse", result.overall]);
  put(5, ["Laveste mulige", lo]);
  put(6, ["Højeste mulige", hi]);
  put(7, ["Mål målt", `${measured} af ${counted}`]);
  // The pane's sentence, with the same rounding as the figures above it (PERCENT_FORMAT, one decimal).
  put(OVERALL_TEXT_ROW, [result.overallText]);
  put(9, ["Status", "Antal mål"]);
  STATUS_ORDER.forEach((status, i) => put(10 + i, [status, result.counts[status]]));
  put(GOALS_HEADER_ROW, [
    "Mål",
    "Opfyldelse",
    "Status",
    "Titel",
    "Beregnet",
    "Aftalt",
    "Forklaring",
  ]);
  result.goals.forEach((g, i) =>
    put(GOALS_HEADER_ROW + 1 + i, [
      `Mål ${g.id}`,
      g.fulfilment,
      g.status,
      g.title,
      g.computed,
      g.agreed ? g.agreed.value : null,
      g.explanation,
    ])
  );

  const { ops, values } = valuesOverPrevious(sheet, rows, input.previousBox, COLUMNS);
  ops.push(...summaryLayoutOps(sheet, result.goals.length, input.existingCharts, values));
  return ops;
}

/** Goal rows of a summary sheet whose values fill `rowCount` rows from the top (the inverse of summaryRowCount). */
export function summaryGoalRows(rowCount: number): number {
  return Math.max(0, rowCount - (GOALS_HEADER_ROW + 1));
}

/**
 * Everything on the summary sheet but its values: formats, conditional formats, column widths and the two charts,
 * for `goalRows` goals. Fortryd draws the earlier summary with it again after putting its values back.
 */
export function summaryLayoutOps(
  sheet: string,
  goalRows: number,
  existingCharts: string[],
  /** The sheet's values (the run's, or for Fortryd the earlier ones): column widths and chart places follow them. */
  values: WriteOp
): WriteOp[] {
  const { block, title, header, bold, numberFormat } = sheetBlocks(sheet);
  const ops: WriteOp[] = [title(), numberFormat(4, 1, 3, 1, PERCENT_FORMAT), bold(4, 1, 2)];
  for (const r of [9, GOALS_HEADER_ROW]) ops.push(header(r, r === 9 ? 2 : COLUMNS));
  STATUS_ORDER.forEach((status, i) =>
    ops.push({
      kind: "style",
      block: block(10 + i, 0, 1, 1),
      fill: STATUS_COLOURS[status].fill,
      fontColor: STATUS_COLOURS[status].font,
    })
  );
  if (goalRows > 0) {
    ops.push(numberFormat(GOALS_HEADER_ROW + 1, 1, goalRows, 1, PERCENT_FORMAT));
    ops.push(numberFormat(GOALS_HEADER_ROW + 1, 4, goalRows, 2, PERCENT_FORMAT));
    ops.push({
      kind: "conditionalFormats",
      block: block(GOALS_HEADER_ROW + 1, 2, goalRows, 1),
      rules: statusRules(),
    });
  }
  ops.push(...fitColumnOps(sheet, [values, ...ops], { caps: CAPS, spillRows: SPILL_ROWS }));

  // Both charts beside the top block (rows 1–16, right of Status), above the goal list: seen when the sheet opens,
  // over no text, whatever the width of Titel and Forklaring below.
  const sized = [values, ...ops];
  const fulfilmentBox = chartBoxBeside(sheet, sized, {
    row: 0,
    afterColumn: 2,
    width: 330,
    height: 225,
  });
  const goalStatuses = Array.from({ length: goalRows }, (_, i) =>
    valueAt(values, GOALS_HEADER_ROW + 1 + i, STATUS_COLUMN)
  );
  const charts: ChartSpec[] = [
    {
      name: CHART_FULFILMENT,
      type: "ColumnClustered",
      title: "Målopfyldelse pr. mål",
      source: {
        sheet,
        rowIndex: GOALS_HEADER_ROW,
        columnIndex: 0,
        rowCount: goalRows + 1,
        columnCount: 2,
      },
      box: fulfilmentBox,
      percentAxis: true,
      exists: existingCharts.includes(CHART_FULFILMENT),
      // Each bar in its goal's Status colour, read from the sheet's own Status column (so Fortryd, which draws the
      // earlier sheet from its values, colours the earlier statuses).
      // Up to MAX_COLOURED_BARS goals: each colour is one operation in the write request, and 100,000 of them pass
      // the 5 MB request limit of Excel on the web (test/excel/adapter.test.ts); more bars than that keep one colour.
      pointFills: goalRows <= MAX_COLOURED_BARS ? goalStatuses.map(statusFill) : undefined,
    },
    {
      name: CHART_STATUS,
      type: "Pie",
      title: "Statusfordeling",
      source: {
        sheet,
        rowIndex: 9,
        columnIndex: 0,
        rowCount: STATUS_ORDER.length + 1,
        columnCount: 2,
      },
      box: { ...fulfilmentBox, left: fulfilmentBox.left + fulfilmentBox.width + 10, width: 230 },
      percentAxis: false,
      exists: existingCharts.includes(CHART_STATUS),
      // One slice per status, in STATUS_ORDER, each in its own colour.
      pointFills: STATUS_ORDER.map((status) => STATUS_COLOURS[status].fill),
    },
  ];
  for (const spec of charts) ops.push({ kind: "chart", sheet, spec });
  return ops;
}
