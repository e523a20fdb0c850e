// From which date are a key's populations? Each municipality's stated population is looked up in DST's FOLK1A
// series (the population on the first day of every quarter, 2008–2026); the quarter that explains the most rows is
// the key's date, and the rows it does not explain are named with the date they do match, or none. Seed 000's
// Sydjylland table: 12 of 13 are 1 October 2017, Vejen's 42.822 is 1 January 2017.
import type { MunicipalityMatch } from "./match";
import type { MunicipalityRegistry, QuarterlyPopulations } from "./registry";
import type { Municipality, Quarter } from "./schema";

export interface DatingInput {
  name: string;
  population: number;
}

export interface DatedRow {
  /** Index into the input rows. */
  index: number;
  population: number;
  /** Undefined when the name is not a municipality (see `match`). */
  municipality?: Municipality;
  match: MunicipalityMatch;
  /** The quarters whose population equals the stated one, oldest first. */
  quarters: Quarter[];
  /** DST's figure for this municipality at the key's date (when there is one). */
  atBest?: number;
}

export interface PopulationDating {
  /** The quarter that explains the most rows (the latest on a tie), or null when none explains any. */
  best: { quarter: Quarter; matches: number } | null;
  /** Rows whose name is a municipality and whose population is a whole number. */
  dated: number;
  rows: DatedRow[];
  /** The first and last quarter of the reference data. */
  span: { first: Quarter; last: Quarter };
}

export function datePopulations(
  input: readonly DatingInput[],
  registry: MunicipalityRegistry,
  quarterly: QuarterlyPopulations
): PopulationDating {
  const { quarters } = quarterly;
  const votes = new Array<number>(quarters.length).fill(0);
  const rows: DatedRow[] = input.map((row, index) => {
    const match = registry.match(row.name);
    const municipality = match.ok ? match.municipality : undefined;
    const series = municipality ? quarterly.series(municipality.code) : undefined;
    const hits: Quarter[] = [];
    if (series && Number.isSafeInteger(row.population)) {
      series.forEach((value, i) => {
        if (value === row.population) {
          hits.push(quarters[i]);
          votes[i]++;
        }
      });
    }
    return { index, population: row.population, municipality, match, quarters: hits };
  });
  let bestIndex = -1;
  votes.forEach((v, i) => {
    if (v > 0 && (bestIndex < 0 || v >= votes[bestIndex])) bestIndex = i;
  });
  if (bestIndex >= 0) {
    for (const row of rows) {
      const series = row.municipality ? quarterly.series(row.municipality.code) : undefined;
      if (series) row.atBest = series[bestIndex];
    }
  }
  return {
    best: bestIndex < 0 ? null : { quarter: quarters[bestIndex], matches: votes[bestIndex] },
    dated: rows.filter((r) => r.municipality && Number.isSafeInteger(r.population)).length,
    rows,
    span: { first: quarters[0], last: quarters[quarters.length - 1] },
  };
}
