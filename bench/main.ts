// npm run bench: round trips, payload, throughput and bundle size, side by side with a naive baseline and the
// Office-Addin-TaskPane-React template. Prints the tables (Markdown) and writes bench/results.json.
//
//   npm run bench                         everything (under 10 minutes on a 2-core machine)
//   BENCH_QUICK=1 npm run bench           100,000 evaluation rows, up to 10,000 goal rows, 2 runs, no install
//   BENCH_ONLY=core,whatif npm run bench  only these sections (adapter, core, whatif, cli, pane, install)
//   BENCH_SKIP=install npm run bench      all but these
//   BENCH_RUNS=5 BENCH_BUILD_RUNS=3       timing runs per figure; production builds (each with an empty cache; one
//                                         if the run is past 5 minutes when it gets there and this is not set)
// A full run writes bench/results.json (and refreshes the table in docs/benchmarks.md); a quick or partial run writes
// bench/results.json.tmp instead, so the committed figures always come from a full run.
import fs from "fs";
import os from "os";
import path from "path";
import { PAYLOAD_LIMIT_BYTES } from "../src/excel";
import {
  adapterSection,
  ROUND_TRIP_MS,
  type AdapterResults,
  type AdapterSize,
  type RunMeasure,
} from "./sections/adapter";
import { cliSection, type CliResults } from "./sections/cli";
import { coreSection, type CoreResults } from "./sections/core";
import { installSection, type InstallResults } from "./sections/install";
import { paneSection, type PaneResults } from "./sections/pane";
import { whatIfSection, type WhatIfResults } from "./sections/whatif";
import { bytes, estimate, int, log, machine, ms, perSecond, ROOT, RUNS } from "./util";

const SECTIONS = ["adapter", "core", "whatif", "cli", "pane", "install"] as const;
type Section = (typeof SECTIONS)[number];

const QUICK = Boolean(process.env.BENCH_QUICK);
const list = (v: string | undefined) =>
  v
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const ONLY = list(process.env.BENCH_ONLY);
const SKIP = list(process.env.BENCH_SKIP);
const selected = SECTIONS.filter(
  (s) => (ONLY.length === 0 || ONLY.includes(s)) && !SKIP.includes(s) && !(QUICK && s === "install")
);
const FULL = !QUICK && selected.length === SECTIONS.length;
const EVALUATION_ROWS = QUICK ? 100_000 : 1_000_000;
const GOAL_SIZES = QUICK ? [10, 1_000, 10_000] : [10, 1_000, 10_000, 100_000];
const SURVEY_ROWS = 1_000_000;
const ROLLUP_GOALS = 10_000;
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? (QUICK ? 1 : 3));
/** Without BENCH_BUILD_RUNS, a run that is already this late (a busy machine) makes one production build, not three. */
const LATE_MS = 5 * 60_000;

/** Office-Addin-TaskPane-React (Microsoft's Yeoman template) on a 2-core Linux machine with Node 20. */
const PEER = {
  initialGzip: 167 * 1024,
  initialRaw: 524 * 1024,
  interactiveMs: 295,
  buildMs: 20_500,
  nodeModulesBytes: 1.1 * 1024 ** 3,
  packages: 1_266,
  installMs: 127_000,
};

interface Results {
  schema: 1;
  mode: "full" | "quick" | "partial";
  sections: string[];
  machine: ReturnType<typeof machine> & { loadAverage: { start: number[]; end: number[] } };
  config: Record<string, unknown>;
  totalMs: number;
  /** Wall time per section, and how many cores other processes kept busy on average meanwhile (see runSection). */
  sectionTimes: Record<string, { ms: number; otherCores: number }>;
  targets: Target[];
  adapter?: AdapterResults;
  core?: CoreResults;
  whatif?: WhatIfResults;
  cli?: CliResults;
  pane?: PaneResults;
  install?: InstallResults;
  errors: Record<string, string>;
}

interface Target {
  target: string;
  measured: string;
  peer: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function targets(r: Results): Target[] {
  const out: Target[] = [];
  const a = r.adapter;
  if (a) {
    const all = a.sizes;
    out.push({
      target: `≤ 4 syncs per run at every size (${int(a.evaluationRows)} evaluation rows)`,
      measured:
        all.map((s) => `${int(s.addin.syncs)}`).join(" / ") +
        ` syncs at ${all.map((s) => int(s.goalRows)).join(" / ")} goal rows`,
      peer: `naive: ${all.map((s) => int(s.naive?.syncs ?? 0)).join(" / ")}`,
      met: all.every((s) => s.addin.syncs <= 4),
    });
    const worst = all.reduce(
      (m, s) => Math.max(m, s.addin.requestBytes.max, s.addin.responseBytes.max),
      0
    );
    const failed = all.filter((s) => s.addin.failedSyncs.length > 0);
    out.push({
      target: "no request or response over 5 MB",
      measured:
        `largest ${bytes(worst)}` +
        (failed.length
          ? `; at ${failed.map((s) => int(s.goalRows)).join(", ")} goal rows a write of ${bytes(
              failed[0].addin.failedSyncs[0].requestBytes
            )} was refused (${failed[0].addin.failedSyncs[0].code}) and the run rolled back`
          : ""),
      peer: `naive largest: ${bytes(
        all.reduce(
          (m, s) => Math.max(m, s.naive?.requestBytes.max ?? 0, s.naive?.responseBytes.max ?? 0),
          0
        )
      )}`,
      met: all.every((s) => s.addin.overLimit === 0 && s.addin.failedSyncs.length === 0),
    });
  }
  const core = r.core;
  if (core) {
    const metrics = core.measures.filter(
      (m) => m.rows === core.surveyRows && !m.name.startsWith("all")
    );
    const slowest = metrics.reduce((x, y) => (y.timing.medianMs > x.timing.medianMs ? y : x));
    const all = core.measures.find((m) => m.name.startsWith("all metrics"));
    out.push({
      target: `${int(core.surveyRows)} survey rows in under 1 s (each metric)`,
      measured:
        `slowest: ${slowest.name.split(" (")[0]} ${ms(slowest.timing.medianMs)}` +
        (all ? `; all ${metrics.length} one after another ${ms(all.timing.medianMs)}` : ""),
      peer: "—",
      met: slowest.timing.medianMs < 1000,
    });
  }
  const p = r.pane;
  if (p?.build.ok) {
    out.push({
      // The second wave's target (issue 14, item 8): ≤ 160 KB gzip before the first view; the first wave aimed at 150 KB.
      target: "initial task-pane JS ≤ 160 KB gzip",
      measured: `${KB(p.initial.gzip)} gzip, ${KB(p.initial.raw)} raw (${p.initial.files.length} files)`,
      peer: `template ${KB(PEER.initialGzip)} gzip, ${KB(PEER.initialRaw)} raw`,
      met: p.initial.gzip <= 160 * 1024,
    });
    out.push({
      target: "pane interactive ≤ 300 ms (headless Chromium, median)",
      measured: p.interactive
        ? `${ms(p.interactive.fromPaneStart.medianMs)} from the pane page's start; ${ms(
            p.interactive.fromWorkbenchStart.medianMs
          )} from the workbench's`
        : `not measured: ${p.interactiveError ?? "?"}`,
      peer: `template ${PEER.interactiveMs} ms`,
      met: p.interactive ? p.interactive.fromPaneStart.medianMs <= 300 : null,
    });
    out.push({
      target: "production build < 20 s (npm run build)",
      measured: `${ms(p.build.ms)} (median of ${p.build.runs.length}: ${p.build.runs.map(ms).join(", ")}; empty babel-loader cache)`,
      peer: `template ${ms(PEER.buildMs)}`,
      met: p.build.ms < 20_000,
    });
  }
  const i = r.install;
  if (i?.ok) {
    out.push({
      target: "node_modules smaller than the template's",
      measured: `${bytes(i.nodeModules.diskBytes)} (du), ${int(i.packagesAdded ?? i.packageJsonCount)} packages`,
      peer: `template ${bytes(PEER.nodeModulesBytes)}, ${int(PEER.packages)} packages`,
      met:
        i.nodeModules.diskBytes < PEER.nodeModulesBytes &&
        (i.packagesAdded ?? i.packageJsonCount) < PEER.packages,
    });
    out.push({
      target: "cold install faster than the template's",
      measured: `${ms(i.ms)} (${i.command}, empty npm cache)${i.ciError ? "; npm ci refused the lockfile" : ""}`,
      peer: `template ${ms(PEER.installMs)}`,
      met: i.ms < PEER.installMs,
    });
  }
  return out;
}

function table(headers: string[], rows: string[][], align?: string[]): string {
  const sep = headers.map((_, i) => align?.[i] ?? "---");
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(headers), `| ${sep.join(" | ")} |`, ...rows.map(line)].join("\n");
}

const verdict = (met: boolean | null) =>
  met === null ? "not measured" : met ? "**met**" : "**missed**";

function phasesText(m: RunMeasure): string {
  const order = [
    "scan",
    "read: goal table",
    "read: goal table + evaluation data",
    "read: evaluation data",
    "write",
    "rollback",
    "setup",
    "add columns",
    "data page",
    "row read",
    "row write",
  ];
  const keys = Object.keys(m.phases).sort(
    (x, y) => (order.indexOf(x) + 1 || 99) - (order.indexOf(y) + 1 || 99)
  );
  return keys.map((k) => `${int(m.phases[k])} ${k}`).join(" + ");
}

function adapterRows(s: AdapterSize, who: "add-in" | "naive"): string[] {
  const m = (who === "add-in" ? s.addin : s.naive)!;
  const ok = m.overLimit === 0 && m.failedSyncs.length === 0;
  const target =
    who === "add-in"
      ? `${m.syncs <= 4 ? "met" : "missed"} (syncs)${ok ? "" : "; **over 5 MB**"}`
      : `${int(s.syncRatio ?? 0)}× the add-in's syncs`;
  return [
    int(s.goalRows),
    who,
    `${int(m.syncs)} (${phasesText(m)})`,
    `${bytes(m.requestBytes.max)} / ${bytes(m.requestBytes.total)}`,
    `${bytes(m.responseBytes.max)} / ${bytes(m.responseBytes.total)}`,
    estimate((m.syncs * ROUND_TRIP_MS) / 1000),
    ms(m.hostMs),
    m.status,
    target,
  ];
}

export function render(r: Results): string {
  const parts: string[] = [];
  const mc = r.machine;
  parts.push(
    `Machine: ${mc.cores} cores, ${mc.cpuModel}, ${mc.totalMemory} RAM, Node ${mc.node}, ${mc.platform}; ` +
      `${mc.date.slice(0, 10)}; load average ${mc.loadAverage.start.map((x) => x.toFixed(1)).join(" ")} at the start, ` +
      `${mc.loadAverage.end.map((x) => x.toFixed(1)).join(" ")} at the end. Mode: ${r.mode} (${r.sections.join(", ")}); ` +
      `bench process ${ms(r.totalMs)}.`
  );
  const sections = Object.entries(r.sectionTimes);
  if (sections.length)
    parts.push(
      `Other processes on the machine kept on average ${sections
        .map(
          ([n, x]) =>
            `${x.otherCores.toFixed(1)} of ${mc.cores} cores busy during ${n} (${ms(x.ms)})`
        )
        .join(
          ", "
        )}. Timings taken while other work competes for the cores are inflated accordingly; sync and ` +
        "byte counts, sizes and package counts are not affected."
    );
  parts.push(
    "### Targets\n\n" +
      table(
        ["Target", "Målopfyldelse", "Peer / baseline", "Result"],
        r.targets.map((t) => [t.target, t.measured, t.peer, verdict(t.met)])
      )
  );
  const a = r.adapter;
  if (a) {
    parts.push(
      `### Adapter on the in-memory host: one Beregn (runOnWorkbook) vs the naive baseline, ${int(a.evaluationRows)} evaluation rows\n\n` +
        "Goal rows cycle through 4 typed results and 4 indicators (NPS, NPS with a filter, ANDEL with and without " +
        '"uden") over sheet "Evaluering" (Segment, Anbefaling, Effekt), so every run reads all three evaluation columns. ' +
        `Estimated time in Excel on the web = syncs × ${ROUND_TRIP_MS} ms (round trips only). Host time is one run on the ` +
        "in-memory host (no network).\n\n" +
        table(
          [
            "Goal rows",
            "Impl.",
            "Syncs (by purpose)",
            "Request max / total",
            "Response max / total",
            "Est. web",
            "Host time",
            "Status",
            "Target ≤ 4 syncs, ≤ 5 MB",
          ],
          a.sizes.flatMap((s) => [adapterRows(s, "add-in"), adapterRows(s, "naive")])
        )
    );
    parts.push(
      "### Adapter, typed results only (no evaluation sheet)\n\n" +
        table(
          [
            "Goal rows",
            "Impl.",
            "Syncs (by purpose)",
            "Request max / total",
            "Response max / total",
            "Est. web",
            "Host time",
            "Status",
            "Target",
          ],
          a.typedOnly.map((s) => adapterRows(s, "add-in"))
        )
    );
  }
  const c = r.core;
  if (c) {
    parts.push(
      `### Core (pure calculator), median of ${RUNS} runs after a warm-up\n\n` +
        table(
          ["Measure", "Rows", "Median", "Min–max", "Throughput", "Figure"],
          c.measures.map((m) => [
            m.name,
            int(m.rows),
            ms(m.timing.medianMs),
            `${ms(m.timing.minMs)}–${ms(m.timing.maxMs)}`,
            perSecond(m.rows, m.timing.medianMs),
            m.check,
          ])
        )
    );
  }
  const w = r.whatif;
  if (w) {
    parts.push(
      `### What-if: ${w.goals} goals, 5 indicator rows over ${int(w.evaluationRows)} evaluation rows, median of ${RUNS} runs\n\n` +
        table(
          ["Measure", "Median", "Detail"],
          [
            [
              "per change (s.evaluate, 1–8 changes)",
              ms(w.perChange.medianMs),
              `90 % ${ms(w.perChange.p90Ms)}, worst ${ms(w.perChange.worstMs)} of ${int(w.perChange.calls)} calls`,
            ],
            [
              "evaluateContract, full (indicators computed)",
              ms(w.fullEvaluation.medianMs),
              `${ms(w.fullEvaluation.minMs)}–${ms(w.fullEvaluation.maxMs)}`,
            ],
            [
              "createWhatIf (session)",
              ms(w.session.medianMs),
              `${ms(w.session.minMs)}–${ms(w.session.maxMs)}`,
            ],
            [
              "sweep of 41 points",
              ms(w.sweep41.medianMs),
              `${ms(w.sweep41.minMs)}–${ms(w.sweep41.maxMs)}`,
            ],
          ]
        )
    );
  }
  const p = r.pane;
  if (p) {
    const rows = p.files.map((f) => [f.file, KB(f.raw), KB(f.gzip), f.initial ? "yes" : ""]);
    if (p.build.ok)
      rows.push([
        `**initial pane JS (taskpane.html)**`,
        `**${KB(p.initial.raw)}**`,
        `**${KB(p.initial.gzip)}**`,
        "",
      ]);
    parts.push(
      "### Task pane: production build (`npm run build`), JavaScript per file\n\n" +
        (p.build.ok ? "" : `Build failed: ${p.build.error}\n\n`) +
        table(["File", "Raw", "Gzip", "Initial (taskpane.html)"], rows) +
        "\n\n" +
        (p.interactive
          ? `Interactive (${p.interactive.definition}), median of ${RUNS} fresh Chromium profiles after a warm-up: ` +
            `**${ms(p.interactive.fromPaneStart.medianMs)}** from the pane page's navigation start ` +
            `(${ms(p.interactive.fromPaneStart.minMs)}–${ms(p.interactive.fromPaneStart.maxMs)}), ` +
            `**${ms(p.interactive.fromWorkbenchStart.medianMs)}** from the workbench page's ` +
            `(${ms(p.interactive.fromWorkbenchStart.minMs)}–${ms(p.interactive.fromWorkbenchStart.maxMs)}). ` +
            `Build: median ${ms(p.build.ms)} of ${p.build.runs.map(ms).join(", ")} (each with an empty babel-loader cache).`
          : `Interactive: not measured (${p.interactiveError ?? "build failed"}).`)
    );
  }
  const cl = r.cli;
  const i = r.install;
  if (cl || i) {
    const rows: string[][] = [];
    if (cl)
      rows.push([
        `\`${cl.command}\` (whole process)`,
        ms(cl.timing.medianMs),
        `median of ${cl.timing.samplesMs.length}, ${ms(cl.timing.minMs)}–${ms(cl.timing.maxMs)}`,
      ]);
    if (i) {
      rows.push([
        `cold \`${i.command}\` (fresh copy, empty npm cache, network; includes \`prepare\`)`,
        i.ok ? ms(i.ms) : "failed",
        `npm ${i.npmVersion}, 1 run${i.ciError ? `; ${i.ciError}` : ""}`,
      ]);
      rows.push([
        "node_modules",
        bytes(i.nodeModules.diskBytes),
        `du (disk usage); ${bytes(i.nodeModules.apparentBytes)} apparent, ${int(i.nodeModules.files)} files`,
      ]);
      rows.push([
        "packages",
        int(i.packagesAdded ?? 0),
        `npm's "added N packages"; ${int(i.packageJsonCount)} package.json with a name under node_modules`,
      ]);
    }
    parts.push("### Command line and install\n\n" + table(["Measure", "Figure", "Detail"], rows));
  }
  const errs = Object.entries(r.errors);
  if (errs.length)
    parts.push("### Sections that failed\n\n" + errs.map(([s, e]) => `- ${s}: ${e}`).join("\n"));
  return parts.join("\n\n") + "\n";
}

async function main() {
  const started = performance.now();
  const loadStart = os.loadavg();
  const results: Results = {
    schema: 1,
    mode: FULL ? "full" : QUICK ? "quick" : "partial",
    sections: [...selected],
    machine: { ...machine(), loadAverage: { start: loadStart, end: [] } },
    config: {
      runs: RUNS,
      buildRuns: BUILD_RUNS,
      evaluationRows: EVALUATION_ROWS,
      goalSizes: GOAL_SIZES,
      surveyRows: SURVEY_ROWS,
      rollupGoals: ROLLUP_GOALS,
      payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
      roundTripMs: ROUND_TRIP_MS,
      peer: PEER,
    },
    totalMs: 0,
    sectionTimes: {},
    targets: [],
    errors: {},
  };
  const runSection = async (name: Section, fn: () => Promise<unknown>) => {
    if (!selected.includes(name)) return;
    const t = performance.now();
    const before = cpuSnapshot();
    try {
      (results as unknown as Record<string, unknown>)[name] = await fn();
    } catch (e) {
      results.errors[name] = e instanceof Error ? `${e.message}` : String(e);
      log(`${name} failed: ${results.errors[name]}`);
    }
    const wall = performance.now() - t;
    const after = cpuSnapshot();
    // Other processes on the machine: CPU time all cores spent busy minus what this process and its children
    // (builds, Chromium, npm) used, per wall second. 1.0 = one whole core taken by someone else on average.
    const others = Math.max(0, after.machine - before.machine - (after.own - before.own));
    results.sectionTimes[name] = {
      ms: Math.round(wall),
      otherCores: Math.round((others / wall) * 100) / 100,
    };
    log(`${name}: ${ms(wall)}`);
  };
  await runSection("adapter", () => adapterSection(GOAL_SIZES, EVALUATION_ROWS));
  await runSection("core", () => coreSection(SURVEY_ROWS, ROLLUP_GOALS));
  await runSection("whatif", () => whatIfSection(RUNS));
  await runSection("cli", () => cliSection());
  const buildRuns =
    !process.env.BENCH_BUILD_RUNS && performance.now() - started > LATE_MS ? 1 : BUILD_RUNS;
  if (buildRuns !== BUILD_RUNS && selected.includes("pane"))
    log(
      `pane: ${ms(performance.now() - started)} gone already: one production build instead of ${BUILD_RUNS}`
    );
  results.config.buildRuns = buildRuns;
  await runSection("pane", () => paneSection(buildRuns));
  await runSection("install", () => installSection());
  results.machine.loadAverage.end = os.loadavg();
  results.totalMs = Math.round(performance.now() - started);
  results.targets = targets(results);

  const text = render(results);
  process.stdout.write("\n" + text);
  const file = path.join(ROOT, "bench", FULL ? "results.json" : "results.json.tmp");
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  log(`wrote ${path.relative(ROOT, file)} (${ms(results.totalMs)})`);
  if (FULL) updateDocs(text);
  if (Object.keys(results.errors).length > 0) process.exitCode = 1;
}

/** CPU milliseconds: all cores busy (os.cpus), and this process plus its waited-for children (Linux /proc). */
function cpuSnapshot(): { machine: number; own: number } {
  const machineMs = os
    .cpus()
    .reduce((a, c) => a + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
  const self = process.cpuUsage();
  let children = 0;
  try {
    // Fields 16 and 17 of /proc/self/stat (after the command in parentheses): cutime, cstime in clock ticks.
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    children = (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    // not Linux: children are counted as "others"
  }
  return { machine: machineMs, own: (self.user + self.system) / 1000 + children };
}

/** Replaces the table between the markers in docs/benchmarks.md (if both are there). */
function updateDocs(text: string) {
  const doc = path.join(ROOT, "docs", "benchmarks.md");
  if (!fs.existsSync(doc)) return;
  const start = "<!-- bench:results:start -->";
  const end = "<!-- bench:results:end -->";
  const current = fs.readFileSync(doc, "utf8");
  const a = current.indexOf(start);
  const b = current.indexOf(end);
  if (a < 0 || b < a) return;
  fs.writeFileSync(
    doc,
    current.slice(0, a + start.length) + "\n\n" + text + "\n" + current.slice(b)
  );
  log("refreshed the results in docs/benchmarks.md");
}

void main();
