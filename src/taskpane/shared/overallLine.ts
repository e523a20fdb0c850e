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
