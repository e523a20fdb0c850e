// Discovers the workbook in two syncs: (1) names of sheets and tables, (2) for every visible sheet its used range and
// the first rows of it, every table's place and headers, the add-in's own state and summary sheet.
// What the tables are is then decided by the pure core (headers.ts), so the pane can show the guess and let the user
// correct it.
import { toRawCell } from "../../core/numbers";
import { findDataHeaderRow, findGoalHeaderRow } from "../../core/headers";
import type { RawCell } from "../../core/model";
import { decodeFingerprints, MAX_STATE_ROWS, parseMeta, STATE_SHEET, type RunMeta } from "./state";

/** Rows of each sheet read during discovery: enough for every goal table we have seen, small enough to be cheap. */
export const WINDOW_ROWS = 1_000;
/** Rows scanned for a header row in a plain range. */
const HEADER_SCAN_ROWS = 30;

export interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface SheetWindow {
  name: string;
  used: Box | null;
  /** Values of the first WINDOW_ROWS rows of the used range. */
  window: RawCell[][];
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** The whole table including its header row. */
  box: Box;
  headers: string[];
}

/** A table the calculator may read: an Excel table or a plain range under a header row. */
export interface TableSource {
  source: "table" | "range";
  sheet: string;
  /** Excel table name, or the sheet name for a plain range. */
  name: string;
  headerRowIndex: number;
  firstColumnIndex: number;
  headers: string[];
  bodyRowCount: number;
}

export interface AddinState {
  meta: RunMeta;
  /** A1 as it was read (the metadata's JSON text), so a failed run can put it back exactly. */
  metaText: string;
  fingerprints: Set<string>;
  fingerprintChunks: string[];
  previousFingerprintChunks: string[];
}

export interface WorkbookLayout {
  sheets: SheetWindow[];
  /** Every sheet's name, hidden ones included (Fortryd skips what the user has deleted since). */
  sheetNames?: string[];
  tables: TableInfo[];
  sources: TableSource[];
  decimalSeparator: "," | ".";
  state: AddinState | null;
  /** Chart names per visible sheet: charts are found by name on a re-run, never duplicated. */
  charts: Record<string, string[]>;
}

export async function scanWorkbook(
  context: Excel.RequestContext,
  options: { cultureInfo?: boolean } = {}
): Promise<WorkbookLayout> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  // cultureInfo needs ExcelApi 1.11; on older hosts the workbook is read with the Danish decimal comma.
  const culture =
    options.cultureInfo === false ? null : context.application.cultureInfo.numberFormat;
  culture?.load("numberDecimalSeparator");
  await context.sync();

  const visible = sheets.items.filter((s) => s.visibility === "Visible" && s.name !== STATE_SHEET);
  const usedRanges = visible.map((s) => {
    const used = s.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return used;
  });
  const windows = visible.map((s) => {
    const top = s
      .getUsedRangeOrNullObject(true)
      .getRow(0)
      .getResizedRange(WINDOW_ROWS - 1, 0);
    const clipped = top.getIntersectionOrNullObject(s.getUsedRangeOrNullObject(true));
    clipped.load("values,rowIndex,columnIndex");
    return clipped;
  });
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    const header = t.getHeaderRowRange();
    header.load("values");
    return { table: t, range, header };
  });
  const stateSheet = sheets.items.find((s) => s.name === STATE_SHEET);
  const stateRange = stateSheet?.getRange(`A1:B${MAX_STATE_ROWS}`);
  stateRange?.load("values");
  const chartCollections = visible.map((s) => {
    s.charts.load("items/name");
    return s.charts;
  });
  await context.sync();

  const sheetWindows: SheetWindow[] = visible.map((s, i) => {
    const used = usedRanges[i];
    const win = windows[i];
    return {
      name: s.name,
      used: used.isNullObject
        ? null
        : {
            rowIndex: used.rowIndex,
            columnIndex: used.columnIndex,
            rowCount: used.rowCount,
            columnCount: used.columnCount,
          },
      window: win.isNullObject ? [] : win.values.map((row) => row.map(toRawCell)),
    };
  });
  const tableInfos: TableInfo[] = tableRanges
    .filter((t) => t.table.worksheet.name !== STATE_SHEET)
    .map((t) => ({
      name: t.table.name,
      sheet: t.table.worksheet.name,
      box: {
        rowIndex: t.range.rowIndex,
        columnIndex: t.range.columnIndex,
        rowCount: t.range.rowCount,
        columnCount: t.range.columnCount,
      },
      headers: (t.header.values[0] ?? []).map((h) => String(h ?? "")),
    }));

  let state: AddinState | null = null;
  if (stateRange) {
    const rows = stateRange.values;
    const meta = parseMeta(rows[0]?.[0]);
    const n = meta.owned.fingerprintChunks;
    const m = meta.run?.previousFingerprintChunks ?? 0;
    const current = rows.slice(1, 1 + n).map((r) => String(r[0] ?? ""));
    const previous = rows.slice(1, 1 + m).map((r) => String(r[1] ?? ""));
    state = {
      meta,
      metaText: typeof rows[0]?.[0] === "string" ? rows[0][0] : "",
      fingerprints: decodeFingerprints(current),
      fingerprintChunks: current,
      previousFingerprintChunks: previous,
    };
  }

  return {
    sheets: sheetWindows,
    sheetNames: sheets.items.map((s) => s.name),
    tables: tableInfos,
    sources: tableSources(sheetWindows, tableInfos),
    decimalSeparator: culture?.numberDecimalSeparator === "." ? "." : ",",
    state,
    charts: Object.fromEntries(
      visible.map((s, i) => [s.name, chartCollections[i].items.map((c) => c.name)])
    ),
  };
}

function inside(box: Box, row: number, column: number): boolean {
  return (
    row >= box.rowIndex &&
    row < box.rowIndex + box.rowCount &&
    column >= box.columnIndex &&
    column < box.columnIndex + box.columnCount
  );
}

/**
 * Excel tables as they are; on sheets, a plain range below the first header row found that is not inside a table.
 * Pure, so the detection is tested without Excel.
 */
export function tableSources(sheets: SheetWindow[], tables: TableInfo[]): TableSource[] {
  const sources: TableSource[] = tables.map((t) => ({
    source: "table",
    sheet: t.sheet,
    name: t.name,
    headerRowIndex: t.box.rowIndex,
    firstColumnIndex: t.box.columnIndex,
    headers: t.headers,
    bodyRowCount: t.box.rowCount - 1,
  }));
  for (const sheet of sheets) {
    if (!sheet.used || sheet.window.length === 0) continue;
    const used = sheet.used;
    const top = sheet.window.slice(0, HEADER_SCAN_ROWS);
    let headerOffset = findGoalHeaderRow(top);
    if (headerOffset < 0) headerOffset = findDataHeaderRow(top);
    if (headerOffset < 0) continue;
    const headerRowIndex = used.rowIndex + headerOffset;
    const sheetTables = tables.filter((t) => t.sheet === sheet.name);
    if (
      sheetTables.some(
        (t) =>
          inside(t.box, headerRowIndex, used.columnIndex) ||
          inside(t.box, headerRowIndex, used.columnIndex + used.columnCount - 1)
      )
    ) {
      continue;
    }
    const headerRow = sheet.window[headerOffset];
    let first = headerRow.findIndex((v) => v !== null && String(v).trim() !== "");
    let last = headerRow.length - 1;
    while (last >= 0 && (headerRow[last] === null || String(headerRow[last]).trim() === "")) last--;
    if (first < 0 || last < first) continue;
    // A plain range ends at the first gap in the header row: the headers are contiguous.
    for (let c = first; c <= last; c++) {
      if (headerRow[c] === null || String(headerRow[c]).trim() === "") {
        last = c - 1;
        break;
      }
    }
    first = Math.max(first, 0);
    sources.push({
      source: "range",
      sheet: sheet.name,
      name: sheet.name,
      headerRowIndex,
      firstColumnIndex: used.columnIndex + first,
      headers: headerRow.slice(first, last + 1).map((h) => String(h ?? "").trim()),
      bodyRowCount: used.rowIndex + used.rowCount - headerRowIndex - 1,
    });
  }
  return sources;
}
