// Excel.RangeAreas on the host, as far as Range.getMergedAreasOrNullObject (ExcelApi 1.13) hands one out: its
// address, areaCount and cellCount. (learn.microsoft.com/javascript/api/excel/excel.rangeareas)
import { cellCount, qualifiedAddress, type Rect } from "../address";
import { defineApi, HostObject, type ScalarTable } from "../runtime/clientObject";
import type { SheetEntity } from "../model/sheet";

export interface AreasRef {
  readonly sheet: SheetEntity;
  /** At least one rectangle (an empty RangeAreas is a null object). */
  readonly areas: readonly Rect[];
}

const SCALARS: ScalarTable<AreasRef> = {
  // "Address value will contain the worksheet name for each rectangular block of cells (e.g., "Sheet1!A1:B4,
  // Sheet1!D1:D4")" — RangeAreas.address on Learn; the host writes Learn's example form.
  address: { get: (ref) => ref.areas.map((a) => qualifiedAddress(ref.sheet.name, a)).join(", ") },
  addressLocal: {
    get: (ref) => ref.areas.map((a) => qualifiedAddress(ref.sheet.name, a)).join(", "),
  },
  areaCount: { get: (ref) => ref.areas.length },
  cellCount: { get: (ref) => ref.areas.reduce((n, a) => n + cellCount(a), 0) },
};

export class RangeAreasApi extends HostObject<AreasRef> {
  protected override _alive(ref: AreasRef): boolean {
    return ref.sheet.alive;
  }
}

defineApi(RangeAreasApi, "RangeAreas", SCALARS);
