// Reading the user's tables as the core sees them (RawTable): header-only tables for recognising them, and whole
// tables (values and number formats) for small ones such as a population key. Every writer reads through these.
import { toRawCell } from "../../core/numbers";
import type { RawCell, RawTable } from "../../core/model";
import { scanWorkbook, type TableSource, type WorkbookLayout } from "./layout";
import {
  estimateBytesPerRow,
  NUMBER_FORMAT_BYTES,
  readBlocks,
  type BlockData,
  type BlockRead,
} from "./readRanges";
import type { ExcelRunner } from "./runner";

/** A header-only RawTable for each source: enough to recognise tables and resolve Tabel[Kolonne] references. */
export function headerTables(layout: WorkbookLayout): RawTable[] {
  return layout.sources.map((s) => ({
    sheet: s.sheet,
    name: s.name,
    source: s.source,
    headerRowIndex: s.headerRowIndex,
    firstColumnIndex: s.firstColumnIndex,
    headers: s.headers,
    rowCount: s.bodyRowCount,
    columns: [],
  }));
}

/** Cells of a source's sheet that the scan already read (its first WINDOW_ROWS rows), for estimates and samples. */
export function windowRows(
  layout: WorkbookLayout,
  source: TableSource,
  firstRow: number,
  count: number,
  firstColumn: number,
  columns: number
): RawCell[][] {
  const sheet = layout.sheets.find((s) => s.name === source.sheet);
  if (!sheet?.used) return [];
  const out: RawCell[][] = [];
  for (let r = 0; r < count; r++) {
    const row = sheet.window[firstRow - sheet.used.rowIndex + r];
    if (!row) break;
    const cells: RawCell[] = [];
    for (let c = 0; c < columns; c++)
      cells.push(row[firstColumn - sheet.used.columnIndex + c] ?? null);
    out.push(cells);
  }
  return out;
}

/** The block that reads every column of a table, values and number formats. */
export function wholeTableBlock(layout: WorkbookLayout, s: TableSource): BlockRead {
  return {
    sheet: s.sheet,
    rowIndex: s.headerRowIndex + 1,
    columnIndex: s.firstColumnIndex,
    rowCount: s.bodyRowCount,
    columnCount: s.headers.length,
    properties: ["values", "numberFormat"],
    bytesPerRow:
      estimateBytesPerRow(
        windowRows(layout, s, s.headerRowIndex + 1, 200, s.firstColumnIndex, s.headers.length),
        s.headers.length,
        1
      ) +
      NUMBER_FORMAT_BYTES * s.headers.length,
  };
}

/** A RawTable from what wholeTableBlock read. */
export function wholeTable(s: TableSource, data: BlockData): RawTable {
  const values = (data.values ?? []) as unknown[][];
  const formats = (data.numberFormat ?? []) as unknown[][];
  return {
    sheet: s.sheet,
    name: s.name,
    source: s.source,
    headerRowIndex: s.headerRowIndex,
    firstColumnIndex: s.firstColumnIndex,
    headers: s.headers,
    rowCount: s.bodyRowCount,
    columns: s.headers.map((_, c) => values.map((row) => toRawCell(row[c]))),
    numberFormats: s.headers.map((_, c) => formats.map((row) => String(row[c] ?? "General"))),
  };
}

/** Every column of the given tables, values and number formats: for small tables such as a population key. */
export async function readWholeTables(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  sources: TableSource[]
): Promise<RawTable[]> {
  const data = await readBlocks(
    context,
    sources.map((s) => wholeTableBlock(layout, s))
  );
  return sources.map((s, i) => wholeTable(s, data[i]));
}

/** Every table the workbook has (Excel tables and plain ranges under a header row), all columns read. */
export async function readAllTables(
  runner: ExcelRunner,
  options: { cultureInfo?: boolean } = {}
): Promise<{ tables: RawTable[]; decimalSeparator: "," | "." }> {
  return runner(async (context) => {
    const layout = await scanWorkbook(context, { cultureInfo: options.cultureInfo ?? true });
    return {
      tables: await readWholeTables(context, layout, layout.sources),
      decimalSeparator: layout.decimalSeparator,
    };
  });
}
