// Rules that compare a number with the Mål thresholds (src/core/rules/thresholdRule.ts) and the pending rule
// (afventer.ts), through evaluateContract as Beregn runs them, and the what-if distance (whatif/distance.ts) that asks
// the rule how far the next tier is. Expected explanations are the README's wording, figures worked out by hand.
import { evaluateContract } from "../../src/core/evaluate";
import type { GoalRow } from "../../src/core/goalTable";
import type { RawCell } from "../../src/core/model";
import { inferRule } from "../../src/core/rules";
import { rowDistance } from "../../src/core/whatif/distance";
import { rawTable } from "../helpers/tables";

const evaluate = (headers: string[], rows: RawCell[][]) =>
  evaluateContract([rawTable("Mål", headers, rows)]);

describe("notes on the thresholds", () => {
  test("two thresholds by year: both notes, in tier order, before the comparison", () => {
    // År 2022: Mål 100 % is 47 %, Mål 50 % is 42 %. 46 % < 47 % but ≥ 42 % → 50 %.
    const r = evaluate(
      ["Nr", "Mål", "Resultat", "År", "Mål 100 %", "Mål 50 %"],
      [["1", "Henvisninger", "46 %", 2022, "2021: 45 %; 2022: 47 %", "2021: 40 %; 2022: 42 %"]]
    );
    expect(r.rows[0].explanation).toBe(
      "Tærskel for 2022: 47 %; Tærskel for 2022: 42 %: 46 % < 47 %, ≥ 42 % → 50 %"
    );
    expect(r.rows[0].fulfilment).toBe(0.5);
  });

  test("the same note twice is said once", () => {
    // Basis 32 % + 5 pp = 37 % for both tiers: one note. 38 % ≥ 37 % → 100 %.
    const r = evaluate(
      ["Nr", "Mål", "Resultat", "Basis", "Mål 100 %", "Mål 50 %"],
      [["1", "Andel", "38 %", "32 %", "+5 pp", "+5 pp"]]
    );
    expect(r.rows[0].explanation).toBe("Basis 32 % + 5 pp = 37 %: 38 % ≥ 37 % → 100 %");
  });

  test("no note: the comparison alone", () => {
    const r = evaluate(["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "NPS", 72, 60]]);
    expect(r.rows[0].explanation).toBe("72 ≥ 60 → 100 %");
  });
});

describe("the distance to the next tier, in the result's unit", () => {
  test("a result in % against thresholds typed as fractions: the threshold is shown as a percentage", () => {
    // 65 % against 0,7 (= 70 %) and 0,6 (= 60 %): 65 % ≥ 60 % → 50 %; the next tier is 70 %, 5 procentpoint away.
    const r = evaluate(
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %"],
      [["1", "Andel", "65 %", "0,7", "0,6"]]
    );
    expect(r.rows[0].fulfilment).toBe(0.5);
    const d = rowDistance(r.rows[0]);
    expect(d.unit).toBe("procentpoint");
    expect(d.next?.thresholdText).toBe("70 %");
  });

  test("a count against a count: the threshold as a number", () => {
    // 55 against 60/50 → 50 %; the next tier is 60.
    const r = evaluate(
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %"],
      [["1", "NPS", 55, 60, 50]]
    );
    const d = rowDistance(r.rows[0]);
    expect(d.unit).toBe("point");
    expect(d.next?.thresholdText).toBe("60");
  });
});

describe("a row without a result", () => {
  const row = (rule?: GoalRow["rule"]): GoalRow => ({
    bodyIndex: 0,
    sheet: "Mål",
    rowNumber: 2,
    nr: "1",
    title: "Tilfredshed",
    part: "",
    segment: "",
    resultPending: false,
    direction: "mindst",
    tiers: [],
    errors: [],
    rule,
  });

  test("is inferred as pending when Regel is empty; a rule named in Regel stays", () => {
    expect(inferRule(row(), null)).toBe("afventer");
    expect(inferRule(row("lineaer"), null)).toBe("lineaer");
    expect(inferRule(row(), { kind: "number", value: 72, percent: false })).toBe("trin");
  });
});
