// Undo support per platform (issue 13, finding 1), from Microsoft's "Undo support with the Excel JavaScript API"
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
//  - "If an API within the group doesn't offer undo support, the `UndoNotSupported` error is thrown"
//  - "If you call an unsupported API in your add-in, the user's undo stack is cleared starting from that API call"
//  - Its table: Worksheet.delete unsupported on the web, Windows and Mac; Worksheet.visibility, .name and .position
//    supported on the web but not on Windows and Mac; WorksheetCollection.add and Range.values are not listed.
import { describe, expect, test } from "@jest/globals";
import { createExcelHost, PROFILES, type ExcelHost, type PlatformProfile } from "../../src/host";
import { undoTable, undoUnsupported } from "../../src/host/platform/undoSupport";
import { expectCode, workbookWith } from "./support";

function host(profile: PlatformProfile, strict: boolean): ExcelHost {
  return createExcelHost(workbookWith({ Mål: [["Nr", "Mål"]], Gammel: [["x"]] }), {
    profile,
    strictness: strict ? { undoGroups: true } : {},
  });
}

/** What the add-in's first run does to its state sheet: add it and hide it (write.ts queueOp "addSheet"). */
async function addHiddenSheet(h: ExcelHost, grouped: boolean): Promise<void> {
  await h.run({ mergeUndoGroup: grouped }, async (context) => {
    const sheet = context.workbook.worksheets.add("Tilstand");
    sheet.visibility = "VeryHidden";
    context.workbook.worksheets.getItem("Mål").getRange("C1").values = [["Opfyldelse"]];
    await context.sync();
  });
}

describe("the undo page's table, as transcribed", () => {
  test("lists 90 APIs; the desktop-only gaps are exactly Worksheet.name, .position and .visibility", () => {
    const table = undoTable();
    expect(table).toHaveLength(90);
    expect(table.filter(([, where]) => where === "desktop").map(([api]) => api)).toEqual([
      "Worksheet.name",
      "Worksheet.position",
      "Worksheet.visibility",
    ]);
    expect(undoUnsupported("Worksheet.delete", "web")).toBe(true);
    expect(undoUnsupported("Worksheet.delete", "mac")).toBe(true);
    expect(undoUnsupported("Worksheet.visibility", "web")).toBe(false);
    expect(undoUnsupported("Worksheet.visibility", "windows")).toBe(true);
    expect(undoUnsupported("Range.values", "windows")).toBe(false);
    expect(undoUnsupported("WorksheetCollection.add", "windows")).toBe(false);
    // Listed as unsupported on the web only (style and document-property APIs).
    expect(undoUnsupported("Style.numberFormat", "web")).toBe(true);
    expect(undoUnsupported("Style.numberFormat", "mac")).toBe(false);
  });
});

describe.each(PROFILES)("undo on the %s profile", (profile) => {
  const desktop = profile !== "web";

  test("Worksheet.delete in a mergeUndoGroup run fails with UndoNotSupported and is not applied (undo page)", async () => {
    const h = host(profile, true);
    await expectCode(
      () =>
        h.run({ mergeUndoGroup: true }, async (context) => {
          context.workbook.worksheets.getItem("Gammel").delete();
          await context.sync();
        }),
      "UndoNotSupported"
    );
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual(["Mål", "Gammel"]);
    expect(h.undo.calls).toEqual([
      { run: 0, api: "Worksheet.delete", grouped: true, refused: true },
    ]);
    expect(h.undo.clearedCount).toBe(0);
  });

  test(`adding and hiding a sheet in a group is ${desktop ? "refused (visibility has no undo on Windows and Mac)" : "allowed (visibility has undo on the web)"}`, async () => {
    const h = host(profile, true);
    if (desktop) {
      await expectCode(() => addHiddenSheet(h, true), "UndoNotSupported");
      // The sheet was added (WorksheetCollection.add supports undo); the visibility set and what followed were not.
      const sheets = h.snapshot().sheets;
      expect(sheets.find((s) => s.name === "Tilstand")?.visibility).toBe("Visible");
      expect(h.undo.calls.map((c) => c.api)).toEqual(["Worksheet.visibility"]);
    } else {
      await addHiddenSheet(h, true);
      expect(h.snapshot().sheets.find((s) => s.name === "Tilstand")?.visibility).toBe("VeryHidden");
      expect(h.undo.calls).toEqual([]);
    }
    expect(h.undo.clearedCount).toBe(0);
  });

  test("outside a group an unsupported call runs and clears the undo stack (counted)", async () => {
    const h = host(profile, true);
    await addHiddenSheet(h, false);
    await h.run(async (context) => {
      context.workbook.worksheets.getItem("Gammel").delete();
      await context.sync();
    });
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual(["Mål", "Tilstand"]);
    expect(h.undo.clearedCount).toBe(desktop ? 2 : 1);
    expect(h.undo.calls.map((c) => [c.run, c.api, c.refused])).toEqual([
      ...(desktop ? [[0, "Worksheet.visibility", false]] : []),
      [1, "Worksheet.delete", false],
    ]);
  });

  test("without the undoGroups strictness a grouped run makes the call, and the stack is cleared (today's host)", async () => {
    const h = host(profile, false);
    await h.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Gammel").delete();
      await context.sync();
    });
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual(["Mål"]);
    expect(h.undo.calls).toEqual([
      { run: 0, api: "Worksheet.delete", grouped: true, refused: false },
    ]);
    expect(h.undo.clearedCount).toBe(1);
  });

  test("writing values, formats and tables in a group is allowed and leaves the undo stack alone", async () => {
    const h = host(profile, true);
    await h.run({ mergeUndoGroup: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A2:B2").values = [[1, "NPS"]];
      sheet.getRange("B2").format.fill.color = "#C6EFCE";
      context.workbook.tables.add("Mål!A1:B2", true);
      await context.sync();
    });
    expect(h.undo).toMatchObject({ clearedCount: 0, calls: [] });
    expect(h.stats.runs).toEqual([{ mergeUndoGroup: true, syncs: 1 }]);
  });
});

test("an Excel without ExcelApi 1.20 has no undo groups: mergeUndoGroup is ignored and the run is recorded ungrouped", async () => {
  const h = createExcelHost(workbookWith({ Mål: [["x"]], Gammel: [["y"]] }), {
    requirementSets: { ExcelApi: "1.14" },
    strictness: { undoGroups: true },
  });
  await h.run({ mergeUndoGroup: true }, async (context) => {
    context.workbook.worksheets.getItem("Gammel").delete();
    await context.sync();
  });
  expect(h.stats.runs[0].mergeUndoGroup).toBe(false);
  expect(h.undo.clearedCount).toBe(1);
});

test("mergeUndoGroupByDefault groups runs that give no options, as officeRunner does in Excel with ExcelApi 1.20", async () => {
  const h = createExcelHost(workbookWith({ Mål: [["x"]], Gammel: [["y"]] }), {
    mergeUndoGroupByDefault: true,
    strictness: { undoGroups: true },
  });
  await expectCode(
    () =>
      h.run(async (context) => {
        context.workbook.worksheets.getItem("Gammel").delete();
        await context.sync();
      }),
    "UndoNotSupported"
  );
  expect(h.stats.runs[0].mergeUndoGroup).toBe(true);
});
