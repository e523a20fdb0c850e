// What a Fordeling run reads: the key tables the workbook has (a table with Kommune and Indbyggere, or Beløb), and of
// the chosen one, in one read, the key as the user typed it and the cells where the add-in's columns are or go.
import { looksLikeKeyTable } from "../../core/allocate";
import type { CellError, RawTable } from "../../core/model";
import type { TableSource, WorkbookLayout } from "../workbook/layout";
import {
  outputBlock,
  outputCells,
  placeOutputs,
  queueOutputFormats,
  readQueued,
  type OutputCells,
} from "../workbook/outputColumns";
import { queueMergedOutputs, readMergedOutputs, type MergedOutput } from "../workbook/mergedCells";
import { readBlocks } from "../workbook/readRanges";
import { wholeTable, wholeTableBlock } from "../workbook/tables";
import { ALLOCATION_COLUMNS } from "./columns";

export function keySources(layout: WorkbookLayout): TableSource[] {
  return layout.sources.filter((s) => looksLikeKeyTable(s.headers));
}

/** The key table the user chose (sheet + table name, or the sheet name for a plain range), else the first found. */
export function chooseKeySource(
  sources: TableSource[],
  wanted?: { sheet: string; name: string }
): TableSource | undefined {
  return wanted
    ? sources.find((s) => s.sheet === wanted.sheet && s.name === wanted.name)
    : sources[0];
}

/** The error when the workbook has no key table, on its first sheet. */
export function noKeyTable(layout: WorkbookLayout, locale: "da" | "en"): CellError {
  const sheet = layout.sheets[0]?.name ?? "Ark1";
  return {
    sheet,
    cell: "A1",
    code: "no-key-table",
    message:
      locale === "da"
        ? "ingen fordelingsnøgle fundet: en tabel skal have overskrifterne Kommune og Indbyggere (eller Beløb)"
        : "no population key found: a table needs the headers Kommune and Indbyggere (or Beløb)",
  };
}

export interface KeyData {
  /** The key as the user typed it: the add-in's own columns left out. */
  input: RawTable;
  /** What the add-in's columns hold now, or the empty cells where they go. */
  outputs: OutputCells;
  /** Merged areas over the owned columns' cells (workbook/mergedCells.ts): the run stops on them. */
  merged: MergedOutput[];
}

/** One read: the key table whole and the cells of its owned columns. */
export async function readKeyData(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  source: TableSource,
  /** Look for merged output cells (ExcelApi 1.13). */
  checkMerges = true
): Promise<KeyData> {
  const placement = placeOutputs(source.headers, ALLOCATION_COLUMNS);
  // In the same sync: the owned columns' widths, so Fortryd gives an added column's width back.
  const outputFormats = queueOutputFormats(context, source, placement);
  const mergeQuery = queueMergedOutputs(
    context,
    source,
    placement,
    ALLOCATION_COLUMNS,
    checkMerges
  );
  const [keyData, outData] = await readBlocks(context, [
    wholeTableBlock(layout, source),
    outputBlock(layout, source, placement),
  ]);
  const merged = await readMergedOutputs(context, mergeQuery);
  let formats = readQueued(outputFormats);
  if (!formats.widths) {
    // The sync that carried them was refused (too large) and its blocks were read again in halves: once more, as
    // the goal writer does (goals/read.ts), so a retried read plans the same widths as a clean one.
    const again = queueOutputFormats(context, source, placement);
    await context.sync();
    formats = readQueued(again);
  }
  return {
    input: stripOutputs(
      wholeTable(source, keyData),
      placement.filter((p) => p.exists).map((p) => p.column)
    ),
    outputs: {
      ...outputCells(outData, placement, source.bodyRowCount),
      ...formats,
    },
    merged,
  };
}

/** The key as the user typed it: the add-in's own columns left out. */
function stripOutputs(table: RawTable, outputColumns: number[]): RawTable {
  if (outputColumns.length === 0) return table;
  const keep = (_: unknown, c: number) => !outputColumns.includes(c);
  return {
    ...table,
    headers: table.headers.map((h, c) => (keep(h, c) ? h : "")),
    columns: table.columns.map((col, c) => (keep(col, c) ? col : undefined)),
  };
}
