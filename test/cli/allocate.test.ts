import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
      "Afvigelse – Arket fordeling-nordjylland-2019.csv, celle B13: beløbene summer til 16.488.000 kr., 12.000 kr. mindre end totalen 16.500.000 kr."
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
    expect(stderr).toContain("Arket fordeling-nordjylland-2019.csv, celle A1: kolonnen 'Indbyggere' mangler");
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
      // The date of the populations, against DST's quarterly figures (data README: seed 000).
      ["population-date", null, "B1"],
      ["population-date-other", "Vejen", "B12"],
    ]);
    expect(out.audit[6].message).toBe(
      "indbyggertallene er Danmarks Statistiks tal pr. 1. oktober 2017 (12 af 13 kommuner). De nyeste tal er pr. 1. januar 2026"
    );
    expect(out.audit[7].message).toBe(
      "Vejen: 42.822 er Danmarks Statistiks tal pr. 1. januar 2017, ikke pr. 1. oktober 2017 (42.893)"
    );
    expect(out.auditSummary).toContain(
      "5 af 13 andele følger ikke af indbyggertallene; andelene summer til 100,01 %; indbyggertallene er fra 1. oktober 2017 (12 af 13 kommuner); 1 er fra en anden dato."
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
      "Afvigelse – Arket fordeling-sydjylland-2020.csv, celle C3: Esbjerg: angivet andel 15,23 %, men 116.045 af 762.264 indbyggere er 15,2237 %, dvs. 15,22 %"
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
    expect(bad.stderr).toContain("Arket Nøgle, celle B4: indbyggertallet for Fanø skal være over 0 (står 0)");

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
    expect(stderr).toContain("Arket dublet.csv, celle A3: Vejle står to gange (også i række 2)");
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
    expect(stderr).toContain("Arket findes-ikke.csv, celle A1: filen findes ikke");
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
    [
      ["--total", "100"],
      "angiv en fil (en arbejdsbog .xlsx eller en CSV-fil), --hub <Erhvervshus> eller --national",
    ],
    [[SYDJYLLAND, "--hub", "Fyn", "--total", "100"], "angiv præcis én kilde"],
    [[SYDJYLLAND, "--total", "100", "--year", "2019"], "--year bruges med --hub eller --national"],
    [
      ["--hub", "Nordjyland", "--total", "100"],
      "--hub: 'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland?",
    ],
    [
      ["--hub", "Fyn", "--total", "100", "--year", "2030"],
      "--year 2030: der er ingen indbyggertal for 1. januar 2030",
    ],
    [["--hub", "Fyn", "--total", "100", "--year", "tyve"], "--year 'tyve' er ikke et år"],
    [["--national", "100", "--total", "100"], "--national er selv totalen"],
    [["--national", "1000", "--fixed", "100"], "--fixed kan ikke bruges med --national"],
    [["--hub", "Fyn", "--total", "100", "--key", "amount"], "--key amount bruges kun med en fil"],
    [["nøgle.pdf", "--total", "100"], "hverken en arbejdsbog"],
  ] as [string[], string][])("wrong usage %j exits 2: %s", async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain("Brug: maalopfyldelse");
  });
});

describe("maalopfyldelse allocate --hub: the shipped populations (Kilde: Danmarks Statistik)", () => {
  const seed003 = [
    "--hub",
    "Nordjylland",
    "--year",
    "2018",
    "--total",
    "16500000",
    "--unit",
    "1000",
    "--instalments",
    "12",
  ];

  test("--method round-each reproduces seed 003's printed table exactly: 11 amounts, 16.488.000 kr. in all", async () => {
    const { code, stdout, stderr } = await cli(...seed003, "--method", "round-each");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const printed: [string, string][] = [
      ["Morsø", "576.000"],
      ["Thisted", "1.224.000"],
      ["Brønderslev", "1.020.000"],
      ["Frederikshavn", "1.680.000"],
      ["Vesthimmerlands", "1.044.000"],
      ["Læsø", "48.000"],
      ["Rebild", "840.000"],
      ["Mariagerfjord", "1.176.000"],
      ["Jammerbugt", "1.080.000"],
      ["Aalborg", "5.976.000"],
      ["Hjørring", "1.824.000"],
    ];
    for (const [name, amount] of printed)
      expect(stdout).toMatch(
        new RegExp(`^${name}\\s+[\\d.]+\\s+[\\d,]+ %\\s+${amount.replace(/\./g, "\\.")}\\s`, "m")
      );
    expect(stdout).toMatch(/^I alt\s+589\.148\s+100,0000 %\s+16\.488\.000\s+1\.374\.000/m);
    expect(stdout).toContain("Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2018)");
    expect(stdout).toMatch(/^Aalborg\s+213\.558\s/m);
  });

  test("largest remainder (the default) gives 16.500.000 kr. exactly; --json names hub, year, source and codes", async () => {
    const { code, stdout } = await cli(...seed003, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      file: null,
      hub: "Nordjylland",
      year: 2018,
      source: "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2018)",
      total: 16_500_000,
      sum: 16_500_000,
      difference: 0,
      method: "largest-remainder",
      instalmentSum: 1_375_000,
    });
    expect(out.rows).toHaveLength(11);
    expect(out.rows[9]).toMatchObject({ code: 851, name: "Aalborg", population: 213_558 });
    expect(out.rows.reduce((a: number, r: { amount: number }) => a + r.amount, 0)).toBe(16_500_000);
  });
});

describe("maalopfyldelse allocate --national: over the six hubs, then their municipalities", () => {
  test("161.800.000 kr. by 1 January 2019 in whole 1.000 kr.: exact at both levels (sums in BigInt)", async () => {
    const { code, stdout } = await cli(
      "--national",
      "161800000",
      "--year",
      "2019",
      "--unit",
      "1000",
      "--json"
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const big = (xs: number[]) => xs.reduce((a, x) => a + BigInt(x), 0n);
    expect(out.rows.map((r: { name: string }) => r.name)).toEqual([
      "Hovedstaden",
      "Sjælland",
      "Fyn",
      "Sydjylland",
      "Midtjylland",
      "Nordjylland",
    ]);
    expect(big(out.rows.map((r: { amount: number }) => r.amount))).toBe(161_800_000n);
    expect(big(out.rows.map((r: { population: number }) => r.population))).toBe(5_805_991n);
    expect(out.hubs).toHaveLength(6);
    let municipalities = 0;
    for (const [i, hub] of out.hubs.entries()) {
      expect(hub.name).toBe(out.rows[i].name);
      expect(hub.amount).toBe(out.rows[i].amount);
      expect(big(hub.rows.map((r: { amount: number }) => r.amount))).toBe(BigInt(hub.amount));
      expect(big(hub.rows.map((r: { population: number }) => r.population))).toBe(
        BigInt(hub.population)
      );
      for (const r of hub.rows) expect(r.amount % 1000).toBe(0);
      municipalities += hub.rows.length;
    }
    expect(municipalities).toBe(98);
  });

  test("the Danish text: the hub table, then one table per hub, and the source", async () => {
    const { code, stdout } = await cli(
      "--national",
      "161.800.000",
      "--year",
      "2019",
      "--unit",
      "1000"
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^I alt\s+5\.805\.991\s+100,0000 %\s+161\.800\.000/m);
    expect(stdout).toContain("til de 2 huse med de største rester");
    expect(stdout.match(/^Erhvervshus \S+: [\d.]+ kr\. over \d+ kommuner$/gm)).toHaveLength(6);
    expect(
      stdout.trimEnd().endsWith("Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2019)")
    ).toBe(true);
  });
});

describe("maalopfyldelse allocate reads a CSV however Excel saved it", () => {
  test("seed 000's key as UTF-8, UTF-8 with BOM and Windows-1252: identical JSON, Fanø, Sønderborg and Tønder intact", async () => {
    const text = readFileSync(SYDJYLLAND, "utf8").replace(/^\uFEFF/, "");
    const files: Record<string, Buffer> = {
      "utf8.csv": Buffer.from(text, "utf8"),
      "bom.csv": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
      "ansi.csv": Buffer.from(text, "latin1"), // Windows-1252 for every character here (Node's own encoder)
    };
    const outputs: unknown[] = [];
    for (const [name, bytes] of Object.entries(files)) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const { code, stdout } = await cli(file, "--total", "10000000", "--unit", "1000", "--json");
      expect(code).toBe(0);
      const out = JSON.parse(stdout);
      expect(out.rows.map((r: { name: string }) => r.name)).toEqual(
        expect.arrayContaining(["Fanø", "Sønderborg", "Tønder"])
      );
      outputs.push({
        ...out,
        file: null,
        sheet: null,
        audit: out.audit.map((f: { sheet: string }) => ({ ...f, sheet: null })),
      });
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    const ansi = await cli(join(dir, "ansi.csv"), "--total", "10000000");
    expect(ansi.stdout).toMatch(/^Fanø\s+3\.403\s/m);
    expect(ansi.stdout).not.toContain("\uFFFD");
  });
});
