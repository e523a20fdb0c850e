// Saving: the host model is written into the ExcelJS workbook (sheet order, visibility, protection, tables,
// conditional formats, active sheet) and ExcelJS serialises it. Cells, number formats, fills, fonts and column
// widths are already in ExcelJS. Charts are NOT written: ExcelJS cannot write charts, so toXlsx() drops them.
// Sheet protection passwords set through protect(options, password) are not hashed into the file either.

import type ExcelJS from "exceljs";
import { toExcelJsConditionalFormats } from "./conditionalFormats";
import type { SheetEntity } from "./sheet";
import { toExcelJsTableModel } from "./tables";
import type { HostWorkbook } from "./workbook";

const STATE: Record<SheetEntity["visibility"], ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export async function writeXlsx(wb: HostWorkbook): Promise<Uint8Array> {
  exportStructure(wb);
  const data: unknown = await wb.excel.xlsx.writeBuffer();
  // Node gives a Buffer (a Uint8Array), browsers an ArrayBuffer.
  if (data instanceof Uint8Array)
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data as ArrayBuffer);
}

/** Copies the model's structure into the ExcelJS workbook; idempotent, so saving twice is safe. */
export function exportStructure(wb: HostWorkbook): void {
  wb.sheets.forEach((sheet, index) => {
    const ws = sheet.ws as ExcelJS.Worksheet & {
      orderNo: number;
      sheetProtection: Record<string, unknown> | null;
      tables: Record<string, { model: unknown }>;
      conditionalFormattings: unknown[];
    };
    ws.orderNo = index + 1;
    ws.state = STATE[sheet.visibility];
    ws.sheetProtection = protectionModel(sheet);
    // ExcelJS writes worksheet.tables[*].model; plain holders keep ExcelJS from re-storing rows into the cells.
    ws.tables = Object.fromEntries(
      wb.tables
        .filter((t) => t.sheet === sheet)
        .map((t) => [t.name, { model: toExcelJsTableModel(t) }])
    );
    ws.conditionalFormattings = toExcelJsConditionalFormats(sheet);
  });
  const activeTab = wb.sheets.indexOf(wb.activeSheet);
  const views = (wb.excel.views ?? []) as ExcelJS.WorkbookView[];
  const first = views[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" };
  wb.excel.views = [{ ...first, activeTab, firstSheet: 0 } as ExcelJS.WorkbookView];
}

function protectionModel(sheet: SheetEntity): Record<string, unknown> | null {
  if (!sheet.protection.protected) return null;
  const { options, raw } = sheet.protection;
  return {
    ...(raw ?? {}),
    sheet: true,
    formatCells: options.allowFormatCells === true ? true : undefined,
    formatColumns: options.allowFormatColumns === true ? true : undefined,
    objects: options.allowEditObjects === true ? undefined : false,
  };
}
