// Reads what a memo needs from a workbook, writing nothing: the goal table and evaluation data through the same scan
// and read as Beregn (readWorkbookTables), the same calculator with the workbook's saved corrections, and the text
// lines above the goal table ("Resultatkontrakt 2020 – Erhvervshus Nordjylland, afrapportering"), where the hub, the
// KKR and the year are usually written. Two Excel.run batches: the tables' (as what-if), then one sync for the title.
import { evaluateContract, type EvaluationResult } from "../core/evaluate";
import { readWorkbookTables, type ExcelRunner, type RunOptions } from "../excel";

export interface MemoSource {
  result: EvaluationResult;
  goalTable: { sheet: string; name: string; source: "table" | "range" } | null;
  /** Text cells above the goal table's header row, top to bottom, left to right. */
  titleLines: string[];
}

/** How many rows above the goal table are searched for its title (a title block is a few lines). */
const TITLE_ROWS = 10;

export async function readMemoSource(
  runner: ExcelRunner,
  options: Pick<RunOptions, "goalTable" | "cultureInfo" | "year"> = {}
): Promise<MemoSource> {
  const read = await readWorkbookTables(runner, {
    goalTable: options.goalTable,
    cultureInfo: options.cultureInfo,
  });
  const result = evaluateContract(read.tables, {
    locale: "da",
    decimalSeparator: read.decimalSeparator,
    year: options.year ?? read.mapping.year,
    goalTable: read.goalTable
      ? { sheet: read.goalTable.sheet, name: read.goalTable.name }
      : undefined,
    columns: read.mapping.columns,
  });
  const goal = read.goalTable ? read.tables[0] : undefined;
  if (!goal || goal.headerRowIndex === 0)
    return { result, goalTable: read.goalTable, titleLines: [] };

  const rows = Math.min(goal.headerRowIndex, TITLE_ROWS);
  const columns = goal.firstColumnIndex + goal.headers.length;
  const titleLines = await runner(async (context) => {
    // Worksheet.getRangeByIndexes (ExcelApi 1.7) and Range.values (ExcelApi 1.1):
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1)
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
    const range = context.workbook.worksheets
      .getItem(goal.sheet)
      .getRangeByIndexes(goal.headerRowIndex - rows, 0, rows, columns);
    range.load("values");
    await context.sync();
    return (range.values as unknown[][]).flatMap((row) =>
      row.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim())
    );
  });
  return { result, goalTable: read.goalTable, titleLines };
}
