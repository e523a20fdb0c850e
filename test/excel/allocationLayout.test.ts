// The Fordeling sheet as the user reads it, from a key small enough to split by hand: three municipalities of 50.000,
// 30.000 and 20.000 inhabitants (100.000 in all) sharing 1.000.000 kr. in whole thousands. Their shares are 50 %, 30 %
// and 20 %: 500.000, 300.000 and 200.000 kr., each a whole number of 4 × 1.000 kr., so no rounding is left over
// (quarterly instalments 125.000, 75.000 and 50.000 kr.). Also: the method line for each choice of instalments and
// method, and a write that fails half-way.
import ExcelJS from "exceljs";
import { ALLOCATION_SHEET, runAllocationOnWorkbook } from "../../src/excel";
import { createExcelHost, type HostSnapshot } from "../../src/host";
import { FIXED_NOW } from "../helpers/workbooks";

const OPTIONS = {
  total: 1_000_000,
  unit: 1000,
  instalments: 4 as const,
  now: FIXED_NOW,
  runId: "t",
};

function keyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Nøgle");
  ws.addRow(["Kommune", "Indbyggere"]);
  ws.addRow(["Aalborg", 50_000]);
  ws.addRow(["Hjørring", 30_000]);
  ws.addRow(["Læsø", 20_000]);
  return wb;
}

function cellsOf(snap: HostSnapshot, sheet = ALLOCATION_SHEET) {
  return new Map(snap.sheets.find((s) => s.name === sheet)!.cells.map((c) => [c.address, c]));
}
/** The displayed texts of a row, columns A–F ("" for an empty or absent cell). */
function texts(snap: HostSnapshot, row: number) {
  const c = cellsOf(snap);
  return "ABCDEF".split("").map((col) => c.get(`${col}${row}`)?.text ?? "");
}

describe("Fordeling on a three-municipality key", () => {
  /** The run every test below reads (run in each test, so each test covers what it checks). */
  async function written(): Promise<HostSnapshot> {
    const host = createExcelHost(keyWorkbook());
    const outcome = await runAllocationOnWorkbook(host.run, {
      ...OPTIONS,
      countDate: "1. januar 2021",
    });
    expect(outcome.status).toBe("written");
    expect(outcome.sheet).toBe(ALLOCATION_SHEET);
    return host.snapshot();
  }

  test("the parameters: the key's sheet, the count date, total, rounding, instalments and the method in words", async () => {
    const snap = await written();
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => texts(snap, r).slice(0, 2))).toEqual([
      ["Fordeling efter indbyggertal", ""],
      ["Nøgle", "Nøgle"],
      ["Indbyggertal pr.", "1. januar 2021"],
      ["Total (kr.)", "1.000.000"],
      ["Afrunding (kr.)", "1.000"],
      ["Rater pr. år", "4"],
      ["Metode", "Største rest (Hamilton), kvartalsvise rater, afrundet til 1.000 kr."],
    ]);
    // Row 8 holds the method's sentence in B, nothing in A.
    expect(texts(snap, 8)[0]).toBe("");
    expect(texts(snap, 8)[1]).toMatch(/^Metode: største rest \(Hamilton\)\./);
    expect(cellsOf(snap).get("A1")!.bold).toBe(true);
    expect(cellsOf(snap).get("A2")!.bold).toBe(false);
  });

  test("the split: a bold header, one row per municipality, the total row and the difference, as displayed", async () => {
    const snap = await written();
    expect(texts(snap, 10)).toEqual([
      "Kommune",
      "Beløb (kr.)",
      "Pr. rate (kr.)",
      "Andel",
      "Indbyggere",
      "Afrunding (kr.)",
    ]);
    expect(texts(snap, 11)).toEqual([
      "Aalborg",
      "500.000",
      "125.000",
      "50,0000 %",
      "50.000",
      "0,00",
    ]);
    expect(texts(snap, 12)).toEqual([
      "Hjørring",
      "300.000",
      "75.000",
      "30,0000 %",
      "30.000",
      "0,00",
    ]);
    expect(texts(snap, 13)).toEqual(["Læsø", "200.000", "50.000", "20,0000 %", "20.000", "0,00"]);
    // Sums: 1.000.000 kr., 4 × 250.000 a quarter, 100 % of the shares, 100.000 inhabitants, nothing rounded.
    expect(texts(snap, 14)).toEqual([
      "I alt",
      "1.000.000",
      "250.000",
      "100,0000 %",
      "100.000",
      "0,00",
    ]);
    expect(texts(snap, 15)).toEqual(["Forskel fra totalen (kr.)", "0", "", "", "", ""]);
    const c = cellsOf(snap);
    const bold = (row: number) =>
      "ABCDEF".split("").map((col) => c.get(`${col}${row}`)?.bold ?? false);
    expect(bold(10)).toEqual([true, true, true, true, true, true]);
    expect(bold(11)).toEqual([false, false, false, false, false, false]);
    expect(bold(14)).toEqual([true, true, true, true, true, true]);
    expect(bold(15)).toEqual([true, true, true, true, true, true]);
  });

  test("the audit two rows under the difference: its bold label and summary, one finding a row, the credit", async () => {
    const snap = await written();
    expect(texts(snap, 16)).toEqual(["", "", "", "", "", ""]);
    const c = cellsOf(snap);
    expect([c.get("A17")!.text, c.get("A17")!.bold, c.get("B17")!.bold]).toEqual([
      "Revision af nøglen",
      true,
      true,
    ]);
    // The made-up populations are nobody's DST figures: one remark, at the key's population header (Nøgle!B1).
    expect(c.get("B17")!.text).toBe(
      "Revision: 0 afvigelser, 1 forklaring. Indbyggertallene er ikke Danmarks Statistiks tal for nogen dato."
    );
    expect([c.get("A18")!.text, c.get("B18")!.text]).toEqual([
      "Bemærkning",
      "Arket Nøgle, celle B1: ingen af indbyggertallene er Danmarks Statistiks tal for en kommune pr. en dato fra 1. januar 2008 til 1. januar 2026. De nyeste tal er pr. 1. januar 2026",
    ]);
    expect(c.get("A19")!.text).toBe(
      "Kilde: Danmarks Statistik (FOLK1A, befolkningen pr. kvartal): dateringen af indbyggertallene"
    );
    expect(snap.sheets.find((s) => s.name === ALLOCATION_SHEET)!.usedRange).toBe("A1:F19");
  });

  test("the chart: the amounts by municipality, from the header and the three rows", async () => {
    const snap = await written();
    const [chart] = snap.sheets.find((s) => s.name === ALLOCATION_SHEET)!.charts;
    expect([chart.name, chart.type, chart.title, chart.sourceAddress]).toEqual([
      "Fordeling af beløb",
      "ColumnClustered",
      "Beløb pr. kommune (kr.)",
      "Fordeling!A10:B13",
    ]);
    expect(chart.series[0].values).toEqual([500_000, 300_000, 200_000]);
    // 360 points wide; (3 + 2) × 15 = 75 points is under the least height, 150.
    expect([chart.position.width, chart.position.height]).toEqual([360, 150]);
  });
});

describe("Fordeling's method line", () => {
  // 1.200.000 kr.: whole thousands for 12 months (1.200.000 / 12.000 = 100) as for one payment a year.
  test.each([
    [12, "round-each", "Afrund hver (den gamle metode), månedlige rater, afrundet til 1.000 kr."],
    [1, "largest-remainder", "Største rest (Hamilton), én årlig betaling, afrundet til 1.000 kr."],
  ] as const)("%i instalments, %s: '%s'", async (instalments, method, line) => {
    const host = createExcelHost(keyWorkbook());
    const outcome = await runAllocationOnWorkbook(host.run, {
      ...OPTIONS,
      total: 1_200_000,
      instalments,
      method,
    });
    expect(outcome.status).toBe("written");
    const snap = host.snapshot();
    expect(texts(snap, 6).slice(0, 2)).toEqual(["Rater pr. år", String(instalments)]);
    expect(texts(snap, 7).slice(0, 2)).toEqual(["Metode", line]);
    // No count date given: the line is there, empty.
    expect(texts(snap, 3).slice(0, 2)).toEqual(["Indbyggertal pr.", ""]);
  });
});

describe("Fordeling: a write that fails half-way", () => {
  test("is reported as failed, rolled back, with no errors or conflicts; the first run's figures stay", async () => {
    const host = createExcelHost(keyWorkbook());
    expect((await runAllocationOnWorkbook(host.run, OPTIONS)).status).toBe("written");
    const before = host.snapshot();
    // A re-run's syncs: the scan (3) and the plan (1); sync 5 is its write (as in survivesStrictHost.test.ts).
    host.failSync({ code: "GeneralException", onSync: 5, afterOperations: 3 });
    const failed = await runAllocationOnWorkbook(host.run, { ...OPTIONS, total: 2_000_000 });
    expect(failed).toMatchObject({
      status: "failed",
      errors: [],
      conflicts: [],
      table: { sheet: "Nøgle", name: "Nøgle", source: "range" },
      failure: {
        code: "GeneralException",
        message: "Injected failure (GeneralException)",
        restored: true,
      },
    });
    expect(failed.sheet).toBeUndefined();
    // The allocation it computed is the one that failed to be written: 2.000.000 kr. split 50/30/20.
    expect(failed.allocation!.rows.map((r) => r.amount)).toEqual([1_000_000, 600_000, 400_000]);
    expect(texts(host.snapshot(), 11)).toEqual(texts(before, 11));
    expect(cellsOf(host.snapshot()).get("B4")!.value).toBe(1_000_000);
  });
});
