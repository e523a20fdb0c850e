import {
  allocate,
  auditKey,
  csvToRawTable,
  keyFromTable,
  legacyRoundingCanGive,
  readKeyTable,
  type Allocation,
  type AllocationOptions,
  type KeyTable,
  type PopulationKey,
} from "../../src/core/allocate";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

// Seed 003, section 6: Erhvervshus Nordjylland's base grant 2019, amounts in 1,000 kr as printed.
const NORDJYLLAND_CSV = [
  "Kommune;Beløb (1.000 kr.)",
  "Morsø;576",
  "Thisted;1.224",
  "Brønderslev;1.020",
  "Frederikshavn;1.680",
  "Vesthimmerland;1.044",
  "Læsø;48",
  "Rebild;840",
  "Mariagerfjord;1.176",
  "Jammerbugt;1.080",
  "Aalborg;5.976",
  "Hjørring;1.824",
  "Nordjylland i alt;16.488",
].join("\r\n");
const NORDJYLLAND_STATED: Record<string, number> = {
  Morsø: 576_000,
  Thisted: 1_224_000,
  Brønderslev: 1_020_000,
  Frederikshavn: 1_680_000,
  Vesthimmerland: 1_044_000,
  Læsø: 48_000,
  Rebild: 840_000,
  Mariagerfjord: 1_176_000,
  Jammerbugt: 1_080_000,
  Aalborg: 5_976_000,
  Hjørring: 1_824_000,
};

// Seed 000, last page: Erhvervshus Sydjylland's 13 municipalities, population and share as printed.
const SYDJYLLAND_ROWS: [string, string, string][] = [
  ["Billund", "26.491", "3,47 %"],
  ["Esbjerg", "116.045", "15,23 %"],
  ["Fanø", "3.403", "0,45 %"],
  ["Fredericia", "51.158", "6,71 %"],
  ["Haderslev", "55.941", "7,33 %"],
  ["Kolding", "92.491", "12,14 %"],
  ["Middelfart", "38.122", "5,00 %"],
  ["Sønderborg", "74.684", "9,80 %"],
  ["Tønder", "37.727", "4,95 %"],
  ["Varde", "50.324", "6,60 %"],
  ["Vejen", "42.822", "5,62 %"],
  ["Vejle", "113.978", "14,96 %"],
  ["Aabenraa", "59.078", "7,75 %"],
];
const SYDJYLLAND_CSV = [
  "Kommune;Antal indbyggere;Andel",
  ...SYDJYLLAND_ROWS.map((r) => r.join(";")),
  "TOTAL;762.264;100,00%",
].join("\n");

function nordjylland(): KeyTable {
  return readKeyTable(csvToRawTable(NORDJYLLAND_CSV, "nordjylland.csv"));
}
function sydjylland(): KeyTable {
  return readKeyTable(csvToRawTable(SYDJYLLAND_CSV, "sydjylland.csv"));
}

function allocated(key: PopulationKey, options: AllocationOptions): Allocation {
  const outcome = allocate(key, options);
  if (!outcome.ok)
    throw new Error(outcome.errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`).join("\n"));
  return outcome.allocation;
}

const amountOf = (a: Allocation) => Object.fromEntries(a.rows.map((r) => [r.name, r.amount]));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("seed 003 (Nordjylland 2019): 16.500.000 kr. in 1.000-kr. units, monthly", () => {
  const table = nordjylland();
  const { key, errors } = keyFromTable(table, "amount");
  const monthly = { total: 16_500_000, unit: 1000, instalments: 12 } as const;

  test("the CSV reads 11 municipalities in 1.000 kr. and keeps 'Nordjylland i alt' as the total row", () => {
    expect(table.errors).toEqual([]);
    expect(errors).toEqual([]);
    expect(table.amountUnit).toBe(1000);
    expect(table.rows.map((r) => r.name)).toEqual(Object.keys(NORDJYLLAND_STATED));
    expect(table.rows.find((r) => r.name === "Aalborg")?.amount?.value).toBe(5_976_000);
    expect(table.totalRow).toMatchObject({
      name: "Nordjylland i alt",
      sheetRow: 13,
      amount: { value: 16_488_000 },
    });
  });

  test("largest remainder sums to exactly 16.500.000 kr.; every month to 1.375.000 kr.; every row is 12 equal instalments", () => {
    const a = allocated(key, monthly);
    expect(a.sum).toBe(16_500_000);
    expect(a.difference).toBe(0);
    expect(a.instalmentTotal).toBe(1_375_000);
    expect(sum(a.rows.map((r) => r.instalment))).toBe(1_375_000);
    for (const r of a.rows) {
      expect(r.amount).toBe(12 * r.instalment);
      expect(r.instalment % 1000).toBe(0);
    }
    expect(a.leftoverUnits).toBe(1);
  });

  test("keyed on the stated amounts, the 12.000 kr. the old table lost go to Aalborg, the largest remainder", () => {
    const a = allocated(key, monthly);
    expect(amountOf(a)).toEqual({ ...NORDJYLLAND_STATED, Aalborg: 5_988_000 });
    expect(a.sentence).toContain(
      "den 1 resterende enhed pr. rate er givet til kommunen med den største rest"
    );
    expect(a.sentence).toContain("Beløbene summer præcist til 16.500.000 kr.");
  });

  test("the legacy method (each monthly amount rounded to 1.000 kr., × 12) reproduces the stated amounts and loses 12.000 kr.", () => {
    const a = allocated(key, { ...monthly, method: "round-each" });
    expect(amountOf(a)).toEqual(NORDJYLLAND_STATED);
    expect(a.sum).toBe(16_488_000);
    expect(a.difference).toBe(-12_000);
    expect(a.sentence).toBe(
      "Metode: afrund hver (den gamle metode). Hver kommunes månedsrate er afrundet for sig til nærmeste 1.000 kr. (halve op) og ganget med 12. Beløbene summer til 16.488.000 kr.: 12.000 kr. mindre end totalen 16.500.000 kr."
    );
  });

  test("audit without populations: the 12.000 kr. gap, explained by monthly rounding (1.374 instead of 1.375 per month)", () => {
    const report = auditKey(table, { ...monthly, basis: "amount" });
    expect(report.findings.map((f) => [f.kind, f.severity, f.cell])).toEqual([
      ["amount-gap", "discrepancy", "B13"],
      ["instalment-rounding", "note", "B13"],
    ]);
    const [gap, rounding] = report.findings;
    expect(gap).toMatchObject({
      stated: 16_488_000,
      recomputed: 16_500_000,
      row: null,
      sheet: "nordjylland.csv",
    });
    expect(gap.message).toBe(
      "beløbene summer til 16.488.000 kr., 12.000 kr. mindre end totalen 16.500.000 kr."
    );
    expect(rounding).toMatchObject({ stated: 1374, recomputed: 1375 });
    expect(rounding.message).toContain("alle beløb er delelige med 12 × 1.000 kr. = 12.000 kr.");
    expect(rounding.message).toContain(
      "Raterne summer til 1.374 × 1.000 kr. i stedet for 1.375 × 1.000 kr., og 12 × 1.000 kr. = 12.000 kr. om året"
    );
    expect(report.summary).toBe(
      "Revision: 1 afvigelse, 1 forklaring. Beløbene summer til 16.488.000 kr., 12.000 kr. mindre end totalen; forskellen skyldes, at hver kommunes rate er afrundet for sig til hele 1.000 kr."
    );
  });

  test("audit with the legacy recomputation confirms it gives the stated amounts, and says the key is circular", () => {
    const legacy = allocated(key, { ...monthly, method: "round-each" });
    const report = auditKey(table, { ...monthly, basis: "amount" }, legacy);
    const reproduced = report.findings.find((f) => f.kind === "amounts-reproduced");
    expect(reproduced?.message).toContain("giver præcis de angivne beløb for alle 11 kommuner");
    expect(reproduced?.message).toContain("nøglen er her de angivne beløb selv");
    expect(report.findings.filter((f) => f.kind === "amount-mismatch")).toEqual([]);
  });

  test("audited as yearly amounts, the key is recognised as monthly instalments of 1.000 kr.", () => {
    const report = auditKey(table, { total: 16_500_000, basis: "amount" });
    expect(report.findings.map((f) => f.kind)).toEqual(["amount-gap", "instalment-hint"]);
    expect(report.findings[1].message).toContain(
      "nøglen ser ud til at være beregnet som månedsrater af hele 1.000 kr."
    );
  });

  test("some shares give exactly the stated monthly amounts (1.374 of 1.375); a 6-unit gap over 11 roundings could not", () => {
    const monthlyUnits = Object.values(NORDJYLLAND_STATED).map((v) => BigInt(v / 12_000));
    expect(monthlyUnits.reduce((a, b) => a + b, 0n)).toBe(1374n);
    expect(legacyRoundingCanGive(monthlyUnits, 1375n)).toBe(true);
    expect(legacyRoundingCanGive(monthlyUnits, 1374n + 6n)).toBe(false);
  });

  test("splitting by population needs the populations, which seed 003 does not give: the error names the table", () => {
    const { errors: e } = keyFromTable(table, "population");
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({
      sheet: "nordjylland.csv",
      cell: "A1",
      code: "missing-population-column",
    });
    // The core names no command-line flag (the pane shows this text); the command line adds "(--key amount)".
    expect(e[0].message).toContain("vælg at fordele efter de angivne beløb");
    expect(e[0].message).not.toContain("--");
  });
});

describe("seed 000 (Sydjylland 2020): 13 municipalities, 762.264 residents", () => {
  const table = sydjylland();
  const { key } = keyFromTable(table, "population");

  test("reads populations, stated shares with their printed precision, and the TOTAL row", () => {
    expect(table.errors).toEqual([]);
    expect(table.rows).toHaveLength(13);
    expect(table.rows[1]).toMatchObject({
      name: "Esbjerg",
      population: 116_045,
      share: { value: 0.1523, percent: true, decimals: 2, text: "15,23 %" },
      cells: { name: "A3", population: "B3", share: "C3" },
    });
    expect(table.totalRow).toMatchObject({
      name: "TOTAL",
      population: 762_264,
      share: { value: 1 },
    });
  });

  test("audit flags the five shares that do not follow from the populations, and the sum of 100,01 %", () => {
    const report = auditKey(table, {});
    const mismatches = report.findings.filter((f) => f.kind === "share-mismatch");
    expect(mismatches.map((f) => [f.row, f.cell, f.stated, f.recomputed])).toEqual([
      ["Billund", "C2", 0.0347, 0.0348],
      ["Esbjerg", "C3", 0.1523, 0.1522],
      ["Haderslev", "C6", 0.0733, 0.0734],
      ["Kolding", "C7", 0.1214, 0.1213],
      ["Vejle", "C13", 0.1496, 0.1495],
    ]);
    expect(mismatches[1].message).toBe(
      "Esbjerg: angivet andel 15,23 %, men 116.045 af 762.264 indbyggere er 15,2237 %, dvs. 15,22 %"
    );
    const total = report.findings.find((f) => f.kind === "share-sum");
    expect(total).toMatchObject({
      cell: "C15",
      stated: 1.0001,
      recomputed: 1,
      severity: "discrepancy",
    });
    expect(total?.message).toBe("de angivne andele summer til 100,01 %, ikke 100,00 %");
    expect(report.findings).toHaveLength(6); // the population total 762.264 is right
    expect(report.summary).toBe(
      "Revision: 6 afvigelser, 0 forklaringer. 5 af 13 andele følger ikke af indbyggertallene; andelene summer til 100,01 %."
    );
  });

  test("the eight other shares agree at two decimals (Middelfart 5,0012 % → 5,00 %, Fanø 0,4464 % → 0,45 %)", () => {
    const flagged = new Set(auditKey(table, {}).findings.map((f) => f.row));
    for (const name of [
      "Fanø",
      "Fredericia",
      "Middelfart",
      "Sønderborg",
      "Tønder",
      "Varde",
      "Vejen",
      "Aabenraa",
    ]) {
      expect(flagged.has(name)).toBe(false);
    }
  });

  test("a yearly split of 10.000.000 kr. in whole kroner sums exactly, shares at full precision", () => {
    const a = allocated(key, { total: 10_000_000 });
    expect(a.sum).toBe(10_000_000);
    const esbjerg = a.rows.find((r) => r.name === "Esbjerg");
    expect(esbjerg?.share).toBe(116_045 / 762_264);
    // 10.000.000 × 116.045 / 762.264 = 1.522.372,83 kr.: the remainder ,83 is among the largest, so 1.522.373 kr.
    expect(esbjerg?.exact).toBeCloseTo(1_522_372.83, 2);
    expect(esbjerg?.amount).toBe(1_522_373);
    expect(Math.abs((esbjerg?.amount ?? 0) - (esbjerg?.exact ?? 0))).toBeLessThan(1);
  });

  test("quarterly in 1.000 kr.: every quarter sums to 2.500.000 kr., every row is four equal instalments", () => {
    const a = allocated(key, { total: 10_000_000, unit: 1000, instalments: 4 });
    expect(sum(a.rows.map((r) => r.instalment))).toBe(2_500_000);
    expect(a.sum).toBe(10_000_000);
    for (const r of a.rows) expect(r.amount).toBe(4 * r.instalment);
    // The quarterly instalment is within one unit of its quota, so the yearly amount is within 4 units.
    for (const r of a.rows) expect(Math.abs(r.adjustment)).toBeLessThan(4 * 1000);
  });
});

describe("tie-break rule: larger population first, then name in Danish alphabetical order", () => {
  const key = (rows: [string, number][]): PopulationKey => ({
    rows: rows.map(([name, population]) => ({ name, population })),
  });

  test("equal populations: 100 kr. in three goes 34/33/33 and the extra krone goes to Billund, since Aabenraa sorts after Å", () => {
    const a = allocated(
      key([
        ["Aabenraa", 10],
        ["Vejle", 10],
        ["Billund", 10],
      ]),
      { total: 100 }
    );
    expect(amountOf(a)).toEqual({ Aabenraa: 33, Vejle: 33, Billund: 34 });
  });

  test("equal remainders, different populations: the larger population gets the unit, before the name is looked at", () => {
    // 6 kr. over 1 : 3 residents: quotas 1,5 and 4,5, both remainders ½; Læsø has more residents, Fanø the earlier name.
    const expected = { Fanø: 1, Læsø: 5 };
    expect(
      amountOf(
        allocated(
          key([
            ["Fanø", 1],
            ["Læsø", 3],
          ]),
          { total: 6 }
        )
      )
    ).toEqual(expected);
    expect(
      amountOf(
        allocated(
          key([
            ["Læsø", 3],
            ["Fanø", 1],
          ]),
          { total: 6 }
        )
      )
    ).toEqual(expected);
  });

  test("equal remainders and populations: the name in Danish order, so Fanø before Læsø", () => {
    // 5 kr. over 1 : 1 : 2: quotas 1,25 / 1,25 / 2,5 → one leftover krone, to Samsø's remainder of ½.
    expect(
      amountOf(
        allocated(
          key([
            ["Læsø", 1],
            ["Samsø", 2],
            ["Fanø", 1],
          ]),
          { total: 5 }
        )
      )
    ).toEqual({ Fanø: 1, Læsø: 1, Samsø: 3 });
    // 7 kr.: quotas 1,75 / 1,75 / 3,5 → floors 1 + 1 + 3, two krone left: Fanø and Læsø (¾ each) before Samsø (½).
    expect(
      amountOf(
        allocated(
          key([
            ["Læsø", 1],
            ["Samsø", 2],
            ["Fanø", 1],
          ]),
          { total: 7 }
        )
      )
    ).toEqual({ Fanø: 2, Læsø: 2, Samsø: 3 });
    // 2 kr. over 1 : 1 : 1: quotas ⅔ each, two krone left for three equal remainders: Fanø, Læsø, not Samsø.
    expect(
      amountOf(
        allocated(
          key([
            ["Samsø", 1],
            ["Læsø", 1],
            ["Fanø", 1],
          ]),
          { total: 2 }
        )
      )
    ).toEqual({ Fanø: 1, Læsø: 1, Samsø: 0 });
  });
});

describe("fixed part before the population part", () => {
  test("an equal fixed part of 300.000 kr. among three, the rest by population", () => {
    const a = allocated(
      {
        rows: [
          { name: "A", population: 1 },
          { name: "B", population: 1 },
          { name: "C", population: 2 },
        ],
      },
      { total: 1_300_000, fixedTotal: 300_000 }
    );
    expect(amountOf(a)).toEqual({ A: 350_000, B: 350_000, C: 600_000 });
    expect(a.rows[0].fixed).toBe(100_000);
    expect(a.fixedTotal).toBe(300_000);
  });

  test("a fixed amount per municipality from a 'Fast beløb (1.000 kr.)' column", () => {
    const table = readKeyTable(
      rawTable(
        "Nøgle",
        ["Kommune", "Indbyggere", "Fast beløb (1.000 kr.)"],
        [
          ["Læsø", "1.800", "100"],
          ["Aalborg", "214.000", "0"],
        ]
      )
    );
    const { key } = keyFromTable(table, "population");
    const a = allocated(key, { total: 1_000_000 });
    // 100.000 kr. to Læsø first, then 900.000 kr. by 1.800 : 214.000.
    expect(a.fixedTotal).toBe(100_000);
    expect(a.sum).toBe(1_000_000);
    expect(a.rows[0].amount).toBe(100_000 + Math.round((900_000 * 1800) / 215_800));
  });

  test("the fixed amounts may not exceed the total, nor be given both ways", () => {
    const rows = [
      { name: "A", population: 1, fixed: 600 },
      { name: "B", population: 1, fixed: 600 },
    ];
    expect(allocate({ rows }, { total: 1000 })).toMatchObject({
      ok: false,
      errors: [{ code: "fixed-exceeds-total" }],
    });
    expect(allocate({ rows }, { total: 2000, fixedTotal: 10 })).toMatchObject({
      ok: false,
      errors: [{ code: "fixed-twice" }],
    });
  });
});

describe("errors are Danish and name the cell", () => {
  const table = (rows: RawCell[][]) =>
    readKeyTable(
      csvToRawTable(["Kommune;Indbyggere", ...rows.map((r) => r.join(";"))].join("\n"), "nøgle.csv")
    );

  test("seed 003: 16.500.001 kr. is not a multiple of 1.000 kr. × 12 and the error says what would be", () => {
    const { key } = keyFromTable(nordjylland(), "amount");
    const outcome = allocate(key, {
      total: 16_500_001,
      unit: 1000,
      instalments: 12,
      totalPlace: { sheet: "Nøgle", cell: "F2" },
    });
    expect(outcome).toMatchObject({
      ok: false,
      errors: [{ sheet: "Nøgle", cell: "F2", code: "total-not-multiple" }],
    });
    if (!outcome.ok)
      expect(outcome.errors[0].message).toBe(
        "totalen 16.500.001 kr. kan ikke deles i 12 månedsrater af hele 1.000 kr.: den skal være et multiplum af 12.000 kr. (fx 16.500.000 kr. eller 16.512.000 kr.)"
      );
  });

  test("zero, negative and fractional populations", () => {
    const { key } = keyFromTable(
      table([
        ["Fanø", "0"],
        ["Læsø", "-5"],
        ["Samsø", "3,5"],
      ]),
      "population"
    );
    const outcome = allocate(key, { total: 100 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.errors.map((e) => [e.sheet, e.cell, e.code])).toEqual([
        ["nøgle.csv", "B2", "population-not-positive"],
        ["nøgle.csv", "B3", "population-not-positive"],
        ["nøgle.csv", "B4", "population-not-integer"],
      ]);
  });

  test("a missing population and an unreadable one", () => {
    const t = table([
      ["Fanø", ""],
      ["Læsø", "ca. 1800"],
      ["Samsø", "3.700"],
    ]);
    expect(t.errors.map((e) => [e.cell, e.message])).toEqual([["B3", "'ca. 1800' er ikke et tal"]]);
    const { errors } = keyFromTable(t, "population");
    expect(errors.map((e) => [e.cell, e.message])).toEqual([
      ["B2", "Fanø mangler et indbyggertal"],
      ["B3", "Læsø mangler et indbyggertal"],
    ]);
  });

  test("a municipality twice", () => {
    const { key } = keyFromTable(
      table([
        ["Vejle", "113.978"],
        ["Fanø", "3.403"],
        ["vejle ", "113.978"],
      ]),
      "population"
    );
    const outcome = allocate(key, { total: 100 });
    expect(outcome).toMatchObject({
      ok: false,
      errors: [
        { cell: "A4", code: "duplicate-name", message: "vejle står to gange (også i række 2)" },
      ],
    });
  });

  test("an empty table: the error points at its header", () => {
    const { key } = keyFromTable(table([]), "population");
    expect(allocate(key, { total: 100 })).toMatchObject({
      ok: false,
      errors: [
        {
          sheet: "nøgle.csv",
          cell: "A1",
          code: "empty-key",
          message: "fordelingstabellen er tom: der er ingen kommuner under overskriftsrækken",
        },
      ],
    });
  });

  test("a total of zero, and a total with fractions of an øre", () => {
    const key = { rows: [{ name: "A", population: 1 }] };
    expect(allocate(key, { total: 0 })).toMatchObject({
      ok: false,
      errors: [{ code: "total-not-positive" }],
    });
    expect(allocate(key, { total: 10.005 })).toMatchObject({
      ok: false,
      errors: [{ code: "not-whole-oere" }],
    });
  });

  test("English messages for Office in English", () => {
    const outcome = allocate({ rows: [] }, { total: 100, locale: "en" });
    expect(outcome).toMatchObject({
      ok: false,
      errors: [
        {
          message:
            "the allocation table is empty: there are no municipalities below the header row",
        },
      ],
    });
  });
});

describe("reading keys from sheets and CSV files", () => {
  test("a workbook share column formatted as percent keeps its printed decimals", () => {
    const t = readKeyTable(
      rawTable(
        "Nøgle",
        ["Kommune", "Folketal 1. jan. 2020", "Andel"],
        [["Billund", 26491, 0.0347]],
        { formats: { Andel: "0.00%" } }
      )
    );
    expect(t.rows[0]).toMatchObject({
      population: 26491,
      share: { value: 0.0347, percent: true, decimals: 2 },
    });
  });

  test("a share header in percent reads '3,47' as 3,47 %", () => {
    const t = readKeyTable(
      rawTable("Nøgle", ["Kommune", "Indbyggere", "Andel (%)"], [["Billund", "26.491", "3,47"]])
    );
    expect(t.rows[0].share).toMatchObject({ value: 0.0347, percent: true, decimals: 2 });
  });

  test("the bare header '1.000 kr.' of seed 003 is the amount column, in thousands", () => {
    const t = readKeyTable(rawTable("Økonomi", ["Kommune", "1.000 kr."], [["Læsø", "48"]]));
    expect(t.amountUnit).toBe(1000);
    expect(t.rows[0].amount).toMatchObject({ value: 48_000, precision: 1000 });
  });

  test("a comma-separated CSV with BOM, quoted decimal commas and a title line above the header", () => {
    const raw = csvToRawTable(
      '\uFEFF\r\nKommune,Indbyggere,Andel\r\n"Billund","26.491","3,47 %"\r\n',
      "eksport.csv"
    );
    expect(raw.headerRowIndex).toBe(1);
    const t = readKeyTable(raw);
    expect(t.rows[0]).toMatchObject({
      name: "Billund",
      population: 26491,
      cells: { name: "A3", share: "C3" },
    });
  });

  test("the sample files in assets/ read without errors", async () => {
    const { readFileSync } = await import("node:fs");
    for (const [file, rows] of [
      ["assets/fordeling-sydjylland-2020.csv", 13],
      ["assets/fordeling-nordjylland-2019.csv", 11],
    ] as const) {
      const t = readKeyTable(csvToRawTable(readFileSync(file, "utf8"), file));
      expect(t.errors).toEqual([]);
      expect(t.rows).toHaveLength(rows);
      expect(t.totalRow).toBeDefined();
    }
  });
});
