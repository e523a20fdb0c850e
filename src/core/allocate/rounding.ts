// The two ways of turning exact quotas into whole units. Quotas are fractions num / den over one shared
// denominator, so comparing remainders is comparing integers.
import { floorDiv, roundHalfUp } from "./money";

/** The tie-break order: larger population first, then name in Danish alphabetical order, then code points. */
const danish = new Intl.Collator("da");

export interface TieKey {
  name: string;
  population: number;
}

/**
 * Orders rows for equal remainders. Depends only on the rows' own data, never on their position in the table,
 * so shuffling the table cannot move a unit. Names are unique (duplicates are rejected), so the order is total.
 */
export function compareForTies(a: TieKey, b: TieKey): number {
  if (a.population !== b.population) return b.population - a.population;
  const byCollation = danish.compare(a.name, b.name);
  if (byCollation !== 0) return byCollation;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Largest remainder (Hamilton): every quota rounded down, then the `units − Σ floors` leftover units go one each
 * to the largest remainders, equal remainders ordered by compareForTies. Requires Σ nums = units × den, so the
 * result adds up to exactly `units` and every row is within one unit of its quota.
 */
export function largestRemainder(
  nums: bigint[],
  den: bigint,
  units: bigint,
  ties: TieKey[]
): { units: bigint[]; leftover: bigint } {
  const floors = nums.map((n) => floorDiv(n, den));
  const leftover = units - floors.reduce((a, b) => a + b, 0n);
  const remainders = nums.map((n, i) => n - floors[i] * den);
  const order = nums.map((_, i) => i);
  order.sort((i, j) => {
    if (remainders[i] !== remainders[j]) return remainders[i] > remainders[j] ? -1 : 1;
    return compareForTies(ties[i], ties[j]);
  });
  const result = [...floors];
  for (let k = 0; k < Number(leftover); k++) result[order[k]] += 1n;
  return { units: result, leftover };
}

/** The legacy method: every quota rounded on its own to the nearest unit, halves up. The sum is not controlled. */
export function roundEach(nums: bigint[], den: bigint): bigint[] {
  return nums.map((n) => roundHalfUp(n, den));
}
