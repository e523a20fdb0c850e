// The installed command line (bin/maalopfyldelse.js, compiled to dist/node by `npm run build:cli`) on the hostile
// files of issue 13: each of `evaluate`, `whatif` and `allocate` must end with exit 1 and the pre-flight check's
// Danish message within seconds, as a separate process, the way a consultant runs it. Before the check, the same
// files made the process die of heap exhaustion or run for minutes (docs/files.md has the figures).
/* global __dirname */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawn } from "child_process";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { baseWorkbook, HOSTILE_CASES } from "../helpers/hostileXlsx";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "maalopfyldelse.js");
/** Generous for a loaded 2-core machine (a run takes about 1 s on an idle one); the unfixed code took minutes. */
const WITHIN_MS = 20_000;

let dir: string;
beforeAll(async () => {
  // A stale build would test the old code (and hang): the compiled pre-flight check must be there.
  if (!existsSync(path.join(ROOT, "dist", "node", "files", "xlsxPreflight.js")))
    throw new Error(
      "The command line is not built with the pre-flight check: run `npm run build:cli` first."
    );
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "maal-hostile-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the command line; kills it after 60 s so a regression fails the test instead of hanging it. */
function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

const COMMANDS: Record<string, (file: string) => string[]> = {
  evaluate: (file) => ["evaluate", file, "--out", path.join(dir, "out.xlsx"), "--overwrite"],
  whatif: (file) => ["whatif", file],
  allocate: (file) => ["allocate", file, "--total", "1000000"],
};

test("the base workbook of the hostile files runs through all three commands (exit 0)", async () => {
  const file = path.join(dir, "base.xlsx");
  await fs.writeFile(file, baseWorkbook());
  for (const [command, args] of Object.entries(COMMANDS)) {
    const run = await runCli(args(file));
    expect({ command, code: run.code, stderr: run.stderr }).toEqual({
      command,
      code: 0,
      stderr: "",
    });
  }
  const evaluated = await runCli([...COMMANDS.evaluate(file), "--json"]);
  expect(JSON.parse(evaluated.stdout).overall).toBe(1);
}, 120_000);

describe.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("%s", (_name, hostile) => {
  test.each(Object.keys(COMMANDS))(
    "%s: exit 1 with the Danish message, within seconds",
    async (command) => {
      const file = path.join(dir, `${hostile.code}-${command}.xlsx`);
      await fs.writeFile(file, hostile.bytes());
      const run = await runCli(COMMANDS[command](file));
      expect(run.code).toBe(1);
      // The message is the pre-flight check's, after the command's own prefix; never a stack trace.
      const message = hostile.expect.source.replace(/^\^/, "").replace(/\$$/, "");
      expect(run.stderr).toMatch(new RegExp(message));
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr).not.toMatch(/undefined/);
      expect(run.ms).toBeLessThan(WITHIN_MS);
    },
    90_000
  );
});
