// The geographic spread of a hub's services from an activity list (a CRM export: one row per course or company,
// with a municipality column, optionally CVR): per municipality of the hub, the activities, distinct companies,
// population of the year, activities per 10.000 inhabitants and an index (share of activities ÷ share of
// population × 100); for the hub, coverage (municipalities with at least N activities) and the rural index (the
// rural municipalities' share of the activities ÷ their share of the population × 100). Rural is DST's kommunegruppe
// Landkommuner unless the user's own list says otherwise. Rows in another hub's municipality, or with none, are
// counted apart; a name that is no municipality is an error naming its cell, with the closest match.
// Pure and data-free: the municipality registry is passed in.
import { formatNumber, formatPercent } from "../format";
import type { MessageLocale } from "../messages";
import { companyKey } from "../metrics";
import type { CellError, RawCell, RawTable } from "../model";
import { unmatchedHubMessage, unmatchedMunicipalityMessage } from "../municipalities/messages";
import { yearProblem, type MunicipalityRegistry } from "../municipalities/registry";
import { DST_CREDIT, type Hub } from "../municipalities/names";
import type { Municipality } from "../municipalities/schema";
import { isBlank } from "../numbers";
import { bodyCellAddress, cellAt, cellText, findColumn, headerCellAddress } from "../tables";
import { companyColumn, municipalityColumn, readLandBy, ruralColumn } from "./columns";
import { spreadError, spreadMessage } from "./messages";
import {
  SpreadOptionsSchema,
  type OutsideRow,
  type SpreadMunicipality,
  type SpreadOptions,
  type SpreadOutcome,
  type SpreadResult,
} from "./schema";

/** At most this many misspelt municipalities are listed one by one; the rest are counted. */
const MAX_LISTED_ERRORS = 20;

/** The activity list and which of its columns to read. */
export interface ActivitySource {
  table: RawTable;
  /** The municipality column's header; found by its header (Kommune, Bopælskommune …) when left out. */
  municipalityColumn?: string;
  /** The company (CVR) column's header; found by its header (CVR …) when left out; null for none. */
  companyColumn?: string | null;
  /** A land/by column in the activity list itself: the user's own rural classification. */
  ruralColumn?: string;
  /** Rows to count (1) or leave out (0), from filters; all rows when left out. */
  mask?: Uint8Array;
}

/** The user's own rural classification, by municipality code, with where each entry was read. */
export interface RuralList {
  entries: Map<number, { rural: boolean; sheet: string; cell: string }>;
}

const NOWHERE = { sheet: "", cell: "" };

function headerList(table: RawTable): string {
  return table.headers.filter((h) => h !== "").join(", ") || "ingen";
}

/**
 * A rural/urban list (e.g. the framework agreement's appendix): a municipality column and a land/by column. Names
 * are matched as everywhere (misspelt ones are errors with a suggestion); a municipality listed twice with different
 * values is an error.
 */
export function readRuralTable(
  table: RawTable,
  registry: MunicipalityRegistry,
  locale: MessageLocale = "da",
  /** The land/by column's header, when the user named it (LANDINDEKS(CRM[Kommune]; Bilag[Type])). */
  ruralHeader?: string
): { list: RuralList; errors: CellError[] } {
  const list: RuralList = { entries: new Map() };
  const errors: CellError[] = [];
  const mc = municipalityColumn(table);
  const rc =
    mc < 0
      ? -1
      : ruralHeader !== undefined
        ? findColumn(table, ruralHeader)
        : ruralColumn(table, mc);
  if (mc < 0 || rc < 0) {
    errors.push(
      spreadError(
        locale,
        { sheet: table.sheet, cell: headerCellAddress(table, Math.max(mc, 0)) },
        "rural-missing-columns",
        {
          headers: headerList(table),
        }
      )
    );
    return { list, errors };
  }
  for (let r = 0; r < table.rowCount; r++) {
    const name = cellAt(table, r, mc);
    const value = cellAt(table, r, rc);
    if (isBlank(name) && isBlank(value)) continue;
    const nameCell = bodyCellAddress(table, r, mc);
    const m = registry.match(cellText(name));
    if (!m.ok) {
      errors.push({
        sheet: table.sheet,
        cell: nameCell,
        code: "not-a-municipality",
        message: unmatchedMunicipalityMessage(locale, m),
      });
      continue;
    }
    addRural(
      list,
      m.municipality,
      value,
      { sheet: table.sheet, cell: bodyCellAddress(table, r, rc) },
      locale,
      errors
    );
  }
  return { list, errors };
}

function addRural(
  list: RuralList,
  m: Municipality,
  value: RawCell,
  at: { sheet: string; cell: string },
  locale: MessageLocale,
  errors: CellError[]
): void {
  const rural = readLandBy(value);
  if (rural === undefined) {
    errors.push(spreadError(locale, at, "rural-value", { text: cellText(value) }));
    return;
  }
  const before = list.entries.get(m.code);
  if (before && before.rural !== rural) {
    errors.push(
      spreadError(locale, at, "rural-conflict", {
        name: m.name,
        first: spreadMessage(locale, before.rural ? "land" : "by"),
        second: spreadMessage(locale, rural ? "land" : "by"),
        at: `${before.sheet}!${before.cell}`,
      })
    );
    return;
  }
  if (!before) list.entries.set(m.code, { rural, ...at });
}

interface ReadRow {
  cell: string;
  value: string;
  municipality?: Municipality;
  company?: string;
  rural?: RawCell;
  ruralCell?: string;
}

interface ReadList {
  rows: ReadRow[];
  errors: CellError[];
  hasCompany: boolean;
}

/** Reads the activity list's rows: blank rows skipped, every other row's municipality matched (or an error). */
function readActivities(
  source: ActivitySource,
  registry: MunicipalityRegistry,
  locale: MessageLocale
): ReadList {
  const { table } = source;
  const errors: CellError[] = [];
  const mc = municipalityColumn(table, source.municipalityColumn);
  const header = { sheet: table.sheet, cell: headerCellAddress(table, 0) };
  if (mc < 0) {
    errors.push(
      source.municipalityColumn !== undefined
        ? spreadError(locale, header, "missing-column", {
            column: source.municipalityColumn,
            headers: headerList(table),
          })
        : spreadError(locale, header, "missing-municipality-column", { headers: headerList(table) })
    );
    return { rows: [], errors, hasCompany: false };
  }
  const cc =
    source.companyColumn === null ? -1 : companyColumn(table, source.companyColumn ?? undefined);
  if (typeof source.companyColumn === "string" && cc < 0)
    errors.push(
      spreadError(locale, header, "missing-column", {
        column: source.companyColumn,
        headers: headerList(table),
      })
    );
  const rc = source.ruralColumn === undefined ? -1 : municipalityColumn(table, source.ruralColumn);
  if (source.ruralColumn !== undefined && rc < 0)
    errors.push(
      spreadError(locale, header, "missing-column", {
        column: source.ruralColumn,
        headers: headerList(table),
      })
    );
  if (errors.length > 0) return { rows: [], errors, hasCompany: false };

  const rows: ReadRow[] = [];
  let unmatched = 0;
  let lastUnmatched = "";
  for (let r = 0; r < table.rowCount; r++) {
    if (source.mask && source.mask[r] !== 1) continue;
    const raw = cellAt(table, r, mc);
    const company = cc < 0 ? null : cellAt(table, r, cc);
    const rural = rc < 0 ? null : cellAt(table, r, rc);
    if (isBlank(raw) && isBlank(company) && isBlank(rural)) continue;
    const cell = bodyCellAddress(table, r, mc);
    const row: ReadRow = {
      cell,
      value: cellText(raw).trim(),
      company: cc >= 0 && !isBlank(company) ? companyKey(company) : undefined,
      rural: rc < 0 ? undefined : rural,
      ruralCell: rc < 0 ? undefined : bodyCellAddress(table, r, rc),
    };
    if (!isBlank(raw)) {
      const m = registry.match(typeof raw === "number" ? raw : cellText(raw));
      if (!m.ok) {
        unmatched++;
        if (unmatched <= MAX_LISTED_ERRORS)
          errors.push({
            sheet: table.sheet,
            cell,
            code: "not-a-municipality",
            message: unmatchedMunicipalityMessage(locale, m),
          });
        else lastUnmatched = cell;
        continue;
      }
      row.municipality = m.municipality;
    }
    rows.push(row);
  }
  if (unmatched > MAX_LISTED_ERRORS)
    errors.push(
      spreadError(locale, { sheet: table.sheet, cell: lastUnmatched }, "too-many-errors", {
        count: unmatched - MAX_LISTED_ERRORS,
      })
    );
  return { rows, errors, hasCompany: cc >= 0 };
}

/**
 * The hub the activities are from, when the data says so unambiguously: the hub of more than half of the rows
 * whose municipality is known. Used where no hub is given (the DÆKNING and LANDINDEKS indicators).
 */
export function inferHub(
  source: ActivitySource,
  registry: MunicipalityRegistry
): { hub?: Hub; counts: [Hub, number][] } {
  const read = readActivities(
    { ...source, ruralColumn: undefined, companyColumn: null },
    registry,
    "da"
  );
  const counts = new Map<Hub, number>();
  for (const row of read.rows)
    if (row.municipality)
      counts.set(row.municipality.hub, (counts.get(row.municipality.hub) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const known = sorted.reduce((a, [, n]) => a + n, 0);
  const top = sorted[0];
  return { hub: top && top[1] * 2 > known ? top[0] : undefined, counts: sorted };
}

/** The spread of `source`'s activities over `options.hub`'s municipalities. `ruralList` is the user's own classification. */
export function computeSpread(
  source: ActivitySource,
  registry: MunicipalityRegistry,
  optionsInput: SpreadOptions,
  ruralList?: RuralList
): SpreadOutcome {
  const options = SpreadOptionsSchema.parse(optionsInput);
  const { locale, year } = options;
  const errors: CellError[] = [];
  const hubMatch = registry.matchHub(options.hub);
  if (!hubMatch.ok)
    errors.push({
      ...(options.hubPlace ?? NOWHERE),
      code: "unknown-hub",
      message: unmatchedHubMessage(locale, hubMatch),
    });
  const yearError = yearProblem(registry, year, locale);
  if (yearError)
    errors.push({
      ...(options.yearPlace ?? NOWHERE),
      code: "year-not-in-data",
      message: yearError,
    });
  const read = readActivities(source, registry, locale);
  errors.push(...read.errors);
  if (!hubMatch.ok || errors.length > 0) return { ok: false, errors };
  const hub = hubMatch.hub;

  // The user's own classification: a table (ruralList) and/or a land/by column in the list itself.
  const own: RuralList = { entries: new Map(ruralList?.entries ?? []) };
  const outside: OutsideRow[] = [];
  const activities = new Map<number, number>();
  const companies = new Map<number, Set<string>>();
  for (const row of read.rows) {
    const m = row.municipality;
    if (!m || m.hub !== hub) {
      outside.push({
        sheet: source.table.sheet,
        cell: row.cell,
        value: row.value,
        municipality: m?.name ?? null,
        hub: m?.hub ?? null,
      });
      continue;
    }
    activities.set(m.code, (activities.get(m.code) ?? 0) + 1);
    if (row.company !== undefined) {
      if (!companies.has(m.code)) companies.set(m.code, new Set());
      companies.get(m.code)!.add(row.company);
    }
    if (row.ruralCell !== undefined && !isBlank(row.rural ?? null))
      addRural(
        own,
        m,
        row.rural ?? null,
        { sheet: source.table.sheet, cell: row.ruralCell },
        locale,
        errors
      );
  }
  if (errors.length > 0) return { ok: false, errors };

  const municipalities = registry.ofHub(hub);
  const population = (m: Municipality) => registry.population(m, year) as number;
  const A = municipalities.reduce((a, m) => a + (activities.get(m.code) ?? 0), 0);
  const P = municipalities.reduce((a, m) => a + population(m), 0);
  const allCompanies = new Set<string>();
  for (const set of companies.values()) for (const c of set) allCompanies.add(c);

  const rows: SpreadMunicipality[] = municipalities.map((m) => {
    const a = activities.get(m.code) ?? 0;
    const p = population(m);
    const user = own.entries.get(m.code);
    return {
      code: m.code,
      name: m.name,
      group: m.group,
      rural: user ? user.rural : registry.isRuralByDst(m),
      ruralSource: user ? "user" : "dst",
      population: p,
      activities: a,
      companies: read.hasCompany ? (companies.get(m.code)?.size ?? 0) : null,
      perTenThousand: (a / p) * 10_000,
      index: A === 0 ? null : ((a * P) / (A * p)) * 100,
    };
  });
  const danish = new Intl.Collator("da");
  rows.sort((x, y) => {
    if (x.index !== y.index) return (y.index ?? -1) - (x.index ?? -1);
    return danish.compare(x.name, y.name);
  });

  const covered = rows.filter((r) => r.activities >= options.minimum).length;
  const rural = rows.filter((r) => r.rural);
  const ruralActivities = rural.reduce((a, r) => a + r.activities, 0);
  const ruralPopulation = rural.reduce((a, r) => a + r.population, 0);
  const userCount = rows.filter((r) => r.ruralSource === "user").length;
  const warnings: string[] = [];
  if (A === 0) warnings.push(spreadMessage(locale, "no-activities", { hub }));
  if (rural.length === 0) warnings.push(spreadMessage(locale, "no-rural", { hub }));
  const activityShare = A === 0 ? null : ruralActivities / A;
  const populationShare = ruralPopulation / P;

  const result: SpreadResult = {
    hub,
    year,
    source: spreadMessage(locale, "source", { credit: DST_CREDIT, year }),
    municipalities: rows,
    totals: {
      activities: A,
      companies: read.hasCompany ? allCompanies.size : null,
      population: P,
      rows: read.rows.length,
    },
    coverage: { covered, of: rows.length, share: covered / rows.length, minimum: options.minimum },
    rural: {
      activities: ruralActivities,
      population: ruralPopulation,
      municipalities: rural.length,
      activityShare,
      populationShare,
      index:
        activityShare === null || populationShare === 0
          ? null
          : (activityShare / populationShare) * 100,
      classification: userCount === 0 ? "dst" : userCount === rows.length ? "user" : "mixed",
    },
    outside,
    warnings,
    errors: [],
  };
  return { ok: true, result };
}

/**
 * The spread in a few sentences, for the top of the Spredning sheet, the command line and the pane: the hub and
 * year, coverage (naming the municipalities below the minimum), the rural index and its classification, the rows
 * outside the hub, and the source credit last.
 */
export function spreadSummary(result: SpreadResult, locale: MessageLocale = "da"): string[] {
  const n = (x: number, d = 0) => formatNumber(x, locale, d);
  const pct = (x: number) => formatPercent(x, locale, 1);
  const lines: string[] = [];
  lines.push(
    spreadMessage(locale, "summary-hub", {
      hub: result.hub,
      activities: n(result.totals.activities),
      companies:
        result.totals.companies === null
          ? ""
          : spreadMessage(locale, "summary-companies", { companies: n(result.totals.companies) }),
      of: result.coverage.of,
      year: result.year,
    })
  );
  const { coverage } = result;
  const below = result.municipalities
    .filter((m) => m.activities < coverage.minimum)
    .map((m) => m.name)
    .sort(new Intl.Collator("da").compare);
  lines.push(
    spreadMessage(locale, "summary-coverage", {
      covered: coverage.covered,
      of: coverage.of,
      share: pct(coverage.share),
      minimum: coverage.minimum,
      activityWord: spreadMessage(locale, coverage.minimum === 1 ? "activity-1" : "activity-n"),
      missing:
        below.length === 0
          ? ""
          : spreadMessage(locale, "summary-missing", {
              below: spreadMessage(
                locale,
                coverage.minimum === 1 ? "summary-below-1" : "summary-below-n",
                {
                  minimum: coverage.minimum,
                }
              ),
              names: below.join(", "),
            }),
    })
  );
  const r = result.rural;
  const dstNames = result.municipalities
    .filter((m) => m.ruralSource === "dst")
    .map((m) => m.name)
    .sort(new Intl.Collator("da").compare);
  const classification = spreadMessage(locale, `classification-${r.classification}`, {
    names: dstNames.join(", "),
  });
  lines.push(
    r.index === null || r.activityShare === null
      ? spreadMessage(locale, "summary-rural-none", {
          why: result.warnings.join("; ") || classification,
        })
      : spreadMessage(locale, "summary-rural", {
          index: n(r.index, 1),
          activityShare: pct(r.activityShare),
          populationShare: pct(r.populationShare),
          classification,
        })
  );
  if (result.outside.length > 0) {
    const counts = new Map<string, number>();
    let blank = 0;
    for (const o of result.outside) {
      if (o.municipality === null) blank++;
      else counts.set(o.municipality, (counts.get(o.municipality) ?? 0) + 1);
    }
    const list = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "da"))
      .map(([name, count]) => `${name} ${count}`);
    if (blank > 0) list.push(spreadMessage(locale, "summary-blank", { count: blank }));
    lines.push(
      spreadMessage(locale, "summary-outside", {
        count: result.outside.length,
        rowWord: spreadMessage(locale, result.outside.length === 1 ? "row-1" : "row-n"),
        list: list.join(", "),
      })
    );
  }
  lines.push(result.source);
  return lines;
}
