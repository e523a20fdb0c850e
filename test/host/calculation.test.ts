// Stale formulas while calculation is suspended (issue 13, finding 5; src/host/model/calculation.ts).
// Application.suspendApiCalculationUntilNextSync: "Suspends calculation until the next `context.sync()` is called.
// Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any dependencies are
// propagated." Application.calculate(calculationType): "Recalculate all currently opened workbooks in Excel."
// (learn.microsoft.com/javascript/api/excel/excel.application). calculationMode "Manual": "calculation is done when
// the user requests it".
/* global Excel */
import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { createExcelHost, PROFILES, type ExcelHost } from "../../src/host";

/** The user's own sheet reads the add-in's Opfyldelse column: directly, through a table column and through another
 * formula; one formula reads nothing the add-in writes. */
function userWorkbook(profile: (typeof PROFILES)[number]): ExcelHost {
  const workbook = new ExcelJS.Workbook();
  const mål = workbook.addWorksheet("Mål");
  mål.addTable({
    name: "Maal",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Nr" }, { name: "Opfyldelse" }],
    rows: [
      [1, 0.5],
      [2, 1],
    ],
  });
  const mine = workbook.addWorksheet("Mit overblik");
  mine.getCell("A1").value = { formula: "Mål!B2*100", result: 50 } as ExcelJS.CellFormulaValue;
  mine.getCell("A2").value = {
    formula: "AVERAGE(Maal[Opfyldelse])",
    result: 0.75,
  } as ExcelJS.CellFormulaValue;
  mine.getCell("A3").value = { formula: "A1+1", result: 51 } as ExcelJS.CellFormulaValue;
  mine.getCell("A4").value = {
    formula: 'LEN("Mål!B2")+SUM(C1:C9)',
    result: 7,
  } as ExcelJS.CellFormulaValue;
  return createExcelHost(workbook, { profile });
}

async function writeOpfyldelse(host: ExcelHost, suspend: boolean): Promise<void> {
  await host.run(async (context) => {
    if (suspend) context.application.suspendApiCalculationUntilNextSync();
    context.workbook.worksheets.getItem("Mål").getRange("B2:B3").values = [[0.75], [1]];
    await context.sync();
  });
}

describe.each(PROFILES)("calculation (%s)", (profile) => {
  test("a write under suspendApiCalculationUntilNextSync leaves its dependents stale, transitively (Application reference)", async () => {
    const host = userWorkbook(profile);
    await writeOpfyldelse(host, true);
    expect(host.staleFormulas()).toEqual([
      "'Mit overblik'!A1", // Mål!B2*100
      "'Mit overblik'!A2", // AVERAGE(Maal[Opfyldelse])
      "'Mit overblik'!A3", // A1+1, through A1
    ]);
    const cells = host.snapshot().sheets[1].cells;
    expect(cells.filter((c) => c.stale).map((c) => c.address)).toEqual(["A1", "A2", "A3"]);
  });

  test("they stay stale through later syncs that write nothing, until application.calculate", async () => {
    const host = userWorkbook(profile);
    await writeOpfyldelse(host, true);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A1").load("values");
      await context.sync();
    });
    expect(host.staleFormulas()).toHaveLength(3);
    await host.run(async (context) => {
      context.application.calculate("Recalculate");
      await context.sync();
    });
    expect(host.staleFormulas()).toEqual([]);
  });

  test("the same write without the suspension recalculates (Automatic mode): nothing stale", async () => {
    const host = userWorkbook(profile);
    await writeOpfyldelse(host, false);
    expect(host.staleFormulas()).toEqual([]);
  });

  test("in Manual calculation mode any write leaves dependents stale", async () => {
    const host = userWorkbook(profile);
    await host.run(async (context) => {
      context.application.calculationMode = "Manual";
      await context.sync();
    });
    await writeOpfyldelse(host, false);
    expect(host.staleFormulas()).toHaveLength(3);
  });

  test("a suspended write elsewhere leaves these formulas current; calculate() rejects an unknown type", async () => {
    const host = userWorkbook(profile);
    await host.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Mål").getRange("D10").values = [["x"]];
      await context.sync();
    });
    expect(host.staleFormulas()).toEqual([]);
    await expect(
      host.run(async (context) => {
        context.application.calculate("Sometimes" as Excel.CalculationType);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
