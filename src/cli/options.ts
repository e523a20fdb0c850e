// Reading a command's options, shared by every command so each says the same things the same way: util.parseArgs
// (strict, with positionals) with its errors in Danish, the year options, and opening the one workbook a goal-table
// command reads. Each function returns a value or a Danish message; the command decides how to print it and exits 2.
import { promises as fs } from "fs";
import { parseArgs, type ParseArgsConfig } from "util";
import { yearProblem, type MunicipalityRegistry } from "../core/municipalities";
import { loadExcelHost } from "../host";
import { type CliIo, usageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** util.parseArgs speaks English; say the same in Danish, keeping the option the user typed. */
export function argumentError(e: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `ukendt tilvalg '${option}'`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return `tilvalget '${option.split(" ")[0]}' mangler en værdi`;
  return e.message;
}

/** The command's options and positionals, or the first wrong option's message in Danish. */
export function readOptions<O extends Options>(args: string[], options: O) {
  try {
    return {
      ok: true as const,
      ...parseArgs({ args, options, allowPositionals: true, strict: true }),
    };
  } catch (e) {
    return { ok: false as const, message: argumentError(e as Error & { code?: string }) };
  }
}

/**
 * A goal-table command's options (evaluate, whatif, memo): exactly one workbook and the contract --year, or, after
 * printing the usage error, the exit code 2.
 */
export function readWorkbookCommand<O extends Options>(
  io: CliIo,
  args: string[],
  options: O,
  usageText: string
) {
  const parsed = readOptions(args, options);
  if (!parsed.ok) return usageError(io, parsed.message, usageText);
  if (parsed.positionals.length !== 1)
    return usageError(io, "Angiv præcis én arbejdsbog.", usageText);
  const given = parsed.values as { year?: string };
  const { year, error } = contractYear(given.year);
  if (error) return usageError(io, error);
  return { values: parsed.values, input: parsed.positionals[0], year };
}

/** --year of a goal-table command (the contract year): a plain year, or undefined when not given. */
export function contractYear(text: string | undefined): { year?: number; error?: string } {
  if (text === undefined) return {};
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    return { error: `--year skal være et årstal, ikke '${text}'` };
  return { year };
}

/** --year of a command on the shipped populations: a four-digit year Danmarks Statistik has figures for. */
export function populationYear(
  registry: MunicipalityRegistry,
  text: string,
  example: number
): { year: number } | { error: string } {
  if (!/^\d{4}$/.test(text.trim()))
    return { error: `--year '${text}' er ikke et år (skriv fx ${example})` };
  const year = Number(text);
  const problem = yearProblem(registry, year);
  return problem ? { error: `--year ${year}: ${problem}` } : { year };
}

export type OpenedWorkbook =
  | { ok: true; host: Awaited<ReturnType<typeof loadExcelHost>>; bytes: Buffer }
  /** exit 2: the file cannot be read (wrong usage); exit 1: it is read but is no workbook. */
  | { ok: false; exit: 1 | 2; message: string };

/** The workbook file on the in-memory Excel host, or why it cannot be opened. */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { ok: false, exit: 2, message: `Kan ikke læse filen '${file}'.` };
  }
  try {
    return { ok: true, host: await loadExcelHost(bytes), bytes };
  } catch (e) {
    return { ok: false, exit: 1, message: notAWorkbook(file, e as Error) };
  }
}

/** Says why the workbook cannot be opened; returns the exit code. */
export function cannotOpen(io: CliIo, opened: Extract<OpenedWorkbook, { ok: false }>): 1 | 2 {
  io.err(`${opened.message}\n`);
  return opened.exit;
}

export function notAWorkbook(file: string, e: Error): string {
  return `'${file}' kan ikke åbnes som en Excel-arbejdsbog (.xlsx): ${e.message}`;
}
