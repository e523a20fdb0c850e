// A count goal ("antal"): met when the count reaches the target, read in tiers. "365 af 350 → 100 %" (seed 002,
// goal 12). What-if may switch it to forholdsmæssig (the share of the target reached) and back.
import type { RuleDefinition } from "./definition";
import { evaluateWithThresholds, thresholdDistance } from "./thresholdRule";
import { trin } from "./trin";

export const antalRule: RuleDefinition = {
  names: { da: "antal", en: "count" },
  word: "antal",
  aliases: ["count", "måltal"],
  infer: null,
  evaluate: (input) => evaluateWithThresholds(input, trin),
  whatIf: { words: ["antal"], aliases: [], asThreshold: "antal", switchTo: "forholdsmaessig" },
  distance: (row) => thresholdDistance(row, { count: true, proportional: false }),
};
