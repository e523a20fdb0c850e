// DÆKNING and LANDINDEKS in the Indikator language (goal 2, "Bred geografisk spredning"): the share of the hub's
// municipalities reached, and the rural index, from the activity list and the shipped populations (core/spread).
// The hub is `hus "…"` in the formula, else the evaluation's own (IndicatorContext.hub), else the hub of more than
// half of the rows; the population year is the contract year (clamped to the data's years), else the list's own
// År/Dato column, else the latest. This module and the data reach the evaluator only through
// IndicatorContext.municipal (see ./withMunicipalities.ts), which a caller loads when a goal table uses them, so
// the pane's first view carries neither.
import { formatNumber, formatPercent } from "../format";
import { cellError, type MessageLocale } from "../messages";
import type { CellError, RawTable } from "../model";
import type { MunicipalityRegistry } from "../municipalities/registry";
import { DST_CREDIT } from "../municipalities/names";
import {
  computeSpread,
  inferHub,
  readRuralTable,
  type ActivitySource,
  type RuralList,
} from "../spread/spread";
import { inferYear } from "../spread/columns";
import { findColumn, findTable } from "../tables";
import type { IndicatorOutcome } from "./evaluate";
import type { Indicator } from "./parse";

/** What the two functions need beyond the tables. */
export interface IndicatorContext {
  /** The municipality data and this module's evaluator, loaded together (./withMunicipalities.ts). */
  municipal?: MunicipalIndicators;
  /** The contract year: the population of 1 January of this year (within the data's years). */
  year?: number;
  /** The hub, when the evaluation knows it (a formula's `hus "…"` wins). */
  hub?: string;
}

export interface MunicipalIndicators {
  registry: MunicipalityRegistry;
  evaluate: typeof evaluateMunicipal;
}

/** The year whose population is used, and why, for the basis text. */
function populationYear(
  registry: MunicipalityRegistry,
  table: RawTable,
  contractYear: number | undefined
): number {
  const years = registry.years;
  const clamp = (y: number) => Math.min(Math.max(y, years[0]), years[years.length - 1]);
  if (contractYear !== undefined) return clamp(contractYear);
  const own = inferYear(table);
  return own && years.includes(own.year) ? own.year : years[years.length - 1];
}

export function evaluateMunicipal(
  indicator: Indicator,
  main: { table: RawTable; column: number },
  mask: Uint8Array | undefined,
  tables: RawTable[],
  where: { sheet: string; cell: string },
  locale: MessageLocale,
  context: IndicatorContext
): IndicatorOutcome {
  const fn = indicator.fn;
  const errorHere = (
    code: string,
    params: Record<string, string | number> = {}
  ): IndicatorOutcome => ({
    ok: false,
    errors: [cellError(locale, where.sheet, where.cell, code, { fn, ...params })],
  });
  const registry = context.municipal?.registry;
  if (!registry) return errorHere("indicator-municipalities-missing");

  // The user's own land/by list: a column of the activity list, or of another table with a municipality column.
  let ruralColumn: string | undefined;
  let ruralList: RuralList | undefined;
  const second = indicator.refs[1];
  if (second) {
    const table = findTable(tables, second.table);
    if (!table)
      return errorHere("unknown-table", {
        token: second.table,
        known: tables.map((t) => t.name).join(", "),
      });
    const c = findColumn(table, second.column);
    if (c < 0)
      return errorHere("unknown-column", {
        token: second.column,
        table: table.name,
        known: table.headers.filter((h) => h !== "").join(", "),
      });
    if (table === main.table) ruralColumn = table.headers[c];
    else {
      const read = readRuralTable(table, registry, locale, table.headers[c]);
      if (read.errors.length > 0) return { ok: false, errors: read.errors };
      ruralList = read.list;
    }
  }

  const source: ActivitySource = {
    table: main.table,
    municipalityColumn: main.table.headers[main.column],
    companyColumn: null,
    ruralColumn,
    mask,
  };
  let hub = indicator.hub ?? context.hub;
  if (hub === undefined) {
    const inferred = inferHub(source, registry);
    if (inferred.counts.length === 0)
      return {
        ok: true,
        value: { quantity: null, label: label(fn), answers: 0, basis: basisNoData(locale) },
      };
    if (!inferred.hub)
      return errorHere("indicator-hub-ambiguous", {
        counts: inferred.counts.map(([h, n]) => `${h} ${n}`).join(", "),
        example: `${fn}(${indicator.refs[0].table}[${indicator.refs[0].column}]; hus "${inferred.counts[0][0]}")`,
      });
    hub = inferred.hub;
  }
  const year = populationYear(registry, main.table, context.year);
  const outcome = computeSpread(
    source,
    registry,
    { hub, year, minimum: indicator.minimum ?? 1, locale },
    ruralList
  );
  if (!outcome.ok) {
    // A hub misspelt in the formula is the formula's error; misspelt municipalities keep their own cells.
    const errors: CellError[] = outcome.errors.map((e) =>
      e.sheet === "" ? { ...e, ...where } : e
    );
    return { ok: false, errors };
  }
  const r = outcome.result;
  const fmt = (n: number, d = 0) => formatNumber(n, "da", d);
  const outside =
    r.outside.length > 0
      ? `; ${fmt(r.outside.length)} ${r.outside.length === 1 ? "række" : "rækker"} uden for huset`
      : "";
  if (r.totals.rows === 0)
    return {
      ok: true,
      value: { quantity: null, label: label(fn), answers: 0, basis: basisNoData(locale) },
    };
  if (fn === "DÆKNING") {
    const missing = r.municipalities
      .filter((m) => m.activities < r.coverage.minimum)
      .map((m) => m.name);
    return {
      ok: true,
      value: {
        quantity: { kind: "number", value: r.coverage.share, percent: true },
        label: label(fn),
        answers: r.totals.activities,
        basis:
          `${r.coverage.covered} af ${r.coverage.of} kommuner i Erhvervshus ${r.hub} med mindst ${r.coverage.minimum} ` +
          `${r.coverage.minimum === 1 ? "aktivitet" : "aktiviteter"}${missing.length > 0 ? ` (ikke: ${missing.join(", ")})` : ""}${outside}`,
      },
    };
  }
  if (r.rural.municipalities === 0) return errorHere("indicator-no-rural", { hub: r.hub });
  const classification =
    r.rural.classification === "dst"
      ? "landkommuner efter Danmarks Statistiks kommunegrupper"
      : "egen inddeling i land og by";
  return {
    ok: true,
    value: {
      quantity:
        r.rural.index === null ? null : { kind: "number", value: r.rural.index, percent: false },
      label: label(fn),
      answers: r.totals.activities,
      basis:
        r.rural.activityShare === null
          ? `ingen aktiviteter i Erhvervshus ${r.hub}s kommuner`
          : `landkommunerne har ${formatPercent(r.rural.activityShare)} af ${fmt(r.totals.activities)} aktiviteter og ` +
            `${formatPercent(r.rural.populationShare)} af befolkningen 1. januar ${r.year}; ${classification}${outside}; ${DST_CREDIT}`,
    },
  };
}

function label(fn: Indicator["fn"]): string {
  return fn === "DÆKNING" ? "Dækning" : "Landindeks";
}

function basisNoData(locale: MessageLocale): string {
  return locale === "da" ? "ingen aktiviteter endnu" : "no activities yet";
}
