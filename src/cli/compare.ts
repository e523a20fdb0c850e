// `maalopfyldelse compare <a.xlsx> <b.xlsx> [more.xlsx …] [--labels "2021,2022"] [--out <fil.xlsx>] [--json]`: two
// contract years (or several hubs) side by side. Each workbook is read through the same adapter and in-memory Excel
// host as `evaluate`, its goal table found the same way, and the core compares them (src/core/compare). The input
// files are never changed; --out writes a copy of the last workbook with the Sammenligning sheet (src/excel/compare).
// Exit 0: compared. 1: a workbook cannot be read or its goal table has errors (listed with file, sheet and cell).
// 2: wrong usage.
import { promises as fs } from "fs";
import path from "path";
import {
  compareTables,
  labelProblem,
  type CompareResult,
  type ComparedGoal,
  type TableInput,
} from "../core/compare";
import { formatNumber, formatPercent } from "../core/format";
import { describeError } from "../core/messages";
import type { RawTable } from "../core/model";
import { COMPARE_SHEET as COMPARE_SHEET_NAME, readAllTables, writeComparison } from "../excel";
import { loadExcelHost } from "../host";
import { type CliIo, usageError } from "./io";
import { notAWorkbook, openWorkbook, readOptions } from "./options";

const USAGE =
  'Brug: maalopfyldelse compare <a.xlsx> <b.xlsx> [flere.xlsx …] [--labels "2021,2022"] [--out <fil.xlsx>] [--json]';

const OPTIONS = {
  labels: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean", default: false },
} as const;

/**
 * The tables' names when --labels gives none: the year in each file name when every name has exactly one and they
 * differ ("nordjylland-2021-status.xlsx" → "2021"), else the file names without extension.
 */
export function defaultLabels(files: string[]): string[] {
  const names = files.map((f) => path.basename(f, path.extname(f)));
  const years = names.map((n) => n.match(/(?<!\d)(19|20)\d{2}(?!\d)/g));
  if (years.every((y) => y?.length === 1)) {
    const labels = years.map((y) => y![0]);
    if (new Set(labels).size === labels.length) return labels;
  }
  return names;
}

type Loaded = { ok: true; tables: RawTable[]; bytes: Buffer } | { ok: false; message: string };

async function loadTables(file: string): Promise<Loaded> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return opened;
  const host = opened.host;
  try {
    return {
      ok: true,
      tables: (await readAllTables(host.run.bind(host))).tables,
      bytes: opened.bytes,
    };
  } catch (e) {
    return { ok: false, message: notAWorkbook(file, e as Error) };
  }
}

/** A goal's fulfilment in one table as the user reads it: "ikke i kontrakten" is not 0 %, and pending is not 0. */
export function fulfilmentText(goal: ComparedGoal, label: string): string {
  const status = goal.status[label];
  if (status === null) return "ikke i kontrakten";
  const f = goal.fulfilment[label];
  if (f !== null) return formatPercent(f);
  return status === "Fejl" ? "fejl" : "afventer";
}

/** A change in procentpoint with its sign ("+2,0 pp", "−10,0 pp"), "" when either end is not measured. */
export function deltaText(delta: number | null): string {
  if (delta === null) return "";
  const pp = formatNumber(Math.abs(delta) * 100, "da", 1);
  return delta === 0 ? "0 pp" : `${delta > 0 ? "+" : "−"}${pp} pp`;
}

export function compareJson(result: CompareResult, files: Record<string, string>) {
  return {
    labels: result.labels,
    kind: result.kind,
    files,
    goals: result.goals.map((g) => ({
      key: g.key,
      ids: g.ids,
      title: g.title,
      change: g.change,
      renumbered: g.renumbered,
      changes: g.changes,
      fulfilment: g.fulfilment,
      status: g.status,
      delta: g.delta,
    })),
    counts: result.counts,
    overall: result.overall,
    overallText: result.overallText,
  };
}

function pad(text: string, width: number, right = false): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? t.padStart(width) : t.padEnd(width);
}

const MARKERS: Record<ComparedGoal["change"], string> = {
  ny: "+",
  udgået: "−",
  ændret: "→",
  uændret: " ",
};

export function compareText(result: CompareResult): string {
  const { labels } = result;
  const width = Math.max(17, ...labels.map((l) => l.length));
  const head = [
    "  ",
    pad("Mål", 5),
    pad("Ændring", 8),
    ...labels.map((l) => pad(l, width, true)),
    pad("pp", 9, true),
    " Titel",
  ];
  const lines = [head.join(" ")];
  for (const g of result.goals) {
    lines.push(
      [
        ` ${MARKERS[g.change]}`,
        pad(g.key, 5),
        pad(g.change, 8),
        ...labels.map((l) => pad(fulfilmentText(g, l), width, true)),
        pad(deltaText(g.delta), 9, true),
        ` ${pad(g.title, 60)}${g.renumbered ? " (omnummereret)" : ""}`,
      ].join(" ")
    );
  }
  const c = result.counts;
  lines.push(
    "",
    `Nye: ${c.ny}, udgåede: ${c.udgået}, ændrede: ${c.ændret}, uændrede: ${c.uændret}`,
    "",
    "Samlet målopfyldelse:",
    ...labels.map((l) => `  ${pad(l, width)}  ${result.overallText[l]}`)
  );
  const changed = result.goals.filter((g) => g.changes.length > 0);
  if (changed.length > 0) {
    lines.push("", "Hvad er ændret:");
    for (const g of changed)
      for (const ch of g.changes)
        lines.push(
          `  Mål ${g.key}: ${ch.field}: ${ch.from ?? "(intet)"} → ${ch.to ?? "(intet)"}  (${ch.between.join(" → ")})`
        );
  }
  return `${lines.join("\n")}\n`;
}

export async function runCompare(args: string[], io: CliIo): Promise<number> {
  const parsed = readOptions(args, OPTIONS);
  if (!parsed.ok) return usageError(io, parsed.message, USAGE);
  const { values, positionals: files } = parsed;
  if (files.length < 2)
    return usageError(io, "Angiv mindst to arbejdsbøger at sammenligne.", USAGE);
  const labels =
    values.labels === undefined
      ? defaultLabels(files)
      : values.labels.split(",").map((l) => l.trim());
  if (labels.length !== files.length) {
    io.err(
      `--labels har ${labels.length} navn(e), men der er ${files.length} arbejdsbøger; giv ét navn pr. arbejdsbog.\n`
    );
    return 2;
  }
  const problem = labelProblem(labels);
  if (problem) {
    io.err(`${problem}\n`);
    return 2;
  }

  const inputs: TableInput[] = [];
  let lastBytes: Buffer | null = null;
  for (const [i, file] of files.entries()) {
    const loaded = await loadTables(file);
    if (!loaded.ok) {
      io.err(`${loaded.message}\n`);
      return 1;
    }
    inputs.push({ label: labels[i], tables: loaded.tables });
    lastBytes = loaded.bytes;
  }
  const result = compareTables(inputs);
  const fileOf = Object.fromEntries(labels.map((l, i) => [l, files[i]]));
  if (result.errors.length > 0) {
    io.err(
      "Måltabellerne har fejl; intet er sammenlignet:\n" +
        result.errors
          .map((e) => `  ${path.basename(fileOf[e.label])} (${e.label}), ${describeError(e)}`)
          .join("\n") +
        "\n"
    );
    return 1;
  }
  let written: string | null = null;
  if (values.out !== undefined) {
    if (files.some((f) => path.resolve(f) === path.resolve(values.out!))) {
      io.err(`--out må ikke være en af arbejdsbøgerne, der sammenlignes ('${values.out}').\n`);
      return 2;
    }
    // The last workbook (this year's, or the last hub's) with the Sammenligning sheet added, as the pane would draw it.
    const host = await loadExcelHost(lastBytes!);
    const outcome = await writeComparison(host.run.bind(host), result);
    if (outcome.status !== "written") {
      io.err(`Sammenligningen kunne ikke skrives: ${outcome.failure?.message ?? outcome.status}\n`);
      return 1;
    }
    await fs.writeFile(values.out, await host.toXlsx());
    written = values.out;
  }
  if (values.json) {
    io.out(`${JSON.stringify({ ...compareJson(result, fileOf), output: written })}\n`);
    return 0;
  }
  io.out(
    `Sammenligning – ${labels.map((l) => `${l} (${path.basename(fileOf[l])})`).join(", ")}\n\n`
  );
  io.out(compareText(result));
  if (written) io.out(`\nSkrevet til ${written} (arket ${COMPARE_SHEET_NAME})\n`);
  return 0;
}
