// Thresholds ("tærskler") as numbers the rules can compare: a fixed value, a value per year ("2021: 45 %; 2022: 47 %"),
// or a baseline plus percentage points (Basis 32 % + 5 pp = 37 %). Also the unit check between result and threshold.
import { formatNumber, formatPercent, formatPoints } from "../format";
import type { TierSpec } from "../goalTable";
import type { Direction } from "../model";
import type { NumberQuantity, Quantity } from "../numbers";

export interface Tier {
  fulfilment: number;
  value: number;
  percent: boolean;
  cell: string;
  /** How the threshold was derived, when it was not typed as is ("Tærskel for 2022: 47 %"). */
  note?: string;
}

export type TierProblem = { cell: string; code: string; params: Record<string, string | number> };

/** Percentages with one decimal; small plain numbers (0,75) with up to three so they are not rounded into a lie. */
export function displayValue(value: number, percent: boolean): string {
  if (percent) return formatPercent(value, "da", 1);
  return formatNumber(value, "da", Math.abs(value) < 10 ? 3 : 1);
}

export function displayFulfilment(f: number): string {
  return formatPercent(f, "da", 1);
}

export interface ThresholdContext {
  year?: number;
  baseline?: { quantity: Quantity; cell: string; text: string };
}

export function resolveTiers(
  specs: TierSpec[],
  ctx: ThresholdContext
): { tiers: Tier[]; problems: TierProblem[] } {
  const tiers: Tier[] = [];
  const problems: TierProblem[] = [];
  for (const spec of specs) {
    const q = spec.quantity;
    if (q.kind === "number") {
      tiers.push({
        fulfilment: spec.fulfilment,
        value: q.value,
        percent: q.percent,
        cell: spec.cell,
      });
    } else if (q.kind === "byYear") {
      if (ctx.year === undefined) {
        problems.push({ cell: spec.cell, code: "missing-year", params: {} });
        continue;
      }
      const entry = q.entries.find((e) => e.year === ctx.year);
      if (!entry) {
        problems.push({
          cell: spec.cell,
          code: "year-not-listed",
          params: { year: ctx.year, years: q.entries.map((e) => e.year).join(", ") },
        });
        continue;
      }
      tiers.push({
        fulfilment: spec.fulfilment,
        value: entry.value.value,
        percent: entry.value.percent,
        cell: spec.cell,
        note: `Tærskel for ${ctx.year}: ${displayValue(entry.value.value, entry.value.percent)}`,
      });
    } else if (q.kind === "points") {
      const base = ctx.baseline?.quantity;
      if (!base || base.kind !== "number") {
        problems.push({ cell: spec.cell, code: "baseline-missing", params: { text: spec.text } });
        continue;
      }
      // A baseline typed as 32 (no % sign) next to "+5 pp" is read as 32 %: points only make sense on percentages.
      const baseValue = base.percent || base.value <= 1 ? base.value : base.value / 100;
      const value = baseValue + q.value;
      tiers.push({
        fulfilment: spec.fulfilment,
        value,
        percent: true,
        cell: spec.cell,
        note: `Basis ${displayValue(baseValue, true)} + ${formatPoints(q.value)} = ${displayValue(value, true)}`,
      });
    } else {
      problems.push({ cell: spec.cell, code: "not-a-number", params: { text: spec.text } });
    }
  }
  return { tiers, problems };
}

/** Tiers must rise with their fulfilment: for "at least", the 100 % threshold is not below the 50 % one. */
export function checkTierOrder(tiers: Tier[], direction: Direction): TierProblem | undefined {
  const sorted = [...tiers].sort((a, b) => b.fulfilment - a.fulfilment);
  for (let i = 1; i < sorted.length; i++) {
    const higher = sorted[i - 1];
    const lower = sorted[i];
    const wrong = direction === "mindst" ? lower.value > higher.value : lower.value < higher.value;
    if (wrong) {
      return {
        cell: lower.cell,
        code: "tier-order",
        params: {
          lower: displayFulfilment(lower.fulfilment),
          lowerValue: displayValue(lower.value, lower.percent),
          higher: displayFulfilment(higher.fulfilment),
          higherValue: displayValue(higher.value, higher.percent),
          direction,
        },
      };
    }
  }
  return undefined;
}

/**
 * Puts a result and a threshold on the same scale. 0,75 against 80 % is read as 75 %; 97 against 70 % is refused
 * (it could be 97 % or a count of 97), with a message showing how to write it.
 */
export function alignUnits(
  result: NumberQuantity,
  tier: Tier
): { ok: true; percent: boolean } | { ok: false; params: Record<string, string> } {
  if (result.percent === tier.percent) return { ok: true, percent: result.percent };
  if (tier.percent && !result.percent) {
    if (result.value >= 0 && result.value <= 1) return { ok: true, percent: true };
    return {
      ok: false,
      params: {
        result: displayValue(result.value, false),
        threshold: displayValue(tier.value, true),
        suggestion: `${formatNumber(result.value, "da", 2)} %`,
      },
    };
  }
  if (tier.value >= 0 && tier.value <= 1) return { ok: true, percent: true };
  return {
    ok: false,
    params: {
      result: displayValue(result.value, true),
      threshold: displayValue(tier.value, false),
      suggestion: `${formatNumber(tier.value, "da", 2)} %`,
    },
  };
}

/** Comparisons tolerate floating-point noise: 32 % + 5 pp is 0.37000000000000005, and 37 % must meet it. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - 1e-9 * Math.max(1, Math.abs(threshold));
}

export function atMost(value: number, threshold: number): boolean {
  return value <= threshold + 1e-9 * Math.max(1, Math.abs(threshold));
}

export function meets(value: number, threshold: number, direction: Direction): boolean {
  return direction === "mindst" ? atLeast(value, threshold) : atMost(value, threshold);
}
