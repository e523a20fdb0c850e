// Tables: found after load, read, widened, and saved to .xlsx with the new column (the host's own table model).
/* eslint-disable office-addins/load-object-before-read --
   These tests read through navigation properties (sheet.protection, range.format, …) and, on purpose, read before
   load or sync; the lint heuristic cannot tell them apart. The host itself enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { createExcelHost, loadExcelHost } from "../../src/host";
import { excelValue, expectCode, hostWith, reloadWithExcelJS } from "./support";

function goalWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Mål 2021");
  ws.getCell("A1").value = "Resultatkontrakt";
  ws.addTable({
    name: "Maal",
    ref: "B3",
    headerRow: true,
    columns: [{ name: "Mål" }, { name: "Målværdi" }, { name: "Resultat" }],
    rows: [
      ["NPS", 60, 72],
      ["Tilfredshed", 0.8, 0.75],
    ],
  });
  return workbook;
}

describe("tables", () => {
  test("a table added with ExcelJS is found through workbook.tables and its header and body are readable", async () => {
    const host = createExcelHost(goalWorkbook());
    const read = await host.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name, items/worksheet/name");
      const table = context.workbook.tables.getItem("Maal");
      const header = table.getHeaderRowRange().load("values, address");
      const body = table.getDataBodyRange().load("values, address");
      const rows = table.rows.getCount();
      await context.sync();
      return {
        tables: tables.items.map((t) => [t.name, t.worksheet.name]),
        header: [header.address, header.values],
        body: [body.address, body.values],
        rows: rows.value,
      };
    });
    expect(read.tables).toEqual([["Maal", "Mål 2021"]]);
    expect(read.header).toEqual(["'Mål 2021'!B3:D3", [["Mål", "Målværdi", "Resultat"]]]);
    expect(read.body).toEqual([
      "'Mål 2021'!B4:D5",
      [
        ["NPS", 60, 72],
        ["Tilfredshed", 0.8, 0.75],
      ],
    ]);
    expect(read.rows).toBe(2);
  });

  test("columns.add widens the table; toXlsx saves header, values, ref and autofilter; both readers see it", async () => {
    const host = createExcelHost(goalWorkbook());
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Maal");
      table.columns.add(undefined, [["Opfyldelse"], [1], [0.5]]);
      const columns = table.columns.load("items/name, items/index");
      const range = table.getRange().load("address");
      await context.sync();
      expect(columns.items.map((c) => [c.name, c.index])).toEqual([
        ["Mål", 0],
        ["Målværdi", 1],
        ["Resultat", 2],
        ["Opfyldelse", 3],
      ]);
      expect(range.address).toBe("'Mål 2021'!B3:E5");
    });
    const bytes = await host.toXlsx();

    const excel = await reloadWithExcelJS(bytes);
    const ws = excel.getWorksheet("Mål 2021")!;
    const tables = (ws as unknown as { tables: Record<string, { model: Record<string, unknown> }> })
      .tables;
    const model = Object.values(tables)[0].model;
    expect(model.tableRef).toBe("B3:E5");
    expect(model.autoFilterRef).toBe("B3:E5");
    expect((model.columns as { name: string }[]).map((c) => c.name)).toEqual([
      "Mål",
      "Målværdi",
      "Resultat",
      "Opfyldelse",
    ]);
    expect([
      excelValue(excel, "Mål 2021", "E3"),
      excelValue(excel, "Mål 2021", "E4"),
      excelValue(excel, "Mål 2021", "E5"),
    ]).toEqual(["Opfyldelse", 1, 0.5]);

    const again = await loadExcelHost(bytes);
    const reread = await again.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Maal");
      const column = table.columns.getItemOrNullObject("Opfyldelse");
      const body = column.getDataBodyRange().load("values");
      await context.sync();
      return { missing: table.isNullObject || column.isNullObject, values: body.values };
    });
    expect(reread).toEqual({ missing: false, values: [[1], [0.5]] });
    expect(again.snapshot().tables).toEqual([
      expect.objectContaining({
        name: "Maal",
        sheet: "Mål 2021",
        address: "B3:E5",
        bodyAddress: "B4:E5",
        columns: ["Mål", "Målværdi", "Resultat", "Opfyldelse"],
      }),
    ]);
  });

  test("a column added by name only gets that header; in the middle, cells to its right move over", async () => {
    const host = createExcelHost(goalWorkbook());
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Maal");
      table.columns.add(undefined, undefined, "Kommentar");
      table.columns.add(1, undefined, "Metode");
      await context.sync();
    });
    const snap = host.snapshot();
    expect(snap.tables[0].columns).toEqual(["Mål", "Metode", "Målværdi", "Resultat", "Kommentar"]);
    const cells = Object.fromEntries(snap.sheets[0].cells.map((c) => [c.address, c.value]));
    expect([cells.B3, cells.C3, cells.D3, cells.E3, cells.F3]).toEqual([
      "Mål",
      "Metode",
      "Målværdi",
      "Resultat",
      "Kommentar",
    ]);
    expect([cells.B4, cells.C4, cells.D4, cells.E4]).toEqual(["NPS", undefined, 60, 72]);
  });

  test("a table column can be deleted; the cells to its right move left", async () => {
    const host = createExcelHost(goalWorkbook());
    await host.run(async (context) => {
      context.workbook.tables.getItem("Maal").columns.getItem("Målværdi").delete();
      await context.sync();
    });
    const snap = host.snapshot();
    expect(snap.tables[0]).toMatchObject({ address: "B3:C5", columns: ["Mål", "Resultat"] });
    const cells = Object.fromEntries(snap.sheets[0].cells.map((c) => [c.address, c.value]));
    expect([cells.C3, cells.C4, cells.D3, cells.D4]).toEqual([
      "Resultat",
      72,
      undefined,
      undefined,
    ]);
  });

  test("writing a header cell renames the column, as in Excel; a blank header becomes ColumnN", async () => {
    const host = createExcelHost(goalWorkbook());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål 2021").getRange("C3:D3").values = [["Mål 2021", ""]];
      await context.sync();
    });
    expect(host.snapshot().tables[0].columns).toEqual(["Mål", "Mål 2021", "Column3"]);
  });

  test("tables.add makes a table from a range: header cells become names, the range's sheet is used", async () => {
    const host = hostWith({
      Data: [
        ["Kommune", "Indbyggere", null],
        ["Billund", 26491, 1],
      ],
    });
    await host.run(async (context) => {
      const table = context.workbook.tables.add("Data!A1:C2", true);
      table.name = "Befolkning";
      const columns = table.columns.load("items/name");
      const count = context.workbook.tables.getCount();
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(["Kommune", "Indbyggere", "Column3"]);
      expect(count.value).toBe(1);
      context.workbook.worksheets.getItem("Data").tables.add("B2:D3", true);
      await expectCode(() => context.sync(), "MergedRangeConflict");
      context.workbook.tables.getItem("Befolkning").name = "1 ugyldigt navn";
      await expectCode(() => context.sync(), "InvalidArgument");
    });
    const excel = await reloadWithExcelJS(await host.toXlsx());
    expect(
      Object.keys((excel.getWorksheet("Data") as unknown as { tables: object }).tables)
    ).toEqual(["Befolkning"]);
  });

  test("table.delete removes the table and its cells' contents", async () => {
    const host = createExcelHost(goalWorkbook());
    await host.run(async (context) => {
      context.workbook.tables.getItem("Maal").delete();
      await context.sync();
    });
    const snap = host.snapshot();
    expect(snap.tables).toEqual([]);
    expect(snap.sheets[0].cells.map((c) => c.address)).toEqual(["A1"]);
  });
});
