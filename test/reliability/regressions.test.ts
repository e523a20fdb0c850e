// The bugs the reliability tests found, one small test each (docs/reliability.md lists them with their fixes).
import ExcelJS from "exceljs";
import { runOnWorkbook, undoLastRun } from "../../src/excel";
import { createExcelHost, type ExcelHost, type HostSnapshot } from "../../src/host";
import { STATE_SHEET } from "../helpers/fuzzChecks";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import {
  FIXED_NOW,
  goalWorkbook,
  hostFor,
  nordjylland2020Rows,
  type GoalRow,
} from "../helpers/workbooks";

/** Fortryd empties the summary sheet a first run made instead of deleting it (no sheet is deleted in an ordinary run:
 * Worksheet.delete has no undo support, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities). */
const EMPTIED = "Oversigt";

/** Seed 004's nine goals, from assets/ (test/helpers/samples.ts). */
let NORDJYLLAND_2020: GoalRow[];
beforeAll(async () => {
  NORDJYLLAND_2020 = await nordjylland2020Rows();
});

const RUN = { now: FIXED_NOW, runId: "reg" };
const HEADERS = ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"];

const cell = (s: HostSnapshot, sheet: string, address: string) =>
  s.sheets.find((x) => x.name === sheet)?.cells.find((c) => c.address === address);

async function values(host: ExcelHost, sheet: string, address: string) {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values,valueTypes");
    await context.sync();
    return { values: range.values, types: range.valueTypes };
  });
}

describe("in-memory host (src/host)", () => {
  test("the hidden cells of a merged area read as empty, as in Excel (ExcelJS repeats the top-left value)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Mål");
    ws.getCell("A1").value = "1";
    ws.getCell("A2").value = "skjult";
    ws.mergeCells("A1:A2");
    const host = createExcelHost(wb);
    expect(await values(host, "Mål", "A1:A2")).toEqual({
      values: [["1"], [""]],
      types: [["String"], ["Empty"]],
    });
  });

  test("a goal whose Nr cells are merged over its two rows is one goal, not 'står to gange'", async () => {
    const rows: (string | number | null)[][] = [
      ["1", "Tilfredshed", "Drift", 72, 60, 50, null],
      [null, null, "Vækst", 55, 60, 50, null],
      ["2", "Effekt", null, "97 %", "70 %", "60 %", null],
    ];
    const wb = goalWorkbook(rows, { asTable: false });
    wb.getWorksheet("Mål")!.mergeCells("A4:A5");
    wb.getWorksheet("Mål")!.mergeCells("B4:B5");
    const outcome = await runOnWorkbook(createExcelHost(wb).run, RUN);
    expect(outcome.errors).toEqual([]);
    expect(outcome.result.goals.map((g) => [g.id, g.parts.length])).toEqual([
      ["1", 2],
      ["2", 1],
    ]);
  });

  test("clearing formats clears conditional formats; clearing contents keeps them", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020, { asTable: false }));
    const rules = async (applyTo: string) => {
      await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Mål").getRange("D4:D12");
        range.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
        range.clear(applyTo as Excel.ClearApplyTo);
        await context.sync();
      });
      const count = host.snapshot().sheets[0].conditionalFormats.length;
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("Mål").getRange("D4:D12").conditionalFormats.clearAll();
        await context.sync();
      });
      return count;
    };
    expect(await rules("Contents")).toBe(1);
    expect(await rules("Formats")).toBe(0);
    expect(await rules("All")).toBe(0);
  });

  test("deleting a table column deletes the conditional formats of its cells", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
    await host.run(async (context) => {
      const column = context.workbook.tables.getItem("Maal").columns.add(undefined, undefined, "X");
      column
        .getDataBodyRange()
        .conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
      await context.sync();
      column.delete();
      await context.sync();
    });
    expect(host.snapshot().sheets[0].conditionalFormats).toEqual([]);
  });

  test("an error typed as a constant is the error value; with an apostrophe it is text", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("L1:M1").values = [["#N/A", "'#N/A"]];
      await context.sync();
    });
    expect(await values(host, "Mål", "L1:M1")).toEqual({
      values: [["#N/A", "#N/A"]],
      types: [["Error", "String"]],
    });
  });
});

describe("the adapter (src/excel)", () => {
  test("no table at all: the error names the workbook's own first sheet, not a 'Mål' that does not exist", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").getCell("A1").value = 42;
    const outcome = await runOnWorkbook(createExcelHost(wb).run, RUN);
    expect(outcome.errors.map((e) => [e.sheet, e.cell, e.code])).toEqual([
      ["Data", "A1", "no-goal-table"],
    ]);
  });

  test.each([
    ["Oversigt", false, "Målopfyldelse oversigt"],
    ["oversigt", false, "Målopfyldelse oversigt"],
    ["OVERSIGT", true, "Målopfyldelse oversigt"],
  ])(
    "a user's sheet '%s' (hidden: %s) is left alone; the summary goes to '%s'",
    async (name, hidden, summary) => {
      const wb = goalWorkbook(NORDJYLLAND_2020);
      const own = wb.addWorksheet(name);
      own.getCell("A1").value = "Min egen";
      if (hidden) own.state = "hidden";
      const host = createExcelHost(wb);
      const before = host.snapshot();
      const outcome = await runOnWorkbook(host.run, RUN);
      expect(outcome.status).toBe("written");
      const after = host.snapshot();
      expect(after.sheets.find((s) => s.name === name)).toEqual(
        before.sheets.find((s) => s.name === name)
      );
      expect(cell(after, summary, "A1")?.value).toBe("Målopfyldelse");
    }
  );

  test("with both 'Oversigt' and 'Målopfyldelse oversigt' the user's, the summary goes to 'Målopfyldelse oversigt 2'", async () => {
    const wb = goalWorkbook(NORDJYLLAND_2020);
    wb.addWorksheet("Oversigt").getCell("A1").value = "Min";
    wb.addWorksheet("Målopfyldelse oversigt").getCell("A1").value = "Også min";
    const host = createExcelHost(wb);
    await runOnWorkbook(host.run, RUN);
    const after = host.snapshot();
    expect(cell(after, "Målopfyldelse oversigt", "A1")?.value).toBe("Også min");
    expect(cell(after, "Målopfyldelse oversigt 2", "A1")?.value).toBe("Målopfyldelse");
    // A re-run finds its own summary again.
    await runOnWorkbook(host.run, RUN);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(after.sheets.map((s) => s.name));
  });

  test("Fortryd gives the user's own output columns back their number formats and conditional formats", async () => {
    const wb = goalWorkbook(NORDJYLLAND_2020, {
      headers: [...HEADERS, "Opfyldelse", "Status"],
    });
    const host = createExcelHost(wb);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("H4:H12").numberFormat = Array.from({ length: 9 }, () => ["0.00"]);
      // The user's own colouring of the Status column stays: the run leaves its rules out there.
      sheet
        .getRange("I4:I12")
        .conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
      await context.sync();
    });
    const before = host.snapshot();
    expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
    const during = host.snapshot();
    expect(cell(during, "Mål", "H4")?.numberFormat).toBe("0.0 %");
    expect(during.sheets[0].conditionalFormats.map((c) => [c.type, c.address])).toEqual([
      ["IconSet", "H4:H12"],
      ["ContainsText", "I4:I12"],
    ]);
    expect((await undoLastRun(host.run)).status).toBe("undone");
    expect(
      describeChanges(
        diffSnapshots(before, host.snapshot(), { ignoreSheets: [STATE_SHEET, EMPTIED] })
      )
    ).toBe("");
  });

  test("Fortryd gives an added Forklaring column's sheet column its width back", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
    const before = host.snapshot();
    await runOnWorkbook(host.run, RUN);
    // Added, the column gets the width its widest explanation needs, at most 360 points (widths.ts).
    const added = host.snapshot().sheets[0].columnWidths.J;
    expect(added).toBeGreaterThan(200);
    expect(added).toBeLessThanOrEqual(360);
    await undoLastRun(host.run);
    expect(host.snapshot().sheets[0].columnWidths).toEqual(before.sheets[0].columnWidths);
  });
});
