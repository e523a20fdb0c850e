// evaluateContract (src/core/evaluate.ts) as Beregn calls it: where an indicator's errors point (the formula's own
// errors at each row's Indikator cell, errors in the evaluation data once, at their cell), what a row in error shows,
// the answer when there is no goal table, and the indicator cache what-if passes between calls.
import { evaluateContract, type IndicatorCache } from "../../src/core/evaluate";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const HEADERS = ["Nr", "Mål", "Del", "Indikator", "Mål 100 %", "Mål 50 %", "Regel"];
const goals = (rows: RawCell[][]) => rawTable("Mål", HEADERS, rows);
const evaluering = (answers: RawCell[]) =>
  rawTable(
    "Evaluering",
    ["Segment", "Anbefaling"],
    answers.map((a) => ["Drift", a])
  );

describe("an indicator's errors", () => {
  test("the formula's own errors name each row's Indikator cell; an error in the data is listed once, at its cell", () => {
    const r = evaluateContract([
      goals([
        ["1", "NPS", "A", "NPS(Kunder[Svar])", 60, 50, null],
        ["1", "NPS", "B", "NPS(Kunder[Svar])", 60, 50, null],
        ["2", "NPS", "A", "NPS(Evaluering[Anbefaling])", 60, 50, null],
        ["2", "NPS", "B", "NPS(Evaluering[Anbefaling])", 60, 50, null],
        ["3", "NPS", null, "SUM(Evaluering[Anbefaling])", 60, 50, null],
        ["4", "NPS", null, "NPS(Evaluering[Score])", 60, 50, "lineær"],
      ]),
      evaluering([10, 11, 9]),
    ]);
    expect(r.errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`)).toEqual([
      "Mål!D2: ukendt tabel 'Kunder' (fundet: Evaluering)",
      "Mål!D3: ukendt tabel 'Kunder' (fundet: Evaluering)",
      "Evaluering!B3: '11' er ikke et svar fra 0 til 10",
      "Mål!D6: ukendt funktion 'SUM' (kendte: NPS, ANDEL, ANTAL, NYE, DÆKNING, LANDINDEKS)",
      "Mål!D7: ukendt kolonne 'Score' i tabellen Evaluering (kendte: Segment, Anbefaling)",
    ]);
    // Every row is in error: status Fejl, no figure, no explanation; the rule is the one named, else trin.
    expect(
      r.rows.map((x) => [
        x.rowNumber,
        x.goal,
        x.part,
        x.rule,
        x.status,
        x.fulfilment,
        x.explanation,
      ])
    ).toEqual([
      [2, "1", "A", "trin", "Fejl", null, ""],
      [3, "1", "B", "trin", "Fejl", null, ""],
      [4, "2", "A", "trin", "Fejl", null, ""],
      [5, "2", "B", "trin", "Fejl", null, ""],
      [6, "3", "", "trin", "Fejl", null, ""],
      [7, "4", "", "lineaer", "Fejl", null, ""],
    ]);
    expect(r.overallText).toBe("Kan ikke beregnes: mål 1, 2, 3 og 4 har fejl");
    expect(r.counts.Fejl).toBe(4);
  });

  test("a formula that cannot be read names the place it stops", () => {
    const r = evaluateContract([
      goals([["1", "NPS", null, "NPS(Evaluering[Anbefaling]", 60, 50, null]]),
      evaluering([10]),
    ]);
    expect(r.errors).toEqual([
      {
        sheet: "Mål",
        cell: "D2",
        code: "indicator-syntax",
        message: "formlen kan ikke læses ved '(slut)': forventede ';' eller ')'",
      },
    ]);
  });

  test("a row with an error of its own is not evaluated further, and keeps that one error", () => {
    // Mål 100 % reads "6O": an error at E2; the indicator is not looked at (its table is missing, yet no error for it).
    const r = evaluateContract([
      goals([["1", "NPS", null, "NPS(Kunder[Svar])", "6O", 50, "trin"]]),
    ]);
    expect(r.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "E2: '6O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 60)",
    ]);
    expect(r.rows[0].status).toBe("Fejl");
  });
});

describe("no goal table", () => {
  test("nothing to compute, and the error saying which headers a goal table needs", () => {
    const r = evaluateContract([
      rawTable("Data", ["Kommune", "Indbyggere"], [["Aalborg", 120000]]),
    ]);
    expect(r).toEqual({
      goalTable: null,
      rows: [],
      goals: [],
      overall: null,
      overallRange: null,
      overallText: "Ingen mål at beregne",
      counts: { Opfyldt: 0, "Delvist opfyldt": 0, "Ikke opfyldt": 0, "Afventer data": 0, Fejl: 0 },
      pending: [],
      errors: [
        {
          sheet: "Data",
          cell: "A1",
          code: "no-goal-table",
          message:
            "ingen måltabel fundet: en måltabel skal have overskrifterne Nr, Mål og Resultat (eller Indikator) samt tærsklerne 'Mål 100 %' (og evt. 'Mål 50 %')",
        },
      ],
      warnings: [],
      info: [],
    });
  });
});

describe("the indicator cache what-if passes between calls", () => {
  test("an indicator computed once is not computed again from changed data while the cache is reused", () => {
    // First data: 10, 10, 9, 3 → 3 promoters, 1 detractor of 4: NPS (3 − 1) / 4 · 100 = 50 → ≥ 50 → 50 %.
    // Second data: all 10 → NPS 100 → 100 %; with the first call's cache the figure stays 50.
    const table = goals([["1", "NPS", null, "NPS(Evaluering[Anbefaling])", 60, 50, null]]);
    const cache: IndicatorCache = new Map();
    const first = evaluateContract(
      [table, evaluering([10, 10, 9, 3])],
      {},
      { indicatorCache: cache }
    );
    expect([first.rows[0].resultValue, first.rows[0].fulfilment]).toEqual([50, 0.5]);
    expect([...cache.keys()]).toEqual(["NPS(Evaluering[Anbefaling])"]);
    const again = evaluateContract(
      [table, evaluering([10, 10, 10, 10])],
      {},
      { indicatorCache: cache }
    );
    expect([again.rows[0].resultValue, again.rows[0].fulfilment]).toEqual([50, 0.5]);
    const fresh = evaluateContract([table, evaluering([10, 10, 10, 10])]);
    expect([fresh.rows[0].resultValue, fresh.rows[0].fulfilment]).toEqual([100, 1]);
  });

  test("the counts behind an NPS only when asked for (metrics)", () => {
    const table = goals([["1", "NPS", null, "NPS(Evaluering[Anbefaling])", 60, 50, null]]);
    const data = evaluering([10, 10, 9, 3, 8]);
    expect(evaluateContract([table, data]).rows[0].metric).toBeUndefined();
    const withMetrics = evaluateContract([table, data], {}, { metrics: true });
    // 10, 10, 9 are promoters, 8 passive, 3 a detractor.
    expect(withMetrics.rows[0].metric).toMatchObject({ promoters: 3, passives: 1, detractors: 1 });
  });
});

describe("warnings and rows without a goal number", () => {
  test("an NPS from under 30 answers is uncertain: the warning names the goal (README: 'Warns under 30 answers')", () => {
    // 10, 10, 9, 3: 4 answers, NPS (3 − 1) / 4 · 100 = 50.
    const r = evaluateContract([
      goals([
        ["1", "NPS", null, "NPS(Evaluering[Anbefaling])", 60, 50, null],
        ["2", "Rapport", null, null, null, null, null],
      ]),
      evaluering([10, 10, 9, 3]),
    ]);
    expect(r.rows[0].warning).toBe("NPS fra kun 4 svar (under 30): usikker");
    expect(r.warnings).toEqual(["Mål 1: NPS fra kun 4 svar (under 30): usikker"]);
    expect(r.goals[0].warnings).toEqual(["NPS fra kun 4 svar (under 30): usikker"]);
    expect(r.goals[1].warnings).toEqual([]);
  });

  test("a row with a title but no Nr is an error, and is no goal of its own", () => {
    const r = evaluateContract([
      rawTable(
        "Mål",
        ["Nr", "Mål", "Resultat", "Mål 100 %"],
        [
          [null, "Uden nummer", 72, 60],
          ["1", "NPS", 72, 60],
        ]
      ),
    ]);
    expect(r.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "A2: rækken har en titel men intet Nr",
    ]);
    expect(r.goals.map((g) => g.id)).toEqual(["1"]);
    expect(r.rows.map((x) => [x.goal, x.status])).toEqual([
      ["", "Fejl"],
      ["1", "Opfyldt"],
    ]);
  });
});
