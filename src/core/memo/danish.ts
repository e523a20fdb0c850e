// Danish wording for the memo: dates as a KKR agenda writes them ("6. december 2026"), lists joined with "og",
// fulfilment with the pane's rounding (one decimal: "97,2 %").
import { formatNumber, formatPercent } from "../format";
import type { Range } from "../rollup";

const MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

/** 2026-12-06 → "6. december 2026" (the date's own calendar day, no time zone arithmetic). */
export function danishDate(date: { year: number; month: number; day: number }): string {
  return `${date.day}. ${MONTHS[date.month - 1]} ${date.year}`;
}

/** "2026-12-06" → { year: 2026, month: 12, day: 6 }, or undefined when it is not a real calendar date. */
export function parseIsoDate(
  text: string
): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return undefined;
  return { year, month, day };
}

/** "a", "a og b", "a, b og c". */
export function joinDanish(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}

/** 0.97222 → "97,2 %": the pane's and Oversigt's rounding (one decimal). */
export function percent(fraction: number): string {
  return formatPercent(fraction, "da", 1);
}

/** [0.5, 0.9167] → "50–91,7 %" (the overall's range as the pane shows it). */
export function percentRange(range: Range): string {
  return `${formatNumber(range[0] * 100, "da", 1)}–${percent(range[1])}`;
}

/** Lower-cases the first letter of a heading used inside a sentence ("Fælles indsatsmål" → "fælles indsatsmål"). */
export function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase("da") + label.slice(1);
}

/** Upper-cases the first letter of a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase("da") + text.slice(1);
}
