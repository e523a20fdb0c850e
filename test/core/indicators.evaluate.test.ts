// An indicator's figure and the sentence behind it (evaluateIndicator), the columns the adapter must load for it
// (indicatorColumns) and the answer counts what-if uses (indicatorMetric), with every figure counted by hand from
// the small tables below and every message pinned whole.
import { evaluateIndicator, indicatorColumns } from "../../src/core/indicators/evaluate";
import { indicatorMetric } from "../../src/core/indicators/metric";
import { parseIndicator, type Indicator } from "../../src/core/indicators/parse";
import type { MessageLocale } from "../../src/core/messages";
import type { RawCell, RawTable } from "../../src/core/model";
import { DANISH } from "../../src/core/numbers";
import { npsAnswers, rawTable } from "../helpers/tables";

const WHERE = { sheet: "Mål", cell: "D2" };

function indicator(formula: string): Indicator {
  const p = parseIndicator(formula);
  if (!p.ok) throw new Error(`${p.token}: ${p.detail}`);
  return p.indicator;
}

const evaluate = (formula: string, tables: RawTable[], locale: MessageLocale = "da") =>
  evaluateIndicator(indicator(formula), tables, WHERE, locale, DANISH);

const number = (value: number, percent: boolean) => ({ kind: "number" as const, value, percent });
const formulaError = (code: string, message: string) => ({
  sheet: "Mål",
  cell: "D2",
  code,
  message,
});

/** Segment per row, answers 0–10: Drift 10, 10, 9, 8, 3 · Vækst 10, 2, 1. */
const EVALUERING = rawTable(
  "Evaluering",
  ["CVR", "", "Segment", "Anbefaling", "Effekt"],
  [
    ["11111111", null, "Drift", 10, "I høj grad"],
    ["22222222", null, "Drift", 10, "Ved ikke"],
    ["33333333", null, "Drift", 9, "I nogen grad"],
    ["44444444", null, "Drift", 8, "Ikke relevant"],
    ["55555555", null, "Drift", 3, "I lav grad"],
    ["66666666", null, "Vækst", 10, "I høj grad"],
    ["77777777", null, "Vækst", 2, null],
    ["88888888", null, "Vækst", 1, "Slet ikke"],
  ]
);
const LAST_YEAR = rawTable("Evaluering2020", ["CVR"], [["22222222"], ["66666666"], ["99999999"]]);

describe("the figure and its basis", () => {
  test("NPS for Drift: 3 promoters, 1 passive, 1 detractor of 5 = (3 − 1)/5 = 40, under 30 answers: a warning", () => {
    expect(evaluate('NPS(Evaluering[Anbefaling]; Segment="Drift")', [EVALUERING])).toEqual({
      ok: true,
      value: {
        quantity: number(40, false),
        label: "NPS",
        answers: 5,
        basis: "5 svar: 3 anbefalere, 1 passive, 1 kritikere",
        warning: "NPS fra kun 5 svar (under 30): usikker",
      },
    });
  });

  test("NPS from 29, 30 and 1.200 answers: the warning stops at 30; thousands with a point", () => {
    const answers = (p: number, n: number, d: number) =>
      rawTable(
        "Evaluering",
        ["Anbefaling"],
        npsAnswers(p, n, d).map((a) => [a])
      );
    const at29 = evaluate("NPS(Evaluering[Anbefaling])", [answers(20, 5, 4)]);
    expect(at29.ok && at29.value.warning).toBe("NPS fra kun 29 svar (under 30): usikker");
    // 20 − 5 = 15 of 30 → 50.
    expect(evaluate("NPS(Evaluering[Anbefaling])", [answers(20, 5, 5)])).toEqual({
      ok: true,
      value: {
        quantity: number(50, false),
        label: "NPS",
        answers: 30,
        basis: "30 svar: 20 anbefalere, 5 passive, 5 kritikere",
        warning: undefined,
      },
    });
    const many = evaluate("NPS(Evaluering[Anbefaling])", [answers(1000, 150, 50)]);
    expect(many.ok && many.value.basis).toBe(
      "1.200 svar: 1.000 anbefalere, 150 passive, 50 kritikere"
    );
  });

  test("NPS without answers: no figure and no warning", () => {
    expect(
      evaluate("NPS(Evaluering[Anbefaling])", [
        rawTable("Evaluering", ["Anbefaling"], [[null], [""]]),
      ])
    ).toEqual({
      ok: true,
      value: {
        quantity: null,
        label: "NPS",
        answers: 0,
        basis: "0 svar: 0 anbefalere, 0 passive, 0 kritikere",
        warning: undefined,
      },
    });
  });

  test("ANDEL: 'I høj grad' or 'I nogen grad', 'Ved ikke' and 'Ikke relevant' left out: 3 of 5", () => {
    // Answers: I høj grad ×2, I nogen grad, I lav grad, Slet ikke (blank not an answer) = 5; 2 left out.
    expect(
      evaluate(
        'ANDEL(Evaluering[Effekt]; "I høj grad"; "I nogen grad"; uden "Ved ikke"; "Ikke relevant")',
        [EVALUERING]
      )
    ).toEqual({
      ok: true,
      value: {
        quantity: number(3 / 5, true),
        label: "Andel",
        answers: 5,
        basis: "3 af 5 svar (2 'Ved ikke'/'Ikke relevant' udeladt)",
      },
    });
  });

  test("ANDEL with nothing left out has no parenthesis; with no answers, no figure", () => {
    // Vækst: I høj grad, (blank), Slet ikke → 1 of 2.
    expect(
      evaluate('ANDEL(Evaluering[Effekt]; "I høj grad"; Segment="Vækst")', [EVALUERING])
    ).toEqual({
      ok: true,
      value: { quantity: number(1 / 2, true), label: "Andel", answers: 2, basis: "1 af 2 svar" },
    });
    expect(
      evaluate('ANDEL(Evaluering[Effekt]; "I høj grad"; Segment="Ingen")', [EVALUERING])
    ).toEqual({
      ok: true,
      value: { quantity: null, label: "Andel", answers: 0, basis: "0 af 0 svar" },
    });
  });

  test("ANTAL: 'I høj grad' among the rows that are not Vækst: 1 of 5", () => {
    expect(
      evaluate('ANTAL(Evaluering[Effekt]; "I høj grad"; Segment<>"Vækst")', [EVALUERING])
    ).toEqual({
      ok: true,
      value: { quantity: number(1, false), label: "Antal", answers: 5, basis: "1 af 5 rækker" },
    });
  });

  test("NYE: 8 companies this year, 22222222 and 66666666 advised last year: 6 new of 8", () => {
    expect(evaluate("NYE(Evaluering[CVR]; Evaluering2020[CVR])", [EVALUERING, LAST_YEAR])).toEqual({
      ok: true,
      value: {
        quantity: number(6 / 8, true),
        label: "Nye",
        answers: 8,
        basis: "6 nye af 8 virksomheder",
      },
    });
    const none = rawTable("Evaluering", ["CVR"], [[null]]);
    expect(evaluate("NYE(Evaluering[CVR]; Evaluering2020[CVR])", [none, LAST_YEAR])).toEqual({
      ok: true,
      value: { quantity: null, label: "Nye", answers: 0, basis: "0 nye af 0 virksomheder" },
    });
  });
});

describe("what cannot be evaluated is said at the formula's cell", () => {
  test("no tables at all: 'ingen'", () => {
    expect(evaluate("NPS(Evaluering[Anbefaling])", [])).toEqual({
      ok: false,
      errors: [formulaError("unknown-table", "ukendt tabel 'Evaluering' (fundet: ingen)")],
    });
  });

  test("an unknown column and an unknown filter column are both listed; empty headers are left out", () => {
    expect(evaluate('NPS(Evaluering[Anbefalng]; Segmnt="Drift")', [EVALUERING, LAST_YEAR])).toEqual(
      {
        ok: false,
        errors: [
          formulaError(
            "unknown-column",
            "ukendt kolonne 'Anbefalng' i tabellen Evaluering (kendte: CVR, Segment, Anbefaling, Effekt)"
          ),
          formulaError(
            "unknown-column",
            "ukendt kolonne 'Segmnt' i tabellen Evaluering (kendte: CVR, Segment, Anbefaling, Effekt)"
          ),
        ],
      }
    );
  });

  test("a filter's unknown column alone is enough to refuse", () => {
    expect(evaluate('NPS(Evaluering[Anbefaling]; Segmnt="Drift")', [EVALUERING])).toEqual({
      ok: false,
      errors: [
        formulaError(
          "unknown-column",
          "ukendt kolonne 'Segmnt' i tabellen Evaluering (kendte: CVR, Segment, Anbefaling, Effekt)"
        ),
      ],
    });
  });

  test("a column whose header is there but whose values were not loaded is unknown", () => {
    const notLoaded: RawTable = { ...rawTable("Evaluering", ["Anbefaling"], [[10]]), columns: [] };
    expect(evaluate("NPS(Evaluering[Anbefaling])", [notLoaded])).toEqual({
      ok: false,
      errors: [
        formulaError(
          "unknown-column",
          "ukendt kolonne 'Anbefaling' i tabellen Evaluering (kendte: Anbefaling)"
        ),
      ],
    });
  });

  test("NYE's second table, in English", () => {
    expect(evaluate("NYE(Evaluering[CVR]; CRM2020[CVR])", [EVALUERING], "en")).toEqual({
      ok: false,
      errors: [formulaError("unknown-table", "unknown table 'CRM2020' (found: Evaluering)")],
    });
  });

  test("LANDINDEKS without the municipality data", () => {
    expect(
      evaluate("LANDINDEKS(CRM[Kommune])", [rawTable("CRM", ["Kommune"], [["Aalborg"]])])
    ).toEqual({
      ok: false,
      errors: [
        formulaError(
          "indicator-municipalities-missing",
          "LANDINDEKS kræver kommunedata fra Danmarks Statistik, som ikke er indlæst her"
        ),
      ],
    });
  });

  test("bad NPS answers name their own cells: the first ten, then how many more at the eleventh", () => {
    // Rows 2–13 of column A hold 12 bad answers ("11"); row 14 a good one.
    const rows: RawCell[][] = [...Array(12).fill(["11"]), [10]];
    const out = evaluate("NPS(Evaluering[Anbefaling])", [
      rawTable("Evaluering", ["Anbefaling"], rows),
    ]);
    const bad = (cell: string) => ({
      sheet: "Evaluering",
      cell,
      code: "bad-nps-answer",
      message: "'11' er ikke et svar fra 0 til 10",
    });
    expect(out).toEqual({
      ok: false,
      errors: [
        ...["A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11"].map(bad),
        {
          sheet: "Evaluering",
          cell: "A12",
          code: "more-errors",
          message: "og 2 flere fejl i samme kolonne",
        },
      ],
    });
  });

  test("exactly ten bad answers: ten errors and no count", () => {
    const out = evaluate("NPS(Evaluering[Anbefaling])", [
      rawTable("Evaluering", ["Anbefaling"], Array(10).fill(["ja"])),
    ]);
    expect(out.ok ? [] : out.errors.map((e) => e.code)).toEqual(Array(10).fill("bad-nps-answer"));
  });
});

describe("the columns an indicator reads", () => {
  const crm = rawTable("CRM", ["Kommune", "År", "Forløb"], []);
  const bilag = rawTable("Bilag", ["Land/by", "Kommunenavn"], []);

  test("its references, then its filters' columns on the first table", () => {
    expect(
      indicatorColumns(
        indicator('NYE(Evaluering[CVR]; Evaluering2020[CVR]; Segment="Drift"; År=2021)')
      )
    ).toEqual([
      { table: "Evaluering", column: "CVR" },
      { table: "Evaluering2020", column: "CVR" },
      { table: "Evaluering", column: "Segment" },
      { table: "Evaluering", column: "År" },
    ]);
  });

  test("LANDINDEKS with the tables: also the list's year column and the own list's municipality column", () => {
    expect(
      indicatorColumns(indicator("LANDINDEKS(CRM[Kommune]; Bilag[Land/by])"), [crm, bilag])
    ).toEqual([
      { table: "CRM", column: "Kommune" },
      { table: "Bilag", column: "Land/by" },
      { table: "Bilag", column: "Kommunenavn" },
      { table: "CRM", column: "År" },
    ]);
    // Without the tables (headers unknown), only what the formula names.
    expect(indicatorColumns(indicator("LANDINDEKS(CRM[Kommune]; Bilag[Land/by])"))).toEqual([
      { table: "CRM", column: "Kommune" },
      { table: "Bilag", column: "Land/by" },
    ]);
    // An own list that is not there, or has no municipality column, adds nothing.
    expect(
      indicatorColumns(indicator("LANDINDEKS(CRM[Kommune]; Andet[Land/by])"), [crm, bilag])
    ).toEqual([
      { table: "CRM", column: "Kommune" },
      { table: "Andet", column: "Land/by" },
      { table: "CRM", column: "År" },
    ]);
    // The municipality column first in the list.
    const first = rawTable("Bilag", ["Kommune", "Land/by"], []);
    expect(
      indicatorColumns(indicator("LANDINDEKS(CRM[Kommune]; Bilag[Land/by])"), [crm, first])
    ).toEqual([
      { table: "CRM", column: "Kommune" },
      { table: "Bilag", column: "Land/by" },
      { table: "Bilag", column: "Kommune" },
      { table: "CRM", column: "År" },
    ]);
    const noMunicipality = rawTable("Bilag", ["Land/by", "Note"], []);
    expect(
      indicatorColumns(indicator("LANDINDEKS(CRM[Kommune]; Bilag[Land/by])"), [crm, noMunicipality])
    ).toEqual([
      { table: "CRM", column: "Kommune" },
      { table: "Bilag", column: "Land/by" },
      { table: "CRM", column: "År" },
    ]);
  });

  test("DÆKNING does not read the year column", () => {
    expect(indicatorColumns(indicator("DÆKNING(CRM[Kommune])"), [crm])).toEqual([
      { table: "CRM", column: "Kommune" },
    ]);
  });
});

describe("the answer counts behind a figure (what-if), cross-checked against the figure", () => {
  const metric = (formula: string, tables: RawTable[]) => {
    const out = evaluateIndicator(indicator(formula), tables, WHERE, "da", DANISH);
    if (!out.ok) throw new Error(out.errors[0].message);
    return indicatorMetric(indicator(formula), tables, DANISH, out.value);
  };

  test("NPS for Drift: 3 promoters, 1 passive, 1 detractor", () => {
    expect(metric('NPS(Evaluering[Anbefaling]; Segment="Drift")', [EVALUERING])).toEqual({
      kind: "nps",
      promoters: 3,
      passives: 1,
      detractors: 1,
      answers: 5,
    });
  });

  test("ANDEL: 3 hits of 5, 2 left out, with the answers that count and those left out", () => {
    expect(
      metric(
        'ANDEL(Evaluering[Effekt]; "I høj grad"; "I nogen grad"; uden "Ved ikke"; "Ikke relevant")',
        [EVALUERING]
      )
    ).toEqual({
      kind: "share",
      hits: 3,
      answers: 5,
      excluded: 2,
      values: ["I høj grad", "I nogen grad"],
      without: ["Ved ikke", "Ikke relevant"],
    });
  });

  test("no answers yet (no figure): zero counts of each kind, not a failure", () => {
    const blank = rawTable("Evaluering", ["Anbefaling"], [[null], [null]]);
    expect(metric("NPS(Evaluering[Anbefaling])", [blank])).toEqual({
      kind: "nps",
      promoters: 0,
      passives: 0,
      detractors: 0,
      answers: 0,
    });
  });

  test("ANTAL and NYE", () => {
    expect(
      metric('ANTAL(Evaluering[Effekt]; "I høj grad"; Segment="Drift")', [EVALUERING])
    ).toEqual({
      kind: "count",
      count: 1,
      rows: 5,
    });
    expect(metric("NYE(Evaluering[CVR]; Evaluering2020[CVR])", [EVALUERING, LAST_YEAR])).toEqual({
      kind: "new",
      newCompanies: 6,
      companies: 8,
    });
  });

  test.each<[string, string, Record<string, unknown>]>([
    [
      "NPS(Evaluering[Anbefaling])",
      "NPS 40, not 12,5",
      { quantity: number(40, false), answers: 8 },
    ],
    [
      "NPS(Evaluering[Anbefaling])",
      "7 answers, not 8",
      { quantity: number(12.5, false), answers: 7 },
    ],
    [
      'ANDEL(Evaluering[Effekt]; "I høj grad")',
      "6 answers, not 7",
      { quantity: number(2 / 7, true), answers: 6 },
    ],
    [
      'ANDEL(Evaluering[Effekt]; "I høj grad")',
      "50 %, not 2 of 7",
      { quantity: number(0.5, true), answers: 7 },
    ],
    [
      'ANTAL(Evaluering[Effekt]; "I høj grad")',
      "6 rows, not 7",
      { quantity: number(2, false), answers: 6 },
    ],
    [
      'ANTAL(Evaluering[Effekt]; "I høj grad")',
      "3, not 2",
      { quantity: number(3, false), answers: 7 },
    ],
    [
      "NYE(Evaluering[CVR]; Evaluering2020[CVR])",
      "7 companies, not 8",
      { quantity: number(6 / 8, true), answers: 7 },
    ],
    [
      "NYE(Evaluering[CVR]; Evaluering2020[CVR])",
      "50 %, not 6 of 8",
      { quantity: number(0.5, true), answers: 8 },
    ],
  ])(
    "%s: a figure with %s does not match the counts, so no counts are given",
    (formula, _why, value) => {
      // The whole table: NPS (4 − 3)/8 × 100 = 12,5 of 8; ANDEL 2 of 7; ANTAL 2 of 7 rows; NYE 6 of 8.
      expect(
        indicatorMetric(indicator(formula), [EVALUERING, LAST_YEAR], DANISH, {
          label: "",
          basis: "",
          ...value,
        } as never)
      ).toBeUndefined();
    }
  );

  test("no counts when a table or column is missing, for a bad answer, or for DÆKNING", () => {
    const value = { quantity: number(40, false), label: "NPS", answers: 5, basis: "" };
    expect(
      indicatorMetric(indicator("NPS(Andet[Anbefaling])"), [EVALUERING], DANISH, value)
    ).toBeUndefined();
    expect(
      indicatorMetric(indicator("NPS(Evaluering[Svar])"), [EVALUERING], DANISH, value)
    ).toBeUndefined();
    expect(
      indicatorMetric(
        indicator('NPS(Evaluering[Anbefaling]; Segmnt="Drift")'),
        [EVALUERING],
        DANISH,
        value
      )
    ).toBeUndefined();
    const withBad = rawTable(
      "Evaluering",
      ["Segment", "Anbefaling"],
      [
        ["Drift", 10],
        ["Drift", 10],
        ["Drift", 9],
        ["Drift", 8],
        ["Drift", 3],
        ["Drift", "elleve"],
      ]
    );
    expect(
      indicatorMetric(
        indicator('NPS(Evaluering[Anbefaling]; Segment="Drift")'),
        [withBad],
        DANISH,
        value
      )
    ).toBeUndefined();
    const share = { quantity: number(6 / 8, true), label: "Nye", answers: 8, basis: "" };
    expect(
      indicatorMetric(
        indicator("NYE(Evaluering[CVR]; Evaluering2019[CVR])"),
        [EVALUERING, LAST_YEAR],
        DANISH,
        share
      )
    ).toBeUndefined();
    expect(
      indicatorMetric(indicator("DÆKNING(Evaluering[Segment])"), [EVALUERING], DANISH, share)
    ).toBeUndefined();
  });
});
