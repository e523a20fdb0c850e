// `maalopfyldelse memo <arbejdsbog.xlsx> [--out <notat.docx>] [--title "…"] [--indstilling "…"] [--json]`: the KKR
// agenda memo (issue 17) as a Word document, made from the same reading and calculation as `evaluate` (the adapter on
// the in-memory Excel host). The workbook is never written; the memo goes to --out or <navn>.notat.docx.
//
// Exit codes: 0 written; 1 the workbook has errors (listed; no memo); 2 wrong usage.
import { promises as fs } from "fs";
import path from "path";
import { memoJson, parseIsoDate } from "../core/memo";
import { describeError } from "../core/messages";
import { makeMemo } from "../memo/make";
import { rasteriseSvg } from "../memo/rasteriseNode";
import { parseTableOption } from "./evaluate";
import { type CliIo, usageError } from "./io";
import { cannotOpen, openWorkbook, readWorkbookCommand } from "./options";

const OPTIONS = {
  out: { type: "string" },
  title: { type: "string" },
  indstilling: { type: "string" },
  date: { type: "string" },
  year: { type: "string" },
  table: { type: "string" },
  json: { type: "boolean", default: false },
} as const;

export const MEMO_USAGE =
  'Brug: maalopfyldelse memo <arbejdsbog.xlsx> [--out <notat.docx>] [--title "…"] [--indstilling "…"] ' +
  "[--date <åååå-mm-dd>] [--year <år>] [--table <ark!tabel>] [--json]";

export function defaultMemoPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.notat.docx`);
}

/** Today as yyyy-mm-dd in local time (the date a consultant would write on the memo). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const MISSING_WORDS = { hub: "Erhvervshuset", kkr: "KKR", year: "kontraktåret" } as const;

export async function runMemo(args: string[], io: CliIo): Promise<number> {
  const command = readWorkbookCommand(io, args, OPTIONS, MEMO_USAGE);
  if (typeof command === "number") return command;
  const { values, input, year } = command;
  const date = values.date ?? today();
  if (!parseIsoDate(date))
    return usageError(io, `--date skal være en dato som 2021-02-15, ikke '${values.date}'`);
  for (const [flag, text] of [
    ["--title", values.title],
    ["--indstilling", values.indstilling],
  ] as const) {
    if (text !== undefined && text.trim() === "") return usageError(io, `${flag} må ikke være tom`);
  }
  const opened = await openWorkbook(input);
  if (!opened.ok) return cannotOpen(io, opened);
  const host = opened.host;

  // Read only: the host's workbook is never saved.
  const made = await makeMemo(host.run.bind(host), {
    date,
    fileName: path.basename(input),
    goalTable: parseTableOption(values.table),
    year,
    title: values.title,
    indstilling: values.indstilling,
    rasterise: rasteriseSvg,
  });
  if (made.status === "errors") {
    const lines = made.errors.map((e) => `  ${describeError(e)}`);
    if (values.json)
      io.out(
        `${JSON.stringify({ errors: made.errors.map((e) => ({ sheet: e.sheet, cell: e.cell, message: e.message })), output: null })}\n`
      );
    io.err(
      made.errors.length > 0
        ? `Arbejdsbogen har fejl; intet notat er lavet:\n${lines.join("\n")}\n`
        : "Arbejdsbogen har ingen mål at lave et notat om.\n"
    );
    return 1;
  }

  const out = values.out ?? defaultMemoPath(input);
  await fs.writeFile(out, made.docx);

  const warnings = [...made.warnings];
  if (!values.title) {
    for (const key of made.context.missing)
      warnings.push(
        `${MISSING_WORDS[key]} står ikke i arbejdsbogen (titel over måltabellen, ark eller filnavn); angiv --title for at give notatet den rigtige titel.`
      );
  }
  if (values.json) {
    io.out(
      `${JSON.stringify({ ...memoJson(made.memo), goalTable: made.goalTable, found: made.context.from, warnings, output: out })}\n`
    );
  } else {
    const indstilling = made.memo.blocks.find((b) => b.kind === "indstilling");
    const overall = made.memo.blocks.find((b) => b.kind === "goalTable");
    const overallRow =
      overall && overall.kind === "goalTable" ? overall.rows[overall.rows.length - 1] : undefined;
    io.out(
      [
        `Dagsordenspunkt – ${path.basename(input)} (${made.goalTable.sheet}${made.goalTable.source === "table" ? `, tabel ${made.goalTable.name}` : ""})`,
        "",
        `Titel:       ${made.memo.title}`,
        ...(made.memo.subtitle ? [`             ${made.memo.subtitle}`] : []),
        `Dato:        ${made.memo.date}`,
        ...(overallRow ? [`Samlet:      ${overallRow.cells[3]}, ${overallRow.cells[2]}`] : []),
        ...(indstilling && indstilling.kind === "indstilling"
          ? [`Indstilling: ${indstilling.text}`]
          : []),
        "",
        `Skrevet til ${out}`,
        "",
      ].join("\n")
    );
  }
  for (const w of warnings) io.err(`Advarsel: ${w}\n`);
  return 0;
}
