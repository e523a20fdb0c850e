// HostSnapshot: a plain-data copy of the model for the workbench page and tests (no proxies, no ExcelJS objects).

import {
  cellAddress,
  columnLetters,
  formatRect,
  MAX_COLUMNS,
  MAX_ROWS,
  qualifiedAddress,
  rect,
} from "../address";
import type {
  CellSnapshot,
  ChartSnapshot,
  ConditionalFormatSnapshot,
  HostSnapshot,
  SheetSnapshot,
  TableSnapshot,
} from "../types";
import { autoFilterRect } from "./autoFilter";
import { columnWidthPoints, forEachExistingCell, usedRect } from "./cells";
import { readCell } from "./cellValues";
import { clone } from "./clone";
import { deriveSeries, type ChartEntity } from "./charts";
import type { ConditionalFormatEntity } from "./conditionalFormats";
import { formatCellText } from "./numberFormat";
import type { SheetEntity } from "./sheet";
import {
  charsToPoints,
  DEFAULT_COLUMN_CHARS,
  fillColorOf,
  fontOf,
  hasVisibleFormat,
  numberFormatOf,
  wrapTextOf,
} from "./styles";
import { bodyRect, headerRect, totalsRect, type TableEntity } from "./tables";
import type { HostWorkbook } from "./workbook";

export function takeSnapshot(wb: HostWorkbook): HostSnapshot {
  return {
    workbookName: wb.name,
    activeSheet: wb.activeSheet.name,
    sheets: wb.sheets.map((sheet, position) => sheetSnapshot(wb, sheet, position)),
    tables: wb.tables.map(tableSnapshot),
  };
}

function sheetSnapshot(wb: HostWorkbook, sheet: SheetEntity, position: number): SheetSnapshot {
  const used = usedRect(sheet, false);
  const filter = autoFilterRect(sheet);
  const cells: CellSnapshot[] = [];
  forEachExistingCell(sheet, rect(0, 0, MAX_ROWS, MAX_COLUMNS), (cell, row, column) => {
    const reading = readCell(cell, wb.date1904);
    if (
      reading.valueType === "Empty" &&
      reading.formula === undefined &&
      !hasVisibleFormat(cell.style)
    )
      return;
    const font = fontOf(cell.style);
    const numberFormat = numberFormatOf(cell.style);
    cells.push({
      address: cellAddress(row, column),
      row,
      column,
      value: reading.value,
      ...(reading.formula !== undefined ? { formula: reading.formula } : {}),
      ...(wb.calculation.isStale(sheet, row, column) ? { stale: true as const } : {}),
      valueType: reading.valueType,
      text: formatCellText(reading, numberFormat, wb.locale),
      numberFormat,
      fill: fillColorOf(cell.style),
      fontColor: font.color,
      bold: font.bold,
      italic: font.italic,
      ...(wrapTextOf(cell.style) ? { wrap: true as const } : {}),
    });
  });
  const columnWidths: Record<string, number> = {};
  const defaultWidth = charsToPoints(DEFAULT_COLUMN_CHARS);
  const lastColumn = Math.max(used ? used.col + used.colCount : 0, sheet.ws.columnCount);
  for (let c = 0; c < lastColumn; c++) {
    const width = columnWidthPoints(sheet, c);
    if (width !== defaultWidth) columnWidths[columnLetters(c)] = width;
  }
  return {
    id: sheet.id,
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    protected: sheet.protection.protected,
    usedRange: used ? formatRect(used) : null,
    cells,
    columnWidths,
    conditionalFormats: sheet.conditionalFormats.map(conditionalFormatSnapshot),
    charts: sheet.charts.map((chart) => chartSnapshot(wb, chart)),
    ...(filter ? { autoFilter: formatRect(filter) } : {}),
  };
}

function tableSnapshot(table: TableEntity): TableSnapshot {
  const header = headerRect(table);
  const body = bodyRect(table);
  const totals = totalsRect(table);
  return {
    id: table.id,
    name: table.name,
    sheet: table.sheet.name,
    address: formatRect(table.rect),
    headerAddress: header ? formatRect(header) : null,
    bodyAddress: body ? formatRect(body) : null,
    totalsAddress: totals ? formatRect(totals) : null,
    columns: table.columns.map((c) => c.name),
    showHeaders: table.showHeaders,
    showTotals: table.showTotals,
  };
}

export function conditionalFormatSnapshot(
  cf: ConditionalFormatEntity,
  priority: number
): ConditionalFormatSnapshot {
  const snap: ConditionalFormatSnapshot = {
    id: cf.id,
    type: cf.type,
    address: cf.areas.map(formatRect).join(" "),
    priority,
    stopIfTrue: cf.stopIfTrue,
  };
  if (cf.iconSet) snap.iconSet = clone(cf.iconSet);
  if (cf.colorScale) snap.colorScale = clone(cf.colorScale);
  if (cf.textComparison) snap.textComparison = clone(cf.textComparison);
  if (cf.custom)
    snap.custom = { rule: { formula: cf.custom.formula }, format: { ...cf.custom.format } };
  if (cf.cellValue) snap.cellValue = clone(cf.cellValue);
  return snap;
}

function chartSnapshot(wb: HostWorkbook, chart: ChartEntity): ChartSnapshot {
  const { minimum, maximum, majorUnit, numberFormat } = chart.valueAxis;
  return {
    id: chart.id,
    name: chart.name,
    type: chart.chartType,
    title: chart.title.text,
    titleVisible: chart.title.visible,
    sourceAddress: qualifiedAddress(chart.source.sheet.name, chart.source.rect),
    seriesBy: chart.seriesBy,
    series: deriveSeries(chart, wb.date1904),
    position: { ...chart.position },
    valueAxis: { minimum, maximum, majorUnit, numberFormat },
  };
}
