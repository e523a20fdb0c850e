// `maalopfyldelse whatif <arbejdsbog.xlsx> --set "1.mål100=55" [--set …] [--sweep "1.mål100=50:70:1"] [--json]`:
// "Hvad nu hvis" on the command line. Reads the workbook's tables exactly as Beregn does (readWorkbookTables on the
// in-memory Excel host), applies the changes to a copy of the goal table and evaluates it with the same calculator.
// The workbook is never written.
//
// Change syntax (see src/core/whatif/parse.ts): <mål>[/<del>[/<segment>]].<nøgle>=<værdi>
//   keys: threshold100/mål100 (any tier: mål50, threshold75), result/resultat, rule/regel, direction/retning,
//         weight/vægt, assume/antag, agreed/aftalt
//   e.g.  1.mål100=55 · 1.resultat=58 · 12/Korte forløb.regel=forholdsmæssig · 3//Drift.resultat=82 % · 8.antag=opfyldt
//
// Exit codes: 0 done; 1 the workbook has errors, or a --set/--sweep names an unknown goal, part or key or a value that
// cannot be read, or the changes make a row invalid; 2 wrong usage. With --json exactly one JSON object on stdout.
import path from "path";
import type { EvaluationResult } from "../core/evaluate";
import { formatNumber, formatPercent } from "../core/format";
import { describeError, describePlace } from "../core/messages";
import { usesMunicipalityFunctions } from "../core/indicators/parse";
import type { CellError } from "../core/model";
import {
  createWhatIf,
  parseChanges,
  parseSweep,
  type ChangeError,
  type GoalDistance,
  type SweepResult,
  type WhatIfResult,
} from "../core/whatif";
import { readWorkbookTables } from "../excel";
import { goalJson, parseTableOption } from "./evaluate";
import { type CliIo, usageError } from "./io";
import { openWorkbook, readWorkbookCommand } from "./options";

const OPTIONS = {
  set: { type: "string", multiple: true, default: [] as string[] },
  sweep: { type: "string" },
  year: { type: "string" },
  table: { type: "string" },
  json: { type: "boolean", default: false },
} as const;

export const WHATIF_USAGE =
  'Brug: maalopfyldelse whatif <arbejdsbog.xlsx> [--set "<mål>[/<del>[/<segment>]].<nøgle>=<værdi>"]… ' +
  '[--sweep "<mål>.<nøgle>=<fra>:<til>[:<skridt>]"] [--year <år>] [--table <ark!tabel>] [--json]';

type JsonError = { sheet?: string; cell?: string; argument?: string; message: string };

function evaluationJson(r: EvaluationResult) {
  return {
    overall: r.overall,
    overallRange: r.overallRange,
    overallText: r.overallText,
    counts: r.counts,
    pending: r.pending,
    goals: r.goals.map(goalJson),
  };
}

function cellErrorJson(e: CellError): JsonError {
  return { sheet: e.sheet, cell: e.cell, message: e.message };
}

function changeErrorJson(flag: "--set" | "--sweep", e: ChangeError): JsonError {
  return { argument: `${flag} "${e.change}"`, message: e.message };
}

/** "+5,6 pp", "−50 pp", "0 pp"; "" when unknown. */
function signedPoints(delta: number | null): string {
  if (delta === null) return "";
  const text = formatNumber(Math.abs(delta) * 100, "da", 1);
  if (text === "0") return "0 pp";
  return `${delta > 0 ? "+" : "−"}${text} pp`;
}

function shown(f: number | null): string {
  return f === null ? "–" : formatPercent(f);
}

function pad(text: string, width: number, right = false): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? t.padStart(width) : t.padEnd(width);
}

function distanceLines(goals: GoalDistance[]): string[] {
  const lines: string[] = [];
  for (const g of goals) {
    for (const r of g.rows) {
      if (r.state === "top" || !r.text) continue;
      lines.push(
        `  Mål ${g.id}: ${r.text}${g.agreed ? " (målet tæller med en aftalt opfyldelse)" : ""}`
      );
    }
  }
  return lines;
}

function textReport(
  file: string,
  where: string,
  result: WhatIfResult,
  sweep: SweepResult | null
): string {
  const out: string[] = [`Hvad nu hvis – ${file}${where}`, ""];
  if (result.applied.length > 0) {
    out.push("Ændringer:");
    for (const a of result.applied) out.push(`  ${a.description}   [${a.change}]`);
    out.push("");
  } else {
    out.push("Ingen ændringer (--set): tabellen viser arbejdsbogen, som den er.", "");
  }
  out.push(
    ` ${pad("Mål", 6)} ${pad("Før", 8, true)} ${pad("Efter", 8, true)} ${pad("Ændring", 10, true)}  ${pad("Status efter", 15)}  Titel`
  );
  for (const g of result.difference.goals) {
    const change =
      g.delta === null
        ? g.before === g.after
          ? ""
          : "ændret"
        : g.delta === 0
          ? ""
          : signedPoints(g.delta);
    out.push(
      ` ${pad(g.id, 6)} ${pad(shown(g.before), 8, true)} ${pad(shown(g.after), 8, true)} ${pad(change, 10, true)}  ${pad(g.statusAfter, 15)}  ${pad(g.title, 50)}`
    );
  }
  const o = result.difference.overall;
  out.push(
    ` ${pad("Samlet", 6)} ${pad(shown(o.before), 8, true)} ${pad(shown(o.after), 8, true)} ${pad(o.delta === 0 ? "" : signedPoints(o.delta), 10, true)}`,
    "",
    `Samlet målopfyldelse før:   ${result.difference.overallText.before}`,
    `Samlet målopfyldelse efter: ${result.difference.overallText.after}`
  );
  const distance = distanceLines(result.distance);
  if (distance.length > 0)
    out.push(
      "",
      `Afstand til næste trin${result.applied.length > 0 ? " (efter ændringerne)" : ""}:`,
      ...distance
    );
  if (sweep) {
    const head = `Mål ${sweep.goal}`;
    out.push(
      "",
      `Gennemløb af ${sweep.label}:`,
      `  ${pad("Værdi", 10, true)} ${pad(head, 10, true)} ${pad("Samlet", 10, true)}`
    );
    for (const r of sweep.rows) {
      out.push(
        `  ${pad(r.valueText, 10, true)} ${pad(r.goalStatus === "Fejl" ? "fejl" : shown(r.goal), 10, true)} ${pad(shown(r.overall), 10, true)}`
      );
    }
  }
  for (const w of result.after.warnings) out.push(`Advarsel: ${w}`);
  return `${out.map((line) => line.trimEnd()).join("\n")}\n`;
}

export async function runWhatIf(args: string[], io: CliIo): Promise<number> {
  const command = readWorkbookCommand(io, args, OPTIONS, WHATIF_USAGE);
  if (typeof command === "number") return command;
  const { values, input, year } = command;

  // Changes that cannot even be read fail before the workbook is opened.
  const sets = values.set ?? [];
  const { changes, errors: parseErrors } = parseChanges(sets);
  const argumentErrors: JsonError[] = parseErrors.map((e) => changeErrorJson("--set", e));
  const sweepSpec = values.sweep === undefined ? undefined : parseSweep(values.sweep);
  if (sweepSpec && !sweepSpec.ok)
    argumentErrors.push({ argument: `--sweep "${values.sweep}"`, message: sweepSpec.message });
  const failArguments = (errors: JsonError[], extra: Record<string, unknown> = {}) => {
    io.err(
      `${errors
        .map((e) => {
          // A file that cannot be opened has neither an argument nor a cell: the message alone.
          const place = e.argument ?? (e.sheet ? describePlace(e.sheet, e.cell!) : undefined);
          return place ? `${place}: ${e.message}` : e.message;
        })
        .join("\n")}\n`
    );
    if (values.json) io.out(`${JSON.stringify({ ...extra, errors })}\n`);
    return 1;
  };
  if (argumentErrors.length > 0) return failArguments(argumentErrors);

  const opened = await openWorkbook(input);
  if (!opened.ok && opened.exit === 2) return usageError(io, opened.message);
  if (!opened.ok) return failArguments([{ message: opened.message }]);
  const host = opened.host;
  // Read only: the host's workbook is never saved.
  const read = await readWorkbookTables(host.run.bind(host), {
    goalTable: parseTableOption(values.table),
  });
  // DÆKNING/LANDINDEKS: DST's municipality data, loaded only when the goal table (first) uses them.
  const municipal = usesMunicipalityFunctions(read.tables.slice(0, 1))
    ? (await import("../core/indicators/withMunicipalities")).MUNICIPAL_INDICATORS
    : undefined;
  const session = createWhatIf(
    read.tables,
    {
      locale: "da",
      decimalSeparator: read.decimalSeparator,
      year: year ?? read.mapping.year,
      goalTable: read.goalTable
        ? { sheet: read.goalTable.sheet, name: read.goalTable.name }
        : undefined,
      columns: read.mapping.columns,
    },
    { municipal }
  );
  const goalTable = read.goalTable;
  if (!goalTable || session.before.goals.length === 0) {
    return failArguments(session.before.errors.map(cellErrorJson), { goalTable });
  }

  const result = session.evaluate(changes);
  const sweep = sweepSpec?.ok ? session.sweep(sweepSpec.value, changes) : null;
  const changeErrors = [
    ...result.errors.map((e) => changeErrorJson("--set", e)),
    ...(sweep?.errors ?? [])
      .filter((e) => e.index >= changes.length)
      .map((e) => changeErrorJson("--sweep", e)),
  ];
  if (changeErrors.length > 0) return failArguments(changeErrors, { goalTable });

  const workbookErrors = session.before.errors;
  const rowNumbers = new Map(session.before.rows.map((r) => [r.bodyIndex, r.rowNumber]));
  const newErrors = result.newErrors;
  if (values.json) {
    io.out(
      `${JSON.stringify({
        workbook: path.basename(input),
        goalTable,
        changes: result.applied.map((a) => ({
          change: a.change,
          description: a.description,
          // sheet row numbers of the goal-table rows the change touched
          rows: a.rows.map((i) => rowNumbers.get(i) ?? null),
          note: a.note ?? null,
        })),
        before: evaluationJson(result.before),
        after: evaluationJson(result.after),
        difference: result.difference,
        distance: result.distance,
        sweep: sweep ? sweep.rows.map((r) => ({ ...r, goalId: sweep.goal })) : [],
        errors: [...workbookErrors, ...newErrors].map(cellErrorJson),
      })}\n`
    );
  } else {
    const where = ` (${goalTable.sheet}${goalTable.source === "table" ? `, tabel ${goalTable.name}` : ""})`;
    io.out(textReport(path.basename(input), where, result, sweep));
  }
  if (workbookErrors.length > 0) {
    io.err(
      `\nArbejdsbogen har fejl:\n${workbookErrors.map((e) => `  ${describeError(e)}`).join("\n")}\n`
    );
  }
  if (newErrors.length > 0) {
    io.err(
      `\nÆndringerne giver fejl:\n${newErrors.map((e) => `  ${describeError(e)}`).join("\n")}\n`
    );
  }
  return workbookErrors.length > 0 || newErrors.length > 0 ? 1 : 0;
}
