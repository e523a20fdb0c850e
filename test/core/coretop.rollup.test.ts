// Roll-up (src/core/rollup.ts): rows → parts → goals → overall, as the README states it: rows of one part must all be
// met (the lowest counts) unless Segmentsamling says gennemsnit; parts average unless Samling says alle; goals average
// with their weights; pending goals are left out of the overall and bound its range; a goal in error leaves no overall.
// Every figure below is worked out by hand in the comment beside it.
import { evaluateContract } from "../../src/core/evaluate";
import type { RawCell } from "../../src/core/model";
import {
  combine,
  describeCombination,
  describeOverall,
  emptyCounts,
  goalList,
  overallOf,
  rowFigure,
  STATUS_THRESHOLDS,
  statusOf,
} from "../../src/core/rollup";
import { rawTable } from "../helpers/tables";

describe("status from fulfilment", () => {
  test("100 % (or a hair under it from floating point) is met; anything above 0 is partly met; 0 is not met", () => {
    expect(statusOf(1)).toBe("Opfyldt");
    // (1/3 + 1/3 + 1/3) in floating point is 1; 0.1 + 0.2 + 0.7 is 0.9999999999999999: still met.
    expect(statusOf(0.1 + 0.2 + 0.7)).toBe("Opfyldt");
    expect(statusOf(STATUS_THRESHOLDS.met)).toBe("Opfyldt");
    expect(statusOf(0.999999)).toBe("Delvist opfyldt");
    expect(statusOf(0.5)).toBe("Delvist opfyldt");
    expect(statusOf(STATUS_THRESHOLDS.partial)).toBe("Delvist opfyldt");
    expect(statusOf(0.001)).toBe("Delvist opfyldt");
    expect(statusOf(5e-13)).toBe("Ikke opfyldt");
    expect(statusOf(0)).toBe("Ikke opfyldt");
    expect(statusOf(null)).toBe("Afventer data");
    expect(statusOf(1, true)).toBe("Fejl");
    expect(statusOf(null, true)).toBe("Fejl");
    expect(statusOf(1, false)).toBe("Opfyldt");
  });

  test("every status starts at zero", () => {
    expect(emptyCounts()).toEqual({
      Opfyldt: 0,
      "Delvist opfyldt": 0,
      "Ikke opfyldt": 0,
      "Afventer data": 0,
      Fejl: 0,
    });
  });
});

describe("combining figures", () => {
  test("a row's figure is its fulfilment; a pending row can still become anything from 0 to 100 %", () => {
    expect(rowFigure(0.5)).toEqual({ fulfilment: 0.5, range: [0.5, 0.5] });
    expect(rowFigure(null)).toEqual({ fulfilment: null, range: [0, 1] });
  });

  test("alle takes the lowest, gennemsnit the mean", () => {
    const figures = [rowFigure(0.5), rowFigure(1), rowFigure(0.75)];
    expect(combine(figures, "alle")).toEqual({ fulfilment: 0.5, range: [0.5, 0.5] });
    // (0.5 + 1 + 0.75) / 3 = 0.75
    expect(combine(figures, "gennemsnit")).toEqual({ fulfilment: 0.75, range: [0.75, 0.75] });
  });

  test("with a pending figure there is no fulfilment, only the range it can still take", () => {
    const figures = [rowFigure(0.5), rowFigure(null)];
    // alle: lowest of [0.5, 0] = 0 and of [0.5, 1] = 0.5
    expect(combine(figures, "alle")).toEqual({ fulfilment: null, range: [0, 0.5] });
    // gennemsnit: (0.5 + 0) / 2 = 0.25 and (0.5 + 1) / 2 = 0.75
    expect(combine(figures, "gennemsnit")).toEqual({ fulfilment: null, range: [0.25, 0.75] });
  });

  test("the sentences: 'Alle … laveste af …' and 'Gennemsnit af n …', a pending result with its range", () => {
    const items = [
      { label: "Drift", figure: rowFigure(0.5) },
      { label: "Vækst", figure: rowFigure(null) },
    ];
    expect(
      describeCombination(items, "alle", { fulfilment: null, range: [0, 0.5] }, "rækker")
    ).toBe(
      "Alle rækker skal være opfyldt, laveste af Drift 50 %, Vækst afventer → afventer (0 %–50 %)"
    );
    expect(
      describeCombination(items, "gennemsnit", { fulfilment: null, range: [0.25, 0.75] }, "delmål")
    ).toBe("Gennemsnit af 2 delmål (Drift 50 %, Vækst afventer) → afventer (25 %–75 %)");
    expect(
      describeCombination(
        [
          { label: "A", figure: rowFigure(1) },
          { label: "B", figure: rowFigure(0.875) },
        ],
        "gennemsnit",
        { fulfilment: 0.9375, range: [0.9375, 0.9375] },
        "rækker"
      )
    ).toBe("Gennemsnit af 2 rækker (A 100 %, B 87,5 %) → 93,8 %");
  });
});

describe("the overall", () => {
  test("the weighted mean of the measured goals; pending goals bound the range", () => {
    // Measured: 0.75 (weight 2) and 0.5 (weight 1): (1.5 + 0.5) / 3 = 2/3.
    // Range with the pending goal (weight 1): low (1.5 + 0.5 + 0) / 4 = 0.5, high (1.5 + 0.5 + 1) / 4 = 0.75.
    const o = overallOf([
      { fulfilment: 0.75, range: [0.75, 0.75], weight: 2 },
      { fulfilment: null, range: [0, 1], weight: 1 },
      { fulfilment: 0.5, range: [0.5, 0.5], weight: 1 },
    ]);
    expect(o.overall).toBeCloseTo(2 / 3, 12);
    expect(o.range).toEqual([0.5, 0.75]);
    expect([o.measured, o.counted, o.failed]).toEqual([2, 3, undefined]);
    expect(describeOverall(o)).toBe("66,7 % (50–75 %), 2 af 3 mål målt");
  });

  test("weight 0 leaves a goal out; all weights 0 leave no figure and no range", () => {
    // (1·0.5 + 0·1) / 1 = 0.5
    expect(
      overallOf([
        { fulfilment: 0.5, range: [0.5, 0.5], weight: 1 },
        { fulfilment: 1, range: [1, 1], weight: 0 },
      ])
    ).toEqual({ overall: 0.5, range: [0.5, 0.5], measured: 2, counted: 2 });
    expect(overallOf([{ fulfilment: 0.5, range: [0.5, 0.5], weight: 0 }])).toEqual({
      overall: null,
      range: null,
      measured: 1,
      counted: 1,
    });
  });

  test("only pending goals: no figure yet, the range is everything; no goals at all: nothing", () => {
    const pending = overallOf([{ fulfilment: null, range: [0, 1], weight: 1 }]);
    expect(pending).toEqual({ overall: null, range: [0, 1], measured: 0, counted: 1 });
    expect(describeOverall(pending)).toBe("Afventer data: 0 af 1 mål målt");
    const none = overallOf([]);
    expect(none).toEqual({ overall: null, range: null, measured: 0, counted: 0 });
    expect(describeOverall(none)).toBe("Ingen mål at beregne");
  });

  test("a goal in error leaves no overall, naming it", () => {
    const o = overallOf([{ fulfilment: 1, range: [1, 1], weight: 1 }], ["3"]);
    expect(o).toEqual({ overall: null, range: null, measured: 0, counted: 1, failed: ["3"] });
    expect(describeOverall(o)).toBe("Kan ikke beregnes: mål 3 har en fejl");
    expect(describeOverall({ ...o, failed: ["1", "3"] })).toBe(
      "Kan ikke beregnes: mål 1 og 3 har fejl"
    );
    expect(describeOverall({ ...o, failed: [], overall: 1, range: [1, 1], measured: 1 })).toBe(
      "100 %, 1 af 1 mål målt"
    );
  });

  test("all measured: no range shown; a range without pending goals is not shown either", () => {
    expect(
      describeOverall({ overall: 0.9722, range: [0.9722, 0.9722], measured: 9, counted: 9 })
    ).toBe("97,2 %, 9 af 9 mål målt");
    expect(describeOverall({ overall: 0.9, range: null, measured: 1, counted: 2 })).toBe(
      "90 %, 1 af 2 mål målt"
    );
    // The README's example: 85,7 % (50–91,7 %), 7 af 12 mål målt — the low end without its own "%".
    expect(describeOverall({ overall: 0.857, range: [0.5, 0.917], measured: 7, counted: 12 })).toBe(
      "85,7 % (50–91,7 %), 7 af 12 mål målt"
    );
  });

  test("goal lists: 'mål 3', 'mål 1 og 3', 'mål 1, 3 og 5'", () => {
    expect(goalList(["3"])).toBe("mål 3");
    expect(goalList(["1", "3"])).toBe("mål 1 og 3");
    expect(goalList(["1", "3", "5"])).toBe("mål 1, 3 og 5");
  });
});

const HEADERS = [
  "Nr",
  "Mål",
  "Del",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Vægt",
  "Samling",
  "Segmentsamling",
  "Aftalt opfyldelse",
  "Begrundelse",
  "Type",
  "Bemærkning",
];
const evaluate = (rows: RawCell[][]) =>
  evaluateContract([
    rawTable(
      "Mål",
      HEADERS,
      rows.map((r) => [...r, ...Array(HEADERS.length - r.length).fill(null)])
    ),
  ]);

describe("rolling up a contract", () => {
  test("segments: the lowest counts; parts: the mean; the weight from the goal's row that has one", () => {
    // Goal 1, part Drift: Små 75 (≥ 70, < 80 → 50 %), Store 81 (≥ 80 → 100 %): lowest 50 %.
    // Part Eksport: 90 ≥ 80 → 100 %. Goal: (50 % + 100 %) / 2 = 75 %. Its weight 2 is on its second row.
    // Goal 2: pending. Goal 3: 40 < 50 → 0 %, agreed 50 %.
    // Overall: (2·0.75 + 1·0.5) / 3 = 2/3; range with goal 2: [(1.5 + 0 + 0.5) / 4, (1.5 + 1 + 0.5) / 4] = [0.5, 0.75].
    const r = evaluate([
      ["1", "Vækst", "Drift", "Små", 75, 80, 70],
      ["1", "Vækst", "Drift", "Store", 81, 80, 70, 2],
      ["1", "Vækst", "Eksport", null, 90, 80, 70],
      ["2", "Tilfredshed", null, null, "Afventer data", 60, 50],
      ["3", "Eksport", null, null, 40, 60, 50, null, null, null, 0.5, "KKR 3. marts"],
    ]);
    const [g1, g2, g3] = r.goals;
    expect([g1.weight, g1.fulfilment, g1.status, g1.combine]).toEqual([
      2,
      0.75,
      "Delvist opfyldt",
      "gennemsnit",
    ]);
    expect(g1.parts.map((p) => [p.name, p.combine, p.fulfilment, p.status])).toEqual([
      ["Drift", "alle", 0.5, "Delvist opfyldt"],
      ["Eksport", "alle", 1, "Opfyldt"],
    ]);
    expect(g1.explanation).toBe(
      "Drift: Små 75 < 80, ≥ 70 → 50 %; Store 81 ≥ 80 → 100 %. Alle rækker skal være opfyldt, laveste af Små 50 %, Store 100 % → 50 % | Eksport 90 ≥ 80 → 100 %. Gennemsnit af 2 delmål (Drift 50 %, Eksport 100 %) → 75 %"
    );
    expect([g2.fulfilment, g2.range, g2.status, g2.explanation]).toEqual([
      null,
      [0, 1],
      "Afventer data",
      "Afventer data",
    ]);
    expect([g3.computed, g3.agreed, g3.fulfilment, g3.range, g3.status]).toEqual([
      0,
      { value: 0.5, reason: "KKR 3. marts" },
      0.5,
      [0.5, 0.5],
      "Delvist opfyldt",
    ]);
    expect(g3.explanation).toBe("Aftalt 50 % (beregnet 0 %): KKR 3. marts. 40 < 50 → 0 %");
    expect(r.overall).toBeCloseTo(2 / 3, 12);
    expect(r.overallRange).toEqual([0.5, 0.75]);
    expect(r.overallText).toBe("66,7 % (50–75 %), 2 af 3 mål målt");
    expect(r.counts).toEqual({
      Opfyldt: 0,
      "Delvist opfyldt": 2,
      "Ikke opfyldt": 0,
      "Afventer data": 1,
      Fejl: 0,
    });
    expect(r.pending).toEqual(["2"]);
  });

  test("Segmentsamling gennemsnit averages the rows; Samling alle takes the lowest part; unnamed rows are 'række n'", () => {
    // Goal 4, part A (gennemsnit): rows 75 (50 %) and 81 (100 %) → 75 %; a row without Segment is labelled by its
    // Del in its own explanation ("A 75 …") and as "række 1" in the part's list. Part B: 60 < 70 → 0 % and 85 ≥ 80 → 100 %:
    // gennemsnit 50 %. Samling alle: lowest of 75 % and 50 % → 50 %.
    const r = evaluate([
      ["4", "Vækst", "A", null, 75, 80, 70, null, "alle", "gennemsnit"],
      ["4", "Vækst", "A", "Store", 81, 80, 70],
      ["4", "Vækst", "B", "Små", 60, 80, 70],
      ["4", "Vækst", "B", "Mellem", 85, 80, 70],
    ]);
    const g = r.goals[0];
    expect(g.parts.map((p) => [p.name, p.fulfilment])).toEqual([
      ["A", 0.75],
      ["B", 0.5],
    ]);
    expect(g.fulfilment).toBe(0.5);
    expect(g.combine).toBe("alle");
    expect(g.parts[0].explanation).toBe(
      "A 75 < 80, ≥ 70 → 50 %; Store 81 ≥ 80 → 100 %. Gennemsnit af 2 rækker (række 1 50 %, Store 100 %) → 75 %"
    );
    expect(g.explanation).toBe(
      "A: A 75 < 80, ≥ 70 → 50 %; Store 81 ≥ 80 → 100 %. Gennemsnit af 2 rækker (række 1 50 %, Store 100 %) → 75 % | B: Små 60 < 70 → 0 %; Mellem 85 ≥ 80 → 100 %. Gennemsnit af 2 rækker (Små 0 %, Mellem 100 %) → 50 %. Alle delmål skal være opfyldt, laveste af A 75 %, B 50 % → 50 %"
    );
  });

  test("parts without a name are 'Del 1', 'Del 2'; a pending part keeps the goal pending with its range", () => {
    // Goal 5: a row with Del "Drift" 90 (100 %) and a row without Del, pending. Parts: Drift, then the unnamed one
    // is the second part, "Del 2". Mean: range [(1 + 0) / 2, (1 + 1) / 2] = [0.5, 1].
    const r = evaluate([
      ["5", "Eksport", "Drift", null, 90, 80, 70],
      ["5", "Eksport", null, null, "Afventer", 80, 70],
    ]);
    const g = r.goals[0];
    expect(g.parts.map((p) => [p.name, p.fulfilment, p.range])).toEqual([
      ["Drift", 1, [1, 1]],
      ["Del 2", null, [0, 1]],
    ]);
    expect([g.fulfilment, g.range, g.status]).toEqual([null, [0.5, 1], "Afventer data"]);
    expect(g.explanation).toBe(
      "Drift 90 ≥ 80 → 100 % | Afventer data. Gennemsnit af 2 delmål (Drift 100 %, Del 2 afventer) → afventer (50 %–100 %)"
    );
    expect(r.overallText).toBe("Afventer data: 0 af 1 mål målt");
  });

  test("an agreed figure while the rows are pending: 'beregnet: afventer data', and it counts in the overall", () => {
    const r = evaluate([
      ["6", "Eksport", null, null, "Afventer", 80, 70, null, null, null, "75 %", "Aftalt på mødet"],
    ]);
    const g = r.goals[0];
    expect([g.computed, g.fulfilment, g.range, g.status]).toEqual([
      null,
      0.75,
      [0.75, 0.75],
      "Delvist opfyldt",
    ]);
    expect(g.explanation).toBe(
      "Aftalt 75 % (beregnet: afventer data): Aftalt på mødet. Afventer data"
    );
    expect(r.overallText).toBe("75 %, 1 af 1 mål målt");
  });

  test("a goal with an error is Fejl, its part too, and the overall cannot be computed", () => {
    // Goal 7's second part reads "7O": an error. Goal 8 is met but no overall is given while goal 7 is in error.
    const r = evaluate([
      ["7", "Vækst", "Drift", null, 90, 80, 70],
      ["7", "Vækst", null, null, "7O", 80, 70],
      ["8", "Eksport", null, null, 90, 80, 70],
    ]);
    const [g7, g8] = r.goals;
    expect(g7.parts.map((p) => [p.name, p.status, p.fulfilment, p.range, p.explanation])).toEqual([
      ["Drift", "Opfyldt", 1, [1, 1], "Drift 90 ≥ 80 → 100 %"],
      ["Del 2", "Fejl", null, [0, 1], ""],
    ]);
    expect([g7.computed, g7.fulfilment, g7.status, g7.explanation]).toEqual([
      null,
      null,
      "Fejl",
      "",
    ]);
    expect(g8.status).toBe("Opfyldt");
    expect(r.overall).toBeNull();
    expect(r.overallText).toBe("Kan ikke beregnes: mål 7 har en fejl");
    expect(r.counts).toEqual({
      Opfyldt: 1,
      "Delvist opfyldt": 0,
      "Ikke opfyldt": 0,
      "Afventer data": 0,
      Fejl: 1,
    });
    expect(r.pending).toEqual([]);
  });

  test("an agreed figure does not hide an error", () => {
    const r = evaluate([["9", "Vækst", null, null, "7O", 80, 70, null, null, null, "50 %", "KKR"]]);
    const g = r.goals[0];
    expect([g.fulfilment, g.status, g.explanation]).toEqual([null, "Fejl", ""]);
  });

  test("Type: the first one typed; Bemærkning: every row's, joined with '; '", () => {
    const r = evaluate([
      ["10", "Vækst", "A", null, 90, 80, 70, null, null, null, null, null, null, "Ny måling"],
      ["10", "Vækst", "B", null, 90, 80, 70, null, null, null, null, null, "Fælles indsatsmål"],
      ["10", "Vækst", "C", null, 90, 80, 70, null, null, null, null, null, "Andet", "Se notat"],
      ["11", "Eksport", null, null, 90, 80, 70],
    ]);
    expect([r.goals[0].group, r.goals[0].remark]).toEqual([
      "Fælles indsatsmål",
      "Ny måling; Se notat",
    ]);
    expect([r.goals[1].group, r.goals[1].remark]).toEqual([undefined, undefined]);
  });

  test("a goal's title is the first row's that has one", () => {
    const r = evaluate([
      ["12", null, "A", null, 90, 80, 70],
      ["12", "Turisme", "B", null, 90, 80, 70],
    ]);
    expect(r.goals[0].title).toBe("Turisme");
    expect(r.goals[0].weight).toBe(1);
  });
});
