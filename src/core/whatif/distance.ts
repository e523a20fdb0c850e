// Distance to the next tier, in the result's own unit: "NPS 58: 2 point fra 100 %", "Drift 76,5 %: 3,5 procentpoint
// fra 100 %", "Korte forløb og EW 555: 45 fra 100 %". Read from what the rule used (RowResult.tiers/direction), with
// the core's own `meets`, so a tier counted as reached here is reached in Beregn too. Where the workbook holds the
// raw answers, each step also says how many answers it takes (answers.ts).
import type { EvaluationResult, GoalResult, RowResult } from "../evaluate";
import { formatNumber } from "../format";
import type { Direction, RuleKind, Status } from "../model";
import type { DistanceTarget, DistanceUnit } from "../rules/definition";
import { ruleDefinition } from "../rules/registry";
import { displayFulfilment, displayValue } from "../rules/taerskler";
import { answerPaths, type AnswerPath } from "./answers";

/** point: plain numbers (NPS); procentpoint: percentages; antal: counts; indsatser: activities. */
export type { DistanceUnit } from "../rules/definition";

export interface TierStep {
  /** The fulfilment this tier gives. */
  fulfilment: number;
  /** The tier's threshold, in the result's unit (a fraction for percentages). */
  threshold: number;
  thresholdText: string;
  /** How far, always ≥ 0, in `unit` (points, percentage points, units, activities). */
  distance: number;
  /** The change of the result that reaches the tier, signed, in the result's unit (negative for "at most"). */
  change: number;
  /** "2 point", "3,5 procentpoint", "45", "1 indsats". */
  distanceText: string;
  /** "2 point fra 100 %". */
  text: string;
  /** From the raw answers (NPS, ANDEL, NYE): answers to add or change to reach the tier. */
  answers?: AnswerPath[];
}

export type DistanceState =
  /** Below the top tier: `steps` lists the tiers not yet reached, the next first. */
  | "below-top"
  /** At the top tier already: nothing to reach. */
  | "top"
  | "pending"
  | "error"
  /** A yes/no goal not met: no distance to measure. */
  | "not-measurable";

export interface RowDistance {
  bodyIndex: number;
  rowNumber: number;
  goal: string;
  part: string;
  segment: string;
  /** "NPS", the segment or the part: what the text starts with. */
  label: string;
  rule: RuleKind;
  direction: Direction;
  status: Status;
  fulfilment: number | null;
  result: number | null;
  resultText: string | null;
  unit: DistanceUnit | null;
  state: DistanceState;
  steps: TierStep[];
  /** steps[0] */
  next: TierStep | null;
  /** "NPS 58: 2 point fra 100 % (9 svar mere på 9–10, eller 2 kritikere der bliver anbefalere, …)" */
  text: string;
}

export interface GoalDistance {
  id: string;
  title: string;
  fulfilment: number | null;
  status: Status;
  /** The goal counts with an agreed fulfilment; the distances are about the computed one. */
  agreed: boolean;
  rows: RowDistance[];
  /** The rows' texts, joined. */
  text: string;
}

const METRIC_LABEL = { nps: "NPS", share: "Andel", count: "Antal", new: "Nye" } as const;

/** Enough decimals to show a distance that is not zero as not zero. */
function amount(value: number): string {
  for (const decimals of [1, 2, 3]) {
    const text = formatNumber(value, "da", decimals);
    if (value === 0 || Number(text.replace(/\./g, "").replace(",", ".")) !== 0) return text;
  }
  return formatNumber(value, "da", 6);
}

function distanceText(distance: number, unit: DistanceUnit): string {
  switch (unit) {
    case "point":
      return `${amount(distance)} point`;
    case "procentpoint":
      return `${amount(distance)} procentpoint`;
    case "antal":
      return amount(distance);
    case "indsatser":
      return `${amount(distance)} ${distance === 1 ? "indsats" : "indsatser"}`;
  }
}

function labelOf(row: RowResult): string {
  return row.segment || row.part || (row.metric ? METRIC_LABEL[row.metric.kind] : "");
}

function headOf(row: RowResult, label: string): string {
  const value =
    row.resultText ??
    (row.resultValue === undefined
      ? ""
      : displayValue(row.resultValue, row.resultPercent ?? false));
  return [label, value].filter(Boolean).join(" ");
}

/** A threshold not yet reached as a step: how far, in the result's unit, and the answers it takes where known. */
function tierStep(
  row: RowResult,
  target: DistanceTarget,
  direction: Direction,
  unit: DistanceUnit,
  countAnswers: boolean
): TierStep {
  const change = target.threshold - target.from;
  const raw = Math.abs(change);
  const distance = unit === "procentpoint" ? raw * 100 : raw;
  const dText = distanceText(distance, unit);
  const where = direction === "mindst" ? "fra" : "for højt til";
  const step: TierStep = {
    fulfilment: target.fulfilment,
    threshold: target.threshold,
    thresholdText: target.thresholdText,
    distance,
    change,
    distanceText: dText,
    text: `${dText} ${where} ${displayFulfilment(target.fulfilment)}`,
  };
  if (countAnswers && row.metric) {
    const answers = answerPaths(row.metric, target.threshold, direction);
    if (answers.length > 0) step.answers = answers;
  }
  return step;
}

function stepText(step: TierStep): string {
  if (!step.answers) return step.text;
  const ways = step.answers.filter((a) => a.count !== null && a.count > 0).map((a) => a.text);
  return ways.length > 0 ? `${step.text} (${ways.join(", eller ")})` : step.text;
}

/** The distance of one row to its next tier (and to every tier above it). */
export function rowDistance(row: RowResult): RowDistance {
  const direction: Direction = row.direction ?? "mindst";
  const label = labelOf(row);
  const head = headOf(row, label);
  const base = {
    bodyIndex: row.bodyIndex,
    rowNumber: row.rowNumber,
    goal: row.goal,
    part: row.part,
    segment: row.segment,
    label,
    rule: row.rule,
    direction,
    status: row.status,
    fulfilment: row.fulfilment,
    result: row.resultValue ?? null,
    resultText: row.resultText ?? null,
    unit: null as DistanceUnit | null,
    steps: [] as TierStep[],
    next: null as TierStep | null,
  };
  const prefix = head ? `${head}: ` : "";
  if (row.status === "Fejl") return { ...base, state: "error", text: `${prefix}fejl i rækken` };
  if (row.status === "Afventer data" || row.fulfilment === null) {
    return { ...base, state: "pending", text: `${label ? `${label}: ` : ""}afventer data` };
  }
  const top = {
    ...base,
    state: "top" as const,
    text: `${prefix}øverste trin er nået (${displayFulfilment(row.fulfilment)})`,
  };

  // The rule says how far: its targets in its unit, or why there is nothing to measure (rules/<kind>.ts).
  const spec = ruleDefinition(row.rule).distance({ ...row, fulfilment: row.fulfilment });
  if (spec.state === "top") return { ...top, unit: spec.unit };
  if (spec.state === "not-measurable") {
    const text = spec.why === null ? prefix.slice(0, -2) : `${prefix}${spec.why}`;
    return { ...base, state: "not-measurable", text };
  }
  const steps = spec.targets.map((t) => tierStep(row, t, direction, spec.unit, spec.answers));
  return {
    ...base,
    unit: spec.unit,
    state: "below-top",
    steps,
    next: steps[0],
    text: `${prefix}${stepText(steps[0])}`,
  };
}

function goalDistance(goal: GoalResult): GoalDistance {
  const rows = goal.parts.flatMap((p) => p.rows).map(rowDistance);
  const texts = rows.map((r) => r.text).filter(Boolean);
  return {
    id: goal.id,
    title: goal.title,
    fulfilment: goal.fulfilment,
    status: goal.status,
    agreed: goal.agreed !== undefined,
    rows,
    text: `${goal.agreed ? `aftalt ${displayFulfilment(goal.agreed.value)}; beregnet: ` : ""}${texts.join("; ")}`,
  };
}

/** Distances for every goal of an evaluation, in table order. */
export function distances(result: EvaluationResult): GoalDistance[] {
  return result.goals.map(goalDistance);
}
