// Splitting a grant in the workbook: the allocation core through the same adapter as Beregn, on the in-memory host.
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import {
  ALLOCATION_SHEET,
  runAllocationOnWorkbook,
  undoLastRun,
  STATE_SHEET,
} from "../../src/excel";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { createExcelHost, type HostSnapshot } from "../../src/host";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { FIXED_NOW } from "../helpers/workbooks";

const CSV = path.join(__dirname, "..", "..", "assets", "fordeling-sydjylland-2020.csv");

/** Seed 000's table as a consultant would paste it into a sheet. */
async function sydjyllandWorkbook(): Promise<ExcelJS.Workbook> {
  const text = (await fs.readFile(CSV, "utf8")).replace(/^\uFEFF/, "");
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Nøgle");
  text
    .trim()
    .split(/\r?\n/)
    .forEach((line, r) => {
      line.split(";").forEach((cell, c) => {
        const n = Number(cell.replace(/\./g, ""));
        sheet.getCell(r + 1, c + 1).value = c === 1 && r > 0 ? n : cell;
      });
    });
  return wb;
}

const OPTIONS = {
  total: 10_000_000,
  unit: 1000,
  instalments: 4 as const,
  now: FIXED_NOW,
  runId: "t",
};

function cells(snap: HostSnapshot, sheet: string) {
  return new Map(snap.sheets.find((s) => s.name === sheet)!.cells.map((c) => [c.address, c.value]));
}

describe("Fordeling on seed 000's Sydjylland key", () => {
  test("writes the computed share, amount and instalment beside the key, the sums on its TOTAL row, and the Fordeling sheet", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    const outcome = await runAllocationOnWorkbook(host.run, OPTIONS);
    expect(outcome.status).toBe("written");
    expect(outcome.allocation!.sum).toBe(10_000_000);
    const snap = host.snapshot();
    const key = cells(snap, "Nøgle");
    expect([key.get("D1"), key.get("E1"), key.get("F1")]).toEqual([
      "Beregnet andel",
      "Beregnet beløb",
      "Pr. rate",
    ]);
    const amounts = Array.from({ length: 13 }, (_, i) => key.get(`E${i + 2}`) as number);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(10_000_000);
    expect(amounts.every((a) => a % 4000 === 0)).toBe(true); // 4 instalments of whole thousands
    expect(key.get("E15")).toBe(10_000_000); // the TOTAL row: the check row
    expect(key.get("F15")).toBe(2_500_000);
    // Billund: 26.491 / 762.264 of 10 mio. = 347.531 kr. → 348.000 kr. (87.000 kr. a quarter).
    expect(key.get("B2")).toBe(26491);
    expect(key.get("E2")).toBe(348_000);
    const sheet = snap.sheets.find((s) => s.name === ALLOCATION_SHEET)!;
    expect(sheet.charts.map((c) => c.name)).toEqual(["Fordeling af beløb"]);
    expect(sheet.charts[0].series[0].values).toEqual(amounts);
    const fordeling = cells(snap, ALLOCATION_SHEET);
    expect(fordeling.get("A24")).toBe("I alt");
    expect(fordeling.get("B24")).toBe(10_000_000);
    const findings = outcome
      .audit!.findings.filter((f) => f.kind === "share-mismatch")
      .map((f) => f.row);
    expect(findings.sort()).toEqual(["Billund", "Esbjerg", "Haderslev", "Kolding", "Vejle"]);
    expect(outcome.audit!.findings.some((f) => f.kind === "share-sum")).toBe(true);
  });

  // Issue 16: the audit dates the key's populations against DST's quarterly FOLK1A figures, and the Fordeling sheet
  // says so with the source. Facts from ../shared/data/README (not from the code): 12 of the 13 populations are DST's
  // 1 October 2017 figures; Vejen's 42.822 is 1 January 2017 (its 1 October 2017 figure is 42.893).
  test("the Fordeling sheet names 1 October 2017 for 12 municipalities and Vejen's 1 January 2017, with the DST credit", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    expect((await runAllocationOnWorkbook(host.run, OPTIONS)).status).toBe("written");
    const fordeling = cells(host.snapshot(), ALLOCATION_SHEET);
    // The audit block starts two rows under "Forskel fra totalen" (A25): its summary at A27:B27, one finding a row.
    expect(fordeling.get("A25")).toBe("Forskel fra totalen (kr.)");
    expect(fordeling.get("A27")).toBe("Revision af nøglen");
    expect(fordeling.get("B27")).toMatch(
      /indbyggertallene er fra 1\. oktober 2017 \(12 af 13 kommuner\); 1 er fra en anden dato\.$/
    );
    const findingRows = Array.from({ length: 8 }, (_, i) =>
      ["A", "B", "C"].map((c) => fordeling.get(`${c}${28 + i}`))
    );
    // One cell per finding, its place in words (issue 14, item 7), so no column widens.
    expect(findingRows).toContainEqual([
      "Bemærkning",
      "Arket Nøgle, celle B1: indbyggertallene er Danmarks Statistiks tal pr. 1. oktober 2017 (12 af 13 kommuner). De nyeste tal er pr. 1. januar 2026",
      undefined,
    ]);
    expect(findingRows).toContainEqual([
      "Afvigelse",
      "Arket Nøgle, celle B12: Vejen: 42.822 er Danmarks Statistiks tal pr. 1. januar 2017, ikke pr. 1. oktober 2017 (42.893)",
      undefined,
    ]);
    // The figures the key was dated by are Danmarks Statistik's: the credit under the findings.
    expect(fordeling.get("A36")).toBe(
      "Kilde: Danmarks Statistik (FOLK1A, befolkningen pr. kvartal): dateringen af indbyggertallene"
    );
  });

  test("the command line gives the same figures for the same table", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    const pane = await runAllocationOnWorkbook(host.run, { ...OPTIONS, dryRun: true });
    const io = memoryIo();
    const code = await runCli(
      ["allocate", CSV, "--total", "10000000", "--unit", "1000", "--instalments", "4", "--json"],
      io
    );
    expect(code).toBe(0);
    const cli = JSON.parse(io.stdout);
    expect(cli.rows.map((r: { name: string; amount: number }) => [r.name, r.amount])).toEqual(
      pane.allocation!.rows.map((r) => [r.name, r.amount])
    );
    expect(cli.audit.map((f: { message: string }) => f.message)).toEqual(
      pane.audit!.findings.map((f) => f.message.replace(/^Nøgle/, "fordeling-sydjylland-2020.csv"))
    );
  });

  test("a re-run gives the same workbook", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    await runAllocationOnWorkbook(host.run, OPTIONS);
    const first = host.snapshot();
    const again = await runAllocationOnWorkbook(host.run, OPTIONS);
    expect(again.status).toBe("written");
    expect(
      describeChanges(diffSnapshots(first, host.snapshot(), { ignoreSheets: [STATE_SHEET] }))
    ).toBe("");
  });

  test("Fortryd after the first run gives back the workbook as it was before it, formats and widths included", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    const before = host.snapshot();
    await runAllocationOnWorkbook(host.run, OPTIONS);
    expect(
      diffSnapshots(before, host.snapshot(), { ignoreSheets: [STATE_SHEET] }).length
    ).toBeGreaterThan(40);
    expect((await undoLastRun(host.run)).status).toBe("undone");
    // The oracle is the snapshot taken before the run: everything but the add-in's hidden state sheet is back, and
    // the Fordeling sheet the run made is empty (no sheet is deleted in an ordinary run: Worksheet.delete has no undo
    // support, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
    expect(
      describeChanges(
        diffSnapshots(before, host.snapshot(), { ignoreSheets: [STATE_SHEET, "Fordeling"] })
      )
    ).toBe("");
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Nøgle", STATE_SHEET, "Fordeling"]);
    const emptied = host.snapshot().sheets.find((s) => s.name === "Fordeling")!;
    expect([
      emptied.cells.length,
      emptied.charts.length,
      emptied.conditionalFormats.length,
    ]).toEqual([0, 0, 0]);
  });

  test("Fortryd after a second run with another total gives back the first run's figures, not the second's", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    await runAllocationOnWorkbook(host.run, OPTIONS);
    const first = host.snapshot();
    await runAllocationOnWorkbook(host.run, {
      ...OPTIONS,
      total: 12_000_000,
      instalments: 12 as const,
    });
    const second = host.snapshot();
    // The second run changed the figures (so a Fortryd that does nothing cannot pass): Billund's amount is different.
    expect(cells(second, "Nøgle").get("E2")).not.toBe(cells(first, "Nøgle").get("E2"));
    expect((await undoLastRun(host.run)).status).toBe("undone");
    expect(
      describeChanges(diffSnapshots(first, host.snapshot(), { ignoreSheets: [STATE_SHEET] }))
    ).toBe("");
    expect(cells(host.snapshot(), "Nøgle").get("E2")).toBe(348_000);
  });

  test("a preview writes nothing", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    const before = host.snapshot();
    const preview = await runAllocationOnWorkbook(host.run, {
      ...OPTIONS,
      total: 12_000_000,
      dryRun: true,
    });
    expect(preview.status).toBe("preview");
    expect(preview.allocation!.sum).toBe(12_000_000);
    expect(host.snapshot()).toEqual(before);
  });

  test("a total that cannot be split into 4 instalments of whole thousands is an error", async () => {
    const host = createExcelHost(await sydjyllandWorkbook());
    const outcome = await runAllocationOnWorkbook(host.run, { ...OPTIONS, total: 10_001_000 });
    expect(outcome.status).toBe("errors");
    expect(outcome.errors[0].message).toMatch(/4/);
  });
});
