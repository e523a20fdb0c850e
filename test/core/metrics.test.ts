// Metrics from raw evaluation rows, with the definitions and figures of the seeds.
import { count, filterMask, newShare, nps, share } from "../../src/core/metrics";
import { parseIndicator } from "../../src/core/indicators/parse";
import { evaluateContract } from "../../src/core/evaluate";
import { npsAnswers, rawTable } from "../helpers/tables";

describe("NPS (seed 004: 'andelen af svar på 9-10 fratrækkes andelen af svar mellem 0-6')", () => {
  test("promoters 9–10, passives 7–8, detractors 0–6; blanks are no answer", () => {
    const r = nps([10, 9, 8, 7, 6, 0, null, "", "10"]);
    expect(r).toMatchObject({ promoters: 3, passives: 2, detractors: 2, answers: 7 });
    expect(r.score).toBeCloseTo(((3 - 2) / 7) * 100, 12);
  });

  test("seed 004: 181 answers of 315 sent, NPS 72 (142 promoters, 27 passives, 12 detractors)", () => {
    const answers = [...npsAnswers(142, 27, 12), ...Array(315 - 181).fill(null)];
    const r = nps(answers);
    expect(r.answers).toBe(181);
    expect(Math.round(r.score!)).toBe(72);
    expect(r.score).toBeCloseTo((130 / 181) * 100, 12);
  });

  test("scores run from −100 to 100", () => {
    expect(nps(npsAnswers(0, 0, 5)).score).toBe(-100);
    expect(nps(npsAnswers(5, 0, 0)).score).toBe(100);
    expect(nps([]).score).toBeNull();
  });

  test("anything but 0–10 is returned as invalid with its row, never skipped", () => {
    const r = nps([10, 11, "ja", 7.5, -1, "9"]);
    expect(r.invalid).toEqual([
      { row: 1, text: "11" },
      { row: 2, text: "ja" },
      { row: 3, text: "7.5" },
      { row: 4, text: "-1" },
    ]);
  });
});

describe("shares, counts, new companies and filters", () => {
  const effect = [
    "I høj grad",
    "I nogen grad",
    "I lav grad",
    "Ved ikke",
    "i høj grad ",
    null,
    "Slet ikke",
  ];

  test("share of 'I høj grad' + 'I nogen grad' (seed 000 goal 2), case and spaces ignored", () => {
    const r = share(effect, ["I høj grad", "I nogen grad"]);
    expect(r).toEqual({ share: 3 / 6, hits: 3, answers: 6, excluded: 0 });
  });

  test("'Ved ikke' leaves the denominator only when the indicator says so (seed 001 goal 4)", () => {
    const r = share(effect, ["I høj grad"], ["Ved ikke"]);
    expect(r).toEqual({ share: 2 / 5, hits: 2, answers: 5, excluded: 1 });
  });

  test("counts of course types in a CRM export (seed 002 goal 12)", () => {
    const courses = [
      "Vækstforløb",
      "Driftsforløb",
      "Korte forløb",
      "Early Warning",
      "Vækstforløb",
      null,
    ];
    expect(count(courses, ["Vækstforløb", "Driftsforløb"])).toEqual({ count: 3, rows: 5 });
    expect(count(courses)).toEqual({ count: 5, rows: 5 });
  });

  test("share of new companies: CVR this year not advised last year (seed 001 goal 1)", () => {
    const thisYear = ["12345678", "DK 87654321", "11111111", "12345678", "22222222"];
    const lastYear = ["87654321", "33333333"];
    expect(newShare(thisYear, lastYear)).toEqual({ share: 3 / 4, newCompanies: 3, companies: 4 });
  });

  test("filters combine with AND; numbers match numeric text", () => {
    const segment = ["Drift", "Vækst", "Drift", "Drift"];
    const year = [2021, "2021", 2020, 2021];
    const mask = filterMask(4, [
      { values: segment, operator: "=", value: "drift" },
      { values: year, operator: "=", value: 2021 },
    ]);
    expect(Array.from(mask!)).toEqual([1, 0, 0, 1]);
  });
});

describe("the Indikator formula language", () => {
  test.each([
    [
      'NPS(Evaluering[Anbefaling]; Segment="Drift")',
      { fn: "NPS", filters: [{ column: "Segment", operator: "=", value: "Drift" }] },
    ],
    [
      'ANDEL(Evaluering[Effekt]; "I høj grad"; "I nogen grad")',
      { fn: "ANDEL", values: ["I høj grad", "I nogen grad"] },
    ],
    [
      'ANDEL(Evaluering[Henvisning]; "Ja"; uden "Ved ikke")',
      { fn: "ANDEL", values: ["Ja"], without: ["Ved ikke"] },
    ],
    [
      'ANTAL(CRM[Forløb]; "Vækstforløb"; "Driftsforløb")',
      { fn: "ANTAL", values: ["Vækstforløb", "Driftsforløb"] },
    ],
    [
      "NYE(CRM[CVR]; CRM2020[CVR])",
      {
        fn: "NYE",
        refs: [
          { table: "CRM", column: "CVR" },
          { table: "CRM2020", column: "CVR" },
        ],
      },
    ],
    [
      'andel(Evaluering[Effekt], "I høj grad", År=2021)',
      { fn: "ANDEL", filters: [{ column: "År", operator: "=", value: 2021 }] },
    ],
  ])("%s", (text, expected) => {
    const p = parseIndicator(text);
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.indicator).toMatchObject(expected);
  });

  test.each([
    ["NSP(Evaluering[Anbefaling])", "NSP"],
    ["NPS(Evaluering[Anbefaling]", "(slut)"],
    ['ANDEL(Evaluering[Effekt]; "I høj grad)', '"I høj grad)'],
    ["NPS(Evaluering[Anbefaling]; Segment=Drift)", "Drift"],
    ["ANDEL(Evaluering[Effekt])", "ANDEL"],
  ])("%s is refused at the token %s", (text, token) => {
    const p = parseIndicator(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.token).toBe(token);
  });
});

describe("indicators computed from evaluation tables inside a goal table", () => {
  const goalHeaders = ["Nr", "Mål", "Segment", "Indikator", "Mål 100 %", "Mål 50 %"];
  const evaluation = rawTable(
    "Evaluering",
    ["CVR", "Segment", "Anbefaling", "Effekt"],
    [
      ...npsAnswers(26, 3, 1).map((a, i) => [
        String(10000000 + i),
        "Drift",
        a,
        i % 3 === 0 ? "Ved ikke" : "I høj grad",
      ]),
      ...npsAnswers(10, 5, 5).map((a, i) => [String(20000000 + i), "Vækst", a, "I lav grad"]),
    ]
  );

  test("NPS per segment from raw answers, with the answers behind it in the explanation", () => {
    const goals = rawTable("Mål", goalHeaders, [
      ["3", "Tilfredshed", "Drift", 'NPS(Evaluering[Anbefaling]; Segment="Drift")', 70, null],
      ["3", null, "Vækst", 'NPS(Evaluering[Anbefaling]; Segment="Vækst")', 70, null],
    ]);
    const r = evaluateContract([goals, evaluation]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0].resultValue).toBeCloseTo((25 / 30) * 100, 12);
    expect(r.rows[1].resultValue).toBeCloseTo(25, 12);
    expect(r.rows[0].explanation).toBe(
      "Drift 83,3 (30 svar: 26 anbefalere, 3 passive, 1 kritikere) ≥ 70 → 100 %"
    );
    expect(r.rows[1].warning).toBe("NPS fra kun 20 svar (under 30): usikker");
    expect(r.goals[0].fulfilment).toBe(0);
  });

  test("an unknown column names the goal table's Indikator cell and lists the known columns", () => {
    const goals = rawTable("Mål", goalHeaders, [
      ["1", "Tilfredshed", null, "NPS(Evaluering[Anbefalng])", 60, 50],
    ]);
    const r = evaluateContract([goals, evaluation]);
    expect(r.errors).toEqual([
      {
        sheet: "Mål",
        cell: "D2",
        code: "unknown-column",
        message:
          "ukendt kolonne 'Anbefalng' i tabellen Evaluering (kendte: CVR, Segment, Anbefaling, Effekt)",
      },
    ]);
    expect(r.goals[0].status).toBe("Fejl");
  });

  test("a bad answer in the evaluation data names its own cell", () => {
    const bad = rawTable("Evaluering", ["Anbefaling"], [[10], [9], ["7O"], [3]]);
    const goals = rawTable("Mål", goalHeaders, [
      ["1", "Tilfredshed", null, "NPS(Evaluering[Anbefaling])", 60, 50],
    ]);
    const r = evaluateContract([goals, bad]);
    expect(r.errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`)).toEqual([
      "Evaluering!A4: '7O' er ikke et svar fra 0 til 10",
    ]);
  });

  test("no answers yet: the goal awaits data instead of scoring zero", () => {
    const emptyEval = rawTable("Evaluering", ["Anbefaling"], [[null], [null]]);
    const goals = rawTable("Mål", goalHeaders, [
      ["1", "Tilfredshed", null, "NPS(Evaluering[Anbefaling])", 60, 50],
    ]);
    const r = evaluateContract([goals, emptyEval]);
    expect(r.goals[0].status).toBe("Afventer data");
    expect(r.rows[0].explanation).toBe("NPS: Afventer data: ingen svar endnu");
  });
});
