// Reads the goal table into goal rows: one row per measured thing (a goal, a part of a goal, or a segment of a part).
// Rows with the same Nr are one goal. A row with no Nr and no title continues the goal above (merged Nr cells).
import type { GoalColumnMap, GoalColumnRole } from "./headers";
import { mapDescriptiveColumns, normaliseHeader } from "./headers";
import { cellError, readError, type MessageLocale } from "./messages";
import { formatNumber, formatPercent } from "./format";
import type { CellError, Combine, Direction, RawCell, RawTable, RuleKind } from "./model";
import {
  isBlank,
  readFraction,
  readPlainNumber,
  readQuantity,
  type NumberLocale,
  type Quantity,
} from "./numbers";
import { ruleFromWord, ruleWordsText } from "./rules/registry";
import { bodyCellAddress, cellAt, cellText, formatAt, headerCellAddress } from "./tables";

export interface SourcedQuantity {
  quantity: Quantity;
  cell: string;
  text: string;
}

export interface TierSpec extends SourcedQuantity {
  /** Fulfilment this tier gives (1 for "Mål 100 %", 0.5 for "Mål 50 %"). */
  fulfilment: number;
}

export interface GoalRow {
  /** Index of the row in the table body (where its outputs go). */
  bodyIndex: number;
  sheet: string;
  /** 1-based sheet row number, for messages. */
  rowNumber: number;
  nr: string;
  title: string;
  part: string;
  segment: string;
  result?: SourcedQuantity;
  /** The result cell says the measurement is not in yet ("Afventer data"). */
  resultPending: boolean;
  indicator?: { text: string; cell: string };
  rule?: RuleKind;
  direction: Direction;
  year?: number;
  weight?: number;
  combine?: Combine;
  rowCombine?: Combine;
  agreed?: { value: number; cell: string };
  reason?: string;
  baseline?: SourcedQuantity;
  tiers: TierSpec[];
  /** Issue 17: the goal's group (`Type`: "Nationalt fastsat mål") and the consultant's `Bemærkning`, as typed. */
  group?: string;
  remark?: string;
  /** The row's own errors; a goal with any row in error gets the status Fejl. */
  errors: CellError[];
}

export const PENDING_TEXTS = new Set([
  "afventer",
  "afventerdata",
  "afventermaling",
  "pending",
  "awaitingdata",
  "ikkemalt",
  "ikkemaltendnu",
]);

const DIRECTION_ALIASES: Record<string, Direction> = {
  mindst: "mindst",
  min: "mindst",
  minimum: "mindst",
  atleast: "mindst",
  storreerbedre: "mindst",
  hojst: "hoejst",
  hoejst: "hoejst",
  max: "hoejst",
  maksimum: "hoejst",
  maximum: "hoejst",
  atmost: "hoejst",
  mindreerbedre: "hoejst",
};

const COMBINE_ALIASES: Record<string, Combine> = {
  gennemsnit: "gennemsnit",
  snit: "gennemsnit",
  mean: "gennemsnit",
  average: "gennemsnit",
  alle: "alle",
  all: "alle",
  laveste: "alle",
  lowest: "alle",
  min: "alle",
};

function symbolKey(text: string): string {
  const t = text.trim();
  if (t === "≥" || t === ">=") return "mindst";
  if (t === "≤" || t === "<=") return "hoejst";
  return normaliseHeader(t);
}

/** "mindst", "højst", "≥", "at most" … as a direction; undefined for anything else. Shared with what-if. */
export function directionFromText(text: string): Direction | undefined {
  return DIRECTION_ALIASES[symbolKey(text)];
}

/** "Afventer data", "pending", "ikke målt" …: the result is not in yet. Shared with what-if. */
export function isPendingText(text: string): boolean {
  return PENDING_TEXTS.has(normaliseHeader(text));
}

export interface ParsedGoalTable {
  table: RawTable;
  map: GoalColumnMap;
  rows: GoalRow[];
  /** Body rows that belong to the goal table (goalTableExtent): the output columns go beside these only. */
  bodyRowCount: number;
  /** Errors about the table as a whole (missing columns, empty table). */
  errors: CellError[];
  /** Information, not errors: rows under a plain range's last goal that were not read as goals. */
  info: CellError[];
}

/**
 * A goal number as consultants write it: a number cell, or "1", "12", "9d", "1.1", "4." or "Mål 3". A source note in
 * the Nr column ("Kilde: NPS-måling Q3 2021", "*) udgået") is not one.
 */
export function readsAsGoalNumber(value: RawCell): boolean {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0;
  if (typeof value !== "string") return false;
  return /^(m(å|aa|a)l\s*)?\d{1,3}([.,]\d{1,2})?\s?[a-zæøå]?\.?$/i.test(value.trim());
}

/** The columns that hold something to evaluate (everything read as input but the Nr and the title). */
function measureColumns(map: GoalColumnMap): number[] {
  return [
    ...Object.entries(map.roles)
      .filter(([role]) => !role.startsWith("out") && role !== "nr" && role !== "title")
      .map(([, c]) => c as number),
    ...map.tiers.map((t) => t.column),
  ];
}

/**
 * A goal row: its Nr reads as a goal number, or it has something to evaluate or place beside the title (a result, an
 * indicator, a threshold, a rule, a part or segment …). A title alone or a note in the Nr column is not a goal row.
 */
export function isGoalRow(table: RawTable, map: GoalColumnMap, row: number): boolean {
  const nr = map.roles.nr === undefined ? null : cellAt(table, row, map.roles.nr);
  if (readsAsGoalNumber(nr)) return true;
  return measureColumns(map).some((c) => !isBlank(cellAt(table, row, c)));
}

export interface GoalTableExtent {
  /** Body rows that belong to the goal table. */
  bodyRowCount: number;
  /** The non-blank rows under it that were left out (0-based body rows), with the first one's first text. */
  below: { first: number; last: number; column: number; text: string } | null;
}

/**
 * Where the goal table ends (README, "Where a goal table ends"). An Excel table ends where Excel says: its range is the
 * user's explicit choice. A plain range runs to the end of the sheet's used range, so it ends at its last goal row:
 * source notes under the table ("Kilde: NPS-måling Q3 2021", "Mål 11 er udgået af kontrakten"), with or without a
 * blank row before them, are not goals. Blank rows between goal rows still separate goals inside the table. Without
 * any goal row the table is left whole, so its rows are reported as they are (a title without Nr, an empty table).
 */
export function goalTableExtent(table: RawTable, map: GoalColumnMap): GoalTableExtent {
  const whole = { bodyRowCount: table.rowCount, below: null };
  if (table.source !== "range") return whole;
  let last = -1;
  for (let r = table.rowCount - 1; r >= 0 && last < 0; r--) if (isGoalRow(table, map, r)) last = r;
  if (last < 0) return whole;
  let below: GoalTableExtent["below"] = null;
  for (let r = last + 1; r < table.rowCount; r++) {
    const column = table.headers.findIndex((_, c) => !isBlank(cellAt(table, r, c)));
    if (column < 0) continue;
    if (below) below.last = r;
    else below = { first: r, last: r, column, text: cellText(cellAt(table, r, column)).trim() };
  }
  return { bodyRowCount: last + 1, below };
}

/** "Række 20–21 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021')". */
function belowTableInfo(
  table: RawTable,
  below: NonNullable<GoalTableExtent["below"]>,
  locale: MessageLocale
): CellError {
  const rowNumber = (r: number) => table.headerRowIndex + 2 + r;
  const first = rowNumber(below.first);
  const last = rowNumber(below.last);
  const text = below.text.length > 40 ? `${below.text.slice(0, 39)}…` : below.text;
  return cellError(
    locale,
    table.sheet,
    bodyCellAddress(table, below.first, below.column),
    "rows-below-table",
    {
      rows: first === last ? String(first) : `${first}–${last}`,
      many: first === last ? 0 : 1,
      text,
    }
  );
}

export function parseGoalTable(
  table: RawTable,
  map: GoalColumnMap,
  locale: MessageLocale,
  numberLocale: NumberLocale
): ParsedGoalTable {
  const errors: CellError[] = [];
  const { roles } = map;
  const headerCell = (column: number) => headerCellAddress(table, column);
  if (roles.result === undefined && roles.indicator === undefined) {
    errors.push(
      cellError(locale, table.sheet, headerCell(0), "missing-column", { column: "Resultat" })
    );
  }
  if (roles.nr === undefined)
    errors.push(cellError(locale, table.sheet, headerCell(0), "missing-column", { column: "Nr" }));
  if (roles.title === undefined)
    errors.push(cellError(locale, table.sheet, headerCell(0), "missing-column", { column: "Mål" }));
  if (errors.length > 0)
    return { table, map, rows: [], bodyRowCount: table.rowCount, errors, info: [] };

  const rows: GoalRow[] = [];
  let currentNr = "";
  let currentTitle = "";
  const inputColumns = [
    ...Object.entries(roles)
      .filter(([role]) => !role.startsWith("out"))
      .map(([, c]) => c as number),
    ...map.tiers.map((t) => t.column),
  ];
  const descriptive = mapDescriptiveColumns(table.headers, map); // issue 17
  const extent = goalTableExtent(table, map);
  const info = extent.below ? [belowTableInfo(table, extent.below, locale)] : [];

  for (let r = 0; r < extent.bodyRowCount; r++) {
    if (inputColumns.every((c) => isBlank(cellAt(table, r, c)))) continue; // blank row: skipped, not an error
    const at = (role: GoalColumnRole) =>
      roles[role] === undefined ? null : cellAt(table, r, roles[role] as number);
    const addr = (column: number) => bodyCellAddress(table, r, column);
    const text = (role: GoalColumnRole) => {
      const v = at(role);
      return isBlank(v) ? "" : cellText(v).trim();
    };
    const rowErrors: CellError[] = [];
    const err = (column: number, code: string, params: Record<string, string | number> = {}) =>
      rowErrors.push(cellError(locale, table.sheet, addr(column), code, params));

    let nr = text("nr").replace(/\.$/, "");
    let title = text("title");
    if (nr === "") {
      // A row without Nr continues the goal above (merged Nr cells), unless it starts a goal of its own.
      if (title !== "" || currentNr === "") err(roles.nr as number, "missing-nr");
      else nr = currentNr;
    }
    if (nr !== currentNr) {
      currentNr = nr;
      currentTitle = title;
    } else if (title === "") {
      title = currentTitle;
    } else if (currentTitle === "") {
      currentTitle = title;
    }

    const row: GoalRow = {
      bodyIndex: r,
      sheet: table.sheet,
      rowNumber: table.headerRowIndex + 2 + r,
      nr,
      title,
      part: text("part"),
      segment: text("segment"),
      resultPending: false,
      direction: "mindst",
      tiers: [],
      errors: rowErrors,
    };
    for (const key of ["group", "remark"] as const) {
      const value = descriptive[key] === undefined ? null : cellAt(table, r, descriptive[key]);
      if (!isBlank(value)) row[key] = cellText(value).trim(); // issue 17: descriptive, never computed on
    }

    // Rule, direction, roll-up settings
    const ruleText = text("rule");
    if (ruleText) {
      const rule = ruleFromWord(ruleText);
      if (rule) row.rule = rule;
      else err(roles.rule as number, "unknown-rule", { text: ruleText, known: ruleWordsText() });
    }
    const directionText = text("direction");
    if (directionText) {
      const direction = directionFromText(directionText);
      if (direction) row.direction = direction;
      else err(roles.direction as number, "unknown-direction", { text: directionText });
    }
    for (const role of ["combine", "rowCombine"] as const) {
      const t = text(role);
      if (!t) continue;
      const combine = COMBINE_ALIASES[normaliseHeader(t)];
      if (combine) row[role] = combine;
      else err(roles[role] as number, "unknown-combine", { text: t });
    }

    // Year and weight
    if (roles.year !== undefined && !isBlank(at("year"))) {
      const y = readPlainNumber(at("year"), numberLocale);
      if (y.ok && Number.isInteger(y.value) && y.value >= 1900 && y.value <= 2200)
        row.year = y.value;
      else err(roles.year, "bad-year", { text: text("year") });
    }
    if (roles.weight !== undefined && !isBlank(at("weight"))) {
      const w = readQuantity(at("weight"), formatAt(table, r, roles.weight), numberLocale);
      if (w.ok && w.value.kind === "number" && w.value.value >= 0) row.weight = w.value.value;
      else err(roles.weight, "negative-weight", { text: text("weight") });
    }

    // Agreed fulfilment (KKR's decision) and its reason
    if (roles.agreed !== undefined && !isBlank(at("agreed"))) {
      const a = readFraction(at("agreed"), formatAt(table, r, roles.agreed), numberLocale);
      if (a.ok) row.agreed = { value: a.value, cell: addr(roles.agreed) };
      else
        rowErrors.push(
          readError(locale, table.sheet, addr(roles.agreed), a.reason, text("agreed"))
        );
      row.reason = text("reason");
      if (!row.reason) err(roles.reason ?? roles.agreed, "missing-reason");
    }

    // Result or indicator
    const indicatorText = text("indicator");
    if (indicatorText)
      row.indicator = { text: indicatorText, cell: addr(roles.indicator as number) };
    if (roles.result !== undefined && !isBlank(at("result"))) {
      const raw = at("result");
      const t = text("result");
      if (isPendingText(t)) {
        row.resultPending = true;
      } else {
        const q = readQuantity(raw, formatAt(table, r, roles.result), numberLocale);
        if (q.ok) row.result = { quantity: q.value, cell: addr(roles.result), text: t };
        else rowErrors.push(readError(locale, table.sheet, addr(roles.result), q.reason, t));
      }
      if (row.indicator && (row.result || row.resultPending))
        err(roles.result, "result-and-indicator");
    }

    // Baseline and thresholds
    if (roles.baseline !== undefined && !isBlank(at("baseline"))) {
      const t = text("baseline");
      const q = readQuantity(at("baseline"), formatAt(table, r, roles.baseline), numberLocale);
      if (q.ok) row.baseline = { quantity: q.value, cell: addr(roles.baseline), text: t };
      else rowErrors.push(readError(locale, table.sheet, addr(roles.baseline), q.reason, t));
    }
    for (const tier of map.tiers) {
      const raw = cellAt(table, r, tier.column);
      if (isBlank(raw)) continue;
      const t = cellText(raw).trim();
      const q = readQuantity(raw, formatAt(table, r, tier.column), numberLocale);
      if (q.ok)
        row.tiers.push({
          fulfilment: tier.fulfilment,
          quantity: q.value,
          cell: addr(tier.column),
          text: t,
        });
      else rowErrors.push(readError(locale, table.sheet, addr(tier.column), q.reason, t));
    }
    rows.push(row);
  }

  if (rows.length === 0) errors.push(cellError(locale, table.sheet, headerCell(0), "empty-table"));
  checkDuplicatesAndConsistency(rows, table, map, locale);
  return { table, map, rows, bodyRowCount: extent.bodyRowCount, errors, info };
}

/** A goal row may appear once per (Nr, Del, Segment); a goal's title, weight and roll-up must agree across its rows. */
function checkDuplicatesAndConsistency(
  rows: GoalRow[],
  table: RawTable,
  map: GoalColumnMap,
  locale: MessageLocale
) {
  const seen = new Map<string, GoalRow>();
  const firstOfGoal = new Map<string, GoalRow>();
  const column = (role: GoalColumnRole) => map.roles[role] ?? 0;
  for (const row of rows) {
    if (row.nr === "") continue;
    const key = [row.nr, normaliseHeader(row.part), normaliseHeader(row.segment)].join("|");
    const other = seen.get(key);
    const addr = (role: GoalColumnRole) => bodyCellAddress(table, row.bodyIndex, column(role));
    if (other) {
      row.errors.push(
        cellError(locale, table.sheet, addr("nr"), "duplicate-row", {
          goal: row.nr,
          part: row.part,
          segment: row.segment,
          other: other.rowNumber,
        })
      );
    } else {
      seen.set(key, row);
    }
    const first = firstOfGoal.get(row.nr);
    if (!first) {
      firstOfGoal.set(row.nr, row);
      continue;
    }
    if (row.title && first.title && normaliseHeader(row.title) !== normaliseHeader(first.title)) {
      row.errors.push(
        cellError(locale, table.sheet, addr("title"), "conflicting-title", {
          goal: row.nr,
          first: first.title,
          second: row.title,
        })
      );
    }
    // The two values are quoted as the user reads them: a weight 2,5 in Danish notation, an agreed fulfilment 0.75
    // as "75 %", not JavaScript's "2.5" and "0.75".
    const agree = <T>(
      role: GoalColumnRole,
      a: T | undefined,
      b: T | undefined,
      name: string,
      shown: (value: T) => string
    ) => {
      if (a !== undefined && b !== undefined && a !== b) {
        row.errors.push(
          cellError(locale, table.sheet, addr(role), "conflicting-value", {
            goal: row.nr,
            column: name,
            first: shown(a),
            second: shown(b),
          })
        );
      }
    };
    agree("weight", first.weight, row.weight, "Vægt", (w) => formatNumber(w, locale));
    agree("combine", first.combine, row.combine, "Samling", String);
    agree("agreed", first.agreed?.value, row.agreed?.value, "Aftalt opfyldelse", (f) =>
      formatPercent(f, locale)
    );
  }
}
