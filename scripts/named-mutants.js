#!/usr/bin/env node
// The mutations issue 12 names ("each of these was shown by changing the code in a scratch copy and watching the
// suite stay green"), applied one at a time to a scratch copy of the repository; the tests named beside each must
// now fail. Run: node scripts/named-mutants.js [name …]   (a few minutes; not part of npm test)
// Each mutation is a literal text replacement: if the code it targets has moved (src/excel is being reorganised), the
// script says "target not found" for it, and `file` below is the place to update.
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");

const MUTANTS = [
  {
    name: "text safety without @, tab, CR/LF and the Danish number and logical patterns",
    file: "src/excel/textSafety.ts",
    edits: [
      ["const FORMULA_START = /^[=+\\-@\\t\\r\\n']/;", "const FORMULA_START = /^[=+\\-']/;"],
      ["|true|false|sand|falsk|", "|true|false|"],
      ["(\\(?[-+]?[\\d.,\\s/:-]*\\d[\\d.,\\s/:-]*", "([-+]?[\\d.\\s]*\\d[\\d.\\s/:-]*"],
    ],
    tests: ["test/excel/textSafety.test.ts"],
  },
  {
    name: "payload: 3- and 4-byte characters counted as 2, in the adapter and in the host",
    file: "src/excel/payload.ts",
    edits: [
      [
        "bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;",
        "bytes += c < 0x80 ? 1 : c >= 0xd800 && c <= 0xdbff ? (i++, 2) : 2;",
      ],
    ],
    also: {
      file: "src/host/runtime/payload.ts",
      edits: [
        ["bytes += 4; // a surrogate pair is one 4-byte character", "bytes += 2;"],
        ["    } else bytes += 3;", "    } else bytes += 2;"],
      ],
    },
    tests: ["test/excel/payload.test.ts", "test/host/units.test.ts"],
  },
  {
    name: "Fortryd that does nothing for allocations",
    file: "src/excel/run.ts",
    edits: [
      [
        "    try {\n      await undoRecordedRun(context, layout);",
        '    try {\n      if (layout.state.meta.run.writer === "fordeling") return { status: "undone" };\n      await undoRecordedRun(context, layout);',
      ],
    ],
    tests: ["test/excel/allocation.test.ts"],
  },
  {
    name: "allocation that ignores population",
    file: "src/core/allocate/allocate.ts",
    edits: [
      ["const pops = rows.map((r) => BigInt(r.population));", "const pops = rows.map(() => 1n);"],
    ],
    tests: ["test/core/allocate.property.test.ts"],
  },
  {
    name: "shiftFormula that does nothing",
    file: "src/host/model/formulaShift.ts",
    edits: [["  if (rowOffset === 0 && colOffset === 0) return formula;", "  return formula;"]],
    tests: ["test/host/units.test.ts"],
  },
];

function scratchCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "maal-mutant-"));
  execFileSync("tar", [
    "-C",
    ROOT,
    "--exclude=./node_modules",
    "--exclude=./dist",
    "--exclude=./.git",
    "--exclude=./.stryker-tmp",
    "--exclude=./reports",
    "-cf",
    path.join(dir, "src.tar"),
    ".",
  ]);
  execFileSync("tar", ["-C", dir, "-xf", path.join(dir, "src.tar")]);
  fs.rmSync(path.join(dir, "src.tar"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

function apply(dir, file, edits) {
  const target = path.join(dir, file);
  let text = fs.readFileSync(target, "utf8");
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`target not found in ${file}: ${from}`);
    text = text.replace(from, to);
  }
  fs.writeFileSync(target, text);
}

const only = process.argv.slice(2);
let failures = 0;
for (const mutant of MUTANTS.filter((m) => only.length === 0 || only.some((o) => m.name.includes(o)))) {
  const dir = scratchCopy();
  try {
    apply(dir, mutant.file, mutant.edits);
    if (mutant.also) apply(dir, mutant.also.file, mutant.also.edits);
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "jest", "bin", "jest.js"), ...mutant.tests, "--selectProjects", "node"],
      { cwd: dir, encoding: "utf8" }
    );
    const summary = /Tests:.*$/m.exec(run.stderr)?.[0] ?? "(no summary)";
    const killed = run.status !== 0;
    if (!killed) failures++;
    console.log(`${killed ? "killed  " : "SURVIVED"}  ${mutant.name}: ${summary}`);
  } catch (e) {
    failures++;
    console.log(`ERROR     ${mutant.name}: ${e.message}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(failures === 0 ? 0 : 1);
