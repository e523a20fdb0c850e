// Sagsfremstilling and the default Indstilling (src/core/memo/summary.ts) for the cases the seeds don't have: no hub,
// KKR or year given, a goal in error, every goal met, nothing computable, subtotals with a range, several goals
// agreed, several goals not fully met, and goals without a title. Oracles: the Danish sentences as a KKR consultant
// reads them, with the figures worked out by hand from the rows below (equal weights).
import { evaluateContract, type EvaluationResult } from "../../src/core/evaluate";
import { defaultIndstilling, sagsfremstilling, type MemoBlock, type MemoNames } from "../../src/core/memo";
import { groupGoals } from "../../src/core/groups";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const evaluate = (headers: string[], rows: RawCell[][]) =>
  evaluateContract([rawTable("Mål", headers, rows)]);
const summary = (result: EvaluationResult, names: MemoNames): MemoBlock[] =>
  sagsfremstilling(result, groupGoals(result), names);

describe("a status with a goal in error, nothing named", () => {
  const H = ["Nr", "Type", "Mål", "Resultat", "Mål 100 %", "Mål 50 %", "Bemærkning"];
  const result = evaluate(H, [
    ["1", "Regionalt mål", "A", "Nej", null, null, null],
    ["2", "Fælles", "", null, null, null, "kommer"],
    ["3", "Fælles", "C", "abc", 60, 50, null],
    ["4", "Fælles", "D", 55, 60, 50, null],
  ]);

  test("the hub and the contract in general words; one regional goal in the singular", () => {
    expect(summary(result, {})[0]).toEqual({
      kind: "paragraph",
      text:
        "Erhvervshuset har gjort status på resultatkontrakten. " +
        "Kontrakten har 4 mål: 3 fælles indsatsmål og 1 regionalt mål.",
    });
  });

  test("with a goal in error no overall: 3 goals counted (the error left out), each status counted", () => {
    // Goal 3's result "abc" is no number: Fejl. The overall is then unavailable, so the range 0–100 % is all it says.
    // The common group holds the goal in error: its subtotal is unavailable too ("afventer data"); the regional 0 %.
    expect(summary(result, {})[1]).toEqual({
      kind: "paragraph",
      text:
        "Ingen af de 3 mål er målt endnu; den samlede målopfyldelse kan blive mellem 0 % og 100 %. " +
        "1 mål er delvist opfyldt, 1 er ikke opfyldt, 1 afventer data og 1 kan ikke beregnes. " +
        "Fordelt på grupper: fælles indsatsmål afventer data og regionale mål 0 %.",
    });
  });

  test("two goals not fully met, in group order (common before regional); a goal without title by its number", () => {
    expect(summary(result, {}).slice(2)).toEqual([
      { kind: "paragraph", text: "2 mål er ikke fuldt opfyldt:" },
      {
        kind: "list",
        items: [
          // 55 is under 60 (100 %) but at least 50 (50 %): 50 %.
          "Mål 4, D: delvist opfyldt, 50 % (55 < 60, ≥ 50 → 50 %).",
          "Mål 1, A: ikke opfyldt, 0 % (Nej → 0 %).",
        ],
      },
      { kind: "paragraph", text: "Et mål afventer data og indgår ikke i den foreløbige målopfyldelse:" },
      { kind: "list", items: ["Mål 2: kommer"] },
    ]);
  });

  test("the Indstilling of a status without an overall: KKR in general, no figure", () => {
    expect(defaultIndstilling(result, {})).toBe("Det indstilles, at KKR tager status til efterretning.");
  });
});

describe("a status with subtotals, a range and two agreed goals", () => {
  const H = ["Nr", "Type", "Mål", "Resultat", "Mål 100 %", "Mål 50 %", "Aftalt opfyldelse", "Begrundelse", "Bemærkning"];
  const result = evaluate(H, [
    ["1", "National", "A", "Ja", null, null, null, null, null],
    ["2", "National", "B", null, 60, 50, null, null, null],
    ["3", "Fælles", "C", 55, 60, 50, null, null, "Opgjort i november"],
    ["4", "Fælles", "D", null, 60, 50, "100 %", "Aftalt på mødet i juni", null],
    ["5", "Fælles", "E", 40, 60, 50, "75 %", "Covid-19", null],
  ]);
  const names = { hub: "Erhvervshus Fyn", kkr: "KKR Syddanmark", year: 2022, statusDate: "1. maj 2022" };

  test("the intro names hub, KKR, year and the status date; the groups in the plural", () => {
    expect(summary(result, names)[0]).toEqual({
      kind: "paragraph",
      text:
        "Erhvervshus Fyn har gjort status på resultatkontrakt 2022 med KKR Syddanmark pr. 1. maj 2022. " +
        "Kontrakten har 5 mål: 2 nationalt fastsatte mål og 3 fælles indsatsmål.",
    });
  });

  test("81,3 % of 4 measured goals, 65–85 % when goal 2 is in; the national subtotal with its range", () => {
    // Measured: 1 (100 %), 3 (50 %), 4 (agreed 100 %), 5 (agreed 75 %): 3,25 / 4 = 81,25 % → 81,3 %.
    // Goal 2 pending: (3,25 + 0) / 5 = 65 % to (3,25 + 1) / 5 = 85 %.
    // National: goal 1 100 %; with goal 2 at 0 or 1: 1/2 = 50 % to 2/2 = 100 %. Common: (0,5 + 1 + 0,75) / 3 = 75 %.
    expect(summary(result, names)[1]).toEqual({
      kind: "paragraph",
      text:
        "4 af de 5 mål er målt, og den foreløbige samlede målopfyldelse er 81,3 %. Når de 1 mål, der afventer data, " +
        "er opgjort, vil den ligge mellem 65 % og 85 %. 2 mål er opfyldt, 2 er delvist opfyldt og 1 afventer data. " +
        "Fordelt på grupper: nationalt fastsatte mål 100 % (50–100 %) og fælles indsatsmål 75 %.",
    });
  });

  test("not fully met with remark or agreement; the pending goal; both agreed goals with computed figure and reason", () => {
    expect(summary(result, names).slice(2)).toEqual([
      { kind: "paragraph", text: "2 mål er ikke fuldt opfyldt:" },
      {
        kind: "list",
        items: [
          "Mål 3, C: delvist opfyldt, 50 % (55 < 60, ≥ 50 → 50 %). Bemærkning: Opgjort i november",
          "Mål 5, E: delvist opfyldt, 75 % (aftalt, se nedenfor).",
        ],
      },
      { kind: "paragraph", text: "Et mål afventer data og indgår ikke i den foreløbige målopfyldelse:" },
      { kind: "list", items: ["Mål 2, B"] },
      { kind: "paragraph", text: "For 2 mål er opfyldelsen aftalt i stedet for beregnet:" },
      {
        kind: "list",
        items: [
          "Mål 4, D: aftalt 100 % (beregnet: afventer data), begrundet med: Aftalt på mødet i juni",
          // 40 is under the 50 % threshold: computed 0 %.
          "Mål 5, E: aftalt 75 % (beregnet 0 %), begrundet med: Covid-19",
        ],
      },
    ]);
  });

  test("the Indstilling of a status gives the overall, its range and how many goals of how many are pending", () => {
    expect(defaultIndstilling(result, {})).toBe(
      "Det indstilles, at KKR tager status til efterretning. Den foreløbige samlede målopfyldelse er 81,3 % " +
        "(65–85 %), og 1 af 5 mål afventer data."
    );
  });
});

describe("final reports", () => {
  test("every goal met: 'Alle 3 mål er opfyldt', no further paragraphs; ungrouped when no goal has a type", () => {
    const result = evaluate(["Nr", "Mål", "Resultat"], [
      ["1", "A", "Ja"],
      ["2", "B", "Ja"],
      ["3", "C", "Ja"],
    ]);
    expect(summary(result, { hub: "Erhvervshus Fyn" })).toEqual([
      { kind: "paragraph", text: "Erhvervshus Fyn har afrapporteret på resultatkontrakten. Kontrakten har 3 mål." },
      { kind: "paragraph", text: "Den samlede målopfyldelse er 100 %. Alle 3 mål er opfyldt." },
    ]);
    expect(defaultIndstilling(result, { kkr: "KKR Syddanmark" })).toBe(
      "Det indstilles, at KKR Syddanmark godkender afrapporteringen med en samlet målopfyldelse på 100 %."
    );
  });

  test("the only goal in error: nothing to compute, and the Indstilling has no figure", () => {
    const result = evaluate(["Nr", "Mål", "Resultat"], [["1", "A", "abc"]]);
    expect(summary(result, { year: 2021 })).toEqual([
      { kind: "paragraph", text: "Erhvervshuset har afrapporteret på resultatkontrakt 2021. Kontrakten har 1 mål." },
      { kind: "paragraph", text: "Der er ingen mål at beregne. 1 mål kan ikke beregnes." },
    ]);
    expect(defaultIndstilling(result, { year: 2021 })).toBe(
      "Det indstilles, at KKR godkender afrapporteringen for 2021."
    );
  });

  test("one goal met and one not: no 'Alle', the count sentence names both", () => {
    const result = evaluate(["Nr", "Mål", "Resultat"], [
      ["1", "A", "Ja"],
      ["2", "B", "Nej"],
    ]);
    // (100 % + 0 %) / 2 = 50 %.
    expect(summary(result, {})[1]).toEqual({
      kind: "paragraph",
      text: "Den samlede målopfyldelse er 50 %. 1 mål er opfyldt og 1 er ikke opfyldt.",
    });
  });
});

test("one goal agreed: 'For et mål', its agreed and computed figure", () => {
  const result = evaluate(["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %", "Aftalt opfyldelse", "Begrundelse"], [
    ["1", "Tilfredshed", 55, 60, 50, "75 %", "Covid-19 ramte målingen"],
    ["2", "Effekt", "Ja", null, null, null, null],
  ]);
  // 55 is under 60 but at least 50: computed 50 %.
  expect(summary(result, {}).slice(-2)).toEqual([
    { kind: "paragraph", text: "For et mål er opfyldelsen aftalt i stedet for beregnet:" },
    { kind: "list", items: ["Mål 1, Tilfredshed: aftalt 75 % (beregnet 50 %), begrundet med: Covid-19 ramte målingen"] },
  ]);
});

test("every goal pending: no overall yet, so the Indstilling of the status gives no figure", () => {
  const result = evaluate(["Nr", "Mål", "Resultat", "Mål 100 %"], [
    ["1", "A", null, 60],
    ["2", "B", null, 60],
  ]);
  expect(summary(result, {})[1]).toEqual({
    kind: "paragraph",
    text:
      "Ingen af de 2 mål er målt endnu; den samlede målopfyldelse kan blive mellem 0 % og 100 %. " +
      "2 mål afventer data.",
  });
  expect(defaultIndstilling(result, {})).toBe("Det indstilles, at KKR tager status til efterretning.");
});
