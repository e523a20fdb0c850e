// Activities done ("indsatser"): done / planned. "3 af 4 indsatser → 75 %" (seed 004, goal 6).
import type { RuleDefinition, RuleOutcome } from "./definition";
import { displayFulfilment } from "./taerskler";

export function indsatser(done: number, planned: number, label: string): RuleOutcome {
  const f = planned <= 0 ? 0 : Math.max(0, Math.min(1, done / planned));
  const head = label ? `${label}: ` : "";
  return {
    fulfilment: f,
    explanation: `${head}${done} af ${planned} indsatser → ${displayFulfilment(f)}`,
  };
}

export const indsatserRule: RuleDefinition = {
  names: { da: "indsatser", en: "activities" },
  word: "indsatser",
  aliases: ["aktiviteter", "activities"],
  // "3/4" in the result.
  infer: { order: 3, when: (_row, result) => result?.kind === "ratio" },
  evaluate(input) {
    const { result, row } = input;
    let done: number | undefined;
    let planned: number | undefined;
    if (result.kind === "ratio") {
      done = result.done;
      planned = result.total;
    } else if (result.kind === "number" && Number.isInteger(result.value)) {
      // A count of activities done, against the 100 % threshold as the number planned.
      const target = row.tiers.find((t) => t.fulfilment === 1)?.quantity;
      if (target?.kind === "number") {
        done = result.value;
        planned = target.value;
      }
    }
    if (done === undefined || planned === undefined || planned <= 0 || done < 0 || done > planned)
      return input.wrongResult();
    const out = indsatser(done, planned, input.label);
    return {
      rule: input.rule,
      ...out,
      resultText: `${done}/${planned}`,
      resultValue: done / planned,
      resultPercent: true,
      errors: input.errors,
    };
  },
  whatIf: { words: ["indsatser"], aliases: [], asThreshold: "trin", switchTo: null },
  distance(row) {
    const m = /^(\d+)\/(\d+)$/.exec(row.resultText ?? "");
    if (!m) return { state: "not-measurable", why: null };
    const done = Number(m[1]);
    const planned = Number(m[2]);
    if (done >= planned) return { state: "top", unit: null };
    return {
      state: "below-top",
      unit: "indsatser",
      answers: false,
      targets: [{ fulfilment: 1, threshold: planned, thresholdText: String(planned), from: done }],
    };
  },
};
