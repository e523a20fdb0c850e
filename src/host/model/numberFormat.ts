// Range.text: the value as Excel displays it with the cell's number format, in the user's locale. A practical
// subset of Excel's format language: General, 0/#/? placeholders with grouping and decimals, percent, scientific,
// literal text ("…", \x, [$kr.-406]), up to four sections (positive;negative;zero;text), and date/time codes.
// Anything it cannot read is shown as General, so `text` is never empty for a non-empty cell.

import type { CellReading } from "./cellValues";

export interface DisplayLocale {
  decimal: string;
  group: string;
  trueText: string;
  falseText: string;
  months: readonly string[];
  days: readonly string[];
}

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ENGLISH_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DANISH_MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];
const DANISH_DAYS = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

/** da-DK when the decimal separator is a comma (the product's users), en-US otherwise. */
export function displayLocale(decimalSeparator: "," | "."): DisplayLocale {
  return decimalSeparator === ","
    ? {
        decimal: ",",
        group: ".",
        trueText: "SAND",
        falseText: "FALSK",
        months: DANISH_MONTHS,
        days: DANISH_DAYS,
      }
    : {
        decimal: ".",
        group: ",",
        trueText: "TRUE",
        falseText: "FALSE",
        months: ENGLISH_MONTHS,
        days: ENGLISH_DAYS,
      };
}

export function formatCellText(
  reading: CellReading,
  numberFormat: string,
  locale: DisplayLocale
): string {
  const { value, valueType } = reading;
  if (value === null || valueType === "Empty") return "";
  if (valueType === "Error") return String(value);
  if (valueType === "Boolean") return value ? locale.trueText : locale.falseText;
  if (valueType === "String") return formatText(String(value), numberFormat);
  return formatNumber(value as number, numberFormat, locale);
}

function formatText(text: string, numberFormat: string): string {
  const sections = splitSections(numberFormat);
  const textSection = sections.length === 4 ? sections[3] : sections.find((s) => s.includes("@"));
  if (!textSection) return text;
  return renderLiterals(textSection, (token) => (token === "@" ? text : null));
}

export function formatNumber(value: number, numberFormat: string, locale: DisplayLocale): string {
  const sections = splitSections(numberFormat || "General");
  let section = sections[0];
  let number = value;
  let sign = "";
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  } else if (value < 0) {
    sign = "-";
    number = -value;
  }
  const cleaned = stripBrackets(section);
  if (/^\s*general\s*$/i.test(cleaned) || cleaned.trim() === "" || cleaned.includes("@")) {
    return sign + general(number, locale);
  }
  if (isDateFormat(cleaned)) return sign + formatDate(number, cleaned, locale);
  return sign + formatDigits(number, cleaned, locale);
}

/** Excel's General: up to 11 characters, switching to scientific notation for very large or small numbers. */
export function general(value: number, locale: DisplayLocale): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    text = `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  } else {
    const integerDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
    const decimals = Math.max(0, 10 - integerDigits);
    text = String(Number(value.toFixed(decimals)));
  }
  return text.replace(".", locale.decimal);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

// Colour and condition codes have no text; "[$kr.-406]" shows its currency symbol.
function stripBrackets(section: string): string {
  return section.replace(/\[([^\]]*)\]/g, (_match, inner: string) => {
    if (inner.startsWith("$")) return `"${inner.slice(1).split("-")[0]}"`;
    if (/^(h+|m+|s+)$/i.test(inner)) return inner; // elapsed time
    return "";
  });
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[dyhs]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

/** Walks a format section, copying literals and asking `token` to render placeholders it recognises. */
function renderLiterals(section: string, token: (t: string) => string | null): string {
  let out = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" && i + 1 < section.length) {
      out += section[++i];
    } else if (ch === "_" && i + 1 < section.length) {
      out += " ";
      i++;
    } else if (ch === "*" && i + 1 < section.length) {
      i++;
    } else {
      out += token(ch) ?? ch;
    }
  }
  return out;
}

interface Token {
  placeholder: boolean;
  text: string;
}

// Splits a numeric section into literal text and the characters that shape the number (0 # ? . , % E+ E-).
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ placeholder: false, text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" && i + 1 < section.length) {
      tokens.push({ placeholder: false, text: section[++i] });
    } else if (ch === "_" && i + 1 < section.length) {
      tokens.push({ placeholder: false, text: " " });
      i++;
    } else if (ch === "*" && i + 1 < section.length) {
      i++;
    } else if ((ch === "E" || ch === "e") && (section[i + 1] === "+" || section[i + 1] === "-")) {
      tokens.push({ placeholder: true, text: `E${section[++i]}` });
    } else {
      tokens.push({ placeholder: "0#?.,%".includes(ch), text: ch });
    }
  }
  return tokens;
}

function formatDigits(value: number, section: string, locale: DisplayLocale): string {
  const tokens = tokenize(section);
  const isDigit = (t: Token | undefined) => !!t && t.placeholder && "0#?".includes(t.text);
  const first = tokens.findIndex((t) => isDigit(t) || (t.placeholder && t.text === "."));
  const literal = (list: Token[]) => list.map((t) => t.text).join("");
  if (first < 0) return literal(tokens);
  let last = tokens.length - 1;
  while (!isDigit(tokens[last])) last--;
  let end = last;
  while (tokens[end + 1]?.placeholder && tokens[end + 1].text === ",") end++;
  const run = tokens.slice(first, end + 1).filter((t) => t.text !== "%");
  const percents = tokens.filter((t) => t.placeholder && t.text === "%").length;
  let scaled = value * Math.pow(100, percents);
  const pattern = run.map((t) => t.text).join("");

  let body: string;
  const exp = /E[+-]/.exec(pattern);
  if (exp) {
    const mantissa = pattern.slice(0, exp.index);
    const expDigits = (pattern.slice(exp.index + 2).match(/[0#?]/g) ?? []).length;
    const decimals = ((mantissa.split(".")[1] ?? "").match(/[0#?]/g) ?? []).length;
    const [m, e] = scaled.toExponential(decimals).split("e");
    const power = Number(e);
    const sign = power < 0 ? "-" : pattern[exp.index + 1] === "+" ? "+" : "";
    body = `${m.replace(".", locale.decimal)}E${sign}${String(Math.abs(power)).padStart(expDigits, "0")}`;
  } else {
    const [intPattern, fracPattern = ""] = pattern.split(".");
    const scaling = /,+$/.exec(intPattern)?.[0].length ?? 0;
    scaled /= Math.pow(1000, scaling);
    const intSlots = intPattern.slice(0, intPattern.length - scaling);
    const minInt = (intSlots.match(/0/g) ?? []).length;
    const fracSlots = (fracPattern.match(/[0#?]/g) ?? []).length;
    const minFrac = (fracPattern.match(/0/g) ?? []).length;
    let [intPart, fracPart = ""] = scaled.toFixed(fracSlots).split(".");
    while (fracPart.length > minFrac && fracPart.endsWith("0")) fracPart = fracPart.slice(0, -1);
    if (intPart === "0" && minInt === 0) intPart = "";
    intPart = intPart.padStart(minInt, "0");
    if (intSlots.includes(",")) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, locale.group);
    body = pattern.includes(".") ? `${intPart}${locale.decimal}${fracPart}` : intPart;
  }
  return literal(tokens.slice(0, first)) + body + literal(tokens.slice(end + 1));
}

function formatDate(serial: number, section: string, locale: DisplayLocale): string {
  const date = new Date(Math.round((serial - 25569) * 86400000));
  const parts = {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth(),
    d: date.getUTCDate(),
    wd: date.getUTCDay(),
    h: date.getUTCHours(),
    min: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
  };
  const ampm = /AM\/PM|A\/P/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|AM\/PM|A\/P|y+|m+|d+|h+|s+|./gi) ?? [];
  let out = "";
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase() ?? "";
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase() ?? "";
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith("\\")) out += tok.slice(1);
    else if (/^y+$/.test(lower))
      out += lower.length <= 2 ? String(parts.y % 100).padStart(2, "0") : String(parts.y);
    else if (/^m+$/.test(lower)) {
      const isMinute = lower.length <= 2 && (prev.startsWith("h") || next.startsWith("s"));
      if (isMinute) out += lower.length === 2 ? pad(parts.min) : String(parts.min);
      else if (lower.length === 1) out += String(parts.m + 1);
      else if (lower.length === 2) out += pad(parts.m + 1);
      else if (lower.length === 3) out += locale.months[parts.m].slice(0, 3);
      else out += locale.months[parts.m];
    } else if (/^d+$/.test(lower)) {
      if (lower.length === 1) out += String(parts.d);
      else if (lower.length === 2) out += pad(parts.d);
      else if (lower.length === 3) out += locale.days[parts.wd].slice(0, 3);
      else out += locale.days[parts.wd];
    } else if (/^h+$/.test(lower)) {
      const hour = ampm ? ((parts.h + 11) % 12) + 1 : parts.h;
      out += lower.length >= 2 ? pad(hour) : String(hour);
    } else if (/^s+$/.test(lower)) out += lower.length >= 2 ? pad(parts.s) : String(parts.s);
    else if (/^(am\/pm|a\/p)$/.test(lower))
      out += parts.h < 12 ? (lower === "a/p" ? "A" : "AM") : lower === "a/p" ? "P" : "PM";
    else out += tok;
  });
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
