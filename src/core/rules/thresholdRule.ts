// What every rule that compares a number with the `Mål NN %` thresholds shares (trin, lineær, antal, forholdsmæssig,
// tærskel pr. år, basis + procentpoint): resolving the thresholds (year, baseline), checking their order and units,
// the explanation's notes, and the distance to the thresholds not yet reached. Each rule adds only its comparison.
import { cellError } from "../messages";
import type { Direction } from "../model";
import type {
  DistanceSpec,
  MeasuredRow,
  RowEvaluation,
  RuleInput,
  RuleOutcome,
} from "./definition";
import {
  alignUnits,
  checkTierOrder,
  displayValue,
  meets,
  resolveTiers,
  type Tier,
} from "./taerskler";

/** A rule's comparison of a value with its thresholds. */
export type Comparison = (
  value: number,
  tiers: Tier[],
  direction: Direction,
  percent: boolean,
  label: string
) => RuleOutcome;

/** The one target of a proportional rule: the 100 % threshold, else the first one. Shared with its distance. */
export function proportionalTarget(tiers: Tier[]): Tier {
  return tiers.find((t) => t.fulfilment === 1) ?? tiers[0];
}

/** Evaluates a numeric result against the row's thresholds with the rule's own comparison. */
export function evaluateWithThresholds(input: RuleInput, compare: Comparison): RowEvaluation {
  const { rule, row, result, indicator, label, locale, errors } = input;
  if (result.kind !== "number") return input.wrongResult();

  const resolved = resolveTiers(row.tiers, {
    year: row.year ?? input.contractYear,
    baseline: row.baseline,
  });
  for (const p of resolved.problems)
    errors.push(cellError(locale, row.sheet, p.cell, p.code, p.params));
  if (errors.length > 0) return { rule, fulfilment: null, explanation: "", errors };
  const tiers: Tier[] = resolved.tiers;
  if (tiers.length === 0) return input.fail(input.resultCell, "no-threshold");
  const order = checkTierOrder(tiers, row.direction);
  if (order) return input.fail(order.cell, order.code, order.params);
  let percent = result.percent;
  for (const tier of tiers) {
    const aligned = alignUnits(result, tier);
    if (!aligned.ok) return input.fail(input.resultCell, "unit-mismatch", aligned.params);
    percent = percent || aligned.percent;
  }
  const shownResult = displayValue(result.value, percent);
  const notes = tiers
    .map((t) => t.note)
    .filter((n): n is string => Boolean(n))
    .filter((n, i, all) => all.indexOf(n) === i);
  const notePrefix = notes.length > 0 ? `${notes.join("; ")}: ` : "";
  // The answers behind an indicator go right after the value: "NPS 72 (181 svar: …) ≥ 60 → 100 %".
  const basis = indicator ? ` (${indicator.basis})` : "";
  const withBasis = (text: string) => {
    const head = label ? `${label} ${shownResult}` : shownResult;
    return basis && text.startsWith(head) ? head + basis + text.slice(head.length) : text;
  };

  const outcome = compare(result.value, tiers, row.direction, percent, label);
  return {
    rule,
    fulfilment: outcome.fulfilment,
    explanation: notePrefix + withBasis(outcome.explanation),
    resultText: shownResult,
    resultValue: result.value,
    resultPercent: percent,
    answers: indicator?.answers,
    warning: indicator?.warning,
    errors,
    // For what-if: what the rule compared against.
    tiers,
    direction: row.direction,
  };
}

/**
 * The thresholds a measured row has not reached, in the result's unit: percentage points for percentages, a count
 * for counts (`count`, or an indicator that counts), points otherwise. A proportional rule has one target, the one
 * it divides by; the others list every tier above the row's fulfilment, the next first.
 */
export function thresholdDistance(
  row: MeasuredRow,
  how: { count: boolean; proportional: boolean }
): DistanceSpec {
  const value = row.resultValue;
  const tiers = row.tiers ?? [];
  if (value === undefined || tiers.length === 0) return { state: "not-measurable", why: null };
  const direction = row.direction ?? "mindst";
  const unit = row.resultPercent
    ? "procentpoint"
    : row.metric?.kind === "count" || how.count
      ? "antal"
      : "point";
  const targets = how.proportional
    ? [proportionalTarget(tiers)]
    : [...tiers].sort((a, b) => a.fulfilment - b.fulfilment);
  const open = targets.filter(
    (t) => !meets(value, t.value, direction) && (how.proportional || t.fulfilment > row.fulfilment)
  );
  if (open.length === 0) return { state: "top", unit };
  return {
    state: "below-top",
    unit,
    answers: true,
    targets: open.map((t) => ({
      fulfilment: t.fulfilment,
      threshold: t.value,
      thresholdText: displayValue(t.value, row.resultPercent ?? t.percent),
      from: value,
    })),
  };
}
