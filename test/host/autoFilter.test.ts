// Worksheet.autoFilter (Excel.AutoFilter, ExcelApi 1.9) on the host: what the Sammenligning sheet relies on, each
// behaviour from its source (src/host/model/autoFilter.ts): one AutoFilter per sheet, applied again it moves;
// remove() without one changes nothing; getRangeOrNullObject is null without one; a protected sheet refuses it unless
// protect() allowed AutoFilter; Excel without ExcelApi 1.9 answers ApiNotFound; clearing cells leaves it; it is
// saved with the workbook; criteria (hiding rows) are not modelled and say so.
/* global Excel */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   The tests read through the navigation property sheet.autoFilter; the lint heuristic takes it for a scalar read. The
   host itself enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { loadExcelHost } from "../../src/host";
import { expectCode, hostWith } from "./support";

const ROWS = [
  ["", "Ændring", "Mål"],
  ["→", "ændret", "Mål 1"],
  ["", "uændret", "Mål 2"],
];

describe("Worksheet.autoFilter", () => {
  test("apply puts the filter on the range; applied again it moves; remove takes it away, twice is harmless", async () => {
    const host = hostWith({ Ark: ROWS });
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark");
      const filter = sheet.autoFilter;
      const none = filter.getRangeOrNullObject();
      filter.load("enabled");
      await context.sync();
      const before = [none.isNullObject, filter.enabled];
      sheet.autoFilter.apply(sheet.getRange("A1:C3"));
      await context.sync();
      const first = host.snapshot().sheets[0].autoFilter;
      sheet.autoFilter.apply("A1:C2");
      const range = sheet.autoFilter.getRange();
      range.load("address");
      filter.load("enabled, isDataFiltered");
      await context.sync();
      const moved = [range.address, filter.enabled, filter.isDataFiltered];
      sheet.autoFilter.remove();
      sheet.autoFilter.remove();
      await context.sync();
      return { before, first, moved };
    });
    expect(read).toEqual({
      before: [true, false],
      first: "A1:C3",
      moved: ["Ark!A1:C2", true, false],
    });
    expect(host.snapshot().sheets[0].autoFilter).toBeUndefined();
  });

  test("clearing the cells leaves the AutoFilter: only remove() takes it away", async () => {
    const host = hostWith({ Ark: ROWS });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark");
      sheet.autoFilter.apply(sheet.getRange("A1:C3"));
      sheet.getRange("A1:C3").clear("All" as Excel.ClearApplyTo);
      await context.sync();
    });
    expect(host.snapshot().sheets[0]).toMatchObject({ cells: [], autoFilter: "A1:C3" });
  });

  test("a protected sheet refuses it (AccessDenied) unless protect() allowed AutoFilter", async () => {
    const host = hostWith({ Ark: ROWS, Tilladt: ROWS });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Ark").protection.protect();
      sheets.getItem("Tilladt").protection.protect({ allowAutoFilter: true });
      await context.sync();
      sheets.getItem("Ark").autoFilter.apply("A1:C3");
      await expectCode(() => context.sync(), "AccessDenied");
      sheets.getItem("Tilladt").autoFilter.apply("A1:C3");
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.autoFilter)).toEqual([undefined, "A1:C3"]);
  });

  test("Excel without ExcelApi 1.9 has no Worksheet.autoFilter: ApiNotFound", async () => {
    const host = hostWith({ Ark: ROWS }, { requirementSets: { ExcelApi: "1.8" } });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark");
      await expectCode(async () => {
        sheet.autoFilter.apply("A1:C3");
        await context.sync();
      }, "ApiNotFound");
    });
  });

  test("a range over a table, or on another sheet, is refused; a column outside the range is an InvalidArgument", async () => {
    const host = hostWith({ Ark: ROWS, Andet: ROWS });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark");
      context.workbook.tables.add("Ark!A1:C3", true);
      await context.sync();
      sheet.autoFilter.apply("B2:C3");
      await expectCode(() => context.sync(), "InvalidOperation");
      sheet.autoFilter.apply(context.workbook.worksheets.getItem("Andet").getRange("A1:C3"));
      await expectCode(() => context.sync(), "InvalidArgument");
      const other = context.workbook.worksheets.getItem("Andet");
      other.autoFilter.apply("A1:C3", 5);
      await expectCode(() => context.sync(), "InvalidArgument");
    });
  });

  test("filter criteria are not modelled: the host says so instead of pretending", async () => {
    const host = hostWith({ Ark: ROWS });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark");
      expect(() =>
        sheet.autoFilter.apply("A1:C3", 1, {
          filterOn: "Values" as Excel.FilterOn,
          values: ["ændret"],
        })
      ).toThrow(/not implemented by the in-memory host: AutoFilter.apply with criteria/);
    });
  });

  test("it is saved with the workbook and read back from the file", async () => {
    const host = hostWith({ Ark: ROWS });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Ark").autoFilter.apply("A1:C3");
      await context.sync();
    });
    const bytes = await host.toXlsx();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("Ark")!.autoFilter).toBe("A1:C3");
    const again = await loadExcelHost(bytes);
    expect(again.snapshot().sheets[0].autoFilter).toBe("A1:C3");
  });
});
