// Worksheet.onChanged in the in-memory host (src/host/model/events.ts): a handler added through the API hears every
// later write to its sheet, the add-in's own included (Excel's events page: "Office Add-in (JavaScript) code that
// changes the workbook" triggers events), with the documented WorksheetChangedEventArgs fields; other sheets' writes
// are not its; after remove() and a sync it hears nothing.
/* global Excel */
import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/host";

function twoSheets(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Mål").getCell("D4").value = 58;
  wb.addWorksheet("Andet").getCell("A1").value = "x";
  return wb;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("Worksheet.onChanged", () => {
  test("a write through Range.values raises one event with the changed area; remove() stops it", async () => {
    const host = createExcelHost(twoSheets());
    const heard: Excel.WorksheetChangedEventArgs[] = [];
    const { result, id } = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.load("id");
      const added = sheet.onChanged.add(async (args) => {
        heard.push(args);
      });
      await context.sync();
      return { result: added, id: sheet.id };
    });
    expect(host.events.count).toBe(1);

    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("D4:E5").values = [
        [61, "a"],
        [1, 2],
      ];
      context.workbook.worksheets.getItem("Andet").getRange("A1").values = [["y"]];
      await context.sync();
    });
    await settle();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toEqual({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: id,
      address: "D4:E5",
    });

    // A read changes nothing: no event.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("D4").load("values");
      await context.sync();
    });
    await settle();
    expect(heard).toHaveLength(1);

    // Removed in an Excel.run on the context it was added in: after its own run, that context takes no requests.
    expect(() => result.remove()).toThrow(/object path/);
    await host.run(result.context as Excel.RequestContext, async (context) => {
      result.remove();
      await context.sync();
    });
    expect(host.events.count).toBe(0);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("D4").values = [[62]];
      await context.sync();
    });
    await settle();
    expect(heard).toHaveLength(1);
  });
});
