// Arguments of type "Range | string" (table and chart sources, getBoundingRect, setPosition, …) and enum strings.

import { isValidRect, parseAddress, type Rect } from "../address";
import { hostError } from "../errors";
import type { RangeRef } from "../model/ranges";
import type { SheetEntity } from "../model/sheet";
import type { Exec } from "../runtime/engine";
import { HostObject } from "../runtime/clientObject";

/**
 * Resolves a Range proxy or an address. An unqualified address belongs to `defaultSheet` (the sheet of the object
 * the method was called on, or the active sheet for workbook-level methods).
 */
export function rangeArgument(
  arg: unknown,
  exec: Exec,
  defaultSheet: SheetEntity,
  location: string
): RangeRef {
  if (arg instanceof HostObject) {
    const entity = (arg as HostObject<unknown>)._require(
      exec,
      "range argument"
    ) as Partial<RangeRef>;
    if (!entity || !entity.sheet || !entity.rect)
      throw hostError("InvalidArgument", location, "expected a Range");
    return entity as RangeRef;
  }
  if (typeof arg !== "string")
    throw hostError(
      "InvalidArgument",
      location,
      `expected a Range or an address, got ${typeof arg}`
    );
  const parsed = parseAddress(arg);
  if (!parsed)
    throw hostError("InvalidArgument", location, `not an address: ${JSON.stringify(arg)}`);
  const sheet = parsed.sheet === undefined ? defaultSheet : exec.wb.sheetByName(parsed.sheet);
  if (!sheet) throw hostError("ItemNotFound", location, `no sheet named '${parsed.sheet}'`);
  return { sheet, rect: parsed.rect };
}

export function checkedRect(area: Rect, location: string): Rect {
  if (!isValidRect(area))
    throw hostError("InvalidArgument", location, `outside the sheet: ${JSON.stringify(area)}`);
  return area;
}

export function enumArgument<T extends string>(
  value: unknown,
  allowed: readonly T[],
  location: string
): T {
  if (typeof value !== "string" || !allowed.includes(value as T)) {
    throw hostError(
      "InvalidArgument",
      location,
      `${JSON.stringify(value)} is not one of ${allowed.join(", ")}`
    );
  }
  return value as T;
}

/** The JSON an argument contributes to the request: proxies travel as their object path. */
export function wire(args: unknown[]): unknown[] {
  return args.map((a) =>
    a instanceof HostObject ? { objectPath: (a as HostObject<unknown>)._path } : a
  );
}
