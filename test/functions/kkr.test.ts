// The pure half of the KKR.* custom functions (src/functions/kkr.ts): the seeds' figures come out as the core gives
// them, and every bad argument is a FunctionFailure with the Excel error the issue asks for and a Danish message.
// Arguments are given the way Excel passes them: 2-D arrays, "" for a blank cell, null for a left-out argument.
import { allocate } from "../../src/core/allocate";
import { evaluateContract } from "../../src/core/evaluate";
import { newShare, nps, share } from "../../src/core/metrics";
import {
  allocateAmounts,
  answerShare,
  fulfilment,
  fulfilmentDetail,
  isFailure,
  newCompanyShare,
  npsScore,
  type FailureCode,
  type FunctionFailure,
} from "../../src/functions/kkr";
import { SHIPPED_MUNICIPALITIES } from "../../src/core/municipalities/shipped";
import { coverageShare, ruralIndex } from "../../src/functions/kkrSpread";
import { npsAnswers, rawTable } from "../helpers/tables";
import { column, keyFromCsv } from "./seeds";

function failure(value: unknown): FunctionFailure {
  if (!isFailure(value))
    throw new Error(`expected a FunctionFailure, got ${JSON.stringify(value)}`);
  return value;
}

function expectFailure(value: unknown, code: FailureCode, message?: string | RegExp): void {
  const f = failure(value);
  expect(f.code).toBe(code);
  if (typeof message === "string") expect(f.message).toBe(message);
  else if (message) expect(f.message).toMatch(message);
}

const sum = (amounts: number[][]) => amounts.flat().reduce((a, b) => a + b, 0);

describe("KKR.NPS = the core's nps()", () => {
  // Seed 004: 315 evaluations sent, 181 answered, NPS 72 (142 promoters, 27 passives, 12 detractors).
  const seed004 = [...npsAnswers(142, 27, 12), ...Array(315 - 181).fill(null)];

  test("seed 004: 181 answers, 142 promoters, 27 passives, 12 detractors → 71,8…, shown as 72; blanks ignored", () => {
    const score = npsScore(column(seed004)) as number;
    expect(score).toBeCloseTo((130 / 181) * 100, 12);
    expect(score).toBe(nps(seed004).score);
    expect(Math.round(score)).toBe(72);
  });

  test('blank cells as Excel gives them (""), as null, or as spaces are no answer; Danish numeric text counts', () => {
    expect(npsScore([[10], [""], [null], ["  "], ["9"], ["6"], [8]])).toBeCloseTo(
      ((2 - 1) / 4) * 100,
      12
    );
  });

  test("a row, a block, one cell and an Excel data type (its basicValue) are read too", () => {
    expect(npsScore([[10, 9, 0, ""]])).toBeCloseTo((1 / 3) * 100, 12);
    expect(
      npsScore([
        [10, 3],
        [8, ""],
      ])
    ).toBe(0);
    expect(npsScore(10)).toBe(100);
    expect(npsScore([[{ type: "FormattedNumber", basicValue: 9, numberFormat: "0" }], [2]])).toBe(
      0
    );
  });

  test("scores run from −100 to 100", () => {
    expect(npsScore(column(npsAnswers(0, 0, 5)))).toBe(-100);
    expect(npsScore(column(npsAnswers(5, 0, 0)))).toBe(100);
  });

  test("an answer outside 0–10 is #VALUE! naming the argument and the cell, never skipped", () => {
    expectFailure(
      npsScore([[10], [9], ["ja"]]),
      "invalidValue",
      "'ja' i svar række 3 er ikke et tal fra 0 til 10"
    );
    expectFailure(npsScore([[11]]), "invalidValue", "'11' i svar er ikke et tal fra 0 til 10");
    expectFailure(
      npsScore([[7.5], [9]]),
      "invalidValue",
      "'7,5' i svar række 1 er ikke et tal fra 0 til 10"
    );
    expectFailure(
      npsScore([[9, true]]),
      "invalidValue",
      "'SAND' i svar kolonne 2 er ikke et tal fra 0 til 10"
    );
    expectFailure(
      npsScore([
        [9, 9],
        [-1, 9],
      ]),
      "invalidValue",
      "'-1' i svar række 2, kolonne 1 er ikke et tal fra 0 til 10"
    );
    expectFailure(
      npsScore([["ja"], [12], ["nej"], [5]]),
      "invalidValue",
      "'ja' i svar række 1 er ikke et tal fra 0 til 10 (og 2 andre ugyldige svar)"
    );
  });

  test("a value that is no cell value is #VALUE!", () => {
    expectFailure(
      npsScore([[9], [{ type: "Entity", text: "Firma" }]]),
      "invalidValue",
      /^svar række 2 indeholder et objekt/
    );
    expectFailure(npsScore([[NaN]]), "invalidValue", "svar indeholder 'NaN', som ikke kan læses");
    expectFailure(
      npsScore([[9], [Symbol("x")]]),
      "invalidValue",
      "svar række 2 indeholder 'Symbol(x)', som ikke kan læses"
    );
  });

  test("no answers at all is #NUM!", () => {
    expectFailure(npsScore([[""], [""]]), "invalidNumber");
    expectFailure(npsScore(null), "invalidNumber");
  });
});

describe("KKR.ANDEL = the core's share()", () => {
  const effect = [
    "I høj grad",
    "I nogen grad",
    "I lav grad",
    "Ved ikke",
    "i høj grad ",
    "",
    "Slet ikke",
  ];

  test("seed 000 goal 2: 'I høj grad' + 'I nogen grad' as a range of matches, compared trimmed and case-insensitively", () => {
    const value = answerShare(column(effect), [["I høj grad"], ["I nogen grad"]]);
    expect(value).toBe(3 / 6);
    expect(value).toBe(share(effect, ["I høj grad", "I nogen grad"]).share);
    expect(answerShare(column(effect), [["I høj grad", "I nogen grad"]])).toBe(3 / 6);
  });

  test("seed 001 goal 4: 'Ved ikke' leaves the denominator only when uden says so", () => {
    expect(answerShare(column(effect), "I høj grad", "Ved ikke")).toBe(2 / 5);
    expect(answerShare(column(effect), "I høj grad")).toBe(2 / 6);
    expect(answerShare(column(effect), "I høj grad", [["Ved ikke"], [""]])).toBe(
      share(effect, ["I høj grad"], ["Ved ikke"]).share
    );
  });

  test("seed 000: Billund's 26.491 of 762.264 residents (one cell per resident, made from the seed's table) → 0,03475…", () => {
    const key = keyFromCsv("fordeling-sydjylland-2020.csv", "population");
    const residents: unknown[][] = [];
    for (const row of key.rows) for (let i = 0; i < row.population; i++) residents.push([row.name]);
    expect(residents).toHaveLength(762264);
    const billund = answerShare(residents, "Billund") as number;
    expect(billund).toBeCloseTo(26491 / 762264, 15);
    expect(billund).toBeCloseTo(0.034753, 6);
    // The seed prints 3,47 %; the populations give 3,48 % (docs/fordeling.md, audit of seed 000).
    expect((billund * 100).toFixed(2)).toBe("3.48");
  });

  test("numbers and booleans match as the pane compares them", () => {
    expect(answerShare([[10], [9], ["10"], [""]], 10)).toBe(2 / 3);
    expect(answerShare([[true], [false], [true]], true)).toBe(2 / 3);
  });

  test("an empty match, or an answer both in match and uden, is #VALUE!", () => {
    expectFailure(answerShare(column(effect), ""), "invalidValue", /^match er tom/);
    expectFailure(answerShare(column(effect), null), "invalidValue", /^match er tom/);
    expectFailure(
      answerShare(column(effect), "Ved ikke", " ved IKKE"),
      "invalidValue",
      "'Ved ikke' står både i match og uden: et svar kan ikke både tælle med og være udeladt"
    );
  });

  test("no answers is #NUM!; answers that all left the denominator is #DIV/0!", () => {
    expectFailure(answerShare([[""], [""]], "Ja"), "invalidNumber");
    expectFailure(
      answerShare([["Ved ikke"], ["Ved ikke"], [""]], "Ja", "Ved ikke"),
      "divisionByZero"
    );
  });
});

describe("KKR.OPFYLDELSE = the tier rule of the goal table", () => {
  test("NPS 72 against 60 / 50 → 1; 55 → 0,5; 45 → 0; exactly 60 → 1", () => {
    expect(fulfilment(72, 60, 50)).toBe(1);
    expect(fulfilment(55, 60, 50)).toBe(0.5);
    expect(fulfilment(45, 60, 50)).toBe(0);
    expect(fulfilment(60, 60, 50)).toBe(1);
    expect(fulfilment(50, 60, 50)).toBe(0.5);
    expect(fulfilment(59, 60)).toBe(0);
  });

  test("the same evaluation and explanation as a row of a goal table in the pane", () => {
    const goals = rawTable(
      "Mål",
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %"],
      [["1", "Tilfredshed", 72, 60, 50]]
    );
    const pane = evaluateContract([goals]).rows[0];
    const detail = fulfilmentDetail(72, 60, 50);
    if (isFailure(detail)) throw new Error(detail.message);
    expect(detail.fulfilment).toBe(pane.fulfilment);
    expect(detail.explanation).toBe("72 ≥ 60 → 100 %");
    expect(pane.explanation).toContain("72 ≥ 60 → 100 %");
  });

  test("højst (lower is better): 8 against 10 / 12 → 1, 11 → 0,5, 13 → 0; ≤, hoejst and 'at most' too", () => {
    expect(fulfilment(8, 10, 12, "højst")).toBe(1);
    expect(fulfilment(11, 10, 12, "højst")).toBe(0.5);
    expect(fulfilment(13, 10, 12, "højst")).toBe(0);
    expect(fulfilment(11, 10, 12, "≤")).toBe(0.5);
    expect(fulfilment(11, 10, 12, "hoejst")).toBe(0.5);
    expect(fulfilment(11, 10, 12, "at most")).toBe(0.5);
    // The direction decides the tier order: 10 for 100 % and 12 for 50 % only make sense when lower is better.
    expectFailure(
      fulfilment(11, 10, 12, "mindst"),
      "invalidValue",
      "mål50: tærsklen for 50 % (12) er højere end tærsklen for 100 % (10)"
    );
    expect(fulfilment(72, 60, 50, "")).toBe(1);
  });

  test("thresholds compare with the core's tolerance: 0,3 and 0,1 + 0,2 (0,30000000000000004) meet each other", () => {
    expect(fulfilment(0.3, 0.1 + 0.2)).toBe(1);
    expect(fulfilment(0.1 + 0.2, 0.3, null, "højst")).toBe(1);
  });

  test("Danish text and percentages are read as in the goal table", () => {
    expect(fulfilment("72,5", "72")).toBe(1);
    expect(fulfilment("82 %", "80 %")).toBe(1);
    expect(fulfilment(0.82, "80 %")).toBe(1);
    expect(fulfilment(0.75, "80 %", "70 %")).toBe(0.5);
  });

  test("a blank result or 'Afventer' awaits data: #N/A", () => {
    expectFailure(fulfilment("", 60, 50), "notAvailable", /afventer data/);
    expectFailure(fulfilment(null, 60), "notAvailable");
    expectFailure(fulfilment("Afventer", 60), "notAvailable");
  });

  test("bad arguments are #VALUE! naming the argument", () => {
    expectFailure(fulfilment(72, "", 50), "invalidValue", /^mål100 mangler/);
    expectFailure(fulfilment(72, "abc"), "invalidValue", "mål100: 'abc' er ikke et tal");
    expectFailure(
      fulfilment(72, "16.5"),
      "invalidValue",
      "mål100: '16.5' er ikke et tal: brug komma som decimaltegn (16,5)"
    );
    expectFailure(
      fulfilment(72, 50, 60),
      "invalidValue",
      "mål50: tærsklen for 50 % (60) er højere end tærsklen for 100 % (50)"
    );
    expectFailure(
      fulfilment(72, 60, 50, "opad"),
      "invalidValue",
      "retning: ukendt retning 'opad' (skriv 'mindst' eller 'højst')"
    );
    expectFailure(
      fulfilment("ja", 60),
      "invalidValue",
      "resultat: resultatet 'ja' passer ikke til reglen trin"
    );
    expectFailure(
      fulfilment("82 %", 80),
      "invalidValue",
      /^resultat: resultatet 82 % kan ikke sammenlignes med tærsklen 80/
    );
    expectFailure(
      fulfilment([[72], [55]], 60),
      "invalidValue",
      "resultat skal være én celle, ikke et område"
    );
  });
});

describe("KKR.NYE = the core's newShare()", () => {
  test("seed 001 goal 1: distinct CVR numbers this year not advised last year; numbers, spaces and DK prefixes agree", () => {
    const thisYear = [12345678, "DK 87654321", "11111111", "12345678", "22222222", ""];
    const lastYear = ["87654321", 33333333];
    // Four distinct companies this year (12345678 twice); 87654321 was advised last year: 3 of 4 are new.
    expect(newCompanyShare(column(thisYear), column(lastYear))).toBe(3 / 4);
    expect(newCompanyShare(column(thisYear), column(lastYear))).toBe(
      newShare(thisYear, lastYear).share
    );
  });

  test("an empty list for last year makes every company new", () => {
    expect(newCompanyShare([["1"], ["2"]], [[""]])).toBe(1);
  });

  test("no CVR numbers this year is #NUM!", () => {
    expectFailure(newCompanyShare([[""]], [["12345678"]]), "invalidNumber");
  });
});

describe("KKR.FORDEL = the core's allocate()", () => {
  const sydjylland = keyFromCsv("fordeling-sydjylland-2020.csv", "population");
  const populations = column(sydjylland.rows.map((r) => r.population));

  test("seed 000: 16.500.000 kr. by the 13 populations in units of 1.000 kr. adds up exactly to 16.500.000", () => {
    const amounts = allocateAmounts(16500000, populations, 1000) as number[][];
    expect(amounts).toHaveLength(13);
    expect(sum(amounts)).toBe(16500000);
    const core = allocate(sydjylland, { total: 16500000, unit: 1000 });
    if (!core.ok) throw new Error("core refused the seed key");
    expect(amounts.map((a) => a[0])).toEqual(core.allocation.rows.map((r) => r.amount));
    for (const [i, [amount]] of amounts.entries()) {
      expect(amount % 1000).toBe(0);
      expect(Math.abs(amount - (16500000 * sydjylland.rows[i].population) / 762264)).toBeLessThan(
        1000
      );
    }
    expect(amounts[0][0]).toBe(573000); // Billund
    expect(amounts[1][0]).toBe(2512000); // Esbjerg
  });

  test("the legacy method ('afrund hver') does not guarantee the total: seed 003's story, a month of 1.375.000 kr.", () => {
    // Yearly in thousands the legacy rounding happens to hit the total for these populations …
    expect(sum(allocateAmounts(16500000, populations, 1000, "afrund hver") as number[][])).toBe(
      16500000
    );
    // … but not the monthly amount (16.500.000 / 12), which is how seed 003's table lost 12.000 kr. a year,
    expect(sum(allocateAmounts(16500000 / 12, populations, 1000) as number[][])).toBe(1375000);
    expect(
      sum(allocateAmounts(16500000 / 12, populations, 1000, "afrund hver") as number[][])
    ).toBe(1376000);
    // nor the year in units of 10.000 kr.
    expect(sum(allocateAmounts(16500000, populations, 10000, "round-each") as number[][])).toBe(
      16510000
    );
    expect(sum(allocateAmounts(16500000, populations, 10000, "største rest") as number[][])).toBe(
      16500000
    );
  });

  test("seed 003 style: the printed amounts (1.000 kr.) as the key give 16.500.000, not the table's 16.488.000", () => {
    const nordjylland = keyFromCsv("fordeling-nordjylland-2019.csv", "amount");
    const printed = column(nordjylland.rows.map((r) => r.population / 100 / 1000));
    expect(sum(printed as number[][])).toBe(16488);
    const amounts = allocateAmounts(16500000, printed, 1000) as number[][];
    expect(sum(amounts)).toBe(16500000);
    expect(amounts[9][0]).toBe(5980000); // Aalborg
  });

  test("the result has the shape of indbyggere; Danish numeric text is read", () => {
    expect(allocateAmounts(100, [[2, 1, 1]])).toEqual([[50, 25, 25]]);
    expect(allocateAmounts("16.500.000", [["26.491"], [100]], "1.000")).toEqual([
      [16438000],
      [62000],
    ]);
  });

  test("ties (equal populations) give the leftover unit to the upper rows, also past row 9", () => {
    expect(allocateAmounts(100, [[1], [1], [1]])).toEqual([[34], [33], [33]]);
    const twelve = allocateAmounts(100, column(Array(12).fill(1))) as number[][];
    expect(twelve.map((a) => a[0])).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
  });

  test("bad arguments are #VALUE! with the reason", () => {
    expectFailure(allocateAmounts("", populations), "invalidValue", /^total mangler/);
    expectFailure(
      allocateAmounts("abc", populations),
      "invalidValue",
      "'abc' i total er ikke et tal"
    );
    expectFailure(
      allocateAmounts(-5, populations),
      "invalidValue",
      "totalen skal være over 0 kr. (er -5 kr.)"
    );
    expectFailure(
      allocateAmounts(16500001, populations, 1000),
      "invalidValue",
      "total 16.500.001 kr. kan ikke deles i hele enheder af 1.000 kr.: brug fx 16.500.000 kr. eller 16.501.000 kr., eller en mindre enhed"
    );
    expectFailure(
      allocateAmounts(16500000, populations, 0),
      "invalidValue",
      "afrundingsenheden skal være over 0 kr. (er 0 kr.)"
    );
    expectFailure(
      allocateAmounts(16500000, [
        [1, 2],
        [3, 4],
      ]),
      "invalidValue",
      /^indbyggere skal være én kolonne eller én række/
    );
    expectFailure(
      allocateAmounts(16500000, [[5], [""]]),
      "invalidValue",
      "indbyggere række 2 er tom: hver kommune skal have et indbyggertal"
    );
    expectFailure(
      allocateAmounts(16500000, [[5], [0]]),
      "invalidValue",
      /^'0' i indbyggere række 2 er ikke et indbyggertal/
    );
    expectFailure(
      allocateAmounts(16500000, [[5], [2.5]]),
      "invalidValue",
      /^'2,5' i indbyggere række 2 er ikke et indbyggertal/
    );
    expectFailure(
      allocateAmounts(16500000, [[5], ["fem"]]),
      "invalidValue",
      "'fem' i indbyggere række 2 er ikke et tal"
    );
    expectFailure(
      allocateAmounts(16500000, populations, 1000, "hamilton2"),
      "invalidValue",
      /^ukendt metode 'hamilton2'/
    );
  });

  test("a total row taken along is refused instead of doubling the key", () => {
    const withTotal = [...populations, [762264]];
    expectFailure(
      allocateAmounts(16500000, withTotal, 1000),
      "invalidValue",
      "indbyggere række 14 (762.264) er summen af de andre indbyggertal: tag I alt-rækken ud af området"
    );
  });

  test("no populations at all is #NUM!", () => {
    expectFailure(allocateAmounts(16500000, [[""], [""]]), "invalidNumber");
  });
});

describe("KKR.DÆKNING and KKR.LANDINDEKS = the core's computeSpread()", () => {
  // Nordjylland on 1 January 2021 and 2019 (kommuner.csv): all Landkommuner but Aalborg and Rebild.
  const P2021 = 590_439;
  const RURAL2021 = 590_439 - 219_487 - 30_518;
  const P2019 = 589_755;
  const RURAL2019 = 589_755 - 215_312 - 29_916;
  const list = column(["Aalborg Kommune", "0851", "Læsø", "Hjørring", "", "Rebild", "Viborg"]);

  test("coverage: 4 of Nordjylland's 11 (hub from the data: 5 of 6 known rows), names as people write them", () => {
    expect(coverageShare(SHIPPED_MUNICIPALITIES, list)).toBeCloseTo(4 / 11, 12);
    expect(coverageShare(SHIPPED_MUNICIPALITIES, list, 2)).toBeCloseTo(1 / 11, 12);
    expect(coverageShare(SHIPPED_MUNICIPALITIES, list, null, "Midtjylland")).toBeCloseTo(
      1 / 19,
      12
    );
  });

  test("rural index by hand: Læsø and Hjørring are 2 of the hub's 5 activities", () => {
    expect(ruralIndex(SHIPPED_MUNICIPALITIES, list, null, 2021)).toBeCloseTo(
      (2 / 5 / (RURAL2021 / P2021)) * 100,
      10
    );
    expect(ruralIndex(SHIPPED_MUNICIPALITIES, list, "Nordjylland", "2019")).toBeCloseTo(
      (2 / 5 / (RURAL2019 / P2019)) * 100,
      10
    );
    // land_by: the user's own classification per row wins (Rebild as land, Hjørring as by).
    const landBy = column(["by", "by", "land", "by", "", "land", ""]);
    const ruralOwn = RURAL2021 + 30_518 - 64_155;
    expect(ruralIndex(SHIPPED_MUNICIPALITIES, list, null, 2021, landBy)).toBeCloseTo(
      (2 / 5 / (ruralOwn / P2021)) * 100,
      10
    );
  });

  test("errors name the argument and row", () => {
    expectFailure(
      coverageShare(SHIPPED_MUNICIPALITIES, column(["Aalborg", "Aalborgg", "Oslo"])),
      "invalidValue",
      "kommuner række 2: 'Aalborgg' er ikke en kommune — mente du Aalborg? (og 1 fejl mere)"
    );
    expectFailure(
      coverageShare(SHIPPED_MUNICIPALITIES, list, null, "Nordjyland"),
      "invalidValue",
      /^hus: 'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland\?/
    );
    expectFailure(
      coverageShare(SHIPPED_MUNICIPALITIES, column(["Aalborg", "Viborg"])),
      "invalidValue",
      'kommunerne fordeler sig på flere Erhvervshuse (Nordjylland 1, Midtjylland 1): skriv huset, fx KKR.DÆKNING(kommuner; …; "Nordjylland")'
    );
    expectFailure(
      coverageShare(SHIPPED_MUNICIPALITIES, list, 0),
      "invalidValue",
      /^mindst skal være et helt antal/
    );
    expectFailure(coverageShare(SHIPPED_MUNICIPALITIES, column(["", ""])), "invalidNumber");
    expectFailure(
      ruralIndex(SHIPPED_MUNICIPALITIES, list, null, 2030),
      "invalidValue",
      /^år: der er ingen indbyggertal for 1. januar 2030/
    );
    expectFailure(
      ruralIndex(SHIPPED_MUNICIPALITIES, list, null, 2021, column(["land"])),
      "invalidValue",
      "land_by skal have lige så mange celler som kommuner (7), ikke 1"
    );
    expectFailure(
      ruralIndex(
        SHIPPED_MUNICIPALITIES,
        list,
        null,
        2021,
        column(["by", "by", "land", "by", "", "Måske", ""])
      ),
      "invalidValue",
      /^land_by række 6: 'Måske' er hverken land eller by/
    );
    expectFailure(
      ruralIndex(
        SHIPPED_MUNICIPALITIES,
        list,
        null,
        2021,
        column(["by", "land", "land", "by", "", "", ""])
      ),
      "invalidValue",
      "land_by række 2: Aalborg står både som by og som land (første gang i land_by række 1)"
    );
    expectFailure(
      ruralIndex(SHIPPED_MUNICIPALITIES, column(["Viborg"]), "Fyn", 2021),
      "invalidNumber",
      "ingen af kommunerne hører til Erhvervshus Fyn"
    );
  });
});
