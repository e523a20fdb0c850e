// Proportional count target ("forholdsmæssig"): actual / target, capped at 100 %. "555 af 600 → 92,5 %" (seed 002,
// goal 12, Korte forløb og Early Warning, read proportionally). For "at most" targets the share is target / actual
// once the actual exceeds the target.
import type { Direction } from "../model";
import type { RuleDefinition, RuleOutcome } from "./definition";
import { displayFulfilment, displayValue } from "./taerskler";
import { evaluateWithThresholds, proportionalTarget, thresholdDistance } from "./thresholdRule";

export function forholdsmaessig(
  value: number,
  target: number,
  direction: Direction,
  percent: boolean,
  label: string
): RuleOutcome {
  const shown = (x: number) => displayValue(x, percent);
  const head = label ? `${label} ` : "";
  let raw: number;
  if (direction === "mindst") raw = target <= 0 ? 1 : value / target;
  else raw = value <= target ? 1 : value <= 0 ? 1 : target / value;
  const f = Math.max(0, Math.min(1, raw));
  const capped = direction === "mindst" && raw > 1 ? " (højst 100 %)" : "";
  const relation = direction === "mindst" ? "af" : "mod højst";
  return {
    fulfilment: f,
    explanation: `${head}${shown(value)} ${relation} ${shown(target)} → ${displayFulfilment(f)}${capped}`,
  };
}

export const forholdsmaessigRule: RuleDefinition = {
  names: { da: "forholdsmæssig", en: "proportional" },
  word: "forholdsmæssig",
  aliases: ["proportional", "proportionel"],
  infer: null,
  evaluate: (input) =>
    evaluateWithThresholds(input, (value, tiers, direction, percent, label) =>
      forholdsmaessig(value, proportionalTarget(tiers).value, direction, percent, label)
    ),
  whatIf: {
    words: ["forholdsmæssig", "proportional"],
    // Typed without æ in a what-if change.
    aliases: ["forholdsmassig"],
    asThreshold: "antal",
    switchTo: "antal",
  },
  distance: (row) => thresholdDistance(row, { count: true, proportional: true }),
};
