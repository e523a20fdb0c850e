// Round trips and payload of one full Beregn (runOnWorkbook: scan → read → evaluate → plan → write) on the in-memory
// Excel host, beside the naive implementation (bench/naive.ts), for growing goal tables over one evaluation sheet;
// and the add-in alone on the same goal tables with typed results only (no evaluation sheet), to separate the syncs
// the evaluation data costs from those the goal table costs.
// Every sync is tagged with the adapter function that made it (from the call stack) and the sheets its batch named,
// so the report can say which syncs are discovery, goal-table reads, evaluation-data chunks and writes.
import ExcelJS from "exceljs";
import {
  runOnWorkbook,
  type RunOutcome,
  type ExcelRunner,
  PAYLOAD_BUDGET_BYTES,
  PAYLOAD_LIMIT_BYTES,
} from "../../src/excel";
import { createExcelHost, type SyncRecord } from "../../src/host";
import { naiveRun } from "../naive";
import { log, round } from "../util";
import {
  EVALUATION_SHEET,
  evaluationWorkbook,
  GOAL_SHEET,
  GOAL_TABLE,
  resetGoalSheet,
} from "../workbooks";

export const ROUND_TRIP_MS = 100;
const NOW = new Date(2026, 0, 15, 12, 0, 0);

export interface RunMeasure {
  syncs: number;
  /** Syncs by purpose: scan, read: goal table, read: evaluation data, write, rollback (add-in); the naive's own. */
  phases: Record<string, number>;
  requestBytes: { max: number; total: number };
  responseBytes: { max: number; total: number };
  /** Syncs whose request or response is over 5 MB (Excel on the web rejects them). */
  overLimit: number;
  /** Syncs the host rejected, with their Office.js error code. */
  failedSyncs: { index: number; code: string; requestBytes: number; responseBytes: number }[];
  /** Wall time of the whole run on the in-memory host (one run; no network, so not Excel's time). */
  hostMs: number;
  /** syncs × 100 ms: the round trips alone in Excel on the web. */
  estimatedWebSeconds: number;
  /** Add-in: response bytes of the read syncs, and the fewest syncs they fit in at the adapter's 4 MB budget. */
  readBytes?: number;
  readSyncsAtBudget?: number;
  status: string;
}

export interface AdapterSize {
  goalRows: number;
  evaluationRows: number;
  addin: RunMeasure;
  naive?: RunMeasure;
  /** naive syncs / add-in syncs */
  syncRatio?: number;
  /** The naive wrote what the add-in computed (fulfilment, status, explanation) on every row. */
  naiveAgrees?: boolean;
}

export interface AdapterResults {
  evaluationRows: number;
  workbookBuildMs: number;
  payloadLimitBytes: number;
  budgetBytes: number;
  /** Goal rows with indicators over the evaluation sheet, add-in and naive. */
  sizes: AdapterSize[];
  /** The same goal-table sizes with typed results only and no evaluation sheet (add-in only). */
  typedOnly: AdapterSize[];
}

function phaseOf(stack: string): string {
  const lines = stack.split("\n").slice(2);
  // The restore after a refused write (rollBack / rollBackWrite, however the adapter names it).
  if (lines.some((line) => /\broll[Bb]ack/.test(line))) return "rollback";
  // The innermost adapter function on the stack decides.
  for (const line of lines) {
    if (/\bscanWorkbook\b/.test(line)) return "scan";
    if (/\breadBlocks\b/.test(line)) return "read";
    if (/\bexecuteOps\b/.test(line)) return "write";
  }
  return "other";
}

/** A proxy that binds methods to the real object (the host's objects check who calls them) and hooks some members. */
function spy<T extends object>(target: T, hooks: Record<string, (value: unknown) => unknown>): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop === "string" && hooks[prop]) return hooks[prop](value);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

interface SyncTag {
  phase: string;
  /** Sheets named through worksheets.getItem since the previous sync. */
  sheets: string[];
}

/**
 * A runner over the host whose syncs are tagged with the adapter function that made them and the sheets the batch
 * addressed (a read sync that named the evaluation sheet carries evaluation data).
 */
function taggedRunner(host: ReturnType<typeof createExcelHost>, tags: SyncTag[]): ExcelRunner {
  return (batch) =>
    host.run((context) => {
      let touched = new Set<string>();
      const tagged = spy(context, {
        sync: (sync) => (value?: unknown) => {
          const limit = Error.stackTraceLimit;
          Error.stackTraceLimit = 50;
          const stack = new Error().stack ?? "";
          Error.stackTraceLimit = limit;
          tags.push({ phase: phaseOf(stack), sheets: [...touched] });
          touched = new Set();
          return (sync as (v?: unknown) => Promise<unknown>).call(context, value);
        },
        workbook: (workbook) =>
          spy(workbook as Excel.Workbook, {
            worksheets: (sheets) =>
              spy(sheets as Excel.WorksheetCollection, {
                getItem: (getItem) => (key: string) => {
                  touched.add(key);
                  return (getItem as (k: string) => Excel.Worksheet).call(sheets, key);
                },
              }),
          }),
      });
      return batch(tagged);
    });
}

function label(tag: SyncTag): string {
  if (tag.phase !== "read") return tag.phase;
  const data = tag.sheets.includes(EVALUATION_SHEET);
  const goal = tag.sheets.some((s) => s !== EVALUATION_SHEET);
  return data && goal
    ? "read: goal table + evaluation data"
    : data
      ? "read: evaluation data"
      : "read: goal table";
}

function measure(
  requests: readonly SyncRecord[],
  tags: string[],
  hostMs: number,
  status: string,
  addin: boolean
): RunMeasure {
  let t = 0;
  const labels = requests.map((r) => (r.implicit ? "implicit" : (tags[t++] ?? "other")));
  const phases: Record<string, number> = {};
  for (const l of labels) phases[l] = (phases[l] ?? 0) + 1;
  const req = requests.map((r) => r.requestBytes);
  const res = requests.map((r) => r.responseBytes);
  const readBytes = requests
    .filter((_, i) => labels[i].startsWith("read"))
    .reduce((a, r) => a + r.responseBytes, 0);
  return {
    syncs: requests.length,
    phases,
    requestBytes: {
      max: req.reduce((a, b) => Math.max(a, b), 0),
      total: req.reduce((a, b) => a + b, 0),
    },
    responseBytes: {
      max: res.reduce((a, b) => Math.max(a, b), 0),
      total: res.reduce((a, b) => a + b, 0),
    },
    overLimit: requests.filter(
      (r) => r.requestBytes > PAYLOAD_LIMIT_BYTES || r.responseBytes > PAYLOAD_LIMIT_BYTES
    ).length,
    failedSyncs: requests.flatMap((r, index) =>
      r.error
        ? [
            {
              index: index + 1,
              code: r.error,
              requestBytes: r.requestBytes,
              responseBytes: r.responseBytes,
            },
          ]
        : []
    ),
    hostMs: round(hostMs, 1),
    estimatedWebSeconds: round((requests.length * ROUND_TRIP_MS) / 1000, 1),
    ...(addin ? { readBytes, readSyncsAtBudget: Math.ceil(readBytes / PAYLOAD_BUDGET_BYTES) } : {}),
    status,
  };
}

async function addinRun(
  wb: ExcelJS.Workbook,
  goalRows: number,
  typedOnly: boolean
): Promise<{ measure: RunMeasure; outcome: RunOutcome }> {
  resetGoalSheet(wb, goalRows, typedOnly);
  const host = createExcelHost(wb);
  const tags: SyncTag[] = [];
  const t = performance.now();
  const outcome = await runOnWorkbook(taggedRunner(host, tags), { now: NOW, runId: "bench" });
  const hostMs = performance.now() - t;
  // "failed" is a finding (a write Excel refused; the adapter rolled back) and is reported as such; anything else
  // means the benchmark's workbook is broken.
  if (outcome.status !== "written" && outcome.status !== "failed")
    throw new Error(
      `add-in run at ${goalRows} goal rows: ${outcome.status} ${JSON.stringify(outcome.errors.slice(0, 3))}`
    );
  const status = outcome.failure
    ? `failed: ${outcome.failure.code}${outcome.failure.restored ? ", rolled back" : ""}`
    : outcome.status;
  return {
    measure: measure(host.stats.requests, tags.map(label), hostMs, status, true),
    outcome,
  };
}

async function naive(wb: ExcelJS.Workbook, goalRows: number) {
  resetGoalSheet(wb, goalRows, false);
  const host = createExcelHost(wb);
  const tags: string[] = [];
  const t = performance.now();
  const outcome = await naiveRun((batch) => host.run(batch), {
    sheet: GOAL_SHEET,
    table: GOAL_TABLE,
    evaluationSheet: EVALUATION_SHEET,
    onSync: (phase) => tags.push(phase),
  });
  const hostMs = performance.now() - t;
  const status = outcome.errors > 0 ? `${outcome.errors} rows with errors` : "written";
  return { measure: measure(host.stats.requests, tags, hostMs, status, false), outcome };
}

const fmt = (n: number) => n.toLocaleString("en-US");

export async function adapterSection(
  goalSizes: number[],
  evaluationRows: number
): Promise<AdapterResults> {
  log(`adapter: building the evaluation sheet (${fmt(evaluationRows)} rows, once)`);
  let t = performance.now();
  const wb = evaluationWorkbook(evaluationRows);
  const workbookBuildMs = performance.now() - t;
  const sizes: AdapterSize[] = [];
  for (const n of goalSizes) {
    log(`adapter: ${fmt(n)} goal rows, add-in`);
    const a = await addinRun(wb, n, false);
    log(`adapter: ${fmt(n)} goal rows, naive (the add-in made ${a.measure.syncs} syncs)`);
    t = performance.now();
    const b = await naive(wb, n);
    log(
      `adapter: naive made ${fmt(b.measure.syncs)} syncs in ${Math.round(performance.now() - t)} ms`
    );
    const rows = a.outcome.result.rows;
    const agrees =
      rows.length === b.outcome.written.length &&
      rows.every((r, i) => {
        const w = b.outcome.written[i];
        return (r.fulfilment ?? "") === w[0] && r.status === w[1] && r.explanation === w[2];
      });
    sizes.push({
      goalRows: n,
      evaluationRows,
      addin: a.measure,
      naive: b.measure,
      syncRatio: round(b.measure.syncs / a.measure.syncs, 1),
      naiveAgrees: agrees,
    });
  }
  const typedOnly: AdapterSize[] = [];
  const plain = new ExcelJS.Workbook();
  for (const n of goalSizes) {
    log(`adapter: ${fmt(n)} goal rows with typed results only, add-in`);
    const a = await addinRun(plain, n, true);
    typedOnly.push({ goalRows: n, evaluationRows: 0, addin: a.measure });
  }
  return {
    evaluationRows,
    workbookBuildMs: round(workbookBuildMs, 0),
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
    budgetBytes: PAYLOAD_BUDGET_BYTES,
    sizes,
    typedOnly,
  };
}
