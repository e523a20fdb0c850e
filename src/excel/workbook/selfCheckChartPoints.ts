// Kontrollér Excel's check of the chart point colours (issue 14, item 4: Oversigt's bars coloured by status). It
// draws a two-bar chart through the writer's own chart operation (write.ts: ChartSeries.points,
// ChartPointsCollection.getItemAt, ChartPoint.format, ChartPointFormat.fill, ChartFill.setSolidColor, all ExcelApi 1.1)
// on the temporary sheet, reads the colours back (ChartFill.getSolidColor, ExcelApi 1.16) and deletes the chart.
// https://learn.microsoft.com/javascript/api/excel/excel.chartpoint
// https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-getsolidcolor-member(1)
// Without ExcelApi 1.16 (Office 2021 has 1.14) the colours are set but cannot be read back: the check says so.
import { STATUS_COLOURS } from "./formats";
import { executeOps } from "./write";

const CHART = "KontrolPunkter";
const FILLS = [STATUS_COLOURS.Opfyldt.fill, STATUS_COLOURS["Delvist opfyldt"].fill];

class CheckFailed extends Error {
  constructor(
    public code: string,
    message: string
  ) {
    super(message);
  }
}

/** The check on the self-check's temporary sheet `sheet` (selfCheck.ts CHECK_SHEET). */
export function chartPointsCheck(sheet: string) {
  const block = (rowIndex: number, rowCount: number) => ({
    sheet,
    rowIndex,
    columnIndex: 0,
    rowCount,
    columnCount: 2,
  });
  return {
    name: "Diagrammets søjler farves hver for sig (status)",
    members: [
      "Chart.series",
      "ChartSeriesCollection.getItemAt",
      "ChartSeries.format",
      "ChartSeriesFormat.fill",
      "ChartSeries.points",
      "ChartPointsCollection.getItemAt",
      "ChartPointsCollection.count",
      "ChartPoint.format",
      "ChartPointFormat.fill",
      "ChartFill.setSolidColor",
      "ChartFill.getSolidColor",
    ],
    run: async (context: Excel.RequestContext): Promise<void> => {
      await executeOps(context, [
        {
          kind: "values",
          block: block(20, 3),
          values: [
            ["Mål", "Opfyldelse"],
            ["Mål 1", 1],
            ["Mål 2", 0.5],
          ],
        },
        {
          kind: "chart",
          sheet,
          spec: {
            name: CHART,
            type: "ColumnClustered",
            title: CHART,
            source: block(20, 3),
            from: "I20",
            to: "P32",
            percentAxis: true,
            exists: false,
            // A series colour first (as Spredning's), then the points' own over it.
            seriesFills: ["#4472C4"],
            pointFills: FILLS,
          },
        },
      ]);
      const points = context.workbook.worksheets
        .getItem(sheet)
        .charts.getItem(CHART)
        .series.getItemAt(0).points;
      points.load("count");
      await context.sync();
      if (points.count !== FILLS.length)
        throw new CheckFailed("Mismatch", `søjler: ventede ${FILLS.length}, fik ${points.count}`);
      const read = FILLS.map((_, i) => points.getItemAt(i).format.fill.getSolidColor());
      try {
        await context.sync();
      } catch (e) {
        if ((e as { code?: string }).code === "ApiNotFound")
          throw new CheckFailed(
            "ApiNotFound",
            "farverne er sat, men kan ikke læses tilbage uden ExcelApi 1.16 (ChartFill.getSolidColor)"
          );
        throw e;
      }
      const got = read.map((r) => r.value.toUpperCase());
      if (JSON.stringify(got) !== JSON.stringify(FILLS))
        throw new CheckFailed(
          "Mismatch",
          `søjlefarver: ventede ${JSON.stringify(FILLS)}, fik ${JSON.stringify(got)}`
        );
      await executeOps(context, [{ kind: "deleteCharts", sheet, names: [CHART] }]);
    },
  };
}
