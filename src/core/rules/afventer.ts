// Awaiting data ("afventer"): no fulfilment yet. A row whose result is empty or says "Afventer data" awaits data
// whatever its rule; naming the rule keeps a row out until its figure is in. Pending goals are left out of the
// overall and bound its range (rollup.ts).
import type { IndicatorValue } from "../indicators/evaluate";
import type { CellError } from "../model";
import type { RowEvaluation, RuleDefinition } from "./definition";

/** "NPS: Afventer data: ingen svar endnu". */
export function pendingEvaluation(
  label: string,
  indicator: IndicatorValue | undefined,
  errors: CellError[]
): RowEvaluation {
  const why = indicator && indicator.quantity === null ? ": ingen svar endnu" : "";
  return {
    rule: "afventer",
    fulfilment: null,
    explanation: `${label ? `${label}: ` : ""}Afventer data${why}`,
    errors,
  };
}

export const afventerRule: RuleDefinition = {
  names: { da: "afventer", en: "pending" },
  word: "afventer",
  aliases: ["pending"],
  // No result: the first rule tried.
  infer: { order: 1, when: (_row, result) => result === null },
  evaluate: (input) => pendingEvaluation(input.label, input.indicator, input.errors),
  whatIf: { words: ["afventer"], aliases: [], asThreshold: "trin", switchTo: null },
  // A pending row has no fulfilment, so what-if never asks; as a row without a figure it has no distance.
  distance: () => ({ state: "not-measurable", why: null }),
};
