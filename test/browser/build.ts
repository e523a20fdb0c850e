/* global __dirname, require, process, Buffer */
// The browser test's build: webpack (development mode) into test/browser/out/dist, in a child process so Jest's
// module system stays out of webpack's way. Skipped when the output is newer than every input, so a second run of
// the test starts in seconds.
import { spawn } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const OUT = path.join(__dirname, "out", "dist");
const STAMP = path.join(__dirname, "out", "build.stamp");
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "babel.config.js",
  "package.json",
  "package-lock.json",
];

function newest(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((max, name) => Math.max(max, newest(path.join(target, name))), stat.mtimeMs);
}

export function isFresh(): boolean {
  const stamp = fs.statSync(STAMP, { throwIfNoEntry: false });
  if (!stamp || !fs.existsSync(path.join(OUT, "workbench.html"))) return false;
  return INPUTS.every((input) => newest(path.join(ROOT, input)) < stamp.mtimeMs);
}

/** Builds the add-in and the workbench unless a fresh build is there. Returns the output directory. */
export async function ensureBuild(): Promise<string> {
  if (isFresh()) return OUT;
  const started = Date.now();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, "--mode", "development", "--env", `outputPath=${OUT}`],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: "development" },
      }
    );
    child.stdout.on("data", (d: Buffer) => output.push(d.toString()));
    child.stderr.on("data", (d: Buffer) => output.push(d.toString()));
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0)
    throw new Error(`webpack failed (exit ${code}):\n${output.join("").slice(-4000)}`);
  fs.writeFileSync(STAMP, new Date(started).toISOString());
  // The stamp's time is the build's start, so a file saved during the build makes the next run rebuild.
  fs.utimesSync(STAMP, new Date(started), new Date(started));
  return OUT;
}
