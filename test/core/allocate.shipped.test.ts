// Splits by the shipped populations (Danmarks Statistik, FOLK1A): one hub's grant over its municipalities, and a
// national total over the six hubs and then their municipalities. Oracles: seed 003's printed key, and sums and
// quotas recomputed here with BigInt from the populations (not from the code's own figures).
import fc from "fast-check";
import type { Method } from "../../src/core/allocate";
import { allocateHub, allocateNational } from "../../src/core/allocate/shipped";
import { HUBS } from "../../src/core/municipalities";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";

// Each run is seven allocations (about 60 ms); FC_RUNS=2000 runs more.
const RUNS = Number(process.env.FC_RUNS ?? 60);

describe("one hub from the shipped populations (seed 003: Nordjylland, 1 January 2018)", () => {
  const seed003 = { year: 2018 };
  const options = { total: 16_500_000, unit: 1000, instalments: 12 as const };

  test("round-each reproduces the printed table: all 11 amounts, 16.488.000 kr. in all", () => {
    const out = allocateHub(DK, "Nordjylland", seed003, { ...options, method: "round-each" });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.allocation.rows.map((r) => [r.name, r.amount / 1000])).toEqual([
      ["Morsø", 576],
      ["Thisted", 1224],
      ["Brønderslev", 1020],
      ["Frederikshavn", 1680],
      ["Vesthimmerlands", 1044],
      ["Læsø", 48],
      ["Rebild", 840],
      ["Mariagerfjord", 1176],
      ["Jammerbugt", 1080],
      ["Aalborg", 5976],
      ["Hjørring", 1824],
    ]);
    expect(out.allocation.sum).toBe(16_488_000);
    expect(out.allocation.difference).toBe(-12_000);
    expect(out.allocation.rows.map((r) => r.population).reduce((a, b) => a + b)).toBe(589_148);
  });

  test("largest remainder gives 16.500.000 kr. exactly, each month 1.375.000 kr.", () => {
    const out = allocateHub(DK, "Nordjylland", seed003, options);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.allocation.sum).toBe(16_500_000);
    expect(out.allocation.instalmentSum).toBe(1_375_000);
    expect(out.allocation.rows.every((r) => r.amount % 12_000 === 0)).toBe(true);
  });

  test("a year without data is an error at the place given, naming the years there are", () => {
    const out = allocateHub(
      DK,
      "Nordjylland",
      { year: 2017, yearPlace: { sheet: "", cell: "--year" } },
      options
    );
    expect(out).toEqual({
      ok: false,
      errors: [
        {
          sheet: "",
          cell: "--year",
          code: "year-not-in-data",
          message:
            "der er ingen indbyggertal for 1. januar 2017 i de medfølgende data fra Danmarks Statistik (år 2018–2026)",
        },
      ],
    });
  });
});

/** Exact sums with BigInt (øre), and each amount within instalments × unit of its exact quota. */
function checkLevel(amounts: number[], populations: number[], total: number, step: number): void {
  const oere = (kr: number) => BigInt(Math.round(kr * 100));
  const sum = amounts.reduce((a, x) => a + oere(x), 0n);
  expect(sum).toBe(oere(total));
  const P = populations.reduce((a, p) => a + BigInt(p), 0n);
  amounts.forEach((amount, i) => {
    const diff = oere(amount) * P - oere(total) * BigInt(populations[i]);
    expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(oere(step) * P);
    expect(oere(amount) % oere(step)).toBe(0n);
  });
}

describe("a national total over the six hubs, then their municipalities", () => {
  test("161.800.000 kr., 1 January 2019, whole 1.000 kr.: exact at both levels", () => {
    const out = allocateNational(DK, { year: 2019 }, { total: 161_800_000, unit: 1000 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.national.rows.map((r) => r.name)).toEqual([...HUBS]);
    const hubPops = HUBS.map((h) =>
      DK.ofHub(h).reduce((a, m) => a + (DK.population(m, 2019) as number), 0)
    );
    expect(hubPops.reduce((a, b) => a + b)).toBe(5_805_991);
    checkLevel(
      out.national.rows.map((r) => r.amount),
      hubPops,
      161_800_000,
      1000
    );
    for (const [i, hub] of out.hubs.entries()) {
      expect(hub.population).toBe(hubPops[i]);
      expect(hub.amount).toBe(out.national.rows[i].amount);
      checkLevel(
        hub.allocation.rows.map((r) => r.amount),
        DK.ofHub(hub.hub).map((m) => DK.population(m, 2019) as number),
        hub.amount,
        1000
      );
    }
  });

  test("property: any year, unit, instalments and total (largest remainder) sums exactly at both levels", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DK.years),
        fc.constantFrom(1, 100, 1000),
        fc.constantFrom(1 as const, 4 as const, 12 as const),
        fc.integer({ min: 1, max: 2_000_000 }),
        (year, unit, instalments, steps) => {
          const total = steps * unit * instalments;
          const out = allocateNational(DK, { year }, { total, unit, instalments });
          if (!out.ok) throw new Error(JSON.stringify(out.errors));
          const step = unit * instalments;
          const hubPops = HUBS.map((h) =>
            DK.ofHub(h).reduce((a, m) => a + (DK.population(m, year) as number), 0)
          );
          checkLevel(
            out.national.rows.map((r) => r.amount),
            hubPops,
            total,
            step
          );
          for (const hub of out.hubs) {
            checkLevel(
              hub.allocation.rows.map((r) => r.amount),
              DK.ofHub(hub.hub).map((m) => DK.population(m, year) as number),
              hub.amount,
              step
            );
          }
        }
      ),
      { seed: 20_190_101, numRuns: RUNS }
    );
  });

  test("round-each at both levels is the legacy method: the sums show what it loses or gains", () => {
    const method: Method = "round-each";
    const out = allocateNational(
      DK,
      { year: 2019 },
      { total: 161_796_000, unit: 1000, instalments: 12, method }
    );
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const hubSum = out.national.rows.reduce((a, r) => a + r.amount, 0);
    expect(out.national.sum).toBe(hubSum);
    expect(out.national.difference).toBe(hubSum - 161_796_000);
    for (const hub of out.hubs) expect(hub.allocation.total).toBe(hub.amount);
  });

  test("a tiny total: hubs whose share rounds to nothing get zero rows, and the rest still sums exactly", () => {
    const out = allocateNational(DK, { year: 2026 }, { total: 3000, unit: 1000 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.national.sum).toBe(3000);
    const zero = out.hubs.filter((h) => h.amount === 0);
    expect(zero.length).toBe(3);
    for (const h of zero) expect(h.allocation.rows.every((r) => r.amount === 0)).toBe(true);
  });

  test("a shared fixed part is refused in two levels", () => {
    const out = allocateNational(DK, { year: 2019 }, { total: 1000, fixedTotal: 600 });
    expect(out.ok).toBe(false);
  });
});
