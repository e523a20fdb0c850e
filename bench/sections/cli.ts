// The command line as a user runs it: the whole process of `node bin/maalopfyldelse.js evaluate <sample> --out <tmp>`
// (Node start-up, loading the compiled CLI, reading the .xlsx, the adapter on the in-memory host, writing the copy).
import fs from "fs";
import os from "os";
import path from "path";
import { log, ROOT, run, RUNS, timing, type Timing } from "../util";

export const SAMPLE = "assets/nordjylland-2020-afrapportering.xlsx";

export interface CliResults {
  command: string;
  timing: Timing;
  rebuilt: boolean;
}

function newest(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((max, name) => Math.max(max, newest(path.join(target, name))), stat.mtimeMs);
}

export async function cliSection(): Promise<CliResults> {
  // The command line runs dist/node (npm run build:cli, which npm ci runs through "prepare"); rebuild it when a
  // source is newer, so the figure is for the code in the tree.
  const main = path.join(ROOT, "dist", "node", "cli", "main.js");
  const sources = ["core", "excel", "host", "cli"].map((d) => newest(path.join(ROOT, "src", d)));
  let rebuilt = false;
  if (!fs.existsSync(main) || Math.max(...sources) > fs.statSync(main).mtimeMs) {
    log("cli: npm run build:cli (dist/node is older than src)");
    const b = await run("npm", ["run", "build:cli"]);
    if (b.code !== 0)
      throw new Error(`npm run build:cli failed:\n${(b.stdout + b.stderr).slice(-2000)}`);
    rebuilt = true;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  const out = path.join(dir, "out.xlsx");
  const args = ["bin/maalopfyldelse.js", "evaluate", SAMPLE, "--out", out];
  try {
    log(`cli: ${args.join(" ")}, 1 warm-up + ${RUNS} runs`);
    const samples: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      fs.rmSync(out, { force: true });
      const r = await run(process.execPath, args);
      if (r.code !== 0)
        throw new Error(`evaluate exited ${r.code}: ${(r.stderr || r.stdout).slice(-1000)}`);
      if (i > 0) samples.push(r.ms);
    }
    return {
      command: `node ${args.slice(0, 3).join(" ")} --out <tmp>`,
      timing: timing(samples),
      rebuilt,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
