// Reads what a run needs once the layout is known: the goal table's body (values, the number formats of its numeric
// columns, what its output columns hold now, or the cells where they will go) and only the evaluation columns that
// its indicators name. Usually one sync; more only when the data is larger than one 5 MB request.
import { toRawCell } from "../core/numbers";
import { findGoalTables, type GoalTableCandidate } from "../core/evaluate";
import { applyColumnOverrides, mapGoalColumns } from "../core/headers";
import {
  OUTPUT_HEADERS,
  roleAliases,
  type GoalColumnMap,
  type GoalColumnRole,
} from "../core/headers";
import { indicatorColumns } from "../core/indicators/evaluate";
import { parseIndicator } from "../core/indicators/parse";
import type { RawCell, RawTable } from "../core/model";
import { findColumn, findTable } from "../core/tables";
import type { TableSource, WorkbookLayout } from "./layout";
import {
  estimateBytesPerRow,
  NUMBER_FORMAT_BYTES,
  readBlocks,
  type BlockData,
  type BlockRead,
} from "./readRanges";
import {
  outputBlock,
  outputCells,
  placeOutputs,
  queueOutputFormats,
  readQueued,
  type OutputCells,
  type OutputColumn,
} from "./outputColumns";

export type OutputRole = keyof typeof OUTPUT_HEADERS;
export const OUTPUT_ROLES: OutputRole[] = ["outFulfilment", "outStatus", "outExplanation"];
const NUMERIC_ROLES: GoalColumnRole[] = ["result", "baseline", "agreed", "weight"];

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

export function goalCandidates(layout: WorkbookLayout): GoalTableCandidate[] {
  return findGoalTables(headerTables(layout));
}

/** The goal table's three output columns, found by the same header aliases the calculator uses. */
export const GOAL_OUTPUTS: OutputColumn[] = OUTPUT_ROLES.map((role) => ({
  key: role,
  header: OUTPUT_HEADERS[role],
  aliases: roleAliases(role),
}));

export interface RunData {
  goalSource: TableSource;
  goal: RawTable;
  map: GoalColumnMap;
  evaluation: RawTable[];
  outputs: OutputCells;
}

function windowRows(
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

interface EvalRef {
  table: RawTable;
  column: number;
}

function collectRefs(
  goalRows: RawCell[][],
  map: GoalColumnMap,
  tables: RawTable[]
): Map<string, EvalRef> {
  const refs = new Map<string, EvalRef>();
  if (map.roles.indicator === undefined) return refs;
  for (const row of goalRows) {
    const text = row[map.roles.indicator];
    if (typeof text !== "string" || text.trim() === "") continue;
    const parsed = parseIndicator(text);
    if (!parsed.ok) continue;
    for (const ref of indicatorColumns(parsed.indicator, tables)) {
      const table = findTable(tables, ref.table);
      const column = table ? findColumn(table, ref.column) : -1;
      if (table && column >= 0)
        refs.set(`${table.sheet}|${table.name}|${column}`, { table, column });
    }
  }
  return refs;
}

function evalBlock(layout: WorkbookLayout, ref: EvalRef): BlockRead {
  const source = layout.sources.find(
    (s) => s.sheet === ref.table.sheet && s.name === ref.table.name
  )!;
  const sample = windowRows(
    layout,
    source,
    ref.table.headerRowIndex + 1,
    200,
    ref.table.firstColumnIndex + ref.column,
    1
  );
  return {
    sheet: ref.table.sheet,
    rowIndex: ref.table.headerRowIndex + 1,
    columnIndex: ref.table.firstColumnIndex + ref.column,
    rowCount: ref.table.rowCount,
    columnCount: 1,
    properties: ["values"],
    bytesPerRow: estimateBytesPerRow(sample, 1, 1),
  };
}

export async function readRunData(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  goalSource: TableSource,
  columnOverrides?: Record<string, string>
): Promise<RunData> {
  const headerOnly = headerTables(layout);
  const goalHeaderTable = headerOnly.find(
    (t) => t.sheet === goalSource.sheet && t.name === goalSource.name
  )!;
  const map = applyColumnOverrides(
    goalSource.headers,
    mapGoalColumns(goalSource.headers),
    columnOverrides
  );
  const width = goalSource.headers.length;
  const rows = goalSource.bodyRowCount;
  const bodyRow = goalSource.headerRowIndex + 1;
  const placement = placeOutputs(goalSource.headers, GOAL_OUTPUTS);

  // Which evaluation columns the indicators name, from the rows already read during discovery.
  const sample = windowRows(layout, goalSource, bodyRow, rows, goalSource.firstColumnIndex, width);
  const others = headerOnly.filter((t) => t !== goalHeaderTable);
  const refs = collectRefs(sample, map, others);

  const bodyBytes = estimateBytesPerRow(sample.slice(0, 200), width, 1);
  const numericColumns = [
    ...NUMERIC_ROLES.map((r) => map.roles[r]),
    ...map.tiers.map((t) => t.column),
  ].filter((c): c is number => c !== undefined);
  const blocks: BlockRead[] = [
    {
      sheet: goalSource.sheet,
      rowIndex: bodyRow,
      columnIndex: goalSource.firstColumnIndex,
      rowCount: rows,
      columnCount: width,
      properties: ["values"],
      bytesPerRow: bodyBytes,
    },
    ...numericColumns.map((c) => ({
      sheet: goalSource.sheet,
      rowIndex: bodyRow,
      columnIndex: goalSource.firstColumnIndex + c,
      rowCount: rows,
      columnCount: 1,
      properties: ["numberFormat" as const],
      bytesPerRow: NUMBER_FORMAT_BYTES,
    })),
    outputBlock(layout, goalSource, placement),
  ];
  const refList = [...refs.values()];
  for (const ref of refList) blocks.push(evalBlock(layout, ref));

  // In the same sync: the output columns' conditional formats and widths, for Fortryd.
  const outputFormats = queueOutputFormats(context, goalSource, placement);
  const data = await readBlocks(context, blocks);

  const body = (data[0].values ?? []) as unknown[][];
  const goal: RawTable = {
    ...goalHeaderTable,
    rowCount: rows,
    columns: goalSource.headers.map((_, c) => body.map((row) => toRawCell(row[c]))),
    numberFormats: goalSource.headers.map(() => undefined),
  };
  numericColumns.forEach((c, i) => {
    const formats = (data[1 + i].numberFormat ?? []) as unknown[][];
    goal.numberFormats![c] = formats.map((row) => String(row[0] ?? "General"));
  });
  let formats = readQueued(outputFormats);
  if (!formats.widths) {
    // The sync that carried them was refused (too large) and its blocks were read again in halves: once more.
    const again = queueOutputFormats(context, goalSource, placement);
    await context.sync();
    formats = readQueued(again);
  }
  const outputs = { ...outputCells(data[1 + numericColumns.length], placement, rows), ...formats };

  const evaluationByTable = new Map<string, RawTable>();
  const store = (ref: EvalRef, values: unknown[][]) => {
    const key = `${ref.table.sheet}|${ref.table.name}`;
    let table = evaluationByTable.get(key);
    if (!table) {
      table = { ...ref.table, columns: ref.table.headers.map(() => undefined) };
      evaluationByTable.set(key, table);
    }
    table.columns[ref.column] = values.map((row) => toRawCell(row[0]));
  };
  refList.forEach((ref, i) =>
    store(ref, (data[2 + numericColumns.length + i].values ?? []) as unknown[][])
  );

  // Rows below the discovery window may name columns not read yet: read those in one more pass.
  if (rows > sample.length) {
    const fullRows = Array.from({ length: rows }, (_, r) =>
      goal.columns.map((col) => col?.[r] ?? null)
    );
    const missing = [...collectRefs(fullRows, map, others).entries()]
      .filter(([key]) => !refs.has(key))
      .map(([, ref]) => ref);
    if (missing.length > 0) {
      const extra = await readBlocks(
        context,
        missing.map((ref) => evalBlock(layout, ref))
      );
      missing.forEach((ref, i) => store(ref, (extra[i].values ?? []) as unknown[][]));
    }
  }
  // Tables the indicators do not read still take part with their headers, so a misspelt column is reported
  // with the list of the columns that exist.
  const evaluation = others.map((t) => evaluationByTable.get(`${t.sheet}|${t.name}`) ?? t);

  return { goalSource, goal, map, evaluation, outputs };
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
