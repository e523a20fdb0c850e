// The overall fulfilment in one line, as Målopfyldelse and Hvad nu hvis show it.
import type { EvaluationResult } from "../../core/evaluate";
import { formatNumber, formatPercent } from "./format";
import type { PaneLocale, SharedWords } from "./words";

/**
 * The core's overall text is Danish ("97,2 %, 9 af 9 mål målt", also written to the workbook); in English the pane
 * says the same from the same figures.
 */
export function overallLine(result: EvaluationResult, t: SharedWords, locale: PaneLocale): string {
  if (locale === "da") return result.overallText;
  // A goal in error makes the overall unavailable (core/rollup.ts overallOf): never a figure over fewer goals.
  const failed = failedGoals(result);
  if (failed.length > 0) return t.overallUnavailable(failed);
  const counted = result.goals.length - result.counts.Fejl;
  const measured = counted - result.counts["Afventer data"];
  if (result.overall === null)
    return counted === 0 ? t.overallPending : t.overallText(t.overallPending, null, 0, counted);
  const range = result.overallRange;
  const rangeText =
    range && measured !== counted
      ? `${formatNumber(range[0] * 100, locale, 1)}–${formatPercent(range[1], locale)}`
      : null;
  return t.overallText(formatPercent(result.overall, locale), rangeText, measured, counted);
}

/** The goals in error, by Nr: while there are any, the core gives no overall. */
export function failedGoals(result: EvaluationResult): string[] {
  return result.overall === null
    ? result.goals.filter((g) => g.status === "Fejl").map((g) => g.id)
    : [];
}

/** The big figure: "97,2 %", "Afventer data" while nothing is measured, "–" while a goal is in error. */
export function overallHead(result: EvaluationResult, t: SharedWords, locale: PaneLocale): string {
  if (result.overall !== null) return formatPercent(result.overall, locale);
  return failedGoals(result).length > 0 ? t.noFulfilment : t.overallPending;
}
