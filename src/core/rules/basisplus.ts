// A baseline plus percentage points ("basis + procentpoint"): `Basis` 32 % and `Mål 100 %` = "+5 pp" give the
// threshold 37 % (seed 001); then read in tiers. taerskler.ts adds the points to the baseline.
import type { RuleDefinition } from "./definition";
import { evaluateWithThresholds, thresholdDistance } from "./thresholdRule";
import { trin } from "./trin";

export const basisplusRule: RuleDefinition = {
  names: { da: "basis + procentpoint", en: "baseline + percentage points" },
  word: "basis",
  aliases: ["basis plus", "baseline", "basis pp"],
  infer: {
    order: 5,
    when: (row) => row.tiers.some((t) => t.quantity.kind === "points"),
  },
  evaluate: (input) => evaluateWithThresholds(input, trin),
  whatIf: { words: ["basis"], aliases: [], asThreshold: "trin", switchTo: null },
  distance: (row) => thresholdDistance(row, { count: false, proportional: false }),
};
