// Fault injection for the reliability tests: the same run on a fresh host from the same bytes, with a sync failing
// at a chosen point (host.failSync), so every outcome can be compared with the workbook before and with a clean run.
import { runOnWorkbook, type RunOptions, type RunOutcome, type ExcelRunner } from "../../src/excel";
import { loadExcelHost, type ExcelHost, type HostSnapshot, type SyncFault } from "../../src/host";
import { FIXED_NOW } from "./workbooks";

export const RUN: RunOptions = { now: FIXED_NOW, runId: "fault" };

/**
 * Office.js codes for what goes wrong in the middle of a run (Excel.ErrorCodes and OfficeExtension.ErrorCodes in
 * @types/office-js; "Error handling with the application-specific JavaScript APIs" on learn.microsoft.com):
 * the connection to Excel lost (ConnectionFailure) or the request aborted (RequestAborted), a request over the
 * 5 MB limit, a protected sheet (AccessDenied), the table gone (ItemNotFound), and Excel's catch-all.
 */
export const FAULT_CODES = [
  "ConnectionFailure",
  "RequestAborted",
  "RequestPayloadSizeLimitExceeded",
  "AccessDenied",
  "ItemNotFound",
  "GeneralException",
] as const;

/** What every writer's outcome has (Beregn's RunOutcome, Fordeling's AllocationRunOutcome, Gem scenarie's). */
export interface WriterOutcome {
  status: string;
  failure?: { code: string; message: string; restored: boolean };
}

export interface Scenario {
  name: string;
  bytes: Uint8Array;
  /** What the user did to the workbook before the run under test (an earlier run, a typed value …). */
  prepare?: (host: ExcelHost) => Promise<void>;
  /** Beregn's options (when `writer` is not given). */
  options?: RunOptions;
  /** The writer under test, one Excel.run on `runner`; default Beregn (runOnWorkbook) with `options`. */
  writer?: (runner: ExcelRunner) => Promise<WriterOutcome>;
  /** Each run adds a sheet of its own (Gem scenarie: Scenarie 1, 2 …), so a second run is not the first again. */
  addsASheetEachRun?: boolean;
}

/** The scenario's writer, once. */
export function runWriter(scenario: Scenario, runner: ExcelRunner): Promise<WriterOutcome> {
  return scenario.writer
    ? scenario.writer(runner)
    : runOnWorkbook(runner, { ...RUN, ...scenario.options });
}

export interface CleanRun {
  before: HostSnapshot;
  after: HostSnapshot;
  outcome: WriterOutcome;
  /** Operations per sync of the run, in order (the write is the last). */
  operations: number[];
}

export async function freshHost(scenario: Scenario): Promise<ExcelHost> {
  const host = await loadExcelHost(scenario.bytes);
  await scenario.prepare?.(host);
  host.stats.reset();
  return host;
}

export async function cleanRun(scenario: Scenario): Promise<CleanRun> {
  const host = await freshHost(scenario);
  const before = host.snapshot();
  const outcome = await runWriter(scenario, host.run);
  if (outcome.status !== "written")
    throw new Error(`${scenario.name}: the clean run is ${outcome.status}`);
  return {
    before,
    after: host.snapshot(),
    outcome,
    operations: host.stats.requests.map((r) => r.operations),
  };
}

export type Faulted =
  | { kind: "rejected"; code: string; snapshot: HostSnapshot; host: ExcelHost }
  | { kind: "resolved"; outcome: WriterOutcome; snapshot: HostSnapshot; host: ExcelHost };

/** Runs the scenario with the given faults armed (onSync counted from the start of the run). */
export async function faultedRun(
  scenario: Scenario,
  faults: SyncFault[],
  runner?: (host: ExcelHost) => ExcelRunner
): Promise<Faulted> {
  const host = await freshHost(scenario);
  for (const fault of faults) host.failSync(fault);
  try {
    const outcome = await runWriter(scenario, runner ? runner(host) : host.run);
    return { kind: "resolved", outcome, snapshot: host.snapshot(), host };
  } catch (e) {
    const code = (e as { code?: string }).code ?? String(e);
    return { kind: "rejected", code, snapshot: host.snapshot(), host };
  }
}

/** A few points inside a sync of `n` operations: none applied, the first few, half, all but one, all. */
export function operationPoints(n: number): number[] {
  return [...new Set([0, 1, 2, 3, 5, 8, Math.floor(n / 2), n - 1, n])].filter(
    (a) => a >= 0 && a <= n
  );
}

/**
 * Points inside the write's sync: every one of its first and last `edge` operations (where the add-in's own sheet
 * is written: backup and "i gang" first, fingerprints and "færdig" last) and a few in between. With FUZZ_RUNS set,
 * every operation.
 */
export function writePoints(n: number, edge = 8): number[] {
  if (process.env.FUZZ_RUNS) return Array.from({ length: n + 1 }, (_, a) => a);
  const points = new Set(operationPoints(n));
  for (let a = 0; a <= Math.min(edge, n); a++) points.add(a);
  for (let a = Math.max(0, n - edge); a <= n; a++) points.add(a);
  return [...points].sort((x, y) => x - y);
}

/** The add-in's metadata (A1 of its very hidden sheet) in a snapshot, parsed; null without the sheet. */
export function stateMeta(snapshot: HostSnapshot): { run?: { status: string } } | null {
  const sheet = snapshot.sheets.find((s) => s.name === "Målopfyldelse_data");
  const a1 = sheet?.cells.find((c) => c.address === "A1");
  if (!a1 || typeof a1.value !== "string") return null;
  return JSON.parse(a1.value) as { run?: { status: string } };
}
