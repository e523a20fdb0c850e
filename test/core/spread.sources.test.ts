// computeSpread and readRuralTable on the columns the user names: a named column that is not there is an error at
// the header naming it and every header; the list's own land/by column (conflicts at their cells, blanks skipped);
// a user classification with no rural municipality (no rural index, and the summary says why); the municipalities'
// order (highest index first, ties by Danish alphabet, where Aa is Å and comes last). Oracles: DST's 1 January 2021
// populations (kommuner.csv): Nordjylland 590.439; the messages as a consultant reads them.
import {
  computeSpread,
  inferHub,
  readRuralTable,
  spreadSummary,
  type SpreadResult,
} from "../../src/core/spread";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import { NORDJYLLAND_MUNICIPALITIES } from "../helpers/nordjylland";
import { rawTable } from "../helpers/tables";

const NORD = { hub: "Nordjylland", year: 2021 };
function ok(outcome: ReturnType<typeof computeSpread>): SpreadResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
const crm = () =>
  rawTable(
    "CRM",
    ["Bopæl", "CVR", "Land/by"],
    [
      ["Aalborg", "1", "Land"],
      ["Aalborg", "2", "By"],
      ["Læsø", null, "By"],
    ]
  );
const missing = (column: string) => ({
  ok: false,
  errors: [
    {
      sheet: "CRM",
      cell: "A1",
      code: "missing-column",
      message: `kolonnen '${column}' findes ikke (overskrifter: Bopæl, CVR, Land/by)`,
    },
  ],
});

describe("columns the user names", () => {
  test("a municipality, company or land/by column that is not there: an error naming it and the headers", () => {
    expect(computeSpread({ table: crm(), municipalityColumn: "Kommune" }, DK, NORD)).toEqual(
      missing("Kommune")
    );
    expect(
      computeSpread(
        { table: crm(), municipalityColumn: "Bopæl", companyColumn: "CVR-nr" },
        DK,
        NORD
      )
    ).toEqual(missing("CVR-nr"));
    expect(
      computeSpread({ table: crm(), municipalityColumn: "Bopæl", ruralColumn: "Type" }, DK, NORD)
    ).toEqual(missing("Type"));
  });

  test("the list's own land/by column: Aalborg both land and by is an error at the second cell", () => {
    expect(
      computeSpread({ table: crm(), municipalityColumn: "Bopæl", ruralColumn: "Land/by" }, DK, NORD)
    ).toEqual({
      ok: false,
      errors: [
        {
          sheet: "CRM",
          cell: "C3",
          code: "rural-conflict",
          message: "Aalborg står både som land og som by (første gang i CRM!C2)",
        },
      ],
    });
  });

  test("the list's own land/by column wins for its municipalities; a blank land/by cell says nothing", () => {
    const t = rawTable(
      "CRM",
      ["Kommune", "Land/by"],
      [
        ["Aalborg", "By"],
        ["Læsø", "By"],
        ["Læsø", null],
      ]
    );
    const r = ok(computeSpread({ table: t, ruralColumn: "Land/by" }, DK, NORD));
    const by = (name: string) => r.municipalities.find((m) => m.name === name)!;
    expect([by("Læsø").rural, by("Læsø").ruralSource]).toEqual([false, "user"]);
    expect([by("Aalborg").rural, by("Aalborg").ruralSource]).toEqual([false, "user"]);
    expect(r.rural.classification).toBe("mixed");
    // Every activity is in a municipality the user calls by: 0 % of the activities, index 0.
    expect([r.rural.activities, r.rural.activityShare, r.rural.index]).toEqual([0, 0, 0]);
  });
});

describe("a rural/urban list", () => {
  test("the land/by column the user names is read; a row blank in both columns read is skipped", () => {
    const t = rawTable(
      "Bilag",
      ["Kommune", "Status", "Klasse"],
      [
        ["Aalborg", "x", "By"],
        [null, "y", null],
        ["Læsø", "z", "Land"],
      ]
    );
    const { list, errors } = readRuralTable(t, DK, "da", "Klasse");
    expect(errors).toEqual([]);
    expect([...list.entries.values()]).toEqual([
      { rural: false, sheet: "Bilag", cell: "C2" },
      { rural: true, sheet: "Bilag", cell: "C4" },
    ]);
  });

  test("no municipality column, or a named land/by column that is not there: one error at A1, in English too", () => {
    expect(
      readRuralTable(rawTable("Bilag", ["Navn", "Type"], [["Aalborg", "By"]]), DK).errors
    ).toEqual([
      {
        sheet: "Bilag",
        cell: "A1",
        code: "rural-missing-columns",
        message:
          "inddelingen i land og by skal have en kolonne med kommunen og en med land/by (overskrifter: Navn, Type)",
      },
    ]);
    expect(
      readRuralTable(
        rawTable("Bilag", ["Kommune", "Klasse"], [["Aalborg", "By"]]),
        DK,
        "en",
        "Type"
      ).errors
    ).toEqual([
      {
        sheet: "Bilag",
        cell: "A1",
        code: "rural-missing-columns",
        message:
          "the rural/urban list needs a municipality column and a land/by column (headers: Kommune, Klasse)",
      },
    ]);
  });
});

describe("no rural municipality", () => {
  const ALL = NORDJYLLAND_MUNICIPALITIES;
  test("a user list calling all 11 by: no rural index, the warning says why, the classification is the user's", () => {
    const { list } = readRuralTable(
      rawTable(
        "Bilag",
        ["Kommune", "Land/by"],
        ALL.map((n) => [n, "By"])
      ),
      DK
    );
    const r = ok(
      computeSpread({ table: rawTable("CRM", ["Kommune"], [["Læsø"]]) }, DK, NORD, list)
    );
    expect(r.rural).toEqual({
      activities: 0,
      population: 0,
      municipalities: 0,
      activityShare: 0,
      populationShare: 0,
      index: null,
      classification: "user",
    });
    const why =
      "Erhvervshus Nordjylland har ingen landkommuner i denne inddeling, så der er intet landindeks";
    expect(r.warnings).toEqual([why]);
    expect(spreadSummary(r)[2]).toBe(`Landindeks: ingen (${why})`);
  });
});

describe("the order of the municipalities", () => {
  test("highest index first; equal indices by the Danish alphabet, Aalborg (Å) last", () => {
    const r = ok(
      computeSpread(
        { table: rawTable("CRM", ["Kommune"], [["Læsø"], ["Morsø"], ["Morsø"]]) },
        DK,
        NORD
      )
    );
    expect(r.municipalities.map((m) => m.name)).toEqual([
      // Læsø 1.764 inhabitants and Morsø about 20.000: Læsø's one activity weighs more than Morsø's two.
      "Læsø",
      "Morsø",
      "Brønderslev",
      "Frederikshavn",
      "Hjørring",
      "Jammerbugt",
      "Mariagerfjord",
      "Rebild",
      "Thisted",
      "Vesthimmerlands",
      "Aalborg",
    ]);
  });
});

describe("rows and errors", () => {
  test("a municipality code as a number (851 is Aalborg); one CVR however it is written; a blank row skipped", () => {
    const t = rawTable(
      "CRM",
      ["Kommune", "CVR"],
      [
        [851, "DK-12345678"],
        ["Læsø", "12 34 56 78"],
        [null, null],
        ["Aalborg", null],
      ]
    );
    const r = ok(computeSpread({ table: t }, DK, { hub: "nordjylland", year: 2021 }));
    expect(r.hub).toBe("Nordjylland");
    // Three rows read (the blank one skipped); one company (12345678) in Aalborg and in Læsø.
    expect(r.totals).toEqual({ activities: 3, companies: 1, population: 590_439, rows: 3 });
    expect(
      r.municipalities
        .filter((m) => m.activities > 0)
        .map((m) => [m.name, m.activities, m.companies])
    ).toEqual([
      ["Læsø", 1, 1],
      ["Aalborg", 2, 1],
    ]);
  });

  test("a misspelt hub and a year without data, with no place given: both errors, without sheet or cell", () => {
    expect(
      computeSpread({ table: rawTable("CRM", ["Kommune"], [["Aalborg"]]) }, DK, {
        hub: "Nordjyland",
        year: 2040,
      })
    ).toEqual({
      ok: false,
      errors: [
        {
          sheet: "",
          cell: "",
          code: "unknown-hub",
          message:
            "'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland? " +
            "(Hovedstaden, Sjælland, Fyn, Sydjylland, Midtjylland, Nordjylland)",
        },
        {
          sheet: "",
          cell: "",
          code: "year-not-in-data",
          message:
            "der er ingen indbyggertal for 1. januar 2040 i de medfølgende data fra Danmarks Statistik (år 2018–2026)",
        },
      ],
    });
  });

  test("a misspelt municipality in English", () => {
    const r = computeSpread({ table: rawTable("CRM", ["Kommune"], [["Aalborgg"]]) }, DK, {
      hub: "Nordjylland",
      year: 2021,
      locale: "en",
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          sheet: "CRM",
          cell: "A2",
          code: "not-a-municipality",
          message: "'Aalborgg' is not a municipality — did you mean Aalborg?",
        },
      ],
    });
  });
});

test("inferHub: no known municipality, no hub; two of three rows in Midtjylland is more than half", () => {
  expect(inferHub({ table: rawTable("CRM", ["Kommune"], [["Aalborgg"], [null]]) }, DK)).toEqual({
    hub: undefined,
    counts: [],
  });
  expect(
    inferHub({ table: rawTable("CRM", ["Kommune"], [["Aalborg"], ["Viborg"], ["Skive"]]) }, DK)
  ).toEqual({
    hub: "Midtjylland",
    counts: [
      ["Midtjylland", 2],
      ["Nordjylland", 1],
    ],
  });
});
