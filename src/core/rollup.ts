// Roll-up: rows → parts → goals → overall. Rows of one part must all be met (the lowest counts) unless the goal's
// `Segmentsamling` says gennemsnit; parts average unless `Samling` says alle; goals average with optional weights.
// Pending rows carry the range [0 %, 100 %], so every level knows the lowest and highest it can still become.
// Full precision throughout; rounding is for display only.
import { formatNumber } from "./format";
import type { Combine, Status } from "./model";
import { displayFulfilment } from "./rules/taerskler";

export type Range = [number, number];

export interface Figure {
  /** null while something below is pending. */
  fulfilment: number | null;
  range: Range;
}

/**
 * Where the statuses change, as fulfilment: from `met` on Opfyldt, from `partial` on Delvist opfyldt, below it Ikke
 * opfyldt. The 1e-12 absorbs floating-point noise (an average of 100 % figures may come out as 0.9999999999999999).
 * The workbook's traffic lights are drawn from the same numbers (src/excel/workbook/formats.ts), so a row's light and
 * its status always agree.
 */
export const STATUS_THRESHOLDS = { partial: 1e-12, met: 1 - 1e-12 } as const;

export function statusOf(fulfilment: number | null, hasErrors = false): Status {
  if (hasErrors) return "Fejl";
  if (fulfilment === null) return "Afventer data";
  if (fulfilment >= STATUS_THRESHOLDS.met) return "Opfyldt";
  if (fulfilment < STATUS_THRESHOLDS.partial) return "Ikke opfyldt";
  return "Delvist opfyldt";
}

export function rowFigure(fulfilment: number | null): Figure {
  return fulfilment === null
    ? { fulfilment: null, range: [0, 1] }
    : { fulfilment, range: [fulfilment, fulfilment] };
}

/** Combines figures: "alle" takes the lowest, "gennemsnit" the mean. */
export function combine(figures: Figure[], how: Combine): Figure {
  const lows = figures.map((f) => f.range[0]);
  const highs = figures.map((f) => f.range[1]);
  const pick = (xs: number[]) =>
    how === "alle" ? Math.min(...xs) : xs.reduce((a, b) => a + b, 0) / xs.length;
  const range: Range = [pick(lows), pick(highs)];
  const pending = figures.some((f) => f.fulfilment === null);
  return { fulfilment: pending ? null : pick(figures.map((f) => f.fulfilment as number)), range };
}

export function describeCombination(
  items: { label: string; figure: Figure }[],
  how: Combine,
  result: Figure,
  noun: "rækker" | "delmål"
): string {
  const shown = (f: Figure) =>
    f.fulfilment === null ? "afventer" : displayFulfilment(f.fulfilment);
  const list = items.map((i) => `${i.label} ${shown(i.figure)}`).join(", ");
  const value =
    result.fulfilment === null
      ? `afventer (${displayFulfilment(result.range[0])}–${displayFulfilment(result.range[1])})`
      : displayFulfilment(result.fulfilment);
  return how === "alle"
    ? `Alle ${noun} skal være opfyldt, laveste af ${list} → ${value}`
    : `Gennemsnit af ${items.length} ${noun} (${list}) → ${value}`;
}

export interface WeightedFigure extends Figure {
  weight: number;
}

export interface Overall {
  /** Weighted mean of the measured goals; null when nothing is measured yet. */
  overall: number | null;
  /** Lowest and highest the overall can still become while goals are pending; null when nothing counts. */
  range: Range | null;
  measured: number;
  counted: number;
}

/** Overall fulfilment ("samlet målopfyldelse"): pending goals are left out of the figure and bound its range. */
export function overallOf(goals: WeightedFigure[]): Overall {
  const measured = goals.filter((g) => g.fulfilment !== null);
  const weightOf = (gs: WeightedFigure[]) => gs.reduce((a, g) => a + g.weight, 0);
  const measuredWeight = weightOf(measured);
  const overall =
    measured.length === 0 || measuredWeight === 0
      ? null
      : measured.reduce((a, g) => a + g.weight * (g.fulfilment as number), 0) / measuredWeight;
  const totalWeight = weightOf(goals);
  const range: Range | null =
    goals.length === 0 || totalWeight === 0
      ? null
      : [
          goals.reduce((a, g) => a + g.weight * g.range[0], 0) / totalWeight,
          goals.reduce((a, g) => a + g.weight * g.range[1], 0) / totalWeight,
        ];
  return { overall, range, measured: measured.length, counted: goals.length };
}

/** "97,2 % (87,5–97,5 %), 9 af 10 mål målt" */
export function describeOverall(o: Overall): string {
  if (o.overall === null)
    return o.counted === 0 ? "Ingen mål at beregne" : `Afventer data: 0 af ${o.counted} mål målt`;
  const head = displayFulfilment(o.overall);
  if (!o.range || o.measured === o.counted)
    return `${head}, ${o.measured} af ${o.counted} mål målt`;
  const lo = formatNumber(o.range[0] * 100, "da", 1);
  const hi = displayFulfilment(o.range[1]);
  return `${head} (${lo}–${hi}), ${o.measured} af ${o.counted} mål målt`;
}
