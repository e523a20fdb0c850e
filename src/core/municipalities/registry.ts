// The municipality data as the rest of the core uses it: typed records, lookups by code and hub, the population of a
// year, name matching. Built from the compact generated data (data.ts) after zod has checked it. Pure and data-free:
// callers pass the data in (shipped.ts does, for the shipped data), so a module that only needs the types or the
// matching does not pull 98 municipalities into a bundle.
import type { MessageLocale } from "../messages";
import { createMatcher, matchHub, type HubMatch, type MunicipalityMatch } from "./match";
import { municipalityMessage } from "./messages";
import {
  CompactMunicipalityDataSchema,
  CompactQuarterlyDataSchema,
  HUBS,
  RURAL_GROUP,
  type CompactMunicipalityData,
  type CompactQuarterlyData,
  type Hub,
  type Municipality,
  type Quarter,
} from "./schema";

export interface MunicipalityRegistry {
  /** The latest population date in the data (ISO). */
  asOf: string;
  /** "Kilde: Danmarks Statistik". */
  credit: string;
  /** What the figures are: "FOLK1A (befolkningen 1. januar), …". */
  sources: string;
  /** Years with a 1 January population, ascending. */
  years: number[];
  /** All 98, in DST code order. */
  all: Municipality[];
  byCode(code: number): Municipality | undefined;
  /** A hub's municipalities in DST code order. */
  ofHub(hub: Hub): Municipality[];
  /** Population on 1 January `year`, or undefined when the data has no such year. */
  population(municipality: Municipality, year: number): number | undefined;
  match(text: string | number): MunicipalityMatch;
  matchHub(text: string): HubMatch;
  /** DST's default meaning of rural (landdistrikt): kommunegruppe Landkommuner. */
  isRuralByDst(municipality: Municipality): boolean;
}

export function createRegistry(compact: CompactMunicipalityData): MunicipalityRegistry {
  const data = CompactMunicipalityDataSchema.parse(compact);
  const all: Municipality[] = data.municipalities.map(([code, name, region, hub, group, pops]) => ({
    code,
    name,
    region,
    hub,
    group,
    population: Object.fromEntries(data.years.map((y, i) => [String(y), pops[i]])),
  }));
  all.sort((a, b) => a.code - b.code);
  const byCode = new Map(all.map((m) => [m.code, m]));
  const byHub = new Map<Hub, Municipality[]>(HUBS.map((h) => [h, all.filter((m) => m.hub === h)]));
  const matcher = createMatcher(all);
  return {
    asOf: data.asOf,
    credit: data.credit,
    sources: data.sources,
    years: [...data.years].sort((a, b) => a - b),
    all,
    byCode: (code) => byCode.get(code),
    ofHub: (hub) => byHub.get(hub) ?? [],
    population: (m, year) => m.population[String(year)],
    match: (text) => matcher.match(text),
    matchHub,
    isRuralByDst: (m) => m.group === RURAL_GROUP,
  };
}

/** The year's check: an error message when the data has no populations for 1 January `year`. */
export function yearProblem(
  registry: MunicipalityRegistry,
  year: number,
  locale: MessageLocale = "da"
): string | undefined {
  if (registry.years.includes(year)) return undefined;
  return municipalityMessage(locale, "year-not-in-data", {
    year,
    first: registry.years[0],
    last: registry.years[registry.years.length - 1],
  });
}

/** FOLK1A per quarter: every municipality's population on the first day of each quarter. */
export interface QuarterlyPopulations {
  credit: string;
  sources: string;
  quarters: Quarter[];
  /** Populations by code, one per quarter in `quarters` order. */
  series(code: number): number[] | undefined;
}

export function createQuarterly(compact: CompactQuarterlyData): QuarterlyPopulations {
  const data = CompactQuarterlyDataSchema.parse(compact);
  const quarters: Quarter[] = data.quarters.map((label) => ({
    label,
    year: Number(label.slice(0, 4)),
    quarter: Number(label[5]) as Quarter["quarter"],
  }));
  const byCode = new Map(data.rows.map(([code, values]) => [code, values]));
  return {
    credit: data.credit,
    sources: data.sources,
    quarters,
    series: (code) => byCode.get(code),
  };
}
