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

const RULE_HEADERS = [
  "Nr",
  "Mål",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
  "Retning",
];
const one = (row: RawCell[]) => evaluate(RULE_HEADERS, [row]).rows[0];

describe("tiers (trin), at most (højst)", () => {
  test("at or under the 100 % threshold: '≤'; between: '>' the higher, '≤' the lower; over both: '>' the lowest tier's", () => {
    // At most 10 complaints for 100 %, at most 15 for 50 %.
    expect(one(["1", "Klager", null, 10, 10, 15, null, "højst"]).explanation).toBe(
      "10 ≤ 10 → 100 %"
    );
    expect(one(["1", "Klager", null, 12, 10, 15, null, "højst"]).explanation).toBe(
      "12 > 10, ≤ 15 → 50 %"
    );
    expect(one(["1", "Klager", null, 16, 10, 15, null, "højst"]).explanation).toBe("16 > 15 → 0 %");
  });

  test("at least: the label of a segment heads the comparison", () => {
    expect(one(["1", "NPS", "Drift", 45, 60, 50, null, null]).explanation).toBe(
      "Drift 45 < 50 → 0 %"
    );
  });
});

describe("linear (lineær)", () => {
  test("at least: between 50 (50 %) and 60 (100 %), 57 is 50 % + 50 % · 7/10 = 85 %; at or over the top and under the bottom read as tiers", () => {
    const r = one(["1", "NPS", null, 57, 60, 50, "lineær", null]);
    expect(r.fulfilment).toBeCloseTo(0.85, 12);
    expect(r.explanation).toBe("57 mellem 50 (50 %) og 60 (100 %) → 85 %");
    expect(one(["1", "NPS", null, 60, 60, 50, "lineær", null]).explanation).toBe("60 ≥ 60 → 100 %");
    expect(one(["1", "NPS", null, 49, 60, 50, "lineær", null]).explanation).toBe("49 < 50 → 0 %");
    expect(one(["1", "NPS", null, 50, 60, 50, "lineær", null]).explanation).toBe(
      "50 mellem 50 (50 %) og 60 (100 %) → 50 %"
    );
  });

  test("at most: 12 between 15 (50 %) and 10 (100 %) is 50 % + 50 % · (12 − 15)/(10 − 15) = 80 %", () => {
    const r = one(["1", "Klager", null, 12, 10, 15, "lineær", "højst"]);
    expect(r.fulfilment).toBeCloseTo(0.8, 12);
    expect(r.explanation).toBe("12 mellem 15 (50 %) og 10 (100 %) → 80 %");
    expect(one(["1", "Klager", null, 9, 10, 15, "lineær", "højst"]).explanation).toBe(
      "9 ≤ 10 → 100 %"
    );
    expect(one(["1", "Klager", null, 16, 10, 15, "lineær", "højst"]).explanation).toBe(
      "16 > 15 → 0 %"
    );
  });
});

describe("proportional (forholdsmæssig)", () => {
  test("at least: the share of the 100 % target, capped at 100 %", () => {
    // 555 of 600 = 92,5 %.
    expect(one(["1", "Forløb", null, 555, 600, 500, "forholdsmæssig", null]).explanation).toBe(
      "555 af 600 → 92,5 %"
    );
    expect(one(["1", "Forløb", "Drift", 600, 600, null, "forholdsmæssig", null]).explanation).toBe(
      "Drift 600 af 600 → 100 %"
    );
  });

  test("at most: 100 % at or under the target; over it, target / actual: 10 / 12 = 83,3 %", () => {
    expect(one(["1", "Klager", null, 8, 10, null, "forholdsmæssig", "højst"]).explanation).toBe(
      "8 mod højst 10 → 100 %"
    );
    const over = one(["1", "Klager", null, 12, 10, null, "forholdsmæssig", "højst"]);
    expect(over.fulfilment).toBeCloseTo(10 / 12, 12);
    expect(over.explanation).toBe("12 mod højst 10 → 83,3 %");
  });
});

describe("values as the explanation shows them", () => {
  test("a small plain number keeps three decimals; from 10 on, one; a percentage one", () => {
    // 0,755 against 0,8 / 0,7 (plain numbers under 10): 0,755 < 0,8 and ≥ 0,7 → 50 %.
    expect(one(["1", "Andel", null, 0.755, 0.8, 0.7, "trin", null]).explanation).toBe(
      "0,755 < 0,8, ≥ 0,7 → 50 %"
    );
    // 72,26 against 72,3 shows one decimal: 72,3 (rounded) < 72,3.
    expect(one(["1", "NPS", null, 72.26, 72.3, null, "trin", null]).explanation).toBe(
      "72,3 < 72,3 → 0 %"
    );
    expect(one(["1", "Andel", null, "72,36 %", "70 %", null, "trin", null]).explanation).toBe(
      "72,4 % ≥ 70 % → 100 %"
    );
  });
});

describe("thresholds out of order, in the user's words", () => {
  test("at least: a 50 % threshold above the 100 % one is 'højere'; at most: below it is 'lavere'", () => {
    const up = evaluate(RULE_HEADERS, [["1", "NPS", null, 55, 50, 60, null, null]]);
    expect(up.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "F2: tærsklen for 50 % (60) er højere end tærsklen for 100 % (50)",
    ]);
    const down = evaluate(RULE_HEADERS, [["1", "Klager", null, 12, 15, 10, null, "højst"]]);
    expect(down.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "F2: tærsklen for 50 % (10) er lavere end tærsklen for 100 % (15)",
    ]);
  });
});

describe("which cell a rule's error names, and the label heading an explanation", () => {
  test("no threshold: at the result cell, or at the Indikator cell for an indicator", () => {
    const withResult = evaluate(["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "NPS", 72, null]]);
    expect(withResult.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "C2: rækken har et resultat, men ingen tærskel (udfyld 'Mål 100 %')",
    ]);
    const withIndicator = evaluateContract([
      rawTable(
        "Mål",
        ["Nr", "Mål", "Indikator", "Mål 100 %"],
        [["1", "NPS", "NPS(Evaluering[Anbefaling])", null]]
      ),
      rawTable("Evaluering", ["Anbefaling"], [[10], [9], [3]]),
    ]);
    expect(withIndicator.errors.map((e) => `${e.cell}: ${e.code}`)).toEqual(["C2: no-threshold"]);
  });

  test("the part names the row when there is no segment", () => {
    const r = evaluate(
      ["Nr", "Mål", "Del", "Resultat", "Mål 100 %"],
      [["1", "NPS", "Drift", 45, 50]]
    );
    expect(r.rows[0].explanation).toBe("Drift 45 < 50 → 0 %");
  });

  test("a result that does not fit the rule is quoted as the cell shows it: a percentage cell as a percentage", () => {
    const r = evaluateContract([
      rawTable("Mål", ["Nr", "Mål", "Resultat", "Regel"], [["1", "Rapport", 0.25, "ja/nej"]], {
        formats: { Resultat: "0 %" },
      }),
    ]);
    expect(r.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "C2: resultatet '25 %' passer ikke til reglen ja/nej",
    ]);
    const plain = evaluate(["Nr", "Mål", "Resultat", "Regel"], [["1", "Rapport", 0.25, "ja/nej"]]);
    expect(plain.errors.map((e) => e.message)).toEqual([
      "resultatet '0,25' passer ikke til reglen ja/nej",
    ]);
  });
});

describe("result and threshold on one scale (README: '0,65 against 70 % is 65 %, but 97 against 70 % is an error')", () => {
  const cmp = (result: RawCell, t100: RawCell) =>
    evaluate(["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "Andel", result, t100]]);

  test("the ends of the fraction scale: 0 against 70 % is 0 %, 1 against 70 % is 100 %", () => {
    expect(cmp(0, "70 %").rows[0].explanation).toBe("0 % < 70 % → 0 %");
    expect(cmp(1, "70 %").rows[0].explanation).toBe("100 % ≥ 70 % → 100 %");
  });

  test("a percentage against a threshold typed 0 or 1 compares as 0 % or 100 %", () => {
    expect(cmp("50 %", 1).rows[0].explanation).toBe("50 % < 100 % → 0 %");
    expect(cmp("50 %", 0).rows[0].explanation).toBe("50 % ≥ 0 % → 100 %");
  });

  test("a negative plain number against a percentage is refused, with the percentage it could have meant", () => {
    expect(cmp(-0.5, "70 %").errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "C2: resultatet -0,5 kan ikke sammenlignes med tærsklen 70 %: skriv begge som procent (fx -0,5 %) eller begge som tal",
    ]);
    expect(cmp("50 %", -1).errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "C2: resultatet 50 % kan ikke sammenlignes med tærsklen -1: skriv begge som procent (fx -1 %) eller begge som tal",
    ]);
  });
});

describe("three tiers out of order", () => {
  test("the first pair out of order, from the top, is named at the lower tier's cell", () => {
    // 100 %: 60, 75 %: 55, 50 %: 58 — 58 is above 55.
    const r = evaluate(
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 75 %", "Mål 50 %"],
      [["1", "NPS", 57, 60, 55, 58]]
    );
    expect(r.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "F2: tærsklen for 50 % (58) er højere end tærsklen for 75 % (55)",
    ]);
  });

  test("in order, 57 meets 55 but not 60: 75 %", () => {
    const r = evaluate(
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 75 %", "Mål 50 %"],
      [["1", "NPS", 57, 60, 55, 50]]
    );
    expect(r.rows[0].explanation).toBe("57 < 60, ≥ 55 → 75 %");
  });
});

describe("the distance to the thresholds not yet reached (what-if), worked out by hand", () => {
  const dist = (row: RawCell[]) => rowDistance(one(row));

  test("tiers at least: 45 against 60/50 is 5 point from 50 % and 15 from 100 %, the next first", () => {
    const d = dist(["1", "NPS", null, 45, 60, 50, null, null]);
    expect(d.state).toBe("below-top");
    expect(d.unit).toBe("point");
    expect(d.steps.map((s) => [s.fulfilment, s.threshold, s.distance, s.text])).toEqual([
      [0.5, 50, 5, "5 point fra 50 %"],
      [1, 60, 15, "15 point fra 100 %"],
    ]);
    expect(d.text).toBe("45: 5 point fra 50 %");
  });

  test("55 against 60/50 already has 50 %: only the 100 % tier is left", () => {
    const d = dist(["1", "NPS", null, 55, 60, 50, null, null]);
    expect(d.steps.map((s) => [s.fulfilment, s.threshold, s.text])).toEqual([
      [1, 60, "5 point fra 100 %"],
    ]);
  });

  test("at the top tier: nothing to reach, in the rule's unit", () => {
    const d = dist(["1", "NPS", null, 72, 60, 50, null, null]);
    expect([d.state, d.unit, d.steps, d.text]).toEqual([
      "top",
      "point",
      [],
      "72: øverste trin er nået (100 %)",
    ]);
  });

  test("at most: 12 complaints against 10/15 is 2 too many for 100 %", () => {
    const d = dist(["1", "Klager", null, 12, 10, 15, null, "højst"]);
    expect(d.steps.map((s) => [s.threshold, s.change, s.text])).toEqual([
      [10, -2, "2 point for højt til 100 %"],
    ]);
  });

  test("a count (antal) is measured in units: 555 against 600/500 is 45 from 100 %", () => {
    const d = dist(["1", "Forløb", null, 555, 600, 500, "antal", null]);
    expect(d.unit).toBe("antal");
    expect(d.steps.map((s) => s.text)).toEqual(["45 fra 100 %"]);
  });

  test("proportional: its one target is the 100 % threshold, whatever the other tiers", () => {
    // 450 of 600 = 75 %; the 50 % threshold (400) is met and is no target of this rule; 600 is 150 away.
    const d = dist(["1", "Forløb", null, 450, 600, 400, "forholdsmæssig", null]);
    expect(d.unit).toBe("antal");
    expect(d.steps.map((s) => [s.fulfilment, s.threshold, s.text])).toEqual([
      [1, 600, "150 fra 100 %"],
    ]);
    // 300 of 600: the 50 % threshold 400 is not met either, yet the target is still 600 alone.
    const low = dist(["1", "Forløb", null, 300, 600, 400, "forholdsmæssig", null]);
    expect(low.steps.map((s) => s.threshold)).toEqual([600]);
  });

  test("proportional at or over its target: at the top, nothing to reach", () => {
    // 650 of 600 → 100 % (capped).
    const d = dist(["1", "Forløb", null, 650, 600, 400, "forholdsmæssig", null]);
    expect([d.state, d.unit, d.steps]).toEqual(["top", "antal", []]);
  });

  test("proportional without a 100 % threshold: the first threshold is the target", () => {
    // Only Mål 50 % = 400: 300 / 400 = 75 %.
    const r = evaluate(
      ["Nr", "Mål", "Resultat", "Mål 50 %", "Regel"],
      [["1", "Forløb", 300, 400, "forholdsmæssig"]]
    );
    expect(r.rows[0].explanation).toBe("300 af 400 → 75 %");
    expect(rowDistance(r.rows[0]).steps.map((s) => [s.fulfilment, s.threshold])).toEqual([
      [0.5, 400],
    ]);
  });

  test("a percentage is measured in procentpoint: 65 % against 70 %/60 % is 5 procentpoint from 100 %", () => {
    const d = dist(["1", "Andel", null, "65 %", "70 %", "60 %", null, null]);
    expect(d.unit).toBe("procentpoint");
    expect(d.steps.map((s) => [s.thresholdText, s.text])).toEqual([
      ["70 %", "5 procentpoint fra 100 %"],
    ]);
  });
});

describe("an indicator that counts is measured in units, whatever its rule", () => {
  test("ANTAL of 4 rows against 6/3 under trin: 50 %, 2 from 100 %", () => {
    const r = evaluateContract(
      [
        rawTable(
          "Mål",
          ["Nr", "Mål", "Indikator", "Mål 100 %", "Mål 50 %"],
          [["1", "Forløb", "ANTAL(CRM[Forløb])", 6, 3]]
        ),
        rawTable(
          "CRM",
          ["Forløb"],
          [["Vækstforløb"], ["Driftsforløb"], ["Vækstforløb"], ["Driftsforløb"]]
        ),
      ],
      {},
      { metrics: true }
    );
    expect([r.rows[0].rule, r.rows[0].fulfilment]).toEqual(["trin", 0.5]);
    const d = rowDistance(r.rows[0]);
    expect(d.unit).toBe("antal");
    expect(d.steps.map((s) => [s.threshold, s.distanceText])).toEqual([[6, "2"]]);
  });
});
