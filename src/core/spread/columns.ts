// Finding the columns of an activity list (a CRM export) and of a rural/urban list by their headers, and reading a
// land/by value the way people write it.
import { normaliseHeader } from "../headers";
import type { RawCell, RawTable } from "../model";
import { findColumn } from "../tables";

const MUNICIPALITY_HEADERS = [
  "kommune",
  "kommunenavn",
  "kommunekode",
  "kommunenr",
  "kommunenummer",
  "bopaelskommune",
  "virksomhedskommune",
  "virksomhedenskommune",
  "hjemkommune",
  "adressekommune",
  "municipality",
  "municipalitycode",
];

const COMPANY_HEADERS = ["cvr", "cvrnr", "cvrnummer", "cvrno", "cvrnumber", "companyid"];

const RURAL_HEADERS = [
  "landby",
  "bylanddistrikt",
  "landdistrikt",
  "landdistrikter",
  "landdistriktskommune",
  "type",
  "kommunetype",
  "klassifikation",
  "kategori",
  "omradetype",
  "ruralurban",
  "urbanrural",
  "rural",
];

/**
 * The first column whose header is one of the aliases, or a short header (a column name, not a sentence above a
 * table) that starts or ends with one of `stems`: "Kommune (bopæl)", "Virksomhedens kommune".
 */
function byHeaders(table: RawTable, aliases: string[], stems: string[] = []): number {
  const keys = table.headers.map(normaliseHeader);
  const exact = keys.findIndex((k) => aliases.includes(k));
  if (exact >= 0) return exact;
  return keys.findIndex(
    (k) => k !== "" && k.length <= 24 && stems.some((s) => k.startsWith(s) || k.endsWith(s))
  );
}

/** Whether a table has a municipality column by its headers (no header given): for picking the activity list. */
export function hasMunicipalityColumn(table: RawTable): boolean {
  return municipalityColumn(table) >= 0;
}

const YEAR_HEADERS = ["ar", "aar", "year", "arstal", "aarstal", "kalenderar"];
const DATE_HEADERS = [
  "dato",
  "date",
  "startdato",
  "startdate",
  "dato1",
  "oprettet",
  "created",
  "forlobsstart",
];

/** Excel's serial date (days since 30 December 1899) or a date as text ("04-01-2021", "2021-01-04") → its year. */
function yearOfDate(value: RawCell): number | undefined {
  if (typeof value === "number") {
    if (value < 1 || value > 2_958_465) return undefined;
    // Day 1 is 1 January 1900; from day 61 (1 March 1900) on, 30 December 1899 + n, as Excel counts a 29 February 1900
    // (Microsoft Learn, "Excel incorrectly assumes that the year 1900 is a leap year":
    // https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year).
    const day = Math.round(value);
    return new Date(Date.UTC(1899, 11, day < 61 ? 31 : 30) + day * 86_400_000).getUTCFullYear();
  }
  if (typeof value !== "string") return undefined;
  const iso = /^(\d{4})-\d{1,2}-\d{1,2}/.exec(value.trim());
  if (iso) return Number(iso[1]);
  const danish = /^\d{1,2}[-./]\d{1,2}[-./](\d{4})$/.exec(value.trim());
  return danish ? Number(danish[1]) : undefined;
}

/** The headers of the columns inferYear reads (År, Dato …), so an adapter that reads only named columns reads them too. */
export function yearColumnHeaders(table: RawTable): string[] {
  return table.headers.filter((h) => {
    const k = normaliseHeader(h);
    return YEAR_HEADERS.includes(k) || DATE_HEADERS.includes(k);
  });
}

/**
 * The year an activity list is from, when it says so: a year column (År) or a date column (Dato) whose every
 * filled cell gives the same year. Undefined when there is no such column, or it spans years.
 */
export function inferYear(table: RawTable): { year: number; header: string } | undefined {
  const keys = table.headers.map(normaliseHeader);
  const candidates: [number, (v: RawCell) => number | undefined][] = [];
  keys.forEach((k, i) => {
    if (YEAR_HEADERS.includes(k))
      candidates.push([
        i,
        (v) =>
          typeof v === "number" && Number.isInteger(v)
            ? v
            : /^\d{4}$/.test(String(v).trim())
              ? Number(v)
              : undefined,
      ]);
    else if (DATE_HEADERS.includes(k)) candidates.push([i, yearOfDate]);
  });
  for (const [column, yearOf] of candidates) {
    const values = table.columns[column];
    if (!values) continue;
    const years = new Set<number | undefined>();
    for (const v of values) if (v !== null && v !== "") years.add(yearOf(v));
    if (years.size === 1) {
      const [year] = [...years];
      if (year !== undefined) return { year, header: table.headers[column] };
    }
  }
  return undefined;
}

/** The municipality column: the header given, else one named Kommune, Bopælskommune, Kommunekode … */
export function municipalityColumn(table: RawTable, header?: string): number {
  return header !== undefined
    ? findColumn(table, header)
    : byHeaders(table, MUNICIPALITY_HEADERS, ["kommune"]);
}

/** The company column: the header given, else one named CVR, CVR-nr. … ; -1 when there is none. */
export function companyColumn(table: RawTable, header?: string): number {
  return header !== undefined
    ? findColumn(table, header)
    : byHeaders(table, COMPANY_HEADERS, ["cvr"]);
}

/** A rural/urban list's land/by column: a header such as Land/by, Type, Landdistrikt, else the other of two. */
export function ruralColumn(table: RawTable, municipality: number): number {
  const found = byHeaders(table, RURAL_HEADERS);
  if (found >= 0 && found !== municipality) return found;
  const others = table.headers
    .map((_, i) => i)
    .filter((i) => i !== municipality && table.headers[i] !== "");
  return others.length === 1 ? others[0] : -1;
}

const LAND = new Set([
  "land",
  "landdistrikt",
  "landdistrikter",
  "landdistriktskommune",
  "landdistriktskommuner",
  "landkommune",
  "landkommuner",
  "rural",
  "landlig",
  "yderkommune",
  "yderkommuner",
]);
const BY = new Set(["by", "byer", "bykommune", "bykommuner", "urban", "city", "town", "bymaessig"]);

/** "Land", "Landdistriktskommune", "rural" → true; "By", "Bykommune", "urban" → false; anything else undefined. */
export function readLandBy(value: RawCell): boolean | undefined {
  if (typeof value !== "string") return undefined;
  const key = normaliseHeader(value);
  if (LAND.has(key)) return true;
  if (BY.has(key)) return false;
  return undefined;
}
