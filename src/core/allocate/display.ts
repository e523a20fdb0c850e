// Display of shares and counts at a fixed number of decimals ("5,00 %", not "5 %"): an audit shows a figure at
// the precision it was printed at. Calculation never goes through these.
import { formatNumber, type Locale } from "../format";

/** 5 → "5,00" with 2 decimals (da). */
export function formatFixed(value: number, decimals: number, locale: Locale = "da"): string {
  const text = formatNumber(value, locale, decimals);
  if (decimals === 0) return text;
  const sep = locale === "da" ? "," : ".";
  const at = text.indexOf(sep);
  const have = at < 0 ? 0 : text.length - at - 1;
  return (at < 0 ? text + sep : text) + "0".repeat(decimals - have);
}

/** A share as printed: 0.0347 → "3,47 %" (percent, 2 decimals) or "0,0347" (fraction, 4 decimals). */
export function formatShare(
  fraction: number,
  decimals: number,
  percent = true,
  locale: Locale = "da"
): string {
  if (!percent) return formatFixed(fraction, decimals, locale);
  const text = formatFixed(fraction * 100, decimals, locale);
  return locale === "da" ? `${text} %` : `${text}%`;
}
