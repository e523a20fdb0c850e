// Excel.Range on the host. A range is a sheet and a rectangle, fixed when the proxy is first resolved.

import {
  bounding,
  cellCount,
  formatRect,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  rect,
  type Rect,
} from "../address";
import { hostError } from "../errors";
import { usedRect } from "../model/cells";
import { mergedAreas, mergeRange } from "../model/merges";
import {
  addressOf,
  assertReadable,
  clearContents,
  readFormulas,
  readNumberFormats,
  readText,
  readValues,
  readValueTypes,
  writeContents,
  writeNumberFormats,
  type RangeRef,
} from "../model/ranges";
import type { Exec } from "../runtime/engine";
import { defineApi, HostObject, type ScalarTable } from "../runtime/clientObject";
import { checkedRect, rangeArgument, wire } from "./arguments";
import { ConditionalFormatCollectionApi } from "./conditionalFormats";
import { RangeAreasApi } from "./rangeAreas";
import { RangeFormatApi } from "./rangeFormat";
import { WorksheetApi } from "./worksheet";

/** Range.getMergedAreasOrNullObject fails past this many areas (Learn). */
const MERGED_AREAS_LIMIT = 512;

/** The 2-D properties need a readable range (at most cellReadLimit cells). */
function grid(read: (ref: RangeRef, exec: Exec) => unknown) {
  return (ref: RangeRef, exec: Exec, location: string) => {
    assertReadable(exec.wb, ref, location);
    return read(ref, exec);
  };
}

const SCALARS: ScalarTable<RangeRef> = {
  address: { get: (ref) => addressOf(ref) },
  addressLocal: { get: (ref) => addressOf(ref) },
  rowIndex: { get: (ref) => ref.rect.row },
  columnIndex: { get: (ref) => ref.rect.col },
  rowCount: { get: (ref) => ref.rect.rowCount },
  columnCount: { get: (ref) => ref.rect.colCount },
  cellCount: { get: (ref) => cellCount(ref.rect) },
  values: {
    get: grid((ref, exec) => readValues(exec.wb, ref)),
    set: (ref, value, exec, location) => writeContents(exec.wb, ref, value, exec.journal, location),
  },
  formulas: {
    get: grid((ref, exec) => readFormulas(exec.wb, ref)),
    set: (ref, value, exec, location) => writeContents(exec.wb, ref, value, exec.journal, location),
  },
  numberFormat: {
    get: grid((ref) => readNumberFormats(ref)),
    set: (ref, value, exec, location) => writeNumberFormats(ref, value, exec.journal, location),
  },
  text: { get: grid((ref, exec) => readText(exec.wb, ref)) },
  valueTypes: { get: grid((ref, exec) => readValueTypes(exec.wb, ref)) },
};

export class RangeApi extends HostObject<RangeRef> {
  protected override _alive(ref: RangeRef): boolean {
    return ref.sheet.alive;
  }

  get format(): RangeFormatApi {
    return this._child(
      "format",
      () =>
        new RangeFormatApi(this.context, {
          path: `${this._path}.format`,
          locate: this._via((ref) => ref),
        })
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionApi {
    return this._child(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionApi(this.context, {
          path: `${this._path}.conditionalFormats`,
          locate: this._via((ref) => ref),
        })
    );
  }

  get worksheet(): WorksheetApi {
    return this._child(
      "worksheet",
      () =>
        new WorksheetApi(this.context, {
          path: `${this._path}.worksheet`,
          locate: this._via((ref) => ref.sheet),
        })
    );
  }

  /** A range computed from this one when the sync runs (null: a null object, for *OrNullObject methods). */
  private _derive(
    call: string,
    step: (ref: RangeRef, exec: Exec, location: string) => Rect | null,
    nullable = false
  ): RangeApi {
    const location = `Range.${call.slice(0, call.indexOf("("))}`;
    const range = new RangeApi(this.context, {
      path: `${this._path}.${call}`,
      locate: this._via((ref, exec) => {
        const area = step(ref, exec, location);
        return area ? { sheet: ref.sheet, rect: checkedRect(area, location) } : null;
      }),
    });
    return nullable ? range._instantiate(location) : range;
  }

  getCell(row: number, column: number): RangeApi {
    return this._derive(`getCell(${row}, ${column})`, (ref) =>
      rect(ref.rect.row + row, ref.rect.col + column)
    );
  }

  getRow(row: number): RangeApi {
    return this._derive(`getRow(${row})`, (ref, _exec, location) => {
      if (!(row >= 0 && row < ref.rect.rowCount))
        throw hostError("InvalidArgument", location, `row ${row} is outside the range`);
      return rect(ref.rect.row + row, ref.rect.col, 1, ref.rect.colCount);
    });
  }

  getColumn(column: number): RangeApi {
    return this._derive(`getColumn(${column})`, (ref, _exec, location) => {
      if (!(column >= 0 && column < ref.rect.colCount)) {
        throw hostError("InvalidArgument", location, `column ${column} is outside the range`);
      }
      return rect(ref.rect.row, ref.rect.col + column, ref.rect.rowCount, 1);
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeApi {
    return this._derive(`getOffsetRange(${rowOffset}, ${columnOffset})`, (ref) => ({
      ...ref.rect,
      row: ref.rect.row + rowOffset,
      col: ref.rect.col + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    return this._derive(`getResizedRange(${deltaRows}, ${deltaColumns})`, (ref) => ({
      ...ref.rect,
      rowCount: ref.rect.rowCount + deltaRows,
      colCount: ref.rect.colCount + deltaColumns,
    }));
  }

  getLastRow(): RangeApi {
    return this._derive("getLastRow()", (ref) =>
      rect(ref.rect.row + ref.rect.rowCount - 1, ref.rect.col, 1, ref.rect.colCount)
    );
  }

  getLastColumn(): RangeApi {
    return this._derive("getLastColumn()", (ref) =>
      rect(ref.rect.row, ref.rect.col + ref.rect.colCount - 1, ref.rect.rowCount, 1)
    );
  }

  getLastCell(): RangeApi {
    return this._derive("getLastCell()", (ref) =>
      rect(ref.rect.row + ref.rect.rowCount - 1, ref.rect.col + ref.rect.colCount - 1)
    );
  }

  getEntireRow(): RangeApi {
    return this._derive("getEntireRow()", (ref) =>
      rect(ref.rect.row, 0, ref.rect.rowCount, MAX_COLUMNS)
    );
  }

  getEntireColumn(): RangeApi {
    return this._derive("getEntireColumn()", (ref) =>
      rect(0, ref.rect.col, MAX_ROWS, ref.rect.colCount)
    );
  }

  getBoundingRect(anotherRange: unknown): RangeApi {
    return this._derive(`getBoundingRect(${describe(anotherRange)})`, (ref, exec, location) =>
      bounding(ref.rect, otherOnSameSheet(ref, anotherRange, exec, location))
    );
  }

  getIntersection(anotherRange: unknown): RangeApi {
    return this._derive(`getIntersection(${describe(anotherRange)})`, (ref, exec, location) => {
      const overlap = intersect(ref.rect, otherOnSameSheet(ref, anotherRange, exec, location));
      if (!overlap) throw hostError("ItemNotFound", location, "the ranges do not intersect");
      return overlap;
    });
  }

  getIntersectionOrNullObject(anotherRange: unknown): RangeApi {
    return this._derive(
      `getIntersectionOrNullObject(${describe(anotherRange)})`,
      (ref, exec, location) =>
        intersect(ref.rect, otherOnSameSheet(ref, anotherRange, exec, location)),
      true
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeApi {
    return this._derive(`getUsedRange(${valuesOnly ?? ""})`, (ref, _exec, location) => {
      const used = usedWithin(ref, !!valuesOnly);
      if (!used)
        throw hostError("ItemNotFound", location, `no used cells in ${formatRect(ref.rect)}`);
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi {
    return this._derive(
      `getUsedRangeOrNullObject(${valuesOnly ?? ""})`,
      (ref) => usedWithin(ref, !!valuesOnly),
      true
    );
  }

  /**
   * The merged areas "in this range" (ExcelApi 1.13): on Learn, a RangeAreas, a null object when there are none, and
   * a failure when there are more than 512 (learn.microsoft.com/javascript/api/excel/excel.range
   * #excel-excel-range-getmergedareasornullobject-member(1); the error code is not documented: GeneralException
   * here). Excel returns only the areas whose top-left cell lies in the range, not every area that overlaps it
   * (OfficeDev/office-js#3611, answered as the intended behaviour): so does the host.
   */
  getMergedAreasOrNullObject(): RangeAreasApi {
    const location = "Range.getMergedAreasOrNullObject";
    return new RangeAreasApi(this.context, {
      path: `${this._path}.getMergedAreasOrNullObject()`,
      locate: this._via((ref) => {
        const areas = mergedAreas(ref.sheet.ws).filter(
          (a) => intersect(rect(a.row, a.col), ref.rect) !== null
        );
        if (areas.length > MERGED_AREAS_LIMIT) {
          throw hostError("GeneralException", location, `${areas.length} merged areas (> 512)`);
        }
        return areas.length > 0 ? { sheet: ref.sheet, areas } : null;
      }),
    })._instantiate(location);
  }

  /** Range.merge (ExcelApi 1.2): see mergeRange for what the host models and its choices where Learn is silent. */
  merge(across?: boolean): void {
    this._call("merge", [across], (ref, exec, location) =>
      mergeRange(exec.wb, ref.sheet, ref.rect, across === true, exec.journal, location)
    );
  }

  select(): void {
    this._call("select", [], (ref, exec, location) =>
      exec.wb.select(ref.sheet, ref.rect, exec.journal, location)
    );
  }

  clear(applyTo?: string): void {
    this._call("clear", [applyTo], (ref, exec, location) =>
      clearContents(exec.wb, ref, applyTo, exec.journal, location)
    );
  }

  /** @internal Used by Worksheet/Table/Workbook to make ranges. */
  static _create(
    owner: HostObject<unknown>,
    call: string,
    locate: (exec: Exec) => RangeRef | null
  ): RangeApi {
    return new RangeApi(owner.context, { path: `${owner._path}.${call}`, locate });
  }
}

function usedWithin(ref: RangeRef, valuesOnly: boolean): Rect | null {
  const used = usedRect(ref.sheet, valuesOnly);
  return used ? intersect(used, ref.rect) : null;
}

function otherOnSameSheet(ref: RangeRef, other: unknown, exec: Exec, location: string): Rect {
  const resolved = rangeArgument(other, exec, ref.sheet, location);
  if (resolved.sheet !== ref.sheet)
    throw hostError("InvalidArgument", location, "the ranges are on different sheets");
  return resolved.rect;
}

function describe(arg: unknown): string {
  return JSON.stringify(wire([arg])[0]);
}

defineApi(RangeApi, "Range", SCALARS, ["format", "conditionalFormats", "worksheet"]);
