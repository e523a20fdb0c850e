// Messages about municipalities, Erhvervshuse and the shipped data, Danish first with English (as ../messages.ts).
import type { MessageLocale } from "../messages";
import type { HubMatch, MunicipalityMatch } from "./match";
import { HUBS } from "./names";

type Params = Record<string, string | number>;
type Catalog = Record<string, (p: Params) => string>;

const da: Catalog = {
  "unknown-municipality": (p) => `'${p.text}' er ikke en dansk kommune`,
  "unknown-municipality-suggest": (p) =>
    `'${p.text}' er ikke en kommune — mente du ${p.suggestion}?`,
  "code-name-mismatch": (p) =>
    `'${p.text}': kommunekoden og navnet passer ikke sammen${p.suggestion ? ` (mente du ${p.suggestion}?)` : ""}`,
  "unknown-hub": (p) => `'${p.text}' er ikke et Erhvervshus (brug ${p.hubs})`,
  "unknown-hub-suggest": (p) =>
    `'${p.text}' er ikke et Erhvervshus — mente du ${p.suggestion}? (${p.hubs})`,
  "year-not-in-data": (p) =>
    `der er ingen indbyggertal for 1. januar ${p.year} i de medfølgende data fra Danmarks Statistik (år ${p.first}–${p.last})`,
  "population-date": (p) => `1. ${p.month} ${p.year}`,
};

const en: Catalog = {
  "unknown-municipality": (p) => `'${p.text}' is not a Danish municipality`,
  "unknown-municipality-suggest": (p) =>
    `'${p.text}' is not a municipality — did you mean ${p.suggestion}?`,
  "code-name-mismatch": (p) =>
    `'${p.text}': the municipality code and the name do not match${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}`,
  "unknown-hub": (p) => `'${p.text}' is not an Erhvervshus (business hub); use ${p.hubs}`,
  "unknown-hub-suggest": (p) =>
    `'${p.text}' is not an Erhvervshus (business hub) — did you mean ${p.suggestion}? (${p.hubs})`,
  "year-not-in-data": (p) =>
    `the shipped Statistics Denmark data has no populations for 1 January ${p.year} (years ${p.first}–${p.last})`,
  "population-date": (p) => `${p.month} 1, ${p.year}`,
};

const catalogs = { da, en };

export function municipalityMessage(
  locale: MessageLocale,
  code: string,
  params: Params = {}
): string {
  const entry = catalogs[locale][code] ?? catalogs.da[code];
  return entry ? entry(params) : code;
}

/** "Vejle eller Vejen" / "Vejle or Vejen". */
function either(locale: MessageLocale, names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${locale === "da" ? "eller" : "or"} ${names[names.length - 1]}`;
}

/** The message for a name that did not match: "'Aalborgg' er ikke en kommune — mente du Aalborg?". */
export function unmatchedMunicipalityMessage(
  locale: MessageLocale,
  failed: Extract<MunicipalityMatch, { ok: false }>
): string {
  const suggestion = either(
    locale,
    failed.suggestions.map((m) => m.name)
  );
  if (failed.reason === "code-name-mismatch")
    return municipalityMessage(locale, "code-name-mismatch", { text: failed.text, suggestion });
  return suggestion
    ? municipalityMessage(locale, "unknown-municipality-suggest", { text: failed.text, suggestion })
    : municipalityMessage(locale, "unknown-municipality", { text: failed.text });
}

export function unmatchedHubMessage(
  locale: MessageLocale,
  failed: Extract<HubMatch, { ok: false }>
): string {
  const hubs = HUBS.join(", ");
  return failed.suggestions.length > 0
    ? municipalityMessage(locale, "unknown-hub-suggest", {
        text: failed.text,
        suggestion: either(locale, failed.suggestions),
        hubs,
      })
    : municipalityMessage(locale, "unknown-hub", { text: failed.text, hubs });
}

const MONTHS = {
  da: ["januar", "april", "juli", "oktober"],
  en: ["January", "April", "July", "October"],
};

/** "2017K4" → "1. oktober 2017" (da) / "October 1, 2017" (en): FOLK1A counts on the first day of the quarter. */
export function quarterDate(label: string, locale: MessageLocale = "da"): string {
  const year = label.slice(0, 4);
  const month = MONTHS[locale][Number(label[5]) - 1];
  return municipalityMessage(locale, "population-date", { year, month });
}
