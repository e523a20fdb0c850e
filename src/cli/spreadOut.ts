// `spread --out <fil.xlsx>`: the activity list's workbook (or, for a CSV, a new workbook with the list on one sheet,
// named after the file as Excel names a CSV it opens) with the Spredning sheet drawn by the same Excel writer the pane
// uses (src/excel/spread), on the in-memory Excel host. The input file itself is never changed unless --out names it.
import { writeFile, readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import type { CellError, RawTable } from "../core/model";
import { runSpreadOnWorkbook, type SpreadRunOptions } from "../excel";
import { createExcelHost, loadExcelHost, type ExcelHost } from "../host";

export interface SpreadOutRequest {
  input: string;
  out: string;
  /** The activity list as the command read it (for a CSV: its one table). */
  table: RawTable;
  hub: string;
  year?: number;
  minimum: number;
  column?: string;
  company?: string;
  /** The user's land/by: a column of the list, or a table of the same workbook. */
  rural: SpreadRunOptions["rural"];
}

export type SpreadOutResult =
  { ok: true; path: string; sheet: string } | { ok: false; errors: CellError[] };

/** Excel names the sheet of a CSV it opens after the file (without extension), at most 31 characters. */
export function csvSheetName(file: string): string {
  return (
    basename(file, extname(file))
      .replace(/[\\/?*[\]:]/g, "_")
      .slice(0, 31) || "Ark1"
  );
}

/** A workbook with the CSV's table on one sheet, text as text ("0851" stays "0851"). */
function csvWorkbook(file: string, table: RawTable): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(csvSheetName(file));
  sheet.addRow(table.headers);
  const rows = Math.max(0, ...table.columns.map((c) => c?.length ?? 0));
  for (let r = 0; r < rows; r++) sheet.addRow(table.columns.map((c) => c?.[r] ?? null));
  return wb;
}

export async function writeSpreadWorkbook(req: SpreadOutRequest): Promise<SpreadOutResult> {
  const isCsv = [".csv", ".txt"].includes(extname(req.input).toLowerCase());
  const host: ExcelHost = isCsv
    ? createExcelHost(csvWorkbook(req.input, req.table))
    : await loadExcelHost(await readFile(req.input));
  const sheet = isCsv ? csvSheetName(req.input) : req.table.sheet;
  const outcome = await runSpreadOnWorkbook(host.run.bind(host), {
    table: { sheet, name: isCsv ? sheet : req.table.name },
    municipalityColumn: req.column,
    companyColumn: req.company,
    hub: req.hub,
    year: req.year,
    minimum: req.minimum,
    rural: req.rural,
    locale: "da",
  });
  if (outcome.status !== "written")
    return {
      ok: false,
      errors:
        outcome.errors.length > 0
          ? outcome.errors
          : [
              {
                sheet: basename(req.out),
                cell: "A1",
                code: "write-failed",
                message: `Spredning-arket kunne ikke skrives (${outcome.failure?.message ?? outcome.status})`,
              },
            ],
    };
  await writeFile(req.out, await host.toXlsx());
  return { ok: true, path: req.out, sheet: outcome.sheet ?? "Spredning" };
}
