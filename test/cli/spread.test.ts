// `maalopfyldelse spread` on the sample activity list assets/crm-nordjylland-2021.xlsx (constructed for the example,
// see scripts/build-crm-sample.js). The oracle is computed here from the file itself (read with ExcelJS, not with
// the add-in's reader), from the spellings below and from DST's 1 January 2021 populations and kommunegrupper as
// listed in the data README's kommuner.csv, not from the code under test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { memoryIo } from "../../src/cli/io";
import { runSpread } from "../../src/cli/spread";
import { runEvaluate } from "../../src/cli/evaluate";
import {
  NORDJYLLAND,
  OTHER_HUBS,
  oracle,
  SAMPLE,
  sampleRows,
  SPELLINGS,
  type Row,
} from "../helpers/crmSample";

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await runSpread(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let dir: string;
let rows: Row[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "maal-spread-"));
  rows = await sampleRows();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("maalopfyldelse spread on the sample activity list (Nordjylland 2021)", () => {
  test("the sample is what its README says: 388 rows, all municipalities as written known to the oracle", () => {
    expect(rows).toHaveLength(388);
    for (const r of rows)
      expect(
        r.kommune === "" ||
          r.kommune in NORDJYLLAND ||
          r.kommune in SPELLINGS ||
          OTHER_HUBS.includes(r.kommune)
      ).toBe(true);
  });

  test("--json: per municipality, coverage and rural index (DST Landkommuner) as the oracle computes them", async () => {
    const { code, stdout, stderr } = await cli(
      SAMPLE,
      "--hub",
      "Nordjylland",
      "--year",
      "2021",
      "--json"
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    expect(out).toMatchObject({ hub: "Nordjylland", year: 2021, sheet: "CRM", errors: [] });
    expect(out.source).toBe(
      "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2021; kommunegrupper v1:2018)"
    );
    expect(out.municipalities).toHaveLength(11);
    for (const e of o.per) {
      const m = out.municipalities.find((x: { name: string }) => x.name === e.name);
      expect(m).toMatchObject({
        code: NORDJYLLAND[e.name].code,
        group: NORDJYLLAND[e.name].group,
        population: NORDJYLLAND[e.name].population,
        activities: e.activities,
        companies: e.companies,
        rural: e.rural,
        ruralSource: "dst",
      });
      expect(m.perTenThousand).toBeCloseTo(e.perTenThousand, 10);
      expect(m.index).toBeCloseTo(e.index, 10);
    }
    // Sorted by index, highest first.
    const indices = out.municipalities.map((m: { index: number }) => m.index);
    expect([...indices].sort((a, b) => b - a)).toEqual(indices);
    expect(out.coverage).toEqual({ covered: o.covered, of: 11, share: o.covered / 11, minimum: 1 });
    expect(o.covered).toBe(10);
    expect(out.rural.index).toBeCloseTo(o.ruralIndex, 10);
    expect(out.rural.activityShare).toBeCloseTo(o.activityShare, 12);
    expect(out.rural.populationShare).toBeCloseTo(o.populationShare, 12);
    expect(out.rural.classification).toBe("dst");
    expect(out.totals).toMatchObject({ activities: o.A, population: o.P, rows: 388 });
    expect(out.outside.map((x: { cell: string; value: string }) => [x.cell, x.value])).toEqual(
      o.outside.map((r) => [r.cell, r.kommune])
    );
    expect(out.outside).toHaveLength(8);
  });

  test("--rural 'Land og by' (the sample's own list: only Aalborg is by) wins over DST's groups", async () => {
    const { code, stdout } = await cli(
      SAMPLE,
      "--hub",
      "Nordjylland",
      "--year",
      "2021",
      "--rural",
      "Land og by",
      "--json"
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const o = oracle(rows, (name) => name !== "Aalborg");
    expect(out.rural.classification).toBe("user");
    expect(out.rural.index).toBeCloseTo(o.ruralIndex, 10);
    expect(out.municipalities.find((m: { name: string }) => m.name === "Rebild")).toMatchObject({
      rural: true,
      ruralSource: "user",
      group: "Oplandskommuner",
    });
  });

  test("the Danish text: table, coverage naming Læsø, rural index, rows outside the hub by cell, the credit", async () => {
    const { code, stdout } = await cli(SAMPLE, "--hub", "Erhvervshus Nordjylland");
    expect(code).toBe(0);
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    expect(stdout).toContain("Året 2021 er taget fra kolonnen Dato.");
    expect(stdout).toContain(
      "Dækning: 10 af 11 kommuner (90,9 %) har mindst 1 aktivitet; ingen aktiviteter: Læsø"
    );
    expect(stdout).toContain(
      `Landindeks: ${o.ruralIndex.toFixed(1).replace(".", ",")}: landkommunerne har`
    );
    expect(stdout).toMatch(
      /^Uden for huset: 8 rækker \(Viborg 3, Skive 2, Randers 1, uden kommune 2\)$/m
    );
    expect(stdout).toMatch(/^\s+CRM!B\d+: Viborg \(Erhvervshus Midtjylland\)$/m);
    expect(
      stdout
        .trimEnd()
        .endsWith(
          "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2021; kommunegrupper v1:2018)"
        )
    ).toBe(true);
  });

  test("--minimum 20: a municipality counts as covered with at least 20 activities", async () => {
    const { stdout } = await cli(SAMPLE, "--hub", "Nordjylland", "--minimum", "20", "--json");
    const o = oracle(rows, () => false);
    expect(JSON.parse(stdout).coverage.covered).toBe(
      o.per.filter((m) => m.activities >= 20).length
    );
  });
});

/** The sample as a CSV: CVR;Kommune;Forløb, as Danish Excel's "CSV (semikolonsepareret)" writes it. */
function csvText(list: Row[]): string {
  return `CVR;Kommune;Forløb\r\n${list.map((r) => `${r.cvr};${r.kommune};${r.forloeb}`).join("\r\n")}\r\n`;
}

describe("maalopfyldelse spread reads the same CSV saved as UTF-8, UTF-8 with BOM and Windows-1252", () => {
  test("identical figures; Hjørring, Læsø, Morsø and Brønderslev intact", async () => {
    const text = csvText(rows);
    const files: Record<string, Buffer> = {
      "crm-utf8.csv": Buffer.from(text, "utf8"),
      "crm-bom.csv": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
      "crm-ansi.csv": Buffer.from(text, "latin1"), // Windows-1252 for every character of the sample
    };
    const results = [];
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, name), bytes);
      const { code, stdout } = await cli(
        join(dir, name),
        "--hub",
        "Nordjylland",
        "--year",
        "2021",
        "--json"
      );
      expect(code).toBe(0);
      const out = JSON.parse(stdout);
      results.push({
        ...out,
        file: null,
        sheet: null,
        outside: out.outside.map((x: object) => ({ ...x, sheet: null })),
      });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    const names = results[0].municipalities.map((m: { name: string }) => m.name);
    expect(names).toEqual(expect.arrayContaining(["Hjørring", "Læsø", "Morsø", "Brønderslev"]));
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    expect(results[0].rural.index).toBeCloseTo(o.ruralIndex, 10);
  });
});

describe("maalopfyldelse spread: errors by cell, and usage", () => {
  test("misspelt municipalities are errors naming the cell and the closest match; nothing on stdout but the JSON errors", async () => {
    const file = join(dir, "stavefejl.csv");
    writeFileSync(
      file,
      "CVR;Kommune\n12345678;Aalborg\n23456789;Aalborgg\n34567890;Hjøring\n45678901;Oslo\n",
      "utf8"
    );
    const text = await cli(file, "--hub", "Nordjylland");
    expect(text.code).toBe(1);
    expect(text.stdout).toBe("");
    expect(text.stderr).toContain(
      "Arket stavefejl.csv, celle B3: 'Aalborgg' er ikke en kommune — mente du Aalborg?"
    );
    expect(text.stderr).toContain(
      "Arket stavefejl.csv, celle B4: 'Hjøring' er ikke en kommune — mente du Hjørring?"
    );
    expect(text.stderr).toContain("Arket stavefejl.csv, celle B5: 'Oslo' er ikke en dansk kommune");
    const json = await cli(file, "--hub", "Nordjylland", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).errors).toEqual([
      {
        sheet: "stavefejl.csv",
        cell: "B3",
        message: "'Aalborgg' er ikke en kommune — mente du Aalborg?",
      },
      {
        sheet: "stavefejl.csv",
        cell: "B4",
        message: "'Hjøring' er ikke en kommune — mente du Hjørring?",
      },
      { sheet: "stavefejl.csv", cell: "B5", message: "'Oslo' er ikke en dansk kommune" },
    ]);
  });

  test("--column and --company name other headers; a missing one is an error naming the headers there are", async () => {
    const file = join(dir, "andre-navne.csv");
    writeFileSync(file, "Virksomhed nr.;Bopæl;Note\n1;Læsø;x\n1;Læsø;y\n2;Aalborg;\n", "utf8");
    const ok = await cli(
      file,
      "--hub",
      "Nordjylland",
      "--column",
      "Bopæl",
      "--company",
      "Virksomhed nr.",
      "--json"
    );
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.municipalities.find((m: { name: string }) => m.name === "Læsø")).toMatchObject({
      activities: 2,
      companies: 1,
    });
    const missing = await cli(file, "--hub", "Nordjylland");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Arket andre-navne.csv, celle A1: ingen tabel med en kolonne for kommunen");
    expect(missing.stderr).toContain("Virksomhed nr., Bopæl, Note");
  });

  test("a land/by column in the list itself, with a value that is neither, is an error at its cell", async () => {
    const file = join(dir, "landby.csv");
    writeFileSync(file, "Kommune;Type\nAalborg;By\nLæsø;Land\nRebild;Måske\n", "utf8");
    const { code, stderr } = await cli(file, "--hub", "Nordjylland", "--rural", "Type");
    expect(code).toBe(1);
    expect(stderr).toContain("Arket landby.csv, celle B4: 'Måske' er hverken land eller by");
  });

  test.each([
    [[SAMPLE], "--hub mangler"],
    [
      [SAMPLE, "--hub", "Nordjyland"],
      "--hub: 'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland?",
    ],
    [
      [SAMPLE, "--hub", "Fyn", "--year", "2031"],
      "--year 2031: der er ingen indbyggertal for 1. januar 2031",
    ],
    [[SAMPLE, "--hub", "Fyn", "--minimum", "0"], "--minimum '0' skal være et helt antal"],
    [
      [SAMPLE, "--hub", "Fyn", "--rural", "Findes ikke"],
      "--rural 'Findes ikke' er hverken en fil, et ark eller en kolonne",
    ],
    [["aktiviteter.pdf", "--hub", "Fyn"], "hverken en arbejdsbog"],
    [["--hub", "Fyn"], "angiv præcis én fil"],
  ] as [string[], string][])("wrong usage %j exits 2: %s", async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain("Brug: maalopfyldelse");
  });
});

describe("goal 2 in the sample's goal table (sheet Mål): DÆKNING and LANDINDEKS through evaluate", () => {
  test("the same figures as the oracle, and the fulfilment by the sample's thresholds (50 % each)", async () => {
    const io = memoryIo();
    const out = join(dir, "crm.beregnet.xlsx");
    const code = await runEvaluate([SAMPLE, "--out", out, "--json"], io);
    expect(io.stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout);
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    const [coverage, rural] = json.goals[0].parts.map(
      (p: { rows: { explanation: string; fulfilment: number }[] }) => p.rows[0]
    );
    // Coverage 10 of 11 against 100 % / 90 %; the rural index against 90 / 75.
    expect(o.covered / 11).toBeGreaterThanOrEqual(0.9);
    expect(coverage.fulfilment).toBe(0.5);
    expect(coverage.explanation).toContain(
      `${(Math.round((o.covered / 11) * 1000) / 10).toString().replace(".", ",")} % (10 af 11 kommuner`
    );
    expect(o.ruralIndex).toBeGreaterThanOrEqual(75);
    expect(o.ruralIndex).toBeLessThan(90);
    expect(rural.fulfilment).toBe(0.5);
    expect(rural.explanation).toContain(
      `Landdistrikter ${o.ruralIndex.toFixed(1).replace(".", ",")} (landkommunerne har`
    );
    // No contract year: the population year is the list's own (its Dato column, which the adapter reads for it).
    expect(rural.explanation).toContain("af befolkningen 1. januar 2021;");
    expect(json.overall).toBe(0.5);
  });
});

describe("maalopfyldelse spread --out: the workbook with the Spredning sheet, drawn by the Excel writer", () => {
  async function sheetOf(file: string, name = "Spredning") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return { wb, ws: wb.getWorksheet(name)! };
  }

  test("from the sample workbook: the oracle's key figures on the sheet, the list untouched", async () => {
    const out = join(dir, "spredning.xlsx");
    const { code, stdout } = await cli(
      SAMPLE,
      "--hub",
      "Nordjylland",
      "--year",
      "2021",
      "--out",
      out
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`Arket Spredning er skrevet til ${out} (uden diagrammet`);
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    const { wb, ws } = await sheetOf(out);
    expect(ws.getCell("B7").value).toBeCloseTo(10 / 11, 12);
    expect(ws.getCell("B8").value).toBeCloseTo(o.ruralIndex, 10);
    expect(ws.getCell("B9").value).toBe(8);
    expect([ws.getCell("D23").value, ws.getCell("E23").value]).toEqual([o.P, o.A]);
    const laesoe = [...Array(11).keys()]
      .map((i) => ws.getRow(12 + i))
      .find((r) => r.getCell(1).value === "Læsø")!;
    expect(laesoe.getCell(5).value).toBe(0);
    // The user's list is as it was: the oracle reads the written file's CRM sheet to the same rows.
    const crm = wb.getWorksheet("CRM")!;
    expect(crm.getCell("B2").value).toBe(rows[0].kommune);
    expect(crm.rowCount).toBe(rows.length + 1);
  });

  test("from a CSV: the list on a sheet named after the file, the same figures as --json", async () => {
    const file = join(dir, "crm-ansi-out.csv");
    writeFileSync(file, Buffer.from(csvText(rows), "latin1"));
    const out = join(dir, "fra-csv.xlsx");
    const { code, stdout } = await cli(
      file,
      "--hub",
      "Nordjylland",
      "--year",
      "2021",
      "--out",
      out,
      "--json"
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.output).toBe(out);
    const { wb, ws } = await sheetOf(out);
    expect(wb.worksheets.map((w) => w.name)).toContain("crm-ansi-out");
    expect(ws.getCell("B8").value).toBeCloseTo(json.rural.index, 12);
    expect(ws.getCell("B9").value).toBe(json.outside.length);
    expect(wb.getWorksheet("crm-ansi-out")!.getCell("B2").value).toBe(rows[0].kommune);
  });

  test("--out must name an .xlsx", async () => {
    const { code, stderr } = await cli(SAMPLE, "--hub", "Nordjylland", "--out", join(dir, "x.csv"));
    expect(code).toBe(2);
    expect(stderr).toContain("skal være en arbejdsbog (.xlsx)");
  });
});
