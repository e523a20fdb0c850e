// Generated workbooks through the command line, as files: `maalopfyldelse evaluate <file> --json --out <out>`
// (runCli with memoryIo, in-process). Fixed seed; FUZZ_RUNS raises the count. For every workbook:
//  - runCli returns 0 or 1 (never 2: the usage is right), never throws, and prints no stack trace and no "Intern fejl";
//  - stdout is exactly one JSON object; its errors carry a sheet and an A1 cell;
//  - exit 0 ⇔ the output file exists, holds the figures printed, and no error is listed; exit 1 ⇔ no output file;
//  - the input file is never changed;
//  - the same file gives the same JSON twice (the CLI has no clock in its JSON).
import { createHash } from "crypto";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import fc from "fast-check";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { loadExcelHost } from "../../src/host";
import { fuzzBookArb, fuzzSettings, workbookBytes } from "../helpers/fuzzWorkbooks";

let dir: string;
let n = 0;
const seen: Record<string, number> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "maal-fuzz-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false
  );
const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

async function evaluate(input: string, out: string) {
  const io = memoryIo();
  const code = await runCli(["evaluate", input, "--json", "--out", out], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe("generated workbooks through `maalopfyldelse evaluate` (fast-check)", () => {
  test("exit 0 or 1, one JSON object, no stack trace, output file exactly when written, input untouched", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzBookArb, async (book) => {
        const input = path.join(dir, `in-${++n}.xlsx`);
        const out = path.join(dir, `out-${n}.xlsx`);
        const out2 = path.join(dir, `out-${n}-again.xlsx`);
        await fs.writeFile(input, await workbookBytes(book));
        const before = await sha(input);

        const first = await evaluate(input, out);
        const second = await evaluate(input, out2);
        seen[first.code] = (seen[first.code] ?? 0) + 1;

        expect([0, 1]).toContain(first.code);
        expect(first.stderr).not.toMatch(/\n\s+at /);
        expect(first.stderr).not.toContain("Intern fejl");
        expect(first.stdout.trim().split("\n")).toHaveLength(1);
        const json = JSON.parse(first.stdout);
        for (const e of json.errors as { sheet: string; cell: string }[]) {
          expect(e.sheet).not.toBe("");
          expect(e.cell).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
        }
        if (first.code === 0) {
          expect(json.errors).toEqual([]);
          expect(json.output).toBe(out);
          expect(await exists(out)).toBe(true);
          // The file the CLI wrote opens again and shows the overall it printed.
          const written = (await loadExcelHost(await fs.readFile(out))).snapshot();
          // The add-in's summary is the sheet it added last (a user may have sheets of similar names).
          const summary = [...written.sheets]
            .reverse()
            .find((s) => /^(Oversigt|Målopfyldelse oversigt)/.test(s.name));
          const b5 = summary?.cells.find((c) => c.address === "B5");
          expect(b5?.value ?? "").toEqual(json.overall === null ? "" : json.overall);
        } else {
          expect(json.output).toBeNull();
          expect(await exists(out)).toBe(false);
          expect(json.errors.length + json.conflicts.length).toBeGreaterThan(0);
        }
        expect(await sha(input)).toBe(before);

        // Same file, same answer.
        expect(second.code).toBe(first.code);
        expect({ ...JSON.parse(second.stdout), output: null }).toEqual({ ...json, output: null });
      }),
      fuzzSettings(60)
    );
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[1]).toBeGreaterThan(0);
    if (process.env.FUZZ_REPORT) console.log(`fuzz.cli exit codes: ${JSON.stringify(seen)}`);
  }, 600_000);
});
