#!/usr/bin/env node
// The mutation score of ALL of src/core and src/excel, estimated from a seeded random sample of their mutants
// (npm run mutate:sample; the full `npm run mutate` is 18,230 mutants, more than a day on this machine). See docs/benchmarks.md.
//
//   node scripts/mutation-sample.js [--n 400] [--seed 12345] [--reuse] [--enumerate]
//   node scripts/mutation-sample.js --rerun [--part core|excel] [--only file:line,…]   # only the last sample's survivors and uncovered mutants, after new tests
//
// 1. Enumerate every mutant with Stryker's own instrumenter (the same mutators, `mutator` options and `// Stryker`
//    directives as a real run; nothing is run, so this takes seconds).
// 2. Draw N mutants at random (seeded; src/core and src/excel in proportion to their mutant counts).
// 3. Run the real configs (stryker.core.config.json on the core's sampled mutants, stryker.excel.config.json on the
//    excel's) with `mutate` narrowed to the sampled mutants' locations (`file:line:col-line:col`, lines 1-based and
//    columns 0-based: @stryker-mutator/core's project-reader) and the ignore-plugin scripts/stryker-sample-ignorer.mjs,
//    which drops the mutants nested inside a sampled node's range.
// 4. Match the results back to the sample (file + location + mutator + replacement) and count only those:
//    score = detected / (detected + survived + no coverage), detected = killed + timed out, as Stryker counts it;
//    compile/runtime errors and static (ignored) mutants leave the sample and are counted apart.
//    Printed with a 95 % Wilson interval, overall and per folder; written to reports/mutation/sample.{json,md}.
// --reuse skips step 3 and reads the raw reports of the last run (same seed and N); --enumerate stops after step 1;
// --rerun runs Stryker again on the last sample's Survived and NoCoverage mutants only and prints each one's status
// then and now (reports/mutation/rerun.md); sample.json is left as it was.
"use strict";
const fs = require("fs");
const path = require("path");
const { seededRandom: random } = require("./seededRandom");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "reports", "mutation");
const PARTS = [
  { name: "core", dir: "src/core", config: "stryker.core.config.json" },
  { name: "excel", dir: "src/excel", config: "stryker.excel.config.json" },
];

function parseArgs(argv) {
  const args = {
    n: 400,
    seed: undefined,
    reuse: false,
    enumerate: false,
    rerun: false,
    part: undefined,
    only: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--n") args.n = Number(argv[++i]);
    else if (a === "--seed") args.seed = Number(argv[++i]);
    else if (a === "--reuse") args.reuse = true;
    else if (a === "--enumerate") args.enumerate = true;
    else if (a === "--rerun") args.rerun = true;
    else if (a === "--part") args.part = argv[++i];
    else if (a === "--only") args.only = argv[++i].split(",");
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.n) || args.n < 1)
    throw new Error("--n must be a positive whole number");
  if (args.seed === undefined) args.seed = Math.floor(Math.random() * 2 ** 31);
  return args;
}


function sourceFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
      const rel = `${d}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith(".ts")) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

// The key a mutant is known by in both the enumeration and Stryker's JSON report (1-based lines and columns there).
const SAMPLE_IGNORE_REASON = "Not in the mutation sample"; // scripts/stryker-sample-ignorer.mjs

const keyOf = (file, loc, mutatorName, replacement) =>
  `${file}|${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}|${mutatorName}|${replacement}`;

async function enumerate() {
  const { Instrumenter } = await import("@stryker-mutator/instrumenter");
  const quiet = {
    isDebugEnabled: () => false,
    debug() {},
    info() {},
    warn: console.warn,
    error: console.error,
  };
  const mutants = [];
  for (const part of PARTS) {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, part.config), "utf8"));
    if (JSON.stringify(config.mutate) !== JSON.stringify([`${part.dir}/**/*.ts`])) {
      throw new Error(
        `${part.config}: mutate is ${JSON.stringify(config.mutate)}, this script expects ${part.dir}/**/*.ts`
      );
    }
    // The options a real run passes (@stryker-mutator/core 2-mutant-instrumenter-executor): ignorers + mutator.
    const options = {
      ignorers: [],
      plugins: null,
      excludedMutations: [],
      ...(config.mutator ?? {}),
    };
    const files = sourceFiles(part.dir).map((name) => ({
      name,
      mutate: true,
      content: fs.readFileSync(path.join(ROOT, name), "utf8"),
    }));
    const result = await new Instrumenter(quiet).instrument(files, options);
    for (const m of result.mutants) {
      if (m.status === "Ignored") continue; // `// Stryker disable` directives: a real run reports them as Ignored too
      // The instrumenter's positions are 0-based; the report's are 1-based (core's objectUtils.toSchemaPosition).
      const loc = {
        start: { line: m.location.start.line + 1, column: m.location.start.column + 1 },
        end: { line: m.location.end.line + 1, column: m.location.end.column + 1 },
      };
      const file = m.fileName.replace(/\\/g, "/");
      mutants.push({
        part: part.name,
        file,
        loc,
        mutatorName: m.mutatorName,
        replacement: m.replacement,
      });
    }
  }
  return mutants;
}

function draw(mutants, n, seed) {
  const next = random(seed);
  const total = mutants.length;
  const sample = [];
  for (const part of PARTS) {
    const pool = mutants.filter((m) => m.part === part.name);
    const share =
      part === PARTS[PARTS.length - 1] ? n - sample.length : Math.round((n * pool.length) / total);
    // A partial Fisher–Yates shuffle: the first `share` places are a uniform sample without replacement.
    const take = Math.min(share, pool.length);
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    sample.push(...pool.slice(0, take));
  }
  return sample;
}

function sampleConfig(part, sampled, tag) {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, part.config), "utf8"));
  // Report positions back to a mutate range: lines stay 1-based, columns become 0-based.
  const ranges = sampled.map(
    (m) =>
      `${m.file}:${m.loc.start.line}:${m.loc.start.column - 1}-${m.loc.end.line}:${m.loc.end.column - 1}`
  );
  const config = {
    ...base,
    _comment: `Generated by scripts/mutation-sample.js from ${part.config}: only the sampled mutants. Do not edit.`,
    mutate: [...new Set(ranges)],
    incremental: false,
    // Other runs' sandboxes (.stryker-tmp-sample-core while the excel part runs, …) stay out of this one's.
    ignorePatterns: [...(base.ignorePatterns ?? []), ".stryker-tmp*"],
    plugins: ["@stryker-mutator/*", path.join(ROOT, "scripts", "stryker-sample-ignorer.mjs")],
    ignorers: ["mutation-sample"],
    reporters: ["json", "progress"],
    tempDirName: `.stryker-tmp-${tag}-${part.name}`,
    jsonReporter: { fileName: `reports/mutation/${tag}-${part.name}-raw.json` },
  };
  delete config.htmlReporter;
  delete config.incrementalFile;
  const locations = {};
  for (const m of sampled) {
    (locations[m.file] ??= []).push([
      m.loc.start.line,
      m.loc.start.column - 1,
      m.loc.end.line,
      m.loc.end.column - 1,
    ]);
  }
  return { config, locations };
}

function runStryker(part, sampled, tag) {
  const { config, locations } = sampleConfig(part, sampled, tag);
  const configFile = path.join(OUT, `stryker.${tag}.${part.name}.json`);
  const locationsFile = path.join(OUT, `${tag}-${part.name}-locations.json`);
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  fs.writeFileSync(locationsFile, JSON.stringify(locations));
  const started = Date.now();
  const run = spawnSync("nice", ["-n", "19", "npx", "stryker", "run", configFile], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      MUTATION_RUN: "1",
      MUTATE_TESTS: part.name,
      STRYKER_SAMPLE_LOCATIONS: locationsFile,
    },
  });
  if (run.status !== 0) throw new Error(`stryker run ${configFile} failed (exit ${run.status})`);
  return (Date.now() - started) / 60000;
}

function readResults(part, tag) {
  const report = path.join(OUT, `${tag}-${part.name}-raw.json`);
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  const results = new Map();
  for (const [name, file] of Object.entries(json.files)) {
    const rel = path.relative(ROOT, path.resolve(ROOT, name)).replace(/\\/g, "/");
    for (const m of file.mutants) {
      const key = keyOf(rel, m.location, m.mutatorName, m.replacement);
      results.set(key, m);
    }
  }
  return results;
}

function wilson(k, n, z = 1.96) {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [centre - half, centre + half];
}

// src/core/rules/x.ts → src/core/rules; src/core/model.ts → src/core (top level files).
function folderOf(file) {
  const parts = file.split("/");
  return parts.length > 3
    ? parts.slice(0, 3).join("/")
    : `${parts.slice(0, 2).join("/")} (top level)`;
}

function tally(rows) {
  const t = {
    sampled: rows.length,
    Killed: 0,
    Timeout: 0,
    Survived: 0,
    NoCoverage: 0,
    errors: 0,
    ignored: 0,
    missing: 0,
  };
  for (const r of rows) {
    if (r.status in t) t[r.status]++;
    else if (r.status === "CompileError" || r.status === "RuntimeError") t.errors++;
    else if (r.status === "Ignored") t.ignored++;
    else t.missing++;
  }
  t.detected = t.Killed + t.Timeout;
  t.valid = t.detected + t.Survived + t.NoCoverage;
  t.score = t.valid ? t.detected / t.valid : NaN;
  t.interval = wilson(t.detected, t.valid);
  return t;
}

const pct = (x) => (Number.isNaN(x) ? "–" : `${(100 * x).toFixed(1)} %`);

function table(groups) {
  const lines = [
    "| Folder | Mutants | Sampled | Killed | Timed out | Survived | No coverage | Errors | Static | Score | 95 % Wilson |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const [name, population, t] of groups) {
    lines.push(
      `| ${name} | ${population} | ${t.sampled} | ${t.Killed} | ${t.Timeout} | ${t.Survived} | ${t.NoCoverage} | ` +
        `${t.errors} | ${t.ignored} | ${pct(t.score)} | ${pct(t.interval[0])} – ${pct(t.interval[1])} |`
    );
  }
  return lines.join("\n");
}

// The last sample's survivors and uncovered mutants, run again (after tests were added for them).
function rerun(only, places) {
  const last = JSON.parse(fs.readFileSync(path.join(OUT, "sample.json"), "utf8"));
  const targets = last.mutants.filter(
    (m) =>
      (m.status === "Survived" || m.status === "NoCoverage") &&
      (!places || places.includes(`${m.file}:${m.loc.start.line}`))
  );
  console.log(
    `Re-running ${targets.length} survived/uncovered mutants of the sample of ${last.date} (seed ${last.seed})`
  );
  const rows = [];
  for (const part of PARTS.filter((p) => !only || p.name === only)) {
    const mine = targets.filter((m) => m.part === part.name);
    if (mine.length === 0) continue;
    runStryker(part, mine, "rerun");
    const results = readResults(part, "rerun");
    for (const m of mine) {
      const r = results.get(keyOf(m.file, m.loc, m.mutatorName, m.replacement));
      const killer = r?.killedBy?.length
        ? ` (${r.statusReason?.split("\n")[0].slice(0, 60) ?? ""})`
        : "";
      m.now = r ? r.status : "Missing";
      rows.push(
        `| ${m.file}:${m.loc.start.line}:${m.loc.start.column} | ${m.mutatorName} | ` +
          `\`${m.replacement.replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 60)}\` | ${m.status} | ${r ? r.status : "Missing"}${killer} |`
      );
    }
  }
  const markdown = [
    "| Mutant | Mutator | Replacement | Then | Now |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
  console.log(markdown);
  // The same sample with the re-run's statuses in place of the survivors' (the rest were detected or left out then).
  for (const part of PARTS.filter((p) => !only || p.name === only)) {
    const mine = last.mutants.filter((m) => m.part === part.name);
    const after = tally(mine.map((m) => ({ status: m.now ?? m.status })));
    console.log(
      `${part.dir}, same sample with the re-run's statuses: ${pct(after.score)} (95 % Wilson ` +
        `${pct(after.interval[0])} – ${pct(after.interval[1])}), ${after.detected} detected of ${after.valid}`
    );
  }
  fs.writeFileSync(
    path.join(OUT, "rerun.md"),
    `# Re-run of the sample's survivors (${new Date().toISOString()})\n\n${markdown}\n`
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(OUT, { recursive: true });
  if (args.rerun) return rerun(args.part, args.only);
  const started = Date.now();
  const mutants = await enumerate();
  const count = (p) => mutants.filter((m) => m.part === p).length;
  console.log(
    `Mutants enumerated: ${mutants.length} (src/core ${count("core")}, src/excel ${count("excel")}) ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
  if (args.enumerate) return;

  const samplePath = path.join(OUT, "sample.json");
  let sample;
  if (args.reuse) {
    const previous = JSON.parse(fs.readFileSync(samplePath, "utf8"));
    args.seed = previous.seed;
    args.n = previous.n;
    console.log(`--reuse: seed and N of the last run`);
  }
  sample = draw(mutants, args.n, args.seed);
  console.log(
    `Seed ${args.seed}, N = ${args.n} (src/core ${sample.filter((m) => m.part === "core").length}, ` +
      `src/excel ${sample.filter((m) => m.part === "excel").length})`
  );

  const minutes = {};
  for (const part of PARTS) {
    const sampled = sample.filter((m) => m.part === part.name);
    if (sampled.length === 0) continue;
    if (!args.reuse) minutes[part.name] = runStryker(part, sampled, "sample");
    const results = readResults(part, "sample");
    for (const m of sampled) {
      const r = results.get(keyOf(m.file, m.loc, m.mutatorName, m.replacement));
      m.status = r ? r.status : "Missing";
      m.statusReason = r?.statusReason;
      m.killedBy = r?.killedBy;
    }
    const tested = [...results.values()].filter(
      (r) => r.statusReason !== SAMPLE_IGNORE_REASON
    ).length;
    console.log(
      `${part.dir}: ${tested} mutants in the run (${sampled.length} sampled, ${tested - sampled.length} others on ` +
        `the same nodes, not counted; ${results.size - tested} more in the ranges left out by the ignore-plugin)`
    );
  }

  const population = new Map();
  for (const m of mutants) {
    for (const k of [m.file.split("/").slice(0, 2).join("/"), folderOf(m.file)]) {
      population.set(k, (population.get(k) ?? 0) + 1);
    }
  }
  const overall = tally(sample);
  const groups = [["All of src/core and src/excel", mutants.length, overall]];
  for (const part of PARTS)
    groups.push([
      part.dir,
      population.get(part.dir),
      tally(sample.filter((m) => m.part === part.name)),
    ]);
  const folders = [...new Set(sample.map((m) => folderOf(m.file)))].sort();
  for (const f of folders)
    groups.push([f, population.get(f), tally(sample.filter((m) => folderOf(m.file) === f))]);

  const markdown = table(groups);
  console.log("");
  console.log(markdown);
  console.log("");
  console.log(
    `Estimated mutation score: ${pct(overall.score)} (95 % Wilson ${pct(overall.interval[0])} – ` +
      `${pct(overall.interval[1])}), ${overall.detected} detected of ${overall.valid} valid sampled mutants; ` +
      `${overall.ignored} static, ${overall.errors} compile/runtime errors, ${overall.missing} not found in the reports.`
  );
  if (Object.keys(minutes).length) {
    console.log(
      `Stryker time: ${Object.entries(minutes)
        .map(([k, v]) => `${k} ${v.toFixed(1)} min`)
        .join(", ")}`
    );
  }

  const date = new Date().toISOString();
  fs.writeFileSync(
    samplePath,
    JSON.stringify(
      {
        date,
        seed: args.seed,
        n: args.n,
        population: Object.fromEntries(population),
        total: mutants.length,
        minutes,
        groups: groups.map(([name, pop, t]) => ({ name, population: pop, ...t })),
        mutants: sample,
      },
      null,
      2
    )
  );
  const survivors = sample.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  fs.writeFileSync(
    path.join(OUT, "sample.md"),
    `# Mutation score by sample (${date})\n\nSeed ${args.seed}, N = ${args.n} of ${mutants.length} mutants ` +
      `(\`node scripts/mutation-sample.js --n ${args.n} --seed ${args.seed}\`).\n\n${markdown}\n\n` +
      `## Surviving and uncovered sampled mutants\n\n` +
      survivors
        .map(
          (m) =>
            `- ${m.status}: ${m.file}:${m.loc.start.line}:${m.loc.start.column} ${m.mutatorName} → \`${m.replacement.replace(/\s+/g, " ").slice(0, 80)}\``
        )
        .join("\n") +
      "\n"
  );
  console.log(`Wrote ${path.relative(ROOT, samplePath)} and reports/mutation/sample.md`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
