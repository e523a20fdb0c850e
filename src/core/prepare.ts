// One pass over the goal table: choose it among the tables, map its columns, read its rows and parse its indicator
// formulas, once. The result (PreparedGoalTable) travels on to the evaluation; the adapter, which chooses the table
// and maps its columns before it reads the body, hands in what it already knows instead of having it done again.
import { z } from "zod";
import { parseGoalTable, type GoalRow } from "./goalTable";
import {
  applyColumnOverrides,
  goalTableScore,
  looksLikeGoalTable,
  mapGoalColumns,
  type GoalColumnMap,
} from "./headers";
import { parseIndicatorOnce, type IndicatorParses } from "./indicators/parse";
import { cellError } from "./messages";
import {
  EvaluateOptionsSchema,
  RawTableSchema,
  type CellError,
  type EvaluateOptions,
  type RawTable,
  type ResolvedOptions,
} from "./model";
import type { NumberLocale } from "./numbers";

export interface GoalTableCandidate {
  table: RawTable;
  map: GoalColumnMap;
  score: number;
}

export interface GoalTableInfo {
  sheet: string;
  name: string;
  source: "table" | "range";
  headerRowIndex: number;
  firstColumnIndex: number;
  headers: string[];
  rowCount: number;
  /**
   * Body rows that belong to the goal table: all of an Excel table's, a plain range's up to its last goal row
   * (goalTable.ts, goalTableExtent). The output columns are written beside these only.
   */
  goalRowCount: number;
  map: GoalColumnMap;
}

export interface PreparedGoalTable {
  options: ResolvedOptions;
  numberLocale: NumberLocale;
  /** The goal table found, with its column map; null when there is none (errors says why). */
  goalTable: GoalTableInfo | null;
  /** Its rows, in table order; empty when the table as a whole has errors. */
  rows: GoalRow[];
  /** Every Indikator formula of the rows, parsed, by its text. */
  indicators: IndicatorParses;
  /** The other tables: the evaluation data the indicators read. */
  dataTables: RawTable[];
  /** Errors about the goal table as a whole (none found, a missing column, no rows); rows carry their own. */
  errors: CellError[];
  /** Information, not errors: rows under a plain range's last goal that were not read as goals. */
  info: CellError[];
}

/** The goal table's column map: recognised by header, then the user's corrections (role → header) applied. */
export function goalColumnMap(headers: string[], columns?: Record<string, string>): GoalColumnMap {
  return applyColumnOverrides(headers, mapGoalColumns(headers), columns);
}

/** Tables that look like goal tables, best first: the adapter shows this guess and lets the user correct it. */
export function findGoalTables(tables: RawTable[]): GoalTableCandidate[] {
  return tables
    .map((table) => {
      const map = mapGoalColumns(table.headers);
      return { table, map, score: goalTableScore(map) };
    })
    .filter((c) => looksLikeGoalTable(c.map))
    .sort((a, b) => b.score - a.score);
}

/**
 * The goal table: the one the options name (it must exist), else the best candidate; with its columns mapped and
 * the options' corrections applied. `map` is the caller's own mapping of the named table, used as it is.
 */
function chooseGoalTable(
  tables: RawTable[],
  options: ResolvedOptions,
  map: GoalColumnMap | undefined
): { table: RawTable; map: GoalColumnMap } | CellError {
  const locale = options.locale;
  if (options.goalTable) {
    const wanted = options.goalTable;
    const table = tables.find((t) => t.sheet === wanted.sheet && t.name === wanted.name);
    if (!table)
      return cellError(locale, wanted.sheet, "A1", "goal-table-not-found", { name: wanted.name });
    return { table, map: map ?? goalColumnMap(table.headers, options.columns) };
  }
  const best = findGoalTables(tables)[0];
  if (!best) return cellError(locale, tables[0]?.sheet ?? "Mål", "A1", "no-goal-table");
  const bestMap = options.columns
    ? applyColumnOverrides(best.table.headers, best.map, options.columns)
    : best.map;
  return { table: best.table, map: bestMap };
}

/**
 * Prepares a contract's tables for evaluation. Bad input never throws: a missing goal table, missing columns and
 * unreadable cells become errors with sheet and cell. `known` is what the caller already has, so it is not done twice:
 * the column map of `options.goalTable`, and indicator formulas it parsed (more are added).
 */
export function prepareGoalTable(
  tablesInput: RawTable[],
  optionsInput: EvaluateOptions = {},
  known: { map?: GoalColumnMap; indicators?: IndicatorParses } = {}
): PreparedGoalTable {
  const tables = z.array(RawTableSchema).parse(tablesInput);
  const options = EvaluateOptionsSchema.parse(optionsInput);
  const numberLocale: NumberLocale = { decimalSeparator: options.decimalSeparator };
  const indicators: IndicatorParses = known.indicators ?? new Map();
  const none = (errors: CellError[], goalTable: GoalTableInfo | null = null) => ({
    options,
    numberLocale,
    goalTable,
    rows: [],
    indicators,
    dataTables: [],
    errors,
    info: [],
  });

  const chosen = chooseGoalTable(tables, options, options.goalTable ? known.map : undefined);
  if ("code" in chosen) return none([chosen]);
  const { table, map } = chosen;
  const goalTable: GoalTableInfo = {
    sheet: table.sheet,
    name: table.name,
    source: table.source,
    headerRowIndex: table.headerRowIndex,
    firstColumnIndex: table.firstColumnIndex,
    headers: table.headers,
    rowCount: table.rowCount,
    goalRowCount: table.rowCount,
    map,
  };
  const parsed = parseGoalTable(table, map, options.locale, numberLocale);
  goalTable.goalRowCount = parsed.bodyRowCount;
  if (parsed.errors.length > 0) return none(parsed.errors, goalTable);
  for (const row of parsed.rows)
    if (row.indicator) parseIndicatorOnce(indicators, row.indicator.text);
  return {
    options,
    numberLocale,
    goalTable,
    rows: parsed.rows,
    indicators,
    dataTables: tables.filter((t) => t !== table),
    errors: [],
    info: parsed.info,
  };
}
