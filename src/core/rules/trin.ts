// Tiers ("trin"): the highest tier whose threshold is met, else 0 %. "NPS 72 ≥ 60 → 100 %".
// With interpolation ("lineær") the fulfilment runs linearly between neighbouring tiers; below the lowest tier it is 0 %.
import type { Direction } from "../model";
import { atLeast, atMost, displayFulfilment, displayValue, meets, type Tier } from "./taerskler";

export interface RuleOutcome {
  fulfilment: number;
  explanation: string;
}

function prefix(label: string, value: string): string {
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

export function lineaer(
  value: number,
  tiers: Tier[],
  direction: Direction,
  percent: boolean,
  label: string
): RuleOutcome {
  // Order tiers from the easiest to the hardest threshold to reach.
  const ordered = [...tiers].sort((a, b) => a.fulfilment - b.fulfilment);
  const shown = (x: number) => displayValue(x, percent);
  const head = prefix(label, shown(value));
  const top = ordered[ordered.length - 1];
  const bottom = ordered[0];
  const reached = (t: Tier) =>
    direction === "mindst" ? atLeast(value, t.value) : atMost(value, t.value);
  if (reached(top)) return trin(value, tiers, direction, percent, label);
  if (!reached(bottom)) return trin(value, tiers, direction, percent, label);
  for (let i = 0; i < ordered.length - 1; i++) {
    const lo = ordered[i];
    const hi = ordered[i + 1];
    if (reached(lo) && !reached(hi)) {
      const position = (value - lo.value) / (hi.value - lo.value);
      const f = lo.fulfilment + (hi.fulfilment - lo.fulfilment) * position;
      return {
        fulfilment: f,
        explanation: `${head} mellem ${shown(lo.value)} (${displayFulfilment(lo.fulfilment)}) og ${shown(hi.value)} (${displayFulfilment(hi.fulfilment)}) → ${displayFulfilment(f)}`,
      };
    }
  }
  return trin(value, tiers, direction, percent, label);
}
