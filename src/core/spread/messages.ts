// Messages of the geographic spread, Danish first with English (as ../messages.ts). Workbook text is always Danish.
import type { MessageLocale } from "../messages";
import type { CellError } from "../model";

type Params = Record<string, string | number>;
type Catalog = Record<string, (p: Params) => string>;

const da: Catalog = {
  "missing-municipality-column": (p) =>
    `ingen kolonne med kommunen fundet: giv en kolonne med overskriften Kommune, eller vælg den (overskrifter: ${p.headers})`,
  "missing-column": (p) => `kolonnen '${p.column}' findes ikke (overskrifter: ${p.headers})`,
  "too-many-errors": (p) => `og ${p.count} fejl mere i samme kolonne`,
  "rural-value": (p) =>
    `'${p.text}' er hverken land eller by (skriv fx 'Land', 'Landdistrikt', 'By' eller 'Bykommune')`,
  "rural-conflict": (p) =>
    `${p.name} står både som ${p.first} og som ${p.second} (første gang i ${p.at})`,
  "rural-missing-columns": (p) =>
    `inddelingen i land og by skal have en kolonne med kommunen og en med land/by (overskrifter: ${p.headers})`,
  land: () => `land`,
  by: () => `by`,
  "no-activities": (p) => `der er ingen aktiviteter i Erhvervshus ${p.hub}s kommuner`,
  "no-rural": (p) =>
    `Erhvervshus ${p.hub} har ingen landkommuner i denne inddeling, så der er intet landindeks`,
  source: (p) => `${p.credit} (FOLK1A, befolkningen 1. januar ${p.year}; kommunegrupper v1:2018)`,
  "summary-hub": (p) =>
    `Erhvervshus ${p.hub}: ${p.activities} aktiviteter${p.companies} i ${p.of} kommuner, befolkningen 1. januar ${p.year}`,
  "summary-companies": (p) => ` hos ${p.companies} virksomheder`,
  "summary-coverage": (p) =>
    `Dækning: ${p.covered} af ${p.of} kommuner (${p.share}) har mindst ${p.minimum} ${p.activityWord}${p.missing}`,
  "summary-missing": (p) => `; ${p.below}: ${p.names}`,
  "summary-below-1": () => `ingen aktiviteter`,
  "summary-below-n": (p) => `under ${p.minimum}`,
  "activity-1": () => `aktivitet`,
  "activity-n": () => `aktiviteter`,
  "summary-rural": (p) =>
    `Landindeks: ${p.index}: landkommunerne har ${p.activityShare} af aktiviteterne og ${p.populationShare} af befolkningen (${p.classification})`,
  "summary-rural-none": (p) => `Landindeks: ingen (${p.why})`,
  "classification-dst": () => `landkommuner efter Danmarks Statistiks kommunegrupper`,
  "classification-user": () => `din egen inddeling i land og by`,
  "classification-mixed": (p) =>
    `din egen inddeling i land og by; ${p.names} efter Danmarks Statistiks kommunegrupper`,
  "summary-outside": (p) => `Uden for huset: ${p.count} ${p.rowWord} (${p.list})`,
  "summary-blank": (p) => `uden kommune ${p.count}`,
  "row-1": () => `række`,
  "row-n": () => `rækker`,
};

const en: Catalog = {
  "missing-municipality-column": (p) =>
    `no municipality column found: give a column headed Kommune (municipality), or choose it (headers: ${p.headers})`,
  "missing-column": (p) => `there is no column '${p.column}' (headers: ${p.headers})`,
  "too-many-errors": (p) => `and ${p.count} more errors in the same column`,
  "rural-value": (p) =>
    `'${p.text}' is neither rural nor urban (write e.g. 'Land', 'Landdistrikt', 'By' or 'Bykommune')`,
  "rural-conflict": (p) =>
    `${p.name} is listed both as ${p.first} and as ${p.second} (first in ${p.at})`,
  "rural-missing-columns": (p) =>
    `the rural/urban list needs a municipality column and a land/by column (headers: ${p.headers})`,
  land: () => `rural`,
  by: () => `urban`,
  "no-activities": (p) => `there are no activities in the municipalities of Erhvervshus ${p.hub}`,
  "no-rural": (p) =>
    `Erhvervshus ${p.hub} has no rural municipalities in this classification, so there is no rural index`,
  source: (p) =>
    `Source: Statistics Denmark (FOLK1A, population on 1 January ${p.year}; municipality groups v1:2018)`,
  "summary-hub": (p) =>
    `Erhvervshus ${p.hub}: ${p.activities} activities${p.companies} in ${p.of} municipalities, population on 1 January ${p.year}`,
  "summary-companies": (p) => ` with ${p.companies} companies`,
  "summary-coverage": (p) =>
    `Coverage: ${p.covered} of ${p.of} municipalities (${p.share}) have at least ${p.minimum} ${p.activityWord}${p.missing}`,
  "summary-missing": (p) => `; ${p.below}: ${p.names}`,
  "summary-below-1": () => `none`,
  "summary-below-n": (p) => `below ${p.minimum}`,
  "activity-1": () => `activity`,
  "activity-n": () => `activities`,
  "summary-rural": (p) =>
    `Rural index: ${p.index}: the rural municipalities have ${p.activityShare} of the activities and ${p.populationShare} of the population (${p.classification})`,
  "summary-rural-none": (p) => `Rural index: none (${p.why})`,
  "classification-dst": () => `rural = Statistics Denmark's group Landkommuner`,
  "classification-user": () => `your own rural/urban list`,
  "classification-mixed": (p) =>
    `your own rural/urban list; ${p.names} by Statistics Denmark's groups`,
  "summary-outside": (p) => `Outside the hub: ${p.count} ${p.rowWord} (${p.list})`,
  "summary-blank": (p) => `no municipality ${p.count}`,
  "row-1": () => `row`,
  "row-n": () => `rows`,
};

const catalogs = { da, en };

export function spreadMessage(locale: MessageLocale, code: string, params: Params = {}): string {
  const entry = catalogs[locale][code] ?? catalogs.da[code];
  return entry ? entry(params) : code;
}

export function spreadError(
  locale: MessageLocale,
  where: { sheet: string; cell: string },
  code: string,
  params: Params = {}
): CellError {
  return {
    sheet: where.sheet,
    cell: where.cell,
    code,
    message: spreadMessage(locale, code, params),
  };
}
