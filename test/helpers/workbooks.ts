// Workbooks for adapter tests, built with ExcelJS the way a consultant's file looks: a title, then the goal table.
import ExcelJS from "exceljs";
import { createExcelHost, type ExcelHost } from "../../src/host";
import { sampleGoalRows } from "./samples";

export const GOAL_HEADERS = ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"];

export type GoalRow = (string | number | null)[];

/**
 * Seed 004: the nine goals of Erhvervshus Nordjylland's 2020 report, read from its sample workbook in assets/
 * (test/helpers/samples.ts), one entry per GOAL_HEADERS column. Load it in a beforeAll.
 */
export async function nordjylland2020Rows(): Promise<GoalRow[]> {
  return (await sampleGoalRows("nordjylland2020", GOAL_HEADERS)) as GoalRow[];
}

export interface GoalBookOptions {
  /** An Excel table (default) or a plain range under a title. */
  asTable?: boolean;
  headers?: string[];
  extraSheets?: (wb: ExcelJS.Workbook) => void;
}

export function goalWorkbook(
  rows: GoalRow[],
  options: GoalBookOptions = {}
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Mål");
  sheet.getCell("A1").value = "Resultatkontrakt";
  const headers = options.headers ?? GOAL_HEADERS;
  if (options.asTable ?? true) {
    sheet.addTable({
      name: "Maal",
      ref: "A3",
      headerRow: true,
      columns: headers.map((name) => ({ name })),
      rows: rows.map((r) => r.map((v) => (v === null ? null : v))),
    });
  } else {
    sheet.getRow(3).values = headers;
    rows.forEach(
      (r, i) =>
        (sheet.getRow(4 + i).values = r.map((v) =>
          v === null ? undefined : v
        ) as ExcelJS.CellValue[])
    );
  }
  options.extraSheets?.(wb);
  return wb;
}

/** N goal rows cycling through the rule kinds, for scale tests. */
export function manyGoals(n: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const id = String(i + 1);
    switch (i % 4) {
      case 0:
        rows.push([id, `Tilfredshed ${id}`, "NPS", 40 + (i % 40), 60, 50, null]);
        break;
      case 1:
        rows.push([id, `Effekt ${id}`, null, `${60 + (i % 20)} %`, "70 %", "60 %", null]);
        break;
      case 2:
        rows.push([id, `Indsatser ${id}`, null, `${i % 5}/4`, null, null, "indsatser"]);
        break;
      default:
        rows.push([id, `Forløb ${id}`, "Antal", 300 + (i % 100), 350, null, "forholdsmæssig"]);
    }
  }
  return rows;
}

export function hostFor(wb: ExcelJS.Workbook): ExcelHost {
  return createExcelHost(wb);
}

export const FIXED_NOW = new Date(2026, 10, 23, 12, 0, 0);
