// `maalopfyldelse evaluate <arbejdsbog.xlsx>`: the same run as the task pane's Beregn, through the same adapter, on
// the in-memory Excel host. The input file is never changed unless --out names it.
import { promises as fs } from "fs";
import path from "path";
import { formatPercent } from "../core/format";
import type { EvaluationResult, GoalResult } from "../core/evaluate";
import { describeError, describePlace } from "../core/messages";
import { MAPPABLE_ROLES, mapGoalColumns } from "../core/headers";
import { type RunOutcome, runOnWorkbook } from "../excel";
import { type CliIo, usageError } from "./io";
import { cannotOpen, openWorkbook, readWorkbookCommand } from "./options";

const OPTIONS = {
  out: { type: "string" },
  year: { type: "string" },
  table: { type: "string" },
  map: { type: "string", multiple: true },
  overwrite: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
} as const;

export function defaultOutPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.beregnet${ext || ".xlsx"}`);
}

/**
 * `Mål!Maal2020` or `Maal2020` or `Mål` (a plain range is named by its sheet), or a range of a sheet the add-in did not
 * find a goal table in: `'Mål 2021'!A3:H20` (quoted as Excel quotes a sheet name; its first row is the header row).
 */
export function parseTableOption(
  value: string | undefined
): { sheet: string; name: string } | undefined {
  if (!value) return undefined;
  const bang = value.lastIndexOf("!");
  if (bang < 0) return { sheet: value, name: value };
  let sheet = value.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'"))
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, name: value.slice(bang + 1) };
}

/**
 * `--map "Resultat=Opnået"` (repeatable): the goal table's column for a role, as in the pane's column mapping. The
 * role is named as the pane and the README name it (Nr, Mål, Resultat, Regel …), in any of the spellings the headers
 * are recognised by; the column by its header. Returns role → header, or the first bad value's message.
 */
export function parseMapOptions(values: string[] | undefined): {
  columns?: Record<string, string>;
  error?: string;
} {
  if (!values || values.length === 0) return {};
  const columns: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf("=");
    if (eq <= 0)
      return {
        error: `--map skal have formen "<rolle>=<overskrift>", fx "Resultat=Opnået", ikke '${value}'`,
      };
    const role = Object.keys(mapGoalColumns([value.slice(0, eq).trim()]).roles).find((r) =>
      (MAPPABLE_ROLES as string[]).includes(r)
    );
    if (!role)
      return {
        error: `--map: '${value.slice(0, eq).trim()}' er ikke en rolle i måltabellen (fx Nr, Mål, Del, Segment, Resultat, Indikator, Regel, Retning, År, Vægt)`,
      };
    columns[role] = value.slice(eq + 1).trim();
  }
  return { columns };
}

export function goalJson(g: GoalResult) {
  return {
    id: g.id,
    title: g.title,
    fulfilment: g.fulfilment,
    computed: g.computed,
    agreed: g.agreed ?? null,
    weight: g.weight,
    status: g.status,
    explanation: g.explanation,
    range: g.range,
    warnings: g.warnings,
    parts: g.parts.map((p) => ({
      name: p.name,
      fulfilment: p.fulfilment,
      status: p.status,
      explanation: p.explanation,
      rows: p.rows.map((r) => ({
        row: r.rowNumber,
        segment: r.segment,
        rule: r.rule,
        result: r.resultText ?? null,
        answers: r.answers ?? null,
        fulfilment: r.fulfilment,
        status: r.status,
        explanation: r.explanation,
      })),
    })),
  };
}

export function outcomeJson(outcome: RunOutcome, written: string | null) {
  const r: EvaluationResult = outcome.result;
  return {
    overall: r.overall,
    overallRange: r.overallRange,
    overallText: r.overallText,
    goalTable: outcome.goalTable,
    counts: r.counts,
    goals: r.goals.map(goalJson),
    pending: r.pending,
    warnings: r.warnings,
    // Information, not errors: rows under a plain-range goal table that were not read as goals.
    info: r.info.map((i) => ({ sheet: i.sheet, cell: i.cell, message: i.message })),
    errors: outcome.errors.map((e) => ({ sheet: e.sheet, cell: e.cell, message: e.message })),
    conflicts: outcome.conflicts,
    output: written,
  };
}

function pad(text: string, width: number, right = false): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? t.padStart(width) : t.padEnd(width);
}

export function summaryTable(outcome: RunOutcome): string {
  const r = outcome.result;
  const lines = [` ${pad("Mål", 4)} ${pad("Opfyldelse", 10, true)}  ${pad("Status", 15)}  Titel`];
  for (const g of r.goals) {
    const f = g.fulfilment === null ? "–" : formatPercent(g.fulfilment);
    const agreed =
      g.agreed && g.computed !== null ? ` (beregnet ${formatPercent(g.computed)})` : "";
    lines.push(
      ` ${pad(g.id, 4)} ${pad(f, 10, true)}  ${pad(g.status, 15)}  ${pad(g.title, 60)}${agreed}`
    );
  }
  lines.push("", `Samlet målopfyldelse: ${r.overallText}`);
  for (const w of r.warnings) lines.push(`Advarsel: ${w}`);
  for (const i of r.info) lines.push(`Til orientering: ${i.message}`);
  return `${lines.join("\n")}\n`;
}

export const EVALUATE_USAGE =
  "Brug: maalopfyldelse evaluate <arbejdsbog.xlsx> [--out <fil.xlsx>] [--year <år>] [--table <ark!tabel | 'ark'!A3:H20>] " +
  '[--map "<rolle>=<overskrift>"]… [--overwrite] [--json]';

export async function runEvaluate(args: string[], io: CliIo): Promise<number> {
  const command = readWorkbookCommand(io, args, OPTIONS, EVALUATE_USAGE);
  if (typeof command === "number") return command;
  const { values, input, year } = command;
  const mapped = parseMapOptions(values.map);
  if (mapped.error) return usageError(io, mapped.error);
  const opened = await openWorkbook(input);
  if (!opened.ok) return cannotOpen(io, opened);
  const host = opened.host;
  const outcome = await runOnWorkbook(host.run.bind(host), {
    year,
    goalTable: parseTableOption(values.table),
    columns: mapped.columns,
    overwrite: values.overwrite,
    locale: "da",
  });

  let written: string | null = null;
  if (outcome.status === "written") {
    written = values.out ?? defaultOutPath(input);
    await fs.writeFile(written, await host.toXlsx());
  }

  if (values.json) {
    io.out(`${JSON.stringify(outcomeJson(outcome, written))}\n`);
  } else {
    const where = outcome.goalTable
      ? ` (${outcome.goalTable.sheet}${outcome.goalTable.source === "table" ? `, tabel ${outcome.goalTable.name}` : ""})`
      : "";
    io.out(`Målopfyldelse – ${path.basename(input)}${where}\n\n`);
    if (outcome.result.goals.length > 0) io.out(summaryTable(outcome));
  }

  switch (outcome.status) {
    case "written":
      if (!values.json) io.out(`\nSkrevet til ${written}\n`);
      return 0;
    case "errors":
      io.err(
        `\nArbejdsbogen har fejl; intet er skrevet:\n${outcome.errors.map((e) => `  ${describeError(e)}`).join("\n")}\n`
      );
      return 1;
    case "conflicts":
      io.err(
        `\nIntet er skrevet: ${outcome.conflicts.length} celle(r) i resultatkolonnerne er udfyldt af en bruger:\n` +
          outcome.conflicts
            .slice(0, 20)
            .map(
              (c) => `  ${describePlace(c.sheet, c.cell)}: '${c.current}' ville blive '${c.next}'`
            )
            .join("\n") +
          `${outcome.conflicts.length > 20 ? `\n  … og ${outcome.conflicts.length - 20} flere` : ""}\n` +
          "Kør igen med --overwrite for at overskrive dem; de gamle værdier gemmes, så Fortryd seneste kørsel kan hente dem.\n"
      );
      return 1;
    case "failed":
      io.err(`\nSkrivningen mislykkedes (${outcome.failure?.code}): ${outcome.failure?.message}\n`);
      return 1;
    default:
      return 0;
  }
}
