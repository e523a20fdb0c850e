// The calculator's front door: raw tables in, every figure with its explanation out.
//   tables ──prepare (prepare.ts)──▶ goal rows ──indicators + rules──▶ row results ──roll-up (rollup.ts)──▶ goals, overall
// Bad input never throws: it becomes errors with sheet and cell, and the goal it touches gets the status Fejl.
import type { GoalRow } from "./goalTable";
import { evaluateIndicator, type IndicatorValue } from "./indicators/evaluate";
import { indicatorMetric, type IndicatorMetric } from "./indicators/metric";
import type { MunicipalIndicators } from "./indicators/municipal";
import { parseIndicatorOnce } from "./indicators/parse";
import { cellError } from "./messages";
import type { CellError, Direction, EvaluateOptions, RawTable, RuleKind, Status } from "./model";
import { prepareGoalTable, type GoalTableInfo, type PreparedGoalTable } from "./prepare";
import {
  describeOverall,
  emptyCounts,
  rollUp,
  statusOf,
  type GoalResult,
  type Range,
} from "./rollup";
import { DEFAULT_RULE, evaluateRow } from "./rules";
import type { Tier } from "./rules/taerskler";
import { headerCellAddress } from "./tables";

export type { GoalResult, PartResult } from "./rollup";
export {
  findGoalTables,
  goalColumnMap,
  prepareGoalTable,
  type GoalTableCandidate,
  type GoalTableInfo,
  type PreparedGoalTable,
} from "./prepare";

export interface RowResult {
  bodyIndex: number;
  rowNumber: number;
  goal: string;
  part: string;
  segment: string;
  rule: RuleKind;
  fulfilment: number | null;
  status: Status;
  explanation: string;
  resultText?: string;
  resultValue?: number;
  resultPercent?: boolean;
  answers?: number;
  warning?: string;
  errors: CellError[];
  // Additive, for what-if (src/core/whatif): the thresholds and direction the rule used, and — only when
  // evaluateContract was asked for them (extras.metrics) — the counts behind an indicator's figure.
  tiers?: Tier[];
  direction?: Direction;
  metric?: IndicatorMetric;
}

export interface EvaluationResult {
  goalTable: GoalTableInfo | null;
  /** One entry per evaluated body row of the goal table, in table order: what the output columns get. */
  rows: RowResult[];
  goals: GoalResult[];
  overall: number | null;
  overallRange: Range | null;
  /** "97,2 %, 9 af 9 mål målt" */
  overallText: string;
  counts: Record<Status, number>;
  pending: string[];
  errors: CellError[];
  warnings: string[];
  /** Information, not errors (README, "Where a goal table ends"): "Række 20–21 under tabellen er ikke læst som mål". */
  info: CellError[];
}

/**
 * Additive (what-if): indicator values by the Indikator text. Valid only for the same evaluation tables, locale and
 * decimal separator: what-if re-evaluates a changed goal table against unchanged evaluation data, so an indicator
 * over a large table is computed once, not once per change.
 */
export type IndicatorCache = Map<
  string,
  { value?: IndicatorValue; errors: CellError[]; metric?: IndicatorMetric; metricDone?: boolean }
>;

/** Additive (what-if): optional extras for evaluateContract; Beregn passes none. */
export interface EvaluateExtras {
  /** Reused across calls instead of a fresh cache (see IndicatorCache). */
  indicatorCache?: IndicatorCache;
  /** Put the counts behind each indicator (NPS promoters/passives/detractors, share hits/answers) on its rows. */
  metrics?: boolean;
  /**
   * Additive (spread): the municipality data and evaluator for DÆKNING and LANDINDEKS (indicators/withMunicipalities),
   * loaded by the caller only when the goal table uses them (usesMunicipalityFunctions).
   */
  municipal?: MunicipalIndicators;
}

/** Finds the goal table among the tables and evaluates it. */
export function evaluateContract(
  tables: RawTable[],
  options: EvaluateOptions = {},
  extras: EvaluateExtras = {}
): EvaluationResult {
  return evaluatePrepared(prepareGoalTable(tables, options), extras);
}

/**
 * Evaluates a goal table prepared once (prepareGoalTable): the adapter prepares it with the column map and indicator
 * formulas it already made while reading, so nothing is chosen, mapped or parsed twice.
 */
export function evaluatePrepared(
  prepared: PreparedGoalTable,
  extras: EvaluateExtras = {}
): EvaluationResult {
  const { goalTable } = prepared;
  if (!goalTable || prepared.errors.length > 0) {
    return {
      goalTable,
      rows: [],
      goals: [],
      overall: null,
      overallRange: null,
      overallText: describeOverall({ overall: null, range: null, measured: 0, counted: 0 }),
      counts: emptyCounts(),
      pending: [],
      errors: prepared.errors,
      warnings: [],
      info: prepared.info,
    };
  }

  const evaluateOne = rowEvaluator(prepared, extras);
  const rows = prepared.rows.map(evaluateOne);
  const rolled = rollUp(prepared.rows, rows);
  const errors = uniqueErrors(rows.flatMap((r) => r.errors));
  if (prepared.rows.length > 0 && errors.length === 0 && rolled.goals.length === 0) {
    errors.push(
      cellError(
        prepared.options.locale,
        goalTable.sheet,
        headerCellAddress(goalTable, 0),
        "empty-table"
      )
    );
  }
  return {
    goalTable,
    rows,
    goals: rolled.goals,
    overall: rolled.overall.overall,
    overallRange: rolled.overall.range,
    overallText: describeOverall(rolled.overall),
    counts: rolled.counts,
    pending: rolled.pending,
    errors,
    warnings: rolled.warnings,
    info: prepared.info,
  };
}

/** Evaluates one goal row: its indicator (once per formula text, cached), then its rule. */
function rowEvaluator(
  prepared: PreparedGoalTable,
  extras: EvaluateExtras
): (row: GoalRow) => RowResult {
  const { options, numberLocale, dataTables } = prepared;
  const locale = options.locale;
  const indicatorCache: IndicatorCache = extras.indicatorCache ?? new Map();
  const parsedIndicator = (text: string) => parseIndicatorOnce(prepared.indicators, text);

  /** The row's indicator value (computed once per formula text); its problems go to `errors`. */
  const indicatorOf = (
    row: GoalRow,
    cell: string,
    errors: CellError[]
  ): IndicatorValue | undefined => {
    const key = row.indicator!.text;
    let cached = indicatorCache.get(key);
    if (!cached) {
      const p = parsedIndicator(key);
      if (!p.ok) {
        cached = {
          errors: [
            cellError(locale, row.sheet, cell, p.code, { token: p.token, detail: p.detail }),
          ],
        };
      } else {
        const out = evaluateIndicator(
          p.indicator,
          dataTables,
          { sheet: row.sheet, cell },
          locale,
          numberLocale,
          { municipal: extras.municipal, year: options.year }
        );
        cached = out.ok ? { value: out.value, errors: [] } : { errors: out.errors };
      }
      indicatorCache.set(key, cached);
    }
    if (extras.metrics && cached.value && !cached.metricDone) {
      // Additive (what-if): the counts behind the figure, computed once per indicator.
      const p = parsedIndicator(key);
      cached.metric = p.ok
        ? indicatorMetric(p.indicator, dataTables, numberLocale, cached.value)
        : undefined;
      cached.metricDone = true;
    }
    // Errors in the evaluation data are listed once; errors in the formula name this row's cell.
    for (const e of cached.errors) {
      const own = e.code.startsWith("unknown") || e.code.startsWith("indicator");
      errors.push(own ? { ...e, cell, sheet: row.sheet } : e);
    }
    return cached.value;
  };

  return (row) => {
    const errors = [...row.errors];
    const indicator =
      row.indicator && errors.length === 0
        ? indicatorOf(row, row.indicator.cell, errors)
        : undefined;
    const base = {
      bodyIndex: row.bodyIndex,
      rowNumber: row.rowNumber,
      goal: row.nr,
      part: row.part,
      segment: row.segment,
    };
    if (errors.length > 0 || (row.indicator && !indicator)) {
      return {
        ...base,
        rule: row.rule ?? DEFAULT_RULE,
        fulfilment: null,
        status: "Fejl",
        explanation: "",
        errors,
      };
    }
    const ev = evaluateRow({ row, indicator, contractYear: options.year, locale });
    return {
      ...base,
      rule: ev.rule,
      fulfilment: ev.errors.length > 0 ? null : ev.fulfilment,
      status: statusOf(ev.fulfilment, ev.errors.length > 0),
      explanation: ev.explanation,
      resultText: ev.resultText,
      resultValue: ev.resultValue,
      resultPercent: ev.resultPercent,
      answers: ev.answers,
      warning: ev.warning,
      errors: ev.errors,
      // Additive (what-if): what the rule compared against, and the counts behind an indicator when asked for.
      tiers: ev.tiers,
      direction: ev.direction,
      metric:
        extras.metrics && indicator ? indicatorCache.get(row.indicator!.text)?.metric : undefined,
    };
  };
}

function uniqueErrors(errors: CellError[]): CellError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.sheet}!${e.cell}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
