// Executes a write plan: the only place where the add-in changes a workbook. Operations are packed into syncs of at
// most ~4 MB (Excel on the web refuses requests over 5 MB); a value block larger than that is split by rows first.
// Calculation is left as the user has it: suspending it (Application.suspendApiCalculationUntilNextSync) makes "the
// developer's responsibility to re-calc the workbook, to ensure that any dependencies are propagated"
// (learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)),
// and a user's formula over Opfyldelse must show the new figure after Beregn and after Fortryd. A write is a few
// range assignments per sync, so Excel recalculating the dependents of each is cheap.
import { jsonBytes, packBatches, PAYLOAD_BUDGET_BYTES } from "./payload";
import type { ChartSpec, ConditionalRule, WriteOp } from "./ops";

export interface WriteReport {
  syncs: number;
  requestBytes: number[];
}

export class WriteFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Syncs that completed before the failure. */
    readonly completedSyncs: number
  ) {
    super(message);
  }
}

/**
 * Bytes an operation puts in the request. A number format is stored once in the operation but sent as one string per
 * cell (Range.numberFormat takes a 2-D array), so it is counted per cell.
 */
export function requestBytes(op: WriteOp): number {
  if (op.kind === "numberFormat") {
    return (
      64 +
      op.block.rowCount * op.block.columnCount * (jsonBytes(op.format) + 1) +
      op.block.rowCount * 2
    );
  }
  return jsonBytes(op);
}

/**
 * Splits value, formula and number-format blocks bigger than the budget into row chunks, so every operation fits in a
 * request.
 */
export function splitLargeOps(ops: WriteOp[], budget = PAYLOAD_BUDGET_BYTES): WriteOp[] {
  const out: WriteOp[] = [];
  for (const op of ops) {
    const bytes = requestBytes(op);
    if ((op.kind === "values" || op.kind === "formulas") && bytes > budget) {
      const rows = op.kind === "values" ? op.values : op.formulas;
      const perRow = bytes / Math.max(1, rows.length);
      const size = Math.max(1, Math.floor(budget / Math.max(1, perRow)));
      for (let start = 0; start < rows.length; start += size) {
        const slice = rows.slice(start, start + size);
        const block = { ...op.block, rowIndex: op.block.rowIndex + start };
        out.push(
          op.kind === "values"
            ? { kind: "values", block, values: slice }
            : { kind: "formulas", block, formulas: slice }
        );
      }
    } else if (op.kind === "numberFormat" && bytes > budget) {
      const perRow = bytes / Math.max(1, op.block.rowCount);
      const size = Math.max(1, Math.floor(budget / Math.max(1, perRow)));
      for (let start = 0; start < op.block.rowCount; start += size) {
        const count = Math.min(size, op.block.rowCount - start);
        out.push({
          ...op,
          block: { ...op.block, rowIndex: op.block.rowIndex + start, rowCount: count },
        });
      }
    } else {
      out.push(op);
    }
  }
  return out;
}

function rangeOf(
  context: Excel.RequestContext,
  b: { sheet: string; rowIndex: number; columnIndex: number },
  rows: number,
  columns: number
) {
  return context.workbook.worksheets
    .getItem(b.sheet)
    .getRangeByIndexes(b.rowIndex, b.columnIndex, rows, columns);
}

function fill2d<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

/** A number as a formula literal without an exponent ("0.000000000001", not "1e-12"), as a user would type it. */
function plainNumber(n: number): string {
  const text = String(n);
  return /e/i.test(text) ? n.toFixed(15).replace(/\.?0+$/, "") : text;
}

function applyConditionalRule(range: Excel.Range, rule: ConditionalRule) {
  if (rule.kind === "trafficLights") {
    // criteria[2] gives the top (green) icon, criteria[1] the middle (yellow), and every other cell the low (red) one,
    // so criteria[0] is left empty; each criterion is a number compared with >=. The whole array is replaced at once.
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionaliconcriterion
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionaliconcriterionoperator (the sample)
    const cf = range.conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
    cf.iconSet.style = "ThreeTrafficLights1" as Excel.IconSet;
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      {
        type: "Number",
        operator: "GreaterThanOrEqual",
        formula: `=${plainNumber(rule.yellowFrom)}`,
      } as Excel.ConditionalIconCriterion,
      {
        type: "Number",
        operator: "GreaterThanOrEqual",
        formula: `=${plainNumber(rule.greenFrom)}`,
      } as Excel.ConditionalIconCriterion,
    ];
  } else {
    const cf = range.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
    cf.textComparison.format.fill.color = rule.fill;
    cf.textComparison.format.font.color = rule.font;
    cf.textComparison.rule = {
      operator: "BeginsWith" as Excel.ConditionalTextOperator,
      text: rule.text,
    };
  }
}

function applyChart(context: Excel.RequestContext, sheetName: string, spec: ChartSpec) {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const source = rangeOf(context, spec.source, spec.source.rowCount, spec.source.columnCount);
  let chart: Excel.Chart;
  if (spec.exists) {
    chart = sheet.charts.getItem(spec.name);
    chart.setData(source, "Columns" as Excel.ChartSeriesBy);
  } else {
    chart = sheet.charts.add(
      spec.type as Excel.ChartType,
      source,
      "Columns" as Excel.ChartSeriesBy
    );
    chart.name = spec.name;
  }
  chart.title.text = spec.title;
  if (spec.box) {
    // Chart.top/left/width/height, in points (ExcelApi 1.1):
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-top-member
    chart.top = spec.box.top;
    chart.left = spec.box.left;
    chart.width = spec.box.width;
    chart.height = spec.box.height;
  } else if (spec.from) chart.setPosition(spec.from, spec.to);
  if (spec.percentAxis) {
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 1;
  }
  // Series colours (ExcelApi 1.1), set on every run: whether Excel keeps a series' format when setData re-plots is
  // not documented. https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-setsolidcolor-member(1)
  (spec.seriesFills ?? []).forEach((color, i) =>
    chart.series.getItemAt(i).format.fill.setSolidColor(color)
  );
  // Point colours (ChartSeries.points, ChartPointsCollection.getItemAt, ChartPoint.format, ChartPointFormat.fill: all
  // ExcelApi 1.1, below the manifest's 1.7, so every Excel that loads the add-in has them; no run-time guard).
  // https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-points-member
  // https://learn.microsoft.com/javascript/api/excel/excel.chartpointscollection#excel-excel-chartpointscollection-getitemat-member(1)
  // https://learn.microsoft.com/javascript/api/excel/excel.chartpointformat#excel-excel-chartpointformat-fill-member
  // Queued with the rest (no sync per point), after the series colours, which would paint over them, and on every run:
  // whether a point keeps its format when setData re-plots is not documented. Pitfalls from the issue threads: a 2019
  // build set every slice of a pie when one point was coloured (OfficeDev/office-js#570, a product bug since closed),
  // and point colours did not take on a LineMarkers chart (OfficeDev/office-js#2941); the add-in colours columns and
  // pie slices only. Kontrollér Excel reads the colours back (selfCheckChartPoints.ts).
  if (spec.pointFills?.some((c) => c !== null)) {
    const points = chart.series.getItemAt(0).points;
    spec.pointFills.forEach((color, i) => {
      if (color) points.getItemAt(i).format.fill.setSolidColor(color);
    });
  }
}

/** Queues one operation on the request context (nothing reaches Excel before the next sync). */
export function queueOp(context: Excel.RequestContext, op: WriteOp): void {
  const sheets = context.workbook.worksheets;
  switch (op.kind) {
    case "addSheet":
      // WorksheetCollection.add has undo support on every platform (it is not in the undo page's "Unsupported APIs").
      sheets.add(op.sheet);
      return;
    case "deleteCharts": {
      // Chart.delete (ExcelApi 1.1) has undo support: an owned sheet is emptied, charts included, never deleted.
      const charts = sheets.getItem(op.sheet).charts;
      for (const name of op.names) charts.getItem(name).delete();
      return;
    }
    case "clear":
      rangeOf(context, op.block, op.block.rowCount, op.block.columnCount).clear(
        (op.applyTo ?? "All") as Excel.ClearApplyTo
      );
      return;
    case "values":
      if (op.values.length === 0) return;
      rangeOf(context, op.block, op.values.length, op.values[0].length).values =
        op.values as unknown as (string | number | boolean)[][];
      return;
    case "formulas":
      if (op.formulas.length === 0) return;
      rangeOf(context, op.block, op.formulas.length, op.formulas[0].length).formulas =
        op.formulas as unknown as (string | number | boolean)[][];
      return;
    case "numberFormat":
      rangeOf(context, op.block, op.block.rowCount, op.block.columnCount).numberFormat = fill2d(
        op.block.rowCount,
        op.block.columnCount,
        op.format
      );
      return;
    case "style": {
      const format = rangeOf(context, op.block, op.block.rowCount, op.block.columnCount).format;
      if (op.bold !== undefined) format.font.bold = op.bold;
      if (op.fontColor) format.font.color = op.fontColor;
      if (op.fontSize) format.font.size = op.fontSize;
      if (op.fill) format.fill.color = op.fill;
      if (op.wrap !== undefined) format.wrapText = op.wrap;
      if (op.columnWidth) format.columnWidth = op.columnWidth;
      return;
    }
    case "requireTable":
      context.workbook.tables.getItem(op.table).load("name");
      return;
    case "addTableColumn":
      context.workbook.tables.getItem(op.table).columns.add(undefined, undefined, op.header);
      return;
    case "deleteTableColumn":
      context.workbook.tables.getItem(op.table).columns.getItem(op.header).delete();
      return;
    case "conditionalFormats": {
      const range = rangeOf(context, op.block, op.block.rowCount, op.block.columnCount);
      range.conditionalFormats.clearAll();
      for (const rule of op.rules) applyConditionalRule(range, rule);
      return;
    }
    case "chart":
      applyChart(context, op.sheet, op.spec);
      return;
    case "autofit":
      rangeOf(context, op.block, op.block.rowCount, op.block.columnCount).format.autofitColumns();
      return;
    case "autoFilter": {
      // Worksheet.autoFilter (ExcelApi 1.9): one AutoFilter per sheet. remove() first, so a filter the user set on an
      // earlier drawing (hidden rows) does not carry over to new rows; apply(range) without a column and criteria puts
      // the filter buttons on the header only ("This filters the column if column index and filter criteria are
      // specified"). https://learn.microsoft.com/javascript/api/excel/excel.autofilter#excel-excel-autofilter-apply-member(1)
      // remove() on a sheet without one is what Microsoft's sample does unconditionally
      // (OfficeDev/office-js-snippets samples/excel/54-worksheet/worksheet-auto-filter.yaml).
      const filter = sheets.getItem(op.sheet).autoFilter;
      filter.remove();
      if (op.range)
        filter.apply(
          rangeOf(
            context,
            { sheet: op.sheet, ...op.range },
            op.range.rowCount,
            op.range.columnCount
          )
        );
      return;
    }
  }
}

/**
 * Writes the operations in as few syncs as the payload limit allows. Throws WriteFailure with Excel's error code if a
 * sync fails; the caller restores from the backup (the plan wrote it first).
 */
export async function executeOps(
  context: Excel.RequestContext,
  ops: WriteOp[],
  budget = PAYLOAD_BUDGET_BYTES
): Promise<WriteReport> {
  const batches = packBatches(splitLargeOps(ops, budget), requestBytes, budget);
  const report: WriteReport = { syncs: 0, requestBytes: [] };
  for (const batch of batches) {
    for (const op of batch) queueOp(context, op);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch, by design
      await context.sync();
    } catch (e) {
      const err = e as { code?: string; message?: string };
      throw new WriteFailure(
        err.code ?? "GeneralException",
        err.message ?? String(e),
        report.syncs
      );
    }
    report.syncs++;
    report.requestBytes.push(batch.reduce((a, op) => a + requestBytes(op), 0));
  }
  return report;
}
