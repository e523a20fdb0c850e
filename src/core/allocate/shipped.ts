// Splits by the shipped populations (Danmarks Statistik, FOLK1A on 1 January of a year) instead of a key typed by
// hand: one hub's grant over its municipalities, or a national total over the six hubs by their population and then
// each hub's amount over its municipalities. Exact at both levels with largest remainder: the hub amounts add up to
// the total, and each hub's municipalities to the hub's amount, because the first level allocates whole
// instalments of whole units (every hub amount is a multiple of instalments × unit), which the second level then
// splits with the same unit and instalments. Pure and data-free: the registry is passed in.
import type { MessageLocale } from "../messages";
import type { CellError } from "../model";
import { yearProblem, type MunicipalityRegistry } from "../municipalities/registry";
import { DST_CREDIT, HUBS, type Hub } from "../municipalities/names";
import type { Municipality } from "../municipalities/schema";
import { allocate } from "./allocate";
import { allocationMessage } from "./messages";
import {
  AllocationOptionsSchema,
  type Allocation,
  type AllocationOptions,
  type AllocationOutcome,
  type Place,
  type PopulationKey,
} from "./schema";

const NOWHERE: Place = { sheet: "", cell: "" };

/** Where the year came from, for its error (the command line: "--year"). */
export interface ShippedOptions {
  year: number;
  yearPlace?: Place;
}

/** A hub's key from the shipped data: its municipalities in DST code order with their 1 January populations. */
export function shippedKey(registry: MunicipalityRegistry, hub: Hub, year: number): PopulationKey {
  return {
    rows: registry.ofHub(hub).map((m) => ({
      name: m.name,
      population: registry.population(m, year) as number,
    })),
  };
}

/** "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2018)". */
export function shippedSource(year: number, locale: MessageLocale = "da"): string {
  return allocationMessage(locale, "shipped-source", { credit: DST_CREDIT, year });
}

function yearErrors(
  registry: MunicipalityRegistry,
  shipped: ShippedOptions,
  locale: MessageLocale
): CellError[] {
  const problem = yearProblem(registry, shipped.year, locale);
  if (!problem) return [];
  const at = shipped.yearPlace ?? NOWHERE;
  return [{ sheet: at.sheet, cell: at.cell, code: "year-not-in-data", message: problem }];
}

/** One hub's grant over its municipalities, by their population on 1 January `year`. */
export function allocateHub(
  registry: MunicipalityRegistry,
  hub: Hub,
  shipped: ShippedOptions,
  options: AllocationOptions
): AllocationOutcome {
  const errors = yearErrors(registry, shipped, options.locale ?? "da");
  if (errors.length > 0) return { ok: false, errors };
  return allocate(shippedKey(registry, hub, shipped.year), options);
}

export interface HubShare {
  hub: Hub;
  /** The hub's municipalities' population on 1 January of the year. */
  population: number;
  /** The hub's yearly amount from the first level (kroner). */
  amount: number;
  municipalities: Municipality[];
  /** The hub's amount over its municipalities (second level). */
  allocation: Allocation;
}

export type NationalOutcome =
  { ok: true; national: Allocation; hubs: HubShare[] } | { ok: false; errors: CellError[] };

/**
 * A national total over the six hubs by population, then each hub's amount over its municipalities, with the same
 * unit, instalments and method at both levels. A shared fixed part has no meaning across two levels and is refused.
 */
export function allocateNational(
  registry: MunicipalityRegistry,
  shipped: ShippedOptions,
  options: AllocationOptions
): NationalOutcome {
  const o = AllocationOptionsSchema.safeParse(options);
  const locale = o.success ? o.data.locale : "da";
  const errors = yearErrors(registry, shipped, locale);
  if (errors.length > 0) return { ok: false, errors };
  if (options.fixedTotal !== undefined && options.fixedTotal !== 0)
    return {
      ok: false,
      errors: [
        {
          sheet: "",
          cell: "",
          code: "fixed-national",
          message: allocationMessage(locale, "fixed-national"),
        },
      ],
    };
  const year = shipped.year;
  const hubKeys = HUBS.map((hub) => ({ hub, key: shippedKey(registry, hub, year) }));
  const hubPopulation = (key: PopulationKey) => key.rows.reduce((a, r) => a + r.population, 0);
  const first = allocate(
    { rows: hubKeys.map(({ hub, key }) => ({ name: hub, population: hubPopulation(key) })) },
    { ...options, rowKind: "hubs" }
  );
  if (!first.ok) return first;
  const hubs: HubShare[] = [];
  for (const [i, { hub, key }] of hubKeys.entries()) {
    const amount = first.allocation.rows[i].amount;
    const second =
      amount > 0
        ? allocate(key, { ...options, total: amount, rowKind: "municipalities" })
        : zeroOutcome(key, options);
    if (!second.ok) return second;
    hubs.push({
      hub,
      population: hubPopulation(key),
      amount,
      municipalities: registry.ofHub(hub),
      allocation: second.allocation,
    });
  }
  return { ok: true, national: first.allocation, hubs };
}

/** A hub whose share of a small total rounds to nothing: every municipality gets 0, shown with its share. */
function zeroOutcome(key: PopulationKey, options: AllocationOptions): AllocationOutcome {
  const o = AllocationOptionsSchema.parse({ ...options, total: 0 });
  const P = key.rows.reduce((a, r) => a + r.population, 0);
  return {
    ok: true,
    allocation: {
      total: 0,
      unit: o.unit,
      instalments: o.instalments,
      method: o.method,
      fixedTotal: 0,
      rows: key.rows.map((r) => ({
        name: r.name,
        population: r.population,
        share: r.population / P,
        fixed: 0,
        exact: 0,
        amount: 0,
        instalment: 0,
        adjustment: 0,
      })),
      sum: 0,
      difference: 0,
      instalmentTotal: 0,
      instalmentSum: 0,
      leftoverUnits: 0,
      sentence: allocationMessage(o.locale, "hub-gets-nothing"),
    },
  };
}
