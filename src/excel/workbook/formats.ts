// Formats the writers share: number and date formats, Excel's date serial, the status colours and the conditional
// formats that colour a status or a fulfilment the way the core's statuses are defined.
import { STATUS_FILL_AND_FONT } from "../../core/statusColours";
import type { Status } from "../../core/model";
import { STATUS_THRESHOLDS } from "../../core/rollup";
import type { ConditionalRule } from "./ops";

export const PERCENT_FORMAT = "0 %";
export const DATE_FORMAT = "dd-mm-yyyy hh:mm";

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
