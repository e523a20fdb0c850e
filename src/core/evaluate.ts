// The calculator's front door: raw tables in, every figure with its explanation out.
//   tables ──find goal table──▶ goal rows ──indicators + rules──▶ row results ──roll-up──▶ goals, overall
// Bad input never throws: it becomes errors with sheet and cell, and the goal it touches gets the status Fejl.
import { z } from "zod";
import {
  applyColumnOverrides,
  goalTableScore,
  looksLikeGoalTable,
  mapGoalColumns,
  type GoalColumnMap,
} from "./headers";
import { parseGoalTable, type GoalRow } from "./goalTable";
import { evaluateIndicator, type IndicatorValue } from "./indicators/evaluate";
import type { MunicipalIndicators } from "./indicators/municipal";
import { parseIndicator } from "./indicators/parse";
import { cellError } from "./messages";
import {
  EvaluateOptionsSchema,
  RawTableSchema,
  type CellError,
  type Combine,
  type Direction,
  type EvaluateOptions,
  type RawTable,
  type RuleKind,
  type Status,
} from "./model";
import type { NumberLocale } from "./numbers";
import {
  combine,
  describeCombination,
  describeOverall,
  overallOf,
  rowFigure,
  statusOf,
  type Figure,
  type Range,
} from "./rollup";
import { evaluateRow } from "./rules";
import { displayFulfilment, type Tier } from "./rules/taerskler";
import { headerCellAddress } from "./tables";
import { indicatorMetric, type IndicatorMetric } from "./whatif/metric";

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

export interface PartResult {
  name: string;
  combine: Combine;
  fulfilment: number | null;
  range: Range;
  status: Status;
  explanation: string;
  rows: RowResult[];
}

export interface GoalResult {
  id: string;
  title: string;
  weight: number;
  combine: Combine;
  /** What the rules give. */
  computed: number | null;
  /** KKR's decision, when the table has one: it counts in the overall, the computed figure stays beside it. */
  agreed?: { value: number; reason: string };
  /** agreed ?? computed */
  fulfilment: number | null;
  range: Range;
  status: Status;
  explanation: string;
  parts: PartResult[];
  warnings: string[];
  errors: CellError[];
}

export interface GoalTableInfo {
  sheet: string;
  name: string;
  source: "table" | "range";
  headerRowIndex: number;
  firstColumnIndex: number;
  headers: string[];
  rowCount: number;
  map: GoalColumnMap;
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
}

export interface GoalTableCandidate {
  table: RawTable;
  map: GoalColumnMap;
  score: number;
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

const EMPTY_COUNTS = (): Record<Status, number> => ({
  Opfyldt: 0,
  "Delvist opfyldt": 0,
  "Ikke opfyldt": 0,
  "Afventer data": 0,
  Fejl: 0,
});

export function evaluateContract(
  tablesInput: RawTable[],
  optionsInput: EvaluateOptions = {},
  extras: EvaluateExtras = {}
): EvaluationResult {
  const tables = z.array(RawTableSchema).parse(tablesInput);
  const options = EvaluateOptionsSchema.parse(optionsInput);
  const locale = options.locale;
  const numberLocale: NumberLocale = { decimalSeparator: options.decimalSeparator };

  const empty = (errors: CellError[]): EvaluationResult => ({
    goalTable: null,
    rows: [],
    goals: [],
    overall: null,
    overallRange: null,
    overallText: describeOverall({ overall: null, range: null, measured: 0, counted: 0 }),
    counts: EMPTY_COUNTS(),
    pending: [],
    errors,
    warnings: [],
  });

  const candidates = findGoalTables(tables);
  let chosen: GoalTableCandidate | undefined;
  if (options.goalTable) {
    const wanted = options.goalTable;
    const table = tables.find((t) => t.sheet === wanted.sheet && t.name === wanted.name);
    if (!table) {
      return empty([
        cellError(locale, wanted.sheet, "A1", "goal-table-not-found", { name: wanted.name }),
      ]);
    }
    const map = applyColumnOverrides(table.headers, mapGoalColumns(table.headers), options.columns);
    chosen = { table, map, score: goalTableScore(map) };
  } else {
    chosen = candidates[0];
    if (chosen && options.columns) {
      chosen = {
        ...chosen,
        map: applyColumnOverrides(chosen.table.headers, chosen.map, options.columns),
      };
    }
  }
  if (!chosen) {
    const sheet = tables[0]?.sheet ?? "Mål";
    return empty([cellError(locale, sheet, "A1", "no-goal-table")]);
  }

  const parsed = parseGoalTable(chosen.table, chosen.map, locale, numberLocale);
  const goalTable: GoalTableInfo = {
    sheet: chosen.table.sheet,
    name: chosen.table.name,
    source: chosen.table.source,
    headerRowIndex: chosen.table.headerRowIndex,
    firstColumnIndex: chosen.table.firstColumnIndex,
    headers: chosen.table.headers,
    rowCount: chosen.table.rowCount,
    map: chosen.map,
  };
  if (parsed.errors.length > 0) return { ...empty(parsed.errors), goalTable };

  const dataTables = tables.filter((t) => t !== chosen.table);
  const indicatorCache: IndicatorCache = extras.indicatorCache ?? new Map();
  const rowResults: RowResult[] = parsed.rows.map((row) => evaluateOneRow(row));

  function evaluateOneRow(row: GoalRow): RowResult {
    const errors = [...row.errors];
    let indicator: IndicatorValue | undefined;
    if (row.indicator && errors.length === 0) {
      const key = row.indicator.text;
      let cached = indicatorCache.get(key);
      if (!cached) {
        const p = parseIndicator(key);
        if (!p.ok) {
          cached = {
            errors: [
              cellError(locale, row.sheet, row.indicator.cell, p.code, {
                token: p.token,
                detail: p.detail,
              }),
            ],
          };
        } else {
          const out = evaluateIndicator(
            p.indicator,
            dataTables,
            { sheet: row.sheet, cell: row.indicator.cell },
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
        const p = parseIndicator(key);
        cached.metric = p.ok
          ? indicatorMetric(p.indicator, dataTables, numberLocale, cached.value)
          : undefined;
        cached.metricDone = true;
      }
      if (cached.errors.length > 0) {
        // Errors in the evaluation data are listed once; errors in the formula name this row's cell.
        const own = cached.errors.map((e) =>
          e.code.startsWith("unknown") || e.code.startsWith("indicator")
            ? { ...e, cell: row.indicator!.cell, sheet: row.sheet }
            : e
        );
        errors.push(...own);
      }
      indicator = cached.value;
    }
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
        rule: row.rule ?? "trin",
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
  }

  // Group rows into goals (by Nr, in table order) and parts (by Del).
  const goalOrder: string[] = [];
  const rowsByGoal = new Map<string, { row: GoalRow; result: RowResult }[]>();
  parsed.rows.forEach((row, i) => {
    if (row.nr === "") return;
    if (!rowsByGoal.has(row.nr)) {
      rowsByGoal.set(row.nr, []);
      goalOrder.push(row.nr);
    }
    rowsByGoal.get(row.nr)!.push({ row, result: rowResults[i] });
  });

  const goals: GoalResult[] = goalOrder.map((id) => rollUpGoal(id, rowsByGoal.get(id)!));
  const counted = goals.filter((g) => g.status !== "Fejl");
  const overall = overallOf(
    counted.map((g) => ({ fulfilment: g.fulfilment, range: g.range, weight: g.weight }))
  );
  const counts = EMPTY_COUNTS();
  for (const g of goals) counts[g.status]++;
  const errors = [...parsed.errors, ...uniqueErrors(rowResults.flatMap((r) => r.errors))];
  const warnings = goals.flatMap((g) => g.warnings.map((w) => `Mål ${g.id}: ${w}`));
  if (parsed.rows.length > 0 && errors.length === 0 && goals.length === 0) {
    errors.push(
      cellError(locale, chosen.table.sheet, headerCellAddress(chosen.table, 0), "empty-table")
    );
  }

  return {
    goalTable,
    rows: rowResults,
    goals,
    overall: overall.overall,
    overallRange: overall.range,
    overallText: describeOverall(overall),
    counts,
    pending: goals.filter((g) => g.status === "Afventer data").map((g) => g.id),
    errors,
    warnings,
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

function rollUpGoal(id: string, rows: { row: GoalRow; result: RowResult }[]): GoalResult {
  const title = rows.find((r) => r.row.title)?.row.title ?? "";
  const weight = rows.find((r) => r.row.weight !== undefined)?.row.weight ?? 1;
  const goalCombine: Combine = rows.find((r) => r.row.combine)?.row.combine ?? "gennemsnit";
  const rowCombine: Combine = rows.find((r) => r.row.rowCombine)?.row.rowCombine ?? "alle";
  const errors = rows.flatMap((r) => r.result.errors);
  const warnings = rows.map((r) => r.result.warning).filter((w): w is string => Boolean(w));

  const partOrder: string[] = [];
  const byPart = new Map<string, RowResult[]>();
  for (const { row, result } of rows) {
    const key = row.part;
    if (!byPart.has(key)) {
      byPart.set(key, []);
      partOrder.push(key);
    }
    byPart.get(key)!.push(result);
  }

  const parts: PartResult[] = partOrder.map((name, i) => {
    const partRows = byPart.get(name)!;
    const hasErrors = partRows.some((r) => r.errors.length > 0 || r.status === "Fejl");
    if (hasErrors) {
      return {
        name: name || `Del ${i + 1}`,
        combine: rowCombine,
        fulfilment: null,
        range: [0, 1],
        status: "Fejl",
        explanation: "",
        rows: partRows,
      };
    }
    const figure =
      partRows.length === 1
        ? rowFigure(partRows[0].fulfilment)
        : combine(
            partRows.map((r) => rowFigure(r.fulfilment)),
            rowCombine
          );
    const explanation =
      partRows.length === 1
        ? partRows[0].explanation
        : `${partRows.map((r) => r.explanation).join("; ")}. ${describeCombination(
            partRows.map((r, j) => ({
              label: r.segment || `række ${j + 1}`,
              figure: rowFigure(r.fulfilment),
            })),
            rowCombine,
            figure,
            "rækker"
          )}`;
    return {
      name: name || (partOrder.length > 1 ? `Del ${i + 1}` : ""),
      combine: rowCombine,
      fulfilment: figure.fulfilment,
      range: figure.range,
      status: statusOf(figure.fulfilment),
      explanation,
      rows: partRows,
    };
  });

  const failed = errors.length > 0 || parts.some((p) => p.status === "Fejl");
  let computed: Figure = { fulfilment: null, range: [0, 1] };
  let explanation = "";
  if (!failed) {
    if (parts.length === 1) {
      computed = { fulfilment: parts[0].fulfilment, range: parts[0].range };
      explanation = parts[0].explanation;
    } else {
      computed = combine(
        parts.map((p) => ({ fulfilment: p.fulfilment, range: p.range })),
        goalCombine
      );
      // A one-row part's explanation already starts with its name; longer parts get it in front.
      const partText = (p: PartResult) =>
        p.rows.length === 1 ? p.explanation : `${p.name}: ${p.explanation}`;
      explanation = `${parts.map(partText).join(" | ")}. ${describeCombination(
        parts.map((p) => ({ label: p.name, figure: { fulfilment: p.fulfilment, range: p.range } })),
        goalCombine,
        computed,
        "delmål"
      )}`;
    }
  }

  const agreedRow = rows.find((r) => r.row.agreed !== undefined)?.row;
  const agreed = agreedRow?.agreed
    ? { value: agreedRow.agreed.value, reason: agreedRow.reason ?? "" }
    : undefined;
  let fulfilment = computed.fulfilment;
  let range = computed.range;
  if (agreed && !failed) {
    fulfilment = agreed.value;
    range = [agreed.value, agreed.value];
    const computedText =
      computed.fulfilment === null
        ? "beregnet: afventer data"
        : `beregnet ${displayFulfilment(computed.fulfilment)}`;
    explanation =
      `Aftalt ${displayFulfilment(agreed.value)} (${computedText}): ${agreed.reason}. ${explanation}`.trim();
  }
  return {
    id,
    title,
    weight,
    combine: goalCombine,
    computed: failed ? null : computed.fulfilment,
    agreed,
    fulfilment: failed ? null : fulfilment,
    range,
    status: statusOf(failed ? null : fulfilment, failed),
    explanation,
    parts,
    warnings,
    errors,
  };
}
