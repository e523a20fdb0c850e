// `maalopfyldelse allocate <workbook.xlsx | populations.csv> --total <kr> [--unit <kr>] [--instalments 1|4|12]
//   [--method largest-remainder|round-each] [--key population|amount] [--fixed <kr>] [--json]`
// Splits the total by the key in the file and audits the shares and amounts the file states (and, against DST's
// quarterly figures, the date of its populations).
// `allocate --hub <Erhvervshus> --total <kr> [--year <år>] …` splits one hub's grant by the shipped populations (no
// key file); `allocate --national <kr> [--year <år>] …` splits a national total over the six hubs by population, then
// each hub's amount over its municipalities.
// Exit 0: done. 1: the input has errors (listed with their cells, no result). 2: wrong usage.
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import {
  InstalmentsSchema,
  KeyBasisSchema,
  MethodSchema,
  allocate,
  allocationMessage,
  auditKey,
  csvBytesToRawTable,
  formatFixed,
  formatShare,
  keyFromTable,
  readKeyTable,
  type Allocation,
  type AuditReport,
  type Instalments,
  type KeyBasis,
  type KeyTable,
  type Method,
} from "../core/allocate";
import {
  allocateHub,
  allocateNational,
  shippedSource,
  type NationalOutcome,
} from "../core/allocate/shipped";
import { unmatchedHubMessage, type Hub } from "../core/municipalities";
import { SHIPPED_MUNICIPALITIES } from "../core/municipalities/shipped";
import { SHIPPED_QUARTERS } from "../core/municipalities/shippedQuarters";
import { formatNumber } from "../core/format";
import { describeError, describePlace } from "../core/messages";
import type { CellError, RawTable } from "../core/model";
import { readNumberText } from "../core/numbers";
import { usage, usageError, type CliIo } from "./io";
import { populationYear, readOptions } from "./options";
import { readRawTables } from "./workbook";

/** Where the key comes from: a file, one hub's shipped populations, or the national two-level split. */
type Source =
  | { kind: "file"; file: string }
  | { kind: "hub"; hub: Hub; year: number }
  | { kind: "national"; year: number };

interface Settings {
  source: Source;
  /** The file's name, or null for the shipped populations. */
  file: string | null;
  total: number;
  unit: number;
  instalments: Instalments;
  method: Method;
  basis: KeyBasis;
  fixedTotal?: number;
  json: boolean;
}

type Parsed = { ok: true; settings: Settings } | { ok: false; message: string };

function amountArg(name: string, text: string | undefined): number | string {
  if (text === undefined) return `--${name} mangler`;
  const n = readNumberText(text.replace(/\s*(kr\.?)$/i, ""));
  if (!n.ok)
    return `--${name} '${text}' er ikke et beløb i kroner (skriv fx 16500000 eller 16.500.000)`;
  return n.value;
}

/** A file, --hub <name> (with --total) or --national <kr>: exactly one. --year goes with the last two. */
function sourceOf(
  values: { hub?: string; national?: string; year?: string; total?: string },
  positionals: string[]
): Source | string {
  const given = [positionals.length > 0, values.hub !== undefined, values.national !== undefined];
  if (given.filter(Boolean).length > 1 || positionals.length > 1)
    return "angiv præcis én kilde: en fil (arbejdsbog eller CSV), --hub <Erhvervshus> eller --national <kr>";
  if (given.every((g) => !g))
    return "angiv en fil (en arbejdsbog .xlsx eller en CSV-fil), --hub <Erhvervshus> eller --national <kr>";
  if (positionals.length === 1) {
    if (values.year !== undefined)
      return "--year bruges med --hub eller --national (indbyggertal fra Danmarks Statistik), ikke med en fil";
    return { kind: "file", file: positionals[0] };
  }
  const registry = SHIPPED_MUNICIPALITIES;
  let year = registry.years[registry.years.length - 1];
  if (values.year !== undefined) {
    const given = populationYear(registry, values.year, 2019);
    if ("error" in given) return given.error;
    year = given.year;
  }
  if (values.national !== undefined) {
    if (values.total !== undefined)
      return "--national er selv totalen: brug --national <kr> uden --total";
    return { kind: "national", year };
  }
  const hub = registry.matchHub(values.hub as string);
  if (!hub.ok) return `--hub: ${unmatchedHubMessage("da", hub)}`;
  return { kind: "hub", hub: hub.hub, year };
}

function parseSettings(args: string[]): Parsed {
  const parsed = readOptions(args, {
    total: { type: "string" },
    unit: { type: "string", default: "1" },
    instalments: { type: "string", default: "1" },
    method: { type: "string", default: "largest-remainder" },
    key: { type: "string", default: "population" },
    fixed: { type: "string" },
    hub: { type: "string" },
    national: { type: "string" },
    year: { type: "string" },
    json: { type: "boolean", default: false },
  });
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed;
  const source = sourceOf(values, positionals);
  if (typeof source === "string") return { ok: false, message: source };
  const total =
    source.kind === "national"
      ? amountArg("national", values.national)
      : amountArg("total", values.total);
  if (typeof total === "string") return { ok: false, message: total };
  const unit = amountArg("unit", values.unit);
  if (typeof unit === "string") return { ok: false, message: unit };
  if (unit <= 0)
    return { ok: false, message: `--unit skal være over 0 kr. (fx 1, 100 eller 1000)` };
  const instalments = InstalmentsSchema.safeParse(Number(values.instalments));
  if (!instalments.success)
    return {
      ok: false,
      message: `--instalments '${values.instalments}' skal være 1, 4 eller 12 rater om året`,
    };
  const method = MethodSchema.safeParse(values.method);
  if (!method.success)
    return {
      ok: false,
      message: `ukendt --method '${values.method}' (brug largest-remainder eller round-each)`,
    };
  const basis = KeyBasisSchema.safeParse(values.key);
  if (!basis.success)
    return { ok: false, message: `ukendt --key '${values.key}' (brug population eller amount)` };
  if (source.kind !== "file" && basis.data !== "population")
    return {
      ok: false,
      message: `--key amount bruges kun med en fil: --hub og --national fordeler efter indbyggertal`,
    };
  if (source.kind === "national" && values.fixed !== undefined)
    return {
      ok: false,
      message: `--fixed kan ikke bruges med --national: et fælles fast beløb har ingen mening i to trin`,
    };
  let fixedTotal: number | undefined;
  if (values.fixed !== undefined) {
    const fixed = amountArg("fixed", values.fixed);
    if (typeof fixed === "string") return { ok: false, message: fixed };
    fixedTotal = fixed;
  }
  return {
    ok: true,
    settings: {
      source,
      file: source.kind === "file" ? source.file : null,
      total,
      unit,
      instalments: instalments.data,
      method: method.data,
      basis: basis.data,
      fixedTotal,
      json: values.json,
    },
  };
}

type Loaded =
  { ok: true; table: KeyTable } | { ok: false; errors: CellError[] } | { ok: false; usage: string };

/** Reads the key from a CSV file (sheet = file name) or from the first sheet of a workbook that holds one. */
async function loadKey(file: string): Promise<Loaded> {
  const name = basename(file);
  const ext = extname(file).toLowerCase();
  let raws: RawTable[];
  try {
    if (ext === ".csv" || ext === ".txt")
      raws = [csvBytesToRawTable(await readFile(file), name).table];
    else if (ext === ".xlsx" || ext === ".xlsm") raws = await readRawTables(file);
    else
      return {
        ok: false,
        usage: `'${name}' er hverken en arbejdsbog (.xlsx) eller en CSV-fil (.csv)`,
      };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message =
      code === "ENOENT" ? "filen findes ikke" : `filen kan ikke læses (${(e as Error).message})`;
    return { ok: false, errors: [{ sheet: name, cell: "A1", code: "file", message }] };
  }
  const tables = raws.map((raw) => readKeyTable(raw));
  const key = tables.find(
    (t) => t.headerCells.population !== undefined || t.headerCells.amount !== undefined
  );
  if (!key) {
    const first = tables[0];
    if (first && first.errors.length > 0) return { ok: false, errors: first.errors };
    return {
      ok: false,
      errors: [
        {
          sheet: first?.sheet ?? name,
          cell: "A1",
          code: "no-key-table",
          message: allocationMessage("da", "no-key-table"),
        },
      ],
    };
  }
  return key.errors.length > 0 ? { ok: false, errors: key.errors } : { ok: true, table: key };
}

/** "Arket fil.csv, celle B4: …", or "--total: …" for an error about an option (it has no sheet). */
function describe(e: CellError): string {
  // The core names no command-line flag (the pane shows the same text): the command line adds its own.
  const flag =
    e.code === "missing-population-column" && /beløb|amounts/.test(e.message)
      ? " (--key amount)"
      : "";
  return `${describeError(e)}${flag}`;
}

export async function runAllocate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseSettings(args);
  if (!parsed.ok) return usageError(io, `allocate: ${parsed.message}`, usage());
  const s = parsed.settings;
  if (s.source.kind !== "file") return runShipped(s, s.source, io);
  const loaded = await loadKey(s.source.file);
  if (!loaded.ok && "usage" in loaded) return usageError(io, `allocate: ${loaded.usage}`, usage());
  if (!loaded.ok) return failed(s, io, loaded.errors);
  const table = loaded.table;
  const { key, errors } = keyFromTable(table, s.basis);
  if (errors.length > 0) return failed(s, io, errors);
  const outcome = allocate(key, { ...allocationOptions(s), basis: s.basis });
  if (!outcome.ok) return failed(s, io, outcome.errors);
  const allocation = outcome.allocation;
  const audit = auditKey(
    table,
    { total: s.total, unit: s.unit, instalments: s.instalments, basis: s.basis },
    allocation,
    { registry: SHIPPED_MUNICIPALITIES, quarterly: SHIPPED_QUARTERS }
  );
  io.out(
    s.json
      ? `${JSON.stringify(toJson(s, table, allocation, audit), null, 2)}\n`
      : toText(s, table, allocation, audit)
  );
  return 0;
}

function failed(s: Settings, io: CliIo, errors: CellError[]): number {
  io.err(
    `Fordelingen kan ikke beregnes (${errors.length} fejl):\n${errors.map((e) => `  ${describe(e)}\n`).join("")}`
  );
  if (s.json) io.out(`${JSON.stringify({ errors }, null, 2)}\n`);
  return 1;
}

function allocationOptions(s: Settings) {
  return {
    total: s.total,
    unit: s.unit,
    instalments: s.instalments,
    method: s.method,
    fixedTotal: s.fixedTotal,
    totalPlace: { sheet: "", cell: s.source.kind === "national" ? "--national" : "--total" },
  };
}

/** --hub and --national: the shipped populations (Danmarks Statistik, FOLK1A), nothing to read or audit. */
function runShipped(s: Settings, source: Exclude<Source, { kind: "file" }>, io: CliIo): number {
  const registry = SHIPPED_MUNICIPALITIES;
  const shipped = { year: source.year, yearPlace: { sheet: "", cell: "--year" } };
  if (source.kind === "hub") {
    const outcome = allocateHub(registry, source.hub, shipped, allocationOptions(s));
    if (!outcome.ok) return failed(s, io, outcome.errors);
    const codes = registry.ofHub(source.hub).map((m) => m.code);
    io.out(
      s.json
        ? `${JSON.stringify(hubJson(s, source, outcome.allocation, codes), null, 2)}\n`
        : hubText(s, source, outcome.allocation)
    );
    return 0;
  }
  const outcome = allocateNational(registry, shipped, allocationOptions(s));
  if (!outcome.ok) return failed(s, io, outcome.errors);
  io.out(
    s.json
      ? `${JSON.stringify(nationalJson(s, source, outcome), null, 2)}\n`
      : nationalText(s, source, outcome)
  );
  return 0;
}

type AllocatedRow = Allocation["rows"][number];

function rowJson(s: Settings, a: Allocation, r: AllocatedRow, code?: number) {
  return {
    ...(code === undefined ? {} : { code }),
    name: r.name,
    population: s.basis === "population" ? r.population : null,
    share: r.share,
    amount: r.amount,
    instalment: r.instalment,
    exact: r.exact,
    adjustment: r.adjustment,
    ...(a.fixedTotal > 0 ? { fixed: r.fixed } : {}),
  };
}

/** Today's JSON: the settings, the rows, the sums and the method; `extra` adds the hub or the national split. */
function allocationJson(
  s: Settings,
  a: Allocation,
  head: Record<string, unknown>,
  rows: ReturnType<typeof rowJson>[]
) {
  return {
    ...head,
    total: a.total,
    unit: a.unit,
    instalments: a.instalments,
    method: a.method,
    key: s.basis,
    fixedTotal: a.fixedTotal,
    rows,
    sum: a.sum,
    difference: a.difference,
    instalmentTotal: a.instalmentTotal,
    instalmentSum: a.instalmentSum,
    sentence: a.sentence,
  };
}

function toJson(s: Settings, table: KeyTable, a: Allocation, audit: AuditReport) {
  return {
    ...allocationJson(
      s,
      a,
      { file: basename(s.file as string), sheet: table.sheet },
      a.rows.map((r) => rowJson(s, a, r))
    ),
    audit: audit.findings,
    auditSummary: audit.summary,
  };
}

function shippedHead(source: { year: number }, hub: string | null) {
  return {
    file: null,
    sheet: null,
    hub,
    year: source.year,
    source: shippedSource(source.year),
  };
}

function hubJson(s: Settings, source: { hub: Hub; year: number }, a: Allocation, codes: number[]) {
  return {
    ...allocationJson(
      s,
      a,
      shippedHead(source, source.hub),
      a.rows.map((r, i) => rowJson(s, a, r, codes[i]))
    ),
    audit: [],
    auditSummary: null,
  };
}

function nationalJson(
  s: Settings,
  source: { year: number },
  outcome: Extract<NationalOutcome, { ok: true }>
) {
  const national = outcome.national;
  return {
    ...allocationJson(
      s,
      national,
      shippedHead(source, null),
      national.rows.map((r) => rowJson(s, national, r))
    ),
    audit: [],
    auditSummary: null,
    hubs: outcome.hubs.map((h) => ({
      name: h.hub,
      population: h.population,
      amount: h.amount,
      rows: h.allocation.rows.map((r, i) => rowJson(s, h.allocation, r, h.municipalities[i].code)),
      sum: h.allocation.sum,
      difference: h.allocation.difference,
      instalmentSum: h.allocation.instalmentSum,
      sentence: h.allocation.sentence,
    })),
  };
}

const INSTALMENT_TEXT: Record<Instalments, string> = {
  1: "1 rate om året (årligt beløb)",
  4: "4 rater om året (kvartalsrater)",
  12: "12 rater om året (månedsrater)",
};

const kr = (v: number) => formatNumber(v, "da", 2);

function settingsLine(a: Allocation): string {
  return `Afrunding: ${kr(a.unit)} kr. · ${INSTALMENT_TEXT[a.instalments]} · metode: ${allocationMessage("da", `method-name-${a.method}`)}`;
}

/** The split as a table: name, key, share, amount, per instalment, rounding; `extra` adds stated columns. */
function splitTable(
  a: Allocation,
  nameHeader: string,
  keyHeader: string,
  keyText: (population: number) => string,
  extra: { header: string; cells: string[]; total: string }[] = []
): string[] {
  const header = [
    nameHeader,
    keyHeader,
    "Andel",
    "Beløb (kr.)",
    "Pr. rate (kr.)",
    "Afrunding (kr.)",
    ...extra.map((e) => e.header),
  ];
  const lines = a.rows.map((r, i) => [
    r.name,
    keyText(r.population),
    formatShare(r.share, 4),
    kr(r.amount),
    kr(r.instalment),
    (r.adjustment > 0 ? "+" : "") + formatFixed(r.adjustment, 2),
    ...extra.map((e) => e.cells[i]),
  ]);
  const populationSum = a.rows.reduce((t, r) => t + r.population, 0);
  const totalLine = [
    "I alt",
    keyText(populationSum),
    formatShare(1, 4),
    kr(a.sum),
    kr(a.instalmentSum),
    "",
    ...extra.map((e) => e.total),
  ];
  return renderTable(header, lines, totalLine);
}

function methodLines(a: Allocation): string[] {
  const out = [a.sentence];
  if (a.method === "round-each" && a.difference !== 0)
    out.push(`Forskel fra totalen: ${a.difference > 0 ? "+" : ""}${kr(a.difference)} kr.`);
  return out;
}

const people = (n: number) => formatNumber(n, "da", 0);

function toText(s: Settings, table: KeyTable, a: Allocation, audit: AuditReport): string {
  const byAmount = s.basis === "amount";
  const extra: { header: string; cells: string[]; total: string }[] = [];
  // The allocation's rows are the table's rows in the same order (keyFromTable keeps them all or fails).
  if (table.rows.some((r) => r.share))
    extra.push({
      header: "Angivet andel",
      cells: table.rows.map((r) => r.share?.text ?? ""),
      total: table.totalRow?.share?.text ?? "",
    });
  if (table.rows.some((r) => r.amount) && !byAmount)
    extra.push({
      header: "Angivet beløb (kr.)",
      cells: table.rows.map((r) => (r.amount ? kr(r.amount.value) : "")),
      total: table.totalRow?.amount ? kr(table.totalRow.amount.value) : "",
    });
  const out: string[] = [];
  out.push(
    `Fordeling af ${kr(a.total)} kr. efter ${byAmount ? "de angivne beløb" : "indbyggertal"} (${basename(s.file as string)})`
  );
  if (byAmount) out.push("Nøgle: de angivne beløb, fordi tabellen ikke har indbyggertal.");
  if (a.fixedTotal > 0)
    out.push(
      `Fast del: ${kr(a.fixedTotal)} kr. før fordelingen efter ${byAmount ? "beløb" : "indbyggertal"}.`
    );
  out.push(settingsLine(a));
  out.push("");
  out.push(
    ...splitTable(
      a,
      "Kommune",
      byAmount ? "Nøgle (angivet beløb)" : "Indbyggere",
      byAmount ? (p) => kr(p / 100) : people,
      extra
    )
  );
  out.push("");
  out.push(...methodLines(a));
  out.push("");
  out.push(
    audit.findings.length === 0
      ? "Revision af den angivne nøgle: intet at bemærke."
      : `Revision af den angivne nøgle (${audit.findings.length} fund):`
  );
  for (const f of audit.findings)
    out.push(
      `  ${f.severity === "discrepancy" ? "Afvigelse" : "Forklaring"} – ${describePlace(f.sheet, f.cell)}: ${f.message}`
    );
  if (audit.findings.length > 0) out.push(audit.summary);
  const hub = hubOfKey(table);
  if (hub && audit.findings.some((f) => f.kind === "population-date")) {
    const latest = SHIPPED_MUNICIPALITIES.years[SHIPPED_MUNICIPALITIES.years.length - 1];
    out.push(
      `Danmarks Statistiks nyeste indbyggertal for de samme ${table.rows.length} kommuner: maalopfyldelse allocate --hub ${hub} --year ${latest} --total ${a.total}`
    );
  }
  return `${out.join("\n")}\n`;
}

/** The hub whose municipalities are exactly the key's, so the text can offer DST's current figures for it. */
function hubOfKey(table: KeyTable): Hub | undefined {
  const registry = SHIPPED_MUNICIPALITIES;
  const codes = new Set<number>();
  for (const row of table.rows) {
    const m = registry.match(row.name);
    if (!m.ok) return undefined;
    codes.add(m.municipality.code);
  }
  const first = registry.byCode([...codes][0] ?? 0);
  if (!first) return undefined;
  const hub = registry.ofHub(first.hub);
  return hub.length === codes.size && hub.every((m) => codes.has(m.code)) ? first.hub : undefined;
}

function hubText(s: Settings, source: { hub: Hub; year: number }, a: Allocation): string {
  const out = [
    `Fordeling af ${kr(a.total)} kr. til Erhvervshus ${source.hub}s ${a.rows.length} kommuner efter indbyggertal pr. 1. januar ${source.year}`,
    settingsLine(a),
    "",
    ...splitTable(a, "Kommune", "Indbyggere", people),
    "",
    ...methodLines(a),
    shippedSource(source.year),
  ];
  return `${out.join("\n")}\n`;
}

function nationalText(
  s: Settings,
  source: { year: number },
  outcome: Extract<NationalOutcome, { ok: true }>
): string {
  const a = outcome.national;
  const out = [
    `Fordeling af ${kr(a.total)} kr. over de seks Erhvervshuse efter indbyggertal pr. 1. januar ${source.year}, derefter over hvert hus' kommuner`,
    settingsLine(a),
    "",
    ...splitTable(a, "Erhvervshus", "Indbyggere", people),
    "",
    ...methodLines(a),
  ];
  for (const h of outcome.hubs) {
    out.push(
      "",
      `Erhvervshus ${h.hub}: ${kr(h.amount)} kr. over ${h.allocation.rows.length} kommuner`,
      "",
      ...splitTable(h.allocation, "Kommune", "Indbyggere", people),
      "",
      ...methodLines(h.allocation)
    );
  }
  out.push("", shippedSource(source.year));
  return `${out.join("\n")}\n`;
}

function renderTable(header: string[], rows: string[][], total: string[]): string[] {
  const all = [header, ...rows, total];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const render = (r: string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [render(header), rule, ...rows.map(render), rule, render(total)];
}
