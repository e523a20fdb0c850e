// What a Spredning run reads: the activity lists the workbook has (any of the user's tables; those with a
// municipality column first), and of the chosen one only the columns the spread needs (the municipality, the company,
// a land/by column, the År/Dato columns the year may come from), plus a separate land/by list whole when the user
// gives one. One read, split only where the data is larger than one request.
import { toRawCell } from "../../core/numbers";
import type { RawTable } from "../../core/model";
import { companyColumn, municipalityColumn, yearColumnHeaders } from "../../core/spread/columns";
import { findColumn } from "../../core/tables";
import type { TableSource, WorkbookLayout } from "../workbook/layout";
import { estimateBytesPerRow, readBlocks, type BlockRead } from "../workbook/readRanges";
import { STATE_SHEET } from "../workbook/state";
import { headerTables, wholeTable, wholeTableBlock, windowRows } from "../workbook/tables";

/** A table the pane offers as the activity list, with the columns the spread would read by default. */
export interface ActivityCandidate {
  sheet: string;
  name: string;
  source: "table" | "range";
  headers: string[];
  rows: number;
  /** The municipality column found by its header (Kommune, Bopælskommune …), or null. */
  municipalityColumn: string | null;
  /** The company column found by its header (CVR …), or null. */
  companyColumn: string | null;
}

/** The user's tables: every source outside the add-in's own sheets. */
export function userSources(layout: WorkbookLayout): TableSource[] {
  const owned = new Set(
    [...(layout.state?.meta.owned.sheets ?? []), STATE_SHEET].map((s) => s.toLowerCase())
  );
  return layout.sources.filter((s) => !owned.has(s.sheet.toLowerCase()));
}

function headerTableOf(layout: WorkbookLayout, source: TableSource): RawTable {
  return headerTables(layout).find((t) => t.sheet === source.sheet && t.name === source.name)!;
}

/** The activity lists to choose from: tables with a municipality column first, then the others. */
export function activityCandidates(layout: WorkbookLayout): ActivityCandidate[] {
  const all = userSources(layout).map((s): ActivityCandidate => {
    const table = headerTableOf(layout, s);
    const mc = municipalityColumn(table);
    const cc = companyColumn(table);
    return {
      sheet: s.sheet,
      name: s.name,
      source: s.source,
      headers: s.headers,
      rows: s.bodyRowCount,
      municipalityColumn: mc >= 0 ? s.headers[mc] : null,
      companyColumn: cc >= 0 ? s.headers[cc] : null,
    };
  });
  return [
    ...all.filter((c) => c.municipalityColumn !== null),
    ...all.filter((c) => c.municipalityColumn === null),
  ];
}

/** The source the user chose (sheet + table name, or the sheet name for a plain range), else the first candidate. */
export function chooseSource(
  layout: WorkbookLayout,
  candidates: ActivityCandidate[],
  wanted?: { sheet: string; name: string }
): TableSource | undefined {
  const pick = wanted
    ? candidates.find((c) => c.sheet === wanted.sheet && c.name === wanted.name)
    : candidates.find((c) => c.municipalityColumn !== null);
  return pick && userSources(layout).find((s) => s.sheet === pick.sheet && s.name === pick.name);
}

/** Which columns of the activity list to read: the ones named, else those found by their headers. */
export function columnsToRead(
  layout: WorkbookLayout,
  source: TableSource,
  named: { municipality?: string; company?: string | null; rural?: string }
): number[] {
  const table = headerTableOf(layout, source);
  const wanted = [
    named.municipality !== undefined
      ? findColumn(table, named.municipality)
      : municipalityColumn(table),
    named.company === null
      ? -1
      : named.company !== undefined
        ? findColumn(table, named.company)
        : companyColumn(table),
    named.rural !== undefined ? findColumn(table, named.rural) : -1,
    ...yearColumnHeaders(table).map((h) => findColumn(table, h)),
  ];
  return [...new Set(wanted.filter((c) => c >= 0))].sort((a, b) => a - b);
}

function columnBlock(layout: WorkbookLayout, source: TableSource, column: number): BlockRead {
  const first = source.headerRowIndex + 1;
  const sample = windowRows(layout, source, first, 200, source.firstColumnIndex + column, 1);
  return {
    sheet: source.sheet,
    rowIndex: first,
    columnIndex: source.firstColumnIndex + column,
    rowCount: source.bodyRowCount,
    columnCount: 1,
    properties: ["values"],
    bytesPerRow: estimateBytesPerRow(sample, 1, 1),
  };
}

export interface SpreadData {
  /** The activity list with the columns read; the others are left out (undefined), their headers kept. */
  activities: RawTable;
  /** The separate land/by list, read whole, when one was given. */
  rural: RawTable | null;
}

/** One read: the activity list's needed columns and the land/by list, if any. */
export async function readSpreadData(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  source: TableSource,
  columns: number[],
  ruralSource: TableSource | null
): Promise<SpreadData> {
  const blocks = columns.map((c) => columnBlock(layout, source, c));
  if (ruralSource) blocks.push(wholeTableBlock(layout, ruralSource));
  const data = source.bodyRowCount > 0 || ruralSource ? await readBlocks(context, blocks) : [];
  const activities: RawTable = {
    ...headerTableOf(layout, source),
    columns: source.headers.map(() => undefined),
  };
  columns.forEach((c, i) => {
    const values = (data[i]?.values ?? []) as unknown[][];
    activities.columns[c] = Array.from({ length: source.bodyRowCount }, (_, r) =>
      toRawCell(values[r]?.[0])
    );
  });
  const rural = ruralSource ? wholeTable(ruralSource, data[columns.length]) : null;
  return { activities, rural };
}
