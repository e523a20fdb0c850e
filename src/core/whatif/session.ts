// "Hvad nu hvis": a scenario is the workbook with some cells typed differently. A session evaluates the contract once
// (Beregn's own evaluateContract, with an indicator cache), then each call applies a set of changes to a copy of the
// goal table and evaluates that copy with the same function. The evaluation tables never change, so indicators over
// them are read from the cache and never recomputed: a call costs one evaluation of the goal table.
//
//   const s = createWhatIf(tables, { year: 2021 });
//   s.evaluate([{ goal: "1", key: "tier", tier: 1, value: "55" }])   // per keystroke in the pane
//   s.evaluate(parseChanges(["1.mål100=55", "1.resultat=58"]).changes)
//   s.sweep({ goal: "1", key: "tier", tier: 1, from: 50, to: 70, step: 1 })
import { z } from "zod";
import {
  evaluateContract,
  type EvaluateExtras,
  type EvaluationResult,
  type IndicatorCache,
} from "../evaluate";
import { formatNumber } from "../format";
import type { CellError, EvaluateOptions, RawTable, Status } from "../model";
import { bodyCellAddress, cellText, cellAt } from "../tables";
import { isBlank, readNumberText, type NumberLocale } from "../numbers";
import type { Range } from "../rollup";
import {
  applyChanges,
  rowIsPercent,
  targetRows,
  type AppliedChange,
  type ApplyContext,
  type ChangeError,
} from "./apply";
import { distances, type GoalDistance } from "./distance";
import { whatIfMessage } from "./messages";
import { changeHeadText, changeText, parseChange } from "./parse";
import {
  SweepSpecSchema,
  WhatIfChangeSchema,
  WhatIfOptionsSchema,
  type SweepSpecInput,
  type WhatIfChange,
  type WhatIfChangeInput,
  type WhatIfOptions,
} from "./schema";

export interface Delta {
  before: number | null;
  after: number | null;
  /** after − before (a fraction: 0,05 is 5 percentage points); null when either is null. */
  delta: number | null;
}

export interface GoalDelta extends Delta {
  id: string;
  title: string;
  statusBefore: Status;
  statusAfter: Status;
  changed: boolean;
}

export interface RowDelta extends Delta {
  bodyIndex: number;
  rowNumber: number;
  goal: string;
  part: string;
  segment: string;
  explanationBefore: string;
  explanationAfter: string;
  changed: boolean;
}

export interface WhatIfDifference {
  overall: Delta;
  overallRange: { before: Range | null; after: Range | null };
  overallText: { before: string; after: string };
  goals: GoalDelta[];
  rows: RowDelta[];
}

export interface WhatIfResult {
  before: EvaluationResult;
  after: EvaluationResult;
  /** The changes that were applied, with what each did ("Mål 1: tærskel for 100 % 60 → 55"). */
  applied: AppliedChange[];
  /** Changes that could not be applied (unknown goal or key, unreadable value); the others still apply. */
  errors: ChangeError[];
  /** Errors the scenario has and the workbook has not: a change made a row invalid (e.g. tiers in the wrong order). */
  newErrors: CellError[];
  difference: WhatIfDifference;
  /** Distance to the next tier for every goal and row, in the scenario. */
  distance: GoalDistance[];
}

export interface SweepRow {
  /** The swept value as typed (55 for "55" or "55 %"). */
  value: number;
  valueText: string;
  /** The swept goal's fulfilment, and the overall, at this value. */
  goal: number | null;
  goalStatus: Status;
  overall: number | null;
  overallRange: Range | null;
}

export interface SweepResult {
  /** The swept goal's id as in the table. */
  goal: string;
  /** "1.mål100" */
  label: string;
  percent: boolean;
  rows: SweepRow[];
  errors: ChangeError[];
}

/** A cell of the goal table as the workbook has it: its address and its text as typed ("7O", "60", "70 %"). */
export interface TypedCell {
  cell: string;
  text: string;
}

/**
 * What a goal row's result and threshold cells hold, as typed. The evaluation says what they mean; a row in error has
 * no meaning to give ('7O' is not a number), yet the pane shows and lets the user change what is there.
 */
export interface TypedRow {
  result?: TypedCell;
  /** Non-blank threshold cells, highest tier first. */
  tiers: (TypedCell & { fulfilment: number })[];
}

export interface WhatIfSession {
  readonly before: EvaluationResult;
  /** The result and threshold cells of a goal-table row (by its body index), as typed in the workbook. */
  typed(bodyIndex: number): TypedRow;
  /** Applies the changes (in order; a later change to the same cell wins) and evaluates. Never throws on bad values. */
  evaluate(changes: WhatIfChangeInput[]): WhatIfResult;
  /** One value over a range, on top of `changes`. */
  sweep(spec: SweepSpecInput, changes?: WhatIfChangeInput[]): SweepResult;
  /** Distance to the next tier, in the workbook as it is. */
  distances(): GoalDistance[];
}

/** Reads changes written as text ("1.mål100=55"); the ones that cannot be read are returned as errors. */
export function parseChanges(texts: string[]): { changes: WhatIfChange[]; errors: ChangeError[] } {
  const changes: WhatIfChange[] = [];
  const errors: ChangeError[] = [];
  texts.forEach((text, index) => {
    const p = parseChange(text);
    if (p.ok) changes.push(p.value);
    else errors.push({ index, change: text, message: p.message });
  });
  return { changes, errors };
}

function delta(before: number | null, after: number | null): Delta {
  return { before, after, delta: before === null || after === null ? null : after - before };
}

function errorKey(e: CellError): string {
  return `${e.sheet}!${e.cell}|${e.message}`;
}

function difference(before: EvaluationResult, after: EvaluationResult): WhatIfDifference {
  const afterGoals = new Map(after.goals.map((g) => [g.id, g]));
  const afterRows = new Map(after.rows.map((r) => [r.bodyIndex, r]));
  return {
    overall: delta(before.overall, after.overall),
    overallRange: { before: before.overallRange, after: after.overallRange },
    overallText: { before: before.overallText, after: after.overallText },
    goals: before.goals.map((g) => {
      const a = afterGoals.get(g.id);
      const d = delta(g.fulfilment, a?.fulfilment ?? null);
      return {
        id: g.id,
        title: g.title,
        ...d,
        statusBefore: g.status,
        statusAfter: a?.status ?? "Fejl",
        changed: d.before !== d.after || g.status !== a?.status || g.explanation !== a?.explanation,
      };
    }),
    rows: before.rows.map((r) => {
      const a = afterRows.get(r.bodyIndex);
      const d = delta(r.fulfilment, a?.fulfilment ?? null);
      return {
        bodyIndex: r.bodyIndex,
        rowNumber: r.rowNumber,
        goal: r.goal,
        part: r.part,
        segment: r.segment,
        ...d,
        explanationBefore: r.explanation,
        explanationAfter: a?.explanation ?? "",
        changed: d.before !== d.after || r.explanation !== a?.explanation,
      };
    }),
  };
}

/** "55", "72,5", "60 %" (the % only says the scale) → a number, or undefined. */
function readRangeValue(
  v: number | string,
  numberLocale: NumberLocale
): { value: number; percent: boolean; decimals: number } | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    return { value: v, percent: false, decimals: (String(v).split(".")[1] ?? "").length };
  }
  const m = /^(.*?)\s*(%)?$/.exec(v.trim())!;
  const n = readNumberText(m[1], numberLocale);
  if (!n.ok) return undefined;
  const decimals = (String(n.value).split(".")[1] ?? "").length;
  return { value: n.value, percent: m[2] === "%", decimals };
}

export function createWhatIf(
  tables: RawTable[],
  optionsInput: WhatIfOptions = {},
  /** Additive (spread): the municipality data for DÆKNING/LANDINDEKS, as Beregn gets it (see excel/run.ts). */
  extras: Pick<EvaluateExtras, "municipal"> = {}
): WhatIfSession {
  const { maxSweepPoints, ...evaluateOptions } = WhatIfOptionsSchema.parse(optionsInput);
  const numberLocale: NumberLocale = { decimalSeparator: evaluateOptions.decimalSeparator };
  const cache: IndicatorCache = new Map();
  const before = evaluateContract(tables, evaluateOptions, {
    municipal: extras.municipal,
    indicatorCache: cache,
    metrics: true,
  });
  const info = before.goalTable;
  const goalTable = info
    ? tables.find((t) => t.sheet === info.sheet && t.name === info.name)
    : undefined;
  const dataTables = tables.filter((t) => t !== goalTable);
  const ctx: ApplyContext | undefined =
    goalTable && info
      ? {
          table: goalTable,
          map: info.map,
          rows: before.rows.map((r) => ({ bodyIndex: r.bodyIndex, result: r })),
          numberLocale,
        }
      : undefined;
  let beforeDistances: GoalDistance[] | undefined;

  /** Every indicator of the changed table is in the cache: the evaluation tables need not be passed (or validated). */
  const cacheCovers = (table: RawTable): boolean => {
    const c = info?.map.roles.indicator;
    if (c === undefined) return true;
    for (let r = 0; r < table.rowCount; r++) {
      const v = cellAt(table, r, c);
      if (isBlank(v)) continue;
      const entry = cache.get(cellText(v).trim());
      if (!entry || (entry.value && !entry.metricDone)) return false;
    }
    return true;
  };

  const run = (changes: WhatIfChange[]) => {
    if (!ctx || !info) {
      const errors = changes.map((c, index) => ({
        index,
        change: changeText(c),
        message: whatIfMessage("no-goal-table"),
      }));
      return { after: before, applied: [] as AppliedChange[], errors };
    }
    const out = applyChanges(ctx, changes);
    if (out.table === ctx.table) return { after: before, applied: out.applied, errors: out.errors };
    const columns = { ...(evaluateOptions.columns ?? {}), ...out.columns };
    const options: EvaluateOptions = {
      ...evaluateOptions,
      goalTable: { sheet: info.sheet, name: info.name },
      columns: Object.keys(columns).length > 0 ? columns : evaluateOptions.columns,
    };
    const runTables = cacheCovers(out.table) ? [out.table] : [out.table, ...dataTables];
    const after = evaluateContract(runTables, options, {
      indicatorCache: cache,
      metrics: true,
      municipal: extras.municipal,
    });
    return { after, applied: out.applied, errors: out.errors };
  };

  const evaluate = (changesInput: WhatIfChangeInput[]): WhatIfResult => {
    const changes = z.array(WhatIfChangeSchema).parse(changesInput);
    const { after, applied, errors } = run(changes);
    const known = new Set(before.errors.map(errorKey));
    return {
      before,
      after,
      applied,
      errors,
      newErrors: after.errors.filter((e) => !known.has(errorKey(e))),
      difference: difference(before, after),
      distance: after === before ? sessionDistances() : distances(after),
    };
  };

  const sessionDistances = () => (beforeDistances ??= distances(before));

  const sweep = (
    specInput: SweepSpecInput,
    changesInput: WhatIfChangeInput[] = []
  ): SweepResult => {
    const spec = SweepSpecSchema.parse(specInput);
    const base = z.array(WhatIfChangeSchema).parse(changesInput);
    const head = {
      goal: spec.goal,
      key: spec.key,
      tier: spec.tier,
      part: spec.part,
      segment: spec.segment,
    };
    const label = spec.source?.split("=")[0] ?? changeHeadText(head);
    const source = spec.source ?? label;
    const fail = (code: string, params: Record<string, string | number> = {}): SweepResult => ({
      goal: spec.goal,
      label,
      percent: false,
      rows: [],
      errors: [{ index: base.length, change: source, message: whatIfMessage(code, params) }],
    });
    const from = readRangeValue(spec.from, numberLocale);
    const to = readRangeValue(spec.to, numberLocale);
    const step = readRangeValue(spec.step, numberLocale);
    if (!from) return fail("sweep-value", { text: String(spec.from) });
    if (!to) return fail("sweep-value", { text: String(spec.to) });
    if (!step || step.value <= 0) return fail("sweep-step", { text: String(spec.step) });
    const count = Math.floor(Math.abs(to.value - from.value) / step.value + 1e-9) + 1;
    if (count > maxSweepPoints) return fail("sweep-points", { count, max: maxSweepPoints });
    const decimals = Math.min(10, Math.max(from.decimals, to.decimals, step.decimals));
    const sign = to.value >= from.value ? 1 : -1;

    // The scale is decided once for the whole range: on a percentage row 50:70 means 50 %–70 %, and so does 0,5:0,7.
    let percent = from.percent || to.percent;
    const found = ctx ? targetRows(ctx.rows, head) : undefined;
    if (found && !found.ok) return fail(found.code, found.params);
    const big = Math.max(Math.abs(from.value), Math.abs(to.value)) > 1;
    if (
      !percent &&
      big &&
      (spec.key === "assume" ||
        (spec.key !== "weight" &&
          found?.ok &&
          found.rows.some((r) => rowIsPercent(ctx!, r.bodyIndex))))
    ) {
      percent = true;
    }
    const goalId = found?.ok ? found.goalRows[0].result.goal : spec.goal;
    const typedLocale = numberLocale.decimalSeparator === "," ? "da" : "en";

    const rows: SweepRow[] = [];
    for (let i = 0; i < count; i++) {
      const value = Number((from.value + sign * i * step.value).toFixed(decimals));
      const typed = `${formatNumber(value, typedLocale, decimals)}${percent ? " %" : ""}`;
      const change: WhatIfChange = { ...head, value: typed, source: `${label}=${typed}` };
      const { after, errors } = run([...base, change]);
      if (errors.length > 0) return { goal: goalId, label, percent, rows: [], errors };
      const g = after.goals.find((x) => x.id === goalId);
      rows.push({
        value,
        valueText: `${formatNumber(value, "da", decimals)}${percent ? " %" : ""}`,
        goal: g?.fulfilment ?? null,
        goalStatus: g?.status ?? "Fejl",
        overall: after.overall,
        overallRange: after.overallRange,
      });
    }
    return { goal: goalId, label, percent, rows, errors: [] };
  };

  const typed = (bodyIndex: number): TypedRow => {
    if (!goalTable || !info) return { tiers: [] };
    const at = (column: number): TypedCell | undefined => {
      const value = cellAt(goalTable, bodyIndex, column);
      return isBlank(value)
        ? undefined
        : { cell: bodyCellAddress(goalTable, bodyIndex, column), text: cellText(value).trim() };
    };
    const column = info.map.roles.result;
    const tiers = info.map.tiers.flatMap((t) => {
      const cell = at(t.column);
      return cell ? [{ ...cell, fulfilment: t.fulfilment }] : [];
    });
    return { result: column === undefined ? undefined : at(column), tiers };
  };

  return { before, typed, evaluate, sweep, distances: sessionDistances };
}

/** One scenario, without keeping a session. */
export function whatIf(
  tables: RawTable[],
  changes: WhatIfChangeInput[],
  options: WhatIfOptions = {}
): WhatIfResult {
  return createWhatIf(tables, options).evaluate(changes);
}
