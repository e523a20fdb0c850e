// Reading a key table as a consultant writes one: the header words that name each column (Danish and English, with
// a unit or a date after them), the total row, shares and amounts as printed (their precision, "kr." and "DKK"
// around them, percent headers), and the errors that name their cell. Expectations follow the headers and figures a
// user types, worked out by hand; the mutation run over src/core/allocate/keyTable.ts found these unpinned.
import {
  amountUnitFromHeader,
  isTotalLabel,
  keyFromTable,
  looksLikeKeyTable,
  readKeyTable,
} from "../../src/core/allocate";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const read = (headers: string[], rows: RawCell[][], formats?: Record<string, string>) =>
  readKeyTable(rawTable("Nøgle", headers, rows, formats ? { formats } : {}));

describe("the header words that name each column", () => {
  const columns: [string, string[]][] = [
    [
      "fixed",
      ["Fast beløb", "Fast", "Fastdel", "Fixed", "Fixed amount", "Fixed part", "Grundbeløb"],
    ],
    [
      "share",
      [
        "Andel",
        "Share",
        "Andel pct",
        "Andel procent",
        "Procentandel",
        "Fordelingsnøgle",
        "Pct",
        "Procent",
        "Percent",
        "Andel (%)",
      ],
    ],
    [
      "population",
      [
        "Indbyggere",
        "Indbyggertal",
        "Antal indbyggere",
        "Folketal",
        "Befolkning",
        "Population",
        "Residents",
        "Inhabitants",
        // A date or note after the word: the population of that date.
        "Folketal 1. jan. 2018",
        "Indbyggere pr. 1/1-2020",
        "Indbyggertal 2019",
        "Befolkning 2020",
        "Population 2020",
      ],
    ],
    [
      "amount",
      [
        "Beløb",
        "Amount",
        "Bevilling",
        "Basisbevilling",
        "Betaling",
        "Opkrævning",
        "Fordeling",
        "Beløb (kr.)",
        "Beløb (DKK)",
        "Beløb i 1.000 kr.",
        "Beløb, t.kr.",
        "Beløb (mio. kr.)",
        // A bare unit is an amount column too (seed 003's "1.000 kr.").
        "Kr.",
        "DKK",
        "1.000 kr.",
      ],
    ],
  ];
  for (const [column, headers] of columns)
    test(`${column}: ${headers.join(" / ")}`, () => {
      for (const header of headers) {
        const t = read(["Kommune", header], [["Læsø", "1"]]);
        const named = Object.entries(t.headerCells)
          .filter(([, cell]) => cell === "B1")
          .map(([c]) => c);
        expect([header, named]).toEqual([header, [column]]);
      }
    });

  test("the municipality column: Kommune / Kommunenavn / Bopælskommune / Municipality / Navn / Name, here in column B", () => {
    for (const header of [
      "Kommune",
      "Kommunenavn",
      "Bopælskommune",
      "Municipality",
      "Navn",
      "Name",
    ]) {
      const t = read(["Indbyggere", header], [["1.800", "Læsø"]]);
      expect([header, t.headerCells.name, t.errors, t.rows.map((r) => r.name)]).toEqual([
        header,
        "B1",
        [],
        ["Læsø"],
      ]);
    }
  });

  test("a header that names nothing ('Bemærkning') is left alone", () => {
    const t = read(["Kommune", "Bemærkning"], [["Læsø", "ø i Kattegat"]]);
    expect(t.headerCells).toEqual({
      name: "A1",
      population: undefined,
      share: undefined,
      amount: undefined,
      fixed: undefined,
    });
  });

  test("the first of two population columns is used: Indbyggere (B), not Folketal (C); Fast in D is the fixed amount", () => {
    const t = read(["Kommune", "Indbyggere", "Folketal", "Fast"], [["Læsø", "1.800", "2", 5]]);
    expect(t.headerCells).toMatchObject({ name: "A1", population: "B1", fixed: "D1" });
    expect(keyFromTable(t, "population")).toEqual({
      key: {
        rows: [
          {
            name: "Læsø",
            population: 1800,
            fixed: 5,
            source: { sheet: "Nøgle", row: 2, name: "A2", population: "B2", fixed: "D2" },
          },
        ],
        source: { sheet: "Nøgle", cell: "A1" },
      },
      errors: [],
    });
  });

  test("without a municipality column the error points at A1, in Danish and English", () => {
    const t = read(["Indbyggere", "Beløb"], [["1", "2"]]);
    expect(t.errors).toEqual([
      {
        sheet: "Nøgle",
        cell: "A1",
        code: "missing-name-column",
        message: "kolonnen 'Kommune' mangler i fordelingstabellen",
      },
    ]);
    expect(t.rows).toEqual([]);
    const en = readKeyTable(rawTable("Nøgle", ["Indbyggere", "Beløb"], [["1", "2"]]), "en");
    expect(en.errors[0].message).toBe("the allocation table has no 'Kommune' column");
  });

  test("looksLikeKeyTable: a municipality column and a population or amount column", () => {
    expect(looksLikeKeyTable(["Kommune", "Indbyggere"])).toBe(true);
    expect(looksLikeKeyTable(["Kommune", "Folketal 2020"])).toBe(true);
    expect(looksLikeKeyTable(["Kommune", "Beløb"])).toBe(true);
    expect(looksLikeKeyTable(["Kommune", "Andel"])).toBe(false);
    expect(looksLikeKeyTable(["Indbyggere", "Beløb"])).toBe(false);
  });
});

describe("the unit of an amount column, from its header", () => {
  test.each([
    ["Beløb (mio. kr.)", 1_000_000],
    ["Beløb (millioner kr.)", 1_000_000],
    ["Beløb (1.000 kr.)", 1000],
    ["Beløb (1000 kr)", 1000],
    ["Beløb (1 000 kr.)", 1000],
    ["Beløb (1\u00a0000 kr.)", 1000],
    ["Beløb (t.kr.)", 1000],
    ["Beløb (t. kr.)", 1000],
    ["Beløb (tkr.)", 1000],
    ["Beløb i tusind kr.", 1000],
    ["Beløb (kr.)", 1],
    ["Beløb", 1],
  ])("%s → %d kr. per printed unit", (header, unit) => {
    expect(amountUnitFromHeader(header)).toBe(unit);
  });
});

describe("the total row", () => {
  test.each([
    "Nordjylland i alt",
    "I alt",
    "I  alt",
    " i alt ",
    "TOTAL",
    "Totalt",
    "Sum",
    "Samlet",
    "In total",
    "I alt:",
    "Samlet :",
  ])("'%s' is a total row", (name) => expect(isTotalLabel(name)).toBe(true));
  test.each(["Samsø", "Summa", "Totalkommune", "Vesthimmerland"])("'%s' is not", (name) =>
    expect(isTotalLabel(name)).toBe(false)
  );

  test("below a title (header in row 3): blank rows skipped, a row without a name is an error at its A cell, the first total row kept", () => {
    const t = readKeyTable(
      rawTable(
        "Nøgle",
        ["Kommune", "Indbyggere"],
        [
          ["", "1.000"],
          ["Læsø", "1.800"],
          [null, null],
          ["I alt", "4.000"],
          ["Total", "5"],
        ],
        { headerRowIndex: 2 }
      )
    );
    expect(t).toEqual({
      sheet: "Nøgle",
      headerCells: {
        name: "A3",
        population: "B3",
        share: undefined,
        amount: undefined,
        fixed: undefined,
      },
      amountUnit: 1,
      rows: [
        { name: "Læsø", sheetRow: 5, cells: { name: "A5", population: "B5" }, population: 1800 },
      ],
      errors: [
        {
          sheet: "Nøgle",
          cell: "A4",
          code: "missing-name",
          message: "rækken har tal, men intet kommunenavn",
        },
      ],
      totalRow: {
        name: "I alt",
        sheetRow: 7,
        cells: { name: "A7", population: "B7" },
        population: 4000,
      },
    });
  });
});

describe("shares as printed", () => {
  test("0 % and 100 % are shares; 120 % and −3 % are not; 'ca. 3' is no number", () => {
    const t = read(
      ["Kommune", "Andel"],
      [
        ["Fanø", "0,00 %"],
        ["Læsø", "100,00 %"],
        ["Samsø", "120 %"],
        ["Ærø", "-3 %"],
        ["Vejle", "ca. 3"],
      ]
    );
    expect(t.rows.map((r) => r.share)).toEqual([
      { value: 0, percent: true, decimals: 2, text: "0,00 %" },
      { value: 1, percent: true, decimals: 2, text: "100,00 %" },
      undefined,
      undefined,
      undefined,
    ]);
    expect(t.errors).toEqual([
      {
        sheet: "Nøgle",
        cell: "B4",
        code: "bad-share",
        message: "'120 %' er ikke en andel: skriv fx '3,47 %' eller '0,0347'",
      },
      {
        sheet: "Nøgle",
        cell: "B5",
        code: "bad-share",
        message: "'-3 %' er ikke en andel: skriv fx '3,47 %' eller '0,0347'",
      },
      { sheet: "Nøgle", cell: "B6", code: "not-a-number", message: "'ca. 3' er ikke et tal" },
    ]);
  });

  test("'12,14 %' is 0,1214 exactly (not 0,12140000000000001), as printed", () => {
    expect(read(["Kommune", "Andel"], [["Kolding", "12,14 %"]]).rows[0].share?.value).toBe(0.1214);
  });

  test("a number in a General cell keeps its own decimals: 0,0347 has 4; 1e-7 counts as 10", () => {
    const t = read(
      ["Kommune", "Andel"],
      [
        ["Billund", 0.0347],
        ["Fanø", 1e-7],
      ]
    );
    expect(t.rows.map((r) => r.share)).toEqual([
      { value: 0.0347, percent: false, decimals: 4, text: "0.0347" },
      { value: 1e-7, percent: false, decimals: 10, text: "1e-7" },
    ]);
  });

  test("a percent format with a quoted word, '0.0\" pct\"%', shows one decimal: 0,0347 is printed 3,5 %", () => {
    const t = read(["Kommune", "Andel"], [["Billund", 0.0347]], { Andel: '0.0" pct"%' });
    expect(t.rows[0].share).toMatchObject({ value: 0.035, percent: true, decimals: 1 });
  });

  test("under 'Procentandel', '3,47' means 3,47 %", () => {
    const t = read(["Kommune", "Procentandel"], [["Billund", "3,47"]]);
    expect(t.rows[0].share).toEqual({ value: 0.0347, percent: true, decimals: 2, text: "3,47" });
  });
});

describe("amounts as printed", () => {
  test("'kr.' and 'DKK' before or after the figure; øre decimals set the precision", () => {
    const t = read(
      ["Kommune", "Beløb"],
      [
        ["A", "kr. 1.250"],
        ["B", "1.250 kr."],
        ["C", "DKK 1.250"],
        ["D", "1.250 dkk"],
        ["E", "1.250 kr"],
        ["F", "1.250,50"],
        ["G", 1250.5],
        ["H", "ca. 1000"],
      ]
    );
    expect(t.rows.map((r) => r.amount)).toEqual([
      { value: 1250, precision: 1, text: "kr. 1.250" },
      { value: 1250, precision: 1, text: "1.250 kr." },
      { value: 1250, precision: 1, text: "DKK 1.250" },
      { value: 1250, precision: 1, text: "1.250 dkk" },
      { value: 1250, precision: 1, text: "1.250 kr" },
      // Two decimals: printed to the øre.
      { value: 1250.5, precision: 0.01, text: "1.250,50" },
      // A number 1250,5 from a sheet: one decimal, printed to 10 øre.
      { value: 1250.5, precision: 0.1, text: "1250.5" },
      undefined,
    ]);
    expect(t.errors).toEqual([
      { sheet: "Nøgle", cell: "B9", code: "not-a-number", message: "'ca. 1000' er ikke et tal" },
    ]);
  });

  test("in 1.000 kr.: '1,5' is 1.500 kr. printed to 100 kr.; the fixed column has its own unit (0,5 → 500 kr.)", () => {
    const t = read(
      ["Kommune", "Beløb (1.000 kr.)", "Fast beløb (1.000 kr.)"],
      [["Læsø", "1,5", "0,5"]]
    );
    expect(t.amountUnit).toBe(1000);
    expect(t.rows[0]).toEqual({
      name: "Læsø",
      sheetRow: 2,
      cells: { name: "A2", amount: "B2", fixed: "C2" },
      amount: { value: 1500, precision: 100, text: "1,5" },
      fixed: 500,
    });
  });
});

describe("the key to split by", () => {
  const t = read(
    ["Kommune", "Beløb", "Noter"],
    [
      ["Læsø", "250,50", null],
      ["Samsø", null, null],
      [null, null, "ingen kommune i denne række"],
    ]
  );

  test("by stated amounts, each weighs its øre (250,50 kr. → 25.050); a blank amount is an error at its cell", () => {
    expect(t.rows.map((r) => r.name)).toEqual(["Læsø", "Samsø"]);
    expect(keyFromTable(t, "amount")).toEqual({
      key: {
        rows: [
          {
            name: "Læsø",
            population: 25_050,
            fixed: undefined,
            source: { sheet: "Nøgle", row: 2, name: "A2", population: "B2", fixed: undefined },
          },
        ],
        source: { sheet: "Nøgle", cell: "A1" },
      },
      errors: [
        { sheet: "Nøgle", cell: "B3", code: "missing-amount", message: "Samsø mangler et beløb" },
      ],
    });
  });

  test("by population without a population column: the message says the table only has amounts (Danish, English)", () => {
    expect(keyFromTable(t, "population").errors).toEqual([
      {
        sheet: "Nøgle",
        cell: "A1",
        code: "missing-population-column",
        message:
          "kolonnen 'Indbyggere' mangler: tabellen har kun beløb. Tilføj indbyggertallene, eller vælg at fordele efter de angivne beløb",
      },
    ]);
    expect(keyFromTable(t, "population", "en").errors[0].message).toBe(
      "the 'Indbyggere' column is missing: the table only has amounts. Add the populations, or choose to split by the stated amounts"
    );
  });

  test("a table of shares only: no population column, no amount column", () => {
    const shares = read(["Kommune", "Andel"], [["Læsø", "1 %"]]);
    expect(keyFromTable(shares, "population").errors.map((e) => e.message)).toEqual([
      "kolonnen 'Indbyggere' mangler i fordelingstabellen",
    ]);
    expect(keyFromTable(shares, "amount").errors.map((e) => [e.cell, e.message])).toEqual([
      ["A1", "fordeling efter de angivne beløb kræver en kolonne 'Beløb'"],
    ]);
    expect(keyFromTable(shares, "amount", "en").errors[0].message).toBe(
      "splitting by the stated amounts needs a 'Beløb' column"
    );
  });
});

describe("numbers from a sheet, at the precision their format prints", () => {
  test("0,0347 in a '0%' cell is printed 3 %: the share is 0,03 at 0 decimals", () => {
    const t = read(["Kommune", "Andel"], [["Billund", 0.0347]], { Andel: "0%" });
    expect(t.rows[0].share).toEqual({ value: 0.03, percent: true, decimals: 0, text: "0.0347" });
  });
  test("3,47 under 'Andel (%)' is 3,47 %; '3,470 %' typed keeps its 3 decimals", () => {
    expect(read(["Kommune", "Andel (%)"], [["Billund", 3.47]]).rows[0].share).toEqual({
      value: 0.0347,
      percent: true,
      decimals: 2,
      text: "3.47",
    });
    expect(read(["Kommune", "Andel"], [["Billund", "3,470 %"]]).rows[0].share).toEqual({
      value: 0.0347,
      percent: true,
      decimals: 3,
      text: "3,470 %",
    });
  });
  test("1,5 in a 'Beløb (1.000 kr.)' column is 1.500 kr., printed to 100 kr.", () => {
    expect(read(["Kommune", "Beløb (1.000 kr.)"], [["Læsø", 1.5]]).rows[0].amount).toEqual({
      value: 1500,
      precision: 100,
      text: "1.5",
    });
  });
});
