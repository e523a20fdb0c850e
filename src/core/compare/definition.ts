// What a goal says, as the comparison sees it: from the goal table's parsed rows (goalTable.ts) and, for the rule of a
// row with a result, its evaluation. Results and fulfilment are outcomes, not what the contract says, so they are not
// part of it; neither is the row's year (År) itself, which moves every year: a threshold by year is compared as the
// threshold that applies in the row's year, and its schedule on its own.
import type { RowResult } from "../evaluate";
import { formatNumber } from "../format";
import type { GoalRow } from "../goalTable";
import { normaliseHeader } from "../headers";
import type { Combine, Direction, RuleKind } from "../model";
import type { Quantity } from "../numbers";
import { displayValue } from "../rules/taerskler";

/** A value as it is compared (`key`) and shown (`text`). */
export interface FieldValue {
  key: string;
  text: string;
}

export interface TierDefinition {
  /** The threshold in the row's year (a schedule resolved), as typed otherwise ("+5 pp", "3/4"). */
  value: FieldValue;
  /** The whole schedule, when the threshold depends on the year ("2021: 45 %; 2022: 47 %"). */
  schedule?: FieldValue;
}

/** One measured row of a goal (a part, or a segment of a part). */
export interface RowDefinition {
  /** Part and segment, normalised: rows of two tables with the same key are the same row. */
  key: string;
  /** "Meget tilfredse / Drift", "Kendskab", or "" for a goal of one row without a name. */
  label: string;
  /** By the tier's fulfilment (1 for "Mål 100 %"). */
  tiers: Map<number, TierDefinition>;
  baseline?: FieldValue;
  /** Named in Regel, or inferred from a result; unknown (undefined) while an unnamed rule awaits its result. */
  rule?: RuleKind;
  direction: Direction;
  indicator?: string;
}

export interface GoalDefinition {
  nr: string;
  title: string;
  weight: number;
  /** How parts are combined (Samling) and the rows of a part (Segmentsamling); defaults as in rollup.ts. */
  combine: Combine;
  rowCombine: Combine;
  rows: RowDefinition[];
}

/** Numbers compared to 9 significant digits: 32 % + 5 pp and 37 % are the same threshold. */
function numberKey(value: number): string {
  return String(Number(value.toPrecision(9)));
}

function scheduleOf(q: Extract<Quantity, { kind: "byYear" }>): FieldValue {
  const entries = [...q.entries].sort((a, b) => a.year - b.year);
  return {
    key: `y:${entries.map((e) => `${e.year}=${numberKey(e.value.value)}`).join(",")}`,
    text: entries
      .map((e) => `${e.year}: ${displayValue(e.value.value, e.value.percent)}`)
      .join("; "),
  };
}

/** A typed quantity as it is compared and shown; a schedule resolved for `year` when it lists it. */
export function quantityValue(q: Quantity, year?: number): FieldValue {
  switch (q.kind) {
    case "number":
      // 0,8 and 80 % are the same threshold (the core reads them on the same scale); shown as typed.
      return { key: `n:${numberKey(q.value)}`, text: displayValue(q.value, q.percent) };
    case "points":
      return {
        key: `p:${numberKey(q.value)}`,
        text: `+${formatNumber(q.value * 100, "da", 1)} pp`,
      };
    case "ratio":
      return { key: `r:${q.done}/${q.total}`, text: `${q.done}/${q.total}` };
    case "boolean":
      return { key: `b:${q.value}`, text: q.value ? "Ja" : "Nej" };
    case "byYear": {
      const entry = year === undefined ? undefined : q.entries.find((e) => e.year === year);
      return entry ? quantityValue(entry.value) : scheduleOf(q);
    }
  }
}

/** "Meget tilfredse / Drift": how a row is named in the comparison. */
export function rowLabel(part: string, segment: string): string {
  return [part, segment].filter((s) => s !== "").join(" / ");
}

function rowDefinition(row: GoalRow, result: RowResult | undefined, year?: number): RowDefinition {
  const tiers = new Map<number, TierDefinition>();
  for (const tier of row.tiers) {
    const q = tier.quantity;
    tiers.set(tier.fulfilment, {
      value: quantityValue(q, row.year ?? year),
      schedule: q.kind === "byYear" ? scheduleOf(q) : undefined,
    });
  }
  const measured =
    result !== undefined && result.status !== "Afventer data" && result.status !== "Fejl";
  return {
    key: `${normaliseHeader(row.part)}|${normaliseHeader(row.segment)}`,
    label: rowLabel(row.part, row.segment),
    tiers,
    baseline: row.baseline ? quantityValue(row.baseline.quantity) : undefined,
    // The rule of a row with an empty Regel follows from its result (ja/nej from "Ja", indsatser from "3/4"): while
    // the result is not in, the rule is unknown rather than "afventer", so a pending year does not read as a change.
    rule: row.rule ?? (measured ? result.rule : undefined),
    direction: row.direction,
    indicator: row.indicator?.text.replace(/\s+/g, " ").trim(),
  };
}

/**
 * The goals of a goal table, in table order: its rows grouped by Nr. `results[i]` is the evaluation of `rows[i]` (as
 * evaluatePrepared gives them); `year` is the contract year for rows without År.
 */
export function goalDefinitions(
  rows: GoalRow[],
  results: (RowResult | undefined)[],
  year?: number
): GoalDefinition[] {
  const order: string[] = [];
  const byNr = new Map<string, { row: GoalRow; result: RowResult | undefined }[]>();
  rows.forEach((row, i) => {
    if (row.nr === "") return;
    if (!byNr.has(row.nr)) {
      byNr.set(row.nr, []);
      order.push(row.nr);
    }
    byNr.get(row.nr)!.push({ row, result: results[i] });
  });
  return order.map((nr) => {
    const goalRows = byNr.get(nr)!;
    const first = <T>(pick: (r: GoalRow) => T | undefined) =>
      goalRows.map((r) => pick(r.row)).find((v) => v !== undefined && v !== "");
    return {
      nr,
      title: first((r) => r.title) ?? "",
      weight: first((r) => r.weight) ?? 1,
      combine: first((r) => r.combine) ?? "gennemsnit",
      rowCombine: first((r) => r.rowCombine) ?? "alle",
      rows: goalRows.map((r) => rowDefinition(r.row, r.result, year)),
    };
  });
}
