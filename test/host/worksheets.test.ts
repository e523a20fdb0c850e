// Worksheets, ranges and formats: the structure the adapter reads and writes, and what toXlsx keeps of it.
/* global Excel */
import { describe, expect, test } from "@jest/globals";
import { loadExcelHost } from "../../src/host";
import { excelValue, expectCode, hostWith, reloadWithExcelJS } from "./support";

describe("worksheets", () => {
  test("add, rename, hide, move and delete sheets; their order, visibility and ids are readable", async () => {
    const host = hostWith({ Mål: [], Data: [] });
    const listed = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Tilstand");
      added.visibility = "VeryHidden" as Excel.SheetVisibility;
      sheets.add(); // Excel's default name
      sheets.getItem("Data").name = "Rådata";
      sheets.getItem("Rådata").position = 0;
      sheets.load("items/name, items/visibility, items/position, items/id");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.visibility, s.position, s.id.startsWith("{")]);
    });
    expect(listed).toEqual([
      ["Rådata", "Visible", 0, true],
      ["Mål", "Visible", 1, true],
      ["Tilstand", "VeryHidden", 2, true],
      ["Sheet4", "Visible", 3, true],
    ]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet4").delete();
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Rådata", "Mål", "Tilstand"]);
  });

  test("names follow Excel's rules: duplicates (ignoring case) and forbidden characters are refused", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      context.workbook.worksheets.add("MÅL");
      await expectCode(() => context.sync(), "ItemAlreadyExists");
      context.workbook.worksheets.add("a/b");
      await expectCode(() => context.sync(), "InvalidArgument");
      context.workbook.worksheets.getItem("Mål").name = "MÅL"; // a case-only rename of the sheet itself is fine
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["MÅL"]);
  });

  test("the last visible sheet can be neither hidden nor deleted", async () => {
    const host = hostWith({ Mål: [], Skjult: [] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Skjult").visibility = "Hidden" as Excel.SheetVisibility;
      await context.sync();
      context.workbook.worksheets.getItem("Mål").visibility = "Hidden" as Excel.SheetVisibility;
      await expectCode(() => context.sync(), "InvalidOperation");
      context.workbook.worksheets.getItem("Mål").delete();
      await expectCode(() => context.sync(), "InvalidOperation");
    });
  });

  test("active sheet and selection: getSelectedRange is A1 of the active sheet until something is selected", async () => {
    const host = hostWith({ Mål: [], Data: [] });
    await host.run(async (context) => {
      const first = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(first.address).toBe("Mål!A1");
      context.workbook.worksheets.getItem("Data").getRange("C4:D5").select();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect([active.name, selected.address]).toEqual(["Data", "Data!C4:D5"]);
    });
    expect(host.snapshot().activeSheet).toBe("Data");
  });

  test("sheet order, visibility and the active sheet survive toXlsx", async () => {
    const host = hostWith({ Mål: [[1]], Data: [[2]] });
    await host.run(async (context) => {
      context.workbook.worksheets.add("Tilstand").visibility =
        "VeryHidden" as Excel.SheetVisibility;
      context.workbook.worksheets.getItem("Data").position = 0;
      context.workbook.worksheets.getItem("Mål").activate();
      await context.sync();
    });
    const again = await loadExcelHost(await host.toXlsx());
    const snap = again.snapshot();
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Data", "Visible"],
      ["Mål", "Visible"],
      ["Tilstand", "VeryHidden"],
    ]);
    expect(snap.activeSheet).toBe("Mål");
  });
});

describe("ranges", () => {
  test("addresses quote sheet names the way Excel does", async () => {
    const host = hostWith({ Mål: [], "Mål 2021": [], A1: [], "Bob's": [] });
    const addresses = await host.run(async (context) => {
      const ranges = ["Mål", "Mål 2021", "A1", "Bob's"].map((name) =>
        context.workbook.worksheets.getItem(name).getRange("B2:C3").load("address")
      );
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["Mål!B2:C3", "'Mål 2021'!B2:C3", "'A1'!B2:C3", "'Bob''s'!B2:C3"]);
  });

  test("navigation methods compute the ranges Excel would", async () => {
    const host = hostWith({ Mål: [] });
    const got = await host.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Mål").getRange("B2:D5");
      const all = [
        base.getCell(1, 1),
        base.getRow(2),
        base.getColumn(0),
        base.getOffsetRange(1, 1),
        base.getResizedRange(-1, 2),
        base.getLastRow(),
        base.getBoundingRect("F9"),
        base.getIntersectionOrNullObject("C4:H9"),
        base.getEntireColumn(),
      ].map((r) => r.load("address"));
      const none = base.getIntersectionOrNullObject("X1");
      const dims = base.load("rowIndex, columnIndex, rowCount, columnCount, cellCount");
      await context.sync();
      return {
        addresses: all.map((r) => r.address),
        none: none.isNullObject,
        dims: [dims.rowIndex, dims.columnIndex, dims.rowCount, dims.columnCount, dims.cellCount],
      };
    });
    expect(got.addresses).toEqual([
      "Mål!C3",
      "Mål!B4:D4",
      "Mål!B2:B5",
      "Mål!C3:E6",
      "Mål!B2:F4",
      "Mål!B5:D5",
      "Mål!B2:F9",
      "Mål!C4:D5",
      "Mål!B:D",
    ]);
    expect(got.none).toBe(true);
    expect(got.dims).toEqual([1, 1, 4, 3, 12]);
  });

  test("the used range: values only or values and formats; a blank sheet gives A1 or a null object", async () => {
    const host = hostWith({ Mål: [], Tom: [] });
    const got = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("E7").format.fill.color = "#FFFF00";
      const withFormats = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      const blank = context.workbook.worksheets.getItem("Tom").getUsedRange().load("address");
      const blankOrNull = context.workbook.worksheets.getItem("Tom").getUsedRangeOrNullObject();
      await context.sync();
      return [withFormats.address, valuesOnly.address, blank.address, blankOrNull.isNullObject];
    });
    expect(got).toEqual(["Mål!B2:E7", "Mål!B2:C3", "Tom!A1", true]);
  });

  test("clear: Contents keeps formats, Formats keeps values, All removes both", async () => {
    const host = hostWith({ Mål: [["a", "b", "c"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1:C1").format.font.bold = true;
      await context.sync();
      sheet.getRange("A1").clear("Contents" as Excel.ClearApplyTo);
      sheet.getRange("B1").clear("Formats" as Excel.ClearApplyTo);
      sheet.getRange("C1").clear();
      await context.sync();
    });
    const cells = host.snapshot().sheets[0].cells.map((c) => [c.address, c.value, c.bold]);
    expect(cells).toEqual([
      ["A1", "", true],
      ["B1", "b", false],
    ]);
  });
});

describe("formats", () => {
  test("fill, font, alignment, wrap and column width are written, read back (null when mixed) and saved", async () => {
    const host = hostWith({ Mål: [["Mål", "Resultat"]] });
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      const header = sheet.getRange("A1:B1");
      header.format.fill.color = "#4472C4";
      header.format.font.color = "white";
      header.format.font.bold = true;
      header.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      header.format.wrapText = true;
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.getRange("A2").format.fill.color = "orange";
      const check = sheet
        .getRange("A1:B1")
        .load(
          "format/fill/color, format/font/color, format/font/bold, format/horizontalAlignment, format/wrapText"
        );
      const mixed = sheet.getRange("A1:A2").load("format/fill/color, format/columnWidth");
      const column = sheet.getRange("B1").load("format/columnWidth");
      await context.sync();
      return {
        fill: check.format.fill.color,
        font: [check.format.font.color, check.format.font.bold],
        align: [check.format.horizontalAlignment, check.format.wrapText],
        mixed: mixed.format.fill.color,
        widths: [mixed.format.columnWidth, column.format.columnWidth],
      };
    });
    expect(read).toEqual({
      fill: "#4472C4",
      font: ["#FFFFFF", true],
      align: ["Center", true],
      mixed: null,
      widths: [48, 120],
    });

    const excel = await reloadWithExcelJS(await host.toXlsx());
    const cell = excel.getWorksheet("Mål")!.findCell(1, 1)!;
    expect(cell.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF4472C4" },
    });
    expect(cell.font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(excelValue(excel, "Mål", "B1")).toBe("Resultat");
    expect(host.snapshot().sheets[0].columnWidths).toEqual({ B: 120 });
  });

  test("autofitColumns widens a column to its longest text", async () => {
    const host = hostWith({ Mål: [["Samlet målopfyldelse for året"], ["x"]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A1:A2").format.autofitColumns();
      await context.sync();
    });
    expect(host.snapshot().sheets[0].columnWidths.A).toBeGreaterThan(150);
  });

  test("colours must be #RRGGBB or an HTML colour name", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A1").format.fill.color = "grønblå";
      await expectCode(() => context.sync(), "InvalidArgument");
    });
  });
});
