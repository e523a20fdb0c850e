// Reads the numbers consultants type: "72,5", "97 %", "0,97", "16.488", "1.234,5", "3/4", "Ja"/"Nej"/"X",
// "+5 pp", "2021: 45 %; 2022: 47 %". Nothing unreadable becomes a zero: every failure is a reason the caller
// turns into an error naming the cell.

export type DecimalSeparator = "," | ".";

export interface NumberLocale {
  /** The workbook's decimal separator (Excel's application.cultureInfo); Danish by default. */
  decimalSeparator: DecimalSeparator;
}

export const DANISH: NumberLocale = { decimalSeparator: "," };

export type Quantity =
  /** A number; `percent` when it was written or formatted as a percentage (the value is then a fraction: 97 % = 0.97). */
  | { kind: "number"; value: number; percent: boolean }
  /** "3/4": activities done of planned. */
  | { kind: "ratio"; done: number; total: number }
  | { kind: "boolean"; value: boolean }
  /** "+5 pp": percentage points on top of a baseline, as a fraction (5 pp = 0.05). */
  | { kind: "points"; value: number }
  /** "2021: 45 %; 2022: 47 %": a threshold that depends on the year of the row. */
  | { kind: "byYear"; entries: { year: number; value: NumberQuantity }[] };

export type NumberQuantity = Extract<Quantity, { kind: "number" }>;

export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export type RawCell = string | number | boolean | null;

const EXCEL_ERROR =
  /^#(N\/A|I\/T|DIV\/0!|DIVISION\/0!|VALUE!|VÆRDI!|REF!|REFERENCE!|NAME\?|NAVN\?|NUM!|NULL!|NUL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function isExcelError(raw: RawCell): boolean {
  return typeof raw === "string" && EXCEL_ERROR.test(raw.trim());
}

/** A value as Excel's Range.values gives it ("" for an empty cell) as a RawCell (null for an empty cell). */
export function toRawCell(v: unknown): RawCell {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

export function isBlank(raw: RawCell | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

const YES = new Set([
  "ja",
  "j",
  "x",
  "yes",
  "y",
  "sand",
  "true",
  "opfyldt",
  "gennemført",
  "gennemfoert",
  "done",
  "✓",
  "✔",
]);
const NO = new Set([
  "nej",
  "n",
  "no",
  "falsk",
  "false",
  "ikke opfyldt",
  "ikke gennemført",
  "not done",
]);

/** Whether a number format shows the value as a percentage ("0 %", "0.0%", "0,00 %"). */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  // Ignore quoted literals and escaped characters before looking for a % sign.
  const stripped = numberFormat.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return stripped.includes("%");
}

function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u2212\u2013]/g, "-")
    .trim();
}

/**
 * Reads a plain number written as text, in the workbook's convention. With a Danish decimal comma,
 * "16.488" is sixteen thousand four hundred and eighty-eight and "16.5" is refused rather than guessed.
 */
export function readNumberText(text: string, locale: NumberLocale = DANISH): ReadResult<number> {
  const read = readNumberAsWritten(text, locale);
  if (read.ok || read.reason !== "not-a-number") return read;
  return lookalikeDigits(normaliseText(text), locale) ?? read;
}

/**
 * "7O" (the letter O) for 70, "l5" or "I5" (the letter l or I) for 15: letters that look like digits, when putting
 * the digits in their place makes a number. The reason names the letters and the number, for the message
 * ("lookalike:O:70:7O"): the cell is still an error, never read as 70.
 */
function lookalikeDigits(text: string, locale: NumberLocale): ReadResult<number> | undefined {
  if (!/\d/.test(text) || !/[OoIl]/.test(text)) return undefined;
  const fixed = text.replace(/[Oo]/g, "0").replace(/[Il]/g, "1");
  if (!readNumberAsWritten(fixed, locale).ok) return undefined;
  const letters = [...new Set(text.match(/[OoIl]/g))].join("");
  return { ok: false, reason: `lookalike:${letters}:${fixed}:${text}` };
}

function readNumberAsWritten(text: string, locale: NumberLocale): ReadResult<number> {
  const s = normaliseText(text).replace(/ (?=\d{3}\b)/g, "");
  const dec = locale.decimalSeparator;
  const group = dec === "," ? "." : ",";
  const esc = (c: string) => (c === "." ? "\\." : c);
  const pattern = new RegExp(`^[+-]?(\\d{1,3}(${esc(group)}\\d{3})+|\\d+)(${esc(dec)}\\d+)?$`);
  const leadingDecimal = new RegExp(`^[+-]?${esc(dec)}\\d+$`);
  if (pattern.test(s) || leadingDecimal.test(s)) {
    const canonical = s.split(group).join("").replace(dec, ".");
    const value = Number(canonical);
    if (Number.isFinite(value)) return { ok: true, value };
  }
  // A number in the other convention ("16.5" in a Danish workbook) is a likely typo; say how to write it.
  const other = dec === "," ? /^[+-]?\d+\.\d+$/ : /^[+-]?\d+,\d+$/;
  if (other.test(s)) {
    const suggestion = dec === "," ? s.replace(".", ",") : s.replace(",", ".");
    return { ok: false, reason: `decimal:${suggestion}` };
  }
  return { ok: false, reason: "not-a-number" };
}

/** Reads "97 %", "97%", "97 pct.", "97 procent" as 0.97. */
function readPercentText(text: string, locale: NumberLocale): ReadResult<number> | undefined {
  const m = /^(.*?)\s*(%|pct\.?|procent|percent)$/i.exec(text);
  if (!m) return undefined;
  const n = readNumberText(m[1], locale);
  if (!n.ok) return n;
  return { ok: true, value: n.value / 100 };
}

/** Reads "+5 pp", "5 procentpoint", "+5 %-point" as 0.05. */
function readPointsText(text: string, locale: NumberLocale): ReadResult<number> | undefined {
  const m = /^(.*?)\s*(pp|p\.p\.|procentpoint|%-point|%point|percentage points?)$/i.exec(text);
  if (!m) return undefined;
  const n = readNumberText(m[1], locale);
  if (!n.ok) return n;
  return { ok: true, value: n.value / 100 };
}

function readByYear(text: string, locale: NumberLocale): ReadResult<Quantity> | undefined {
  if (!/^\s*(19|20)\d{2}\s*:/.test(text)) return undefined;
  const entries: { year: number; value: NumberQuantity }[] = [];
  for (const piece of text.split(/[;\n]/)) {
    if (piece.trim() === "") continue;
    const m = /^\s*((?:19|20)\d{2})\s*:\s*(.+)$/.exec(piece);
    if (!m) return { ok: false, reason: "by-year" };
    const value = readQuantity(m[2], undefined, locale);
    if (!value.ok) return value;
    if (value.value.kind !== "number") return { ok: false, reason: "by-year" };
    const year = Number(m[1]);
    if (entries.some((e) => e.year === year)) return { ok: false, reason: "by-year" };
    entries.push({ year, value: value.value });
  }
  return { ok: true, value: { kind: "byYear", entries: entries.sort((a, b) => a.year - b.year) } };
}

/**
 * Reads one cell as a quantity. `numberFormat` is the cell's Excel number format: a numeric cell shown as
 * "75 %" holds 0.75 and is a percentage. Returns a reason code for unreadable cells; see messages.ts.
 */
export function readQuantity(
  raw: RawCell,
  numberFormat: string | undefined,
  locale: NumberLocale = DANISH
): ReadResult<Quantity> {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, reason: "not-a-number" };
    return {
      ok: true,
      value: { kind: "number", value: raw, percent: isPercentFormat(numberFormat) },
    };
  }
  if (typeof raw === "boolean") return { ok: true, value: { kind: "boolean", value: raw } };
  if (raw === null) return { ok: false, reason: "blank" };
  const text = normaliseText(raw);
  if (text === "") return { ok: false, reason: "blank" };
  if (isExcelError(text)) return { ok: false, reason: `excel-error:${text.toUpperCase()}` };
  const lower = text.toLowerCase();
  if (YES.has(lower)) return { ok: true, value: { kind: "boolean", value: true } };
  if (NO.has(lower)) return { ok: true, value: { kind: "boolean", value: false } };

  const ratio = /^(\d+)\s*(?:\/|af|of)\s*(\d+)$/i.exec(text);
  if (ratio) {
    const done = Number(ratio[1]);
    const total = Number(ratio[2]);
    if (total === 0 || done > total) return { ok: false, reason: "ratio" };
    return { ok: true, value: { kind: "ratio", done, total } };
  }
  const byYear = readByYear(text, locale);
  if (byYear) return byYear;
  const points = readPointsText(text, locale);
  if (points)
    return points.ok ? { ok: true, value: { kind: "points", value: points.value } } : points;
  const percent = readPercentText(text, locale);
  if (percent)
    return percent.ok
      ? { ok: true, value: { kind: "number", value: percent.value, percent: true } }
      : percent;
  const n = readNumberText(text, locale);
  if (n.ok) return { ok: true, value: { kind: "number", value: n.value, percent: false } };
  return n;
}

/** Reads a plain number (a weight, a year, a population): no percentages, ratios or yes/no. */
export function readPlainNumber(raw: RawCell, locale: NumberLocale = DANISH): ReadResult<number> {
  if (typeof raw === "number")
    return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: "not-a-number" };
  if (raw === null || typeof raw === "boolean")
    return { ok: false, reason: raw === null ? "blank" : "not-a-number" };
  const text = normaliseText(raw);
  if (text === "") return { ok: false, reason: "blank" };
  if (isExcelError(text)) return { ok: false, reason: `excel-error:${text.toUpperCase()}` };
  return readNumberText(text, locale);
}

/** Reads a fraction written as "75 %", "0,75" or a number formatted as a percentage (agreed fulfilment, weights in %). */
export function readFraction(
  raw: RawCell,
  numberFormat: string | undefined,
  locale: NumberLocale = DANISH
): ReadResult<number> {
  const q = readQuantity(raw, numberFormat, locale);
  if (!q.ok) return q;
  if (q.value.kind === "number") {
    const v = q.value.value;
    if (q.value.percent || (v >= 0 && v <= 1)) return { ok: true, value: v };
    return { ok: false, reason: "fraction" };
  }
  if (q.value.kind === "ratio") return { ok: true, value: q.value.done / q.value.total };
  return { ok: false, reason: "fraction" };
}
