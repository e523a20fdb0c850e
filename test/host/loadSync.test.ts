// Office.js's proxy contract: nothing is readable before load + sync, writes are queued, loaded values are snapshots.
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests read through navigation properties (sheet.protection, range.format, …) and, on purpose, read before
   load or sync; the lint heuristic cannot tell them apart. The host itself enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import { hostWith, rejection } from "./support";

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded like Office.js", async () => {
    const host = hostWith({ Mål: [["Mål", "Resultat"]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1:B1");
      let thrown: { code?: string; name?: string; message?: string } = {};
      try {
        void range.values;
      } catch (e) {
        thrown = e as typeof thrown;
      }
      expect(thrown.code).toBe("PropertyNotLoaded");
      expect(thrown.name).toBe("RichApi.Error");
      expect(thrown.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the " +
          'containing object and call "context.sync()" on the associated request context.'
      );

      range.load("values");
      // Loaded but not yet synced: still not readable.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["Mål", "Resultat"]]);
      // Only what was loaded is readable.
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load accepts a comma string, an array and an object, and navigation paths", async () => {
    const host = hostWith({ Mål: [[1, 2]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      const a = sheet.getRange("A1:B1").load("address, rowCount");
      const b = sheet.getRange("A1").load(["columnIndex", "worksheet/name"]);
      const c = sheet.getRange("B1").load({ values: true, format: { fill: { color: true } } });
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Mål!A1:B1", 1]);
      expect([b.columnIndex, b.worksheet.name]).toEqual([0, "Mål"]);
      expect([c.values, c.format.fill.color]).toEqual([[[2]], "#FFFFFF"]);
    });
  });

  test("a value written through one proxy is not seen by another proxy's earlier snapshot until reloaded", async () => {
    const host = hostWith({ Mål: [["før"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      const reader = sheet.getRange("A1");
      reader.load("values");
      await context.sync();
      sheet.getRange("A1").values = [["efter"]];
      await context.sync();
      expect(reader.values).toEqual([["før"]]);
      reader.load("values");
      await context.sync();
      expect(reader.values).toEqual([["efter"]]);
    });
  });

  test("writes are queued: nothing changes before sync, and a load queued before a write sees the old value", async () => {
    const host = hostWith({ Mål: [["gammel"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [["ny"]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([["gammel"]]);
      expect(after.values).toEqual([["ny"]]);
    });
  });

  test("a property the proxy itself assigned is readable at once (Office.js keeps it on the proxy)", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.name = "Resultater";
      expect(sheet.name).toBe("Resultater");
      await context.sync();
      const check = context.workbook.worksheets.getItem("Resultater").load("name");
      await context.sync();
      expect(check.name).toBe("Resultater");
    });
  });

  test("collection items and ClientResult values are readable only after sync", async () => {
    const host = hostWith({ A: [], B: [] });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const count = sheets.getCount();
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => count.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(count.value).toBe(2);
      // Items carry only what was loaded.
      expect(() => sheets.items[0].visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("a failed sync delivers none of its loads", async () => {
    const host = hostWith({ Mål: [["x"]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1").load("values");
      context.workbook.worksheets.getItem("Findes ikke").load("name");
      const error = await rejection(() => context.sync());
      expect(error.code).toBe("ItemNotFound");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("objects of a finished run cannot be used again (Office.js needs trackedObjects for that)", async () => {
    const host = hostWith({ Mål: [] });
    const leaked = await host.run(async (context) => context.workbook.worksheets.getItem("Mål"));
    expect(() => leaked.load("name")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" })
    );
  });

  test("Excel.run sends operations the batch left queued, and the stats mark that sync as implicit", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A1").values = [["uden sync"]];
    });
    expect(host.snapshot().sheets[0].cells.map((c) => c.value)).toEqual(["uden sync"]);
    expect(host.stats.requests).toEqual([
      expect.objectContaining({ operations: 1, implicit: true }),
    ]);
  });

  test("toJSON gives the loaded properties, so a proxy can be logged or compared", async () => {
    const host = hostWith({ Mål: [[7]] });
    const json = await host.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Mål")
        .getRange("A1")
        .load("values, address");
      await context.sync();
      return JSON.parse(JSON.stringify(range));
    });
    expect(json).toEqual({ values: [[7]], address: "Mål!A1" });
  });
});
