// Activities done ("indsatser"): done / planned. "3 af 4 indsatser → 75 %" (seed 004, goal 6).
import { displayFulfilment } from "./taerskler";
import type { RuleOutcome } from "./trin";

export function indsatser(done: number, planned: number, label: string): RuleOutcome {
  const f = planned <= 0 ? 0 : Math.max(0, Math.min(1, done / planned));
  const head = label ? `${label}: ` : "";
  return {
    fulfilment: f,
    explanation: `${head}${done} af ${planned} indsatser → ${displayFulfilment(f)}`,
  };
}
