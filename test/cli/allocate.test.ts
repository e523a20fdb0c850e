import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { memoryIo } from "../../src/cli/io";
// runAllocate directly, as src/cli/main.ts dispatches `allocate` to it: keeps these tests independent of the other
// commands' modules.
import { runAllocate } from "../../src/cli/allocate";

const NORDJYLLAND = "assets/fordeling-nordjylland-2019.csv";
const SYDJYLLAND = "assets/fordeling-sydjylland-2020.csv";

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await runAllocate(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "maal-allocate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("maalopfyldelse allocate, seed 003 (Nordjylland 2019)", () => {
  test("--json: 16.500.000 kr. in 1.000-kr. monthly units sums to exactly 16.500.000 kr., one object on stdout", async () => {
    const { code, stdout, stderr } = await cli(
      NORDJYLLAND,
      "--total",
      "16500000",
      "--unit",
      "1000",
      "--instalments",
      "12",
      "--key",
      "amount",
      "--json"
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      total: 16_500_000,
      unit: 1000,
      instalments: 12,
      method: "largest-remainder",
      sum: 16_500_000,
      difference: 0,
    });
    expect(out.rows).toHaveLength(11);
    expect(Object.keys(out.rows[0])).toEqual(
      expect.arrayContaining(["name", "population", "share", "amount", "instalment"])
    );
    expect(out.rows.find((r: { name: string }) => r.name === "Aalborg")).toMatchObject({
      amount: 5_988_000,
      instalment: 499_000,
      population: null,
    });
    expect(out.rows.reduce((s: number, r: { instalment: number }) => s + r.instalment, 0)).toBe(
      1_375_000
    );
    expect(out.audit.map((f: { kind: string }) => f.kind)).toEqual([
      "amount-gap",
      "instalment-rounding",
    ]);
  });

  test("--method round-each reproduces the printed amounts (16.488.000 kr.) and reports the 12.000 kr. gap", async () => {
    const { code, stdout } = await cli(
      NORDJYLLAND,
      "--total",
      "16.500.000",
      "--unit",
      "1000",
      "--instalments",
      "12",
      "--key",
      "amount",
      "--method",
      "round-each",
      "--json"
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.sum).toBe(16_488_000);
    expect(out.difference).toBe(-12_000);
    expect(out.rows.map((r: { amount: number }) => r.amount / 1000)).toEqual([
      576, 1224, 1020, 1680, 1044, 48, 840, 1176, 1080, 5976, 1824,
    ]);
    expect(out.audit.map((f: { kind: string }) => f.kind)).toEqual([
      "amount-gap",
      "instalment-rounding",
      "amounts-reproduced",
    ]);
  });

  test("the Danish table: kommune, key, andel, beløb, pr. rate, then the method sentence and the audit", async () => {
    const { code, stdout } = await cli(
      NORDJYLLAND,
      "--total",
      "16500000",
      "--unit",
      "1000",
      "--instalments",
      "12",
      "--key",
      "amount"
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Kommune\s+Nøgle \(angivet beløb\)\s+Andel\s+Beløb \(kr\.\)\s+Pr\. rate \(kr\.\)/m
    );
    expect(stdout).toMatch(/^Aalborg\s+5\.976\.000\s+36,2445 %\s+5\.988\.000\s+499\.000/m);
    expect(stdout).toMatch(/^I alt\s+16\.488\.000\s+100,0000 %\s+16\.500\.000\s+1\.375\.000/m);
    expect(stdout).toContain("Metode: største rest (Hamilton).");
    expect(stdout).toContain(
      "Afvigelse fordeling-nordjylland-2019.csv!B13: beløbene summer til 16.488.000 kr., 12.000 kr. mindre end totalen 16.500.000 kr."
    );
  });

  test("without populations and without --key amount: exit 1, the error names the table, nothing on stdout", async () => {
    const { code, stdout, stderr } = await cli(
      NORDJYLLAND,
      "--total",
      "16500000",
      "--unit",
      "1000",
      "--instalments",
      "12"
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("fordeling-nordjylland-2019.csv!A1: kolonnen 'Indbyggere' mangler");
  });

  test("a total that is not 12 × 1.000 kr. units is an input error naming --total", async () => {
    const { code, stdout, stderr } = await cli(
      NORDJYLLAND,
      "--total",
      "16500001",
      "--unit",
      "1000",
      "--instalments",
      "12",
      "--key",
      "amount"
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "--total: totalen 16.500.001 kr. kan ikke deles i 12 månedsrater af hele 1.000 kr."
    );
  });
});

describe("maalopfyldelse allocate, seed 000 (Sydjylland 2020)", () => {
  test("--json audit lists Billund, Esbjerg, Haderslev, Kolding and Vejle with their cells, and the 100,01 % sum", async () => {
    const { code, stdout } = await cli(SYDJYLLAND, "--total", "10000000", "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.sum).toBe(10_000_000);
    expect(out.rows[1]).toMatchObject({
      name: "Esbjerg",
      population: 116_045,
      share: 116_045 / 762_264,
    });
    const findings = out.audit.map((f: { kind: string; row: string | null; cell: string }) => [
      f.kind,
      f.row,
      f.cell,
    ]);
    expect(findings).toEqual([
      ["share-mismatch", "Billund", "C2"],
      ["share-mismatch", "Esbjerg", "C3"],
      ["share-mismatch", "Haderslev", "C6"],
      ["share-mismatch", "Kolding", "C7"],
      ["share-mismatch", "Vejle", "C13"],
      ["share-sum", null, "C15"],
    ]);
    expect(out.auditSummary).toContain(
      "5 af 13 andele følger ikke af indbyggertallene; andelene summer til 100,01 %"
    );
  });

  test("the text output shows the stated share beside the recomputed one", async () => {
    const { stdout } = await cli(
      SYDJYLLAND,
      "--total",
      "10000000",
      "--unit",
      "1000",
      "--instalments",
      "4"
    );
    expect(stdout).toMatch(
      /^Esbjerg\s+116\.045\s+15,2237 %\s+1\.524\.000\s+381\.000\s+\+1\.627,17\s+15,23 %$/m
    );
    expect(stdout).toContain(
      "Afvigelse fordeling-sydjylland-2020.csv!C3: Esbjerg: angivet andel 15,23 %, men 116.045 af 762.264 indbyggere er 15,2237 %, dvs. 15,22 %"
    );
  });
});

describe("maalopfyldelse allocate, input files and usage", () => {
  test("a workbook: the first sheet with Kommune and Indbyggere is the key, errors name sheet and cell", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Noter").addRow(["Fordelingsnøgle for basisbevillingen"]);
    const ws = wb.addWorksheet("Nøgle");
    ws.addRow(["Kommune", "Indbyggere"]);
    ws.addRow(["Billund", 26491]);
    ws.addRow(["Esbjerg", 116045]);
    ws.addRow(["Fanø", 0]);
    const file = join(dir, "nøgle.xlsx");
    await wb.xlsx.writeFile(file);
    const bad = await cli(file, "--total", "1000000");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Nøgle!B4: indbyggertallet for Fanø skal være over 0 (står 0)");

    ws.getCell("B4").value = 3403;
    await wb.xlsx.writeFile(file);
    const good = await cli(file, "--total", "1000000", "--json");
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ sheet: "Nøgle", sum: 1_000_000 });
  });

  test("a comma-separated CSV without BOM, with a duplicated municipality: exit 1 naming the cell", async () => {
    const file = join(dir, "dublet.csv");
    writeFileSync(file, "Kommune,Indbyggere\nVejle,113978\nVejle,113978\n", "utf8");
    const { code, stderr } = await cli(file, "--total", "100");
    expect(code).toBe(1);
    expect(stderr).toContain("dublet.csv!A3: Vejle står to gange (også i række 2)");
  });

  test("--json with input errors prints one object with the errors", async () => {
    const file = join(dir, "tom.csv");
    writeFileSync(file, "\uFEFFKommune;Indbyggere\n", "utf8");
    const { code, stdout } = await cli(file, "--total", "100", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      errors: [{ sheet: "tom.csv", cell: "A1", code: "empty-key" }],
    });
  });

  test("a file that does not exist is an input error", async () => {
    const { code, stderr } = await cli(join(dir, "findes-ikke.csv"), "--total", "100");
    expect(code).toBe(1);
    expect(stderr).toContain("findes-ikke.csv!A1: filen findes ikke");
  });

  test.each([
    [[SYDJYLLAND], "--total mangler"],
    [[SYDJYLLAND, "--total", "100", "--method", "hamilton"], "ukendt --method 'hamilton'"],
    [
      [SYDJYLLAND, "--total", "100", "--instalments", "2"],
      "--instalments '2' skal være 1, 4 eller 12",
    ],
    [[SYDJYLLAND, "--total", "16,5 mio"], "--total '16,5 mio' er ikke et beløb"],
    [[SYDJYLLAND, "--total", "100", "--unit", "0"], "--unit skal være over 0 kr."],
    [[SYDJYLLAND, "--total", "100", "--bogus"], "ukendt tilvalg '--bogus'"],
    [[SYDJYLLAND, "--total"], "tilvalget '--total' mangler en værdi"],
    [["--total", "100"], "angiv præcis én fil"],
    [["nøgle.pdf", "--total", "100"], "hverken en arbejdsbog"],
  ])("wrong usage %j exits 2: %s", async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain("Brug: maalopfyldelse");
  });
});
