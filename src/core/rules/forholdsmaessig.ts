// Proportional count target ("forholdsmæssig"): actual / target, capped at 100 %. "555 af 600 → 92,5 %".
// For "at most" targets the share is target / actual once the actual exceeds the target.
import type { Direction } from "../model";
import { displayFulfilment, displayValue } from "./taerskler";
import type { RuleOutcome } from "./trin";

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
