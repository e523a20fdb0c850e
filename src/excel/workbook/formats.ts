// Formats the writers share: number and date formats, Excel's date serial, the status colours and the conditional
// formats that colour a status or a fulfilment the way the core's statuses are defined.
import { STATUS_FILL_AND_FONT } from "../../core/statusColours";
import type { Status } from "../../core/model";
import { STATUS_THRESHOLDS } from "../../core/rollup";
import type { ConditionalRule } from "./ops";

/**
 * Fulfilment with one decimal, the pane's rounding (core/format.ts formatPercent, at most one decimal): Oversigt
 * shows 97,2 % where the pane and the text beside it say 97,2 %, never 97 %.
 */
export const PERCENT_FORMAT = "0.0 %";
/** A change in percentage points, written as points (2.8 for +2,8 procentpoint) under a "(procentpoint)" header. */
export const POINTS_FORMAT = "+0.0;-0.0;0.0";
/** @deprecated Dates are written as Danish text (danishDateTime); kept for sheets drawn by earlier versions. */
export const DATE_FORMAT = "dd-mm-yyyy hh:mm";

/** Danish month abbreviations with their full stop; "maj" is short enough to stand unabbreviated. */
const MONTHS = [
  "jan.",
  "feb.",
  "mar.",
  "apr.",
  "maj",
  "jun.",
  "jul.",
  "aug.",
  "sep.",
  "okt.",
  "nov.",
  "dec.",
];

/**
 * "13. okt. 2021, 10.00": a date and time as Danish text, the way the workbook shows every date it writes. Text, not
 * a date serial under a number format: a format's month names follow the user's Excel language, and the workbook's
 * output is always Danish.
 */
export function danishDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getDate()}. ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${two(date.getHours())}.${two(date.getMinutes())}`;
}

/** Excel's date serial for a local date and time. */
export function excelSerial(date: Date): number {
  const utc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds()
  );
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export const STATUS_ORDER: Status[] = [
  "Opfyldt",
  "Delvist opfyldt",
  "Ikke opfyldt",
  "Afventer data",
  "Fejl",
];

/** Excel's own "Good / Neutral / Bad" cell styles, one definition for the workbook, the pane's pictures and the memo. */
export const STATUS_COLOURS = STATUS_FILL_AND_FONT;

/** A status cell coloured by its text: one "begins with" rule per status but Fejl. */
export function statusRules(): ConditionalRule[] {
  return STATUS_ORDER.filter((s) => s !== "Fejl").map((status) => ({
    kind: "beginsWith" as const,
    // "Opfyldt", "Delvist", "Ikke", "Afventer": prefixes that tell the statuses apart.
    text: status.split(" ")[0],
    fill: STATUS_COLOURS[status].fill,
    font: STATUS_COLOURS[status].font,
  }));
}

/**
 * A fulfilment cell's traffic light, from the thresholds the core's statuses use (core/rollup.ts statusOf): red for
 * Ikke opfyldt, yellow from the first bit of fulfilment (Delvist opfyldt), green from 100 % (Opfyldt).
 */
export function fulfilmentLights(): ConditionalRule {
  return {
    kind: "trafficLights",
    yellowFrom: STATUS_THRESHOLDS.partial,
    greenFrom: STATUS_THRESHOLDS.met,
  };
}
