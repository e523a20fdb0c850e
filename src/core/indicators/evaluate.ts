// Computes an indicator's result from the evaluation tables. Bad answers become errors with their own address
// (the first ten of a column, then a count), so a result is never silently computed from partial data.
import { formatNumber } from "../format";
import { cellError, type MessageLocale } from "../messages";
import {
  count,
  filterMask,
  newShare,
  nps,
  NPS_MIN_ANSWERS,
  share,
  type FilterCondition,
} from "../metrics";
import type { CellError, RawTable } from "../model";
import type { NumberLocale, NumberQuantity } from "../numbers";
import { bodyCellAddress, findColumn, findTable } from "../tables";
import type { IndicatorContext } from "./municipal";
import { MUNICIPALITY_FUNCTIONS, type ColumnRef, type Indicator } from "./parse";
import { municipalityColumn, yearColumnHeaders } from "../spread/columns";

export interface IndicatorValue {
  /** null when there are no answers yet: the row is then pending, not zero. */
  quantity: NumberQuantity | null;
  /** "NPS", "Andel", "Antal", "Nye". */
  label: string;
  /** Number of answers (or rows, or companies) behind the figure. */
  answers: number;
  /** E.g. an NPS from fewer than 30 answers. */
  warning?: string;
  /** "181 svar", "12 af 40 svar (3 'Ved ikke' udeladt)". */
  basis: string;
}

export type IndicatorOutcome =
  { ok: true; value: IndicatorValue } | { ok: false; errors: CellError[] };

const MAX_ERRORS_PER_COLUMN = 10;

/**
 * The columns an indicator reads, so the Excel adapter can load exactly those. With the tables' headers, LANDINDEKS
 * also reads the list's År/Dato column (the population year when the contract has none) and, for a land/by list in
 * another table, that table's municipality column (both found by their headers).
 */
export function indicatorColumns(indicator: Indicator, tables?: RawTable[]): ColumnRef[] {
  const first = indicator.refs[0];
  const second = indicator.refs[1];
  const land = indicator.fn === "LANDINDEKS" && tables !== undefined;
  const ownList = land && second ? findTable(tables, second.table) : undefined;
  const listColumn = ownList ? municipalityColumn(ownList) : -1;
  const main = land ? findTable(tables, first.table) : undefined;
  return [
    ...indicator.refs,
    ...indicator.filters.map((f) => ({ table: first.table, column: f.column })),
    ...(ownList && listColumn >= 0
      ? [{ table: second.table, column: ownList.headers[listColumn] }]
      : []),
    ...(main ? yearColumnHeaders(main).map((column) => ({ table: first.table, column })) : []),
  ];
}

export function evaluateIndicator(
  indicator: Indicator,
  tables: RawTable[],
  where: { sheet: string; cell: string },
  locale: MessageLocale,
  numberLocale: NumberLocale,
  /** DÆKNING and LANDINDEKS: the municipality data, the contract year and the hub (see ./municipal.ts). */
  context: IndicatorContext = {}
): IndicatorOutcome {
  const errors: CellError[] = [];
  const known = tables.map((t) => t.name).join(", ") || "ingen";
  const resolve = (ref: ColumnRef) => {
    const table = findTable(tables, ref.table);
    if (!table) {
      errors.push(
        cellError(locale, where.sheet, where.cell, "unknown-table", { token: ref.table, known })
      );
      return undefined;
    }
    const column = findColumn(table, ref.column);
    if (column < 0 || !table.columns[column]) {
      errors.push(
        cellError(locale, where.sheet, where.cell, "unknown-column", {
          token: ref.column,
          table: table.name,
          known: table.headers.filter((h) => h !== "").join(", "),
        })
      );
      return undefined;
    }
    return { table, column, values: table.columns[column]! };
  };

  const main = resolve(indicator.refs[0]);
  const conditions: FilterCondition[] = [];
  for (const f of indicator.filters) {
    const c = resolve({ table: indicator.refs[0].table, column: f.column });
    if (c) conditions.push({ values: c.values, operator: f.operator, value: f.value });
  }
  // DÆKNING/LANDINDEKS resolve their optional second column (a land/by list) themselves.
  const second =
    indicator.refs[1] && !MUNICIPALITY_FUNCTIONS.has(indicator.fn)
      ? resolve(indicator.refs[1])
      : undefined;
  if (!main || errors.length > 0) return { ok: false, errors };
  const mask = filterMask(main.table.rowCount, conditions);
  const fmt = (n: number) => formatNumber(n, "da");

  switch (indicator.fn) {
    case "NPS": {
      const r = nps(main.values, mask, numberLocale);
      if (r.invalid.length > 0) {
        for (const bad of r.invalid.slice(0, MAX_ERRORS_PER_COLUMN)) {
          errors.push(
            cellError(
              locale,
              main.table.sheet,
              bodyCellAddress(main.table, bad.row, main.column),
              "bad-nps-answer",
              {
                text: bad.text,
              }
            )
          );
        }
        if (r.invalid.length > MAX_ERRORS_PER_COLUMN) {
          const last = r.invalid[MAX_ERRORS_PER_COLUMN];
          errors.push(
            cellError(
              locale,
              main.table.sheet,
              bodyCellAddress(main.table, last.row, main.column),
              "more-errors",
              {
                count: r.invalid.length - MAX_ERRORS_PER_COLUMN,
              }
            )
          );
        }
        return { ok: false, errors };
      }
      return {
        ok: true,
        value: {
          quantity: r.score === null ? null : { kind: "number", value: r.score, percent: false },
          label: "NPS",
          answers: r.answers,
          basis: `${fmt(r.answers)} svar: ${fmt(r.promoters)} anbefalere, ${fmt(r.passives)} passive, ${fmt(r.detractors)} kritikere`,
          warning:
            r.answers > 0 && r.answers < NPS_MIN_ANSWERS
              ? `NPS fra kun ${fmt(r.answers)} svar (under ${NPS_MIN_ANSWERS}): usikker`
              : undefined,
        },
      };
    }
    case "ANDEL": {
      const r = share(main.values, indicator.values, indicator.without, mask);
      const left =
        r.excluded > 0 ? ` (${fmt(r.excluded)} '${indicator.without.join("'/'")}' udeladt)` : "";
      return {
        ok: true,
        value: {
          quantity: r.share === null ? null : { kind: "number", value: r.share, percent: true },
          label: "Andel",
          answers: r.answers,
          basis: `${fmt(r.hits)} af ${fmt(r.answers)} svar${left}`,
        },
      };
    }
    case "ANTAL": {
      const r = count(main.values, indicator.values, mask);
      return {
        ok: true,
        value: {
          quantity: { kind: "number", value: r.count, percent: false },
          label: "Antal",
          answers: r.rows,
          basis: `${fmt(r.count)} af ${fmt(r.rows)} rækker`,
        },
      };
    }
    case "DÆKNING":
    case "LANDINDEKS": {
      if (!context.municipal)
        return {
          ok: false,
          errors: [
            cellError(locale, where.sheet, where.cell, "indicator-municipalities-missing", {
              fn: indicator.fn,
            }),
          ],
        };
      return context.municipal.evaluate(indicator, main, mask, tables, where, locale, context);
    }
    case "NYE": {
      if (!second) return { ok: false, errors };
      const r = newShare(main.values, second.values, mask);
      return {
        ok: true,
        value: {
          quantity: r.share === null ? null : { kind: "number", value: r.share, percent: true },
          label: "Nye",
          answers: r.companies,
          basis: `${fmt(r.newCompanies)} nye af ${fmt(r.companies)} virksomheder`,
        },
      };
    }
  }
}
