// The wiring the lead adds (docs/functions.md, "Wiring"), checked before anyone types it in:
//   - the build-time parts (src/functions/webpack.parts.js) generate functions.json and fail on generator errors;
//   - the four webpack.config.js snippets, applied as text to the current webpack.config.js, build: functions.js,
//     functions.json and functions.en-US.json are written and taskpane.html loads functions.js (a real webpack run);
//   - the five manifest.xml snippets, applied to the current manifest.xml, pass the offline XSD in test/manifest and
//     every project rule in checkManifest.ts except the ones docs/functions.md says must change.
// When the lead has wired things already, the current files are checked as they are.
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { semanticProblems, xsdErrors } from "../manifest/checkManifest";
import { allElements, parseXml } from "../manifest/xml";
import { ROOT } from "./seeds";

const parts = require("../../src/functions/webpack.parts.js") as {
  functionsMetadata: (source?: string) => Promise<string>;
  functionsEntry: { import: string; filename: string };
  functionsCopyPatterns: {
    from: string;
    to: string;
    transform?: { transformer: (content: Buffer, absoluteFrom: string) => Promise<string> };
  }[];
  FUNCTIONS_SOURCE: string;
};

const DOCS = fs.readFileSync(path.join(ROOT, "docs", "functions.md"), "utf8");

/** The fenced block right after `<!-- wiring:NAME -->` in docs/functions.md. */
function snippet(name: string): string {
  const m = new RegExp(`<!-- wiring:${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(DOCS);
  if (!m) throw new Error(`docs/functions.md has no snippet wiring:${name}`);
  return m[1];
}

/** Inserts `text` after (or before) the first line containing `marker`; fails loudly when the marker is gone. */
function insertAtLine(
  source: string,
  marker: string | RegExp,
  text: string,
  where: "after" | "before"
): string {
  const lines = source.split("\n");
  const i = lines.findIndex((l) =>
    typeof marker === "string" ? l.includes(marker) : marker.test(l)
  );
  if (i < 0) throw new Error(`test setup: '${String(marker)}' not found`);
  const block = text.replace(/\n$/, "").split("\n");
  lines.splice(where === "after" ? i + 1 : i, 0, ...block);
  return lines.join("\n");
}

describe("src/functions/webpack.parts.js", () => {
  test("functionsMetadata() is the generator's functions.json for functions.ts", async () => {
    const generated = await generateCustomFunctionsMetadata(parts.FUNCTIONS_SOURCE);
    expect(await parts.functionsMetadata()).toBe(generated.metadataJson);
  });

  test("a generator error fails the build (the transform rejects with the error)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kkr-functions-"));
    const broken = path.join(dir, "broken.ts");
    fs.writeFileSync(
      broken,
      "/**\n * Forkert id.\n * @customfunction KKR-NPS\n */\nexport function nps(x: number): number {\n  return x;\n}\n"
    );
    await expect(parts.functionsMetadata(broken)).rejects.toThrow(/invalid characters.*KKR-NPS/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the entry and copy patterns name files that exist, with the file names the manifest snippets use", async () => {
    expect(parts.functionsEntry).toEqual({
      import: "./src/functions/functions.ts",
      filename: "functions.js",
    });
    expect(fs.existsSync(path.join(ROOT, parts.functionsEntry.import))).toBe(true);
    expect(parts.functionsCopyPatterns.map((p) => [p.from, p.to])).toEqual([
      ["src/functions/functions.ts", "functions.json"],
      ["src/functions/functions.en-US.json", "functions.en-US.json"],
    ]);
    for (const p of parts.functionsCopyPatterns)
      expect(fs.existsSync(path.join(ROOT, p.from))).toBe(true);
    const json = await parts.functionsCopyPatterns[0].transform?.transformer(
      Buffer.from(""),
      path.join(ROOT, "src/functions/functions.ts")
    );
    expect(JSON.parse(json ?? "{}").functions).toHaveLength(7);
    for (const name of ["functions.js", "functions.json", "functions.en-US.json"]) {
      expect(snippet("manifest-urls")).toContain(`https://localhost:3000/${name}`);
    }
  });
});

describe("webpack.config.js with the four snippets", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kkr-wired-build-"));
  let emitted: Set<string>;
  let log = "";

  /** webpack.config.js's text with the snippets applied where docs/functions.md says (or as it is, once wired). */
  function wiredConfigSource(): string {
    const source = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    if (source.includes("webpack.parts")) return source;
    let s = insertAtLine(
      source,
      'require("copy-webpack-plugin")',
      snippet("webpack-require"),
      "after"
    );
    s = insertAtLine(
      s,
      /^\s*taskpane: "\.\/src\/taskpane\/index\.tsx",/,
      snippet("webpack-entry"),
      "after"
    );
    // "after the manifest.xml pattern": it is the last one, so right before the patterns array closes.
    const lines = s.split("\n");
    const start = lines.findIndex((l) => l.includes("patterns: ["));
    const close = lines.findIndex((l, i) => i > start && /^\s*\],\s*$/.test(l));
    lines.splice(close, 0, ...snippet("webpack-copy").replace(/\n$/, "").split("\n"));
    s = lines.join("\n");
    // In the taskpane.html HtmlWebpackPlugin only.
    const page = s.indexOf('filename: "taskpane.html"');
    const chunks = s.indexOf('chunks: ["taskpane"],', page);
    if (page < 0 || chunks < 0) throw new Error("test setup: taskpane.html plugin not found");
    const lineStart = s.lastIndexOf("\n", chunks) + 1;
    const lineEnd = s.indexOf("\n", chunks);
    return s.slice(0, lineStart) + snippet("webpack-chunks").replace(/\n$/, "") + s.slice(lineEnd);
  }

  beforeAll(async () => {
    const configFile = path.join(out, "wired.webpack.config.source.js");
    fs.writeFileSync(configFile, wiredConfigSource());
    // A child process keeps Jest's module system out of webpack's way. The wired text runs as if it were
    // webpack.config.js itself (same __dirname), so every relative path in it means what it will mean.
    const runner = path.join(out, "run.js");
    fs.writeFileSync(
      runner,
      `const Module = require("module");
const fs = require("fs");
const path = require("path");
const ROOT = ${JSON.stringify(ROOT)};
const file = path.join(ROOT, "webpack.config.js");
const m = new Module(file, null);
m.filename = file;
m.paths = Module._nodeModulePaths(ROOT);
m._compile(fs.readFileSync(${JSON.stringify(configFile)}, "utf8"), file);
const config = m.exports({ outputPath: ${JSON.stringify(path.join(out, "dist"))} }, { mode: "development" });
const webpack = require(require.resolve("webpack", { paths: [ROOT] }));
webpack(config, (err, stats) => {
  if (err) { console.error(err.stack || String(err)); process.exit(1); }
  const info = stats.toJson({ all: false, errors: true, assets: true });
  console.log(JSON.stringify({ errors: info.errors.map((e) => e.message), assets: info.assets.map((a) => a.name) }));
  process.exit(stats.hasErrors() ? 2 : 0);
});
`
    );
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [runner], {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: "development" },
      });
      child.stdout.on("data", (d: Buffer) => (log += d.toString()));
      child.stderr.on("data", (d: Buffer) => (log += d.toString()));
      child.on("error", reject);
      child.on("exit", resolve);
    });
    if (code !== 0)
      throw new Error(`wired webpack build failed (exit ${code}):\n${log.slice(-4000)}`);
    const result = JSON.parse(log.trim().split("\n").pop() ?? "{}") as {
      errors: string[];
      assets: string[];
    };
    emitted = new Set(result.assets);
  }, 240000);

  afterAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
  });

  test("writes functions.js, functions.json and functions.en-US.json", () => {
    for (const name of ["functions.js", "functions.json", "functions.en-US.json", "taskpane.html"])
      expect(emitted).toContain(name);
  });

  test("functions.json is the generated metadata; functions.en-US.json the English file", async () => {
    const dist = path.join(out, "dist");
    expect(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).toBe(
      await parts.functionsMetadata()
    );
    expect(JSON.parse(fs.readFileSync(path.join(dist, "functions.en-US.json"), "utf8"))).toEqual(
      JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/functions.en-US.json"), "utf8"))
    );
  });

  test("taskpane.html loads functions.js after Office.js (the shared runtime's page); the workbench page does not", () => {
    const dist = path.join(out, "dist");
    const pane = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...pane.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toMatch(/office\.js$/);
    expect(scripts).toContain("functions.js");
    const workbench = path.join(dist, "taskpane-workbench.html");
    if (fs.existsSync(workbench))
      expect(fs.readFileSync(workbench, "utf8")).not.toContain("functions.js");
  });

  test("functions.js registers through the guarded call only (no unguarded associate lines appended)", () => {
    const bundle = fs.readFileSync(path.join(out, "dist", "functions.js"), "utf8");
    expect(bundle).toContain("registerCustomFunctions()");
    expect(bundle).not.toMatch(/\nCustomFunctions\.associate\(/);
  });

  // The manifest as wired is checked by test/manifest (XSD, resources, URLs the build writes, requirement sets).
});
