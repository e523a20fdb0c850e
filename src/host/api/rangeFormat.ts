// Excel.RangeFormat, RangeFill and RangeFont: the range's cell formatting.

import { hostError } from "../errors";
import {
  autofitColumns,
  clearFill,
  readColumnWidth,
  readFillColor,
  readFont,
  readHorizontalAlignment,
  readWrapText,
  writeColumnWidth,
  writeFillColor,
  writeFont,
  writeHorizontalAlignment,
  writeWrapText,
  type RangeRef,
} from "../model/ranges";
import { assertEditable } from "../model/sheet";
import { defineApi, HostObject, type ScalarSpec, type ScalarTable } from "../runtime/clientObject";

const alive = (ref: RangeRef) => ref.sheet.alive;

export class RangeFormatApi extends HostObject<RangeRef> {
  protected override _alive(ref: RangeRef): boolean {
    return alive(ref);
  }

  get fill(): RangeFillApi {
    return this._child(
      "fill",
      () =>
        new RangeFillApi(this.context, {
          path: `${this._path}.fill`,
          locate: this._via((ref) => ref),
        })
    );
  }

  get font(): RangeFontApi {
    return this._child(
      "font",
      () =>
        new RangeFontApi(this.context, {
          path: `${this._path}.font`,
          locate: this._via((ref) => ref),
        })
    );
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], (ref, exec, location) =>
      autofitColumns(exec.wb, ref, exec.journal, location)
    );
  }

  /** Row heights follow their content already (the host does not store measured heights). */
  autofitRows(): void {
    this._call("autofitRows", [], (ref, _exec, location) =>
      assertEditable(ref.sheet, "formatCells", location)
    );
  }
}

defineApi(
  RangeFormatApi,
  "RangeFormat",
  {
    columnWidth: {
      get: (ref) => readColumnWidth(ref),
      set: (ref, value, exec, location) => writeColumnWidth(ref, value, exec.journal, location),
    },
    horizontalAlignment: {
      get: (ref) => readHorizontalAlignment(ref),
      set: (ref, value, exec, location) =>
        writeHorizontalAlignment(ref, value, exec.journal, location),
    },
    wrapText: {
      get: (ref) => readWrapText(ref),
      set: (ref, value, exec, location) => writeWrapText(ref, value, exec.journal, location),
    },
  } satisfies ScalarTable<RangeRef>,
  ["fill", "font"]
);

export class RangeFillApi extends HostObject<RangeRef> {
  protected override _alive(ref: RangeRef): boolean {
    return alive(ref);
  }

  clear(): void {
    this._call("clear", [], (ref, exec, location) => clearFill(ref, exec.journal, location));
  }
}

defineApi(RangeFillApi, "RangeFill", {
  color: {
    get: (ref) => readFillColor(ref),
    set: (ref, value, exec, location) => writeFillColor(ref, value, exec.journal, location),
  },
});

export class RangeFontApi extends HostObject<RangeRef> {
  protected override _alive(ref: RangeRef): boolean {
    return alive(ref);
  }
}

function fontProperty(key: "bold" | "italic" | "color" | "name" | "size"): ScalarSpec<RangeRef> {
  return {
    get: (ref) => readFont(ref, key),
    set: (ref, value, exec, location) => {
      if (value === null || value === undefined) {
        throw hostError("InvalidArgument", location, `${key} cannot be null`);
      }
      writeFont(ref, key, value, exec.journal, location);
    },
  };
}

defineApi(RangeFontApi, "RangeFont", {
  bold: fontProperty("bold"),
  italic: fontProperty("italic"),
  color: fontProperty("color"),
  name: fontProperty("name"),
  size: fontProperty("size"),
});
