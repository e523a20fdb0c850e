// Reads a population key from a RawTable (a sheet, or a CSV file read as one): the municipality, population,
// stated share, stated amount and fixed-amount columns found by their headers, and the total row kept apart.
import { normaliseHeader } from "../headers";
import { readError, type MessageLocale } from "../messages";
import type { CellError, RawTable } from "../model";
import {
  isBlank,
  isPercentFormat,
  readPlainNumber,
  readQuantity,
  DANISH,
  type NumberLocale,
  type RawCell,
} from "../numbers";
import { bodyCellAddress, cellAt, cellText, formatAt, headerCellAddress } from "../tables";
import { allocationError } from "./messages";
import { toOere } from "./money";
import type {
  KeyBasis,
  KeyTable,
  KeyTableRow,
  PopulationKey,
  StatedAmount,
  StatedShare,
} from "./schema";

type KeyColumn = "name" | "population" | "share" | "amount" | "fixed";

/** Header words per column, as normaliseHeader gives them, after a unit such as "(1.000 kr.)" or "(%)" is cut off. */
const ALIASES: [KeyColumn, string[]][] = [
  ["fixed", ["fastbelob", "fast", "fastdel", "fixed", "fixedamount", "fixedpart", "grundbelob"]],
  [
    "share",
    [
      "andel",
      "share",
      "andelpct",
      "andelprocent",
      "procentandel",
      "fordelingsnogle",
      "pct",
      "procent",
      "percent",
    ],
  ],
  [
    "population",
    [
      "indbyggere",
      "indbyggertal",
      "antalindbyggere",
      "folketal",
      "befolkning",
      "population",
      "residents",
      "inhabitants",
    ],
  ],
  [
    "amount",
    [
      "belob",
      "amount",
      "bevilling",
      "basisbevilling",
      "betaling",
      "opkraevning",
      "fordeling",
      "kr",
      "dkk",
    ],
  ],
  ["name", ["kommune", "kommunenavn", "bopaelskommune", "municipality", "navn", "name"]],
];

/** Column words that may carry a date or note after them: "Folketal 1. jan. 2018", "Indbyggere pr. 1/1-2020". */
const PREFIX_ALIASES = new Set([
  "indbyggere",
  "indbyggertal",
  "folketal",
  "befolkning",
  "population",
]);

const UNIT_SUFFIX = /(i)?(1000|mio|t)?(kr|dkk)$|%$/;

function columnOf(header: string): KeyColumn | undefined {
  const full = normaliseHeader(header);
  if (full === "") return undefined;
  const word = full.replace(UNIT_SUFFIX, "");
  if (word === "" && /kr|dkk/.test(full)) return "amount"; // a bare unit header: "1.000 kr." (seed 003)
  for (const [column, aliases] of ALIASES) {
    if (aliases.includes(word)) return column;
  }
  for (const alias of PREFIX_ALIASES) {
    if (full.startsWith(alias)) return "population";
  }
  return undefined;
}

/** Kroner per printed unit of an amount column: "Beløb (1.000 kr.)" → 1000, "mio. kr." → 1 000 000, else 1. */
export function amountUnitFromHeader(header: string): number {
  const h = header.toLowerCase();
  if (/\bmio\b|million/.test(h)) return 1_000_000;
  if (/1[.,\s\u00a0]?000\s*kr|\bt\.?\s?kr|\btkr|tusind/.test(h)) return 1000;
  return 1;
}

/** "Nordjylland i alt", "I alt", "TOTAL", "Sum": the total row of a key. */
export function isTotalLabel(name: string): boolean {
  return /(^|\s)(i\s+alt|total|totalt|sum|samlet|in\s+total)\s*:?$/i.test(name.trim());
}

function decimalsInText(text: string, locale: NumberLocale): number {
  const numeric = text.replace(/[^\d.,]/g, "");
  const at = numeric.lastIndexOf(locale.decimalSeparator);
  return at < 0 ? 0 : numeric.length - at - 1;
}

function decimalsInNumber(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 10;
  const at = text.indexOf(".");
  return at < 0 ? 0 : text.length - at - 1;
}

/** Decimals an Excel number format shows: "0.00%" → 2, "0 %" → 0. */
function decimalsInFormat(format: string): number {
  const m = /\.(0+)/.exec(format.replace(/"[^"]*"/g, ""));
  return m ? m[1].length : 0;
}

type Read<T> = { ok: true; value: T } | { ok: false; error: CellError };

interface ReadContext {
  table: RawTable;
  locale: MessageLocale;
  numberLocale: NumberLocale;
  /** The share column's header speaks of percent ("Andel (%)"), so "3,47" means 3,47 %. */
  shareHeaderPercent: boolean;
  amountUnit: number;
  fixedUnit: number;
}

function readShare(
  ctx: ReadContext,
  raw: RawCell,
  format: string | undefined,
  cell: string
): Read<StatedShare> {
  const text = cellText(raw).trim();
  const q = readQuantity(raw, format, ctx.numberLocale);
  if (!q.ok)
    return { ok: false, error: readError(ctx.locale, ctx.table.sheet, cell, q.reason, text) };
  if (q.value.kind !== "number")
    return {
      ok: false,
      error: allocationError(ctx.locale, { sheet: ctx.table.sheet, cell }, "bad-share", { text }),
    };
  const fromNumber = typeof raw === "number";
  let { value, percent } = q.value;
  // Precision as printed: a percent-formatted number shows the format's decimals; text shows what was typed.
  const decimals = fromNumber
    ? isPercentFormat(format)
      ? decimalsInFormat(format as string)
      : decimalsInNumber(raw)
    : decimalsInText(text, ctx.numberLocale);
  if (!percent && ctx.shareHeaderPercent) {
    value = value / 100; // "3,47" under "Andel (%)"
    percent = true;
  }
  value = Number(value.toFixed(Math.min(20, decimals + (percent ? 2 : 0)))); // as printed: 12,14 % is 0.1214 exactly
  if (value < 0 || value > 1)
    return {
      ok: false,
      error: allocationError(ctx.locale, { sheet: ctx.table.sheet, cell }, "bad-share", { text }),
    };
  return { ok: true, value: { value, percent, decimals, text } };
}

function readMoney(ctx: ReadContext, raw: RawCell, unit: number, cell: string): Read<StatedAmount> {
  const text = cellText(raw).trim();
  const stripped =
    typeof raw === "string" ? raw.replace(/^\s*(dkk|kr\.?)\s*|\s*(kr\.?|dkk)\s*$/gi, "") : raw;
  const n = readPlainNumber(stripped, ctx.numberLocale);
  if (!n.ok)
    return { ok: false, error: readError(ctx.locale, ctx.table.sheet, cell, n.reason, text) };
  const decimals =
    typeof raw === "number"
      ? decimalsInNumber(raw)
      : decimalsInText(String(stripped), ctx.numberLocale);
  const value = Math.round(n.value * unit * 100) / 100;
  return { ok: true, value: { value, precision: unit / 10 ** decimals, text } };
}

/**
 * Reads a population key from a table. Every unreadable number is an error naming its cell; blank cells are left
 * out (whether they matter depends on what the key is used for: see keyFromTable).
 */
export function readKeyTable(
  table: RawTable,
  locale: MessageLocale = "da",
  numberLocale: NumberLocale = DANISH
): KeyTable {
  const columns: Partial<Record<KeyColumn, number>> = {};
  table.headers.forEach((header, c) => {
    const column = columnOf(header);
    if (column && columns[column] === undefined) columns[column] = c;
  });
  const headerCell = (column: KeyColumn) =>
    columns[column] === undefined ? undefined : headerCellAddress(table, columns[column] as number);
  const amountUnit =
    columns.amount === undefined ? 1 : amountUnitFromHeader(table.headers[columns.amount]);
  const result: KeyTable = {
    sheet: table.sheet,
    headerCells: {
      name: headerCell("name") ?? headerCellAddress(table, 0),
      population: headerCell("population"),
      share: headerCell("share"),
      amount: headerCell("amount"),
      fixed: headerCell("fixed"),
    },
    amountUnit,
    rows: [],
    errors: [],
  };
  if (columns.name === undefined) {
    result.errors.push(
      allocationError(
        locale,
        { sheet: table.sheet, cell: result.headerCells.name },
        "missing-name-column"
      )
    );
    return result;
  }
  const ctx: ReadContext = {
    table,
    locale,
    numberLocale,
    shareHeaderPercent:
      columns.share !== undefined && /%|pct|procent|percent/i.test(table.headers[columns.share]),
    amountUnit,
    fixedUnit: columns.fixed === undefined ? 1 : amountUnitFromHeader(table.headers[columns.fixed]),
  };
  const used = (Object.values(columns) as number[]).sort((a, b) => a - b);

  for (let r = 0; r < table.rowCount; r++) {
    if (used.every((c) => isBlank(cellAt(table, r, c)))) continue;
    const at = (column: KeyColumn) => cellAt(table, r, columns[column] as number);
    const addr = (column: KeyColumn) =>
      columns[column] === undefined
        ? undefined
        : bodyCellAddress(table, r, columns[column] as number);
    const name = cellText(at("name")).trim();
    const row: KeyTableRow = {
      name,
      sheetRow: table.headerRowIndex + 2 + r,
      cells: {
        name: addr("name") as string,
        population: addr("population"),
        share: addr("share"),
        amount: addr("amount"),
        fixed: addr("fixed"),
      },
    };
    const keep = <T>(read: Read<T>): T | undefined => {
      if (read.ok) return read.value;
      result.errors.push(read.error);
      return undefined;
    };
    if (columns.population !== undefined && !isBlank(at("population"))) {
      const raw = at("population");
      const n = readPlainNumber(raw, numberLocale);
      if (n.ok) row.population = n.value;
      else
        result.errors.push(
          readError(locale, table.sheet, row.cells.population as string, n.reason, cellText(raw))
        );
    }
    if (columns.share !== undefined && !isBlank(at("share"))) {
      row.share = keep(
        readShare(ctx, at("share"), formatAt(table, r, columns.share), row.cells.share as string)
      );
    }
    if (columns.amount !== undefined && !isBlank(at("amount"))) {
      row.amount = keep(readMoney(ctx, at("amount"), ctx.amountUnit, row.cells.amount as string));
    }
    if (columns.fixed !== undefined && !isBlank(at("fixed"))) {
      row.fixed = keep(
        readMoney(ctx, at("fixed"), ctx.fixedUnit, row.cells.fixed as string)
      )?.value;
    }
    if (isTotalLabel(name)) {
      if (!result.totalRow) result.totalRow = row;
      continue;
    }
    if (name === "") {
      result.errors.push(
        allocationError(locale, { sheet: table.sheet, cell: row.cells.name }, "missing-name")
      );
      continue;
    }
    result.rows.push(row);
  }
  return result;
}

/**
 * The key to split by: each municipality's population, or its stated amount (basis "amount", for a key such as
 * seed 003's that states amounts but not the populations behind them). Blank cells in the basis column are errors.
 */
export function keyFromTable(
  table: KeyTable,
  basis: KeyBasis,
  locale: MessageLocale = "da"
): { key: PopulationKey; errors: CellError[] } {
  const errors: CellError[] = [];
  const column = basis === "population" ? table.headerCells.population : table.headerCells.amount;
  const key: PopulationKey = {
    rows: [],
    source: { sheet: table.sheet, cell: table.headerCells.name },
  };
  if (column === undefined) {
    const code = basis === "population" ? "missing-population-column" : "missing-amount-column";
    errors.push(
      allocationError(locale, { sheet: table.sheet, cell: table.headerCells.name }, code, {
        hasAmounts: table.headerCells.amount ? 1 : "",
      })
    );
    return { key, errors };
  }
  for (const row of table.rows) {
    const cell = (basis === "population" ? row.cells.population : row.cells.amount) as string;
    const weight =
      basis === "population"
        ? row.population
        : row.amount
          ? Number(toOere(row.amount.value))
          : undefined;
    if (weight === undefined) {
      errors.push(
        allocationError(
          locale,
          { sheet: table.sheet, cell },
          basis === "population" ? "missing-population" : "missing-amount",
          { name: row.name }
        )
      );
      continue;
    }
    key.rows.push({
      name: row.name,
      population: weight,
      fixed: row.fixed,
      source: {
        sheet: table.sheet,
        row: row.sheetRow,
        name: row.cells.name,
        population: cell,
        fixed: row.cells.fixed,
      },
    });
  }
  return { key, errors };
}

/**
 * Whether a header row looks like a population key: a municipality column and a population or amount column.
 * The Excel adapter uses it to offer the key tables of a workbook.
 */
export function looksLikeKeyTable(headers: string[]): boolean {
  const columns = headers.map(columnOf);
  return columns.includes("name") && (columns.includes("population") || columns.includes("amount"));
}
