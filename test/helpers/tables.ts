// Builds RawTables for tests the way the adapter delivers them: column-oriented, with the header row's position.
import type { RawCell, RawTable } from "../../src/core/model";

export interface TableOptions {
  name?: string;
  headerRowIndex?: number;
  firstColumnIndex?: number;
  source?: "table" | "range";
  /** Number formats per column (applied to every body row), e.g. { "Resultat": "0 %" }. */
  formats?: Record<string, string>;
}

export function rawTable(
  sheet: string,
  headers: string[],
  rows: RawCell[][],
  options: TableOptions = {}
): RawTable {
  return {
    sheet,
    name: options.name ?? sheet,
    source: options.source ?? "range",
    headerRowIndex: options.headerRowIndex ?? 0,
    firstColumnIndex: options.firstColumnIndex ?? 0,
    headers,
    rowCount: rows.length,
    columns: headers.map((_, c) => rows.map((r) => (r[c] === undefined ? null : r[c]))),
    numberFormats: options.formats
      ? headers.map((h) => rows.map(() => options.formats?.[h] ?? "General"))
      : undefined,
  };
}

/** NPS answers with the given numbers of promoters (10), passives (8) and detractors (3), plus blanks. */
export function npsAnswers(
  promoters: number,
  passives: number,
  detractors: number,
  blanks = 0
): RawCell[] {
  return [
    ...Array<RawCell>(promoters).fill(10),
    ...Array<RawCell>(passives).fill(8),
    ...Array<RawCell>(detractors).fill(3),
    ...Array<RawCell>(blanks).fill(null),
  ];
}
