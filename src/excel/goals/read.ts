// Reads what a run needs once the layout is known: the goal table's body (values, the number formats of its numeric
// columns, what its output columns hold now, or the cells where they will go) and only the evaluation columns that
// its indicators name. Usually one sync; more only when the data is larger than one 5 MB request.
import { toRawCell } from "../../core/numbers";
import { findGoalTables, goalColumnMap, type GoalTableCandidate } from "../../core/evaluate";
import { type GoalColumnMap, type GoalColumnRole } from "../../core/headers";
import { indicatorColumns } from "../../core/indicators/evaluate";
import { parseIndicatorOnce, type IndicatorParses } from "../../core/indicators/parse";
import type { RawCell, RawTable } from "../../core/model";
import { findColumn, findTable } from "../../core/tables";
import type { TableSource, WorkbookLayout } from "../workbook/layout";
import { queueMergedOutputs, readMergedOutputs, type MergedOutput } from "../workbook/mergedCells";
import {
  outputBlock,
  outputCells,
  placeOutputs,
  queueOutputFormats,
  readQueued,
  type OutputCells,
} from "../workbook/outputColumns";
import {
  estimateBytesPerRow,
  NUMBER_FORMAT_BYTES,
  readBlocks,
  type BlockRead,
} from "../workbook/readRanges";
import { headerTables, windowRows } from "../workbook/tables";
import { GOAL_COLUMNS } from "./columns";

const NUMERIC_ROLES: GoalColumnRole[] = ["result", "baseline", "agreed", "weight"];

export function goalCandidates(layout: WorkbookLayout): GoalTableCandidate[] {
  return findGoalTables(headerTables(layout));
}

export interface RunData {
  goalSource: TableSource;
  goal: RawTable;
  map: GoalColumnMap;
  /** The goal table's Indikator formulas, parsed once here: the evaluation takes them on (prepareGoalTable). */
  indicators: IndicatorParses;
  evaluation: RawTable[];
  outputs: OutputCells;
  /** Merged areas over the output columns' cells (workbook/mergedCells.ts): the run stops on them. */
  merged: MergedOutput[];
}

interface EvalRef {
  table: RawTable;
  column: number;
}

function collectRefs(
  goalRows: RawCell[][],
  map: GoalColumnMap,
  tables: RawTable[],
  indicators: IndicatorParses
): Map<string, EvalRef> {
  const refs = new Map<string, EvalRef>();
  if (map.roles.indicator === undefined) return refs;
  for (const row of goalRows) {
    const text = row[map.roles.indicator];
    if (typeof text !== "string" || text.trim() === "") continue;
    const parsed = parseIndicatorOnce(indicators, text.trim());
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
  columnOverrides?: Record<string, string>,
  /** Look for merged output cells (ExcelApi 1.13); a read-only caller does not need to. */
  checkMerges = false
): Promise<RunData> {
  const headerOnly = headerTables(layout);
  const goalHeaderTable = headerOnly.find(
    (t) => t.sheet === goalSource.sheet && t.name === goalSource.name
  )!;
  const map = goalColumnMap(goalSource.headers, columnOverrides);
  const indicators: IndicatorParses = new Map();
  const width = goalSource.headers.length;
  const rows = goalSource.bodyRowCount;
  const bodyRow = goalSource.headerRowIndex + 1;
  const placement = placeOutputs(goalSource.headers, GOAL_COLUMNS);

  // Which evaluation columns the indicators name, from the rows already read during discovery.
  const sample = windowRows(layout, goalSource, bodyRow, rows, goalSource.firstColumnIndex, width);
  const others = headerOnly.filter((t) => t !== goalHeaderTable);
  const refs = collectRefs(sample, map, others, indicators);

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
  const mergeQuery = queueMergedOutputs(context, goalSource, placement, GOAL_COLUMNS, checkMerges);
  const data = await readBlocks(context, blocks);
  const merged = await readMergedOutputs(context, mergeQuery);

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
    const missing = [...collectRefs(fullRows, map, others, indicators).entries()]
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

  return { goalSource, goal, map, indicators, evaluation, outputs, merged };
}
