// Excel.AutoFilter of a worksheet (ExcelApi 1.9) on the host: apply (without criteria: the filter buttons), remove,
// getRange / getRangeOrNullObject, enabled and isDataFiltered. What is modelled and from where: model/autoFilter.ts.
// https://learn.microsoft.com/javascript/api/excel/excel.autofilter
// Filter criteria (hiding rows) are not modelled: apply with criteria, criteria, reapply and the clear methods throw
// NotImplementedByHost, loudly, instead of pretending.
import { hostError, NotImplementedByHostError } from "../errors";
import { applyAutoFilter, autoFilterRect, removeAutoFilter } from "../model/autoFilter";
import type { SheetEntity } from "../model/sheet";
import { defineApi, HostObject } from "../runtime/clientObject";
import { rangeArgument, wire } from "./arguments";
import { RangeApi } from "./range";

export class AutoFilterApi extends HostObject<SheetEntity> {
  protected override _alive(sheet: SheetEntity): boolean {
    return sheet.alive;
  }

  /** "Applies the AutoFilter to a range. This filters the column if column index and filter criteria are specified." */
  apply(range: unknown, columnIndex?: number, criteria?: unknown): void {
    if (criteria !== undefined)
      throw new NotImplementedByHostError("AutoFilter.apply with criteria");
    this._call("apply", wire([range, columnIndex ?? null]), (sheet, exec, location) => {
      const ref = rangeArgument(range, exec, sheet, location);
      if (ref.sheet !== sheet)
        throw hostError("InvalidArgument", location, "the range is on another sheet");
      if (columnIndex !== undefined && (columnIndex < 0 || columnIndex >= ref.rect.colCount))
        throw hostError("InvalidArgument", location, `column ${columnIndex} is outside the range`);
      applyAutoFilter(exec.wb, sheet, ref.rect, exec.journal, location);
    });
  }

  /** "Removes the AutoFilter for the range." */
  remove(): void {
    this._call("remove", [], (sheet, exec, location) =>
      removeAutoFilter(sheet, exec.journal, location)
    );
  }

  getRange(): RangeApi {
    return RangeApi._create(
      this,
      "getRange()",
      this._via((sheet) => {
        const area = autoFilterRect(sheet);
        if (!area)
          throw hostError("ItemNotFound", "AutoFilter.getRange", "the sheet has no AutoFilter");
        return { sheet, rect: area };
      })
    );
  }

  /** A null object when the sheet has no AutoFilter (documented). */
  getRangeOrNullObject(): RangeApi {
    return RangeApi._create(
      this,
      "getRangeOrNullObject()",
      this._via((sheet) => {
        const area = autoFilterRect(sheet);
        return area ? { sheet, rect: area } : null;
      })
    )._instantiate("AutoFilter.getRangeOrNullObject");
  }
}

defineApi(AutoFilterApi, "AutoFilter", {
  enabled: { get: (sheet) => autoFilterRect(sheet) !== null },
  // No criteria are modelled, so no AutoFilter of the host filters data.
  isDataFiltered: { get: () => false },
});
