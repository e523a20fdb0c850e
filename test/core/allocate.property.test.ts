// Properties of the split for random keys and totals. Fixed seed for reproducible runs; FC_RUNS=5000 runs more.
import fc from "fast-check";
import {
  allocate,
  type Allocation,
  type AllocationOptions,
  type KeyRow,
} from "../../src/core/allocate";

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = 20_190_101;
const settings = { seed: SEED, numRuns: RUNS };

/**
 * 1–25 municipalities with distinct names; populations up to beyond Aalborg's, or tiny ones (1–3) so that equal
 * remainders, and with them the tie-break, come up often.
 */
const rowsArb = fc
  .uniqueArray(
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== ""),
    {
      minLength: 1,
      maxLength: 25,
      comparator: (a, b) => a.toLocaleLowerCase("da") === b.toLocaleLowerCase("da"),
    }
  )
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc
          .oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 1_000_000 }))
          .map((population): KeyRow => ({ name, population }))
      )
    )
  );

/** Unit, instalments and a total that is a whole number of units per instalment (1 to 100.000 units). */
const optionsArb = fc
  .record({
    unit: fc.constantFrom(1, 100, 1000),
    instalments: fc.constantFrom(1 as const, 4 as const, 12 as const),
    unitsPerInstalment: fc.integer({ min: 1, max: 100_000 }),
  })
  .map(
    ({
      unit,
      instalments,
      unitsPerInstalment,
    }): AllocationOptions & { unit: number; instalments: 1 | 4 | 12 } => ({
      total: unit * instalments * unitsPerInstalment,
      unit,
      instalments,
    })
  );

function run(rows: KeyRow[], options: AllocationOptions): Allocation {
  const outcome = allocate({ rows }, options);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join("; "));
  return outcome.allocation;
}

const byName = (a: Allocation) => new Map(a.rows.map((r) => [r.name, r]));

describe("largest remainder, for random keys and totals", () => {
  test("the amounts add up exactly to the total", () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (rows, options) => {
        const a = run(rows, options);
        expect(a.rows.reduce((s, r) => s + r.amount, 0)).toBe(options.total);
        expect(a.sum).toBe(options.total);
        expect(a.difference).toBe(0);
      }),
      settings
    );
  });

  test("every instalment column adds up to total / instalments, and a row's instalments to its yearly amount", () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (rows, options) => {
        const a = run(rows, options);
        expect(a.rows.reduce((s, r) => s + r.instalment, 0)).toBe(
          options.total / options.instalments
        );
        for (const r of a.rows) {
          expect(r.amount).toBe(options.instalments * r.instalment);
          expect(r.instalment % options.unit).toBe(0);
        }
      }),
      settings
    );
  });

  test("no instalment is a whole unit or more from its exact quota (so no yearly amount is `instalments` units off)", () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (rows, options) => {
        const a = run(rows, options);
        for (const r of a.rows) {
          const perInstalment = Math.abs(r.adjustment) / options.instalments;
          expect(perInstalment).toBeLessThan(options.unit);
        }
      }),
      settings
    );
  });

  test("shuffling the rows changes nobody's amount", () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })
          )
        ),
        optionsArb,
        ([rows, shuffled], options) => {
          const a = byName(run(rows, options));
          const b = byName(run(shuffled, options));
          for (const [name, r] of a) expect(b.get(name)?.amount).toBe(r.amount);
        }
      ),
      settings
    );
  });

  test("doubling every population changes nobody's amount", () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (rows, options) => {
        const a = byName(run(rows, options));
        const doubled = byName(
          run(
            rows.map((r) => ({ ...r, population: 2 * r.population })),
            options
          )
        );
        for (const [name, r] of a) {
          expect(doubled.get(name)?.amount).toBe(r.amount);
          expect(doubled.get(name)?.share).toBeCloseTo(r.share, 12);
        }
      }),
      settings
    );
  });

  test("with an equal fixed part the sum is still exact", () => {
    fc.assert(
      fc.property(
        rowsArb,
        optionsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, options, fraction) => {
          const fixedTotal = Math.floor(options.total * fraction);
          const a = run(rows, { ...options, fixedTotal });
          expect(a.sum).toBe(options.total);
          expect(a.rows.reduce((s, r) => s + r.fixed, 0)).toBeCloseTo(fixedTotal, 4);
        }
      ),
      settings
    );
  });
});

describe("round each (legacy), for random keys and totals", () => {
  test("each instalment is within half a unit of its quota, and the difference from the total is reported", () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (rows, options) => {
        const a = run(rows, { ...options, method: "round-each" });
        for (const r of a.rows)
          expect(Math.abs(r.adjustment) / options.instalments).toBeLessThanOrEqual(
            options.unit / 2 + 1e-6
          );
        const sum = a.rows.reduce((s, r) => s + r.amount, 0);
        expect(a.sum).toBe(sum);
        expect(a.difference).toBe(sum - options.total);
      }),
      settings
    );
  });
});
