// Distance to the next tier, in the result's own unit: "NPS 58: 2 point fra 100 %", "Drift 76,5 %: 3,5 procentpoint
// fra 100 %", "Korte forløb og EW 555: 45 fra 100 %". Read from what the rule used (RowResult.tiers/direction), with
// the core's own `meets`, so a tier counted as reached here is reached in Beregn too. Where the workbook holds the
// raw answers, each step also says how many answers it takes (answers.ts).
import type { EvaluationResult, GoalResult, RowResult } from "../evaluate";
import { formatNumber } from "../format";
import type { Direction, RuleKind, Status } from "../model";
import { displayFulfilment, displayValue, meets, type Tier } from "../rules/taerskler";
import { answerPaths, type AnswerPath } from "./answers";

/** point: plain numbers (NPS); procentpoint: percentages; antal: counts; indsatser: activities. */
export type DistanceUnit = "point" | "procentpoint" | "antal" | "indsatser";

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

function unitOf(row: RowResult): DistanceUnit {
  if (row.resultPercent) return "procentpoint";
  if (row.metric?.kind === "count" || row.rule === "antal" || row.rule === "forholdsmaessig")
    return "antal";
  return "point";
}

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

function tierStep(
  row: RowResult,
  tier: Tier,
  value: number,
  direction: Direction,
  unit: DistanceUnit
): TierStep {
  const change = tier.value - value;
  const raw = Math.abs(change);
  const distance = unit === "procentpoint" ? raw * 100 : raw;
  const dText = distanceText(distance, unit);
  const where = direction === "mindst" ? "fra" : "for højt til";
  const step: TierStep = {
    fulfilment: tier.fulfilment,
    threshold: tier.value,
    thresholdText: displayValue(tier.value, row.resultPercent ?? tier.percent),
    distance,
    change,
    distanceText: dText,
    text: `${dText} ${where} ${displayFulfilment(tier.fulfilment)}`,
  };
  if (row.metric) {
    const answers = answerPaths(row.metric, tier.value, direction);
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

  if (row.rule === "janej") {
    return row.fulfilment >= 1
      ? top
      : { ...base, state: "not-measurable", text: `${prefix}opfyldes først ved Ja` };
  }
  if (row.rule === "indsatser") {
    const m = /^(\d+)\/(\d+)$/.exec(row.resultText ?? "");
    if (!m) return { ...base, state: "not-measurable", text: prefix.slice(0, -2) };
    const done = Number(m[1]);
    const planned = Number(m[2]);
    if (done >= planned) return top;
    const dText = distanceText(planned - done, "indsatser");
    const step: TierStep = {
      fulfilment: 1,
      threshold: planned,
      thresholdText: String(planned),
      distance: planned - done,
      change: planned - done,
      distanceText: dText,
      text: `${dText} fra ${displayFulfilment(1)}`,
    };
    return {
      ...base,
      unit: "indsatser",
      state: "below-top",
      steps: [step],
      next: step,
      text: `${prefix}${step.text}`,
    };
  }

  const value = row.resultValue;
  const tiers = row.tiers ?? [];
  if (value === undefined || tiers.length === 0)
    return { ...base, state: "not-measurable", text: prefix.slice(0, -2) };
  const unit = unitOf(row);
  // Proportional: the amount to the 100 % target (the same target the rule used); tiers: every tier not yet reached.
  const targets =
    row.rule === "forholdsmaessig"
      ? [tiers.find((t) => t.fulfilment === 1) ?? tiers[0]]
      : [...tiers].sort((a, b) => a.fulfilment - b.fulfilment);
  const steps = targets
    .filter(
      (t) =>
        !meets(value, t.value, direction) &&
        (row.rule === "forholdsmaessig" || t.fulfilment > row.fulfilment!)
    )
    .map((t) => tierStep(row, t, value, direction, unit));
  if (steps.length === 0) return { ...top, unit };
  return {
    ...base,
    unit,
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
