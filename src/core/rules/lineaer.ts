// With interpolation ("lineær") the fulfilment runs linearly between neighbouring tiers: NPS 55 between 50 (50 %)
// and 60 (100 %) → 75 %. At or above the top tier, and below the lowest (0 %), it is read as tiers.
import type { Direction } from "../model";
import type { RuleDefinition, RuleOutcome } from "./definition";
import { atLeast, atMost, displayFulfilment, displayValue, type Tier } from "./taerskler";
import { evaluateWithThresholds, thresholdDistance } from "./thresholdRule";
import { prefix, trin } from "./trin";

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

export const lineaerRule: RuleDefinition = {
  names: { da: "lineær", en: "linear" },
  word: "lineær",
  aliases: ["linear", "interpoleret"],
  infer: null,
  evaluate: (input) => evaluateWithThresholds(input, lineaer),
  whatIf: { words: ["lineær"], aliases: [], asThreshold: "trin", switchTo: null },
  distance: (row) => thresholdDistance(row, { count: false, proportional: false }),
};
