// Charts live only in the host model: ExcelJS cannot write charts, so toXlsx() drops them (src/host/README.md).
// Series are not stored; they are derived from the source range whenever they are read, as Excel re-plots when
// the data changes: orientation from seriesBy ("Auto": series in columns when the range has more rows than
// columns), a header row/column of text gives series names and category labels.

import type { Rect } from "../address";
import { findCell, columnWidthPoints, rowHeightPoints } from "./cells";
import { readCell } from "./cellValues";
import type { Journal } from "./journal";
import { assertEditable, type SheetEntity } from "./sheet";
import type { HostWorkbook } from "./workbook";

export type SeriesBy = "Auto" | "Columns" | "Rows";

export interface AxisState {
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  numberFormat: string;
  visible: boolean;
}

export interface ChartPosition {
  top: number;
  left: number;
  width: number;
  height: number;
  /** The cells given to setPosition, when it was used. */
  startCell?: string;
  endCell?: string;
}

export interface ChartEntity {
  id: string;
  name: string;
  sheet: SheetEntity;
  alive: boolean;
  chartType: string;
  source: { sheet: SheetEntity; rect: Rect };
  seriesBy: SeriesBy;
  title: { text: string; visible: boolean };
  position: ChartPosition;
  valueAxis: AxisState;
  categoryAxis: AxisState;
  /** Names given through ChartSeries.name, by series index. */
  seriesNames: Record<number, string>;
  /** Solid fills given through ChartSeries.format.fill.setSolidColor, by series index ("#RRGGBB"). */
  seriesFills: Record<number, string>;
  /**
   * Solid fills given to single data points through ChartSeries.points.getItemAt(i).format.fill.setSolidColor, by
   * series index, then point index ("#RRGGBB"). Kept by index when the data changes (setData), as a point's format in
   * the file is kept by its index; a point's own fill shows over its series' fill.
   */
  pointFills: Record<number, Record<number, string>>;
}

export interface DerivedSeries {
  name: string;
  /** The solid fill set on the series ("#RRGGBB"); absent when Excel's automatic colour is used. */
  fill?: string;
  /** Fills set on single points, by point index, for the points the series has now; absent when none is. */
  pointFills?: Record<number, string>;
  /** Numbers as plotted; text and blanks are null. */
  values: (number | null)[];
  categories: string[];
}

export const DEFAULT_AXIS: AxisState = {
  minimum: null,
  maximum: null,
  majorUnit: null,
  numberFormat: "General",
  visible: true,
};

/** Excel's default chart is 360 × 216 pt; the host places it next to its data. */
export function defaultPosition(source: Rect, sheet: SheetEntity): ChartPosition {
  return {
    ...cellOrigin(sheet, source.row, source.col + source.colCount),
    width: 360,
    height: 216,
  };
}

/** Top/left in points of a cell's top-left corner, from column widths and row heights. */
export function cellOrigin(
  sheet: SheetEntity,
  row: number,
  col: number
): { top: number; left: number } {
  let left = 0;
  for (let c = 0; c < col; c++) left += columnWidthPoints(sheet, c);
  let top = 0;
  for (let r = 0; r < row; r++) top += rowHeightPoints(sheet, r);
  return { top: round2(top), left: round2(left) };
}

export function cellExtent(
  sheet: SheetEntity,
  row: number,
  col: number
): { bottom: number; right: number } {
  const origin = cellOrigin(sheet, row, col);
  return {
    bottom: round2(origin.top + rowHeightPoints(sheet, row)),
    right: round2(origin.left + columnWidthPoints(sheet, col)),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function seriesInColumns(chart: ChartEntity): boolean {
  if (chart.seriesBy === "Columns") return true;
  if (chart.seriesBy === "Rows") return false;
  return chart.source.rect.rowCount > chart.source.rect.colCount;
}

export function deriveSeries(chart: ChartEntity, date1904: boolean): DerivedSeries[] {
  const { sheet, rect: area } = chart.source;
  if (!sheet.alive) return [];
  const byColumns = seriesInColumns(chart);
  // Work on a grid oriented so that each series is a column.
  const rows = byColumns ? area.rowCount : area.colCount;
  const cols = byColumns ? area.colCount : area.rowCount;
  const at = (i: number, j: number) =>
    readCell(
      findCell(sheet, area.row + (byColumns ? i : j), area.col + (byColumns ? j : i)),
      date1904
    ).value;
  const isText = (v: unknown) => typeof v === "string" && v !== "";
  const headerRow =
    rows > 1 &&
    Array.from({ length: cols }, (_, j) => at(0, j)).every((v) => v === "" || isText(v));
  const firstData = headerRow ? 1 : 0;
  const categoryColumn =
    cols > 1 &&
    Array.from({ length: rows - firstData }, (_, i) => at(i + firstData, 0)).some((v) => isText(v));
  const firstSeries = categoryColumn ? 1 : 0;
  const categories = Array.from({ length: rows - firstData }, (_, i) =>
    categoryColumn ? String(at(i + firstData, 0) ?? "") : String(i + 1)
  );
  const series: DerivedSeries[] = [];
  for (let j = firstSeries; j < cols; j++) {
    const index = series.length;
    const header = headerRow ? at(0, j) : "";
    const fill = chart.seriesFills[index];
    const points = Object.entries(chart.pointFills[index] ?? {}).filter(
      ([i]) => Number(i) < rows - firstData
    );
    series.push({
      name:
        chart.seriesNames[index] ??
        (header !== "" && header !== null ? String(header) : `Series${index + 1}`),
      ...(fill ? { fill } : {}),
      ...(points.length > 0 ? { pointFills: Object.fromEntries(points) } : {}),
      values: Array.from({ length: rows - firstData }, (_, i) => {
        const v = at(i + firstData, j);
        return typeof v === "number" ? v : null;
      }),
      categories,
    });
  }
  return series;
}

// ---------------------------------------------------------------------------------------------------------------
// Changes (journaled). Inserting or changing charts on a protected sheet needs "edit objects".

export function addChart(
  wb: HostWorkbook,
  sheet: SheetEntity,
  chartType: string,
  source: { sheet: SheetEntity; rect: Rect },
  seriesBy: SeriesBy,
  journal: Journal,
  location: string
): ChartEntity {
  assertEditable(sheet, "objects", location);
  journal.assign(sheet, "chartCounter", sheet.chartCounter + 1);
  const chart: ChartEntity = {
    id: wb.nextId("chart"),
    name: `Chart ${sheet.chartCounter}`,
    sheet,
    alive: true,
    chartType,
    source,
    seriesBy,
    title: { text: "", visible: false },
    position: defaultPosition(source.rect, sheet),
    valueAxis: { ...DEFAULT_AXIS },
    categoryAxis: { ...DEFAULT_AXIS },
    seriesNames: {},
    seriesFills: {},
    pointFills: {},
  };
  journal.record(() => (chart.alive = false));
  journal.assign(sheet, "charts", [...sheet.charts, chart]);
  return chart;
}

export function deleteChart(chart: ChartEntity, journal: Journal, location: string): void {
  assertEditable(chart.sheet, "objects", location);
  journal.assign(chart, "alive", false);
  journal.assign(
    chart.sheet,
    "charts",
    chart.sheet.charts.filter((c) => c !== chart)
  );
}

/** Changes one field of a chart (objects are replaced, never mutated, so loaded snapshots stay as they were). */
export function updateChart<K extends keyof ChartEntity>(
  chart: ChartEntity,
  key: K,
  value: ChartEntity[K],
  journal: Journal,
  location: string
): void {
  assertEditable(chart.sheet, "objects", location);
  journal.assign(chart, key, value);
}

/** setPosition(startCell, endCell?): the chart's top-left at startCell; with endCell it spans to that cell's far corner. */
export function positionAt(
  sheet: SheetEntity,
  start: Rect,
  end: Rect | null,
  current: ChartPosition,
  names: { start: string; end?: string }
): ChartPosition {
  const origin = cellOrigin(sheet, start.row, start.col);
  if (!end) return { ...current, ...origin, startCell: names.start, endCell: undefined };
  const far = cellExtent(sheet, end.row + end.rowCount - 1, end.col + end.colCount - 1);
  return {
    top: origin.top,
    left: origin.left,
    width: round2(Math.max(0, far.right - origin.left)),
    height: round2(Math.max(0, far.bottom - origin.top)),
    startCell: names.start,
    endCell: names.end,
  };
}
