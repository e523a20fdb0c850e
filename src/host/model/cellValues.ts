// Cell contents in both directions.
//
// Reading: ExcelJS keeps many shapes (numbers, Dates, rich text, hyperlinks, formulas with an optional cached
// result, error objects); Office.js shows one: `values` has "" for empty cells, serial numbers for dates and the
// error text ("#N/A") for errors, `valueTypes` says "Empty" | "String" | "Double" | "Boolean" | "Error".
//
// Writing: Excel treats a value written through `values` or `formulas` as if a user typed it, with en-US conventions
// whatever the user's locale (OfficeDev/office-js#1559; see typedInput.ts). The documented rule (Excel.Range.values
// reference): a string starting with "=", "+" or "-" is read as a formula; "Locale-shaped strings … are stored as
// text", so "12.5" becomes a number and "12,5" stays text (the host's reading; Excel's input parser is not
// documented for it); a leading apostrophe stores the rest as literal text (the apostrophe is not part of the value:
// Range.formulas reads it back without it, OfficeDev/office-js#6687); a cell formatted as Text ("@") keeps the string
// as typed. With the textParsing strictness the host also turns dates, times, currency and fractions into numbers
// (typedInput.ts); without it only ISO dates. `null` leaves the cell unchanged. ExcelJS has no calculation engine:
// formulas the host writes have no result.

import type ExcelJS from "exceljs";
import { hostError } from "../errors";
import { recognizeTypedInput } from "./typedInput";

/** How strings are read: with Excel's full en-US typed-input recognition (textParsing strictness) or not. */
export interface TextParsing {
  typedInput: boolean;
  today: Date;
  date1904: boolean;
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** What Office.js reports for one cell. `value` is null only for a formula without a cached result (see src/host/README.md). */
export interface CellReading {
  value: string | number | boolean | null;
  valueType: ValueType;
  /** "=…" for formula cells. */
  formula?: string;
}

const EMPTY: CellReading = { value: "", valueType: "Empty" };
const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
]);
const MS_PER_DAY = 86400000;

/** Excel serial number of a JS Date as ExcelJS stores it (UTC wall-clock time), in the 1900 or 1904 system. */
export function dateToSerial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
}

/** ExcelJS's ValueType.Merge: a cell hidden under a merged area's top-left cell. */
const MERGED_AWAY = 1;

export function readCell(cell: ExcelJS.Cell | undefined, date1904: boolean): CellReading {
  if (!cell) return EMPTY;
  // ExcelJS hands every cell of a merged area the top-left cell's value; Excel shows it once, and the other cells
  // read as empty (Range.values gives ""). Merged Nr cells are how a goal with several rows is often written.
  if (cell.type === (MERGED_AWAY as ExcelJS.ValueType)) return EMPTY;
  const raw = cell.value;
  if (raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) {
    // cell.formula translates shared formulas for the cells that borrow them.
    const formula = `=${cell.formula}`;
    const cached = (raw as ExcelJS.CellFormulaValue).result;
    if (cached === undefined || cached === null)
      return { value: null, valueType: "Empty", formula };
    return { ...readPlain(cached as ExcelJS.CellValue, date1904), formula };
  }
  return readPlain(raw, date1904);
}

function readPlain(raw: ExcelJS.CellValue | undefined, date1904: boolean): CellReading {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "number") return { value: raw, valueType: "Double" };
  if (typeof raw === "boolean") return { value: raw, valueType: "Boolean" };
  if (typeof raw === "string") return raw === "" ? EMPTY : { value: raw, valueType: "String" };
  if (raw instanceof Date) return { value: dateToSerial(raw, date1904), valueType: "Double" };
  if ("error" in raw) return { value: String(raw.error), valueType: "Error" };
  if ("richText" in raw)
    return { value: raw.richText.map((run) => run.text).join(""), valueType: "String" };
  if ("text" in raw) return { value: String(raw.text), valueType: "String" };
  return EMPTY;
}

/** What writing one input does to a cell: nothing, or a new ExcelJS value and possibly a number format. */
export type CellInput =
  { kind: "skip" } | { kind: "set"; value: ExcelJS.CellValue; numFmt?: string };

const SKIP: CellInput = { kind: "skip" };

/**
 * Interprets one element written through Range.values or Range.formulas (Excel parses both like typed input).
 * `currentFormat` is the cell's number format at that moment: "@" (Text) keeps strings verbatim.
 * Throws InvalidArgument for what Excel rejects (non-finite numbers, objects, a lone "=").
 */
export function interpretInput(
  input: unknown,
  currentFormat: string,
  location: string,
  parsing?: TextParsing
): CellInput {
  if (input === null || input === undefined) return SKIP;
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw hostError("InvalidArgument", location, `not a finite number: ${input}`);
    return { kind: "set", value: input };
  }
  if (typeof input === "boolean") return { kind: "set", value: input };
  // Office.js sends the request as JSON, so a Date arrives as its ISO text (and stays text, like other strings
  // with a time part).
  if (input instanceof Date) return interpretText(input.toJSON(), currentFormat, location, parsing);
  if (typeof input === "string") return interpretText(input, currentFormat, location, parsing);
  throw hostError("InvalidArgument", location, `unsupported cell input: ${JSON.stringify(input)}`);
}

function interpretText(
  text: string,
  currentFormat: string,
  location: string,
  parsing: TextParsing | undefined
): CellInput {
  if (text === "") return { kind: "set", value: null };
  if (currentFormat === "@") return { kind: "set", value: text };
  if (text.startsWith("'")) return { kind: "set", value: text.slice(1) };
  // An error typed as a constant is that error value, as in Excel ("'#N/A" stays text).
  if (ERROR_LITERALS.has(text.trim().toUpperCase()))
    return { kind: "set", value: { error: text.trim().toUpperCase() } as ExcelJS.CellErrorValue };
  if (text.startsWith("=")) {
    if (text.length === 1)
      throw hostError("InvalidArgument", location, 'a formula cannot be just "="');
    return { kind: "set", value: { formula: text.slice(1) } as ExcelJS.CellFormulaValue };
  }
  const number = parseInvariantNumber(text);
  if (number) {
    const general = currentFormat === "General";
    if (number.percent)
      return {
        kind: "set",
        value: number.value,
        numFmt: general ? number.percentFormat : undefined,
      };
    return { kind: "set", value: number.value };
  }
  if (parsing?.typedInput) {
    const typed = recognizeTypedInput(text, parsing.today, parsing.date1904);
    if (typed) {
      const general = currentFormat === "General";
      return {
        kind: "set",
        value: typed.value,
        numFmt: general && typed.numFmt !== "General" ? typed.numFmt : undefined,
      };
    }
  }
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) {
    return { kind: "set", value: { formula: text } as ExcelJS.CellFormulaValue };
  }
  const upper = text.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "set", value: upper === "TRUE" };
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (isoDate) {
    const [year, month, day] = [Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3])];
    const time = Date.UTC(year, month - 1, day);
    const check = new Date(time);
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day && year >= 1900) {
      return {
        kind: "set",
        value: dateToSerial(check, false),
        numFmt: currentFormat === "General" ? "yyyy-mm-dd" : undefined,
      };
    }
  }
  return { kind: "set", value: text };
}

interface ParsedNumber {
  value: number;
  percent: boolean;
  percentFormat: string;
}

/** "1234", "-1,234.5", "1.5E3", "12%" (invariant culture). Null when the text is not a plain number. */
export function parseInvariantNumber(text: string): ParsedNumber | null {
  let core = text.trim();
  const percent = core.endsWith("%");
  if (percent) core = core.slice(0, -1).trim();
  const plain = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(core);
  const fractionOnly = /^[+-]?\.\d+(?:[eE][+-]?\d+)?$/.test(core);
  if (!plain && !fractionOnly) return null;
  const value = Number(core.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  const decimals = /\.(\d+)/.exec(core)?.[1].length ?? 0;
  return {
    value: percent ? value / 100 : value,
    percent,
    percentFormat: decimals > 0 ? "0.00%" : "0%",
  };
}
