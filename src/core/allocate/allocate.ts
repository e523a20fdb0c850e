// Splits a total among municipalities by population, optionally after a fixed part, in whole rounding units.
//
// Instalment design: the split is made per instalment. The instalment total (total / instalments) is allocated in
// whole units, and every row's yearly amount is instalments × its instalment. That guarantees, by construction:
//   - every instalment column adds up to the instalment total (it is one largest-remainder allocation),
//   - the instalments of a row add up to its yearly amount (they are equal), and
//   - the yearly amounts add up to the total (instalments × instalment total).
// Every municipality is invoiced the same amount each month or quarter, which is what the legacy tables do (seed
// 003: every amount is 12 equal monthly amounts). The price: each instalment is within one unit of its exact quota,
// so a yearly amount is within `instalments` units of its exact yearly quota, not within one. Allocating the year
// first and then splitting each row would keep the yearly amounts within one unit but make a row's instalments
// unequal (some months one unit more than others), which the invoicing does not do.
import type { MessageLocale } from "../messages";
import type { CellError } from "../model";
import { allocationError, allocationMessage } from "./messages";
import { floorDiv, formatOere, ratioToNumber, toKroner, toOere } from "./money";
import { largestRemainder, roundEach } from "./rounding";
import {
  AllocationOptionsSchema,
  PopulationKeySchema,
  type Allocation,
  type AllocationOptions,
  type AllocationOutcome,
  type KeyRow,
  type Place,
  type PopulationKey,
  type ResolvedAllocationOptions,
} from "./schema";
import { formatNumber } from "../format";

const NOWHERE: Place = { sheet: "", cell: "" };

/** Duplicate names are compared without case and surrounding spaces: "Vejle" and "vejle " are the same municipality. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase("da");
}

function rowPlace(row: KeyRow, column: "name" | "population" | "fixed"): Place {
  const cell = row.source?.[column] ?? row.source?.population;
  return row.source && cell ? { sheet: row.source.sheet, cell } : NOWHERE;
}

/** The checks on the municipalities themselves: non-empty, positive whole populations, unique names. */
export function validateKey(key: PopulationKey, locale: MessageLocale): CellError[] {
  const errors: CellError[] = [];
  if (key.rows.length === 0) {
    errors.push(allocationError(locale, key.source ?? NOWHERE, "empty-key"));
    return errors;
  }
  const seen = new Map<string, KeyRow>();
  for (const row of key.rows) {
    const name = row.name.trim();
    if (name === "") {
      errors.push(allocationError(locale, rowPlace(row, "name"), "missing-name"));
      continue;
    }
    const text = formatNumber(row.population, "da", 10);
    if (!Number.isFinite(row.population) || row.population <= 0) {
      errors.push(
        allocationError(locale, rowPlace(row, "population"), "population-not-positive", {
          name,
          text,
        })
      );
    } else if (!Number.isSafeInteger(row.population)) {
      errors.push(
        allocationError(locale, rowPlace(row, "population"), "population-not-integer", {
          name,
          text,
        })
      );
    }
    if (row.fixed !== undefined) {
      const fixedText = formatNumber(row.fixed, "da", 10);
      if (row.fixed < 0)
        errors.push(
          allocationError(locale, rowPlace(row, "fixed"), "fixed-negative", {
            name,
            text: fixedText,
          })
        );
      else if (toOere(row.fixed) === undefined)
        errors.push(
          allocationError(locale, rowPlace(row, "fixed"), "not-whole-oere", { text: fixedText })
        );
    }
    const other = seen.get(nameKey(name));
    if (other) {
      errors.push(
        allocationError(locale, rowPlace(row, "name"), "duplicate-name", {
          name,
          other: other.source?.row ?? "?",
        })
      );
    } else {
      seen.set(nameKey(name), row);
    }
  }
  return errors;
}

interface Money {
  total: bigint;
  unit: bigint;
  fixedTotal?: bigint;
}

function validateMoney(o: ResolvedAllocationOptions): { money?: Money; errors: CellError[] } {
  const { locale } = o;
  const totalPlace = o.totalPlace ?? NOWHERE;
  const errors: CellError[] = [];
  const total = toOere(o.total);
  const unit = toOere(o.unit);
  const fixedTotal = o.fixedTotal === undefined ? undefined : toOere(o.fixedTotal);
  if (total === undefined)
    errors.push(
      allocationError(locale, totalPlace, "not-whole-oere", {
        text: formatNumber(o.total, "da", 10),
      })
    );
  if (unit === undefined)
    errors.push(
      allocationError(locale, NOWHERE, "not-whole-oere", { text: formatNumber(o.unit, "da", 10) })
    );
  if (o.fixedTotal !== undefined && fixedTotal === undefined)
    errors.push(
      allocationError(locale, NOWHERE, "not-whole-oere", {
        text: formatNumber(o.fixedTotal, "da", 10),
      })
    );
  if (total === undefined || unit === undefined || errors.length > 0) return { errors };
  if (total <= 0n)
    errors.push(
      allocationError(locale, totalPlace, "total-not-positive", {
        total: formatOere(total, locale),
      })
    );
  if (unit <= 0n)
    errors.push(
      allocationError(locale, NOWHERE, "unit-not-positive", { unit: formatOere(unit, locale) })
    );
  if (errors.length > 0) return { errors };
  const step = unit * BigInt(o.instalments);
  if (total % step !== 0n) {
    const below = floorDiv(total, step) * step;
    errors.push(
      allocationError(locale, totalPlace, "total-not-multiple", {
        total: formatOere(total, locale),
        instalments: o.instalments,
        instalmentWord: allocationMessage(locale, `instalment-word-${o.instalments}`),
        unit: formatOere(unit, locale),
        step: formatOere(step, locale),
        below: formatOere(below, locale),
        above: formatOere(below + step, locale),
      })
    );
  }
  return { money: { total, unit, fixedTotal }, errors };
}

/**
 * Splits `options.total` among the key's municipalities. Returns the allocation, or the errors that prevent it
 * (each with the cell it is about). Pure: the same key and options always give the same amounts, whatever the
 * order of the rows.
 */
export function allocate(key: PopulationKey, options: AllocationOptions): AllocationOutcome {
  const parsedOptions = AllocationOptionsSchema.safeParse(options);
  const parsedKey = PopulationKeySchema.safeParse(key);
  if (!parsedOptions.success || !parsedKey.success) {
    const issues = [...(parsedOptions.error?.issues ?? []), ...(parsedKey.error?.issues ?? [])];
    const locale = parsedOptions.success ? parsedOptions.data.locale : "da";
    return {
      ok: false,
      errors: issues.map((i) =>
        allocationError(locale, NOWHERE, "bad-option", {
          path: i.path.join("."),
          detail: i.message,
        })
      ),
    };
  }
  const o = parsedOptions.data;
  const rows = parsedKey.data.rows;
  const errors = validateKey(parsedKey.data, o.locale);
  const { money, errors: moneyErrors } = validateMoney(o);
  errors.push(...moneyErrors);
  if (!money || errors.length > 0) return { ok: false, errors };

  const hasRowFixed = rows.some((r) => r.fixed !== undefined);
  if (hasRowFixed && money.fixedTotal !== undefined) {
    return { ok: false, errors: [allocationError(o.locale, NOWHERE, "fixed-twice")] };
  }
  // Fixed part of row i in øre is fixedNum[i] / fixedDen: F / n each for an equal split, its own amount otherwise.
  const n = BigInt(rows.length);
  const fixedDen = hasRowFixed ? 1n : n;
  const fixedNum = rows.map((r) =>
    hasRowFixed ? (toOere(r.fixed ?? 0) as bigint) : (money.fixedTotal ?? 0n)
  );
  const fixedTotal = hasRowFixed ? fixedNum.reduce((a, b) => a + b, 0n) : (money.fixedTotal ?? 0n);
  if (fixedTotal > money.total) {
    return {
      ok: false,
      errors: [
        allocationError(o.locale, o.totalPlace ?? NOWHERE, "fixed-exceeds-total", {
          fixed: formatOere(fixedTotal, o.locale),
          total: formatOere(money.total, o.locale),
        }),
      ],
    };
  }

  // Quota of row i per instalment, in units: (fixed_i + (T − F) × p_i / P) / (k × U) = nums[i] / den.
  const k = BigInt(o.instalments);
  const pops = rows.map((r) => BigInt(r.population));
  const P = pops.reduce((a, b) => a + b, 0n);
  const den = fixedDen * P * k * money.unit;
  const nums = rows.map(
    (_, i) => fixedNum[i] * P + fixedDen * (money.total - fixedTotal) * pops[i]
  );
  const unitsPerInstalment = money.total / (k * money.unit);

  let units: bigint[];
  let leftover = 0n;
  if (o.method === "largest-remainder") {
    const ties = rows.map((r) => ({ name: r.name.trim(), population: r.population }));
    ({ units, leftover } = largestRemainder(nums, den, unitsPerInstalment, ties));
  } else {
    units = roundEach(nums, den);
  }

  const yearOere = (u: bigint) => u * money.unit * k;
  const sum = units.reduce((a, b) => a + yearOere(b), 0n);
  const allocatedRows = rows.map((row, i) => ({
    name: row.name.trim(),
    population: row.population,
    share: ratioToNumber(pops[i], P),
    fixed: ratioToNumber(fixedNum[i], fixedDen * 100n),
    exact: ratioToNumber(nums[i] * k * money.unit, den * 100n),
    amount: toKroner(yearOere(units[i])),
    instalment: toKroner(units[i] * money.unit),
    adjustment: ratioToNumber((units[i] * den - nums[i]) * k * money.unit, den * 100n),
  }));

  const allocation: Allocation = {
    total: toKroner(money.total),
    unit: toKroner(money.unit),
    instalments: o.instalments,
    method: o.method,
    fixedTotal: toKroner(fixedTotal),
    rows: allocatedRows,
    sum: toKroner(sum),
    difference: toKroner(sum - money.total),
    instalmentTotal: toKroner(money.total / k),
    instalmentSum: toKroner(sum / k),
    leftoverUnits: Number(leftover),
    sentence: methodSentence(o, money, sum, leftover),
  };
  return { ok: true, allocation };
}

function methodSentence(
  o: ResolvedAllocationOptions,
  money: Money,
  sum: bigint,
  leftover: bigint
): string {
  const { locale } = o;
  const unit = formatOere(money.unit, locale);
  // The national split's first level shares among hubs, not municipalities: its sentence says so.
  const rows = o.rowKind === "hubs" ? "-hubs" : "";
  const perWhat = allocationMessage(locale, `per-what-${o.instalments}${rows}`);
  if (o.method === "largest-remainder") {
    const left = leftover > 1n ? "leftover-n" : `leftover-${leftover}`;
    return allocationMessage(locale, "method-largest-remainder", {
      perWhat,
      unit,
      leftover: allocationMessage(locale, leftover === 0n ? left : `${left}${rows}`, {
        count: Number(leftover),
        per: o.instalments === 1 ? "" : allocationMessage(locale, "per-instalment"),
      }),
      total: formatOere(money.total, locale),
      // A key of stated amounts has no inhabitants: the tie-break weight is the amount (issue 14).
      largest: allocationMessage(locale, `largest-${o.basis}`),
    });
  }
  const diff = sum - money.total;
  const amount = formatOere(diff < 0n ? -diff : diff, locale);
  const total = formatOere(money.total, locale);
  const difference =
    diff === 0n
      ? allocationMessage(locale, "difference-zero")
      : allocationMessage(locale, diff < 0n ? "difference-below" : "difference-above", {
          amount,
          total,
        });
  return allocationMessage(locale, "method-round-each", {
    perWhat,
    unit,
    times: o.instalments === 1 ? "" : allocationMessage(locale, `times-${o.instalments}`),
    sum: formatOere(sum, locale),
    difference,
  });
}
