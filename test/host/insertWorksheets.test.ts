// Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) on the host, each behaviour from its source
// (src/host/model/insertSheets.ts): all sheets at the end by default, or the ones named, before or after a sheet;
// the new sheets' ids returned; values, formats, widths and tables copied; the user's undo stack cleared (no undo
// support anywhere, so a grouped run is refused with UndoNotSupported under the undoGroups strictness); a clash of
// sheet names refused; a file the pre-flight refuses, or no workbook at all, is an InvalidArgument; ApiNotFound
// without ExcelApi 1.13.
/* global Excel */
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { sampleBytes } from "../helpers/samples";
import { baseWorkbook } from "../helpers/hostileXlsx";
import { expectCode, hostWith } from "./support";

const base64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString("base64");
const LAST_YEAR = base64(sampleBytes("nordjylland2021")); // one sheet: "Status 2021"
const ROOT = path.join(__dirname, "..", "..");

describe("Workbook.insertWorksheetsFromBase64", () => {
  test("all of last year's sheets at the end by default: values, number formats and widths, the ids returned", async () => {
    const host = hostWith({ "Status 2022": [["Nr", "Mål"]] });
    const ids = await host.run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(LAST_YEAR);
      await context.sync();
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/id");
      await context.sync();
      return { ids: result.value, sheets: sheets.items.map((s) => [s.name, s.id]) };
    });
    expect(ids.sheets.map((s) => s[0])).toEqual(["Status 2022", "Status 2021"]);
    expect(ids.ids).toEqual([ids.sheets[1][1]]);
    const copied = host.snapshot().sheets[1];
    const cell = (a: string) => copied.cells.find((c) => c.address === a);
    expect(cell("A1")?.value).toBe(
      "Resultatkontrakt 2021 – Erhvervshus Nordjylland, status pr. 13. oktober 2021"
    );
    expect(cell("A4")?.value).toBe("1");
    expect(cell("J4")).toMatchObject({ value: 0.4, text: "40 %" });
    expect(copied.columnWidths.B).toBeGreaterThan(copied.columnWidths.A);
    // No undo support on any platform: the user's undo stack is cleared, and counted.
    expect(host.undo.calls.map((c) => c.api)).toEqual(["Workbook.insertWorksheetsFromBase64"]);
  });

  test("the sheets named, before a given sheet; an Excel table comes along as a table", async () => {
    const host = hostWith({ Forside: [["x"]], "Status 2022": [["y"]] });
    const table2020 = base64(sampleBytes("nordjylland2020")); // sheet Mål with the table Maal2020
    await host.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(table2020, {
        sheetNamesToInsert: ["Mål"],
        positionType: "Before" as Excel.WorksheetPositionType,
        relativeTo: "Status 2022",
      });
      await context.sync();
    });
    const snap = host.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Forside", "Mål", "Status 2022"]);
    expect(snap.tables.map((t) => [t.name, t.sheet])).toEqual([["Maal2020", "Mål"]]);
  });

  test("a sheet name this workbook has already is refused, and nothing is inserted", async () => {
    const host = hostWith({ "Status 2021": [["mine"]] });
    const before = host.snapshot();
    await host.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(LAST_YEAR);
      await expectCode(() => context.sync(), "ItemAlreadyExists");
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });

  test("a file the pre-flight refuses, or bytes that are no workbook: InvalidArgument, nothing inserted", async () => {
    const host = hostWith({ Ark: [["x"]] });
    // A sheet id in the billions: ExcelJS would allocate an array that large (src/files, docs/files.md).
    const hostile = base64(baseWorkbook({ sheetIds: ["4000000000", "2"] }));
    await host.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(hostile);
      await expectCode(() => context.sync(), "InvalidArgument");
      context.workbook.insertWorksheetsFromBase64(
        base64(readFileSync(path.join(ROOT, "package.json")))
      );
      await expectCode(() => context.sync(), "InvalidArgument");
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Ark"]);
  });

  test("in an undo group it is refused (UndoNotSupported, undoGroups strictness); without ExcelApi 1.13, ApiNotFound", async () => {
    const grouped = hostWith({ Ark: [["x"]] }, { strictness: { undoGroups: true } });
    await grouped.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.insertWorksheetsFromBase64(LAST_YEAR);
      await expectCode(() => context.sync(), "UndoNotSupported");
    });
    expect(grouped.snapshot().sheets.map((s) => s.name)).toEqual(["Ark"]);
    const old = hostWith({ Ark: [["x"]] }, { requirementSets: { ExcelApi: "1.12" } });
    await old.run(async (context) => {
      await expectCode(async () => {
        context.workbook.insertWorksheetsFromBase64(LAST_YEAR);
        await context.sync();
      }, "ApiNotFound");
    });
  });
});
