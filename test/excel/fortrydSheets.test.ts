// Fortryd gives back whatever the last writer drew on its own sheet, formats included: the lifecycle keeps, with the
// backup of the sheet's values, the formats and charts the earlier run drew (workbook/lifecycle.ts composeWrite).
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import {
  ALLOCATION_SHEET,
  runAllocationOnWorkbook,
  STATE_SHEET,
  undoLastRun,
} from "../../src/excel";
import { createExcelHost, type HostSnapshot } from "../../src/host";
import { FIXED_NOW } from "../helpers/workbooks";

const CSV = path.join(__dirname, "..", "..", "assets", "fordeling-sydjylland-2020.csv");

/** Seed 000's Sydjylland key on one sheet, and its first `short` municipalities on another. */
async function twoKeys(short: number): Promise<ExcelJS.Workbook> {
  const lines = (await fs.readFile(CSV, "utf8"))
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const wb = new ExcelJS.Workbook();
  const fill = (name: string, rows: string[]) => {
    const sheet = wb.addWorksheet(name);
    rows.forEach((line, r) =>
      line.split(";").forEach((cell, c) => {
        sheet.getCell(r + 1, c + 1).value =
          c === 1 && r > 0 ? Number(cell.replace(/\./g, "")) : cell;
      })
    );
  };
  fill("Nøgle", lines);
  fill("Udsnit", lines.slice(0, 1 + short));
  return wb;
}

const OPTIONS = { total: 10_000_000, unit: 1000, instalments: 4 as const, now: FIXED_NOW };
const sheetOf = (snap: HostSnapshot, name: string) => snap.sheets.find((s) => s.name === name)!;
const visible = (snap: HostSnapshot) => snap.sheets.filter((s) => s.name !== STATE_SHEET);

test("Fordeling of 13 municipalities, then of 5 on another key: Fortryd gives back the first sheet, values and formats", async () => {
  const host = createExcelHost(await twoKeys(5));
  const full = await runAllocationOnWorkbook(host.run, { ...OPTIONS, runId: "a" });
  expect(full.status).toBe("written");
  expect(full.allocation!.rows).toHaveLength(13);
  const first = host.snapshot();
  const short = await runAllocationOnWorkbook(host.run, {
    ...OPTIONS,
    table: { sheet: "Udsnit", name: "Udsnit" },
    runId: "b",
  });
  expect(short.status).toBe("written");
  expect(short.allocation!.rows).toHaveLength(5);
  const second = sheetOf(host.snapshot(), ALLOCATION_SHEET);
  // The second split is drawn smaller: its total row (bold, amounts formatted) is where the first had Odense's row.
  const totalAt = (sheet: typeof second) => sheet.cells.find((c) => c.value === "I alt")!.address;
  expect(totalAt(second)).toBe("A16");
  expect(totalAt(sheetOf(first, ALLOCATION_SHEET))).toBe("A24");

  expect((await undoLastRun(host.run)).status).toBe("undone");
  const undone = host.snapshot();
  const fordeling = sheetOf(undone, ALLOCATION_SHEET);
  const before = sheetOf(first, ALLOCATION_SHEET);
  // Every cell's value, number format, fill and bold, the column widths and the chart's data, as after the first run.
  expect(fordeling.cells).toEqual(before.cells);
  expect(fordeling.columnWidths).toEqual(before.columnWidths);
  expect(fordeling.charts).toEqual(before.charts);
  expect(fordeling).toEqual(before);
  // And the rest of the workbook: the second key's columns are gone again, the first key's are as the first run left them.
  expect(visible(undone)).toEqual(visible(first));
});
