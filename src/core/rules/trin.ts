// Tiers ("trin"): the highest tier whose threshold is met, else 0 %. "NPS 72 ≥ 60 → 100 %" (seed 004, goal 1).
// The default rule: a row with an empty Regel that no other rule claims is read in tiers.
import type { Direction } from "../model";
import type { RuleDefinition, RuleOutcome } from "./definition";
import { displayFulfilment, displayValue, meets, type Tier } from "./taerskler";
import { evaluateWithThresholds, thresholdDistance } from "./thresholdRule";

/** "NPS 72" (the label may be empty). */
export function prefix(label: string, value: string): string {
  return label ? `${label} ${value}` : value;
}

export function trin(
  value: number,
  tiers: Tier[],
  direction: Direction,
  percent: boolean,
  label: string
): RuleOutcome {
  const byFulfilment = [...tiers].sort((a, b) => b.fulfilment - a.fulfilment);
  const shown = (x: number) => displayValue(x, percent);
  const met = direction === "mindst" ? "≥" : "≤";
  const missed = direction === "mindst" ? "<" : ">";
  const head = prefix(label, shown(value));
  for (let i = 0; i < byFulfilment.length; i++) {
    const tier = byFulfilment[i];
    if (!meets(value, tier.value, direction)) continue;
    const f = tier.fulfilment;
    if (i === 0)
      return {
        fulfilment: f,
        explanation: `${head} ${met} ${shown(tier.value)} → ${displayFulfilment(f)}`,
      };
    const above = byFulfilment[i - 1];
    return {
      fulfilment: f,
      explanation: `${head} ${missed} ${shown(above.value)}, ${met} ${shown(tier.value)} → ${displayFulfilment(f)}`,
    };
  }
  const lowest = byFulfilment[byFulfilment.length - 1];
  return {
    fulfilment: 0,
    explanation: `${head} ${missed} ${shown(lowest.value)} → ${displayFulfilment(0)}`,
  };
}

export const trinRule: RuleDefinition = {
  names: { da: "trin", en: "tiers" },
  word: "trin",
  aliases: ["trinvis", "tiers", "step", "tærskel"],
  // The default rule (registry.ts): inferred for every row no other rule claims.
  infer: null,
  evaluate: (input) => evaluateWithThresholds(input, trin),
  whatIf: { words: ["trin", "threshold"], aliases: [], asThreshold: "trin", switchTo: null },
  distance: (row) => thresholdDistance(row, { count: false, proportional: false }),
};
