// `maalopfyldelse evaluate` on real .xlsx files: the sample workbooks built from the seeds, and broken copies.
import { execFile } from "child_process";
import { createHash } from "crypto";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import ExcelJS from "exceljs";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { goalWorkbook, nordjylland2020Rows, type GoalRow } from "../helpers/workbooks";

/** Seed 004's nine goals, from assets/ (test/helpers/samples.ts). */
let NORDJYLLAND_2020: GoalRow[];
beforeAll(async () => {
  NORDJYLLAND_2020 = await nordjylland2020Rows();
});

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_2020 = path.join(ROOT, "assets", "nordjylland-2020-afrapportering.xlsx");
const SAMPLE_2021 = path.join(ROOT, "assets", "nordjylland-2021-status.xlsx");
const SAMPLE_RAW = path.join(ROOT, "assets", "sydjylland-2021-raadata.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "maal-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await runCli(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false
  );

describe("the sample workbooks built from the seeds", () => {
  test("seed 004, Nordjylland 2020: overall 97,2 % with goal 6 at 75 %; the input file is not changed", async () => {
    const out = path.join(dir, "nj2020.xlsx");
    const before = await sha(SAMPLE_2020);
    const { code, out: stdout } = await cli("evaluate", SAMPLE_2020, "--out", out, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.overall).toBeCloseTo(0.972, 3);
    expect(json.overall).toBeCloseTo(8.75 / 9, 12);
    expect(json.goals).toHaveLength(9);
    expect(json.goals.find((g: { id: string }) => g.id === "6")).toMatchObject({
      fulfilment: 0.75,
      status: "Delvist opfyldt",
    });
    expect(json.goals.filter((g: { fulfilment: number }) => g.fulfilment === 1)).toHaveLength(8);
    expect(json.errors).toEqual([]);
    expect(json.output).toBe(out);
    expect(await sha(SAMPLE_2020)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Mål")!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "Nr",
      "Type",
      "Mål",
      "Del",
      "Resultat",
      "Mål 100 %",
      "Mål 50 %",
      "Regel",
      "Bemærkning",
      "Opfyldelse",
      "Status",
      "Forklaring",
    ]);
    expect(sheet.getCell("J9").value).toBe(0.75);
    expect(sheet.getCell("J9").numFmt).toBe("0.0 %");
    expect(sheet.getCell("K9").value).toBe("Delvist opfyldt");
    expect(sheet.getCell("L9").value).toBe("4 indsatser: 3 af 4 indsatser → 75 %");
    const summary = wb.getWorksheet("Oversigt")!;
    expect(summary.getCell("B5").value).toBeCloseTo(8.75 / 9, 12);
    expect(summary.getCell("A9").value).toBe("97,2 %, 9 af 9 mål målt");
  });

  test("a second run on its own output reuses the three output columns and gives the same figures", async () => {
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const a = await cli("evaluate", SAMPLE_2020, "--out", first, "--json");
    const b = await cli("evaluate", first, "--out", second, "--json");
    expect(b.code).toBe(0);
    const strip = (s: string) => ({ ...JSON.parse(s), output: null });
    expect(strip(b.out)).toEqual(strip(a.out));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    const headers = (wb.getWorksheet("Mål")!.getRow(3).values as unknown[]).filter(Boolean);
    expect(headers.filter((h) => h === "Status")).toHaveLength(1);
    expect(headers).toHaveLength(12);
  });

  test("seed 002, Nordjylland 2021 status: segments, counts and pending goals give 85,7 % (50–91,7 %)", async () => {
    const { code, out } = await cli(
      "evaluate",
      SAMPLE_2021,
      "--out",
      path.join(dir, "nj2021.xlsx"),
      "--json"
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.overall).toBeCloseTo(6 / 7, 12);
    expect(json.overallRange[0]).toBeCloseTo(6 / 12, 12);
    expect(json.overallRange[1]).toBeCloseTo(11 / 12, 12);
    expect(json.pending).toEqual(["1", "2", "5", "6", "8"]);
    const goal3 = json.goals.find((g: { id: string }) => g.id === "3");
    expect(goal3.fulfilment).toBe(0.5);
    expect(goal3.parts[0].rows.map((r: { explanation: string }) => r.explanation)).toEqual([
      "Drift 75 % < 80 % → 0 %",
      "Vækst 81 % ≥ 80 % → 100 %",
    ]);
    const goal12 = json.goals.find((g: { id: string }) => g.id === "12");
    expect(goal12.parts.map((p: { fulfilment: number }) => p.fulfilment)).toEqual([1, 0]);
  });

  test("seed 001, Sydjylland: NPS, shares, counts and new companies computed from raw rows → 82,5 %", async () => {
    const { code, out } = await cli(
      "evaluate",
      SAMPLE_RAW,
      "--out",
      path.join(dir, "sj.xlsx"),
      "--json"
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.overall).toBeCloseTo(4.95 / 6, 12);
    const rows = json.goals.flatMap((g: { parts: { rows: unknown[] }[] }) =>
      g.parts.flatMap((p) => p.rows)
    );
    expect(rows.map((r: { result: string }) => r.result)).toEqual([
      "60 %",
      "82 %",
      "75 %",
      "65",
      "75",
      "56 %",
      "70 %",
      "75 %",
      "370",
      "540",
    ]);
  });

  test("the Danish summary table", async () => {
    const { code, out } = await cli("evaluate", SAMPLE_2020, "--out", path.join(dir, "table.xlsx"));
    expect(code).toBe(0);
    expect(out).toContain(" 6          75 %  Delvist opfyldt");
    expect(out).toContain("Samlet målopfyldelse: 97,2 %, 9 af 9 mål målt");
  });
});

describe("bad input: a Danish error with sheet and cell, exit code 1, no file written", () => {
  const HEADERS = ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"];
  // Rows from seed 004 (loaded in beforeAll, so each case is a function of it).
  const cases: [string, (seed: GoalRow[]) => GoalRow[], string[] | undefined, string][] = [
    [
      "text in a number column",
      (seed) => seed.map((r) => (r[0] === "1" ? [...r.slice(0, 3), "7O", ...r.slice(4)] : r)),
      undefined,
      "Arket Mål, celle D4: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)",
    ],
    [
      "tiers in the wrong order",
      (seed) => seed.map((r) => (r[0] === "1" ? [...r.slice(0, 4), 50, 60, null] : r)),
      undefined,
      "Arket Mål, celle F4: tærsklen for 50 % (60) er højere end tærsklen for 100 % (50)",
    ],
    [
      "a duplicated goal row",
      (seed) => [...seed, seed[0]],
      undefined,
      "Arket Mål, celle A13: mål 1, del 'NPS' står to gange (også i række 4)",
    ],
    [
      "a missing Resultat header",
      (seed) => seed.map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]]),
      ["Nr", "Mål", "Del", "Mål 100 %", "Mål 50 %", "Regel"],
      "Arket Mål, celle A3: kolonnen 'Resultat' mangler i måltabellen",
    ],
    [
      "an empty table",
      () => [[null, null, null, null, null, null, null]],
      undefined,
      "Arket Mål, celle A3: måltabellen er tom: der er ingen mål under overskriftsrækken",
    ],
    [
      "an unknown indicator column",
      () => [["1", "Tilfredshed", "NPS", null, 60, 50, null, "NPS(Evaluering[Anbefalng])"]],
      [...HEADERS, "Indikator"],
      "Arket Mål, celle H4: ukendt kolonne 'Anbefalng' i tabellen Evaluering (kendte: Anbefaling)",
    ],
  ];
  test.each(cases)("%s", async (_name, rowsOf, headers, expected) => {
    const wb = goalWorkbook(rowsOf(NORDJYLLAND_2020), {
      headers,
      extraSheets: (book) => {
        const ev = book.addWorksheet("Evaluering");
        ev.getCell("A1").value = "Anbefaling";
        ev.getCell("A2").value = 9;
      },
    });
    const input = path.join(dir, `bad-${_name.replace(/\W+/g, "-")}.xlsx`);
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, `bad-out-${_name.replace(/\W+/g, "-")}.xlsx`);
    const { code, out: stdout, err } = await cli("evaluate", input, "--out", out, "--json");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    // The JSON keeps sheet and cell as fields; the text names them in words.
    expect(
      json.errors.map(
        (e: { sheet: string; cell: string; message: string }) =>
          `Arket ${e.sheet}, celle ${e.cell}: ${e.message}`
      )
    ).toEqual([expected]);
    expect(err).toContain(expected);
    expect(await exists(out)).toBe(false);
  });
});

describe("usage", () => {
  test("no workbook, an unknown option, an unknown command: exit code 2 with the usage", async () => {
    expect((await cli("evaluate")).code).toBe(2);
    expect((await cli("evaluate", SAMPLE_2020, "--frobnicate")).code).toBe(2);
    expect((await cli("evaluate", SAMPLE_2020, "--year", "tyve")).code).toBe(2);
    const unknown = await cli("evalute", SAMPLE_2020);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Ukendt kommando 'evalute'");
    expect((await cli()).code).toBe(2);
  });

  test("a file that is not a workbook is a Danish error, not a stack trace", async () => {
    const bogus = path.join(dir, "bogus.xlsx");
    await fs.writeFile(bogus, "ikke en arbejdsbog");
    const { code, err } = await cli("evaluate", bogus);
    expect(code).toBe(1);
    expect(err).toMatch(/kan ikke åbnes som en Excel-arbejdsbog/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  // Runs the compiled dist/node, which a mutation run's sandbox does not have (npm run mutate leaves it out).
  (process.env.MUTATION_RUN ? test.skip : test)("the installed command line (bin/maalopfyldelse.js) runs as a separate process", async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [
      path.join(ROOT, "bin", "maalopfyldelse.js"),
      "evaluate",
      SAMPLE_2020,
      "--out",
      path.join(dir, "bin.xlsx"),
      "--json",
    ]);
    expect(JSON.parse(stdout).overall).toBeCloseTo(8.75 / 9, 12);
  });
});
