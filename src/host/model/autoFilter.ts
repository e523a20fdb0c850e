// A worksheet's AutoFilter (Excel.AutoFilter, ExcelApi 1.9): the one filtered range of a sheet, kept where ExcelJS
// keeps it (`worksheet.autoFilter`, written to the file as <autoFilter ref>), so a saved workbook has it too.
// https://learn.microsoft.com/javascript/api/excel/excel.autofilter
// What the host models, and from where:
//  - one AutoFilter per worksheet ("Worksheet.autoFilter: Represents the AutoFilter object of the worksheet");
//    applying it again replaces the range (Microsoft's sample OfficeDev/office-js-snippets
//    samples/excel/54-worksheet/worksheet-auto-filter.yaml calls apply on a sheet that may already have one);
//  - remove() on a sheet without one changes nothing (the same sample removes unconditionally);
//  - a protected sheet refuses it unless protect() allowed it (Excel.WorksheetProtectionOptions.allowAutoFilter);
//  - undocumented, strict choices: a range overlapping a table is refused (a table has its own AutoFilter,
//    Table.autoFilter), and clearing the cells (Range.clear) leaves the AutoFilter in place: only remove() takes it
//    away, so code that empties a sheet must remove it itself.
import { formatRect, intersect, parseAddress, type Rect } from "../address";
import { hostError } from "../errors";
import type { Journal } from "./journal";
import { assertEditable, type SheetEntity } from "./sheet";
import type { HostWorkbook } from "./workbook";

type ExcelJsFilter = string | { from: unknown; to: unknown } | undefined;

function wsOf(sheet: SheetEntity): { autoFilter?: ExcelJsFilter } {
  return sheet.ws as unknown as { autoFilter?: ExcelJsFilter };
}

/** The sheet's AutoFilter range, or null. */
export function autoFilterRect(sheet: SheetEntity): Rect | null {
  const filter = wsOf(sheet).autoFilter;
  if (typeof filter !== "string" || filter === "") return null;
  return parseAddress(filter)?.rect ?? null;
}

export function applyAutoFilter(
  wb: HostWorkbook,
  sheet: SheetEntity,
  area: Rect,
  journal: Journal,
  location: string
): void {
  assertEditable(sheet, "autoFilter", location);
  if (wb.tables.some((t) => t.sheet === sheet && intersect(t.rect, area)))
    throw hostError("InvalidOperation", location, `${formatRect(area)} overlaps a table`);
  journal.assign(wsOf(sheet), "autoFilter", formatRect(area));
}

export function removeAutoFilter(sheet: SheetEntity, journal: Journal, location: string): void {
  if (autoFilterRect(sheet) === null) return;
  assertEditable(sheet, "autoFilter", location);
  journal.assign(wsOf(sheet), "autoFilter", undefined);
}
