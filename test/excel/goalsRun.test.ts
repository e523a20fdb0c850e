// Beregn's run as the pane sees it, beyond the figures: the run Fortryd would undo after a write that failed and was
// rolled back (still the earlier one), where the "no goal table" error points when the workbook has no table at all,
// what readWorkbookTables gives without a goal table, and the goal table the user chose remembered for the next run.
import ExcelJS from "exceljs";
import { readWorkbookTables, runOnWorkbook } from "../../src/excel";
import { createExcelHost } from "../../src/host";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { FIXED_NOW, GOAL_HEADERS, goalWorkbook, hostFor, type GoalRow } from "../helpers/workbooks";

const ROWS: GoalRow[] = [
  ["1", "Tilfredshed", "NPS", 60, 60, 50, null],
  ["2", "Forløb", "Antal", 300, 400, null, "forholdsmæssig"],
];

describe("Beregn", () => {
  test("a write that fails half-way and is rolled back leaves the earlier run as the one to undo", async () => {
    const host = hostFor(goalWorkbook(ROWS));
    const first = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "a" });
    expect(first.status).toBe("written");
    // (100 % + 75 %) / 2 = 87,5 %, both goals measured.
    expect(first.lastRun).toMatchObject({
      writer: "mål",
      sheet: "Oversigt",
      overallText: "87,5 %, 2 af 2 mål målt",
    });
    // A re-run's syncs: the scan and the read, then its write (sync 5, as in survivesStrictHost.test.ts).
    host.failSync({ code: "GeneralException", onSync: 5, afterOperations: 3 });
    const failed = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "b" });
    expect(failed.status).toBe("failed");
    expect(failed.failure).toEqual({
      code: "GeneralException",
      message: "Injected failure (GeneralException)",
      restored: true,
    });
    expect([failed.errors, failed.conflicts]).toEqual([[], []]);
    expect(failed.lastRun).toEqual(first.lastRun);
  });

  test("a first run whose write fails is rolled back: nothing of the user's changed, only the state sheet stays", async () => {
    const host = hostFor(goalWorkbook(ROWS));
    const before = host.snapshot();
    // A first run's syncs: the scan and the read, the state sheet's own Excel.run (setup.ts), the scan and the read
    // again, then its write: the 11th sync.
    host.failSync({ code: "GeneralException", onSync: 11, afterOperations: 3 });
    const failed = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "a" });
    expect(failed.status).toBe("failed");
    expect(failed.failure).toEqual({
      code: "GeneralException",
      message: "Injected failure (GeneralException)",
      restored: true,
    });
    expect(describeChanges(diffSnapshots(before, host.snapshot()))).toBe(
      '#sheets: ["Mål"] → ["Mål","Målopfyldelse_data"]\nMålopfyldelse_data: null → "sheet"'
    );
    // No run to undo: the failed one was rolled back, and there was none before it.
    expect(failed.lastRun).toBeUndefined();
  });

  test("a workbook with no table at all: the 'no goal table' error on its first sheet, not on a sheet 'Mål'", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1");
    wb.addWorksheet("Ark2");
    const host = createExcelHost(wb);
    const outcome = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "t" });
    expect(outcome.status).toBe("errors");
    expect(outcome.goalTable).toBeNull();
    expect(outcome.errors).toEqual([
      {
        sheet: "Ark1",
        cell: "A1",
        code: "no-goal-table",
        message:
          "ingen måltabel fundet: en måltabel skal have overskrifterne Nr, Mål og Resultat (eller Indikator) samt tærsklerne 'Mål 100 %' (og evt. 'Mål 50 %')",
      },
    ]);
    expect(outcome.result.errors).toEqual(outcome.errors);
  });

  test("readWorkbookTables without a goal table: none named, the workbook's tables as they are", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Noter");
    ws.addRow(["Dato", "Tekst"]);
    ws.addRow(["4. jan.", "møde"]);
    const read = await readWorkbookTables(createExcelHost(wb).run);
    expect(read.goalTable).toBeNull();
    expect(read.tables.map((t) => [t.sheet, t.name, t.headers])).toEqual([
      ["Noter", "Noter", ["Dato", "Tekst"]],
    ]);
    expect(read.mapping).toEqual({ columns: undefined, year: undefined });
  });

  test("the goal table the user chose is remembered: the next run without a choice reads it again", async () => {
    // Two goal tables: Maal on Mål (found first) and a second on "Mål 2021" that the user picks.
    const wb = goalWorkbook(ROWS, {
      extraSheets: (book) => {
        const ws = book.addWorksheet("Mål 2021");
        ws.addRow(GOAL_HEADERS);
        ws.addRow(["1", "Tilfredshed", "NPS", 40, 60, 50, null]);
      },
    });
    const host = hostFor(wb);
    const chosen = { sheet: "Mål 2021", name: "Mål 2021" };
    const first = await runOnWorkbook(host.run, { goalTable: chosen, now: FIXED_NOW, runId: "a" });
    expect(first.status).toBe("written");
    expect(first.goalTable).toEqual({ ...chosen, source: "range" });
    const again = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "b" });
    expect(again.goalTable).toEqual({ ...chosen, source: "range" });
    // NPS 40 is under the 50 % tier (50): 0 %.
    expect(again.result.overall).toBe(0);
  });
});
