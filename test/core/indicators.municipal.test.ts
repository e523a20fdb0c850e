// DÆKNING and LANDINDEKS in the Indikator language: goal 2 ("Bred geografisk spredning") gets a result and a
// fulfilment like any other goal. Figures worked out by hand from DST's 1 January 2021 populations (kommuner.csv):
// Nordjylland 590.439, of which Landkommuner 340.434 (all but Aalborg 219.487 and Rebild 30.518).
import { evaluateContract } from "../../src/core/evaluate";
import { evaluateIndicator } from "../../src/core/indicators/evaluate";
import { parseIndicator, usesMunicipalityFunctions } from "../../src/core/indicators/parse";
import { MUNICIPAL_INDICATORS } from "../../src/core/indicators/withMunicipalities";
import { describeError } from "../../src/core/messages";
import type { RawCell } from "../../src/core/model";
import { DANISH } from "../../src/core/numbers";
import { NORDJYLLAND_CRM } from "../helpers/nordjylland";
import { rawTable } from "../helpers/tables";

const GOAL_HEADERS = ["Nr", "Mål", "Del", "Indikator", "Mål 100 %", "Mål 50 %"];
const goals = (rows: RawCell[][]) => rawTable("Mål", GOAL_HEADERS, rows);

/** 8 activities: Aalborg 4, Hjørring 2, Rebild 1, Viborg 1 (Midtjylland), with courses to filter on. */
const CRM = NORDJYLLAND_CRM;

const AALBORG = 219_487;
const HJOERRING = 64_155;
const REBILD = 30_518;
const NORDJYLLAND = 590_439;
const RURAL = 340_434;

function evaluate(rows: RawCell[][], tables = [CRM], year = 2021) {
  return evaluateContract([goals(rows), ...tables], { year }, { municipal: MUNICIPAL_INDICATORS });
}

describe("parsing DÆKNING and LANDINDEKS", () => {
  test.each([
    ["DÆKNING(CRM[Kommune])", { fn: "DÆKNING" }],
    ["dækning(CRM[Kommune]; 2)", { fn: "DÆKNING", minimum: 2 }],
    [
      'DÆKNING(CRM[Kommune]; 2; hus "Nordjylland")',
      { fn: "DÆKNING", minimum: 2, hub: "Nordjylland" },
    ],
    ['COVERAGE(CRM[Kommune], hub "Fyn")', { fn: "DÆKNING", hub: "Fyn" }],
    ["LANDINDEKS(CRM[Kommune])", { fn: "LANDINDEKS" }],
    ["RURALINDEX(CRM[Kommune]; Bilag[Land/by])", { fn: "LANDINDEKS" }],
    ['LANDINDEKS(CRM[Kommune]; Forløb="Vækstforløb")', { fn: "LANDINDEKS" }],
  ])("%s", (text, expected) => {
    const p = parseIndicator(text);
    expect(p.ok && p.indicator).toMatchObject(expected);
  });

  test.each([
    ['DÆKNING(CRM[Kommune]; "Aalborg")', "DÆKNING tager ingen svar i anførselstegn"],
    ["DÆKNING(CRM[Kommune]; 0)", "mindst skal være et helt antal aktiviteter"],
    ["DÆKNING(CRM[Kommune]; 1; 2)", "forventede en kolonne"],
    ["LANDINDEKS(CRM[Kommune]; 2)", "forventede en kolonne"],
    ['NPS(Evaluering[Anbefaling]; hus "Fyn")', "NPS tager intet Erhvervshus"],
    ["LANDINDEKS(CRM[Kommune]; A[B]; C[D])", "LANDINDEKS skal have kolonnen med kommunen"],
  ])("%s is refused: %s", (text, detail) => {
    const p = parseIndicator(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.detail).toContain(detail);
  });

  test("usesMunicipalityFunctions finds them in a goal table, and only them", () => {
    expect(
      usesMunicipalityFunctions([goals([["2", "Spredning", "", "DÆKNING(CRM[Kommune])", 1, 0.9]])])
    ).toBe(true);
    expect(usesMunicipalityFunctions([goals([["1", "NPS", "", "NPS(E[A])", 60, 50]])])).toBe(false);
  });
});

describe("goal 2 with DÆKNING and LANDINDEKS", () => {
  test("coverage 3 of 11 (hub inferred: 7 of 8 rows are Nordjylland's); rural index by hand", () => {
    const result = evaluate([
      ["2", "Bred geografisk spredning", "Dækning", "DÆKNING(CRM[Kommune])", "100 %", "25 %"],
      ["2", "Bred geografisk spredning", "Land", "LANDINDEKS(CRM[Kommune])", 100, 50],
    ]);
    expect(result.errors).toEqual([]);
    const [coverage, rural] = result.rows;
    expect(coverage.resultValue).toBeCloseTo(3 / 11, 12);
    expect(coverage.fulfilment).toBe(0.5);
    expect(coverage.explanation).toContain(
      "3 af 11 kommuner i Erhvervshus Nordjylland med mindst 1 aktivitet (ikke: Brønderslev, Frederikshavn, Jammerbugt, Læsø, Mariagerfjord, Morsø, Thisted, Vesthimmerlands); 1 række uden for huset"
    );
    // Hjørring is the only Landkommune with activities: 2 of 7 activities against 340.434 of 590.439 residents.
    const index = (2 / 7 / (RURAL / NORDJYLLAND)) * 100;
    expect(rural.resultValue).toBeCloseTo(index, 10);
    expect(rural.fulfilment).toBe(0); // 49,6 < 50
    expect(rural.explanation).toContain("Kilde: Danmarks Statistik");
    expect(index).toBeCloseTo(49.55, 2);
  });

  test("DÆKNING with a minimum, a named hub and a filter on the same table", () => {
    const result = evaluate([
      [
        "2",
        "Spredning",
        "",
        'DÆKNING(CRM[Kommune]; 2; hus "Nordjylland"; Forløb="Vækstforløb")',
        "50 %",
        "10 %",
      ],
    ]);
    // Vækstforløb: Aalborg 2, Hjørring 1 → only Aalborg has at least 2.
    expect(result.rows[0].resultValue).toBeCloseTo(1 / 11, 12);
    expect(result.rows[0].fulfilment).toBe(0);
  });

  test("LANDINDEKS with the user's own land/by list in another table (Rebild as land) wins over DST's groups", () => {
    const own = rawTable(
      "Bilag",
      ["Kommune", "Land/by"],
      [
        ["Rebild", "Land"],
        ["Hjørring", "Land"],
        ["Aalborg", "By"],
      ]
    );
    const result = evaluate(
      [["2", "Land", "", "LANDINDEKS(CRM[Kommune]; Bilag[Land/by])", 100, 50]],
      [CRM, own]
    );
    expect(result.errors).toEqual([]);
    // Own list: Rebild and Hjørring land, Aalborg by; the other eight keep DST's Landkommuner.
    const ruralPopulation = RURAL + REBILD;
    expect(result.rows[0].resultValue).toBeCloseTo(
      (3 / 7 / (ruralPopulation / NORDJYLLAND)) * 100,
      10
    );
    expect(result.rows[0].explanation).toContain("egen inddeling i land og by");
  });

  test("the year is the contract year's 1 January: 2019 gives other populations", () => {
    const r2019 = evaluate([["2", "Land", "", "LANDINDEKS(CRM[Kommune])", 100, 50]], [CRM], 2019);
    // 2019: Nordjylland 589.755; Aalborg 215.312, Rebild 29.916 (kommuner.csv).
    const rural2019 = 589_755 - 215_312 - 29_916;
    expect(r2019.rows[0].resultValue).toBeCloseTo((2 / 7 / (rural2019 / 589_755)) * 100, 10);
    expect(r2019.rows[0].explanation).toContain("befolkningen 1. januar 2019");
  });

  test("errors by cell: a misspelt municipality names its CRM cell; an ambiguous hub names the goal's cell", () => {
    const misspelt = rawTable("CRM", ["Kommune"], [["Aalborg"], ["Aalborgg"]]);
    const one = evaluate([["2", "Dækning", "", "DÆKNING(CRM[Kommune])", 1, 0.5]], [misspelt]);
    expect(one.errors.map((e) => describeError(e))).toEqual([
      "Arket CRM, celle A3: 'Aalborgg' er ikke en kommune — mente du Aalborg?",
    ]);

    const split = rawTable("CRM", ["Kommune"], [["Aalborg"], ["Viborg"]]);
    const two = evaluate([["2", "Dækning", "", "DÆKNING(CRM[Kommune])", 1, 0.5]], [split]);
    expect(two.errors.map((e) => describeError(e))).toEqual([
      'Arket Mål, celle D2: kommunerne fordeler sig på flere Erhvervshuse (Nordjylland 1, Midtjylland 1): skriv huset i formlen, fx DÆKNING(CRM[Kommune]; hus "Nordjylland")',
    ]);
    const badHub = evaluate(
      [["2", "Dækning", "", 'DÆKNING(CRM[Kommune]; hus "Nordjyland")', 1, 0.5]],
      [split]
    );
    expect(badHub.errors.map((e) => describeError(e))[0]).toMatch(
      /^Arket Mål, celle D2: 'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland\?/
    );
  });

  test("an empty activity list is pending (no data yet), not 0 %", () => {
    const empty = rawTable("CRM", ["Kommune"], []);
    const result = evaluate([["2", "Dækning", "", "DÆKNING(CRM[Kommune])", 1, 0.5]], [empty]);
    expect(result.rows[0].status).toBe("Afventer data");
  });

  test("without the municipality data (a caller that did not load it) the row says so at its cell", () => {
    const result = evaluateContract([
      goals([["2", "Dækning", "", "DÆKNING(CRM[Kommune])", 1, 0.5]]),
      CRM,
    ]);
    expect(result.errors.map((e) => describeError(e))).toEqual([
      "Arket Mål, celle D2: DÆKNING kræver kommunedata fra Danmarks Statistik, som ikke er indlæst her",
    ]);
  });

  test("evaluateIndicator directly, English names: COVERAGE and RURALINDEX", () => {
    const p = parseIndicator("COVERAGE(CRM[Kommune])");
    if (!p.ok) throw new Error(p.detail);
    const out = evaluateIndicator(p.indicator, [CRM], { sheet: "Mål", cell: "D2" }, "en", DANISH, {
      municipal: MUNICIPAL_INDICATORS,
      year: 2021,
    });
    expect(out.ok && out.value.quantity).toEqual({ kind: "number", value: 3 / 11, percent: true });
    expect(out.ok && out.value.answers).toBe(7);
    const check = AALBORG + HJOERRING; // both in the hub
    expect(check).toBeLessThan(NORDJYLLAND);
  });
});
