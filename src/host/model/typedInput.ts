// What Excel makes of a string written through Range.values or Range.formulas besides formulas, plain numbers and
// TRUE/FALSE (cellValues.ts): dates, times, currency amounts, fractions and parenthesised negatives, the way typed
// input is read — always with en-US conventions, whatever the user's locale:
//
//  - "At the early design of the js API, the APIs use USA locale by default. The same code run in different regions
//    will produce same result unless you explicit use locale related API. If you want to use the current locale to
//    set value, please explicitly use Range.formulasLocal" (Microsoft, OfficeDev/office-js#1559, 2021; the same
//    answer for nl-NL users in OfficeDev/office-js#3775).
//  - Range.values reference: "Locale-shaped strings (such as the date "19-8-2025" in nl-NL or fr-FR, format
//    DD-MM-YYYY) are stored as text instead of as dates. To ensure dates are stored as dates, use … a locale-neutral
//    format like ISO (YYYY-MM-DD) or a numeric date serial." (learn.microsoft.com/javascript/api/excel/excel.range
//    #excel-excel-range-values-member). "19-8-2025" is text because month 19 does not exist in month-day-year.
//  - The "Blank and null values" article writes '15-Feb' through Range.values and then gives it a date format
//    (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
//
// So for a Danish user too, "1/2" becomes 2 January (not 1 February), "3-4" 4 March, "15-feb" 15 February, "10:30"
// a time and "$5" five dollars; "15-maj" and "SAND" stay text (en-US knows neither the Danish month nor the Danish
// TRUE). Which shapes Excel's input parser accepts is not documented; the forms below are the host's reading of it:
// month/day (/ or -, optional 2- or 4-digit year), month/4-digit year, day-month name (English, optional year),
// month name-day or month name-year, h:mm[:ss] [AM/PM], h AM/PM, $ amounts, "w n/d" fractions and (n). Where Excel
// could read a form two ways ("feb-15": 15 February or February 2015) the host picks one; either way it is no
// longer the text that was written, which is what an add-in must avoid.

import { dateToSerial } from "./cellValues";

export interface Recognized {
  value: number;
  /** The number format Excel gives a General cell for this input. */
  numFmt: string;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** English month name or 3-letter abbreviation ("sept" too) → 1–12, else 0. */
function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (w === "sept") return 9;
  if (w.length < 3) return 0;
  const index = MONTHS.findIndex((m) => m.startsWith(w) && (w.length === 3 || m === w));
  return index + 1;
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (Excel's default cut-off). */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function dateSerial(year: number, month: number, day: number, date1904: boolean): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return dateToSerial(date, date1904);
}

function date(
  year: number,
  month: number,
  day: number,
  numFmt: string,
  date1904: boolean
): Recognized | null {
  const value = dateSerial(year, month, day, date1904);
  return value === null ? null : { value, numFmt };
}

function time(text: string): { value: number; numFmt: string } | null {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]m?)?$/i.exec(text);
  if (!m || (m[2] === undefined && m[4] === undefined)) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const seconds = Number(m[3] ?? 0);
  if (minutes > 59 || seconds > 59) return null;
  if (m[4]) {
    if (hours < 1 || hours > 12) return null;
    const pm = m[4].toLowerCase().startsWith("p");
    hours = (hours % 12) + (pm ? 12 : 0);
  } else if (hours > 23) return null;
  const numFmt = m[4] ? "h:mm AM/PM" : m[3] !== undefined ? "h:mm:ss" : "h:mm";
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86400, numFmt };
}

/** The en-US typed-input reading of `text`, or null when Excel keeps it as text (or it is handled elsewhere). */
export function recognizeTypedInput(
  text: string,
  today: Date,
  date1904: boolean
): Recognized | null {
  const t = text.trim();
  const thisYear = today.getUTCFullYear();
  let m: RegExpExecArray | null;

  // Dates with digits: m/d, m-d, m/d/yy(yy), m-d-yy(yy), yyyy/m/d, m/yyyy.
  if ((m = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(t))) {
    const [, month, , day, year] = m;
    return date(
      year ? fullYear(year) : thisYear,
      Number(month),
      Number(day),
      year ? "m/d/yyyy" : "d-mmm",
      date1904
    );
  }
  if ((m = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(t))) {
    return date(Number(m[1]), Number(m[3]), Number(m[4]), "m/d/yyyy", date1904);
  }
  if ((m = /^(\d{1,2})[/-](\d{4})$/.exec(t))) {
    return date(Number(m[2]), Number(m[1]), 1, "mmm-yy", date1904);
  }
  // Day and English month name: 15-feb, 15 feb, 15-feb-24, 15 February 2024.
  if ((m = /^(\d{1,2})[-\s/]+([a-z]+)\.?(?:[-\s/,]+(\d{2}|\d{4}))?$/i.exec(t))) {
    const month = monthNumber(m[2]);
    if (month === 0) return null;
    return date(
      m[3] ? fullYear(m[3]) : thisYear,
      month,
      Number(m[1]),
      m[3] ? "d-mmm-yy" : "d-mmm",
      date1904
    );
  }
  // English month name first: feb 15, feb-15, sept2 (a day, as in the gene names Excel turns into dates), feb 2024.
  if ((m = /^([a-z]+)\.?[-\s/]*(\d{1,4})(?:,?\s*(\d{4}))?$/i.exec(t))) {
    const month = monthNumber(m[1]);
    if (month === 0) return null;
    const n = m[2];
    if (m[3]) return date(Number(m[3]), month, Number(n), "d-mmm-yy", date1904);
    if (n.length === 4) return date(Number(n), month, 1, "mmm-yy", date1904);
    return date(thisYear, month, Number(n), "d-mmm", date1904);
  }
  // Times.
  const clock = time(t);
  if (clock) return clock;
  // Currency: $5, $1,234.50, -$5, $-5, ($5).
  if ((m = /^(\()?(-)?\$(-)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\))?$/.exec(t))) {
    if (Boolean(m[1]) !== Boolean(m[5])) return null;
    const negative = Boolean(m[1] || m[2] || m[3]);
    const value = Number(m[4].replace(/,/g, ""));
    return {
      value: negative ? -value : value,
      numFmt: m[4].includes(".") ? '"$"#,##0.00' : '"$"#,##0',
    };
  }
  // A parenthesised number is negative: (123) → -123.
  if ((m = /^\(((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\)$/.exec(t))) {
    return { value: -Number(m[1].replace(/,/g, "")), numFmt: "General" };
  }
  // Fractions need a whole part ("1/2" alone is a date): 1 1/2, 0 3/4.
  if ((m = /^(-)?(\d+) (\d+)\/(\d+)$/.exec(t))) {
    const [, minus, whole, num, den] = m;
    if (Number(den) === 0) return null;
    const value = Number(whole) + Number(num) / Number(den);
    return { value: minus ? -value : value, numFmt: "# ?/?" };
  }
  return null;
}
