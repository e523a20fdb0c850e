// Display formatting. Calculation keeps full precision; only these functions round, and only for display.

export type Locale = "da" | "en";

function groupDigits(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 16488 → "16.488" (da) / "16,488" (en); up to `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, locale: Locale = "da", maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxDecimals);
  let [integer, decimals = ""] = fixed.split(".");
  decimals = decimals.replace(/0+$/, "");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  const groupSep = locale === "da" ? "." : ",";
  const decimalSep = locale === "da" ? "," : ".";
  integer = groupDigits(integer, groupSep);
  return sign + integer + (decimals ? decimalSep + decimals : "");
}

/** 0.925 → "92,5 %" (da) / "92.5%" (en). At most one decimal unless asked. */
export function formatPercent(fraction: number, locale: Locale = "da", maxDecimals = 1): string {
  const text = formatNumber(fraction * 100, locale, maxDecimals);
  return locale === "da" ? `${text} %` : `${text}%`;
}

/** Percentage points: 0.05 → "5 pp" (da) / "5 pp" (en). */
export function formatPoints(fraction: number, locale: Locale = "da"): string {
  return `${formatNumber(fraction * 100, locale, 1)} pp`;
}

/**
 * An amount in kroner: 1375000 → "1.375.000 kr." (da) / "DKK 1,375,000" (en); with øre always two decimals, as
 * money is written: 16500000.5 → "16.500.000,50 kr.", never ",5".
 */
export function formatKroner(value: number, locale: Locale = "da"): string {
  let amount = formatNumber(value, locale, 2);
  const decimalSep = locale === "da" ? "," : ".";
  const at = amount.indexOf(decimalSep);
  if (at >= 0 && at === amount.length - 2) amount += "0";
  return locale === "da" ? `${amount} kr.` : `DKK ${amount}`;
}
