// Text taken from the workbook and written back must stay text. Excel's Range.values reads a string starting with
// "=", "+" or "-" as a formula (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
// and parses the rest as typed input in the en-US locale, whatever the user's region (OfficeDev/office-js#1559): "12.5",
// "1.5E3", "50%", "TRUE", "#N/A", "2024-01-31" and "3/4" become numbers, logicals, errors and dates. Learn's culture
// sample writes locale-shaped numbers through Range.values as numbers, so "12,5" and "SAND" are guarded too, and so is
// what starts a formula in typed input or formula injection ("@", tab, CR, LF; OWASP "CSV Injection").
// A leading apostrophe is Excel's own "this is text" prefix: it is not part of the cell's value and is not shown.
// Tested against those sources in test/excel/textSafety.test.ts.

const FORMULA_START = /^[=+\-@\t\r\n']/;
// Numbers in either convention, with exponent, percent or parentheses, dates and times; logicals; error values.
const LOOKS_LIKE_VALUE =
  /^\s*(\(?[-+]?[\d.,\s/:-]*\d[\d.,\s/:-]*(e[-+]?\d+)?\s*%?\)?|true|false|sand|falsk|#[A-Z/0!?]+)\s*$/i;

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
