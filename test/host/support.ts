// Shared helpers for the host tests: workbooks built with ExcelJS, and error assertions on Office.js codes.
import { expect } from "@jest/globals";
import ExcelJS from "exceljs";
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "../../src/host";
import { parseAddress } from "../../src/host/address";

/** A workbook with one sheet per entry; each sheet's rows are written from A1. */
export function workbookWith(sheets: Record<string, unknown[][]>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(name);
    rows.forEach((row) => ws.addRow(row));
  }
  return workbook;
}

export function hostWith(
  sheets: Record<string, unknown[][]>,
  options?: ExcelHostOptions
): ExcelHost {
  return createExcelHost(workbookWith(sheets), options);
}

/** Runs `action` and returns the Office.js-style error it rejects with (fails the test if it resolves). */
export async function rejection(
  action: () => Promise<unknown>
): Promise<{ code: string; name: string; message: string }> {
  try {
    await action();
  } catch (e) {
    return e as { code: string; name: string; message: string };
  }
  throw new Error("expected a rejection");
}

export async function expectCode(action: () => Promise<unknown>, code: string): Promise<void> {
  const error = await rejection(action);
  expect(error.code).toBe(code);
  expect(error.name).toBe("RichApi.Error");
}

/** Reads a sheet's values through the host (one fresh batch). */
export async function valuesOf(
  host: ExcelHost,
  sheet: string,
  address: string
): Promise<unknown[][]> {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values");
    await context.sync();
    return range.values;
  });
}

/** ExcelJS cell value by address; a plain function keeps the Office.js lint rules off ExcelJS objects. */
export function excelValue(
  workbook: ExcelJS.Workbook,
  sheet: string,
  address: string
): ExcelJS.CellValue {
  const { rect } = parseAddress(address)!;
  return workbook.getWorksheet(sheet)!.findCell(rect.row + 1, rect.col + 1)?.value ?? null;
}

export async function reloadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}
