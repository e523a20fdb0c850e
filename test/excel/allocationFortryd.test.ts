// Fordeling's Fortryd when the run before drew another layout: the key grew by a municipality between the runs, so the
// second Fordeling sheet has one row more; Fortryd gives back the first sheet whole, its formats and chart worked out
// from its values ("I alt" above "Forskel fra totalen"). When the user typed over "I alt", the sheet no longer reads
// that way and Fortryd puts back its values only (src/excel/workbook/lifecycle.ts, OwnedSheetPlan.redraw). Also the
// message when the workbook has no key at all.
import ExcelJS from "exceljs";
import {
  ALLOCATION_SHEET,
  runAllocationOnWorkbook,
  STATE_SHEET,
  undoLastRun,
} from "../../src/excel";
import { createExcelHost, type ExcelHost, type HostSnapshot } from "../../src/host";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { FIXED_NOW } from "../helpers/workbooks";

const OPTIONS = {
  total: 1_000_000,
  unit: 1000,
  instalments: 4 as const,
  now: FIXED_NOW,
  runId: "a",
};
const IGNORE = { ignoreSheets: [STATE_SHEET] };

/** 50.000, 30.000 and 20.000 inhabitants: 500.000, 300.000 and 200.000 kr. */
function keyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Nøgle");
  ws.addRow(["Kommune", "Indbyggere"]);
  ws.addRow(["Aalborg", 50_000]);
  ws.addRow(["Hjørring", 30_000]);
  ws.addRow(["Læsø", 20_000]);
  return wb;
}

/** The user adds Thisted (100.000 inhabitants) under the key: the next split has four rows. */
async function addThisted(host: ExcelHost) {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Nøgle").getRange("A5:B5").values = [["Thisted", 100_000]];
    await context.sync();
  });
}

const fordeling = (snap: HostSnapshot) => snap.sheets.find((s) => s.name === ALLOCATION_SHEET)!;

describe("Fortryd after a Fordeling of a key that grew", () => {
  test("gives back the first Fordeling sheet whole: values, formats, widths and its chart", async () => {
    const host = createExcelHost(keyWorkbook());
    expect((await runAllocationOnWorkbook(host.run, OPTIONS)).status).toBe("written");
    await addThisted(host);
    const first = host.snapshot();
    expect(fordeling(first).charts[0].sourceAddress).toBe("Fordeling!A10:B13");
    const second = await runAllocationOnWorkbook(host.run, { ...OPTIONS, runId: "b" });
    expect(second.status).toBe("written");
    // Four rows now (A10:B14); Thisted's 100.000 of 200.000 inhabitants: 500.000 kr.
    expect(fordeling(host.snapshot()).charts[0].sourceAddress).toBe("Fordeling!A10:B14");
    expect(second.allocation!.rows.find((r) => r.name === "Thisted")!.amount).toBe(500_000);
    expect((await undoLastRun(host.run)).status).toBe("undone");
    expect(describeChanges(diffSnapshots(first, host.snapshot(), IGNORE))).toBe("");
  });

  test("with 'I alt' typed over: the values come back, the second run's chart and formats stay", async () => {
    const host = createExcelHost(keyWorkbook());
    await runAllocationOnWorkbook(host.run, OPTIONS);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(ALLOCATION_SHEET).getRange("A14").values = [["Sum"]];
      await context.sync();
    });
    await addThisted(host);
    const edited = host.snapshot();
    await runAllocationOnWorkbook(host.run, { ...OPTIONS, runId: "b" });
    const second = fordeling(host.snapshot());
    expect((await undoLastRun(host.run)).status).toBe("undone");
    const after = fordeling(host.snapshot());
    const values = (s: ReturnType<typeof fordeling>) =>
      s.cells.filter((c) => c.value !== "").map((c) => [c.address, c.value]);
    expect(values(after)).toEqual(values(fordeling(edited)));
    expect(after.charts.map((c) => [c.sourceAddress, c.position])).toEqual(
      second.charts.map((c) => [c.sourceAddress, c.position])
    );
    // Row 14 was the second run's fourth municipality (Thisted), not bold; its total row (15) stays bold.
    const bold = (address: string) => after.cells.find((c) => c.address === address)!.bold;
    expect([bold("A14"), bold("A15")]).toEqual([false, true]);
  });
});

test("no key in the workbook: the message on its first sheet (Danish and English), nothing written", async () => {
  const wb = () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Forside").addRow(["Tilskud 2026"]);
    return book;
  };
  const host = createExcelHost(wb());
  const before = host.snapshot();
  const da = await runAllocationOnWorkbook(host.run, OPTIONS);
  expect(da).toMatchObject({
    status: "errors",
    table: null,
    allocation: null,
    audit: null,
    conflicts: [],
  });
  expect(da.errors).toEqual([
    {
      sheet: "Forside",
      cell: "A1",
      code: "no-key-table",
      message:
        "ingen fordelingsnøgle fundet: en tabel skal have overskrifterne Kommune og Indbyggere (eller Beløb)",
    },
  ]);
  expect(host.snapshot()).toEqual(before);
  const en = await runAllocationOnWorkbook(createExcelHost(wb()).run, { ...OPTIONS, locale: "en" });
  expect(en.errors[0].message).toBe(
    "no population key found: a table needs the headers Kommune and Indbyggere (or Beløb)"
  );
});
