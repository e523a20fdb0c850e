// A file shaped like Excel saves it (test/fixtures/host/excel-saved-table.xlsx): the table part has no
// headerRowCount attribute (Excel's default, which ExcelJS reads as "no header row"), and column E holds a shared
// formula (E3 borrows E2's). The host must see the header row and keep E3's formula when E2 is rewritten.
/* global __dirname */
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import { join } from "path";
import { loadExcelHost } from "../../src/host";
import { reloadWithExcelJS } from "./support";

const fixture = () =>
  new Uint8Array(readFileSync(join(__dirname, "../fixtures/host/excel-saved-table.xlsx")));

describe("loading an .xlsx saved by Excel", () => {
  test("a table without the headerRowCount attribute has its header row", async () => {
    const host = await loadExcelHost(fixture());
    const read = await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Maal");
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      return { header: header.values, body: body.address };
    });
    expect(read).toEqual({ header: [["Mål", "Målværdi", "Resultat"]], body: "Mål!A2:C3" });
  });

  test("shared formulas read per cell, and survive rewriting the cell they were shared from", async () => {
    const host = await loadExcelHost(fixture());
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      const before = sheet.getRange("E2:E3").load("formulas, values");
      await context.sync();
      sheet.getRange("E2").formulas = [["=C2-B2"]];
      const after = sheet.getRange("E2:E3").load("formulas");
      await context.sync();
      return { before: [before.formulas, before.values], after: after.formulas };
    });
    expect(read.before).toEqual([
      [["=C2/B2"], ["=C3/B3"]],
      [[1.2], [0.9375]],
    ]);
    expect(read.after).toEqual([["=C2-B2"], ["=C3/B3"]]);
    const saved = await reloadWithExcelJS(await host.toXlsx());
    expect(saved.getWorksheet("Mål")!.findCell(3, 5)!.formula).toBe("C3/B3");
  });
});
