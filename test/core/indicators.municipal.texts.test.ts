// DÆKNING and LANDINDEKS as evaluateIndicator returns them: the figure, the label and the basis sentence the
// explanation quotes, pinned whole. Populations from DST's FOLK1A as shipped (src/core/municipalities/data.ts),
// Erhvervshus Nordjylland (11 municipalities), its Landkommuner all but Aalborg (Storbykommune) and Rebild
// (Oplandskommune):
//   1 January 2018: 589.148 residents, rural 345.763 → 58,69 % → "58,7 %"
//   1 January 2019: 589.755, rural 344.527 → 58,42 % → "58,4 %"
//   1 January 2021: 590.439, rural 340.434 → 57,66 % → "57,7 %"
//   1 January 2026: 593.114, rural 335.801 → 56,62 % → "56,6 %"
import { evaluateIndicator } from "../../src/core/indicators/evaluate";
import { parseIndicator } from "../../src/core/indicators/parse";
import { MUNICIPAL_INDICATORS } from "../../src/core/indicators/withMunicipalities";
import type { MessageLocale } from "../../src/core/messages";
import type { RawCell, RawTable } from "../../src/core/model";
import { DANISH } from "../../src/core/numbers";
import { NORDJYLLAND_CRM, NORDJYLLAND_MUNICIPALITIES } from "../helpers/nordjylland";
import { rawTable } from "../helpers/tables";

const WHERE = { sheet: "Mål", cell: "D2" };

const CRM = NORDJYLLAND_CRM;

const NORDJYLLAND = NORDJYLLAND_MUNICIPALITIES;

function run(
  formula: string,
  tables: RawTable[] = [CRM],
  context: { year?: number; hub?: string } = { year: 2021 },
  locale: MessageLocale = "da"
) {
  const p = parseIndicator(formula);
  if (!p.ok) throw new Error(`${p.token}: ${p.detail}`);
  return evaluateIndicator(p.indicator, tables, WHERE, locale, DANISH, {
    municipal: MUNICIPAL_INDICATORS,
    ...context,
  });
}

const percent = (value: number) => ({ kind: "number", value, percent: true });

describe("DÆKNING's basis", () => {
  test("3 of 11 with at least 1 activity; the eight without are named; Viborg is 1 row outside the hub", () => {
    expect(run("DÆKNING(CRM[Kommune])")).toEqual({
      ok: true,
      value: {
        quantity: percent(3 / 11),
        label: "Dækning",
        answers: 7, // Aalborg 4 + Hjørring 2 + Rebild 1; Viborg is not in the hub
        basis:
          "3 af 11 kommuner i Erhvervshus Nordjylland med mindst 1 aktivitet (ikke: Brønderslev, Frederikshavn, " +
          "Jammerbugt, Læsø, Mariagerfjord, Morsø, Thisted, Vesthimmerlands); 1 række uden for huset",
      },
    });
  });

  test("at least 2: Aalborg (4) and Hjørring (2); Rebild's 1 is named first (the names follow the spread's ranking)", () => {
    // Rebild's index 1/7 ÷ 30.518/590.439 = 276 ranks above the municipalities without activities, listed by name.
    const out = run('DÆKNING(CRM[Kommune]; 2; hus "Nordjylland")');
    expect(out).toEqual({
      ok: true,
      value: {
        quantity: percent(2 / 11),
        label: "Dækning",
        answers: 7,
        basis:
          "2 af 11 kommuner i Erhvervshus Nordjylland med mindst 2 aktiviteter (ikke: Rebild, Brønderslev, " +
          "Frederikshavn, Jammerbugt, Læsø, Mariagerfjord, Morsø, Thisted, Vesthimmerlands); 1 række uden for huset",
      },
    });
  });

  test("every municipality reached, none outside: no '(ikke: …)' and no rows outside", () => {
    const all = rawTable(
      "CRM",
      ["Kommune"],
      NORDJYLLAND.map((name) => [name])
    );
    expect(run("DÆKNING(CRM[Kommune])", [all])).toEqual({
      ok: true,
      value: {
        quantity: percent(1),
        label: "Dækning",
        answers: 11,
        basis: "11 af 11 kommuner i Erhvervshus Nordjylland med mindst 1 aktivitet",
      },
    });
  });

  test("two rows outside the hub are 'rækker'", () => {
    const two = rawTable(
      "CRM",
      ["Kommune"],
      [...NORDJYLLAND.map((name) => [name]), ["Viborg"], ["Aarhus"]]
    );
    const out = run('DÆKNING(CRM[Kommune]; hus "Nordjylland")', [two]);
    expect(out.ok && out.value.basis).toBe(
      "11 af 11 kommuner i Erhvervshus Nordjylland med mindst 1 aktivitet; 2 rækker uden for huset"
    );
  });

  test("the hub the evaluation knows is used when the formula names none; the formula's wins", () => {
    // Midtjylland: 19 municipalities, Viborg the one reached.
    const known = run("DÆKNING(CRM[Kommune])", [CRM], { year: 2021, hub: "Midtjylland" });
    expect(known.ok && known.value.quantity).toEqual(percent(1 / 19));
    expect(known.ok && known.value.answers).toBe(1);
    const named = run('DÆKNING(CRM[Kommune]; hus "Nordjylland")', [CRM], {
      year: 2021,
      hub: "Midtjylland",
    });
    expect(named.ok && named.value.quantity).toEqual(percent(3 / 11));
  });

  test("no activity left after the filter: pending, with no figure (named hub or inferred, Danish and English)", () => {
    const none = {
      ok: true,
      value: { quantity: null, label: "Dækning", answers: 0, basis: "ingen aktiviteter endnu" },
    };
    expect(run('DÆKNING(CRM[Kommune]; Forløb="Ingen")')).toEqual(none);
    expect(run('DÆKNING(CRM[Kommune]; hus "Nordjylland"; Forløb="Ingen")')).toEqual(none);
    expect(run('DÆKNING(CRM[Kommune]; Forløb="Ingen")', [CRM], { year: 2021 }, "en")).toEqual({
      ok: true,
      value: { quantity: null, label: "Dækning", answers: 0, basis: "no activities yet" },
    });
  });

  test("a hub misspelt in the formula is the formula's error, at the goal's cell", () => {
    expect(run('DÆKNING(CRM[Kommune]; hus "Nordjyland")')).toEqual({
      ok: false,
      errors: [
        {
          sheet: "Mål",
          cell: "D2",
          code: "unknown-hub",
          message:
            "'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland? (Hovedstaden, Sjælland, Fyn, Sydjylland, Midtjylland, Nordjylland)",
        },
      ],
    });
  });
});

describe("LANDINDEKS's basis", () => {
  test("DST's groups, 2021: Hjørring's 2 of 7 activities against 57,7 % of the residents", () => {
    // 2/7 = 28,57 % → "28,6 %"; index (2/7) / (340.434/590.439) × 100 = 49,55.
    const out = run("LANDINDEKS(CRM[Kommune])");
    expect(out.ok && out.value.quantity?.value).toBeCloseTo(
      (2 / 7 / (340_434 / 590_439)) * 100,
      10
    );
    expect(out.ok && { ...out.value, quantity: undefined }).toEqual({
      quantity: undefined,
      label: "Landindeks",
      answers: 7,
      basis:
        "landkommunerne har 28,6 % af 7 aktiviteter og 57,7 % af befolkningen 1. januar 2021; " +
        "landkommuner efter Danmarks Statistiks kommunegrupper; 1 række uden for huset; Kilde: Danmarks Statistik",
    });
  });

  const DST = "landkommuner efter Danmarks Statistiks kommunegrupper";
  const CREDIT = "Kilde: Danmarks Statistik";
  const twoRows = (year: number) =>
    rawTable(
      "CRM",
      ["Kommune", "År"],
      [
        ["Hjørring", year],
        ["Aalborg", year],
      ]
    );
  test.each<[string, number | undefined, RawTable, string]>([
    // The contract year, held within the data's 2018–2026.
    [
      "after the data: the latest, 2026",
      2030,
      CRM,
      `landkommunerne har 28,6 % af 7 aktiviteter og 56,6 % af befolkningen 1. januar 2026; ${DST}; 1 række uden for huset; ${CREDIT}`,
    ],
    [
      "before the data: the first, 2018",
      2010,
      CRM,
      `landkommunerne har 28,6 % af 7 aktiviteter og 58,7 % af befolkningen 1. januar 2018; ${DST}; 1 række uden for huset; ${CREDIT}`,
    ],
    // No contract year: the list's own År column when it is one of the data's years, else the latest.
    // Hjørring (rural) 1 of 2 activities = 50 %.
    [
      "no contract year, the list says 2019",
      undefined,
      twoRows(2019),
      `landkommunerne har 50 % af 2 aktiviteter og 58,4 % af befolkningen 1. januar 2019; ${DST}; ${CREDIT}`,
    ],
    [
      "no contract year, the list says 2015 (not in the data): the latest",
      undefined,
      twoRows(2015),
      `landkommunerne har 50 % af 2 aktiviteter og 56,6 % af befolkningen 1. januar 2026; ${DST}; ${CREDIT}`,
    ],
  ])("the population year: %s", (_why, year, table, basis) => {
    const out = run("LANDINDEKS(CRM[Kommune])", [table], { year });
    expect(out.ok && out.value.basis).toBe(basis);
  });

  test("activities only outside the named hub: no index, and the basis says why", () => {
    // Fyn has Landkommuner (Svendborg, Langeland, Ærø), but none of CRM's rows is on Fyn.
    expect(run('LANDINDEKS(CRM[Kommune]; hus "Fyn")')).toEqual({
      ok: true,
      value: {
        quantity: null,
        label: "Landindeks",
        answers: 0,
        basis: "ingen aktiviteter i Erhvervshus Fyns kommuner",
      },
    });
  });

  test("the user's land/by column in the activity list itself: all 'By' leaves no rural municipality", () => {
    const byOnly = rawTable(
      "CRM",
      ["Kommune", "Land/by"],
      NORDJYLLAND.map((name) => [name, "By"])
    );
    expect(run("LANDINDEKS(CRM[Kommune]; CRM[Land/by])", [byOnly])).toEqual({
      ok: false,
      errors: [
        {
          sheet: "Mål",
          cell: "D2",
          code: "indicator-no-rural",
          message:
            "Erhvervshus Nordjylland har ingen landkommuner i denne inddeling, så der er intet landindeks",
        },
      ],
    });
  });

  test("the user's column marks Hjørring 'By' and Rebild 'Land': Rebild's 1 of 3 against its own share", () => {
    const own = rawTable(
      "CRM",
      ["Kommune", "Land/by"],
      [
        ["Hjørring", "By"],
        ["Rebild", "Land"],
        ["Aalborg", ""],
      ]
    );
    // Rural: DST's nine Landkommuner less Hjørring, plus Rebild: 340.434 − 64.155 + 30.518 = 306.797 of 590.439
    // = 51,96 % → "52 %"; activities 1 of 3 = 33,3 %.
    const out = run("LANDINDEKS(CRM[Kommune]; CRM[Land/by])", [own]);
    expect(out.ok && out.value.basis).toBe(
      "landkommunerne har 33,3 % af 3 aktiviteter og 52 % af befolkningen 1. januar 2021; " +
        "egen inddeling i land og by; Kilde: Danmarks Statistik"
    );
  });
});

describe("the land/by list in another table", () => {
  const bilag = rawTable(
    "Bilag",
    ["Kommune", "", "Land/by"],
    [
      ["Rebild", null, "Land"],
      ["Aalborg", null, "Måske"],
    ]
  );

  test("an unknown table lists the tables there are", () => {
    expect(run("LANDINDEKS(CRM[Kommune]; Bilg[Land/by])", [CRM, bilag])).toEqual({
      ok: false,
      errors: [
        {
          sheet: "Mål",
          cell: "D2",
          code: "unknown-table",
          message: "ukendt tabel 'Bilg' (fundet: CRM, Bilag)",
        },
      ],
    });
  });

  test("an unknown column lists the table's headers, empty ones left out", () => {
    expect(run("LANDINDEKS(CRM[Kommune]; Bilag[Land])", [CRM, bilag])).toEqual({
      ok: false,
      errors: [
        {
          sheet: "Mål",
          cell: "D2",
          code: "unknown-column",
          message: "ukendt kolonne 'Land' i tabellen Bilag (kendte: Kommune, Land/by)",
        },
      ],
    });
  });

  test("a value that is neither land nor by is the list's own error, at its cell", () => {
    expect(run("LANDINDEKS(CRM[Kommune]; Bilag[Land/by])", [CRM, bilag])).toEqual({
      ok: false,
      errors: [
        {
          sheet: "Bilag",
          cell: "C3",
          code: "rural-value",
          message:
            "'Måske' er hverken land eller by (skriv fx 'Land', 'Landdistrikt', 'By' eller 'Bykommune')",
        },
      ],
    });
  });
});

describe("a list without any activity", () => {
  test("an empty list is pending for LANDINDEKS too", () => {
    const empty: RawCell[][] = [];
    expect(run("LANDINDEKS(CRM[Kommune])", [rawTable("CRM", ["Kommune"], empty)])).toEqual({
      ok: true,
      value: { quantity: null, label: "Landindeks", answers: 0, basis: "ingen aktiviteter endnu" },
    });
  });
});
