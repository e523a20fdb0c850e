// Excel.Application: calculation mode, suspendApiCalculationUntilNextSync and the culture (decimal and group
// separators), which the adapter reads to parse and show Danish numbers. The host has no calculation engine, so
// calculation settings are only stored.

import type { HostWorkbook } from "../model/workbook";
import type { HostRequestContext } from "../runtime/context";
import { defineApi, HostObject } from "../runtime/clientObject";
import { enumArgument } from "./arguments";

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

function separators(wb: HostWorkbook): { decimal: string; group: string; culture: string } {
  return wb.options.decimalSeparator === ","
    ? { decimal: ",", group: ".", culture: "da-DK" }
    : { decimal: ".", group: ",", culture: "en-US" };
}

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

  /** Queued and counted like any call; the host recalculates nothing, so there is nothing to suspend. */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
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
    decimalSeparator: { get: (wb) => separators(wb).decimal },
    thousandsSeparator: { get: (wb) => separators(wb).group },
    useSystemSeparators: { get: () => true },
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
