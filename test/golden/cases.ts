// What the golden test records: the command line's output and written workbooks (evaluate, allocate, whatif) on the
// three sample workbooks and both keys in assets/, and the three writers (Beregn, Skriv fordelingen, Gem scenarie)
// with their re-runs and Fortryd on the in-memory host, whose snapshot also holds the charts the .xlsx cannot.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { outcomeJson } from "../../src/cli/evaluate";
import { createWhatIf, parseChanges } from "../../src/core/whatif";
import { createExcelHost, loadExcelHost, type ExcelHost } from "../../src/host";
import {
  ASSETS,
  keyPath,
  keyWorkbook,
  sampleBytes,
  samplePath,
  sampleWorkbook,
  type KeyName,
  type SampleName,
} from "../helpers/samples";
import {
  canonical,
  fileHash,
  normalise,
  relativeTo,
  RUN_TIME,
  type NormalWorkbook,
} from "./normalise";
import {
  readWorkbookTables,
  runAllocationOnWorkbook,
  runOnWorkbook,
  saveScenario,
  undoLastRun,
} from "./writers";

/** The clock of every run (local time, so Excel date serials on the sheets do not depend on the time zone). */
export const GOLDEN_NOW = new Date(2026, 10, 23, 12, 0, 0);
const RUN_ID = "golden";

export interface GoldenCase {
  name: string;
  run: () => Promise<unknown>;
}

const SAMPLE_NAMES: SampleName[] = ["nordjylland2020", "nordjylland2021", "sydjylland2021"];

let outDir: string | null = null;
function out(file: string): string {
  outDir ??= mkdtempSync(path.join(os.tmpdir(), "maal-golden-"));
  return path.join(outDir, file);
}
export function cleanUp(): void {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = null;
}

/** Paths of this machine out of the printed text. */
function portable(text: string): string {
  let t = text;
  if (outDir) t = t.split(outDir).join("<out>");
  return t.split(ASSETS).join("<assets>");
}

async function cli(args: string[]) {
  const io = memoryIo();
  const code = await runCli(args, io);
  const stdout = portable(io.stdout);
  const json = args.includes("--json");
  return {
    args: args.map(portable),
    code,
    ...(json ? { json: stdout.trim() === "" ? null : JSON.parse(stdout) } : { stdout }),
    stderr: portable(io.stderr),
  };
}

async function workbookOf(bytes: Uint8Array): Promise<NormalWorkbook> {
  return normalise((await loadExcelHost(bytes)).snapshot());
}

/** The .xlsx a command wrote, relative to the file it read. */
async function writtenFile(input: Uint8Array, written: string) {
  return relativeTo(await workbookOf(input), await workbookOf(readFileSync(written)));
}

const sampleInput = (name: SampleName) => ({
  file: path.basename(samplePath(name)),
  sha256: fileHash(sampleBytes(name)),
});
const keyInput = (name: KeyName) => ({
  file: path.basename(keyPath(name)),
  sha256: fileHash(readFileSync(keyPath(name))),
});

// ---------------------------------------------------------------------------------------------------------------
// The command line

function evaluateCases(): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const name of SAMPLE_NAMES) {
    cases.push({
      name: `cli-evaluate-${name}`,
      run: async () => {
        const text = await cli(["evaluate", samplePath(name), "--out", out(`${name}.text.xlsx`)]);
        const json = await cli([
          "evaluate",
          samplePath(name),
          "--out",
          out(`${name}.xlsx`),
          "--json",
        ]);
        return {
          input: sampleInput(name),
          text,
          json,
          written: await writtenFile(sampleBytes(name), out(`${name}.xlsx`)),
          // The plain and the --json run write the same workbook.
          sameFileBothWays:
            JSON.stringify(await writtenFile(sampleBytes(name), out(`${name}.text.xlsx`))) ===
            JSON.stringify(await writtenFile(sampleBytes(name), out(`${name}.xlsx`))),
          // Evaluating the evaluated copy again: the workbook stays the same apart from the add-in's bookkeeping.
          again: await (async () => {
            const first = readFileSync(out(`${name}.xlsx`));
            const run = await cli([
              "evaluate",
              out(`${name}.xlsx`),
              "--out",
              out(`${name}.again.xlsx`),
              "--json",
            ]);
            return { run, written: await writtenFile(first, out(`${name}.again.xlsx`)) };
          })(),
        };
      },
    });
  }
  cases.push({
    name: "cli-evaluate-nordjylland2021-year-2022",
    run: async () => ({
      input: sampleInput("nordjylland2021"),
      json: await cli([
        "evaluate",
        samplePath("nordjylland2021"),
        "--year",
        "2022",
        "--out",
        out("nj2021-2022.xlsx"),
        "--json",
      ]),
      written: await writtenFile(sampleBytes("nordjylland2021"), out("nj2021-2022.xlsx")),
    }),
  });
  return cases;
}

function allocateCases(): GoldenCase[] {
  const runs: { name: string; key: KeyName; args: string[] }[] = [
    {
      name: "cli-allocate-nordjylland2019-monthly-by-amount",
      key: "nordjylland2019",
      args: ["--total", "16500000", "--unit", "1000", "--instalments", "12", "--key", "amount"],
    },
    {
      name: "cli-allocate-sydjylland2020-quarterly",
      key: "sydjylland2020",
      args: ["--total", "10000000", "--unit", "1000", "--instalments", "4"],
    },
    {
      name: "cli-allocate-sydjylland2020-round-each-fixed",
      key: "sydjylland2020",
      args: [
        "--total",
        "10.000.000",
        "--unit",
        "100",
        "--method",
        "round-each",
        "--fixed",
        "1300000",
      ],
    },
    {
      // Seed 003's key states no populations: an error naming the cell.
      name: "cli-allocate-nordjylland2019-by-population",
      key: "nordjylland2019",
      args: ["--total", "16500000"],
    },
  ];
  return runs.map((r) => ({
    name: r.name,
    run: async () => ({
      input: keyInput(r.key),
      text: await cli(["allocate", keyPath(r.key), ...r.args]),
      json: await cli(["allocate", keyPath(r.key), ...r.args, "--json"]),
    }),
  }));
}

function whatifCases(): GoldenCase[] {
  const runs: { name: string; sample: SampleName; args: string[] }[] = [
    {
      name: "cli-whatif-nordjylland2020-set",
      sample: "nordjylland2020",
      args: ["--set", "1.resultat=58", "--set", "6.resultat=4/4", "--set", "2.vægt=2"],
    },
    {
      name: "cli-whatif-nordjylland2020-sweep",
      sample: "nordjylland2020",
      args: ["--set", "1.resultat=58", "--sweep", "1.mål100=50:64:2"],
    },
    {
      name: "cli-whatif-nordjylland2021-set",
      sample: "nordjylland2021",
      args: [
        "--set",
        "3/Meget tilfredse/Drift.resultat=80 %",
        "--set",
        "12/Korte forløb og Early Warning.regel=forholdsmæssig",
        "--set",
        "8.antag=opfyldt",
        "--set",
        "1.antag=75 %",
      ],
    },
    {
      name: "cli-whatif-sydjylland2021-distance-and-sweep",
      sample: "sydjylland2021",
      args: ["--sweep", "12.mål100=80 %:100 %:5 %"],
    },
    {
      name: "cli-whatif-sydjylland2021-set",
      sample: "sydjylland2021",
      args: ["--set", "3.retning=højst", "--set", "12.regel=lineær", "--set", "1.aftalt=90 %"],
    },
  ];
  return runs.map((r) => ({
    name: r.name,
    run: async () => ({
      input: sampleInput(r.sample),
      text: await cli(["whatif", samplePath(r.sample), ...r.args]),
      json: await cli(["whatif", samplePath(r.sample), ...r.args, "--json"]),
    }),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// The writers on the in-memory host (the pane's Beregn, Skriv fordelingen, Gem scenarie, Fortryd)

const state = (host: ExcelHost) => normalise(host.snapshot());
const sameWorkbook = (a: NormalWorkbook, b: NormalWorkbook) =>
  JSON.stringify(a) === JSON.stringify(b);

function goalOutcome(outcome: Awaited<ReturnType<typeof runOnWorkbook>>) {
  return canonical({
    status: outcome.status,
    candidates: outcome.candidates,
    // The run time is the clock's (ISO, so it depends on the time zone): out, as on the state sheet.
    lastRun: outcome.lastRun && { ...outcome.lastRun, time: RUN_TIME },
    failure: outcome.failure,
    ...outcomeJson(outcome, null),
  });
}

function allocationOutcome(outcome: Awaited<ReturnType<typeof runAllocationOnWorkbook>>) {
  return canonical({
    status: outcome.status,
    candidates: outcome.candidates,
    table: outcome.table,
    sheet: outcome.sheet,
    allocation: outcome.allocation,
    audit: outcome.audit,
    errors: outcome.errors,
    conflicts: outcome.conflicts,
    failure: outcome.failure,
  });
}

function beregnCases(): GoldenCase[] {
  return SAMPLE_NAMES.map((name) => ({
    name: `writer-beregn-${name}`,
    run: async () => {
      const host = await loadExcelHost(sampleBytes(name));
      const start = state(host);
      const options = { now: GOLDEN_NOW, runId: RUN_ID, locale: "da" as const };
      const preview = await runOnWorkbook(host.run, { ...options, dryRun: true });
      const previewChanged = !sameWorkbook(state(host), start);
      const first = await runOnWorkbook(host.run, options);
      const written = state(host);
      const undo = await undoLastRun(host.run);
      const undone = state(host);
      const nothingLeft = await undoLastRun(host.run);
      // Beregn again after Fortryd, then once more: a re-run gives the same workbook.
      const second = await runOnWorkbook(host.run, { ...options, runId: `${RUN_ID}-2` });
      const rewritten = state(host);
      const third = await runOnWorkbook(host.run, { ...options, runId: `${RUN_ID}-3` });
      const rerun = state(host);
      const undoRerun = await undoLastRun(host.run);
      return {
        input: sampleInput(name),
        preview: { outcome: goalOutcome(preview), changedTheWorkbook: previewChanged },
        run: { outcome: goalOutcome(first), workbook: relativeTo(start, written) },
        fortryd: { outcome: undo, workbook: relativeTo(start, undone) },
        fortrydWithNothingToUndo: {
          outcome: nothingLeft,
          workbook: relativeTo(undone, state(host)),
        },
        runAfterFortryd: { outcome: goalOutcome(second), workbook: relativeTo(written, rewritten) },
        rerun: { outcome: goalOutcome(third), workbook: relativeTo(rewritten, rerun) },
        fortrydRerun: { outcome: undoRerun, workbook: relativeTo(rewritten, state(host)) },
      };
    },
  }));
}

const ALLOCATIONS: { key: KeyName; options: Parameters<typeof runAllocationOnWorkbook>[1] }[] = [
  {
    key: "nordjylland2019",
    options: {
      total: 16_500_000,
      unit: 1000,
      instalments: 12,
      basis: "amount",
      countDate: "1. januar 2019",
    },
  },
  { key: "sydjylland2020", options: { total: 10_000_000, unit: 1000, instalments: 4 } },
];

function fordelingCases(): GoldenCase[] {
  return ALLOCATIONS.map(({ key, options }) => ({
    name: `writer-fordeling-${key}`,
    run: async () => {
      const host = createExcelHost(keyWorkbook(key));
      const start = state(host);
      const all = { ...options, now: GOLDEN_NOW, runId: RUN_ID, locale: "da" as const };
      const preview = await runAllocationOnWorkbook(host.run, { ...all, dryRun: true });
      const first = await runAllocationOnWorkbook(host.run, all);
      const written = state(host);
      const again = await runAllocationOnWorkbook(host.run, {
        ...all,
        total: all.total + 1_200_000,
      });
      const rerun = state(host);
      const undo = await undoLastRun(host.run);
      const undone = state(host);
      const undoFirst = await undoLastRun(host.run);
      return {
        input: keyInput(key),
        preview: allocationOutcome(preview),
        run: { outcome: allocationOutcome(first), workbook: relativeTo(start, written) },
        rerunWithAnotherTotal: {
          outcome: allocationOutcome(again),
          workbook: relativeTo(written, rerun),
        },
        fortryd: { outcome: undo, workbook: relativeTo(written, undone) },
        fortrydAgain: { outcome: undoFirst, workbook: relativeTo(start, state(host)) },
      };
    },
  }));
}

const SCENARIOS: Record<SampleName, string[]> = {
  nordjylland2020: ["1.resultat=58", "1.mål100=55", "6.resultat=4/4"],
  nordjylland2021: ["3/Meget tilfredse/Drift.resultat=80 %", "8.antag=opfyldt"],
  sydjylland2021: ["12.regel=lineær", "3.mål100=50"],
};

function scenarioCases(): GoldenCase[] {
  return SAMPLE_NAMES.map((name) => ({
    name: `writer-scenarie-${name}`,
    run: async () => {
      const host = await loadExcelHost(sampleBytes(name));
      const start = state(host);
      const { tables } = await readWorkbookTables(host.run);
      const parsed = parseChanges(SCENARIOS[name]);
      const result = createWhatIf(tables).evaluate(parsed.changes);
      const saved = await saveScenario(host.run, result, { now: GOLDEN_NOW, runId: RUN_ID });
      const written = state(host);
      const second = await saveScenario(host.run, result, {
        now: GOLDEN_NOW,
        runId: `${RUN_ID}-2`,
      });
      const twice = state(host);
      const undo = await undoLastRun(host.run);
      return {
        input: sampleInput(name),
        changeErrors: parsed.errors,
        saved,
        workbook: relativeTo(start, written),
        second: { saved: second, workbook: relativeTo(written, twice) },
        fortryd: { outcome: undo, workbook: relativeTo(written, state(host)) },
      };
    },
  }));
}

/** Every writer in turn on one workbook (seed 004's report with seed 003's key beside it), then Fortryd. */
function chainCase(): GoldenCase {
  return {
    name: "writer-chain-nordjylland",
    run: async () => {
      const wb = keyWorkbook("nordjylland2019", await sampleWorkbook("nordjylland2020"));
      const host = createExcelHost(wb);
      const start = state(host);
      const steps: unknown[] = [];
      let last = start;
      const step = (label: string, outcome: unknown) => {
        const now = state(host);
        steps.push({ step: label, outcome, workbook: relativeTo(last, now) });
        last = now;
      };
      const options = { now: GOLDEN_NOW, runId: RUN_ID, locale: "da" as const };
      const allocate = (runId: string) =>
        runAllocationOnWorkbook(host.run, { ...options, runId, ...ALLOCATIONS[0].options });
      step("Beregn", goalOutcome(await runOnWorkbook(host.run, options)));
      step("Skriv fordelingen", allocationOutcome(await allocate(`${RUN_ID}-2`)));
      step("Fortryd (fordelingen)", await undoLastRun(host.run));
      step("Skriv fordelingen igen", allocationOutcome(await allocate(`${RUN_ID}-3`)));
      const { tables } = await readWorkbookTables(host.run);
      const result = createWhatIf(tables).evaluate(parseChanges(SCENARIOS.nordjylland2020).changes);
      step(
        "Gem scenarie",
        await saveScenario(host.run, result, { ...options, runId: `${RUN_ID}-4` })
      );
      step("Fortryd (scenariet)", await undoLastRun(host.run));
      step(
        "Beregn igen",
        goalOutcome(await runOnWorkbook(host.run, { ...options, runId: `${RUN_ID}-5` }))
      );
      step("Fortryd (Beregn igen)", await undoLastRun(host.run));
      step("Fortryd uden mere at fortryde", await undoLastRun(host.run));
      return { input: [sampleInput("nordjylland2020"), keyInput("nordjylland2019")], steps };
    },
  };
}

export function goldenCases(): GoldenCase[] {
  return [
    ...evaluateCases(),
    ...allocateCases(),
    ...whatifCases(),
    ...beregnCases(),
    ...fordelingCases(),
    ...scenarioCases(),
    chainCase(),
  ];
}
