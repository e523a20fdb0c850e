// The lint holds src/excel's boundaries (eslint.config.mjs): a writer imports only workbook/ and the core, workbook/
// imports no writer, and nothing inside src/excel imports its public surface. Each case lints a one-line file placed
// in a folder (ESLint's lintText with a filePath; the file need not exist) with the project's own configuration, in a
// child process: the configuration is an ES module, which Jest's module system does not load.
import { execFileSync } from "child_process";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");

interface Case {
  /** Where the probe file would live. */
  file: string;
  /** What it imports. */
  from: string;
}

/** The no-restricted-imports messages ESLint gives for each case (empty: allowed). */
function lint(cases: Case[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const out = [];
      for (const c of cases) {
        const code = 'import { x } from "' + c.from + '";\\nexport const y = x;\\n';
        const [result] = await eslint.lintText(code, { filePath: c.file });
        out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const stdout = execFileSync(process.execPath, ["-e", script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(stdout) as string[][];
}

const probe = (folder: string) => path.join(ROOT, "src", "excel", folder, "lintProbe.ts");

const FORBIDDEN: Case[] = [
  // A writer importing another writer.
  { file: probe("goals"), from: "../allocation/run" },
  { file: probe("goals"), from: "../scenario/run" },
  { file: probe("allocation"), from: "../goals/plan" },
  { file: probe("scenario"), from: "../goals/summary" },
  { file: probe("scenario"), from: "../allocation/sheet" },
  // The same through a longer path, and through the public surface.
  { file: probe("goals"), from: "../../excel/allocation/run" },
  { file: probe("allocation"), from: "../index" },
  { file: probe("allocation"), from: ".." },
  // workbook/ importing a writer or the public surface.
  { file: probe("workbook"), from: "../goals/run" },
  { file: probe("workbook"), from: "../allocation/columns" },
  { file: probe("workbook"), from: "../scenario/run" },
  { file: probe("workbook"), from: "../index" },
  // Neither reaches out of src/excel but to the core.
  { file: probe("goals"), from: "../../taskpane/i18n" },
  { file: probe("workbook"), from: "../../host" },
];

const ALLOWED: Case[] = [
  { file: probe("goals"), from: "./summary" },
  { file: probe("goals"), from: "../workbook/lifecycle" },
  { file: probe("allocation"), from: "../workbook/outputColumns" },
  { file: probe("scenario"), from: "../../core/whatif" },
  { file: probe("workbook"), from: "./layout" },
  { file: probe("workbook"), from: "../../core/address" },
  { file: probe("workbook"), from: "zod" },
];

describe("src/excel's boundaries in the lint", () => {
  const results = lint([...FORBIDDEN, ...ALLOWED]);
  const forbidden = results.slice(0, FORBIDDEN.length);
  const allowed = results.slice(FORBIDDEN.length);

  test.each(FORBIDDEN.map((c, i) => [path.relative(ROOT, c.file), c.from, i] as const))(
    "%s may not import %s",
    (_file, _from, i) => {
      expect(forbidden[i]).toHaveLength(1);
      expect(forbidden[i][0]).toMatch(/imports only|imports no writer/);
    }
  );

  test.each(ALLOWED.map((c, i) => [path.relative(ROOT, c.file), c.from, i] as const))(
    "%s may import %s",
    (_file, _from, i) => {
      expect(allowed[i]).toEqual([]);
    }
  );
});
