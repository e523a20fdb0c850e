// Errors surface at sync with Office.js codes; *OrNullObject gives null objects; unimplemented members fail loudly.
/* global Excel */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   These tests read through navigation properties (sheet.protection, range.format, …) and, on purpose, read before
   load or sync; the lint heuristic cannot tell them apart. The host itself enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import { NotImplementedByHostError } from "../../src/host";
import { expectCode, hostWith, rejection, valuesOf } from "./support";

describe("errors at sync", () => {
  test("getItem of a missing sheet rejects the sync with ItemNotFound, not the call", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope"); // no error yet
      sheet.load("name");
      const error = await rejection(() => context.sync());
      expect(error).toMatchObject({
        code: "ItemNotFound",
        name: "RichApi.Error",
        message: "The requested resource doesn't exist.",
      });
      expect(
        (error as unknown as { debugInfo: { errorLocation: string } }).debugInfo.errorLocation
      ).toBe("WorksheetCollection.getItem");
    });
  });

  test("operations queued before the failing one stay applied; the ones after it do not run", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1").values = [["før fejlen"]];
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["efter fejlen"]];
      await expectCode(() => context.sync(), "ItemNotFound");
    });
    expect(await valuesOf(host, "Mål", "A1:A2")).toEqual([["før fejlen"], [""]]);
  });

  test("invalid arguments are InvalidArgument at sync (bad address, misshapen values, unknown enum value)", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A0").load("values");
      await expectCode(() => context.sync(), "InvalidArgument");
      sheet.getRange("A1:B2").values = [["only one row", 1]];
      await expectCode(() => context.sync(), "InvalidArgument");
      sheet.visibility = "Invisible" as Excel.SheetVisibility;
      await expectCode(() => context.sync(), "InvalidArgument");
    });
  });
});

describe("*OrNullObject", () => {
  test("getItemOrNullObject gives a null object whose isNullObject is known after the next sync", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Mål");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync(); // Office.js loads isNullObject with any sync, no load() needed
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("collection items and objects made by add() are not null objects once synced", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const added = context.workbook.worksheets.add("Ny");
      await context.sync();
      expect([sheets.items[0].isNullObject, added.isNullObject]).toEqual([false, false]);
    });
  });

  test("a null object's descendants are null objects too, and loading them succeeds", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Mål").getUsedRangeOrNullObject(true);
      const row = used.getRow(0);
      row.load("values");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(row.isNullObject).toBe(true);
      expect(row.values).toBeUndefined();
    });
  });

  test("changing a null object fails the sync with ItemNotFound (check isNullObject first)", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [["x"]];
      await expectCode(() => context.sync(), "ItemNotFound");
    });
  });
});

describe("strict surface", () => {
  test("an Office.js member the host does not implement throws naming it", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1");
      expect(() => range.getSpillingToRange()).toThrow(NotImplementedByHostError);
      expect(() => range.getSpillingToRange()).toThrow(
        "not implemented by the in-memory host: Range.getSpillingToRange"
      );
      expect(() => range.format.borders).toThrow(
        "not implemented by the in-memory host: RangeFormat.borders"
      );
      expect(() => range.load("hidden")).toThrow(
        "not implemented by the in-memory host: Range.hidden"
      );
      expect(() => context.trackedObjects).toThrow(
        "not implemented by the in-memory host: RequestContext.trackedObjects"
      );
    });
  });

  test("names Office.js does not have stay undefined, so await and matchers can probe proxies", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1");
      expect((range as unknown as Record<string, unknown>).then).toBeUndefined();
      expect(await Promise.resolve(range)).toBe(range);
    });
  });
});
