// Exact money arithmetic for the split: amounts as whole øre in bigint, quotas as fractions over one denominator,
// so no float drift can move a krone. Numbers only come back out for display and JSON.
import { formatKroner, formatNumber, type Locale } from "../format";

/** Kroner → whole øre, or undefined when the amount has more than two decimals (or is not finite). */
export function toOere(kroner: number): bigint | undefined {
  if (!Number.isFinite(kroner)) return undefined;
  const scaled = kroner * 100;
  const rounded = Math.round(scaled);
  // Allow the float noise of a decimal written with at most two decimals (0.29 * 100 = 28.999999999999996).
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) return undefined;
  return BigInt(rounded);
}

/** Whole øre → kroner as a number (exact below 2^53 øre, i.e. below 90 billion kroner). */
export function toKroner(oere: bigint): number {
  return Number(oere) / 100;
}

/** numerator / denominator as the nearest double, without overflowing for large numerators. */
export function ratioToNumber(numerator: bigint, denominator: bigint): number {
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  const abs = (x: bigint) => (x < 0n ? -x : x);
  // Both exact as doubles: one division, correctly rounded.
  if (abs(numerator) <= safe && abs(denominator) <= safe)
    return Number(numerator) / Number(denominator);
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const whole = n / d;
  const scale = 1n << 53n;
  const fraction = Number(((n % d) * scale) / d) / Number(scale);
  const value = Number(whole) + fraction;
  return negative ? -value : value;
}

/** Rounds numerator / denominator (denominator > 0) to the nearest integer, halves up (towards +∞). */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return floorDiv(2n * numerator + denominator, 2n * denominator);
}

/** Floor division for a positive denominator (bigint division truncates towards zero). */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const q = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n ? q - 1n : q;
}

/** "16.500.000 kr." from øre; whole kroner shown without decimals. */
export function formatOere(oere: bigint, locale: Locale = "da"): string {
  return formatKroner(toKroner(oere), locale);
}

/** A count of units: 1374 → "1.374". */
export function formatCount(count: bigint, locale: Locale = "da"): string {
  return formatNumber(Number(count), locale, 0);
}
