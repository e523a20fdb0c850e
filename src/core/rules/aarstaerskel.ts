// A threshold by year ("tærskel pr. år"): a cell holds "2021: 45 %; 2022: 47 %; 2023: 50 %" and the row's År (or the
// contract year) picks the threshold (seed 002); then read in tiers. taerskler.ts resolves the year.
import type { RuleDefinition } from "./definition";
import { evaluateWithThresholds, thresholdDistance } from "./thresholdRule";
import { trin } from "./trin";

export const aarstaerskelRule: RuleDefinition = {
  names: { da: "tærskel pr. år", en: "threshold by year" },
  word: "år",
  aliases: ["aar", "aarstærskel", "årstærskel", "year", "by year"],
  infer: {
    order: 4,
    when: (row) => row.tiers.some((t) => t.quantity.kind === "byYear"),
  },
  evaluate: (input) => evaluateWithThresholds(input, trin),
  whatIf: { words: ["år"], aliases: [], asThreshold: "trin", switchTo: null },
  distance: (row) => thresholdDistance(row, { count: false, proportional: false }),
};
