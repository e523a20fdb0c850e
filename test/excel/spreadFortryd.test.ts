// Fortryd on the Spredning sheet when the run before drew another layout (another hub: other municipalities, another
// number of rows outside): the earlier sheet comes back whole, its formats and chart worked out from its values. When
// the sheet no longer reads as the add-in's (the user typed over the table's header), Fortryd puts back the values
// only (src/excel/workbook/lifecycle.ts, OwnedSheetPlan.redraw: "Null … when the values do not tell: then Fortryd puts
// back values only"), and draws no chart or format from a sheet it cannot read.
import { readFileSync } from "fs";
import { runSpreadOnWorkbook, SPREAD_SHEET, STATE_SHEET, undoLastRun } from "../../src/excel";
import { spreadRedraw } from "../../src/excel/spread/sheet";
import type { WriteOp } from "../../src/excel/workbook/ops";
import { loadExcelHost, type HostSnapshot } from "../../src/host";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { SAMPLE } from "../helpers/crmSample";
import { FIXED_NOW } from "../helpers/workbooks";

const NORD = { hub: "Nordjylland", year: 2021, now: FIXED_NOW, runId: "n" };
const MIDT = { ...NORD, hub: "Midtjylland", runId: "m" };
const IGNORE = { ignoreSheets: [STATE_SHEET] };

const spredning = (snap: HostSnapshot) => snap.sheets.find((s) => s.name === SPREAD_SHEET)!;
const valuesOf = (snap: HostSnapshot) =>
  new Map(
    spredning(snap)
      .cells.filter((c) => c.value !== "")
      .map((c) => [c.address, c.value])
  );

describe("Fortryd after a Spredning for another hub", () => {
  test("gives back the first run's sheet whole: values, formats, widths and its chart", async () => {
    const h = await loadExcelHost(readFileSync(SAMPLE));
    expect((await runSpreadOnWorkbook(h.run, NORD)).status).toBe("written");
    const first = h.snapshot();
    expect((await runSpreadOnWorkbook(h.run, MIDT)).status).toBe("written");
    // The second run drew another layout (so a Fortryd that kept it cannot pass): its chart reads other rows.
    expect(spredning(h.snapshot()).charts[0].sourceAddress).not.toBe("Spredning!A29:C40");
    expect((await undoLastRun(h.run)).status).toBe("undone");
    expect(describeChanges(diffSnapshots(first, h.snapshot(), IGNORE))).toBe("");
    expect(spredning(h.snapshot()).charts[0].sourceAddress).toBe("Spredning!A29:C40");
  });

  test.each([
    ["A11", "Kommunenavn"],
    ["B11", "Type"],
  ])(
    "with %s typed over (%s): the values come back, the second run's chart and formats stay",
    async (address, text) => {
      const h = await loadExcelHost(readFileSync(SAMPLE));
      await runSpreadOnWorkbook(h.run, NORD);
      await h.run(async (context) => {
        context.workbook.worksheets.getItem(SPREAD_SHEET).getRange(address).values = [[text]];
        await context.sync();
      });
      const edited = h.snapshot();
      expect((await runSpreadOnWorkbook(h.run, MIDT)).status).toBe("written");
      const second = spredning(h.snapshot());
      expect((await undoLastRun(h.run)).status).toBe("undone");
      const after = h.snapshot();
      expect(valuesOf(after)).toEqual(valuesOf(edited));
      // The chart is the second run's, where it put it and over the rows it read (its series show what those rows
      // hold now).
      const placed = (charts: HostSnapshot["sheets"][number]["charts"]) =>
        charts.map((c) => [c.name, c.sourceAddress, c.position]);
      expect(placed(spredning(after).charts)).toEqual(placed(second.charts));
      // The first run's total row (row 23) is not drawn bold again from values Fortryd could not read: the second
      // run had a municipality there (Midtjylland's 19 put its total in row 31), not bold.
      const total = spredning(after).cells.find((c) => c.address === "A23")!;
      expect(second.cells.find((c) => c.address === "A23")!.bold).toBe(false);
      expect([total.value, total.bold]).toEqual(["I alt", false]);
    }
  );
});

describe("spreadRedraw reads only a sheet that starts at A1", () => {
  // A Spredning sheet of one municipality, as a run writes it: the table's header in row 11 (index 10), the
  // municipality in row 12, "I alt" in row 13, the chart's label five rows under it (row 18), its header and one row.
  function window(): (string | number | null)[][] {
    const rows: (string | number | null)[][] = Array.from({ length: 20 }, () =>
      Array(8).fill(null)
    );
    rows[0][0] = "Geografisk spredning – Erhvervshus Nordjylland";
    rows[10] = [
      "Kommune",
      "Land/by",
      "Kommunegruppe",
      "Indbyggere",
      "Aktiviteter",
      "Virksomheder",
      "Pr. 10.000 indb.",
      "Indeks",
    ];
    rows[11][0] = "Læsø";
    rows[12][0] = "I alt";
    rows[17][0] = "Tal til diagrammet: aktiviteter pr. 10.000 indbyggere";
    rows[18] = ["Kommune", "Land", "By", null, null, null, null, null];
    rows[19] = ["Læsø", 0, null, null, null, null, null, null];
    return rows;
  }
  const before = (rowIndex: number, columnIndex: number) => ({
    name: SPREAD_SHEET,
    used: { rowIndex, columnIndex, rowCount: 20, columnCount: 8 },
    box: { rowCount: rowIndex + 20, columnCount: columnIndex + 8 },
    window: window(),
    charts: [],
  });

  test("from A1: its layout, the chart over the figures' header and the one municipality (rows 19–20)", () => {
    const ops = spreadRedraw(before(0, 0));
    expect(ops).not.toBeNull();
    const chart = ops!.find((o): o is Extract<WriteOp, { kind: "chart" }> => o.kind === "chart")!;
    expect(chart.spec.source).toEqual({
      sheet: SPREAD_SHEET,
      rowIndex: 18,
      columnIndex: 0,
      rowCount: 2,
      columnCount: 3,
    });
  });

  test("the same values from row 2 or column B (a row or column inserted before them): not read", () => {
    expect(spreadRedraw(before(1, 0))).toBeNull();
    expect(spreadRedraw(before(0, 1))).toBeNull();
  });
});

test("a Spredning write that fails half-way: failed, rolled back to the first run's sheet, the sheet named", async () => {
  const h = await loadExcelHost(readFileSync(SAMPLE));
  expect((await runSpreadOnWorkbook(h.run, NORD)).status).toBe("written");
  const first = h.snapshot();
  // A re-run's syncs: the scan and the read, then its write (sync 5).
  h.failSync({ code: "GeneralException", onSync: 5, afterOperations: 3 });
  const failed = await runSpreadOnWorkbook(h.run, { ...NORD, year: 2018, runId: "f" });
  expect(failed).toMatchObject({
    status: "failed",
    sheet: SPREAD_SHEET,
    year: 2018,
    errors: [],
    failure: {
      code: "GeneralException",
      message: "Injected failure (GeneralException)",
      restored: true,
    },
  });
  expect(describeChanges(diffSnapshots(first, h.snapshot(), IGNORE))).toBe("");
});

test("a Spredning sheet the user cut down to its first rows (no table header left): the next run writes", async () => {
  const h = await loadExcelHost(readFileSync(SAMPLE));
  await runSpreadOnWorkbook(h.run, NORD);
  await h.run(async (context) => {
    context.workbook.worksheets.getItem(SPREAD_SHEET).getRange("A5:H51").clear();
    await context.sync();
  });
  expect(spredning(h.snapshot()).usedRange).toBe("A1:B4");
  expect((await runSpreadOnWorkbook(h.run, MIDT)).status).toBe("written");
  expect(valuesOf(h.snapshot()).get("A1")).toBe("Geografisk spredning – Erhvervshus Midtjylland");
});
