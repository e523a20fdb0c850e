// `maalopfyldelse spread <aktiviteter.xlsx | .csv> --hub <Erhvervshus> [--year <år>] [--column <overskrift>]
//   [--company <overskrift>] [--rural <fil, ark eller kolonne>] [--minimum <antal>] [--out <fil.xlsx>] [--json]`
// The geographic spread of a hub's activities (goal 2): per municipality, coverage and the rural index, from the
// activity list and the shipped populations (Kilde: Danmarks Statistik). Reads an .xlsx through the same adapter
// and in-memory Excel host as the other commands, a CSV in whatever encoding Excel saved it. Writes nothing unless
// --out names a workbook: then the Spredning sheet is drawn by the Excel writer itself (spreadOut.ts).
// Exit 0: computed. 1: the input has errors (listed with their cells, no figures). 2: wrong usage.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { csvBytesToRawTable } from "../core/allocate";
import { formatNumber } from "../core/format";
import { describeError } from "../core/messages";
import type { CellError, RawTable } from "../core/model";
import { normaliseHeader } from "../core/headers";
import { unmatchedHubMessage, type Hub } from "../core/municipalities";
import { SHIPPED_MUNICIPALITIES } from "../core/municipalities/shipped";
import {
  computeSpread,
  hasMunicipalityColumn,
  inferYear,
  readRuralTable,
  spreadSummary,
  type ActivitySource,
  type RuralList,
  type SpreadResult,
} from "../core/spread";
import { findColumn } from "../core/tables";
import { usage, usageError, type CliIo } from "./io";
import { populationYear, readOptions } from "./options";
import { writeSpreadWorkbook } from "./spreadOut";
import { readRawTables } from "./workbook";

interface Settings {
  file: string;
  hub: Hub;
  /** Undefined: from the list's own year or date column, else the latest year of the data. */
  year?: number;
  column?: string;
  company?: string;
  rural?: string;
  minimum: number;
  out?: string;
  json: boolean;
}

type Parsed = { ok: true; settings: Settings } | { ok: false; message: string };

function parseSettings(args: string[]): Parsed {
  const parsed = readOptions(args, {
    hub: { type: "string" },
    year: { type: "string" },
    column: { type: "string" },
    company: { type: "string" },
    rural: { type: "string" },
    minimum: { type: "string", default: "1" },
    out: { type: "string" },
    json: { type: "boolean", default: false },
  });
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    return {
      ok: false,
      message: "angiv præcis én fil: en arbejdsbog (.xlsx) eller en CSV-fil med aktiviteterne",
    };
  if (values.hub === undefined)
    return { ok: false, message: "--hub mangler: hvilket Erhvervshus (fx --hub Nordjylland)" };
  const hub = SHIPPED_MUNICIPALITIES.matchHub(values.hub);
  if (!hub.ok) return { ok: false, message: `--hub: ${unmatchedHubMessage("da", hub)}` };
  let year: number | undefined;
  if (values.year !== undefined) {
    const given = populationYear(SHIPPED_MUNICIPALITIES, values.year, 2021);
    if ("error" in given) return { ok: false, message: given.error };
    year = given.year;
  }
  if (values.out !== undefined && extname(values.out).toLowerCase() !== ".xlsx")
    return { ok: false, message: `--out '${values.out}' skal være en arbejdsbog (.xlsx)` };
  const minimum = Number(values.minimum);
  if (!Number.isInteger(minimum) || minimum < 1)
    return {
      ok: false,
      message: `--minimum '${values.minimum}' skal være et helt antal aktiviteter, mindst 1`,
    };
  return {
    ok: true,
    settings: {
      file: positionals[0],
      hub: hub.hub,
      year,
      column: values.column,
      company: values.company,
      rural: values.rural,
      minimum,
      out: values.out,
      json: values.json,
    },
  };
}

type Loaded =
  | { ok: true; tables: RawTable[] }
  | { ok: false; errors: CellError[] }
  | { ok: false; usage: string };

/** The tables of a CSV file (one, named after the file) or a workbook (every table, as `evaluate` reads them). */
async function loadTables(file: string): Promise<Loaded> {
  const name = basename(file);
  const ext = extname(file).toLowerCase();
  try {
    if (ext === ".csv" || ext === ".txt")
      return { ok: true, tables: [csvBytesToRawTable(await readFile(file), name).table] };
    if (ext === ".xlsx" || ext === ".xlsm") return { ok: true, tables: await readRawTables(file) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message =
      code === "ENOENT" ? "filen findes ikke" : `filen kan ikke læses (${(e as Error).message})`;
    return { ok: false, errors: [{ sheet: name, cell: "A1", code: "file", message }] };
  }
  return { ok: false, usage: `'${name}' er hverken en arbejdsbog (.xlsx) eller en CSV-fil (.csv)` };
}

/** The activity list: the first table with the municipality column (the one named by --column, or one called Kommune …). */
function activityTable(tables: RawTable[], column?: string): RawTable | undefined {
  return tables.find((t) =>
    column === undefined ? hasMunicipalityColumn(t) : findColumn(t, column) >= 0
  );
}

type Rural =
  | { kind: "none" }
  | { kind: "column"; header: string }
  | {
      kind: "list";
      list: RuralList;
      errors: CellError[];
      /** The table of the same workbook it came from; absent for a list in a file of its own. */
      table?: { sheet: string; name: string };
    }
  | { kind: "usage"; message: string }
  | { kind: "errors"; errors: CellError[] };

/** --rural: a file (CSV or workbook), a table or sheet of the same workbook, or a column of the activity list. */
async function ruralOf(
  value: string | undefined,
  tables: RawTable[],
  activities: RawTable
): Promise<Rural> {
  if (value === undefined) return { kind: "none" };
  const fromTable = (t: RawTable, own = false): Rural => ({
    kind: "list",
    ...readRuralTable(t, SHIPPED_MUNICIPALITIES),
    ...(own ? { table: { sheet: t.sheet, name: t.name } } : {}),
  });
  const ext = extname(value).toLowerCase();
  if ([".csv", ".txt", ".xlsx", ".xlsm"].includes(ext) && existsSync(value)) {
    const loaded = await loadTables(value);
    if (!loaded.ok)
      return "usage" in loaded
        ? { kind: "usage", message: loaded.usage }
        : { kind: "errors", errors: loaded.errors };
    const table = loaded.tables.find(hasMunicipalityColumn) ?? loaded.tables[0];
    return table
      ? fromTable(table)
      : { kind: "usage", message: `--rural: '${value}' har ingen tabel` };
  }
  const key = normaliseHeader(value);
  const named = tables.find(
    (t) => t !== activities && (normaliseHeader(t.name) === key || normaliseHeader(t.sheet) === key)
  );
  if (named) return fromTable(named, true);
  if (findColumn(activities, value) >= 0) return { kind: "column", header: value };
  return {
    kind: "usage",
    message: `--rural '${value}' er hverken en fil, et ark eller en kolonne i ${activities.sheet} (kolonner: ${activities.headers.filter((h) => h).join(", ")})`,
  };
}

export async function runSpread(args: string[], io: CliIo): Promise<number> {
  const parsed = parseSettings(args);
  if (!parsed.ok) return usageError(io, `spread: ${parsed.message}`, usage());
  const s = parsed.settings;
  const failed = (errors: CellError[]) => {
    io.err(
      `Spredningen kan ikke beregnes (${errors.length} fejl):\n${errors.map((e) => `  ${describeError(e)}\n`).join("")}`
    );
    if (s.json)
      io.out(
        `${JSON.stringify({ file: basename(s.file), hub: s.hub, errors: errorsJson(errors) }, null, 2)}\n`
      );
    return 1;
  };
  const loaded = await loadTables(s.file);
  if (!loaded.ok && "usage" in loaded) return usageError(io, `spread: ${loaded.usage}`, usage());
  if (!loaded.ok) return failed(loaded.errors);
  const table = activityTable(loaded.tables, s.column);
  if (!table) {
    const first = loaded.tables[0];
    const headers = first ? first.headers.filter((h) => h).join(", ") : "ingen";
    return failed([
      {
        sheet: first?.sheet ?? basename(s.file),
        cell: "A1",
        code: "missing-municipality-column",
        message:
          s.column === undefined
            ? `ingen tabel med en kolonne for kommunen (fx Kommune): vælg den med --column (overskrifter: ${headers})`
            : `ingen tabel har kolonnen '${s.column}' (overskrifter: ${headers})`,
      },
    ]);
  }
  const rural = await ruralOf(s.rural, loaded.tables, table);
  if (rural.kind === "usage") return usageError(io, `spread: ${rural.message}`, usage());
  if (rural.kind === "errors") return failed(rural.errors);
  if (rural.kind === "list" && rural.errors.length > 0) return failed(rural.errors);

  const inferred = s.year === undefined ? inferYear(table) : undefined;
  const registry = SHIPPED_MUNICIPALITIES;
  const latest = registry.years[registry.years.length - 1];
  const year =
    s.year ?? (inferred && registry.years.includes(inferred.year) ? inferred.year : latest);
  const yearNote =
    s.year !== undefined
      ? null
      : inferred && inferred.year === year
        ? `Året ${year} er taget fra kolonnen ${inferred.header}.`
        : `Ingen --year: Danmarks Statistiks nyeste tal (1. januar ${latest}) er brugt.`;
  const source: ActivitySource = {
    table,
    municipalityColumn: s.column,
    companyColumn: s.company,
    ruralColumn: rural.kind === "column" ? rural.header : undefined,
  };
  const outcome = computeSpread(
    source,
    registry,
    {
      hub: s.hub,
      year,
      minimum: s.minimum,
      hubPlace: { sheet: "", cell: "--hub" },
      yearPlace: { sheet: "", cell: "--year" },
    },
    rural.kind === "list" ? rural.list : undefined
  );
  if (!outcome.ok) return failed(outcome.errors);
  let written: string | null = null;
  let writtenSheet = "";
  if (s.out !== undefined) {
    if (rural.kind === "list" && !rural.table) {
      io.err(
        "spread: --out med --rural fra en anden fil: læg inddelingen i land og by som et ark i arbejdsbogen, eller angiv en kolonne\n"
      );
      return 2;
    }
    const wrote = await writeSpreadWorkbook({
      input: s.file,
      out: s.out,
      table,
      hub: s.hub,
      year: s.year,
      minimum: s.minimum,
      column: s.column,
      company: s.company,
      rural:
        rural.kind === "column"
          ? { column: rural.header }
          : rural.kind === "list" && rural.table
            ? { table: rural.table }
            : null,
    });
    if (!wrote.ok) return failed(wrote.errors);
    written = wrote.path;
    writtenSheet = wrote.sheet;
  }
  io.out(
    s.json
      ? `${JSON.stringify({ ...toJson(s, table, outcome.result), output: written }, null, 2)}\n`
      : `${toText(s, table, outcome.result, yearNote)}${written ? `Arket ${writtenSheet} er skrevet til ${written} (uden diagrammet, som kun Excel tegner; tallene til det står på arket)\n` : ""}`
  );
  return 0;
}

function errorsJson(errors: CellError[]) {
  return errors.map((e) => ({ sheet: e.sheet, cell: e.cell, message: e.message }));
}

function toJson(s: Settings, table: RawTable, r: SpreadResult) {
  return {
    file: basename(s.file),
    sheet: table.sheet,
    hub: r.hub,
    year: r.year,
    source: r.source,
    municipalities: r.municipalities,
    totals: r.totals,
    coverage: r.coverage,
    rural: r.rural,
    outside: r.outside,
    warnings: r.warnings,
    summary: spreadSummary(r),
    errors: [],
  };
}

function toText(s: Settings, table: RawTable, r: SpreadResult, yearNote: string | null): string {
  const n = (x: number, d = 0) => formatNumber(x, "da", d);
  const header = ["Kommune", "Gruppe", "Land/by", "Indbyggere", "Aktiviteter"];
  const hasCompanies = r.totals.companies !== null;
  if (hasCompanies) header.push("Virksomheder");
  header.push("Pr. 10.000", "Indeks");
  const rows = r.municipalities.map((m) => {
    const line = [
      m.name,
      m.group,
      `${m.rural ? "land" : "by"}${m.ruralSource === "user" ? "*" : ""}`,
      n(m.population),
      n(m.activities),
    ];
    if (hasCompanies) line.push(n(m.companies ?? 0));
    line.push(n(m.perTenThousand, 1), m.index === null ? "–" : n(m.index, 1));
    return line;
  });
  const total = ["I alt", "", "", n(r.totals.population), n(r.totals.activities)];
  if (hasCompanies) total.push(n(r.totals.companies ?? 0));
  total.push(
    n((r.totals.activities / r.totals.population) * 10_000, 1),
    r.totals.activities > 0 ? "100" : "–"
  );
  const out = [
    `Geografisk spredning: ${basename(s.file)} (${table.sheet}), Erhvervshus ${r.hub}, befolkningen 1. januar ${r.year}`,
  ];
  if (yearNote) out.push(yearNote);
  out.push("", ...renderTable(header, rows, total), "");
  const summary = spreadSummary(r);
  out.push(...summary.slice(1, -1));
  if (r.municipalities.some((m) => m.ruralSource === "user"))
    out.push("* din egen inddeling (--rural)");
  if (r.outside.length > 0 && r.outside.length <= 20)
    for (const o of r.outside)
      out.push(
        `  ${o.sheet}!${o.cell}: ${o.value === "" ? "(tom)" : o.value}${o.hub ? ` (Erhvervshus ${o.hub})` : ""}`
      );
  out.push(
    "Indeks: kommunens andel af aktiviteterne ÷ dens andel af befolkningen × 100 (100 = som befolkningen). Landindeks: det samme for landkommunerne samlet."
  );
  out.push(summary[summary.length - 1]);
  return `${out.join("\n")}\n`;
}

function renderTable(header: string[], rows: string[][], total: string[]): string[] {
  const all = [header, ...rows, total];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const render = (r: string[]) =>
    r
      .map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [render(header), rule, ...rows.map(render), rule, render(total)];
}
