// Excel.Application as the adapter uses it: culture separators, calculation mode, suspending calculation.
/* global Excel */
import { describe, expect, test } from "@jest/globals";
import { hostWith } from "./support";

describe("application", () => {
  test.each<["," | ".", string[]]>([
    [",", ["da-DK", ",", "."]],
    [".", ["en-US", ".", ","]],
  ])("with decimal separator %p the culture reports %p", async (decimalSeparator, expected) => {
    {
      const host = hostWith({ Mål: [] }, { decimalSeparator });
      const read = await host.run(async (context) => {
        const culture = context.application.cultureInfo.load(
          "name, numberFormat/numberDecimalSeparator, numberFormat/numberGroupSeparator"
        );
        await context.sync();
        return [
          culture.name,
          culture.numberFormat.numberDecimalSeparator,
          culture.numberFormat.numberGroupSeparator,
        ];
      });
      expect(read).toEqual(expected);
    }
  });

  test("calculation mode is Automatic and can be set; suspendApiCalculationUntilNextSync is a counted operation", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const app = context.workbook.application;
      app.load("calculationMode");
      await context.sync();
      expect(app.calculationMode).toBe("Automatic");
      app.suspendApiCalculationUntilNextSync();
      app.calculationMode = "Manual" as Excel.CalculationMode;
      await context.sync();
      const again = context.application.load("calculationMode");
      await context.sync();
      expect(again.calculationMode).toBe("Manual");
    });
    expect(host.stats.requests.map((r) => r.operations)).toEqual([1, 2, 1]);
  });

  test("workbook.name is the name given in the options", async () => {
    const host = hostWith({ Mål: [] }, { workbookName: "Resultatkontrakt 2021.xlsx" });
    const name = await host.run(async (context) => {
      context.workbook.load("name");
      await context.sync();
      return context.workbook.name;
    });
    expect(name).toBe("Resultatkontrakt 2021.xlsx");
  });
});
