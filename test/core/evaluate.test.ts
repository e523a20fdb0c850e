// The whole calculator on goal tables: overall fulfilment, agreed fulfilment, weights, and bad input.
import { evaluateContract, findGoalTables } from "../../src/core/evaluate";
import { describeError } from "../../src/core/messages";
import type { RawCell } from "../../src/core/model";
import { sampleGoalRows } from "../helpers/samples";
import { rawTable } from "../helpers/tables";

const HEADERS = [
  "Nr",
  "Mål",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
  "Vægt",
  "Aftalt opfyldelse",
  "Begrundelse",
];

/**
 * Seed 004 (KKR Nordjylland, item 3.3): the 2020 fulfilment report, nine goals, read from its sample workbook in
 * assets/ (without its Del and Regel columns: the rules are inferred), one entry per header above.
 */
let NORDJYLLAND_2020: RawCell[][];
beforeAll(async () => {
  const rows = await sampleGoalRows("nordjylland2020", ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %"]);
  NORDJYLLAND_2020 = rows.map((r) => HEADERS.map((_, c) => r[c] ?? null));
});

/** Goal `id`'s row with `header` set to `value`. */
const setCell = (rows: RawCell[][], id: string, header: string, value: RawCell) =>
  rows.map((r) => (r[0] === id ? r.map((v, c) => (HEADERS[c] === header ? value : v)) : r));

function run(rows: RawCell[][], headers = HEADERS) {
  return evaluateContract([rawTable("Mål", headers, rows)]);
}

const errorLines = (rows: RawCell[][], headers = HEADERS) =>
  run(rows, headers).errors.map((e) => describeError(e));

describe("overall fulfilment (samlet målopfyldelse)", () => {
  test("seed 004: eight goals at 100 % and goal 6 at 75 % → 875 / 9 = 97,2 %, shown as 97 %", () => {
    const r = run(NORDJYLLAND_2020);
    expect(r.errors).toEqual([]);
    expect(r.goals).toHaveLength(9);
    expect(r.goals[5]).toMatchObject({ id: "6", fulfilment: 0.75, status: "Delvist opfyldt" });
    expect(r.overall).toBeCloseTo(8.75 / 9, 12);
    expect(r.overallRange).toEqual([r.overall, r.overall]);
    expect(r.overallText).toBe("97,2 %, 9 af 9 mål målt");
    expect(r.counts).toEqual({
      Opfyldt: 8,
      "Delvist opfyldt": 1,
      "Ikke opfyldt": 0,
      "Afventer data": 0,
      Fejl: 0,
    });
  });

  test("weights: goal 6 weighted 3 gives (8 + 3 × 0,75) / 11", () => {
    const rows = setCell(NORDJYLLAND_2020, "6", "Vægt", 3);
    expect(run(rows).overall).toBeCloseTo((8 + 2.25) / 11, 12);
  });

  test("KKR's agreed fulfilment overrides the computed one in the overall, and the computed one stays visible", () => {
    const rows = setCell(
      setCell(NORDJYLLAND_2020, "6", "Aftalt opfyldelse", "100 %"),
      "6",
      "Begrundelse",
      "ErhvervsCAMP flyttet til marts 2021 (Covid-19)"
    );
    const r = run(rows);
    expect(r.goals[5]).toMatchObject({ computed: 0.75, fulfilment: 1, agreed: { value: 1 } });
    expect(r.goals[5].explanation).toMatch(/^Aftalt 100 % \(beregnet 75 %\): ErhvervsCAMP flyttet/);
    expect(r.overall).toBe(1);
  });

  test("an agreed fulfilment without a reason is an error", () => {
    expect(
      errorLines([["6", "Knudepunkter", "3/4", null, null, null, null, "100 %", null]])
    ).toEqual(["Arket Mål, celle I2: en aftalt opfyldelse kræver en begrundelse i kolonnen Begrundelse"]);
  });
});

describe("bad input: a Danish error naming sheet and cell", () => {
  test("text in a number column", () => {
    expect(errorLines([["1", "Tilfredshed", "7O", 60, 50]])).toEqual([
      "Arket Mål, celle C2: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)",
    ]);
    expect(errorLines([["1", "Tilfredshed", "l5 %", "2O %", "1O %"]])).toEqual([
      "Arket Mål, celle C2: 'l5 %' er ikke et tal: der står bogstavet l i stedet for tallet 1 (skriv 15 %)",
      "Arket Mål, celle D2: '2O %' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 20 %)",
      "Arket Mål, celle E2: '1O %' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 10 %)",
    ]);
    // Letters alone, or letters that do not make a number, are not guessed at.
    expect(errorLines([["1", "Tilfredshed", "OK", 60, 50]])).toEqual([
      "Arket Mål, celle C2: 'OK' er ikke et tal",
    ]);
  });

  test("a result in the other decimal convention", () => {
    expect(errorLines([["1", "Tilfredshed", "72.5", 60, 50]])).toEqual([
      "Arket Mål, celle C2: '72.5' er ikke et tal: brug komma som decimaltegn (72,5)",
    ]);
  });

  test("tiers in the wrong order", () => {
    expect(errorLines([["1", "Tilfredshed", 72, 50, 60]])).toEqual([
      "Arket Mål, celle E2: tærsklen for 50 % (60) er højere end tærsklen for 100 % (50)",
    ]);
  });

  test("a duplicated goal row", () => {
    expect(
      errorLines([
        ["1", "Tilfredshed", 72, 60, 50],
        ["1", "Tilfredshed", 71, 60, 50],
      ])
    ).toEqual(["Arket Mål, celle A3: mål 1 står to gange (også i række 2)"]);
  });

  test("a missing Resultat header", () => {
    expect(
      errorLines([["1", "Tilfredshed", 60, 50]], ["Nr", "Mål", "Mål 100 %", "Mål 50 %"])
    ).toEqual(["Arket Mål, celle A1: kolonnen 'Resultat' mangler i måltabellen"]);
  });

  test("an empty table", () => {
    expect(errorLines([[null, null, null, null, null]])).toEqual([
      "Arket Mål, celle A1: måltabellen er tom: der er ingen mål under overskriftsrækken",
    ]);
  });

  test("a result against a percentage threshold that could be a count", () => {
    expect(errorLines([["2", "Effekt", 97, "70 %", "60 %"]])).toEqual([
      "Arket Mål, celle C2: resultatet 97 kan ikke sammenlignes med tærsklen 70 %: skriv begge som procent (fx 97 %) eller begge som tal",
    ]);
  });

  test("an Excel error value and a result without a threshold", () => {
    expect(
      errorLines([
        ["1", "Tilfredshed", "#N/A", 60, 50],
        ["2", "Effekt", 55],
      ])
    ).toEqual([
      "Arket Mål, celle C2: cellen indeholder fejlen #N/A",
      "Arket Mål, celle C3: rækken har et resultat, men ingen tærskel (udfyld 'Mål 100 %')",
    ]);
  });

  test("a goal in error is Fejl and the others still compute, but there is no overall: never 100 % over fewer goals", () => {
    const r = run([
      ["1", "Tilfredshed", "7O", 60, 50],
      ["2", "Effekt", "97 %", "70 %", "60 %"],
      ["3", "Indgang", "Ja", null, null, "ja/nej"],
      ["4", "Strategi", "12O", 60, 50],
    ]);
    expect(r.goals.map((g) => g.status)).toEqual(["Fejl", "Opfyldt", "Opfyldt", "Fejl"]);
    expect(r.goals[1].fulfilment).toBe(1);
    expect(r.overall).toBeNull();
    expect(r.overallRange).toBeNull();
    expect(r.overallText).toBe("Kan ikke beregnes: mål 1 og 4 har fejl");
    expect(run([["1", "Tilfredshed", "7O", 60, 50]]).overallText).toBe(
      "Kan ikke beregnes: mål 1 har en fejl"
    );
  });

  test("English messages when Office runs in English", () => {
    const r = evaluateContract([rawTable("Mål", HEADERS, [["1", "Tilfredshed", "7O", 60, 50]])], {
      locale: "en",
    });
    expect(r.errors.map((e) => describeError(e, "en"))).toEqual([
      "Sheet Mål, cell C2: '7O' is not a number: it has the letter O instead of the digit 0 (write 70)",
    ]);
  });

  test("no goal table at all", () => {
    const r = evaluateContract([
      rawTable("Ark1", ["Kommune", "Indbyggere"], [["Aalborg", 217075]]),
    ]);
    expect(r.errors.map((e) => describeError(e))[0]).toMatch(/^Arket Ark1, celle A1: ingen måltabel fundet/);
  });
});

describe("finding the goal table by its headers", () => {
  test("headers match ignoring case, spaces and accents, with English aliases, and the best table wins", () => {
    const english = rawTable(
      "Goals",
      ["No", "Goal", "Result", "Target 100%", "target 50 %"],
      [["1", "NPS", 72, 60, 50]]
    );
    const other = rawTable("Notes", ["Nr", "Mal"], [["1", "x"]]);
    const found = findGoalTables([other, english]);
    expect(found[0].table.sheet).toBe("Goals");
    expect(found[0].map.tiers).toEqual([
      { fulfilment: 1, column: 3 },
      { fulfilment: 0.5, column: 4 },
    ]);
    expect(evaluateContract([other, english]).goals[0].fulfilment).toBe(1);
  });

  test("continuation rows under a merged Nr cell belong to the goal above", () => {
    const r = evaluateContract([
      rawTable(
        "Mål",
        ["Nr", "Mål", "Segment", "Resultat", "Mål 100 %"],
        [
          ["3", "Tilfredshed", "Drift", "75 %", "80 %"],
          [null, null, "Vækst", "81 %", "80 %"],
        ]
      ),
    ]);
    expect(r.goals).toHaveLength(1);
    expect(r.goals[0].parts[0].rows.map((x) => x.segment)).toEqual(["Drift", "Vækst"]);
  });
});
