// Process goals ("ja/nej"): done → 100 %, not done → 0 %. "Målet er 100 pct. opfyldt, når der foreligger en afrapportering".
import type { RuleDefinition, RuleOutcome } from "./definition";
import { displayFulfilment } from "./taerskler";

export function janej(done: boolean, label: string): RuleOutcome {
  const f = done ? 1 : 0;
  const head = label ? `${label}: ` : "";
  return { fulfilment: f, explanation: `${head}${done ? "Ja" : "Nej"} → ${displayFulfilment(f)}` };
}

export const janejRule: RuleDefinition = {
  names: { da: "ja/nej", en: "yes/no" },
  word: "ja/nej",
  aliases: ["yes/no", "proces", "procesmål", "process"],
  // Ja, Nej, X, TRUE/FALSE in the result.
  infer: { order: 2, when: (_row, result) => result?.kind === "boolean" },
  evaluate(input) {
    const { result } = input;
    let done: boolean | undefined;
    if (result.kind === "boolean") done = result.value;
    else if (result.kind === "number" && (result.value === 0 || result.value === 1))
      done = result.value === 1;
    if (done === undefined) return input.wrongResult();
    const out = janej(done, input.label);
    return {
      rule: input.rule,
      ...out,
      resultText: done ? "Ja" : "Nej",
      resultValue: done ? 1 : 0,
      errors: input.errors,
    };
  },
  whatIf: { words: ["ja/nej"], aliases: [], asThreshold: "trin", switchTo: null },
  distance: (row) =>
    row.fulfilment >= 1
      ? { state: "top", unit: null }
      : { state: "not-measurable", why: "opfyldes først ved Ja" },
};
