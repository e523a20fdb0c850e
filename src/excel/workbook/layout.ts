// Discovers the workbook in three syncs, none of them over the payload budget:
//   1. the names of the sheets and tables, whether the workbook's structure is protected, the decimal separator;
//   2. each visible sheet's used range (its size only), each table's place, headers and totals row, each sheet's
//      charts, and A1 of the add-in's state sheet (what the last run recorded);
//   3. the cells: the first WINDOW_ROWS rows of each visible sheet, all of the add-in's own sheets (their backup must
//      be whole) and the state sheet's fingerprint chunks, read in as many syncs as the 5 MB limit needs
//      (readRanges.ts: chunked, packed, halved and read again when Excel refuses a sync as too large).
// The used range is loaded and its isNullObject tested before anything is asked of it: Excel does not document a
// method called on a null object (an empty sheet's used range), so the scan never chains through one
// (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
// What the tables are is then decided by the pure core (headers.ts), so the pane can show the guess and let the user
// correct it.
import { toRawCell } from "../../core/numbers";
import { findDataHeaderRow, findGoalHeaderRow } from "../../core/headers";
import type { RawCell } from "../../core/model";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { readBlocks, type BlockRead } from "./readRanges";
import { officeErrorOf } from "./runner";
import { CHUNK_CHARS, decodeFingerprints, parseMeta, STATE_SHEET, type RunMeta } from "./state";

/** Rows of each sheet read during discovery: enough for every goal table we have seen. */
export const WINDOW_ROWS = 1_000;
/** Rows scanned for a header row in a plain range. */
const HEADER_SCAN_ROWS = 30;
/**
 * A first guess of the JSON bytes of one cell of a sheet nobody has read yet (a number or a short text with its
 * quotes and comma). readBlocks measures what it reads and packs the rest by what it saw.
 */
const GUESSED_CELL_BYTES = 16;

export interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface SheetWindow {
  name: string;
  used: Box | null;
  /**
   * Values from the top of the used range: its first WINDOW_ROWS rows, or all of it on the add-in's own sheets (the
   * backup of a sheet the run redraws must be whole).
   */
  window: RawCell[][];
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** The whole table: header row, body and, when shown, the totals row (Table.getRange). */
  box: Box;
  headers: string[];
  /**
   * Table.showTotals: the table's last row is its totals row, neither a goal nor a cell the add-in writes
   * (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member).
   */
  showTotals: boolean;
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
  /** Rows between the header row and the end of the table, an Excel table's totals row not included. */
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
  /** Null when the workbook has no state sheet yet; the sheet exists (perhaps empty) otherwise. */
  state: AddinState | null;
  /** Chart names per visible sheet: charts are found by name on a re-run, never duplicated. */
  charts: Record<string, string[]>;
  /**
   * Workbook.protection.protected (ExcelApi 1.7): no sheet can be added, so a run that needs a new sheet is refused
   * in Danish before anything is written ("Use workbook protection when your add-in needs to prevent users from
   * adding, deleting, moving, or renaming worksheets", learn.microsoft.com/office/dev/add-ins/excel/
   * excel-add-ins-workbooks#protect-the-workbooks-structure).
   */
  structureProtected?: boolean;
}

export interface ScanOptions {
  /**
   * Whether Excel has ExcelApi 1.11 (Application.decimalSeparator, useSystemSeparators, cultureInfo): the caller
   * asks Office.context.requirements.isSetSupported. Without it (or when Excel still answers ApiNotFound) the
   * workbook is read with the Danish decimal comma. Fortryd and rollbacks need no separator and never ask.
   */
  cultureInfo?: boolean;
}

interface FirstSync {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  protection: Excel.WorkbookProtection;
  /** Excel's own separator, else the system's, else null (not asked). */
  separator: () => string | null;
}

/**
 * Excel's own decimal separator where the user set one in Excel's options, else the operating system's: "local
 * overrides are exposed through Application properties such as Application.decimalSeparator", "the system settings
 * remain available through CultureInfo" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks
 * #access-application-culture-settings). All three members are ExcelApi 1.11.
 */
function queueSeparators(context: Excel.RequestContext): () => string | null {
  const application = context.application;
  application.load("decimalSeparator,useSystemSeparators");
  const culture = application.cultureInfo.numberFormat;
  culture.load("numberDecimalSeparator");
  return () =>
    application.useSystemSeparators === false
      ? application.decimalSeparator
      : culture.numberDecimalSeparator;
}

async function firstSync(context: Excel.RequestContext, separators: boolean): Promise<FirstSync> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name,items/showTotals,items/worksheet/name");
  const protection = context.workbook.protection;
  protection.load("protected");
  const separator = separators ? queueSeparators(context) : () => null;
  await context.sync();
  return { sheets, tables, protection, separator };
}

/** The first sync, and once more without the separators when this Excel turns out not to have them. */
async function firstSyncGuarded(
  context: Excel.RequestContext,
  separators: boolean
): Promise<FirstSync> {
  if (!separators) return firstSync(context, false);
  try {
    return await firstSync(context, true);
  } catch (e) {
    // "ApiNotFound: The API you are trying to use could not be found. It may be available in a newer version"
    // (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
    if (officeErrorOf(e).code !== "ApiNotFound") throw e;
    return firstSync(context, false);
  }
}

export async function scanWorkbook(
  context: Excel.RequestContext,
  options: ScanOptions = {}
): Promise<WorkbookLayout> {
  const first = await firstSyncGuarded(context, options.cultureInfo !== false);
  const { sheets, tables } = first;

  // Second sync: sizes, tables, charts and the state sheet's A1; nothing that depends on what a sheet holds.
  const visible = sheets.items.filter((s) => s.visibility === "Visible" && s.name !== STATE_SHEET);
  const usedRanges = visible.map((s) => {
    const used = s.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return used;
  });
  const sheetTables = tables.items.filter((t) => t.worksheet.name !== STATE_SHEET);
  const tableRanges = sheetTables.map((t) => {
    const range = t.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    const header = t.getHeaderRowRange();
    header.load("values");
    return { table: t, range, header };
  });
  const stateSheet = sheets.items.find((s) => s.name === STATE_SHEET);
  const metaCell = stateSheet?.getRange("A1");
  metaCell?.load("values");
  const chartCollections = visible.map((s) => {
    s.charts.load("items/name");
    return s.charts;
  });
  await context.sync();

  const metaValue = metaCell?.values[0]?.[0];
  const meta = stateSheet ? parseMeta(metaValue) : null;
  const owned = new Set(meta?.owned.sheets ?? []);
  const used: (Box | null)[] = usedRanges.map((u) =>
    u.isNullObject
      ? null
      : {
          rowIndex: u.rowIndex,
          columnIndex: u.columnIndex,
          rowCount: u.rowCount,
          columnCount: u.columnCount,
        }
  );

  // Third sync (more only past the budget): the cells.
  const blocks: BlockRead[] = [];
  const windowBlock = visible.map((s, i) => {
    const box = used[i];
    if (!box) return -1;
    blocks.push({
      sheet: s.name,
      rowIndex: box.rowIndex,
      columnIndex: box.columnIndex,
      rowCount: owned.has(s.name) ? box.rowCount : Math.min(WINDOW_ROWS, box.rowCount),
      columnCount: box.columnCount,
      properties: ["values"],
      bytesPerRow: box.columnCount * GUESSED_CELL_BYTES,
      guessed: true,
    });
    return blocks.length - 1;
  });
  const chunkBlock = (column: number, count: number): number => {
    if (count <= 0) return -1;
    blocks.push({
      sheet: STATE_SHEET,
      rowIndex: 1,
      columnIndex: column,
      rowCount: count,
      columnCount: 1,
      properties: ["values"],
      bytesPerRow: CHUNK_CHARS + 8,
    });
    return blocks.length - 1;
  };
  const currentChunks = chunkBlock(0, meta?.owned.fingerprintChunks ?? 0);
  const previousChunks = chunkBlock(1, meta?.run?.previousFingerprintChunks ?? 0);
  const data = await readBlocks(context, blocks, PAYLOAD_BUDGET_BYTES);
  const valuesOf = (block: number): unknown[][] =>
    block < 0 ? [] : ((data[block].values ?? []) as unknown[][]);

  const sheetWindows: SheetWindow[] = visible.map((s, i) => ({
    name: s.name,
    used: used[i],
    window: valuesOf(windowBlock[i]).map((row) => row.map(toRawCell)),
  }));
  const tableInfos: TableInfo[] = tableRanges.map((t) => ({
    name: t.table.name,
    sheet: t.table.worksheet.name,
    box: {
      rowIndex: t.range.rowIndex,
      columnIndex: t.range.columnIndex,
      rowCount: t.range.rowCount,
      columnCount: t.range.columnCount,
    },
    headers: (t.header.values[0] ?? []).map((h) => String(h ?? "")),
    showTotals: t.table.showTotals === true,
  }));

  let state: AddinState | null = null;
  if (meta) {
    const current = valuesOf(currentChunks).map((r) => String(r[0] ?? ""));
    const previous = valuesOf(previousChunks).map((r) => String(r[0] ?? ""));
    state = {
      meta,
      metaText: typeof metaValue === "string" ? metaValue : "",
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
    decimalSeparator: first.separator() === "." ? "." : ",",
    state,
    charts: Object.fromEntries(
      visible.map((s, i) => [s.name, chartCollections[i].items.map((c) => c.name)])
    ),
    structureProtected: first.protection.protected === true,
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
    // Header row above, totals row below (when shown): neither is a row of the body.
    bodyRowCount: Math.max(0, t.box.rowCount - 1 - (t.showTotals ? 1 : 0)),
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
