// Text taken from the workbook and written back must come back as the same text. A string written through
// Range.values (or Range.formulas) is read the way typed input is, with en-US conventions whatever the user's locale
// (OfficeDev/office-js#1559: "the APIs use USA locale by default"):
//  - "=", "+", "-" start a formula ("If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
//    Excel interprets this value as a formula", learn.microsoft.com/javascript/api/excel/excel.range
//    #excel-excel-range-values-member), "@" too;
//  - numbers ("1.000", "0045", "12,5" may be read as 1,000), dates ("15-feb", "1/2", "3-4", "feb 15", "jan-2024"),
//    times ("10:30"), currency ("$5"), fractions ("1 1/2"), "(5)" (minus five), percentages, TRUE/FALSE and error
//    literals ("#N/A") become values. Microsoft documents no list of the shapes the parser takes, so the rule is wide:
//    a string whose first character could begin any of them, or that starts with an English month name and a digit.
// A leading apostrophe is Excel's own "this is text" prefix: it is not part of the cell's value and is not shown
// (the "Blank and null values" article; OfficeDev/office-js#6687: Range.formulas reads the text back without it).
// Learn's culture sample writes locale-shaped numbers through Range.values as numbers ("Access application culture
// settings"), so "12,5" and "SAND" are guarded too, and so is what starts a formula in typed input or formula
// injection ("@", tab, CR, LF; OWASP "CSV Injection").
// Prefixing a string that would have stayed text anyway changes nothing the user sees or reads back.
// Tested against those sources in test/excel/textSafety.test.ts.

/** Characters that can begin a formula, a number, a date, a time, an amount, a fraction, "(5)" or an error value. */
const VALUE_START = /^[=+\-@'\d.,:$€£¥%(#]/;
/** Control characters Excel would take as the start of a formula or drop (tab, line breaks). */
const CONTROL_START = /^[\t\r\n]/;
/** English month names and abbreviations followed by a digit: "feb 15", "Mar-21", "september 2024", "Sept. 5". */
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/.,]*\d/i;
/** Logicals in English (Excel's parser) and Danish (the user's display), whole. */
const LOGICAL = /^(true|false|sand|falsk)$/i;

/** Whether Excel could store `text` as anything but this text when it is written through Range.values. */
export function couldBeParsed(text: string): boolean {
  if (CONTROL_START.test(text)) return true;
  const trimmed = text.trim();
  return VALUE_START.test(trimmed) || MONTH_DATE.test(trimmed) || LOGICAL.test(trimmed);
}

/** The string to put in Range.values so that Excel stores exactly `text` as text. */
export function asText(text: string): string {
  if (text === "") return "";
  return couldBeParsed(text) ? `'${text}` : text;
}

export type OutputValue = string | number | boolean;

/** Numbers and logicals go as they are; strings go through asText. */
export function cellValue(value: OutputValue | null): string | number | boolean {
  if (value === null) return "";
  return typeof value === "string" ? asText(value) : value;
}
