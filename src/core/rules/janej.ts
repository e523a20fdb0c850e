// Process goals ("ja/nej"): done → 100 %, not done → 0 %. "Målet er 100 pct. opfyldt, når der foreligger en afrapportering".
import { displayFulfilment } from "./taerskler";
import type { RuleOutcome } from "./trin";

export function janej(done: boolean, label: string): RuleOutcome {
  const f = done ? 1 : 0;
  const head = label ? `${label}: ` : "";
  return { fulfilment: f, explanation: `${head}${done ? "Ja" : "Nej"} → ${displayFulfilment(f)}` };
}
