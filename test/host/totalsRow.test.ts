// Excel tables with a totals row (issue 13, finding 3). Excel.Table reference (ExcelApi 1.1): showTotals "Specifies
// if the total row is visible"; getRange "the entire table"; getDataBodyRange "the data body of the table";
// getTotalRowRange "the totals row of the table" (learn.microsoft.com/javascript/api/excel/excel.table). In the file
// the table's ref covers the totals row and totalsRowCount="1" marks it (ECMA-376 table part), which is how ExcelJS
// writes and reads it, so these workbooks go through bytes exactly as a user's file would.
/* eslint-disable office-addins/load-object-before-read --
   The lint heuristic takes chained proxies for unloaded reads; the host enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { loadExcelHost, PROFILES } from "../../src/host";
import { expectCode, reloadWithExcelJS } from "./support";

/** Seed 004's goal table shape with a totals row Excel would add (Design > Total Row): a label and a SUBTOTAL. */
async function goalsWithTotals(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Mål");
  ws.getCell("A1").value = "Resultatkontrakt 2020";
  ws.addTable({
    name: "Maal",
    ref: "A3",
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: "Nr", totalsRowLabel: "I alt" },
      { name: "Mål" },
      { name: "Resultat", totalsRowFunction: "sum" },
    ],
    rows: [
      [1, "NPS", 72],
      [2, "Tilfredshed", 80],
      [3, "Nye kunder", 12],
    ],
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(PROFILES)("a table with a totals row, loaded from .xlsx (%s)", (profile) => {
  test("getRange includes the totals row, getDataBodyRange excludes it, getTotalRowRange is it (Excel.Table reference)", async () => {
    const host = await loadExcelHost(await goalsWithTotals(), { profile });
    const read = await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Maal");
      table.load("showTotals, showHeaders");
      const all = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address, values");
      const totals = table.getTotalRowRange().load("address, values");
      const columnTotals = table.columns.getItem("Resultat").getTotalRowRange().load("address");
      const rows = table.rows.getCount();
      await context.sync();
      return {
        showTotals: table.showTotals,
        showHeaders: table.showHeaders,
        all: all.address,
        body: body.address,
        bodyValues: body.values,
        totals: totals.address,
        label: totals.values[0][0],
        columnTotals: columnTotals.address,
        rows: rows.value,
      };
    });
    // Header A3:C3, three goals A4:C6, totals row A7:C7.
    expect(read).toMatchObject({
      showTotals: true,
      showHeaders: true,
      all: "Mål!A3:C7",
      body: "Mål!A4:C6",
      totals: "Mål!A7:C7",
      label: "I alt",
      columnTotals: "Mål!C7",
      rows: 3,
    });
    expect(read.bodyValues.map((r) => r[1])).toEqual(["NPS", "Tilfredshed", "Nye kunder"]);
  });

  test("the snapshot names the totals row; saving keeps it a totals row (totalsRowCount)", async () => {
    const host = await loadExcelHost(await goalsWithTotals(), { profile });
    const table = host.snapshot().tables[0];
    expect(table).toMatchObject({
      address: "A3:C7",
      bodyAddress: "A4:C6",
      totalsAddress: "A7:C7",
      showTotals: true,
    });
    const again = await loadExcelHost(await host.toXlsx(), { profile });
    expect(again.snapshot().tables[0]).toMatchObject({ totalsAddress: "A7:C7", showTotals: true });
    const model = (await reloadWithExcelJS(await host.toXlsx()))
      .getWorksheet("Mål")!
      .getTable("Maal") as unknown as { table: { totalsRow?: boolean } };
    expect(model.table.totalsRow).toBe(true);
  });
});

test("a table without a totals row has no totals range: the host refuses getTotalRowRange (undocumented in Excel)", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Mål").addTable({
    name: "Maal",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Nr" }, { name: "Mål" }],
    rows: [[1, "NPS"]],
  });
  const host = await loadExcelHost(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const snapshot = host.snapshot().tables[0];
  expect(snapshot).toMatchObject({ showTotals: false, totalsAddress: null, bodyAddress: "A2:B2" });
  await expectCode(
    () =>
      host.run(async (context) => {
        context.workbook.tables.getItem("Maal").getTotalRowRange().load("address");
        await context.sync();
      }),
    "InvalidOperation"
  );
});
