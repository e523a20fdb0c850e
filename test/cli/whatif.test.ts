// `maalopfyldelse whatif` on workbooks built with ExcelJS in a temp folder, run in-process as main.ts dispatches it.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { npsAnswers } from "../helpers/tables";

const HEADERS = ["Nr", "Mål", "Del", "Resultat", "Indikator", "Mål 100 %", "Mål 50 %", "Regel"];

/** Seed 004 with goal 1 at NPS 58, computed from 181 answers (P − D = 105); seed 002 goal 12 as two parts. */
async function writeBook(file: string) {
  const wb = new ExcelJS.Workbook();
  const goals = wb.addWorksheet("Mål");
  goals.getCell("A1").value = "Resultatkontrakt 2020";
  goals.addTable({
    name: "Maal",
    ref: "A3",
    headerRow: true,
    columns: HEADERS.map((name) => ({ name })),
    rows: [
      [
        "1",
        "Virksomhedernes tilfredshed med den specialiserede vejledning",
        "NPS",
        null,
        "NPS(Evaluering[Anbefaling])",
        60,
        50,
        null,
      ],
      [
        "2",
        "Virksomhedernes oplevede effekt af den specialiserede vejledning",
        null,
        "97 %",
        null,
        "70 %",
        "60 %",
        null,
      ],
      [
        "3",
        "Implementering af den fælles digitale indgang til Erhvervshusene",
        null,
        "Ja",
        null,
        null,
        null,
        "ja/nej",
      ],
      [
        "6",
        "Erhvervshusene som knudepunkter i erhvervsfremmesystemet",
        null,
        "3/4",
        null,
        null,
        null,
        "indsatser",
      ],
      ["12", "Specialiseret vejledning", "Vækst- & Driftsforløb", 365, null, 350, null, "antal"],
      [
        "12",
        "Specialiseret vejledning",
        "Korte forløb og Early Warning",
        555,
        null,
        600,
        null,
        "antal",
      ],
    ],
  });
  const evaluation = wb.addWorksheet("Evaluering");
  evaluation.addTable({
    name: "Evaluering",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "CVR" }, { name: "Anbefaling" }],
    rows: npsAnswers(120, 46, 15).map((a, i) => [String(30000000 + i), a]),
  });
  await wb.xlsx.writeFile(file);
}

let dir: string;
let book: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "maal-whatif-"));
  book = join(dir, "kontrakt.xlsx");
  await writeBook(book);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await runCli(["whatif", ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("maalopfyldelse whatif --json", () => {
  test("NPS 58 against 60/50 → 50 %; the full tier lowered to 55 → 100 %; one JSON object; the file untouched", async () => {
    const hash = sha(book);
    const { code, stdout, stderr } = await cli(
      book,
      "--set",
      "1.threshold100=55",
      "--set",
      "12/Korte forløb og Early Warning.regel=proportional",
      "--json"
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      "workbook",
      "goalTable",
      "changes",
      "before",
      "after",
      "difference",
      "distance",
      "sweep",
      "errors",
    ]);
    expect(out.goalTable).toEqual({ sheet: "Mål", name: "Maal", source: "table" });
    expect(out.changes.map((c: { description: string }) => c.description)).toEqual([
      "Mål 1: tærskel for 100 % 60 → 55",
      "Mål 12, Korte forløb og Early Warning: regel antal → proportional",
    ]);
    expect(out.changes.map((c: { rows: number[] }) => c.rows)).toEqual([[4], [9]]);
    // before: 0,5 + 1 + 1 + 0,75 + 0,5 over 5 goals; after: 1 + 1 + 1 + 0,75 + 0,9625
    expect(out.before.overall).toBeCloseTo(3.75 / 5, 12);
    expect(out.after.overall).toBeCloseTo(4.7125 / 5, 12);
    expect(out.difference.overall.delta).toBeCloseTo(0.9625 / 5, 12);
    const goal = (id: string) => out.difference.goals.find((g: { id: string }) => g.id === id);
    expect(goal("1")).toMatchObject({
      before: 0.5,
      after: 1,
      delta: 0.5,
      statusBefore: "Delvist opfyldt",
      statusAfter: "Opfyldt",
    });
    expect(goal("12").before).toBe(0.5);
    expect(goal("12").after).toBeCloseTo(0.9625, 12);
    expect(out.after.goals[0].explanation).toBe(
      "NPS 58 (181 svar: 120 anbefalere, 46 passive, 15 kritikere) ≥ 55 → 100 %"
    );
    expect(out.sweep).toEqual([]);
    expect(out.errors).toEqual([]);
    expect(sha(book)).toBe(hash);
  });

  test("distance in the workbook as it is: 9 more answers of 9–10, 2 detractors or 4 passives who become promoters", async () => {
    const { code, stdout } = await cli(book, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const nps = out.distance[0].rows[0];
    expect(nps.text).toMatch(
      /^NPS 58: 2 point fra 100 % \(9 svar mere på 9–10, eller 2 kritikere der bliver anbefalere, eller 4 passive der bliver anbefalere/
    );
    expect(nps.next.answers.slice(0, 3).map((a: { count: number }) => a.count)).toEqual([9, 2, 4]);
    const korte = out.distance.find((g: { id: string }) => g.id === "12").rows[1];
    expect(korte).toMatchObject({
      unit: "antal",
      text: "Korte forløb og Early Warning 555: 45 fra 100 %",
    });
  });

  test("--sweep: goal 1's 100 % threshold from 55 to 62 against NPS 58", async () => {
    const { code, stdout } = await cli(book, "--sweep", "1.mål100=55:62:1", "--json");
    expect(code).toBe(0);
    const rows = JSON.parse(stdout).sweep;
    expect(rows.map((r: { value: number; goal: number }) => [r.value, r.goal])).toEqual([
      [55, 1],
      [56, 1],
      [57, 1],
      [58, 1],
      [59, 0.5],
      [60, 0.5],
      [61, 0.5],
      [62, 0.5],
    ]);
    expect(rows[0].overall).toBeCloseTo((1 + 1 + 1 + 0.75 + 0.5) / 5, 12);
    expect(rows[4].overall).toBeCloseTo((0.5 + 1 + 1 + 0.75 + 0.5) / 5, 12);
  });
});

describe("maalopfyldelse whatif, text and errors", () => {
  test("a Danish before/after table", async () => {
    const { code, stdout } = await cli(
      book,
      "--set",
      "1.resultat=61",
      "--sweep",
      "1.mål100=60:62:1"
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Hvad nu hvis – kontrakt.xlsx (Mål, tabel Maal)");
    expect(stdout).toContain("Mål 1: resultat (tom) → 61 (i stedet for indikatoren)");
    expect(stdout).toMatch(/ 1 +50 % +100 % +\+50 pp {2}Opfyldt/);
    expect(stdout).toContain("Samlet målopfyldelse før:   75 %, 5 af 5 mål målt");
    expect(stdout).toContain("Samlet målopfyldelse efter: 85 %, 5 af 5 mål målt");
    expect(stdout).toContain("Gennemløb af 1.mål100:");
    expect(stdout).toMatch(/62 +50 % +75 %/);
  });

  test("an unknown goal or key: exit 1, a Danish message naming the --set argument", async () => {
    const goal = await cli(book, "--set", "99.mål100=55");
    expect(goal.code).toBe(1);
    expect(goal.stderr).toBe(
      '--set "99.mål100=55": mål 99 findes ikke i måltabellen (målene er: 1, 2, 3, 6, 12)\n'
    );
    const key = await cli(book, "--set", "1.farve=rød", "--json");
    expect(key.code).toBe(1);
    expect(key.stderr).toMatch(/^--set "1\.farve=rød": ukendt nøgle 'farve'/);
    expect(JSON.parse(key.stdout).errors[0].argument).toBe('--set "1.farve=rød"');
    const sweep = await cli(book, "--sweep", "1.mål100=50");
    expect(sweep.code).toBe(1);
    expect(sweep.stderr).toMatch(
      /^--sweep "1\.mål100=50": '1\.mål100=50' kan ikke læses som et interval/
    );
  });

  test("a change that makes a row invalid: shown, and exit 1", async () => {
    const { code, stdout, stderr } = await cli(book, "--set", "1.retning=højst", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors).toEqual([
      {
        sheet: "Mål",
        cell: "G4",
        message: "tærsklen for 50 % (50) er lavere end tærsklen for 100 % (60)",
      },
    ]);
    expect(stderr).toContain("Ændringerne giver fejl:");
  });

  test("usage errors: exit 2", async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli(book, "--year", "tyve")).code).toBe(2);
    expect((await cli(book, "--bogus")).code).toBe(2);
    expect((await cli(join(dir, "findes-ikke.xlsx"))).code).toBe(2);
  });
});
