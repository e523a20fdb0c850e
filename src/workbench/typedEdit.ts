// What a cell edit in the workbench's grid writes. In Excel the user types in the workbook's locale (Danish: "61,5",
// "1.234,5", "75 %"), while Range.values reads strings with en-US conventions whatever the locale
// (OfficeDev/office-js#1559; src/host/model/typedInput.ts) and would make "61,5" the number 615. So a number typed the
// Danish way is first put in the invariant form ("61.5"); everything else is written as typed, and the host reads it
// as Excel reads typed input (numbers, TRUE/FALSE, dates, formulas, text). An empty entry clears the cell's value.

/** A number as a Dane types it: optional sign, thousands with ".", decimals with ",", optional "%". */
const DANISH_NUMBER = /^([-+]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s?%)?$/;

export function invariantTyped(text: string, decimalSeparator: "," | "."): string {
  const typed = text.trim();
  if (decimalSeparator !== ",") return typed;
  const m = DANISH_NUMBER.exec(typed);
  if (!m) return typed;
  const [, sign, whole, decimals, percent] = m;
  return `${sign}${whole.replace(/\./g, "")}${decimals ? `.${decimals}` : ""}${percent ? "%" : ""}`;
}

/** The grid's edit callback: the cell's address ("D4") and the text typed. */
export type CellEditHandler = (address: string, text: string) => void;

/** The in-cell editor's end: the text to write, or null when the edit was cancelled (Escape). */
export type EditorDone = (text: string | null) => void;
