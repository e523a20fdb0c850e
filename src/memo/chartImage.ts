// The picture of the Oversigt sheet's fulfilment chart ("Målopfyldelse pr. mål"), for the KKR memo: Excel draws its
// own chart (Chart.getImage, ExcelApi 1.2, a base64 PNG), so the memo shows exactly what the workbook shows. Reads
// only; three syncs whatever the workbook holds (the sheets' names, the chart's size, the picture).
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-getimage-member(1)
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-getitemornullobject-member(1)
// In src/memo rather than src/excel, so it loads with the memo: re-exported from src/excel/index.ts, webpack would put it
// in the pane's first view with the rest of the adapter.
import {
  CHART_FULFILMENT,
  FALLBACK_SUMMARY_SHEET,
  SUMMARY_SHEET,
  type ExcelRunner,
} from "../excel";

export interface ChartImage {
  png: Uint8Array;
  /** CSS pixels (96 per inch): the chart's size on the sheet. */
  width: number;
  height: number;
}

/** Pixels per point at 96 dpi (a chart's width and height are in points). */
const PX_PER_PT = 96 / 72;
/** The picture is asked for at twice the chart's size, so it stays sharp in Word and in print. */
const SCALE = 2;

/** Sheets the summary may be on: Oversigt, or "Målopfyldelse oversigt" (2, 3 …) when the user has an Oversigt. */
function isSummarySheet(name: string): boolean {
  return (
    name === SUMMARY_SHEET ||
    name === FALLBACK_SUMMARY_SHEET ||
    /^Målopfyldelse oversigt \d+$/.test(name)
  );
}

/** The fulfilment chart as a PNG, or null when no summary sheet holds it (Beregn has not been run). */
export async function readFulfilmentChartImage(runner: ExcelRunner): Promise<ChartImage | null> {
  return runner(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const charts = sheets.items
      .filter((s) => isSummarySheet(s.name))
      .map((s) => s.charts.getItemOrNullObject(CHART_FULFILMENT).load("width,height"));
    if (charts.length === 0) return null;
    await context.sync();
    const chart = charts.find((c) => !c.isNullObject);
    if (!chart) return null;
    const width = chart.width * PX_PER_PT;
    const height = chart.height * PX_PER_PT;
    // Only the width: the height follows the chart's proportions.
    const image = chart.getImage(Math.round(width * SCALE));
    await context.sync();
    // A ClientResult is read after its sync, without load (the lint rule takes it for a proxy object).
    // eslint-disable-next-line office-addins/load-object-before-read
    return { png: fromBase64(image.value), width: Math.round(width), height: Math.round(height) };
  });
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
