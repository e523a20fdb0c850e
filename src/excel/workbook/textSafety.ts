// Text taken from the workbook and written back must stay text. Excel's Range.values reads a string starting with
// "=", "+", "-" or "@" as a formula (and "12,5" or "TRUE" as a number or a logical), exactly as if it were typed.
// A leading apostrophe is Excel's own "this is text" prefix: it is not part of the cell's value and is not shown.

const FORMULA_START = /^[=+\-@\t\r\n']/;
const LOOKS_LIKE_VALUE = /^\s*([-+]?[\d.,\s]+%?|true|false|sand|falsk|#[A-Z/0!?]+)\s*$/i;

/** The string to put in Range.values so that Excel stores exactly `text` as text. */
export function asText(text: string): string {
  if (text === "") return "";
  return FORMULA_START.test(text) || LOOKS_LIKE_VALUE.test(text) ? `'${text}` : text;
}

export type OutputValue = string | number | boolean;

/** Numbers and logicals go as they are; strings go through asText. */
export function cellValue(value: OutputValue | null): string | number | boolean {
  if (value === null) return "";
  return typeof value === "string" ? asText(value) : value;
}
