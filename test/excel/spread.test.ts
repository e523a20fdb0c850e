// The Spredning sheet on the in-memory host, from the sample activity list (assets/crm-nordjylland-2021.xlsx, made
// for the example). The figures are checked against the oracle in test/helpers/crmSample.ts (the sample read with
// ExcelJS, DST's 2021 populations typed from the data README), not against the spread core.
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { runSpreadOnWorkbook, SPREAD_SHEET, STATE_SHEET, undoLastRun } from "../../src/excel";
import { createExcelHost, loadExcelHost, type HostSnapshot } from "../../src/host";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { NORDJYLLAND, oracle, SAMPLE, sampleRows, type Row } from "../helpers/crmSample";
import { FIXED_NOW } from "../helpers/workbooks";

const OPTIONS = { hub: "Nordjylland", year: 2021, now: FIXED_NOW, runId: "t" };
const IGNORE = { ignoreSheets: [STATE_SHEET] };

function host() {
  return loadExcelHost(readFileSync(SAMPLE));
}

function cells(snap: HostSnapshot, sheet: string) {
  return new Map(snap.sheets.find((s) => s.name === sheet)!.cells.map((c) => [c.address, c.value]));
}

let rows: Row[];
beforeAll(async () => {
  rows = await sampleRows();
});

describe("Spredning on the sample CRM list (Nordjylland, 1 January 2021)", () => {
  test("the key figures, the per-municipality table sorted by index and the credit are the oracle's", async () => {
    const h = await host();
    const outcome = await runSpreadOnWorkbook(h.run, OPTIONS);
    expect(outcome.errors).toEqual([]);
    expect(outcome.status).toBe("written");
    expect(outcome.sheet).toBe(SPREAD_SHEET);
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    const s = cells(h.snapshot(), SPREAD_SHEET);
    expect(s.get("A1")).toBe("Geografisk spredning – Erhvervshus Nordjylland");
    expect(s.get("A7")).toBe("Dækning");
    expect(s.get("B7")).toBeCloseTo(10 / 11, 12);
    expect(o.covered).toBe(10);
    expect(s.get("A8")).toBe("Landindeks");
    expect(s.get("B8")).toBeCloseTo(o.ruralIndex, 10);
    expect((s.get("B8") as number).toFixed(1)).toBe("79.4");
    expect(s.get("B9")).toBe(8);
    expect(o.outside).toHaveLength(8);
    // The table: row 11 is the header, 12–22 the municipalities, 23 the total.
    expect(s.get("A11")).toBe("Kommune");
    const table = Array.from({ length: 11 }, (_, i) => ({
      name: s.get(`A${12 + i}`) as string,
      landBy: s.get(`B${12 + i}`),
      population: s.get(`D${12 + i}`),
      activities: s.get(`E${12 + i}`),
      companies: s.get(`F${12 + i}`),
      perTenThousand: s.get(`G${12 + i}`) as number,
      index: s.get(`H${12 + i}`) as number,
    }));
    const indices = table.map((t) => t.index);
    expect([...indices].sort((a, b) => b - a)).toEqual(indices);
    for (const e of o.per) {
      const t = table.find((x) => x.name === e.name)!;
      expect(t).toMatchObject({
        landBy: e.rural ? "Land" : "By",
        population: NORDJYLLAND[e.name].population,
        activities: e.activities,
        companies: e.companies,
      });
      expect(t.perTenThousand).toBeCloseTo(e.perTenThousand, 10);
      expect(t.index).toBeCloseTo(e.index, 10);
    }
    expect([s.get("A23"), s.get("D23"), s.get("E23")]).toEqual(["I alt", o.P, o.A]);
    expect(s.get("A25")).toBe(
      "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2021; kommunegrupper v1:2018)"
    );
  });

  test("the chart: one bar per municipality, rural and urban in two fixed colours", async () => {
    const h = await host();
    await runSpreadOnWorkbook(h.run, OPTIONS);
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    const sheet = h.snapshot().sheets.find((x) => x.name === SPREAD_SHEET)!;
    expect(sheet.charts).toHaveLength(1);
    const [land, by] = sheet.charts[0].series;
    expect([land.fill, by.fill]).toEqual(["#70AD47", "#4472C4"]);
    expect(land.categories).toHaveLength(11);
    land.categories.forEach((name, i) => {
      const e = o.per.find((m) => m.name === name)!;
      const value = e.rural ? land.values[i] : by.values[i];
      const other = e.rural ? by.values[i] : land.values[i];
      expect(value).toBeCloseTo(e.perTenThousand, 10);
      expect(other).toBeNull();
    });
  });

  test("the rows outside the hub are listed by cell as written", async () => {
    const h = await host();
    await runSpreadOnWorkbook(h.run, OPTIONS);
    const o = oracle(rows, () => false);
    const s = cells(h.snapshot(), SPREAD_SHEET);
    const listed: [unknown, unknown][] = [];
    for (const [addr, value] of s)
      if (/^A\d+$/.test(addr) && typeof value === "string" && value.startsWith("CRM!B"))
        listed.push([value, s.get(addr.replace("A", "B"))]);
    expect(listed).toEqual(
      o.outside.map((r) => [`CRM!${r.cell}`, r.kommune === "" ? "(tom)" : r.kommune])
    );
  });

  test("a re-run gives the same workbook", async () => {
    const h = await host();
    await runSpreadOnWorkbook(h.run, OPTIONS);
    const first = h.snapshot();
    expect((await runSpreadOnWorkbook(h.run, OPTIONS)).status).toBe("written");
    expect(describeChanges(diffSnapshots(first, h.snapshot(), IGNORE))).toBe("");
  });

  // No sheet is deleted in an ordinary run (Worksheet.delete has no undo support, learn.microsoft.com/office/dev/
  // add-ins/excel/excel-add-ins-undo-capabilities): Fortryd empties the Spredning sheet and the next run draws on it.
  test("Fortryd after the first run gives back the workbook as it was, but for an empty Spredning sheet", async () => {
    const h = await host();
    const before = h.snapshot();
    await runSpreadOnWorkbook(h.run, OPTIONS);
    expect(diffSnapshots(before, h.snapshot(), IGNORE).length).toBeGreaterThan(50);
    expect((await undoLastRun(h.run)).status).toBe("undone");
    const ignoreSpread = { ignoreSheets: [STATE_SHEET, SPREAD_SHEET] };
    expect(describeChanges(diffSnapshots(before, h.snapshot(), ignoreSpread))).toBe("");
    const emptied = h.snapshot().sheets.find((x) => x.name === SPREAD_SHEET)!;
    expect([
      emptied.cells.length,
      emptied.charts.length,
      emptied.conditionalFormats.length,
    ]).toEqual([0, 0, 0]);
  });

  test("Fortryd after a run with another year gives back the first run's figures", async () => {
    const h = await host();
    await runSpreadOnWorkbook(h.run, OPTIONS);
    const first = h.snapshot();
    await runSpreadOnWorkbook(h.run, { ...OPTIONS, year: 2018 });
    expect(cells(h.snapshot(), SPREAD_SHEET).get("D23")).not.toBe(
      cells(first, SPREAD_SHEET).get("D23")
    );
    expect((await undoLastRun(h.run)).status).toBe("undone");
    expect(describeChanges(diffSnapshots(first, h.snapshot(), IGNORE))).toBe("");
  });

  test("a preview writes nothing", async () => {
    const h = await host();
    const before = h.snapshot();
    const preview = await runSpreadOnWorkbook(h.run, { ...OPTIONS, dryRun: true });
    expect(preview.status).toBe("preview");
    expect(preview.result!.coverage.covered).toBe(10);
    expect(h.snapshot()).toEqual(before);
  });

  test("the user's own sheet called Spredning is left alone: the spread goes to Spredning (beregnet)", async () => {
    const h = await host();
    await h.run(async (context) => {
      context.workbook.worksheets.add(SPREAD_SHEET).getRange("A1").values = [["mine noter"]];
      await context.sync();
    });
    const outcome = await runSpreadOnWorkbook(h.run, OPTIONS);
    expect(outcome.sheet).toBe("Spredning (beregnet)");
    const snap = h.snapshot();
    expect(snap.sheets.find((x) => x.name === SPREAD_SHEET)!.cells.map((c) => c.value)).toEqual([
      "mine noter",
    ]);
    expect(cells(snap, "Spredning (beregnet)").get("B9")).toBe(8);
  });

  test("a misspelt municipality is an error naming its cell and the closest match; nothing is written", async () => {
    const h = await host();
    await h.run(async (context) => {
      context.workbook.worksheets.getItem("CRM").getRange("B2").values = [["Aalborgg"]];
      await context.sync();
    });
    const before = h.snapshot();
    const outcome = await runSpreadOnWorkbook(h.run, OPTIONS);
    expect(outcome.status).toBe("errors");
    expect(outcome.errors[0]).toMatchObject({ sheet: "CRM", cell: "B2" });
    expect(outcome.errors[0].message).toMatch(/Aalborgg.*Aalborg/);
    expect(h.snapshot()).toEqual(before);
  });
});

describe("Spredning from an English pane", () => {
  test("the sheet stays Danish: the same cells as a Danish run", async () => {
    const da = await host();
    const en = await host();
    await runSpreadOnWorkbook(da.run, OPTIONS);
    await runSpreadOnWorkbook(en.run, { ...OPTIONS, locale: "en" });
    expect(cells(en.snapshot(), SPREAD_SHEET)).toEqual(cells(da.snapshot(), SPREAD_SHEET));
  });
});

// Text stays text: the activity list's own words (its column headers, a municipality written as a code with a leading
// zero) come back on the Spredning sheet as the same text. Range.values reads a string the way typed input is read,
// with en-US conventions (OfficeDev/office-js#1559; "=" starts a formula, learn.microsoft.com/javascript/api/excel/
// excel.range#excel-excel-range-values-member): the host models that parsing under strictness "textParsing" ("all"
// here), so a header "15-feb" written without Excel's text prefix would come back as a date serial, "SAND" as TRUE.
describe("Spredning keeps the activity list's text as text (host strictness 'all')", () => {
  /** A small list: municipality, CVR and land/by columns under the given headers; two rows outside the hub. */
  function trickyList(headers: [string, string, string]): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("CRM");
    ws.addRow(headers);
    ws.addRow(["Aalborg", "11111111", "By"]);
    ws.addRow(["Hjørring", "22222222", "Land"]);
    ws.addRow(["Aalborg", "33333333", "By"]);
    // Viborg and Aarhus by their DST codes as text: typed, "0791" would be the number 791.
    ws.addRow(["0791", "44444444", "Land"]);
    ws.addRow(["0751", "55555555", "By"]);
    return wb;
  }

  test.each([
    ["=1+1", "15-feb", "1/2"],
    ["SAND", "1.000", "3-4"],
    ["0045 Kommune", "@cvr", "jan-2024"],
  ] as [string, string, string][])(
    "headers %s, %s and %s, and the codes 0791 and 0751, after a run, a re-run and Fortryd",
    async (municipality, company, rural) => {
      const h = createExcelHost(trickyList([municipality, company, rural]), {
        strictness: "all",
      });
      const options = {
        ...OPTIONS,
        // The list is chosen and its columns named, as in the pane: no header says "Kommune".
        table: { sheet: "CRM", name: "CRM" },
        municipalityColumn: municipality,
        companyColumn: company,
        rural: { column: rural },
      };
      const first = await runSpreadOnWorkbook(h.run, options);
      expect(first.errors).toEqual([]);
      expect(first.status).toBe("written");
      const written = cells(h.snapshot(), SPREAD_SHEET);
      expect([written.get("A3"), written.get("B3")]).toEqual(["Kommunekolonne", municipality]);
      expect([written.get("A4"), written.get("B4")]).toEqual(["Virksomhedskolonne (CVR)", company]);
      expect(written.get("B6")).toBe(
        `din egen inddeling (kolonnen ${rural}); de øvrige efter Danmarks Statistiks kommunegrupper`
      );
      const outside = [...written.entries()]
        .filter(
          ([addr, v]) => /^A\d+$/.test(addr) && typeof v === "string" && v.startsWith("CRM!A")
        )
        .map(([addr, v]) => [
          v,
          written.get(addr.replace("A", "B")),
          written.get(addr.replace("A", "C")),
        ]);
      expect(outside).toEqual([
        ["CRM!A5", "0791", "Viborg"],
        ["CRM!A6", "0751", "Aarhus"],
      ]);
      const firstSnap = h.snapshot();
      // A second run with another year, then Fortryd: the first run's sheet is drawn again from its backup, same text.
      expect((await runSpreadOnWorkbook(h.run, { ...options, year: 2018 })).status).toBe("written");
      expect((await undoLastRun(h.run)).status).toBe("undone");
      expect(describeChanges(diffSnapshots(firstSnap, h.snapshot(), IGNORE))).toBe("");
      expect(cells(h.snapshot(), SPREAD_SHEET).get("B3")).toBe(municipality);
    }
  );
});
