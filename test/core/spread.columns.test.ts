// Which columns of an activity list and a rural/urban list the spread reads, and the year a list is from (src/core/
// spread/columns.ts), through computeSpread, readRuralTable, hasMunicipalityColumn and inferYear. Oracles: the headers
// the README names (Kommune, Bopælskommune …, "Kommune (bopæl)", a short header ending in "kommune"; a sentence above
// a table is no header), and Excel's serial dates: day 1 is 1 January 1900 and 2.958.465 is 31 December 9999, the last
// date Excel has (Microsoft Learn, "DATEVALUE function": "a range of 1 to 2958465").
import { computeSpread, hasMunicipalityColumn, inferYear, readRuralTable, type SpreadResult } from "../../src/core/spread";
import { yearColumnHeaders } from "../../src/core/spread/columns";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const list = (headers: string[], rows: RawCell[][], sheet = "CRM") => rawTable(sheet, headers, rows);
const NORD = { hub: "Nordjylland", year: 2021 };
function ok(outcome: ReturnType<typeof computeSpread>): SpreadResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
/** The municipalities with activities, and the rows read as outside the hub (by their value). */
const read = (r: SpreadResult) => ({
  with: r.municipalities.filter((m) => m.activities > 0).map((m) => `${m.name} ${m.activities}`),
  outside: r.outside.map((o) => `${o.cell} ${o.value}`),
});

describe("the municipality column, found by its header", () => {
  test("an exact name in the first column wins over a later column that merely starts with 'kommune'", () => {
    const t = list(["Municipality", "Kommune (bopæl)"], [["Aalborg", "Viborg"]]);
    expect(read(ok(computeSpread({ table: t }, DK, NORD)))).toEqual({ with: ["Aalborg 1"], outside: [] });
  });

  test("a short header starting with 'kommune' ('Kommune (bopæl)') or ending with it ('Firmaets kommune')", () => {
    const starts = list(["Dato", "Kommune (bopæl)"], [["2021-01-04", "Læsø"]]);
    expect(read(ok(computeSpread({ table: starts }, DK, NORD)))).toEqual({ with: ["Læsø 1"], outside: [] });
    const ends = list(["Dato", "Firmaets kommune"], [["2021-01-04", "Viborg"]]);
    expect(read(ok(computeSpread({ table: ends }, DK, NORD)))).toEqual({ with: [], outside: ["B2 Viborg"] });
  });

  test("up to 24 letters is a header; a longer one is a sentence, and then there is no municipality column", () => {
    // "kommuneforvirksomhedenxy": 24 letters once normalised.
    expect(hasMunicipalityColumn(list(["Kommune for virksomheden xy"], [["Aalborg"]]))).toBe(true);
    // 25 letters.
    const sentence = list(["Navn", "Kommune for virksomheden xyz"], [["A", "Aalborg"]]);
    expect(hasMunicipalityColumn(sentence)).toBe(false);
    expect(computeSpread({ table: sentence }, DK, NORD)).toEqual({
      ok: false,
      errors: [
        {
          sheet: "CRM",
          cell: "A1",
          code: "missing-municipality-column",
          message:
            "ingen kolonne med kommunen fundet: giv en kolonne med overskriften Kommune, eller vælg den " +
            "(overskrifter: Navn, Kommune for virksomheden xyz)",
        },
      ],
    });
  });

  test("a Kommune column in the first place counts; a list without one does not", () => {
    expect(hasMunicipalityColumn(list(["Kommune", "CVR"], [["Aalborg", "1"]]))).toBe(true);
    expect(hasMunicipalityColumn(list(["Navn", "CVR"], [["A", "1"]]))).toBe(false);
  });
});

describe("the land/by column of a rural/urban list", () => {
  test("'Type' in the first column, the municipality in the second, a third column beside them", () => {
    const t = list(["Type", "Kommune", "Noter"], [["Land", "Læsø", "ø"]], "Bilag");
    const { list: rural, errors } = readRuralTable(t, DK);
    expect(errors).toEqual([]);
    expect([...rural.entries.values()]).toEqual([{ rural: true, sheet: "Bilag", cell: "A2" }]);
  });

  test("no land/by header: the only other named column is it, an unnamed column left out", () => {
    const t = list(["Kommune", "", "Klasse"], [["Aalborg", "x", "By"]], "Bilag");
    const { list: rural, errors } = readRuralTable(t, DK);
    expect(errors).toEqual([]);
    expect([...rural.entries.values()]).toEqual([{ rural: false, sheet: "Bilag", cell: "C2" }]);
  });

  test("no land/by header and two other columns: which one is meant is unknown, an error at the Kommune header", () => {
    const t = list(["Noter", "Kommune", "Klasse"], [["x", "Aalborg", "By"]], "Bilag");
    expect(readRuralTable(t, DK)).toEqual({
      list: { entries: new Map() },
      errors: [
        {
          sheet: "Bilag",
          cell: "B1",
          code: "rural-missing-columns",
          message:
            "inddelingen i land og by skal have en kolonne med kommunen og en med land/by (overskrifter: Noter, Kommune, Klasse)",
        },
      ],
    });
  });
});

describe("the year of an activity list", () => {
  const year = (header: string, values: RawCell[]) =>
    inferYear(list(["Kommune", header], values.map((v) => ["Aalborg", v])));

  test("Excel's first and last serial dates: 1 is 1900, 2.958.465 is 9999; 0 and 2.958.466 are no dates", () => {
    expect(year("Dato", [1])).toEqual({ year: 1900, header: "Dato" });
    expect(year("Dato", [2_958_465])).toEqual({ year: 9999, header: "Dato" });
    expect(year("Dato", [0])).toBeUndefined();
    expect(year("Dato", [2_958_466])).toBeUndefined();
  });

  test("dates as text, spaces around them ignored; text around a date makes it no date", () => {
    expect(year("Dato", [" 2021-01-04 ", " 31.12.2021 "])).toEqual({ year: 2021, header: "Dato" });
    expect(year("Dato", ["uge 2021-01-04"])).toBeUndefined();
    expect(year("Dato", ["ca. 04-01-2021"])).toBeUndefined();
    expect(year("Dato", ["04-01-2021 kl. 10"])).toBeUndefined();
  });

  test("År: a whole number or four digits, spaces ignored; 2021,5, 'FY2021' and '2021/22' are no years", () => {
    expect(year("År", [" 2021 ", 2021])).toEqual({ year: 2021, header: "År" });
    expect(year("År", [2021.5])).toBeUndefined();
    expect(year("År", ["FY2021"])).toBeUndefined();
    expect(year("År", ["2021/22"])).toBeUndefined();
  });

  test("blank cells are skipped; an unreadable År column gives way to a readable Dato column", () => {
    expect(year("Dato", [44200, null, ""])).toEqual({ year: 2021, header: "Dato" });
    // 44200 is 4 January 2021 (day 1 = 1 January 1900, with Excel's 29 February 1900).
    const both = list(["År", "Kommune", "Dato"], [["ukendt", "Aalborg", 44200]]);
    expect(inferYear(both)).toEqual({ year: 2021, header: "Dato" });
  });

  test("a column named neither År nor Dato is not read for a year, even when it holds numbers", () => {
    expect(inferYear(list(["Kommune", "Antal"], [["Aalborg", 5]]))).toBeUndefined();
  });

  test("the headers the year is read from, for an adapter that reads only named columns", () => {
    expect(yearColumnHeaders(list(["Kommune", "År", "CVR", "Dato"], [["Aalborg", 2021, "1", 44200]]))).toEqual([
      "År",
      "Dato",
    ]);
  });
});
