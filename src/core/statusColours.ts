// The status colours, for every picture of a result outside Excel (the memo's table and chart). They are Excel's own
// "Good / Neutral / Bad" cell styles; the Status cells and the summary sheet use this same record
// (src/excel/workbook/formats.ts), so a status reads the same in the workbook and in the memo.
import type { Status } from "./model";

export const STATUS_FILL_AND_FONT: Record<Status, { fill: string; font: string }> = {
  Opfyldt: { fill: "#C6EFCE", font: "#006100" },
  "Delvist opfyldt": { fill: "#FFEB9C", font: "#9C5700" },
  "Ikke opfyldt": { fill: "#FFC7CE", font: "#9C0006" },
  "Afventer data": { fill: "#EDEDED", font: "#595959" },
  Fejl: { fill: "#F4B084", font: "#833C0B" },
};
