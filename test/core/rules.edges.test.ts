// The edges of the rule kinds that a mutation run over src/core/rules (Stryker, test/core only, 2026-12-06) found
// untested: ja/nej with 0/1 and with a label, year-dependent thresholds without a year or without the year, a
// percentage-point threshold without a baseline, a threshold that is not a number, results and thresholds on
// different scales, and the boundaries of "at most". Each expectation is what a consultant would read in the seeds'
// own terms, written out by hand.
import { rowDistance } from "../../src/core/whatif/distance";
import { evaluateRuleRows } from "../helpers/ruleRows";

const run = evaluateRuleRows;

const messages = (r: ReturnType<typeof run>) => r.errors.map((e) => `${e.cell}: ${e.message}`);

describe("ja/nej (seed 004 goal 5: 'når der foreligger en afrapportering')", () => {
  test("1 and 0 typed under an explicit ja/nej rule read as Ja and Nej", () => {
    const r = run([
      ["5", "Afrapportering", null, null, 1, null, null, "ja/nej"],
      ["7", "Digital omstilling", null, null, 0, null, null, "ja/nej"],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([1, 0]);
    expect(r.rows.map((row) => row.explanation)).toEqual(["Ja → 100 %", "Nej → 0 %"]);
    expect(r.rows.map((row) => row.resultText)).toEqual(["Ja", "Nej"]);
  });

  test("2 under a ja/nej rule is an error at the result cell, not a silent 0 or 100 %", () => {
    const r = run([["5", "Afrapportering", null, null, 2, null, null, "ja/nej"]]);
    expect(r.goals[0].fulfilment).toBeNull();
    expect(messages(r)).toEqual(["E2: resultatet '2' passer ikke til reglen ja/nej"]);
  });

  test("a part's label heads the explanation", () => {
    const r = run([["5", "Afrapportering", "Rapport", null, "Ja"]]);
    expect(r.rows[0].explanation).toBe("Rapport: Ja → 100 %");
  });

  test("what-if distance: at the top after Ja, not measurable before it", () => {
    const r = run([
      ["5", "Afrapportering", null, null, "Ja"],
      ["7", "Digital omstilling", null, null, "Nej"],
    ]);
    expect(rowDistance(r.rows[0])).toMatchObject({
      state: "top",
      text: "Ja: øverste trin er nået (100 %)",
    });
    expect(rowDistance(r.rows[1])).toMatchObject({
      state: "not-measurable",
      text: "Nej: opfyldes først ved Ja",
    });
  });
});

describe("thresholds that depend on the year or a baseline", () => {
  const byYear = "2021: 45 %; 2022: 47 %";

  test("no year on the row or the contract: an error naming the column År", () => {
    const r = run([["4", "Knudepunkt", null, null, "46 %", byYear]]);
    expect(r.goals[0].fulfilment).toBeNull();
    expect(messages(r)).toEqual([
      "F2: tærsklen afhænger af året, men rækken har intet år (udfyld kolonnen År)",
    ]);
  });

  test("a year the threshold does not list: an error naming the years it does", () => {
    const r = run([["4", "Knudepunkt", null, null, "46 %", byYear, null, null, null, 2023]]);
    expect(messages(r)).toEqual(["F2: tærsklen har ingen værdi for år 2023 (kun 2021, 2022)"]);
  });

  test("percentage points without a baseline: an error asking for Basis", () => {
    const r = run([["1", "Kendskab", null, null, "37 %", "+5 pp"]]);
    expect(messages(r)).toEqual([
      "F2: tærsklen '+5 pp' er procentpoint og kræver en værdi i kolonnen Basis",
    ]);
  });

  test("a baseline typed as 32 (no % sign) is 32 %; one typed as 0,32 is 32 % too", () => {
    const r = run([
      ["1", "Kendskab", null, null, "37 %", "+5 pp", null, null, null, null, 32],
      ["2", "Kendskab 2", null, null, "36 %", "+5 pp", null, null, null, null, "0,32"],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([1, 0]);
    expect(r.rows[0].explanation).toBe("Basis 32 % + 5 pp = 37 %: 37 % ≥ 37 % → 100 %");
  });

  test("a threshold that is not a number is an error at its cell", () => {
    const r = run([["1", "Tilfredshed", "NPS", null, 72, "tres", 50]]);
    expect(messages(r)).toEqual(["F2: 'tres' er ikke et tal"]);
  });
});

describe("results and thresholds on different scales", () => {
  test("a share typed as 0,65 against 70 % is 65 %; 1 against 70 % is 100 % → met", () => {
    const r = run([
      ["2", "Effekt", null, null, "0,65", "70 %", "60 %"],
      ["3", "Effekt 2", null, null, 1, "70 %", "60 %"],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([0.5, 1]);
  });

  test("97 against 70 % is refused with the suggestion '97 %'", () => {
    const r = run([["2", "Effekt", null, null, 97, "70 %", "60 %"]]);
    expect(r.goals[0].fulfilment).toBeNull();
    expect(messages(r)[0]).toContain("skriv begge som procent (fx 97 %) eller begge som tal");
  });

  test("a result in % against thresholds typed 0,7/0,6 compares as 70 %/60 %", () => {
    const r = run([["2", "Effekt", null, null, "65 %", "0,7", "0,6"]]);
    expect(r.errors).toEqual([]);
    expect(r.goals[0].fulfilment).toBe(0.5);
  });

  test("97 % against a threshold of 70 (a count) is refused with the suggestion '70 %'", () => {
    const r = run([["2", "Effekt", null, null, "97 %", 70, 60]]);
    expect(r.goals[0].fulfilment).toBeNull();
    expect(messages(r)[0]).toContain("skriv begge som procent (fx 70 %) eller begge som tal");
  });
});

describe("boundaries", () => {
  test("'højst': exactly on the threshold meets it, just above does not", () => {
    const r = run([
      ["1", "Klager", null, null, 10, 10, 15, null, "højst"],
      ["2", "Klager 2", null, null, 10.001, 10, 15, null, "højst"],
      ["3", "Klager 3", null, null, 15, 10, 15, null, "højst"],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([1, 0.5, 0.5]);
  });

  test("equal thresholds for 100 % and 50 % are in order; a 50 % threshold above the 100 % one is not", () => {
    const r = run([
      ["1", "Tilfredshed", "NPS", null, 60, 60, 60],
      ["2", "Tilfredshed 2", "NPS", null, 60, 60, 61],
    ]);
    expect(r.goals[0].fulfilment).toBe(1);
    expect(r.goals[1].fulfilment).toBeNull();
    expect(messages(r)).toEqual([
      "G3: tærsklen for 50 % (61) er højere end tærsklen for 100 % (60)",
    ]);
  });
});

describe("indsatser (seed 004 goal 6: '3 af 4 indsatser → 75 %')", () => {
  test("a count typed under the rule is done against the 100 % threshold as the number planned", () => {
    const r = run([["6", "Knudepunkter", null, null, 3, 4, null, "indsatser"]]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      fulfilment: 0.75,
      explanation: "3 af 4 indsatser → 75 %",
      resultText: "3/4",
      resultValue: 0.75,
      resultPercent: true,
    });
  });

  test("more done than planned, none planned, a fraction of an activity, or no 100 % threshold are errors", () => {
    const r = run([
      ["1", "A", null, null, "5/4"],
      ["2", "B", null, null, "0/0"],
      ["3", "C", null, null, 3.5, 4, null, "indsatser"],
      ["4", "D", null, null, 3, null, null, "indsatser"],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([null, null, null, null]);
    expect(r.errors.map((e) => e.cell)).toEqual(["E2", "E3", "E4", "E5"]);
    const invalid = "er ikke et gyldigt antal indsatser (skriv fx '3/4': udførte af planlagte)";
    expect(r.errors.map((e) => e.message)).toEqual([
      `'5/4' ${invalid}`,
      `'0/0' ${invalid}`,
      // The number cell 3.5 is quoted as a Danish user sees it in Excel.
      "resultatet '3,5' passer ikke til reglen indsatser",
      "resultatet '3' passer ikke til reglen indsatser",
    ]);
  });

  test("none done of four is 0 %, all four is 100 %", () => {
    const r = run([
      ["1", "A", null, null, "0/4"],
      ["2", "B", null, null, "4/4"],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([0, 1]);
  });

  test("what-if distance in activities, with two-digit counts: 12 of 15 needs 15", () => {
    const r = run([
      ["1", "A", null, null, "12/15"],
      ["2", "B", null, null, "4/4"],
    ]);
    expect(r.goals[0].fulfilment).toBe(0.8);
    const below = rowDistance(r.rows[0]);
    expect(below).toMatchObject({ state: "below-top", unit: "indsatser" });
    expect(below.next).toMatchObject({ fulfilment: 1, threshold: 15 });
    expect(rowDistance(r.rows[1]).state).toBe("top");
  });
});

describe("a result refused by its rule is quoted as the user sees it in the cell", () => {
  test("typed text stays as typed; a number cell reads in Danish notation; a percentage as a percentage", () => {
    const r = run([
      // Typed as text under ja/nej: quoted exactly as typed, not re-formatted.
      ["1", "A", null, null, "3/4", null, null, "ja/nej"],
      ["2", "B", null, null, "2,50", null, null, "ja/nej"],
      // Number cells: 2.25 shows as 2,25; 0.45 typed as "45 %" is a percentage and shows so.
      ["3", "C", null, null, 2.25, null, null, "ja/nej"],
      ["4", "D", null, null, "45 %", null, null, "ja/nej"],
    ]);
    expect(messages(r)).toEqual([
      "E2: resultatet '3/4' passer ikke til reglen ja/nej",
      "E3: resultatet '2,50' passer ikke til reglen ja/nej",
      "E4: resultatet '2,25' passer ikke til reglen ja/nej",
      "E5: resultatet '45 %' passer ikke til reglen ja/nej",
    ]);
  });
});
