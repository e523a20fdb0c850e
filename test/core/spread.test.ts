// The geographic spread's core on small activity lists written here, with the figures worked out by hand from
// DST's 1 January 2021 populations (kommuner.csv): Læsø 1.764, Aalborg 219.487, Fyn's Ærø 5.951 …
import {
  computeSpread,
  inferHub,
  inferYear,
  readLandBy,
  readRuralTable,
  spreadSummary,
  type SpreadResult,
} from "../../src/core/spread";
import type { RawTable } from "../../src/core/model";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import { rawTable } from "../helpers/tables";

function ok(outcome: ReturnType<typeof computeSpread>): SpreadResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const list = (headers: string[], rows: (string | number | null)[][], sheet = "CRM"): RawTable =>
  rawTable(sheet, headers, rows);

describe("computeSpread", () => {
  // Nordjylland 2021: P = 590.439; Aalborg 219.487, Læsø 1.764 (both from kommuner.csv).
  const table = list(
    ["Kommune", "CVR"],
    [
      ["Aalborg", "12345678"],
      ["aalborg kommune", "DK 12 34 56 78"],
      ["0851", "87654321"],
      ["Læsø", "11111111"],
      ["Viborg", "22222222"],
      [null, "33333333"],
      [null, null],
    ]
  );

  test("activities, distinct companies (CVR as written), per 10.000 and index by hand; rows outside apart", () => {
    const r = ok(computeSpread({ table }, DK, { hub: "Nordjylland", year: 2021 }));
    const aalborg = r.municipalities.find((m) => m.name === "Aalborg")!;
    const laesoe = r.municipalities.find((m) => m.name === "Læsø")!;
    expect(aalborg).toMatchObject({
      activities: 3,
      companies: 2,
      population: 219_487,
      rural: false,
    });
    expect(laesoe).toMatchObject({ activities: 1, companies: 1, population: 1_764, rural: true });
    expect(aalborg.perTenThousand).toBeCloseTo((3 / 219_487) * 10_000, 12);
    expect(aalborg.index).toBeCloseTo((3 / 4 / (219_487 / 590_439)) * 100, 10);
    expect(laesoe.index).toBeCloseTo((1 / 4 / (1_764 / 590_439)) * 100, 10);
    expect(r.municipalities[0].name).toBe("Læsø"); // highest index first
    expect(r.coverage).toEqual({ covered: 2, of: 11, share: 2 / 11, minimum: 1 });
    // Rural (DST Landkommuner): Læsø has 1 of 4 activities; the Landkommuner have 590.439 − 219.487 − 30.518.
    expect(r.rural.activityShare).toBe(0.25);
    expect(r.rural.populationShare).toBeCloseTo(340_434 / 590_439, 12);
    expect(r.rural.index).toBeCloseTo((0.25 / (340_434 / 590_439)) * 100, 10);
    expect(r.outside).toEqual([
      { sheet: "CRM", cell: "A6", value: "Viborg", municipality: "Viborg", hub: "Midtjylland" },
      { sheet: "CRM", cell: "A7", value: "", municipality: null, hub: null },
    ]);
    expect(r.totals).toEqual({ activities: 4, companies: 3, population: 590_439, rows: 6 });
  });

  test("without a company column companies are null, not zero", () => {
    const r = ok(
      computeSpread({ table, companyColumn: null }, DK, { hub: "Nordjylland", year: 2021 })
    );
    expect(r.totals.companies).toBeNull();
    expect(r.municipalities.every((m) => m.companies === null)).toBe(true);
  });

  test("a row mask (from an indicator's filters) leaves rows out", () => {
    const mask = Uint8Array.from([1, 0, 0, 1, 0, 0, 0]);
    const r = ok(computeSpread({ table, mask }, DK, { hub: "Nordjylland", year: 2021 }));
    expect(r.totals.activities).toBe(2);
    expect(r.outside).toEqual([]);
  });

  test("no activities in the hub: indices are null and a warning says why, never a silent 0", () => {
    const r = ok(
      computeSpread({ table: list(["Kommune"], [["Viborg"]]) }, DK, { hub: "Fyn", year: 2021 })
    );
    expect(r.municipalities.every((m) => m.index === null)).toBe(true);
    expect(r.rural.index).toBeNull();
    expect(r.warnings).toEqual(["der er ingen aktiviteter i Erhvervshus Fyns kommuner"]);
    expect(spreadSummary(r)[2]).toBe(
      "Landindeks: ingen (der er ingen aktiviteter i Erhvervshus Fyns kommuner)"
    );
  });

  test("errors as values with sheet and cell: misspelt names, a bad hub or year at the place given", () => {
    const bad = computeSpread({ table: list(["Kommune"], [["Aalborgg"], ["Skagen"]]) }, DK, {
      hub: "Nordjyland",
      year: 2017,
      hubPlace: { sheet: "", cell: "--hub" },
      yearPlace: { sheet: "", cell: "--year" },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => [e.sheet, e.cell, e.message])).toEqual([
      [
        "",
        "--hub",
        expect.stringContaining("'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland?"),
      ],
      ["", "--year", expect.stringContaining("ingen indbyggertal for 1. januar 2017")],
      ["CRM", "A2", "'Aalborgg' er ikke en kommune — mente du Aalborg?"],
      ["CRM", "A3", "'Skagen' er ikke en dansk kommune"],
    ]);
  });

  test("more than 20 misspelt names: 20 listed, the rest counted at the last one's cell", () => {
    const rows = Array.from({ length: 25 }, () => ["Aalborgg"]);
    const bad = computeSpread({ table: list(["Kommune"], rows) }, DK, {
      hub: "Nordjylland",
      year: 2021,
    });
    if (bad.ok) throw new Error("expected errors");
    expect(bad.errors).toHaveLength(21);
    expect(bad.errors[20]).toMatchObject({
      cell: "A26",
      message: "og 5 fejl mere i samme kolonne",
    });
  });
});

describe("the user's own rural classification", () => {
  const own = list(
    ["Kommune", "Land/by"],
    [
      ["Rebild", "Landdistriktskommune"],
      ["Aalborg Kommune", "Bykommune"],
      ["Hjørring", "By"],
    ],
    "Bilag"
  );

  test("a table wins for the municipalities it lists; the others keep DST's group (mixed)", () => {
    const { list: rural, errors } = readRuralTable(own, DK);
    expect(errors).toEqual([]);
    const r = ok(
      computeSpread(
        { table: list(["Kommune"], [["Rebild"], ["Hjørring"], ["Morsø"]]) },
        DK,
        { hub: "Nordjylland", year: 2021 },
        rural
      )
    );
    const by = (name: string) => r.municipalities.find((m) => m.name === name)!;
    expect([by("Rebild").rural, by("Rebild").ruralSource]).toEqual([true, "user"]);
    expect([by("Hjørring").rural, by("Hjørring").ruralSource]).toEqual([false, "user"]);
    expect([by("Morsø").rural, by("Morsø").ruralSource]).toEqual([true, "dst"]);
    expect(r.rural.classification).toBe("mixed");
    expect(r.rural.activityShare).toBeCloseTo(2 / 3, 12);
    expect(spreadSummary(r)[2]).toContain(
      "(din egen inddeling i land og by; Brønderslev, Frederikshavn, Jammerbugt, Læsø, Mariagerfjord, Morsø, Thisted, Vesthimmerlands efter Danmarks Statistiks kommunegrupper)"
    );
  });

  test("conflicting and unreadable entries are errors at their cells", () => {
    const conflicting = list(
      ["Kommune", "Type"],
      [
        ["Rebild", "Land"],
        ["Rebild", "By"],
        ["Læsø", "ø"],
        ["Thistedd", "Land"],
      ],
      "Bilag"
    );
    const { errors } = readRuralTable(conflicting, DK);
    expect(errors.map((e) => [e.cell, e.message])).toEqual([
      ["B3", "Rebild står både som land og som by (første gang i Bilag!B2)"],
      [
        "B4",
        "'ø' er hverken land eller by (skriv fx 'Land', 'Landdistrikt', 'By' eller 'Bykommune')",
      ],
      ["A5", "'Thistedd' er ikke en kommune — mente du Thisted?"],
    ]);
  });

  test("land/by words", () => {
    for (const w of [
      "Land",
      "landdistrikt",
      "Landdistriktskommune",
      "Landkommune",
      "rural",
      "Yderkommune",
    ])
      expect(readLandBy(w)).toBe(true);
    for (const w of ["By", "bykommune", "urban", "City"]) expect(readLandBy(w)).toBe(false);
    for (const w of ["", "ja", 1, null]) expect(readLandBy(w)).toBeUndefined();
  });
});

describe("inference for the indicators", () => {
  test("the hub of more than half the known rows; none when split", () => {
    const mostly = list(["Kommune"], [["Aalborg"], ["Hjørring"], ["Viborg"], ["Aalborgg"]]);
    expect(inferHub({ table: mostly }, DK)).toEqual({
      hub: "Nordjylland",
      counts: [
        ["Nordjylland", 2],
        ["Midtjylland", 1],
      ],
    });
    const split = list(["Kommune"], [["Aalborg"], ["Viborg"]]);
    expect(inferHub({ table: split }, DK).hub).toBeUndefined();
  });

  test("the year of a list from its År or Dato column, when all agree", () => {
    expect(
      inferYear(
        list(
          ["Kommune", "År"],
          [
            ["Aalborg", 2021],
            ["Læsø", "2021"],
          ]
        )
      )
    ).toEqual({ year: 2021, header: "År" });
    // Excel serial dates: 44200 is 4 January 2021, 44561 is 31 December 2021.
    expect(
      inferYear(
        list(
          ["Kommune", "Dato"],
          [
            ["Aalborg", 44200],
            ["Læsø", 44561],
          ]
        )
      )
    ).toEqual({ year: 2021, header: "Dato" });
    expect(
      inferYear(
        list(
          ["Kommune", "Dato"],
          [
            ["Aalborg", "04-01-2021"],
            ["Læsø", "2021-12-31"],
          ]
        )
      )?.year
    ).toBe(2021);
    expect(
      inferYear(
        list(
          ["Kommune", "Dato"],
          [
            ["Aalborg", 44200],
            ["Læsø", 44600],
          ]
        )
      )
    ).toBeUndefined();
    expect(inferYear(list(["Kommune"], [["Aalborg"]]))).toBeUndefined();
  });
});

describe("summary in English", () => {
  test("coverage and rural index sentences", () => {
    const r = ok(
      computeSpread({ table: list(["Kommune"], [["Aalborg"], ["Læsø"]]) }, DK, {
        hub: "Nordjylland",
        year: 2021,
        locale: "en",
      })
    );
    const lines = spreadSummary(r, "en");
    expect(lines[1]).toMatch(
      /^Coverage: 2 of 11 municipalities \(18\.2%\) have at least 1 activity; none: Brønderslev, /
    );
    expect(lines[2]).toMatch(
      /^Rural index: \d+(\.\d)?: the rural municipalities have 50% of the activities/
    );
    expect(lines[lines.length - 1]).toBe(
      "Source: Statistics Denmark (FOLK1A, population on 1 January 2021; municipality groups v1:2018)"
    );
  });
});
