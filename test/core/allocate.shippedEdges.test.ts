// The split by the shipped DST populations at its edges, word for word: the source line under the table, a hub whose
// share of a small national total rounds to nothing (what its rows show), the shared fixed part refused in two levels,
// a year without data in either language. Populations are DST's FOLK1A 1 January 2026 as shipped; the quotas are
// worked out by hand below. The mutation run over src/core/allocate/shipped.ts found these unpinned.
import { allocateHub, allocateNational, shippedSource } from "../../src/core/allocate/shipped";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";

test("the source line, Danish and English", () => {
  expect(shippedSource(2018)).toBe(
    "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2018)"
  );
  expect(shippedSource(2018, "en")).toBe(
    "Source: Statistics Denmark (FOLK1A, population on 1 January 2018)"
  );
});

describe("3.000 kr. in 1.000-kr. units over the six hubs, 1 January 2026", () => {
  // Hub populations 2026: Hovedstaden 1.947.120, Sjælland 858.102, Fyn 469.378, Sydjylland 774.536,
  // Midtjylland 1.383.261, Nordjylland 593.114; in all 6.025.511. Quotas of 3 units: 0,969 / 0,427 / 0,234 / 0,386 /
  // 0,689 / 0,295. Rounded each on its own (the legacy method, asked for here): Hovedstaden and Midtjylland round up
  // to 1 unit, the other four to 0, so 2.000 kr. of the 3.000 kr. are given out and four hubs get 0 kr.
  const out = allocateNational(
    DK,
    { year: 2026 },
    { total: 3000, unit: 1000, method: "round-each", locale: "en" }
  );
  if (!out.ok) throw new Error(JSON.stringify(out.errors));

  test("the hubs' amounts: 1.000 + 1.000 kr., 1.000 kr. less than the total", () => {
    expect(out.national.sum).toBe(2000);
    expect(out.national.rows.map((r) => [r.name, r.population, r.amount])).toEqual([
      ["Hovedstaden", 1_947_120, 1000],
      ["Sjælland", 858_102, 0],
      ["Fyn", 469_378, 0],
      ["Sydjylland", 774_536, 0],
      ["Midtjylland", 1_383_261, 1000],
      ["Nordjylland", 593_114, 0],
    ]);
  });

  test("Fyn's rows: every amount 0, each municipality with its share of Fyn (Assens 40.369 of 469.378 = 8,6 %)", () => {
    const fyn = out.hubs.find((h) => h.hub === "Fyn");
    if (!fyn) throw new Error("no Fyn");
    const { rows, ...rest } = fyn.allocation;
    expect(rest).toEqual({
      total: 0,
      unit: 1000,
      instalments: 1,
      method: "round-each",
      fixedTotal: 0,
      sum: 0,
      difference: 0,
      instalmentTotal: 0,
      instalmentSum: 0,
      leftoverUnits: 0,
      sentence: "The hub gets DKK 0 of the total at this rounding, so there is nothing to split.",
    });
    expect(rows[0]).toEqual({
      name: "Assens",
      population: 40_369,
      share: 40_369 / 469_378,
      fixed: 0,
      exact: 0,
      amount: 0,
      instalment: 0,
      adjustment: 0,
    });
    expect(rows.reduce((a, r) => a + r.population, 0)).toBe(469_378);
    expect(rows.every((r) => r.amount === 0 && r.instalment === 0)).toBe(true);
  });

  test("in Danish the zero hub says so too", () => {
    const da = allocateNational(DK, { year: 2026 }, { total: 3000, unit: 1000 });
    if (!da.ok) throw new Error("failed");
    expect(da.hubs.find((h) => h.hub === "Nordjylland")?.allocation.sentence).toBe(
      "Huset får 0 kr. af totalen i denne afrunding, så der er intet at fordele."
    );
  });
});

describe("refusals", () => {
  test("a shared fixed part in two levels, Danish and English; a fixed part of 0 kr. is no fixed part", () => {
    expect(allocateNational(DK, { year: 2019 }, { total: 1000, fixedTotal: 600 })).toEqual({
      ok: false,
      errors: [
        {
          sheet: "",
          cell: "",
          code: "fixed-national",
          message:
            "et fælles fast beløb kan ikke bruges, når totalen fordeles i to trin (over husene og derefter kommunerne)",
        },
      ],
    });
    expect(
      allocateNational(DK, { year: 2019 }, { total: 1000, fixedTotal: 600, locale: "en" })
    ).toMatchObject({
      ok: false,
      errors: [
        {
          message:
            "a shared fixed amount cannot be used when the total is split in two levels (over the hubs, then the municipalities)",
        },
      ],
    });
    expect(allocateNational(DK, { year: 2019 }, { total: 1000, fixedTotal: 0 }).ok).toBe(true);
  });

  test("a year without data, at the place given, in English; Danish when the options cannot be read", () => {
    expect(
      allocateNational(
        DK,
        { year: 2017, yearPlace: { sheet: "Nøgle", cell: "B1" } },
        { total: 1000, locale: "en" }
      )
    ).toEqual({
      ok: false,
      errors: [
        {
          sheet: "Nøgle",
          cell: "B1",
          code: "year-not-in-data",
          message:
            "the shipped Statistics Denmark data has no populations for 1 January 2017 (years 2018–2026)",
        },
      ],
    });
    expect(
      allocateNational(DK, { year: 2017 }, { total: "x" as unknown as number, locale: "en" })
    ).toEqual({
      ok: false,
      errors: [
        {
          sheet: "",
          cell: "",
          code: "year-not-in-data",
          message:
            "der er ingen indbyggertal for 1. januar 2017 i de medfølgende data fra Danmarks Statistik (år 2018–2026)",
        },
      ],
    });
  });

  test("one hub, a year without data: English when asked, Danish by default", () => {
    const en = allocateHub(DK, "Sydjylland", { year: 2017 }, { total: 1000, locale: "en" });
    expect(en).toMatchObject({
      ok: false,
      errors: [
        {
          sheet: "",
          cell: "",
          message:
            "the shipped Statistics Denmark data has no populations for 1 January 2017 (years 2018–2026)",
        },
      ],
    });
    const da = allocateHub(DK, "Sydjylland", { year: 2017 }, { total: 1000 });
    expect(da).toMatchObject({
      ok: false,
      errors: [
        {
          message:
            "der er ingen indbyggertal for 1. januar 2017 i de medfølgende data fra Danmarks Statistik (år 2018–2026)",
        },
      ],
    });
  });
});
