// The split's method sentence and its errors, word for word in Danish and English, on small keys whose arithmetic is
// worked out by hand below: the sentence is what the pane and the memo print under the amounts, the errors are what
// the consultant reads next to the cell. The mutation run over src/core/allocate/allocate.ts found these unpinned.
import { allocate, type AllocationOptions, type PopulationKey } from "../../src/core/allocate";

const key = (rows: [string, number][]): PopulationKey => ({
  rows: rows.map(([name, population]) => ({ name, population })),
});
// 1 : 2 : 1 residents, so ¼, ½, ¼ of the total.
const LSF = key([
  ["Læsø", 1],
  ["Samsø", 2],
  ["Fanø", 1],
]);

function sentence(k: PopulationKey, options: AllocationOptions): string {
  const outcome = allocate(k, options);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join("\n"));
  return outcome.allocation.sentence;
}
function errors(k: PopulationKey, options: AllocationOptions) {
  const outcome = allocate(k, options);
  if (outcome.ok) throw new Error("expected errors");
  return outcome.errors.map((e) => [e.sheet, e.cell, e.code, e.message]);
}

describe("the method sentence: largest remainder", () => {
  test("1.000 kr.: 250 + 500 + 250, no unit left over", () => {
    expect(sentence(LSF, { total: 1000 })).toBe(
      "Metode: største rest (Hamilton). Hver kommunes årsbeløb er rundet ned til hele 1 kr., og der var ingen enheder tilbage. Ved lige rester går enheden først til det største indbyggertal, derefter efter navn i dansk alfabetisk orden. Beløbene summer præcist til 1.000 kr."
    );
    expect(sentence(LSF, { total: 1000, locale: "en" })).toBe(
      "Method: largest remainder (Hamilton). Each municipality's yearly amount is rounded down to whole DKK 1, and no units were left over. On equal remainders the unit goes to the larger population first, then by name in Danish alphabetical order. The amounts add up exactly to DKK 1,000."
    );
  });

  test("1.001 kr.: quotas 250,25 / 500,5 / 250,25 round down to 1.000, so 1 unit is left over", () => {
    expect(sentence(LSF, { total: 1001 })).toBe(
      "Metode: største rest (Hamilton). Hver kommunes årsbeløb er rundet ned til hele 1 kr., og den 1 resterende enhed er givet til kommunen med den største rest. Ved lige rester går enheden først til det største indbyggertal, derefter efter navn i dansk alfabetisk orden. Beløbene summer præcist til 1.001 kr."
    );
    expect(sentence(LSF, { total: 1001, locale: "en" })).toBe(
      "Method: largest remainder (Hamilton). Each municipality's yearly amount is rounded down to whole DKK 1, and the 1 remaining unit goes to the municipality with the largest remainder. On equal remainders the unit goes to the larger population first, then by name in Danish alphabetical order. The amounts add up exactly to DKK 1,001."
    );
  });

  test("1.003 kr.: quotas 250,75 / 501,5 / 250,75 round down to 1.001, so 2 units are left over", () => {
    expect(sentence(LSF, { total: 1003 })).toBe(
      "Metode: største rest (Hamilton). Hver kommunes årsbeløb er rundet ned til hele 1 kr., og de 2 resterende enheder er givet til de 2 kommuner med de største rester. Ved lige rester går enheden først til det største indbyggertal, derefter efter navn i dansk alfabetisk orden. Beløbene summer præcist til 1.003 kr."
    );
    expect(sentence(LSF, { total: 1003, locale: "en" })).toBe(
      "Method: largest remainder (Hamilton). Each municipality's yearly amount is rounded down to whole DKK 1, and the 2 remaining units go to the 2 municipalities with the largest remainders. On equal remainders the unit goes to the larger population first, then by name in Danish alphabetical order. The amounts add up exactly to DKK 1,003."
    );
  });

  test("quarterly 4.004 kr. = 4 × 1.001 kr.: the one leftover unit is per instalment", () => {
    expect(sentence(LSF, { total: 4004, instalments: 4 })).toBe(
      "Metode: største rest (Hamilton). Hver kommunes kvartalsrate er rundet ned til hele 1 kr., og den 1 resterende enhed pr. rate er givet til kommunen med den største rest. Ved lige rester går enheden først til det største indbyggertal, derefter efter navn i dansk alfabetisk orden. Beløbene summer præcist til 4.004 kr."
    );
    expect(sentence(LSF, { total: 4004, instalments: 4, locale: "en" })).toBe(
      "Method: largest remainder (Hamilton). Each municipality's quarterly instalment is rounded down to whole DKK 1, and the 1 remaining unit per instalment goes to the municipality with the largest remainder. On equal remainders the unit goes to the larger population first, then by name in Danish alphabetical order. The amounts add up exactly to DKK 4,004."
    );
  });

  test("a national split's first level speaks of hubs: 1 unit (4.004 kr.), 2 units (4.012 kr. = 4 × 1.003), none (4.000 kr.)", () => {
    const hubs = { instalments: 4, rowKind: "hubs" } as const;
    expect(sentence(LSF, { total: 4004, ...hubs })).toBe(
      "Metode: største rest (Hamilton). Hvert hus' kvartalsrate er rundet ned til hele 1 kr., og den 1 resterende enhed pr. rate er givet til huset med den største rest. Ved lige rester går enheden først til det største indbyggertal, derefter efter navn i dansk alfabetisk orden. Beløbene summer præcist til 4.004 kr."
    );
    expect(sentence(LSF, { total: 4012, ...hubs, locale: "en" })).toBe(
      "Method: largest remainder (Hamilton). Each hub's quarterly instalment is rounded down to whole DKK 1, and the 2 remaining units per instalment go to the 2 hubs with the largest remainders. On equal remainders the unit goes to the larger population first, then by name in Danish alphabetical order. The amounts add up exactly to DKK 4,012."
    );
    expect(sentence(LSF, { total: 4012, ...hubs })).toContain(
      "og de 2 resterende enheder pr. rate er givet til de 2 huse med de største rester."
    );
    expect(sentence(LSF, { total: 4004, ...hubs, locale: "en" })).toContain(
      "and the 1 remaining unit per instalment goes to the hub with the largest remainder."
    );
    expect(sentence(LSF, { total: 4000, ...hubs })).toContain(
      "Hvert hus' kvartalsrate er rundet ned til hele 1 kr., og der var ingen enheder tilbage."
    );
    expect(sentence(LSF, { total: 1200, instalments: 12, rowKind: "hubs" })).toContain(
      "Hvert hus' månedsrate er rundet ned"
    );
    expect(sentence(LSF, { total: 1200, rowKind: "hubs", locale: "en" })).toContain(
      "Each hub's yearly amount is rounded down"
    );
  });

  test("monthly: 'månedsrate' / 'monthly instalment'", () => {
    expect(sentence(LSF, { total: 1200, instalments: 12 })).toContain(
      "Hver kommunes månedsrate er rundet ned til hele 1 kr., og der var ingen enheder tilbage."
    );
    expect(sentence(LSF, { total: 1200, instalments: 12, locale: "en" })).toContain(
      "Each municipality's monthly instalment is rounded down to whole DKK 1, and no units were left over."
    );
  });
});

describe("the method sentence: round each (the legacy method)", () => {
  test("1.000 kr.: 250 + 500 + 250 happens to match", () => {
    expect(sentence(LSF, { total: 1000, method: "round-each" })).toBe(
      "Metode: afrund hver (den gamle metode). Hver kommunes årsbeløb er afrundet for sig til nærmeste 1 kr. (halve op). Beløbene summer til 1.000 kr.: det passer med totalen denne gang, men metoden sikrer det ikke."
    );
    expect(sentence(LSF, { total: 1000, method: "round-each", locale: "en" })).toBe(
      "Method: round each (the legacy method). Each municipality's yearly amount is rounded on its own to the nearest DKK 1 (halves up). The amounts add up to DKK 1,000: it matches the total this time, but the method does not guarantee it."
    );
  });

  test("1.002 kr.: 250,5 → 251, 501, 250,5 → 251 is 1.003 kr., 1 kr. more", () => {
    expect(sentence(LSF, { total: 1002, method: "round-each" })).toBe(
      "Metode: afrund hver (den gamle metode). Hver kommunes årsbeløb er afrundet for sig til nærmeste 1 kr. (halve op). Beløbene summer til 1.003 kr.: 1 kr. mere end totalen 1.002 kr."
    );
    expect(sentence(LSF, { total: 1002, method: "round-each", locale: "en" })).toBe(
      "Method: round each (the legacy method). Each municipality's yearly amount is rounded on its own to the nearest DKK 1 (halves up). The amounts add up to DKK 1,003: DKK 1 more than the total DKK 1,002."
    );
  });

  test("1.000 kr. in three equal parts: 333,33 → 333 three times is 999 kr., 1 kr. less", () => {
    const thirds = key([
      ["Læsø", 1],
      ["Samsø", 1],
      ["Fanø", 1],
    ]);
    expect(sentence(thirds, { total: 1000, method: "round-each" })).toContain(
      "Beløbene summer til 999 kr.: 1 kr. mindre end totalen 1.000 kr."
    );
    expect(sentence(thirds, { total: 1000, method: "round-each", locale: "en" })).toContain(
      "The amounts add up to DKK 999: DKK 1 less than the total DKK 1,000."
    );
  });

  test("monthly hubs, 12.024 kr.: each month 1.002 kr. rounds to 251 + 501 + 251 = 1.003 kr., × 12 = 12.036 kr.", () => {
    const o = { total: 12_024, instalments: 12, method: "round-each", rowKind: "hubs" } as const;
    expect(sentence(LSF, o)).toBe(
      "Metode: afrund hver (den gamle metode). Hvert hus' månedsrate er afrundet for sig til nærmeste 1 kr. (halve op) og ganget med 12. Beløbene summer til 12.036 kr.: 12 kr. mere end totalen 12.024 kr."
    );
    expect(sentence(LSF, { ...o, locale: "en" })).toBe(
      "Method: round each (the legacy method). Each hub's monthly instalment is rounded on its own to the nearest DKK 1 (halves up) and multiplied by 12. The amounts add up to DKK 12,036: DKK 12 more than the total DKK 12,024."
    );
  });

  test("quarterly 4.004 kr.: '× 4' / 'og ganget med 4'", () => {
    expect(sentence(LSF, { total: 4004, instalments: 4, method: "round-each" })).toContain(
      "Hver kommunes kvartalsrate er afrundet for sig til nærmeste 1 kr. (halve op) og ganget med 4."
    );
    expect(
      sentence(LSF, { total: 4004, instalments: 4, method: "round-each", locale: "en" })
    ).toContain(
      "Each municipality's quarterly instalment is rounded on its own to the nearest DKK 1 (halves up) and multiplied by 4."
    );
  });
});

describe("every figure of a row: 1.200 kr., 100 kr. of it fixed, quarterly in 100-kr. units, over 1 : 2", () => {
  // Fixed 100 kr. split equally: 50 each. The other 1.100 kr. by 1 : 2: 366,67 and 733,33, so the exact yearly
  // quotas are 416,67 and 783,33 kr. Per quarter in 100-kr. units: 1,0417 and 1,9583 of the 3 units (300 kr.);
  // both round down to 1, and the leftover unit goes to Samsø's larger remainder ,9583: 100 and 200 kr. a quarter.
  test("largest remainder: 400 and 800 kr., 16,67 kr. taken from Læsø and given to Samsø", () => {
    const outcome = allocate(
      key([
        ["Læsø", 1],
        ["Samsø", 2],
      ]),
      { total: 1200, fixedTotal: 100, unit: 100, instalments: 4 }
    );
    if (!outcome.ok) throw new Error("allocation failed");
    const a = outcome.allocation;
    expect({ ...a, sentence: undefined, rows: undefined }).toEqual({
      total: 1200,
      unit: 100,
      instalments: 4,
      method: "largest-remainder",
      fixedTotal: 100,
      sum: 1200,
      difference: 0,
      instalmentTotal: 300,
      instalmentSum: 300,
      leftoverUnits: 1,
      sentence: undefined,
      rows: undefined,
    });
    expect(a.rows.map((r) => [r.name, r.population, r.fixed, r.amount, r.instalment])).toEqual([
      ["Læsø", 1, 50, 400, 100],
      ["Samsø", 2, 50, 800, 200],
    ]);
    expect(a.rows[0].share).toBeCloseTo(1 / 3, 12);
    expect(a.rows[1].share).toBeCloseTo(2 / 3, 12);
    expect(a.rows[0].exact).toBeCloseTo(416.6667, 4);
    expect(a.rows[1].exact).toBeCloseTo(783.3333, 4);
    expect(a.rows[0].adjustment).toBeCloseTo(-16.6667, 4);
    expect(a.rows[1].adjustment).toBeCloseTo(16.6667, 4);
  });
});

describe("errors, word for word, at their cells", () => {
  const src = (row: number) => ({
    sheet: "Nøgle",
    row,
    name: `A${row}`,
    population: `B${row}`,
    fixed: `C${row}`,
  });

  test("populations 0, −5, 3,5 and 2^53 (too large to be exact): each at its B cell, in English", () => {
    const k: PopulationKey = {
      rows: [
        { name: "Fanø", population: 0, source: src(2) },
        { name: "Læsø", population: -5, source: src(3) },
        { name: "Samsø", population: 3.5, source: src(4) },
        { name: "Ærø", population: 2 ** 53 },
      ],
    };
    expect(errors(k, { total: 100, locale: "en" })).toEqual([
      [
        "Nøgle",
        "B2",
        "population-not-positive",
        "the population of Fanø must be above 0 (it is 0)",
      ],
      [
        "Nøgle",
        "B3",
        "population-not-positive",
        "the population of Læsø must be above 0 (it is -5)",
      ],
      [
        "Nøgle",
        "B4",
        "population-not-integer",
        "the population of Samsø must be a whole number (it is 3,5)",
      ],
      // No source: the error has no cell.
      [
        "",
        "",
        "population-not-integer",
        "the population of Ærø must be a whole number (it is 9.007.199.254.740.992)",
      ],
    ]);
  });

  test("a negative fixed amount, one with øre fractions, a row without a name, a name twice", () => {
    const k: PopulationKey = {
      rows: [
        { name: "Fanø", population: 1, fixed: -1, source: src(2) },
        { name: "Læsø", population: 1, fixed: 10.005, source: src(3) },
        { name: " ", population: 1, source: src(4) },
        { name: "fanø ", population: 1 },
      ],
    };
    expect(errors(k, { total: 100 })).toEqual([
      ["Nøgle", "C2", "fixed-negative", "det faste beløb for Fanø må ikke være negativt (står -1)"],
      ["Nøgle", "C3", "not-whole-oere", "'10,005' har mere end to decimaler i kroner"],
      ["Nøgle", "A4", "missing-name", "rækken har tal, men intet kommunenavn"],
      ["", "", "duplicate-name", "fanø står to gange (også i række 2)"],
    ]);
  });

  test("without a fixed column the fixed amount's error points at the population cell; a twin without a row says '?'", () => {
    const k: PopulationKey = {
      rows: [
        {
          name: "Fanø",
          population: 1,
          fixed: -1,
          source: { sheet: "Nøgle", row: 2, name: "A2", population: "B2" },
        },
        { name: "Læsø", population: 1 },
        { name: "Læsø", population: 1 },
      ],
    };
    expect(errors(k, { total: 100, locale: "en" })).toEqual([
      [
        "Nøgle",
        "B2",
        "fixed-negative",
        "the fixed amount for Fanø must not be negative (it is -1)",
      ],
      ["", "", "duplicate-name", "Læsø appears twice (also in row ?)"],
    ]);
  });

  test("a unit or a shared fixed amount with øre fractions", () => {
    expect(errors(key([["A", 1]]), { total: 100, unit: 0.005 })).toEqual([
      ["", "", "not-whole-oere", "'0,005' har mere end to decimaler i kroner"],
    ]);
    expect(errors(key([["A", 1]]), { total: 100, fixedTotal: 0.001, locale: "en" })).toEqual([
      ["", "", "not-whole-oere", "'0,001' has more than two decimals in kroner"],
    ]);
  });

  test("a total or unit not above 0 kr.", () => {
    expect(errors(key([["A", 1]]), { total: -100 })).toEqual([
      ["", "", "total-not-positive", "totalen skal være over 0 kr. (er -100 kr.)"],
    ]);
    expect(errors(key([["A", 1]]), { total: 100, unit: -1 })).toEqual([
      ["", "", "unit-not-positive", "afrundingsenheden skal være over 0 kr. (er -1 kr.)"],
    ]);
    expect(errors(key([["A", 1]]), { total: 0, unit: 0, locale: "en" })).toEqual([
      ["", "", "total-not-positive", "the total must be above DKK 0 (it is DKK 0)"],
      ["", "", "unit-not-positive", "the rounding unit must be above DKK 0 (it is DKK 0)"],
    ]);
  });

  test("a total that is no multiple of unit × instalments names the two nearest that are", () => {
    // 100 kr. in 7-kr. units: 98 = 14 × 7 below, 105 above.
    expect(
      errors(key([["A", 1]]), { total: 100, unit: 7, totalPlace: { sheet: "Nøgle", cell: "F2" } })
    ).toEqual([
      [
        "Nøgle",
        "F2",
        "total-not-multiple",
        "totalen 100 kr. kan ikke deles i 1 årlige beløb af hele 7 kr.: den skal være et multiplum af 7 kr. (fx 98 kr. eller 105 kr.)",
      ],
    ]);
    // Quarterly: steps of 4 × 7 = 28 kr.; 84 = 3 × 28 below, 112 above.
    expect(errors(key([["A", 1]]), { total: 100, unit: 7, instalments: 4, locale: "en" })).toEqual([
      [
        "",
        "",
        "total-not-multiple",
        "the total DKK 100 cannot be split into 4 quarterly instalments of whole DKK 7: it must be a multiple of DKK 28 (e.g. DKK 84 or DKK 112)",
      ],
    ]);
  });

  test("fixed amounts over the total (600 + 600 > 1.000), at the total's cell; and fixed amounts given both ways", () => {
    const fixed = {
      rows: [
        { name: "A", population: 1, fixed: 600 },
        { name: "B", population: 1, fixed: 600 },
      ],
    };
    expect(errors(fixed, { total: 1000, totalPlace: { sheet: "Nøgle", cell: "F2" } })).toEqual([
      [
        "Nøgle",
        "F2",
        "fixed-exceeds-total",
        "de faste beløb (1.200 kr.) er større end totalen 1.000 kr.",
      ],
    ]);
    expect(errors(fixed, { total: 1000, locale: "en" })).toEqual([
      ["", "", "fixed-exceeds-total", "the fixed amounts (DKK 1,200) exceed the total DKK 1,000"],
    ]);
    // Exactly the total is allowed: 600 + 600 of 1.200 kr. leaves 0 kr. for the populations.
    expect(allocate(fixed, { total: 1200 }).ok).toBe(true);
    expect(errors(fixed, { total: 2000, fixedTotal: 1, locale: "en" })).toEqual([
      [
        "",
        "",
        "fixed-twice",
        "use either a fixed amount per municipality (the Fast beløb column) or one shared fixed amount, not both",
      ],
    ]);
  });

  test("an option that is not one: the setting's path is named", () => {
    const bad = errors(key([["A", 1]]), { total: 100, instalments: 5 as 1 });
    expect(bad.map(([, , code]) => code)).toEqual(["bad-option"]);
    expect(bad[0][3]).toMatch(/^ugyldig indstilling instalments: /);
    const row = errors({ rows: [{ name: "A" }] } as unknown as PopulationKey, {
      total: 1,
      locale: "en",
    });
    expect(row[0][3]).toMatch(/^invalid setting rows\.0\.population: /);
  });
});

describe("ties the Danish collation cannot break", () => {
  test("'Tårnby' typed with å and with a + ring (a Mac export) collate equal: code-point order decides, whatever the row order", () => {
    // 3 kr. over 1 : 1 is 1,5 each: both round down to 1, the 1 leftover krone goes by the tie rule. Equal
    // populations, and Danish collation treats the two spellings as the same name, so the code points decide:
    // "a" (U+0061) before "å" (U+00E5), so the decomposed spelling gets it.
    const composed = "T\u00e5rnby";
    const decomposed = "Ta\u030arnby";
    for (const rows of [
      [composed, decomposed],
      [decomposed, composed],
    ]) {
      const outcome = allocate(key(rows.map((name) => [name, 1] as [string, number])), {
        total: 3,
      });
      if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join());
      const amounts = Object.fromEntries(outcome.allocation.rows.map((r) => [r.name, r.amount]));
      expect(amounts).toEqual({ [composed]: 1, [decomposed]: 2 });
    }
  });
});
