// A naive Beregn, written only for the benchmark's comparison: the way first versions of add-ins often talk to
// Excel. Not used by the product.
//
//   sync 1      the goal table's headers and body position, the evaluation sheet's size and headers
//   sync 2      add the three output columns to the table
//   syncs 3–12  on the first indicator row: the evaluation sheet in pages of 100,000 rows (one whole-column read
//               would exceed Excel on the web's 5 MB response; a page of three columns is ~2.5 MB), kept in memory
//   then, for each goal row:  load that row's values, sync; compute it; write its three output cells, sync.
//
// So 2 syncs per goal row plus 12. It computes each row with the same core as the add-in (evaluateContract on that
// one row), sharing the indicator cache so a 1,000,000-row metric is computed once per formula: the comparison is
// about round trips and payload, not about the calculator. It writes less than the add-in (no summary sheet, no
// backup for Fortryd, no number formats or conditional formats), which flatters it.
import { evaluateContract, type IndicatorCache } from "../src/core/evaluate";
import type { RawCell, RawTable } from "../src/core/model";
import type { ExcelRunner } from "../src/excel";

export const NAIVE_PAGE_ROWS = 100_000;
const OUTPUT_HEADERS = ["Opfyldelse", "Status", "Forklaring"];

export type NaivePhase = "setup" | "add columns" | "data page" | "row read" | "row write";

export interface NaiveOptions {
  /** The goal table's sheet and name (a first version knows them). */
  sheet: string;
  table: string;
  evaluationSheet: string;
  /** Called before every sync with what it is for (the benchmark's accounting). */
  onSync?: (phase: NaivePhase) => void;
}

export interface NaiveOutcome {
  rows: number;
  /** Per goal row: [fulfilment or "", status, explanation], as written. */
  written: (string | number)[][];
  errors: number;
}

function toRaw(v: unknown): RawCell {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

export async function naiveRun(runner: ExcelRunner, options: NaiveOptions): Promise<NaiveOutcome> {
  const tag = options.onSync ?? (() => undefined);
  return runner(async (context) => {
    const table = context.workbook.tables.getItem(options.table);
    const header = table.getHeaderRowRange();
    header.load("values");
    const body = table.getDataBodyRange();
    body.load("rowIndex,columnIndex,rowCount,columnCount");
    const evalSheet = context.workbook.worksheets.getItem(options.evaluationSheet);
    const evalUsed = evalSheet.getUsedRange(true);
    evalUsed.load("rowIndex,columnIndex,rowCount,columnCount");
    const evalHeader = evalUsed.getRow(0);
    evalHeader.load("values");
    tag("setup");
    await context.sync();

    const sheetName = options.sheet;
    const headers = header.values[0].map((h) => String(h));
    const width = headers.length;
    const firstRow = body.rowIndex;
    const firstColumn = body.columnIndex;
    const rowCount = body.rowCount;
    const indicatorColumn = headers.indexOf("Indikator");

    for (const name of OUTPUT_HEADERS) table.columns.add(undefined, undefined, name);
    tag("add columns");
    await context.sync();

    const sheet = context.workbook.worksheets.getItem(sheetName);
    const cache: IndicatorCache = new Map();
    const evalHeaders = evalHeader.values[0].map((h) => String(h));
    const evalRows = evalUsed.rowCount - 1;
    const stub: RawTable = {
      sheet: options.evaluationSheet,
      name: options.evaluationSheet,
      source: "range",
      headerRowIndex: evalUsed.rowIndex,
      firstColumnIndex: evalUsed.columnIndex,
      headers: evalHeaders,
      rowCount: evalRows,
      columns: [],
    };
    let evaluation: RawTable | null = null;
    const written: (string | number)[][] = [];
    let errors = 0;

    for (let r = 0; r < rowCount; r++) {
      const row = sheet.getRangeByIndexes(firstRow + r, firstColumn, 1, width);
      row.load("values");
      tag("row read");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the naive pattern this benchmark measures
      await context.sync();
      const values = row.values[0].map(toRaw);

      const formula = indicatorColumn >= 0 ? values[indicatorColumn] : null;
      let data = stub;
      if (typeof formula === "string" && formula.trim() !== "" && !cache.has(formula)) {
        if (!evaluation) {
          const columns: RawCell[][] = evalHeaders.map(() => new Array<RawCell>(evalRows));
          for (let start = 0; start < evalRows; start += NAIVE_PAGE_ROWS) {
            const count = Math.min(NAIVE_PAGE_ROWS, evalRows - start);
            const page = evalSheet.getRangeByIndexes(
              evalUsed.rowIndex + 1 + start,
              evalUsed.columnIndex,
              count,
              evalHeaders.length
            );
            page.load("values");
            tag("data page");
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the naive pattern this benchmark measures
            await context.sync();
            page.values.forEach((cells, i) =>
              cells.forEach((v, c) => (columns[c][start + i] = toRaw(v)))
            );
          }
          evaluation = { ...stub, columns };
        }
        data = evaluation;
      }

      const goal: RawTable = {
        sheet: sheetName,
        name: options.table,
        source: "table",
        headerRowIndex: firstRow + r - 1,
        firstColumnIndex: firstColumn,
        headers,
        rowCount: 1,
        columns: values.map((v) => [v]),
      };
      const result = evaluateContract(
        [goal, data],
        {
          locale: "da",
          decimalSeparator: ",",
          goalTable: { sheet: sheetName, name: options.table },
        },
        { indicatorCache: cache }
      );
      const one = result.rows[0];
      if (result.errors.length > 0 || !one) errors++;
      const out: (string | number)[] = one
        ? [one.fulfilment ?? "", one.status, one.explanation]
        : ["", "Fejl", result.errors[0]?.message ?? ""];
      written.push(out);
      sheet.getRangeByIndexes(firstRow + r, firstColumn + width, 1, 3).values = [out];
      tag("row write");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the naive pattern this benchmark measures
      await context.sync();
    }
    return { rows: rowCount, written, errors };
  });
}
