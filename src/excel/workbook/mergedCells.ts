// Merged cells over the add-in's output columns stop a run before anything is written.
//
// Why: a merged area keeps one value, in its top-left cell ("The value of a merged range is specified in the cell of
// the range's upper-left corner", learn.microsoft.com/office/vba/api/excel.range.merge). Learn does not say what
// Range.values does when it is set over part of a merged area, so the add-in cannot know where each row's Status
// would land, nor give the user's own values back on Fortryd. Asking the user to unmerge is the safe way.
//
// How: Range.getMergedAreasOrNullObject (ExcelApi 1.13; learn.microsoft.com/javascript/api/excel/excel.range
// #excel-excel-range-getmergedareasornullobject-member(1)) is loaded with the writer's read, in the same sync. It
// returns only the areas whose top-left cell lies in the range (OfficeDev/office-js#3611), so the range asked is
// from A1 to the output columns' last body cell: every area that reaches an output cell starts inside it. Learn says
// the call fails past 512 areas in that range; such a sheet gets Excel's error, as any failed read.
// Without ExcelApi 1.13 Excel cannot tell an add-in where cells are merged: the check is skipped (`enabled: false`)
// and the run writes as before.
import { parseAddress, qualifiedAddress, rangeAddress, cellAddress } from "../../core/address";
import { cellError, type MessageLocale } from "../../core/messages";
import type { CellError } from "../../core/model";
import type { TableSource } from "./layout";
import type { OutputColumn, Placement } from "./outputColumns";

/** A merged area that covers cells of an output column the run writes. */
export interface MergedOutput {
  /** The output column's header ("Status"). */
  column: string;
  /** The whole merged area, A1 without the sheet ("K4:K5"). */
  area: string;
  /** Its first cell in that output column ("K4"): where the error points. */
  cell: string;
}

interface Box {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** Splits a RangeAreas address ("Mål!A1:B2, 'Mål 2'!C3") at the commas outside quoted sheet names. */
export function splitAreasAddress(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' inside a name toggles twice: still quoted
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

function overlap(a: Box, b: Box): Box | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.col + a.colCount, b.col + b.colCount);
  return rowEnd > row && colEnd > col
    ? { row, col, rowCount: rowEnd - row, colCount: colEnd - col }
    : null;
}

/**
 * The cells each output column gets written: its body rows, and its header cell too when the run adds the column.
 * Pure.
 */
export function outputStrips(
  source: TableSource,
  placement: Placement[],
  columns: OutputColumn[]
): { column: string; box: Box }[] {
  const first = source.headerRowIndex + 1;
  return placement.map((p, i) => {
    const top = p.exists ? first : source.headerRowIndex;
    return {
      column: p.exists ? source.headers[p.column] || columns[i].header : columns[i].header,
      box: {
        row: top,
        col: source.firstColumnIndex + p.column,
        rowCount: first + source.bodyRowCount - top,
        colCount: 1,
      },
    };
  });
}

/** Which merged areas (A1 addresses, as RangeAreas.address lists them) cover output cells. Pure. */
export function mergedOutputs(
  areas: string[],
  strips: { column: string; box: Box }[]
): MergedOutput[] {
  const found: MergedOutput[] = [];
  for (const address of areas) {
    const parsed = parseAddress(address);
    const area: Box = {
      row: parsed.rowIndex,
      col: parsed.columnIndex,
      rowCount: parsed.rowCount,
      colCount: parsed.columnCount,
    };
    // One error per area, at the first output column it covers.
    for (const strip of strips) {
      const hit = overlap(area, strip.box);
      if (!hit) continue;
      found.push({
        column: strip.column,
        area: rangeAddress(area.row, area.col, area.rowCount, area.colCount),
        cell: cellAddress(hit.row, hit.col),
      });
      break;
    }
  }
  return found;
}

/** A queued look-up, read after the sync that carries it (see readMergedOutputs). */
export interface MergeQuery {
  sheet: string;
  strips: { column: string; box: Box }[];
  /** Rows and columns from A1 that the look-up covers. */
  rowCount: number;
  columnCount: number;
  areas: Excel.RangeAreas | null;
}

function loadAreas(context: Excel.RequestContext, query: MergeQuery): Excel.RangeAreas {
  const areas = context.workbook.worksheets
    .getItem(query.sheet)
    .getRangeByIndexes(0, 0, query.rowCount, query.columnCount)
    .getMergedAreasOrNullObject();
  areas.load("address");
  return areas;
}

/**
 * Queues the merged-areas load for a writer's read: call it before the read's sync. With `enabled` false (an Excel
 * without ExcelApi 1.13) nothing is queued and no merges are found.
 */
export function queueMergedOutputs(
  context: Excel.RequestContext,
  source: TableSource,
  placement: Placement[],
  columns: OutputColumn[],
  enabled: boolean
): MergeQuery {
  const strips = outputStrips(source, placement, columns);
  const query: MergeQuery = {
    sheet: source.sheet,
    strips,
    rowCount: Math.max(0, ...strips.map((s) => s.box.row + s.box.rowCount)),
    columnCount: Math.max(0, ...strips.map((s) => s.box.col + 1)),
    areas: null,
  };
  if (enabled && strips.length > 0) query.areas = loadAreas(context, query);
  return query;
}

/** The loaded address, null for no merged areas, undefined when the sync that carried the load did not run. */
function loadedAddress(areas: Excel.RangeAreas): string | null | undefined {
  try {
    return areas.isNullObject ? null : areas.address;
  } catch {
    return undefined;
  }
}

/**
 * The merged areas over output cells, once the read's sync has run. If that sync was refused (a payload too large,
 * read again in parts by readBlocks), the look-up is queued once more and synced on its own.
 */
export async function readMergedOutputs(
  context: Excel.RequestContext,
  query: MergeQuery
): Promise<MergedOutput[]> {
  if (!query.areas) return [];
  let address = loadedAddress(query.areas);
  if (address === undefined) {
    const again = loadAreas(context, query);
    await context.sync();
    address = loadedAddress(again);
  }
  return address ? mergedOutputs(splitAreasAddress(address), query.strips) : [];
}

/** The Danish (or English) error for each merged area, naming the sheet and cells. */
export function mergedOutputErrors(
  sheet: string,
  merged: MergedOutput[],
  locale: MessageLocale,
  rowWord: "goal" | "key"
): CellError[] {
  return merged.map((m) =>
    cellError(locale, sheet, m.cell, "merged-output", {
      column: m.column,
      range: qualifiedAddress(sheet, m.area),
      row: rowWord,
    })
  );
}
