// Sheet protection (Excel answers AccessDenied) and injected sync failures for the adapter's reliability tests.
/* global Excel */
/* eslint-disable office-addins/load-object-before-read --
   These tests read through navigation properties (sheet.protection, range.format, …) and, on purpose, read before
   load or sync; the lint heuristic cannot tell them apart. The host itself enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { createExcelHost, loadExcelHost } from "../../src/host";
import { expectCode, hostWith, rejection, valuesOf } from "./support";

describe("sheet protection", () => {
  test("writing to a protected sheet fails at sync with AccessDenied and changes nothing", async () => {
    const host = hostWith({ Mål: [["låst"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.protection.protect();
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);

      sheet.getRange("A1").values = [["ændret"]];
      const error = await rejection(() => context.sync());
      expect(error).toMatchObject({
        code: "AccessDenied",
        message: "You cannot perform the requested operation.",
      });
      sheet.getRange("A1").format.fill.color = "yellow";
      await expectCode(() => context.sync(), "AccessDenied");
      sheet.getRange("A1:A2").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      await expectCode(() => context.sync(), "AccessDenied");
      sheet.protection.protect();
      await expectCode(() => context.sync(), "AccessDenied"); // already protected
    });
    expect(await valuesOf(host, "Mål", "A1")).toEqual([["låst"]]);
  });

  test("protection options and unlocked cells are honoured; unprotect needs the password", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Mål");
    ws.getCell("B1").protection = { locked: false };
    const host = createExcelHost(workbook);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.protection.protect({ allowFormatCells: true }, "hemmelig");
      sheet.getRange("B1").values = [["åben celle"]];
      sheet.getRange("A1").format.font.bold = true;
      await context.sync();
      sheet.protection.unprotect("forkert");
      await expectCode(() => context.sync(), "InvalidArgument");
      sheet.protection.unprotect("hemmelig");
      sheet.getRange("A1").values = [["fri igen"]];
      await context.sync();
    });
    expect(await valuesOf(host, "Mål", "A1:B1")).toEqual([["fri igen", "åben celle"]]);
  });

  test("protection is saved with toXlsx and read back", async () => {
    const host = hostWith({ Mål: [[1]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").protection.protect();
      await context.sync();
    });
    const again = await loadExcelHost(await host.toXlsx());
    expect(again.snapshot().sheets[0].protected).toBe(true);
    await again.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A1").values = [[2]];
      await expectCode(() => context.sync(), "AccessDenied");
    });
  });
});

describe("failSync", () => {
  test("afterOperations = 2 applies exactly two queued operations, then rejects with the given code", async () => {
    const host = hostWith({ Mål: [] });
    host.failSync({ code: "GeneralException", message: "Netværksfejl", afterOperations: 2 });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1").values = [["1"]];
      sheet.getRange("A2").values = [["2"]];
      sheet.getRange("A3").values = [["3"]];
      const loaded = sheet.getRange("A1").load("values");
      const error = await rejection(() => context.sync());
      expect(error).toMatchObject({
        code: "GeneralException",
        message: "Netværksfejl",
        name: "RichApi.Error",
      });
      expect(() => loaded.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(await valuesOf(host, "Mål", "A1:A3")).toEqual([[1], [2], [""]]);
    expect(host.stats.requests[0]).toMatchObject({ operations: 4, error: "GeneralException" });
  });

  test("onSync picks a later sync; the others are untouched, and the fault fires once", async () => {
    const host = hostWith({ Mål: [] });
    host.failSync({ code: "RequestAborted", onSync: 2 });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1").values = [["første"]];
      await context.sync();
      sheet.getRange("A2").values = [["anden"]];
      await expectCode(() => context.sync(), "RequestAborted");
      sheet.getRange("A3").values = [["tredje"]];
      await context.sync();
    });
    expect(await valuesOf(host, "Mål", "A1:A3")).toEqual([["første"], [""], ["tredje"]]);
  });
});
