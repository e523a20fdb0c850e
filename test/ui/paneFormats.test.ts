// The pane's figures never break before their unit (issue 14, item 5), and Hvad nu hvis' rule switch comes from the
// core's rule registry (issue 12): every rule kind the registry gives an alternative gets a switch, named by the
// registry's display names, and its change writes the registry's word.
import { describe, expect, test } from "@jest/globals";
import { ruleDisplayName, ruleKinds, ruleWord } from "../../src/core/rules";
import { formatPercent, formatPoints, keepFiguresTogether } from "../../src/taskpane/shared/format";
import {
  ruleChangeValue,
  ruleChoice,
  ruleChoiceNames,
  ruleEdit,
  ruleEditIsOn,
} from "../../src/taskpane/sections/hvadnuhvis/ruleChoices";

const NBSP = "\u00a0";

describe("figures in the pane", () => {
  test("a percentage and percentage points keep their unit on the same line", () => {
    expect(formatPercent(1, "da", 2)).toBe(`100${NBSP}%`);
    expect(formatPercent(0.9725, "da", 2)).toBe(`97,25${NBSP}%`);
    expect(formatPercent(0.5, "en")).toBe("50%");
    expect(formatPoints(0.028)).toBe(`2,8${NBSP}pp`);
  });

  test("in a sentence from the core, only the space between a figure and its unit is made non-breaking", () => {
    expect(keepFiguresTogether("andelene summer til 100,01 % og ikke 100 %")).toBe(
      `andelene summer til 100,01${NBSP}% og ikke 100${NBSP}%`
    );
    expect(keepFiguresTogether("NPS 58: 2 point fra 100 %")).toBe(
      `NPS 58: 2 point fra 100${NBSP}%`
    );
    expect(keepFiguresTogether("+2,8 procentpoint, 1.000 kr.")).toBe(
      `+2,8${NBSP}procentpoint, 1.000${NBSP}kr.`
    );
  });
});

describe("the rule switch in Hvad nu hvis, from the core's registry", () => {
  test("antal ↔ forholdsmæssig: each gets a switch to the other, named and written as the registry says", () => {
    const antal = ruleChoice("antal");
    expect(antal).toEqual({ from: "antal", to: "forholdsmaessig" });
    expect(ruleChoiceNames(antal!, "da")).toEqual({ from: "antal", to: "forholdsmæssig" });
    expect(ruleChoiceNames(antal!, "en")).toEqual({ from: "count", to: "proportional" });
    expect(ruleChangeValue(antal!)).toBe("forholdsmæssig");
    expect(ruleEdit(antal!, true)).toBe("forholdsmaessig");
    expect(ruleEditIsOn(antal!, ruleEdit(antal!, true))).toBe(true);
    expect(ruleEditIsOn(antal!, ruleEdit(antal!, false))).toBe(false);
    expect(ruleChoice("forholdsmaessig")).toEqual({ from: "forholdsmaessig", to: "antal" });
    expect(ruleChangeValue(ruleChoice("forholdsmaessig")!)).toBe("antal");
  });

  test("every registered kind: a switch exactly where the registry names an alternative", () => {
    for (const kind of ruleKinds()) {
      const choice = ruleChoice(kind);
      if (choice === null) continue;
      expect(choice.from).toBe(kind);
      expect(ruleChangeValue(choice)).toBe(ruleWord(choice.to));
      expect(ruleChoiceNames(choice, "da").to).toBe(ruleDisplayName(choice.to, "da"));
    }
    expect(ruleKinds().filter((k) => ruleChoice(k) !== null)).toEqual(["antal", "forholdsmaessig"]);
    expect(ruleChoice("trin")).toBeNull();
    expect(ruleChoice(undefined)).toBeNull();
  });
});
