// `maalopfyldelse allocate <workbook.xlsx | populations.csv> --total <kr> [--unit <kr>] [--instalments 1|4|12]
//   [--method largest-remainder|round-each] [--key population|amount] [--fixed <kr>] [--json]`
// Splits the total by the key in the file and audits the shares and amounts the file states.
// Exit 0: done. 1: the input has errors (listed with their cells, no result). 2: wrong usage.
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
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
import { formatNumber } from "../core/format";
import { describeError } from "../core/messages";
import type { CellError, RawTable } from "../core/model";
import { readNumberText } from "../core/numbers";
import { usage, type CliIo } from "./io";
import { readRawTables } from "./workbook";

interface Settings {
  file: string;
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

/** util.parseArgs speaks English; say the same in Danish, keeping the option the user typed. */
function argumentError(e: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `ukendt tilvalg '${option}'`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return `tilvalget '${option.split(" ")[0]}' mangler en værdi`;
  return e.message;
}

function parseSettings(args: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        total: { type: "string" },
        unit: { type: "string", default: "1" },
        instalments: { type: "string", default: "1" },
        method: { type: "string", default: "largest-remainder" },
        key: { type: "string", default: "population" },
        fixed: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    return { ok: false, message: argumentError(e as Error & { code?: string }) };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    return { ok: false, message: "angiv præcis én fil: en arbejdsbog (.xlsx) eller en CSV-fil" };
  const total = amountArg("total", values.total);
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
  let fixedTotal: number | undefined;
  if (values.fixed !== undefined) {
    const fixed = amountArg("fixed", values.fixed);
    if (typeof fixed === "string") return { ok: false, message: fixed };
    fixedTotal = fixed;
  }
  return {
    ok: true,
    settings: {
      file: positionals[0],
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

/** "fil.csv!B4: …", or "--total: …" for an error about an option (it has no sheet). */
function describe(e: CellError): string {
  return e.sheet ? describeError(e) : `${e.cell}: ${e.message}`;
}

export async function runAllocate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseSettings(args);
  if (!parsed.ok) {
    io.err(`allocate: ${parsed.message}\n\n${usage()}`);
    return 2;
  }
  const s = parsed.settings;
  const loaded = await loadKey(s.file);
  if (!loaded.ok && "usage" in loaded) {
    io.err(`allocate: ${loaded.usage}\n\n${usage()}`);
    return 2;
  }
  const failed = (errors: CellError[]) => {
    io.err(
      `Fordelingen kan ikke beregnes (${errors.length} fejl):\n${errors.map((e) => `  ${describe(e)}\n`).join("")}`
    );
    if (s.json) io.out(`${JSON.stringify({ errors }, null, 2)}\n`);
    return 1;
  };
  if (!loaded.ok) return failed(loaded.errors);
  const table = loaded.table;
  const { key, errors } = keyFromTable(table, s.basis);
  if (errors.length > 0) return failed(errors);
  const outcome = allocate(key, {
    total: s.total,
    unit: s.unit,
    instalments: s.instalments,
    method: s.method,
    fixedTotal: s.fixedTotal,
    totalPlace: { sheet: "", cell: "--total" },
  });
  if (!outcome.ok) return failed(outcome.errors);
  const allocation = outcome.allocation;
  const audit = auditKey(
    table,
    { total: s.total, unit: s.unit, instalments: s.instalments, basis: s.basis },
    allocation
  );
  io.out(
    s.json
      ? `${JSON.stringify(toJson(s, table, allocation, audit), null, 2)}\n`
      : toText(s, table, allocation, audit)
  );
  return 0;
}

function toJson(s: Settings, table: KeyTable, a: Allocation, audit: AuditReport) {
  return {
    file: basename(s.file),
    sheet: table.sheet,
    total: a.total,
    unit: a.unit,
    instalments: a.instalments,
    method: a.method,
    key: s.basis,
    fixedTotal: a.fixedTotal,
    rows: a.rows.map((r) => ({
      name: r.name,
      population: s.basis === "population" ? r.population : null,
      share: r.share,
      amount: r.amount,
      instalment: r.instalment,
      exact: r.exact,
      adjustment: r.adjustment,
      ...(a.fixedTotal > 0 ? { fixed: r.fixed } : {}),
    })),
    sum: a.sum,
    difference: a.difference,
    instalmentTotal: a.instalmentTotal,
    instalmentSum: a.instalmentSum,
    sentence: a.sentence,
    audit: audit.findings,
    auditSummary: audit.summary,
  };
}

const INSTALMENT_TEXT: Record<Instalments, string> = {
  1: "1 rate om året (årligt beløb)",
  4: "4 rater om året (kvartalsrater)",
  12: "12 rater om året (månedsrater)",
};

function toText(s: Settings, table: KeyTable, a: Allocation, audit: AuditReport): string {
  const kr = (v: number) => formatNumber(v, "da", 2);
  const byAmount = s.basis === "amount";
  const hasStatedShares = table.rows.some((r) => r.share);
  const hasStatedAmounts = table.rows.some((r) => r.amount);
  const header = [
    "Kommune",
    byAmount ? "Nøgle (angivet beløb)" : "Indbyggere",
    "Andel",
    "Beløb (kr.)",
    "Pr. rate (kr.)",
    "Afrunding (kr.)",
  ];
  if (hasStatedShares) header.push("Angivet andel");
  if (hasStatedAmounts && !byAmount) header.push("Angivet beløb (kr.)");
  // The allocation's rows are the table's rows in the same order (keyFromTable keeps them all or fails).
  const lines: string[][] = a.rows.map((r, i) => {
    const stated = table.rows[i];
    const line = [
      r.name,
      byAmount ? kr(r.population / 100) : formatNumber(r.population, "da", 0),
      formatShare(r.share, 4),
      kr(r.amount),
      kr(r.instalment),
      (r.adjustment > 0 ? "+" : "") + formatFixed(r.adjustment, 2),
    ];
    if (hasStatedShares) line.push(stated.share?.text ?? "");
    if (hasStatedAmounts && !byAmount) line.push(stated.amount ? kr(stated.amount.value) : "");
    return line;
  });
  const populationSum = a.rows.reduce((t, r) => t + r.population, 0);
  const totalLine = [
    "I alt",
    byAmount ? kr(populationSum / 100) : formatNumber(populationSum, "da", 0),
    formatShare(1, 4),
    kr(a.sum),
    kr(a.instalmentSum),
    "",
  ];
  if (hasStatedShares) totalLine.push(table.totalRow?.share?.text ?? "");
  if (hasStatedAmounts && !byAmount)
    totalLine.push(table.totalRow?.amount ? kr(table.totalRow.amount.value) : "");
  const out: string[] = [];
  out.push(
    `Fordeling af ${kr(a.total)} kr. efter ${byAmount ? "de angivne beløb" : "indbyggertal"} (${basename(s.file)})`
  );
  if (byAmount) out.push("Nøgle: de angivne beløb, fordi tabellen ikke har indbyggertal.");
  if (a.fixedTotal > 0)
    out.push(
      `Fast del: ${kr(a.fixedTotal)} kr. før fordelingen efter ${byAmount ? "beløb" : "indbyggertal"}.`
    );
  out.push(
    `Afrunding: ${kr(a.unit)} kr. · ${INSTALMENT_TEXT[a.instalments]} · metode: ${allocationMessage("da", `method-name-${a.method}`)}`
  );
  out.push("");
  out.push(...renderTable(header, lines, totalLine));
  out.push("");
  out.push(a.sentence);
  if (a.method === "round-each" && a.difference !== 0)
    out.push(`Forskel fra totalen: ${a.difference > 0 ? "+" : ""}${kr(a.difference)} kr.`);
  out.push("");
  out.push(
    audit.findings.length === 0
      ? "Revision af den angivne nøgle: intet at bemærke."
      : `Revision af den angivne nøgle (${audit.findings.length} fund):`
  );
  for (const f of audit.findings)
    out.push(
      `  ${f.severity === "discrepancy" ? "Afvigelse" : "Forklaring"} ${f.sheet}!${f.cell}: ${f.message}`
    );
  if (audit.findings.length > 0) out.push(audit.summary);
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
