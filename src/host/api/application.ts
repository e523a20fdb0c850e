// Excel.Application: calculation mode, suspendApiCalculationUntilNextSync, calculate and the culture (decimal and
// group separators), which the adapter reads to parse and show Danish numbers. The host has no calculation engine:
// it tracks which formulas are stale instead (model/calculation.ts).
//
// Separators (ExcelApi 1.11): Application.decimalSeparator "Gets the string used as the decimal separator for numeric
// values. This is based on the local Excel settings." and useSystemSeparators "Specifies if the system separators of
// Excel are enabled."; CultureInfo.numberFormat.numberDecimalSeparator is "based on current system settings". The
// workbook article: "Some settings can be changed in the Excel UI. When that happens, the system settings remain
// available through CultureInfo, and local overrides are exposed through Application properties such as
// Application.decimalSeparator." (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks
// #access-application-culture-settings). The host's decimalSeparator option is the system's, excelSeparators
// Excel's own override.

import type { HostWorkbook } from "../model/workbook";
import type { HostRequestContext } from "../runtime/context";
import { defineApi, HostObject } from "../runtime/clientObject";
import { enumArgument } from "./arguments";

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

/** The operating system's culture and separators (CultureInfo). */
function separators(wb: HostWorkbook): { decimal: string; group: string; culture: string } {
  return wb.options.decimalSeparator === ","
    ? { decimal: ",", group: ".", culture: "da-DK" }
    : { decimal: ".", group: ",", culture: "en-US" };
}

const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"] as const;

export class ApplicationApi extends HostObject<HostWorkbook> {
  constructor(context: HostRequestContext, path: string) {
    super(context, { path, locate: (exec) => exec.wb });
  }

  get cultureInfo(): CultureInfoApi {
    return this._child(
      "cultureInfo",
      () =>
        new CultureInfoApi(this.context, {
          path: `${this._path}.cultureInfo`,
          locate: (exec) => exec.wb,
        })
    );
  }

  /** Formulas that read cells this sync writes stay stale until calculate() (model/calculation.ts). */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], (wb) => wb.calculation.suspend());
  }

  /** Every type ("Recalculate", "Full", "FullRebuild") brings every stale formula up to date. */
  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], (wb, _exec, location) => {
      enumArgument(calculationType, CALCULATION_TYPES, location);
      wb.calculation.calculate();
    });
  }
}

defineApi(
  ApplicationApi,
  "Application",
  {
    calculationMode: {
      get: (wb) => wb.calculationMode,
      set: (wb, value, exec, location) =>
        exec.journal.assign(
          wb,
          "calculationMode",
          enumArgument(value, CALCULATION_MODES, location)
        ),
    },
    decimalSeparator: {
      get: (wb) => wb.options.excelSeparators?.decimal ?? separators(wb).decimal,
    },
    thousandsSeparator: {
      get: (wb) => wb.options.excelSeparators?.thousands ?? separators(wb).group,
    },
    useSystemSeparators: { get: (wb) => wb.options.excelSeparators === undefined },
  },
  ["cultureInfo"]
);

export class CultureInfoApi extends HostObject<HostWorkbook> {
  get numberFormat(): NumberFormatInfoApi {
    return this._child(
      "numberFormat",
      () =>
        new NumberFormatInfoApi(this.context, {
          path: `${this._path}.numberFormat`,
          locate: (exec) => exec.wb,
        })
    );
  }
}

defineApi(CultureInfoApi, "CultureInfo", { name: { get: (wb) => separators(wb).culture } }, [
  "numberFormat",
]);

export class NumberFormatInfoApi extends HostObject<HostWorkbook> {}

defineApi(NumberFormatInfoApi, "NumberFormatInfo", {
  numberDecimalSeparator: { get: (wb) => separators(wb).decimal },
  numberGroupSeparator: { get: (wb) => separators(wb).group },
});
