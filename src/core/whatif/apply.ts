// Applies what-if changes to a COPY of the goal table, cell by cell, as if the user had typed them: the threshold
// cells, the result cell, the Regel, Retning and Vægt cells, the agreed fulfilment. Nothing here computes a
// fulfilment: the changed table goes through evaluateContract like any other, so a scenario and Beregn cannot disagree.
// Only the touched columns are copied; a column the table lacks (Regel, Retning, Vægt, Mål 50 %, …) is appended.
import type { RowResult } from "../evaluate";
import {
  normaliseHeader,
  tierFulfilmentFromHeader,
  type GoalColumnMap,
  type GoalColumnRole,
} from "../headers";
import { readError } from "../messages";
import type { Direction, RawCell, RawTable, RuleKind } from "../model";
import { formatNumber, formatPercent } from "../format";
import {
  isBlank,
  isPercentFormat,
  readFraction,
  readQuantity,
  type NumberLocale,
  type Quantity,
} from "../numbers";
import { displayFulfilment } from "../rules/taerskler";
import { cellAt, cellText } from "../tables";
import { directionFromText, isPendingText } from "../goalTable";
import { ruleDefinition, ruleFromWhatIfWord, whatIfRulesText } from "../rules/registry";
import { whatIfMessage } from "./messages";
import { changeText } from "./parse";
import type { ChangeValue, WhatIfChange } from "./schema";

/**
 * Words that, in a change, mean "count as a threshold again" (the opposite of forholdsmæssig): each rule says what it
 * then becomes (whatIf.asThreshold). Checked before the rules' own words, so "tærskel" here is not the trin alias.
 */
const THRESHOLD_WORDS = new Set(["threshold", "taerskel", "terskel"]);
/** The rules a change may name, for the message about an unknown one (from the registry). */
export const KNOWN_RULES_TEXT = whatIfRulesText();

const CLEAR = new Set(["", "ingen", "none", "slet", "fjern", "-", "–"]);

export interface RowInfo {
  bodyIndex: number;
  result: RowResult;
}

export interface ChangeError {
  /** Position of the change in the list. */
  index: number;
  /** The change as the user wrote it ("1.mål100=55"). */
  change: string;
  message: string;
}

export interface AppliedChange {
  index: number;
  change: string;
  /** Body rows of the goal table it touched. */
  rows: number[];
  /** "Mål 1: tærskel for 100 % 60 → 55" */
  description: string;
  /** How a value was read, when it was not as typed ("55 læst som 55 %"). */
  note?: string;
}

export interface ApplyContext {
  table: RawTable;
  map: GoalColumnMap;
  rows: RowInfo[];
  numberLocale: NumberLocale;
}

export interface ApplyOutcome {
  table: RawTable;
  /** Column overrides for the appended columns (role → header), to merge into the options' `columns`. */
  columns: Record<string, string>;
  applied: AppliedChange[];
  errors: ChangeError[];
}

interface CellWrite {
  value: RawCell;
  format?: string;
}

type ColumnKey = GoalColumnRole | `tier:${number}`;

const NEW_HEADERS: Partial<Record<GoalColumnRole, string>> = {
  result: "Resultat",
  rule: "Regel",
  direction: "Retning",
  weight: "Vægt",
  agreed: "Aftalt opfyldelse",
  reason: "Begrundelse",
};

function sameName(a: string, b: string): boolean {
  return a === b || normaliseHeader(a) === normaliseHeader(b);
}

function valueText(v: ChangeValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "Ja" : "Nej";
  return String(v).trim();
}

/** Reads a typed value the way the workbook reads a cell with that text. */
function readValue(
  v: ChangeValue,
  numberLocale: NumberLocale
): { ok: true; value: Quantity } | { ok: false; reason: string } {
  if (typeof v === "number")
    return Number.isFinite(v)
      ? { ok: true, value: { kind: "number", value: v, percent: false } }
      : { ok: false, reason: "not-a-number" };
  if (typeof v === "boolean") return { ok: true, value: { kind: "boolean", value: v } };
  return readQuantity(v, undefined, numberLocale);
}

const PERCENT_FORMAT = "0.0%";

/** A quantity as the cell that holds it: numbers with a percent format when they are percentages. */
function cellOf(q: Quantity, typed: string): CellWrite {
  switch (q.kind) {
    case "number":
      return { value: q.value, format: q.percent ? PERCENT_FORMAT : "General" };
    case "boolean":
      return { value: q.value, format: "General" };
    case "ratio":
      return { value: `${q.done}/${q.total}`, format: "General" };
    default:
      // "+5 pp" and "2021: 45 %; 2022: 47 %" stay text: they were read from this very text with the same locale.
      return { value: typed, format: "General" };
  }
}

/** "3/4" for 75 %: the smallest denominator that gives the fraction (for an assumed fulfilment of one row). */
function ratioOf(f: number): string {
  for (let d = 1; d <= 10000; d++) {
    const k = Math.round(f * d);
    if (Math.abs(k / d - f) < 1e-9) return `${k}/${d}`;
  }
  return `${Math.round(f * 10000)}/10000`;
}

/** Whether a row's figures are percentages, from its result or thresholds (so "55" typed there means 55 %). */
export function rowIsPercent(ctx: ApplyContext, bodyIndex: number): boolean {
  const { table, map, numberLocale } = ctx;
  const r = ctx.rows.find((x) => x.bodyIndex === bodyIndex)?.result;
  if (r?.resultPercent !== undefined && r.resultValue !== undefined) return r.resultPercent;
  if (r?.tiers && r.tiers.length > 0) return r.tiers.some((t) => t.percent);
  const columns = [map.roles.result, ...map.tiers.map((t) => t.column)];
  for (const c of columns) {
    if (c === undefined) continue;
    const q = readQuantity(
      cellAt(table, bodyIndex, c),
      table.numberFormats?.[c]?.[bodyIndex],
      numberLocale
    );
    if (q.ok && q.value.kind === "number" && q.value.percent) return true;
  }
  return false;
}

export type TargetRows =
  | { ok: true; goalRows: RowInfo[]; rows: RowInfo[]; part?: string; segment?: string }
  | { ok: false; code: string; params: Record<string, string | number> };

/** The rows a change addresses: its goal's rows, narrowed to a part and/or segment (names compare like headers). */
export function targetRows(
  rows: RowInfo[],
  change: { goal: string; part?: string; segment?: string }
): TargetRows {
  const goals = [...new Set(rows.map((r) => r.result.goal).filter((g) => g !== ""))];
  const goalRows = rows.filter(
    (r) => r.result.goal !== "" && sameName(r.result.goal, change.goal.trim())
  );
  if (goalRows.length === 0)
    return {
      ok: false,
      code: "unknown-goal",
      params: { goal: change.goal, known: goals.join(", ") },
    };
  let part = change.part?.trim() || undefined;
  let segment = change.segment?.trim() || undefined;
  const parts = [...new Set(goalRows.map((r) => r.result.part).filter(Boolean))];
  let target = goalRows;
  if (part !== undefined) {
    const inPart = goalRows.filter((r) => sameName(r.result.part, part!));
    if (
      inPart.length === 0 &&
      segment === undefined &&
      goalRows.some((r) => sameName(r.result.segment, part!))
    ) {
      // "3/Drift": a segment named where a part would be, when no part has that name.
      segment = part;
      part = undefined;
    } else if (inPart.length === 0) {
      return {
        ok: false,
        code: "unknown-part",
        params: { goal: change.goal, part, known: parts.join(", ") },
      };
    } else {
      target = inPart;
    }
  }
  if (segment !== undefined) {
    const inSegment = target.filter((r) => sameName(r.result.segment, segment!));
    if (inSegment.length === 0) {
      const known = [...new Set(target.map((r) => r.result.segment).filter(Boolean))];
      return {
        ok: false,
        code: "unknown-segment",
        params: { goal: change.goal, part: part ?? "", segment, known: known.join(", ") },
      };
    }
    const partsHit = [...new Set(inSegment.map((r) => r.result.part))];
    if (part === undefined && partsHit.length > 1) {
      // "3//Drift" where Drift is a segment of several parts (satisfaction in %, NPS in points): say which part.
      return {
        ok: false,
        code: "ambiguous-segment",
        params: {
          goal: change.goal,
          segment,
          parts: partsHit.map((p) => p || "(uden navn)").join(", "),
        },
      };
    }
    target = inSegment;
  }
  return { ok: true, goalRows, rows: target, part, segment };
}

export function applyChanges(ctx: ApplyContext, changes: WhatIfChange[]): ApplyOutcome {
  const { table, map, rows, numberLocale } = ctx;
  const writes = new Map<ColumnKey, Map<number, CellWrite>>();
  const errors: ChangeError[] = [];
  const applied: AppliedChange[] = [];

  const columnOf = (key: ColumnKey): number | undefined => {
    if (key.startsWith("tier:")) {
      const f = Number(key.slice(5));
      return map.tiers.find((t) => Math.abs(t.fulfilment - f) < 1e-9)?.column;
    }
    return map.roles[key as GoalColumnRole];
  };
  const current = (key: ColumnKey, bodyIndex: number): RawCell => {
    const pending = writes.get(key)?.get(bodyIndex);
    if (pending) return pending.value;
    const c = columnOf(key);
    return c === undefined ? null : cellAt(table, bodyIndex, c);
  };
  /** A cell as the user sees it: "75 %" for 0,75 shown as a percentage, Danish decimals. */
  const shownCell = (key: ColumnKey, bodyIndex: number): string => {
    const value = current(key, bodyIndex);
    if (typeof value !== "number") return cellText(value).trim();
    const pending = writes.get(key)?.get(bodyIndex);
    const c = columnOf(key);
    const format = pending
      ? pending.format
      : c === undefined
        ? undefined
        : table.numberFormats?.[c]?.[bodyIndex];
    return isPercentFormat(format) ? formatPercent(value, "da", 2) : formatNumber(value, "da", 6);
  };
  const write = (key: ColumnKey, bodyIndex: number, cell: CellWrite) => {
    if (!writes.has(key)) writes.set(key, new Map());
    writes.get(key)!.set(bodyIndex, cell);
  };
  const percentRow = (bodyIndex: number) => rowIsPercent(ctx, bodyIndex);

  /** A plain number typed on a percentage row is a percentage, as Excel reads 55 typed into a cell showing "60 %". */
  const inRowUnit = (q: Quantity, bodyIndex: number): { q: Quantity; note?: string } => {
    if (q.kind !== "number" || q.percent || Math.abs(q.value) <= 1 || !percentRow(bodyIndex))
      return { q };
    const pct: Quantity = { kind: "number", value: q.value / 100, percent: true };
    return {
      q: pct,
      note: `${String(q.value).replace(".", ",")} læst som ${displayFulfilment(pct.value)}`,
    };
  };

  changes.forEach((change, index) => {
    const text = changeText(change);
    const fail = (code: string, params: Record<string, string | number> = {}) =>
      errors.push({ index, change: text, message: whatIfMessage(code, params) });

    // Which rows: the goal, then the part and/or segment.
    const found = targetRows(rows, change);
    if (!found.ok) return fail(found.code, found.params);
    const { goalRows, rows: target, part, segment } = found;
    const whole = part === undefined && segment === undefined;
    const typed = valueText(change.value);
    const where = `Mål ${goalRows[0].result.goal}${part ? `, ${part}` : ""}${segment ? `, ${segment}` : ""}`;
    const before = (key: ColumnKey) => {
      const texts = [...new Set(target.map((r) => shownCell(key, r.bodyIndex)))];
      return texts.length === 1 ? texts[0] || "(tom)" : texts.map((t) => t || "(tom)").join("/");
    };
    const staged: { key: ColumnKey; bodyIndex: number; cell: CellWrite }[] = [];
    let note: string | undefined;
    let description = "";

    const clearIndicator = (bodyIndex: number) => {
      const c = map.roles.indicator;
      if (c !== undefined && !isBlank(cellAt(table, bodyIndex, c)))
        staged.push({ key: "indicator", bodyIndex, cell: { value: null } });
    };

    switch (change.key) {
      case "tier": {
        if (change.tier === undefined) return fail("missing-tier");
        const key = `tier:${change.tier}` as ColumnKey;
        const pct = change.tier * 100;
        if (columnOf(key) === undefined && Math.abs(pct - Math.round(pct)) > 1e-9)
          return fail("tier-column", { tier: displayFulfilment(change.tier) });
        const label = `tærskel for ${displayFulfilment(change.tier)}`;
        if (CLEAR.has(typed.toLowerCase())) {
          description = `${where}: ${label} ${before(key)} → (ingen)`;
          for (const r of target)
            staged.push({ key, bodyIndex: r.bodyIndex, cell: { value: null } });
          break;
        }
        const q = readValue(change.value, numberLocale);
        if (!q.ok)
          return fail("bad-value", {
            text: typed,
            reason: readError("da", "", "", q.reason, typed).message,
          });
        if (q.value.kind !== "number" && q.value.kind !== "points" && q.value.kind !== "byYear")
          return fail("tier-value", { text: typed });
        const was = before(key);
        for (const r of target) {
          const v = inRowUnit(q.value, r.bodyIndex);
          note = note ?? v.note;
          staged.push({ key, bodyIndex: r.bodyIndex, cell: cellOf(v.q, typed) });
        }
        description = `${where}: ${label} ${was} → ${typed}${note ? ` (${note})` : ""}`;
        break;
      }
      case "result": {
        const was = before("result");
        if (typed === "" || isPendingText(typed)) {
          for (const r of target) {
            staged.push({
              key: "result",
              bodyIndex: r.bodyIndex,
              cell: { value: "Afventer data", format: "General" },
            });
            clearIndicator(r.bodyIndex);
          }
          description = `${where}: resultat ${was} → afventer data`;
          break;
        }
        const q = readValue(change.value, numberLocale);
        if (!q.ok) return fail("bad-result", { text: typed });
        if (q.value.kind !== "number" && q.value.kind !== "boolean" && q.value.kind !== "ratio")
          return fail("bad-result", { text: typed });
        for (const r of target) {
          const v = inRowUnit(q.value, r.bodyIndex);
          note = note ?? v.note;
          staged.push({ key: "result", bodyIndex: r.bodyIndex, cell: cellOf(v.q, typed) });
          clearIndicator(r.bodyIndex);
        }
        const indicatorText = target.some((r) => r.result.metric)
          ? " (i stedet for indikatoren)"
          : "";
        description = `${where}: resultat ${was} → ${typed}${note ? ` (${note})` : ""}${indicatorText}`;
        break;
      }
      case "rule": {
        const wanted =
          typed === ""
            ? ""
            : THRESHOLD_WORDS.has(normaliseHeader(typed))
              ? "threshold"
              : ruleFromWhatIfWord(typed);
        if (wanted === undefined)
          return fail("unknown-rule", { text: typed, known: KNOWN_RULES_TEXT });
        const was = before("rule");
        for (const r of target) {
          // "threshold" is met/not met at the target: for a count (antal/forholdsmæssig) that is the rule antal.
          const rule =
            wanted === "threshold" ? ruleDefinition(r.result.rule).whatIf.asThreshold : wanted;
          staged.push({
            key: "rule",
            bodyIndex: r.bodyIndex,
            cell: { value: rule === "" ? null : rule, format: "General" },
          });
        }
        description = `${where}: regel ${was} → ${typed || "(udledt)"}`;
        break;
      }
      case "direction": {
        // Blank: back to the default, at least.
        const direction: Direction | undefined = typed === "" ? "mindst" : directionFromText(typed);
        if (direction === undefined) return fail("unknown-direction", { text: typed });
        const word = direction === "hoejst" ? "højst" : "mindst";
        const was = before("direction");
        for (const r of target)
          staged.push({ key: "direction", bodyIndex: r.bodyIndex, cell: { value: word } });
        description = `${where}: retning ${was} → ${word}`;
        break;
      }
      case "weight": {
        if (!whole) return fail("weight-goal", { goal: change.goal });
        const was = before("weight");
        if (typed === "") {
          for (const r of goalRows)
            staged.push({ key: "weight", bodyIndex: r.bodyIndex, cell: { value: null } });
          description = `${where}: vægt ${was} → 1`;
          break;
        }
        const q = readValue(change.value, numberLocale);
        if (!q.ok || q.value.kind !== "number" || q.value.value < 0)
          return fail("bad-weight", { text: typed });
        for (const r of goalRows)
          staged.push({ key: "weight", bodyIndex: r.bodyIndex, cell: cellOf(q.value, typed) });
        description = `${where}: vægt ${was} → ${typed}`;
        break;
      }
      case "agreed":
      case "assume": {
        let f: number | null;
        const lower = typed.toLowerCase();
        if (CLEAR.has(lower) || isPendingText(typed)) f = null;
        else {
          const q = readValue(change.value, numberLocale);
          if (q.ok && q.value.kind === "boolean") f = q.value.value ? 1 : 0;
          else {
            const fr =
              typeof change.value === "number"
                ? readFraction(change.value, undefined)
                : readFraction(typed, undefined, numberLocale);
            if (!fr.ok || fr.value < 0 || fr.value > 1)
              return fail(change.key === "assume" ? "bad-assume" : "bad-fraction", { text: typed });
            f = fr.value;
          }
        }
        if (change.key === "agreed" && !whole) return fail("agreed-goal", { goal: change.goal });
        if (whole) {
          // The goal's agreed fulfilment ("Aftalt opfyldelse" + "Begrundelse"), on every row so the rows agree.
          const was = before("agreed");
          const reason =
            change.key === "assume"
              ? "Antaget (hvad nu hvis)"
              : cellText(current("reason", goalRows[0].bodyIndex)).trim() ||
                "Aftalt (hvad nu hvis)";
          for (const r of goalRows) {
            staged.push({
              key: "agreed",
              bodyIndex: r.bodyIndex,
              cell: f === null ? { value: null } : { value: f, format: PERCENT_FORMAT },
            });
            staged.push({
              key: "reason",
              bodyIndex: r.bodyIndex,
              cell: { value: f === null ? null : reason },
            });
          }
          const verb = change.key === "assume" ? "antaget" : "aftalt";
          description = `${where}: ${verb} ${f === null ? "ingen" : displayFulfilment(f)}${was !== "(tom)" ? ` (før: aftalt ${was})` : ""}`;
        } else {
          // One part or segment: its row is assumed met / not met (ja/nej), or done to a fraction (indsatser).
          if (f === null) return fail("bad-assume", { text: typed });
          for (const r of target) {
            const rule: RuleKind = f === 0 || f === 1 ? "janej" : "indsatser";
            staged.push({
              key: "rule",
              bodyIndex: r.bodyIndex,
              cell: { value: rule, format: "General" },
            });
            staged.push({
              key: "result",
              bodyIndex: r.bodyIndex,
              cell: { value: rule === "janej" ? f === 1 : ratioOf(f), format: "General" },
            });
            clearIndicator(r.bodyIndex);
          }
          description = `${where}: antaget ${displayFulfilment(f)}`;
        }
        break;
      }
    }
    for (const s of staged) write(s.key, s.bodyIndex, s.cell);
    applied.push({
      index,
      change: text,
      rows: target.map((r) => r.bodyIndex),
      description,
      ...(note ? { note } : {}),
    });
  });

  return { ...buildTable(table, map, writes), applied, errors };
}

/** The changed copy: touched columns copied and written, missing columns appended. */
function buildTable(
  table: RawTable,
  map: GoalColumnMap,
  writes: Map<ColumnKey, Map<number, CellWrite>>
): { table: RawTable; columns: Record<string, string> } {
  if (writes.size === 0) return { table, columns: {} };
  const headers = [...table.headers];
  const columns = [...table.columns];
  while (columns.length < headers.length) columns.push(undefined);
  let formats: (string[] | undefined)[] | undefined = table.numberFormats
    ? [...table.numberFormats]
    : undefined;
  const overrides: Record<string, string> = {};

  const uniqueHeader = (wanted: string) => {
    let h = wanted;
    for (let i = 2; headers.some((x) => normaliseHeader(x) === normaliseHeader(h)); i++)
      h = `${wanted} (hvad nu hvis${i > 2 ? ` ${i}` : ""})`;
    return h;
  };

  for (const [key, cells] of writes) {
    let column: number | undefined;
    if (key.startsWith("tier:")) {
      const f = Number(key.slice(5));
      column = map.tiers.find((t) => Math.abs(t.fulfilment - f) < 1e-9)?.column;
      if (column === undefined) {
        const header = `Mål ${Math.round(f * 100)} %`;
        if (
          tierFulfilmentFromHeader(header) !== f ||
          headers.some((h) => normaliseHeader(h) === normaliseHeader(header))
        ) {
          throw new Error(`cannot add a threshold column for ${f}`);
        }
        headers.push(header);
        columns.push(undefined);
        column = headers.length - 1;
      }
    } else {
      column = map.roles[key as GoalColumnRole];
      if (column === undefined) {
        const header = uniqueHeader(NEW_HEADERS[key as GoalColumnRole] ?? key);
        headers.push(header);
        columns.push(undefined);
        column = headers.length - 1;
        overrides[key] = header;
      }
    }
    const values = columns[column]
      ? [...columns[column]!]
      : new Array<RawCell>(table.rowCount).fill(null);
    let fmt: string[] | undefined;
    for (const [row, cell] of cells) {
      values[row] = cell.value;
      if (cell.format !== undefined) {
        if (!formats) formats = new Array(headers.length).fill(undefined);
        if (!fmt) {
          const old = formats[column];
          fmt = old ? [...old] : new Array<string>(table.rowCount).fill("General");
          formats[column] = fmt;
        }
        fmt[row] = cell.format;
      }
    }
    columns[column] = values;
  }
  if (formats) while (formats.length < headers.length) formats.push(undefined);
  return {
    table: { ...table, headers, columns, ...(formats ? { numberFormats: formats } : {}) },
    columns: overrides,
  };
}
