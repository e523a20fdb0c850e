// Shared helpers of the benchmark: timing (median of n), formatting, the machine, child processes.
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const RUNS = Number(process.env.BENCH_RUNS ?? (process.env.BENCH_QUICK ? 2 : 5));

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
}

export function timing(samples: number[]): Timing {
  return {
    medianMs: round(median(samples), 2),
    minMs: round(Math.min(...samples), 2),
    maxMs: round(Math.max(...samples), 2),
    samplesMs: samples.map((s) => round(s, 2)),
  };
}

/** Runs fn n times (after one untimed warm-up unless warmup is false) and returns the times in ms. */
export async function timeRuns(
  fn: () => unknown | Promise<unknown>,
  n = RUNS,
  warmup = true
): Promise<Timing> {
  if (warmup) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return timing(samples);
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function int(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function ms(x: number): string {
  if (x >= 60_000) {
    const m = Math.floor(x / 60_000);
    const s = Math.round((x - m * 60_000) / 1000);
    return `${m} min ${s} s`;
  }
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 100) return `${Math.round(x)} ms`;
  if (x >= 1) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(3)} ms`;
}

/** A wall time in Excel on the web estimated from round trips (seconds, minutes or hours). */
export function estimate(seconds: number): string {
  if (seconds >= 3600) return `${(seconds / 3600).toFixed(1)} h`;
  if (seconds >= 60) return `${(seconds / 60).toFixed(1)} min`;
  return `${seconds.toFixed(1)} s`;
}

export function bytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

export function perSecond(rows: number, millis: number): string {
  const r = rows / (millis / 1000);
  if (r >= 1e6) return `${(r / 1e6).toFixed(1)} M rows/s`;
  if (r >= 1e3) return `${(r / 1e3).toFixed(0)} k rows/s`;
  return `${r.toFixed(0)} rows/s`;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    totalMemoryBytes: os.totalmem(),
    totalMemory: bytes(os.totalmem()),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

export interface CommandResult {
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
}

/** Runs a command (no shell) and times it from spawn to exit. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = options.timeoutMs
      ? setTimeout(() => child.kill("SIGKILL"), options.timeoutMs)
      : undefined;
    child.on("error", reject);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        code,
        ms: performance.now() - started,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      });
    });
  });
}

/**
 * Sizes of a directory tree in one walk: disk usage as `du -sk` counts it (allocated blocks of files, directories and
 * links), apparent size as `du -sb --apparent-size` (bytes of files and links), and the number of files.
 */
export function directorySize(dir: string): {
  diskBytes: number;
  apparentBytes: number;
  files: number;
} {
  let disk = 0;
  let apparent = 0;
  let files = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const own = fs.lstatSync(current);
    disk += own.blocks * 512;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        stack.push(full);
        continue;
      }
      const stat = fs.lstatSync(full);
      disk += stat.blocks * 512;
      apparent += stat.size;
      if (entry.isFile()) files++;
    }
  }
  return { diskBytes: disk, apparentBytes: apparent, files };
}

export function log(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}
