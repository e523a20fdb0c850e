// Formats the writers share: number and date formats, Excel's date serial, the status colours and the conditional
// formats that colour a status or a fulfilment the way the core's statuses are defined.
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

/** Excel's own "Good / Neutral / Bad" cell styles, so the colours read the same as in the user's other workbooks. */
export const STATUS_COLOURS: Record<Status, { fill: string; font: string }> = {
  Opfyldt: { fill: "#C6EFCE", font: "#006100" },
  "Delvist opfyldt": { fill: "#FFEB9C", font: "#9C5700" },
  "Ikke opfyldt": { fill: "#FFC7CE", font: "#9C0006" },
  "Afventer data": { fill: "#EDEDED", font: "#595959" },
  Fejl: { fill: "#F4B084", font: "#833C0B" },
};

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
