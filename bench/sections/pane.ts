// The task pane: the production build (npm run build, into a temporary directory so the shared dist/ is left alone),
// the size of every JavaScript file it emits (raw and gzip), and the time until the pane is interactive in headless
// Chromium on the workbench page with the sample workbook.
//
// "Interactive" (measured inside the pane's iframe, checked on every DOM mutation and every animation frame): the
// pane document has a <button> whose text is "Beregn", that is neither disabled nor aria-disabled (Fluent's
// disabledFocusable), has a layout box, and takes keyboard focus (button.focus() makes it document.activeElement).
// Reported from two starts: the pane page's own navigation start (performance.timeOrigin of the iframe: what Office
// would load) and the workbench page's navigation start (adds the workbench, ExcelJS and parsing the workbook).
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import zlib from "zlib";
import { chromium } from "playwright-core";
import { log, median, round, run, RUNS, timing, type Timing } from "../util";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
  /** Loaded by taskpane.html (Office's page for the pane) before the pane runs. */
  initial: boolean;
}

export interface PaneResults {
  build: { ms: number; runs: number[]; cacheCold: boolean; ok: boolean; error?: string };
  files: BundleFile[];
  initial: { files: string[]; raw: number; gzip: number };
  interactive?: {
    fromPaneStart: Timing;
    fromWorkbenchStart: Timing;
    definition: string;
  };
  interactiveError?: string;
}

/** `npm run build` into a temporary directory, with an empty babel-loader cache (as after a fresh clone). */
async function build(out: string, cache: string) {
  const r = await run("npm", ["run", "build", "--", "--env", `outputPath=${out}`], {
    env: { ...process.env, CACHE_DIR: cache, NODE_ENV: "production" },
  });
  return r;
}

function scriptsOf(html: string): string[] {
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)) {
    if (!/^https?:/.test(m[1])) files.push(m[1]);
  }
  return files;
}

function sizes(dir: string): { files: BundleFile[]; initial: string[] } {
  const initial = scriptsOf(fs.readFileSync(path.join(dir, "taskpane.html"), "utf8"));
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const data = fs.readFileSync(path.join(dir, file));
      return {
        file,
        raw: data.length,
        gzip: zlib.gzipSync(data).length,
        initial: initial.includes(file),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.raw - a.raw);
  return { files, initial };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A tiny static server for the build output on 127.0.0.1. */
async function serve(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs in every frame at document start; only the pane's page watches for the Beregn button. */
const WATCH = `(() => {
  if (!/taskpane-workbench\\.html$/.test(location.pathname)) return;
  const check = () => {
    if (window.__paneInteractive) return true;
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Beregn");
    if (!button || button.disabled || button.getAttribute("aria-disabled") === "true") return false;
    if (button.getClientRects().length === 0) return false;
    button.focus();
    if (document.activeElement !== button) return false;
    window.__paneInteractive = { at: performance.timeOrigin + performance.now(), origin: performance.timeOrigin };
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

async function interactiveOnce(origin: string): Promise<{ pane: number; workbench: number }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1600, height: 900 },
    locale: "da-DK",
  });
  try {
    await context.addInitScript({ content: WATCH });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/workbench.html`);
    const topOrigin = await page.evaluate(() => performance.timeOrigin);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const frame = page.frames().find((f) => /taskpane-workbench\.html/.test(f.url()));
      if (frame) {
        const got = await frame
          .evaluate(
            () =>
              (window as unknown as { __paneInteractive?: { at: number; origin: number } })
                .__paneInteractive ?? null
          )
          .catch(() => null);
        if (got) return { pane: got.at - got.origin, workbench: got.at - topOrigin };
      }
      if (Date.now() > deadline)
        throw new Error("the pane's Beregn button did not become interactive in 30 s");
      await page.waitForTimeout(20);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export async function paneSection(buildRuns: number): Promise<PaneResults> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pane-"));
  try {
    return await measurePane(work, buildRuns);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function measurePane(work: string, buildRuns: number): Promise<PaneResults> {
  const out = path.join(work, "dist");
  const runsMs: number[] = [];
  let ok = true;
  let error: string | undefined;
  for (let i = 0; i < buildRuns; i++) {
    // Every build starts with an empty babel-loader cache of its own, as the first build after a fresh clone.
    log(`pane: npm run build ${i + 1}/${buildRuns} (empty babel-loader cache)`);
    const r = await build(out, path.join(work, `babel-cache-${i}`));
    if (r.code !== 0) {
      ok = false;
      error = (r.stderr + r.stdout).slice(-2000);
      break;
    }
    runsMs.push(r.ms);
  }
  const result: PaneResults = {
    build: {
      ms: runsMs.length ? round(median(runsMs), 0) : NaN,
      runs: runsMs.map((m) => round(m, 0)),
      cacheCold: true,
      ok,
      error,
    },
    files: [],
    initial: { files: [], raw: 0, gzip: 0 },
  };
  if (!ok) return result;
  const { files, initial } = sizes(out);
  result.files = files;
  const init = files.filter((f) => f.initial);
  result.initial = {
    files: initial,
    raw: init.reduce((a, f) => a + f.raw, 0),
    gzip: init.reduce((a, f) => a + f.gzip, 0),
  };

  if (!fs.existsSync(CHROMIUM)) {
    result.interactiveError = `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
    return result;
  }
  const server = await serve(out);
  try {
    log(`pane: interactive in headless Chromium, 1 warm-up + ${RUNS} runs`);
    await interactiveOnce(server.origin);
    const pane: number[] = [];
    const workbench: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await interactiveOnce(server.origin);
      pane.push(r.pane);
      workbench.push(r.workbench);
    }
    result.interactive = {
      fromPaneStart: timing(pane),
      fromWorkbenchStart: timing(workbench),
      definition:
        'a <button> "Beregn" in the pane that is not disabled or aria-disabled, has a layout box and takes focus',
    };
    log(`pane: interactive median ${round(median(pane), 0)} ms (pane start)`);
  } catch (e) {
    result.interactiveError = e instanceof Error ? e.message : String(e);
  } finally {
    await server.close();
  }
  return result;
}
