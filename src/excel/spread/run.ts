// "Skriv spredningen": the geographic spread of a hub's activities (goal 2) on the add-in's own sheet Spredning,
// through the same lifecycle as every writer (workbook/lifecycle.ts):
//   read (read.ts: the activity list's needed columns and a land/by list, one sync) → compute (core/spread, pure)
//   → plan (sheet.ts, pure)
// The user's tables are never written. DST's municipality data is imported when a run needs it, so the pane's
// first view does not carry it. A municipality the core cannot read is an error naming its cell, with the closest
// match; nothing is written then.
import { headerCellAddress } from "../../core/tables";
import type { CellError } from "../../core/model";
import type { Hub } from "../../core/municipalities/names";
import { companyColumn, municipalityColumn } from "../../core/spread/columns";
import {
  computeSpread,
  inferHub,
  inferYear,
  readRuralTable,
  type ActivitySource,
  type RuralList,
  type SpreadResult,
} from "../../core/spread";
import { composeWrite, newRunId, runWriter, type Ending } from "../workbook/lifecycle";
import { previousBox } from "../workbook/runState";
import type { ExcelRunner } from "../workbook/runner";
import type { RunFailure } from "../workbook/writeRun";
import {
  activityCandidates,
  chooseSource,
  columnsToRead,
  readSpreadData,
  userSources,
  type ActivityCandidate,
} from "./read";
import { spreadRedraw, spreadSheetName, spreadSheetOps, type SpreadSheetInput } from "./sheet";

export { SPREAD_SHEET } from "./sheet";
export type { ActivityCandidate } from "./read";

export interface SpreadRunOptions {
  /** The activity list (sheet + table name, or the sheet name for a plain range); default: the first with a Kommune column. */
  table?: { sheet: string; name: string };
  /** The municipality column's header; found by its header when left out. */
  municipalityColumn?: string;
  /** The company (CVR) column's header; found by its header when left out; null for none. */
  companyColumn?: string | null;
  /** The hub, as people write it; inferred from the list when more than half of its rows are one hub's. */
  hub?: string;
  /** Population on 1 January of this year; default: the list's own År/Dato column, else DST's latest year. */
  year?: number;
  /** A municipality is covered with at least this many activities (default 1). */
  minimum?: number;
  /** The user's own land/by: a column of the activity list, or a separate table (municipality + land/by). */
  rural?: { column: string } | { table: { sheet: string; name: string } } | null;
  /** Compute, write nothing (the pane's preview). */
  dryRun?: boolean;
  locale?: "da" | "en";
  now?: Date;
  runId?: string;
  cultureInfo?: boolean;
}

export interface SpreadRunOutcome {
  status: "written" | "errors" | "preview" | "failed";
  candidates: ActivityCandidate[];
  /** Tables that can hold a land/by list (every user table but the activity list). */
  ruralTables: { sheet: string; name: string; source: "table" | "range" }[];
  table: { sheet: string; name: string; source: "table" | "range" } | null;
  /** The columns read: the municipality column and the company column (null: none). */
  columns: { municipality: string; company: string | null } | null;
  /** The hub, and how many rows each hub's municipalities have (for choosing it). */
  hub: Hub | null;
  hubCounts: [Hub, number][];
  year: number | null;
  yearFrom: SpreadSheetInput["yearFrom"] | null;
  /** Years with DST populations. */
  years: number[];
  result: SpreadResult | null;
  errors: CellError[];
  /** The add-in's sheet the spread is (or would be) drawn on: Spredning, or Spredning (beregnet) … */
  sheet?: string;
  failure?: RunFailure;
}

export async function runSpreadOnWorkbook(
  runner: ExcelRunner,
  options: SpreadRunOptions = {}
): Promise<SpreadRunOutcome> {
  const locale = options.locale ?? "da";
  const lifecycle = {
    locale,
    cultureInfo: options.cultureInfo ?? true,
    dryRun: options.dryRun,
  };
  return runWriter<SpreadRunOutcome>(runner, lifecycle, async ({ context, layout, guard }) => {
    // The shipped data, loaded with the first run that needs it (a chunk of its own in the pane).
    const { SHIPPED_MUNICIPALITIES: registry } = await import("../../core/municipalities/shipped");
    const candidates = activityCandidates(layout);
    const source = chooseSource(layout, candidates, options.table);
    const empty: SpreadRunOutcome = {
      status: "errors",
      candidates,
      ruralTables: [],
      table: null,
      columns: null,
      hub: null,
      hubCounts: [],
      year: null,
      yearFrom: null,
      years: registry.years,
      result: null,
      errors: [],
    };
    if (!source) return { stop: { ...empty, errors: [noActivityList(layout, locale, options)] } };
    const table = { sheet: source.sheet, name: source.name, source: source.source };
    const ruralTables = userSources(layout)
      .filter((s) => s !== source)
      .map((s) => ({ sheet: s.sheet, name: s.name, source: s.source }));
    const base = { ...empty, table, ruralTables };
    const rural = options.rural ?? null;
    const ruralSource =
      rural && "table" in rural
        ? (userSources(layout).find(
            (s) => s.sheet === rural.table.sheet && s.name === rural.table.name
          ) ?? null)
        : null;
    if (rural && "table" in rural && !ruralSource)
      return {
        stop: {
          ...base,
          errors: [
            {
              sheet: rural.table.sheet,
              cell: "A1",
              code: "rural-table-missing",
              message: `inddelingen i land og by '${rural.table.name}' findes ikke i projektmappen`,
            },
          ],
        },
      };
    const sheet = spreadSheetName(layout);
    // The one sheet the write changes, checked in the read's sync.
    guard([sheet]);
    const columns = columnsToRead(layout, source, {
      municipality: options.municipalityColumn,
      company: options.companyColumn,
      rural: rural && "column" in rural ? rural.column : undefined,
    });
    const data = await readSpreadData(context, layout, source, columns, ruralSource);

    const activity: ActivitySource = {
      table: data.activities,
      municipalityColumn: options.municipalityColumn,
      companyColumn: options.companyColumn,
      ruralColumn: rural && "column" in rural ? rural.column : undefined,
    };
    let ruralList: RuralList | undefined;
    if (data.rural) {
      const read = readRuralTable(data.rural, registry, locale);
      if (read.errors.length > 0) return { stop: { ...base, errors: read.errors } };
      ruralList = read.list;
    }
    const inferred = inferHub(activity, registry);
    const hubText = options.hub ?? inferred.hub;
    const at = { sheet: source.sheet, cell: headerCell(source) };
    if (hubText === undefined)
      return {
        stop: { ...base, hubCounts: inferred.counts, errors: [noHub(at, inferred.counts)] },
      };
    const column = inferYear(data.activities);
    const latest = registry.years[registry.years.length - 1];
    const fromColumn = column && registry.years.includes(column.year) ? column : undefined;
    const year = options.year ?? fromColumn?.year ?? latest;
    const yearFrom: SpreadSheetInput["yearFrom"] =
      options.year !== undefined
        ? { kind: "given" }
        : fromColumn
          ? { kind: "column", header: fromColumn.header }
          : { kind: "latest" };
    const outcome = computeSpread(
      activity,
      registry,
      { hub: hubText, year, minimum: options.minimum ?? 1, locale, hubPlace: at, yearPlace: at },
      ruralList
    );
    const known = { ...base, hubCounts: inferred.counts, year, yearFrom };
    if (!outcome.ok) return { stop: { ...known, errors: outcome.errors } };
    const result = outcome.result;
    const municipality =
      options.municipalityColumn ?? data.activities.headers[municipalityColumn(data.activities)];
    const found = companyColumn(data.activities);
    const company =
      options.companyColumn === null
        ? null
        : (options.companyColumn ?? (found >= 0 ? data.activities.headers[found] : null));
    const computed: SpreadRunOutcome = {
      ...known,
      hub: result.hub,
      result,
      columns: { municipality, company },
      sheet,
    };
    const plan = composeWrite({
      layout,
      writer: "spredning",
      runId: options.runId ?? newRunId(),
      now: options.now ?? new Date(),
      table: null,
      sheet: {
        name: sheet,
        ops: spreadSheetOps({
          sheet,
          result,
          list: table,
          municipalityColumn: municipality,
          companyColumn: company,
          yearFrom,
          ruralFrom: ruralFromText(rural),
          existingCharts: layout.charts[sheet] ?? [],
          previousBox: previousBox(layout, sheet),
        }),
        redraw: spreadRedraw,
      },
    });
    return { plan, finish: (ending: Ending) => spreadOutcome(computed, ending) };
  });
}

/** The header cell of the list's first column: where errors about the list as a whole are shown. */
function headerCell(source: { headerRowIndex: number; firstColumnIndex: number }): string {
  return headerCellAddress(source, 0);
}

/** Without an activity list: say what is looked for, on the first sheet (or on the sheet the user chose). */
function noActivityList(
  layout: { sheets: { name: string }[] },
  locale: "da" | "en",
  options: SpreadRunOptions
): CellError {
  const sheet = options.table?.sheet ?? layout.sheets[0]?.name ?? "Ark1";
  return {
    sheet,
    cell: "A1",
    code: "no-activity-list",
    message: options.table
      ? locale === "da"
        ? `tabellen '${options.table.name}' findes ikke i projektmappen`
        : `there is no table '${options.table.name}' in the workbook`
      : locale === "da"
        ? "ingen aktivitetsliste fundet: en tabel skal have en kolonne med kommunen (fx Kommune)"
        : "no activity list found: a table needs a municipality column (e.g. Kommune)",
  };
}

/** No hub given and none has more than half of the rows: ask for it, with the counts. */
function noHub(at: { sheet: string; cell: string }, counts: [Hub, number][]): CellError {
  const list = counts.map(([hub, n]) => `${hub} ${n}`).join(", ");
  return {
    ...at,
    code: "no-hub",
    message:
      counts.length === 0
        ? "vælg Erhvervshuset: listen har ingen rækker med en kommune"
        : `vælg Erhvervshuset: intet hus har over halvdelen af rækkerne (${list})`,
  };
}

function ruralFromText(rural: SpreadRunOptions["rural"]): string | null {
  if (!rural) return null;
  return "column" in rural ? `kolonnen ${rural.column}` : `tabellen ${rural.table.name}`;
}

/** How a planned Spredning ended, as the pane sees it. */
function spreadOutcome(computed: SpreadRunOutcome, ending: Ending): SpreadRunOutcome {
  switch (ending.status) {
    case "errors":
      return { ...computed, status: "errors", errors: ending.errors };
    case "failed":
      return { ...computed, status: "failed", failure: ending.failure };
    case "written":
      return { ...computed, status: "written" };
    default:
      return { ...computed, status: "preview" };
  }
}
