// The counts behind an indicator's figure (NPS: promoters, passives, detractors; ANDEL: hits of answers; …), for the
// what-if question "how many answers would it take". Computed with the same metric functions and the same table and
// column lookup as evaluate.ts, and cross-checked against the figure the calculator used: if the two ever disagree,
// no counts are returned (and no answer counts are shown) rather than counts that do not add up.
import type { IndicatorValue } from "./evaluate";
import type { Indicator } from "./parse";
import { count, filterMask, newShare, nps, share, type FilterCondition } from "../metrics";
import type { RawCell, RawTable } from "../model";
import type { NumberLocale } from "../numbers";
import { findColumn, findTable } from "../tables";

export type IndicatorMetric =
  | { kind: "nps"; promoters: number; passives: number; detractors: number; answers: number }
  /** `values`: the answers that count as hits ("I høj grad", "I nogen grad"); `without`: left out of the denominator. */
  | {
      kind: "share";
      hits: number;
      answers: number;
      excluded: number;
      values: string[];
      without: string[];
    }
  | { kind: "count"; count: number; rows: number }
  | { kind: "new"; newCompanies: number; companies: number };

export function indicatorMetric(
  indicator: Indicator,
  tables: RawTable[],
  numberLocale: NumberLocale,
  value: IndicatorValue
): IndicatorMetric | undefined {
  const column = (
    tableName: string,
    columnName: string
  ): { table: RawTable; values: RawCell[] } | undefined => {
    const table = findTable(tables, tableName);
    if (!table) return undefined;
    const c = findColumn(table, columnName);
    const values = c < 0 ? undefined : table.columns[c];
    return values ? { table, values } : undefined;
  };
  const first = indicator.refs[0];
  const main = column(first.table, first.column);
  if (!main) return undefined;
  const conditions: FilterCondition[] = [];
  for (const f of indicator.filters) {
    const c = column(first.table, f.column);
    if (!c) return undefined;
    conditions.push({ values: c.values, operator: f.operator, value: f.value });
  }
  const mask = filterMask(main.table.rowCount, conditions);
  const figure = value.quantity?.value ?? null;

  switch (indicator.fn) {
    case "NPS": {
      const r = nps(main.values, mask, numberLocale);
      if (r.invalid.length > 0 || r.score !== figure || r.answers !== value.answers)
        return undefined;
      return {
        kind: "nps",
        promoters: r.promoters,
        passives: r.passives,
        detractors: r.detractors,
        answers: r.answers,
      };
    }
    case "ANDEL": {
      const r = share(main.values, indicator.values, indicator.without, mask);
      if (r.share !== figure || r.answers !== value.answers) return undefined;
      return {
        kind: "share",
        hits: r.hits,
        answers: r.answers,
        excluded: r.excluded,
        values: [...indicator.values],
        without: [...indicator.without],
      };
    }
    case "ANTAL": {
      const r = count(main.values, indicator.values, mask);
      if (r.count !== figure || r.rows !== value.answers) return undefined;
      return { kind: "count", count: r.count, rows: r.rows };
    }
    case "NYE": {
      const second = indicator.refs[1]
        ? column(indicator.refs[1].table, indicator.refs[1].column)
        : undefined;
      if (!second) return undefined;
      const r = newShare(main.values, second.values, mask);
      if (r.share !== figure || r.companies !== value.answers) return undefined;
      return { kind: "new", newCompanies: r.newCompanies, companies: r.companies };
    }
  }
}
