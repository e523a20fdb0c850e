// Install size and time: a cold install in a fresh temporary copy of the project (package.json, package-lock.json
// and what the "prepare" script compiles), with an empty npm cache of its own (so every package is downloaded from
// the registry; the user's ~/.npm is neither used nor touched) and no node_modules.
import fs from "fs";
import os from "os";
import path from "path";
import { directorySize, log, ROOT, round, run } from "../util";

export interface InstallResults {
  /** "npm ci", or "npm install" when npm ci refused the lockfile (ciError says why). */
  command: string;
  ms: number;
  ok: boolean;
  ciError?: string;
  npmVersion: string;
  /** npm's own "added N packages". */
  packagesAdded: number | null;
  /** Folders under node_modules (nested ones too) with a package.json that has a name. */
  packageJsonCount: number;
  nodeModules: { diskBytes: number; apparentBytes: number; files: number };
  error?: string;
}

const COPY = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.cli.json", "src"];

function countPackages(dir: string): number {
  let n = 0;
  const visit = (modules: string) => {
    if (!fs.existsSync(modules)) return;
    for (const entry of fs.readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const full = path.join(modules, entry.name);
      const dirs = entry.name.startsWith("@")
        ? fs
            .readdirSync(full, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => path.join(full, e.name))
        : [full];
      for (const pkg of dirs) {
        try {
          const json = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")) as {
            name?: string;
          };
          if (json.name) n++;
        } catch {
          // not a package
        }
        visit(path.join(pkg, "node_modules"));
      }
    }
  };
  visit(path.join(dir, "node_modules"));
  return n;
}

export async function installSection(): Promise<InstallResults> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-install-"));
  try {
    const app = path.join(work, "app");
    fs.mkdirSync(app);
    for (const f of COPY) fs.cpSync(path.join(ROOT, f), path.join(app, f), { recursive: true });
    const npmVersion = (await run("npm", ["--version"])).stdout.trim();
    const flags = ["--no-audit", "--no-fund"];
    log("install: npm ci, empty npm cache, fresh copy");
    let command = "npm ci";
    let r = await run("npm", ["ci", ...flags, "--cache", path.join(work, "cache-ci")], {
      cwd: app,
    });
    let ciError: string | undefined;
    if (r.code !== 0 && /EUSAGE/.test(r.stderr)) {
      const missing = r.stderr.split("\n").filter((l) => /Missing: /.test(l));
      ciError =
        `npm ci ${npmVersion} refused the lockfile (EUSAGE, "package.json and package-lock.json … in sync"): ` +
        `${missing.length} "Missing: … from lock file"` +
        (missing.length ? `, e.g. ${missing[0].replace(/^npm error /, "").trim()}` : "");
      log(`install: ${ciError}; timing npm install from the same lockfile instead`);
      command = "npm install";
      fs.rmSync(path.join(app, "node_modules"), { recursive: true, force: true });
      r = await run("npm", ["install", ...flags, "--cache", path.join(work, "cache-install")], {
        cwd: app,
      });
    }
    const added = /added (\d+) packages?/.exec(r.stdout + r.stderr);
    const size = directorySize(path.join(app, "node_modules"));
    return {
      command,
      ms: round(r.ms, 0),
      ok: r.code === 0,
      ciError,
      npmVersion,
      packagesAdded: added ? Number(added[1]) : null,
      packageJsonCount: countPackages(app),
      nodeModules: size,
      error: r.code === 0 ? undefined : (r.stderr || r.stdout).slice(-2000),
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
