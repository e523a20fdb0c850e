// Error messages, Danish first with English for Office in another language. Every message names what the user
// typed and, where it helps, how to write it; the place ("Arket Mål, celle F7") is put before it by describeError().
import type { CellError } from "./model";

type Params = Record<string, string | number>;
type Catalog = Record<string, (p: Params) => string>;

const da: Catalog = {
  "not-a-number": (p) => `'${p.text}' er ikke et tal`,
  lookalike: (p) => `'${p.text}' er ikke et tal: der står ${p.letters} (skriv ${p.suggestion})`,
  decimal: (p) => `'${p.text}' er ikke et tal: brug komma som decimaltegn (${p.suggestion})`,
  "excel-error": (p) => `cellen indeholder fejlen ${p.error}`,
  blank: () => `cellen er tom`,
  ratio: (p) =>
    `'${p.text}' er ikke et gyldigt antal indsatser (skriv fx '3/4': udførte af planlagte)`,
  "by-year": (p) =>
    `'${p.text}' kan ikke læses som tærskler pr. år (skriv fx '2021: 45 %; 2022: 47 %')`,
  fraction: (p) => `'${p.text}' er ikke en opfyldelse mellem 0 og 100 %`,
  "no-goal-table": () =>
    `ingen måltabel fundet: en måltabel skal have overskrifterne Nr, Mål og Resultat (eller Indikator) samt tærsklerne 'Mål 100 %' (og evt. 'Mål 50 %')`,
  "goal-table-not-found": (p) => `måltabellen '${p.name}' findes ikke længere`,
  "missing-column": (p) => `kolonnen '${p.column}' mangler i måltabellen`,
  "empty-table": () => `måltabellen er tom: der er ingen mål under overskriftsrækken`,
  "duplicate-row": (p) =>
    `mål ${p.goal}${p.part ? `, del '${p.part}'` : ""}${p.segment ? `, segment '${p.segment}'` : ""} står to gange (også i række ${p.other})`,
  "conflicting-title": (p) =>
    `mål ${p.goal} har to forskellige titler ('${p.first}' og '${p.second}'); brug kolonnen Del til delmål`,
  "conflicting-value": (p) =>
    `mål ${p.goal} har forskellige værdier i kolonnen ${p.column} ('${p.first}' og '${p.second}')`,
  "missing-nr": () => `rækken har en titel men intet Nr`,
  "tier-order": (p) =>
    `tærsklen for ${p.lower} (${p.lowerValue}) er ${p.direction === "mindst" ? "højere" : "lavere"} end tærsklen for ${p.higher} (${p.higherValue})`,
  "no-threshold": () => `rækken har et resultat, men ingen tærskel (udfyld 'Mål 100 %')`,
  "unit-mismatch": (p) =>
    `resultatet ${p.result} kan ikke sammenlignes med tærsklen ${p.threshold}: skriv begge som procent (fx ${p.suggestion}) eller begge som tal`,
  "missing-year": () => `tærsklen afhænger af året, men rækken har intet år (udfyld kolonnen År)`,
  "year-not-listed": (p) => `tærsklen har ingen værdi for år ${p.year} (kun ${p.years})`,
  "unknown-rule": (p) => `ukendt regel '${p.text}' (kendte regler: ${p.known})`,
  "unknown-direction": (p) => `ukendt retning '${p.text}' (skriv 'mindst' eller 'højst')`,
  "unknown-combine": (p) => `ukendt samling '${p.text}' (skriv 'gennemsnit' eller 'alle')`,
  "missing-reason": () => `en aftalt opfyldelse kræver en begrundelse i kolonnen Begrundelse`,
  "baseline-missing": (p) =>
    `tærsklen '${p.text}' er procentpoint og kræver en værdi i kolonnen Basis`,
  "result-kind": (p) => `resultatet '${p.text}' passer ikke til reglen ${p.rule}`,
  "negative-weight": (p) => `vægten '${p.text}' skal være et tal på 0 eller derover`,
  "bad-year": (p) => `'${p.text}' er ikke et årstal`,
  "indicator-syntax": (p) => `formlen kan ikke læses ved '${p.token}': ${p.detail}`,
  "unknown-function": (p) =>
    `ukendt funktion '${p.token}' (kendte: NPS, ANDEL, ANTAL, NYE, DÆKNING, LANDINDEKS)`,
  "indicator-municipalities-missing": (p) =>
    `${p.fn} kræver kommunedata fra Danmarks Statistik, som ikke er indlæst her`,
  "indicator-hub-ambiguous": (p) =>
    `kommunerne fordeler sig på flere Erhvervshuse (${p.counts}): skriv huset i formlen, fx ${p.example}`,
  "indicator-no-rural": (p) =>
    `Erhvervshus ${p.hub} har ingen landkommuner i denne inddeling, så der er intet landindeks`,
  "unknown-table": (p) => `ukendt tabel '${p.token}' (fundet: ${p.known})`,
  "unknown-column": (p) => `ukendt kolonne '${p.token}' i tabellen ${p.table} (kendte: ${p.known})`,
  "bad-nps-answer": (p) => `'${p.text}' er ikke et svar fra 0 til 10`,
  "more-errors": (p) => `og ${p.count} flere fejl i samme kolonne`,
  "result-and-indicator": () => `rækken har både et resultat og en indikator: slet den ene`,
  "rows-below-table": (p) =>
    `Række ${p.rows} under tabellen er ikke læst som mål ('${p.text}'): måltabellen slutter ved det sidste mål`,
  "occupied-output": (p) =>
    `der står allerede noget, hvor kolonnen '${p.column}' skal tilføjes: flyt det, eller tilføj selv kolonnen '${p.column}' i måltabellen`,
  "merged-output": (p) =>
    `Kolonnen ${p.column} har flettede celler i ${p.range} — ophæv fletningen, så hver ${p.row === "key" ? "række i fordelingsnøglen" : "mål-række"} har sin egen celle`,
};

const en: Catalog = {
  "not-a-number": (p) => `'${p.text}' is not a number`,
  lookalike: (p) => `'${p.text}' is not a number: it has ${p.letters} (write ${p.suggestion})`,
  decimal: (p) =>
    `'${p.text}' is not a number: use the workbook's decimal separator (${p.suggestion})`,
  "excel-error": (p) => `the cell holds the error ${p.error}`,
  blank: () => `the cell is empty`,
  ratio: (p) =>
    `'${p.text}' is not a valid count of activities (write e.g. '3/4': done of planned)`,
  "by-year": (p) =>
    `'${p.text}' cannot be read as thresholds per year (write e.g. '2021: 45 %; 2022: 47 %')`,
  fraction: (p) => `'${p.text}' is not a fulfilment between 0 and 100 %`,
  "no-goal-table": () =>
    `no goal table found: a goal table needs the headers Nr, Mål and Resultat (or Indikator) and the thresholds 'Mål 100 %' (and optionally 'Mål 50 %')`,
  "goal-table-not-found": (p) => `the goal table '${p.name}' no longer exists`,
  "missing-column": (p) => `the goal table has no column '${p.column}'`,
  "empty-table": () => `the goal table is empty: there are no goals below the header row`,
  "duplicate-row": (p) =>
    `goal ${p.goal}${p.part ? `, part '${p.part}'` : ""}${p.segment ? `, segment '${p.segment}'` : ""} appears twice (also in row ${p.other})`,
  "conflicting-title": (p) =>
    `goal ${p.goal} has two different titles ('${p.first}' and '${p.second}'); use the Del column for parts`,
  "conflicting-value": (p) =>
    `goal ${p.goal} has different values in the ${p.column} column ('${p.first}' and '${p.second}')`,
  "missing-nr": () => `the row has a title but no Nr`,
  "tier-order": (p) =>
    `the threshold for ${p.lower} (${p.lowerValue}) is ${p.direction === "mindst" ? "higher" : "lower"} than the threshold for ${p.higher} (${p.higherValue})`,
  "no-threshold": () => `the row has a result but no threshold (fill in 'Mål 100 %')`,
  "unit-mismatch": (p) =>
    `the result ${p.result} cannot be compared with the threshold ${p.threshold}: write both as percentages (e.g. ${p.suggestion}) or both as numbers`,
  "missing-year": () =>
    `the threshold depends on the year, but the row has no year (fill in the År column)`,
  "year-not-listed": (p) => `the threshold has no value for ${p.year} (only ${p.years})`,
  "unknown-rule": (p) => `unknown rule '${p.text}' (known: ${p.known})`,
  "unknown-direction": (p) => `unknown direction '${p.text}' (write 'mindst' or 'højst')`,
  "unknown-combine": (p) => `unknown roll-up '${p.text}' (write 'gennemsnit' or 'alle')`,
  "missing-reason": () => `an agreed fulfilment needs a reason in the Begrundelse column`,
  "baseline-missing": (p) =>
    `the threshold '${p.text}' is in percentage points and needs a value in the Basis column`,
  "result-kind": (p) => `the result '${p.text}' does not fit the rule ${p.rule}`,
  "negative-weight": (p) => `the weight '${p.text}' must be a number of 0 or more`,
  "bad-year": (p) => `'${p.text}' is not a year`,
  "indicator-syntax": (p) => `the formula cannot be read at '${p.token}': ${p.detail}`,
  "unknown-function": (p) =>
    `unknown function '${p.token}' (known: NPS, ANDEL, ANTAL, NYE, DÆKNING, LANDINDEKS)`,
  "indicator-municipalities-missing": (p) =>
    `${p.fn} needs Statistics Denmark's municipality data, which is not loaded here`,
  "indicator-hub-ambiguous": (p) =>
    `the municipalities belong to several Erhvervshuse (${p.counts}): name the hub in the formula, e.g. ${p.example}`,
  "indicator-no-rural": (p) =>
    `Erhvervshus ${p.hub} has no rural municipalities in this classification, so there is no rural index`,
  "unknown-table": (p) => `unknown table '${p.token}' (found: ${p.known})`,
  "unknown-column": (p) => `unknown column '${p.token}' in table ${p.table} (known: ${p.known})`,
  "bad-nps-answer": (p) => `'${p.text}' is not an answer from 0 to 10`,
  "more-errors": (p) => `and ${p.count} more errors in the same column`,
  "result-and-indicator": () => `the row has both a result and an indicator: delete one`,
  "rows-below-table": (p) =>
    `${p.many ? "Rows" : "Row"} ${p.rows} under the goal table ${p.many ? "were" : "was"} not read as goals ('${p.text}'): the table ends at its last goal`,
  "occupied-output": (p) =>
    `there is already something where the column '${p.column}' would be added: move it, or add the column '${p.column}' to the goal table yourself`,
  "merged-output": (p) =>
    `The column ${p.column} has merged cells in ${p.range} — unmerge them, so that each ${p.row === "key" ? "row of the key" : "goal row"} has a cell of its own`,
};

const catalogs = { da, en };

export type MessageLocale = keyof typeof catalogs;

export function message(locale: MessageLocale, code: string, params: Params = {}): string {
  const entry = catalogs[locale][code] ?? catalogs.da[code];
  return entry ? entry(params) : code;
}

/** Builds the error that travels with its address, from parse to the pane's error list. */
export function cellError(
  locale: MessageLocale,
  sheet: string,
  cell: string,
  code: string,
  params: Params = {}
): CellError {
  return { sheet, cell, code, message: message(locale, code, params) };
}

/** Turns a reason code from numbers.ts ("decimal:16,5", "excel-error:#N/A") into an error for that cell. */
export function readError(
  locale: MessageLocale,
  sheet: string,
  cell: string,
  reason: string,
  text: string
): CellError {
  const [code, detail] = reason.split(/:(.*)/s);
  if (code === "lookalike") {
    // "O:70:7O": the letters, the number they look like, and the part of the cell they were in.
    const [letters, fixed, written] = detail.split(":");
    return cellError(locale, sheet, cell, "lookalike", {
      text,
      letters: letterList(locale, letters),
      suggestion: text.replace(written, fixed),
    });
  }
  if (code === "decimal")
    return cellError(locale, sheet, cell, "decimal", { text, suggestion: detail });
  if (code === "excel-error")
    return cellError(locale, sheet, cell, "excel-error", { error: detail });
  return cellError(locale, sheet, cell, code, { text });
}

/** "bogstavet O i stedet for tallet 0", for each letter that looks like a digit. */
function letterList(locale: MessageLocale, letters: string): string {
  const digit = (l: string) => (/[Oo]/.test(l) ? "0" : "1");
  const one = (l: string) =>
    locale === "en"
      ? `the letter ${l} instead of the digit ${digit(l)}`
      : `bogstavet ${l} i stedet for tallet ${digit(l)}`;
  const parts = [...letters].map(one);
  const and = locale === "en" ? " and " : " og ";
  return parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")}${and}${parts[parts.length - 1]}`;
}

/**
 * A sheet's name inside a sentence: bare when it is one word ("Mål", "Status_2021", "fil.csv"), else in single quotes
 * as Excel quotes it in a reference ("'Mål 2021'", "'Kim''s mål'"), so a name of several words, or with a comma, is
 * never read as part of the sentence around it.
 */
export function sheetInWords(sheet: string): string {
  return /^[\p{L}\p{N}_.-]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Arket Mål, celle F7" (English: "Sheet Mål, cell F7"): a place in the workbook as a person reads it. */
export function describePlace(sheet: string, cell: string, locale: MessageLocale = "da"): string {
  return locale === "en"
    ? `Sheet ${sheetInWords(sheet)}, cell ${cell}`
    : `Arket ${sheetInWords(sheet)}, celle ${cell}`;
}

/**
 * "Arket Mål, celle F7: '7O' er ikke et tal" — the one line shown in lists, on the add-in's sheets and printed by the
 * command line. An error about something that is not in a sheet (a command-line option: cell "--total") is its
 * place and message alone. The machine-readable place stays in `sheet` and `cell`.
 */
export function describeError(e: CellError, locale: MessageLocale = "da"): string {
  if (!e.sheet) return `${e.cell}: ${e.message}`;
  return `${describePlace(e.sheet, e.cell, locale)}: ${e.message}`;
}
