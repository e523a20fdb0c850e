// The fields of Hvad nu hvis, laid out from the what-if session's evaluation of the workbook as it is, and what the
// user typed in them turned into the session's changes. Pure: the state hook and the sweep both use it.
import type { EvaluationResult, RowResult } from "../../../core/evaluate";
import { formatNumber, formatPercent } from "../../../core/format";
import type { RuleKind } from "../../../core/model";
import { describeError, type MessageLocale } from "../../../core/messages";
import type { TypedRow, WhatIfChangeInput } from "../../../core/whatif";
import { ruleChangeValue, ruleChoice, ruleEditIsOn, type RuleChoice } from "./ruleChoices";

/** Which rows a field's change addresses (src/core/whatif ChangeTarget). */
export interface FieldTarget {
  goal: string;
  part?: string;
  segment?: string;
}

export interface TextField {
  key: string;
  /** What the workbook has, in its own notation ("60", "70 %"): the field shows it until the user types. */
  initial: string;
}

export interface TierField extends TextField {
  /** The fulfilment the tier gives (1 for "Mål 100 %"). */
  tier: number;
}

export interface RowFields {
  bodyIndex: number;
  /** The part or segment ("Drift"), "" when the goal has one row. */
  label: string;
  target: FieldTarget;
  /** The row's result as the core read it ("72", "3/4", "Ja"), or undefined while it awaits data. */
  resultText?: string;
  result: TextField;
  tiers: TierField[];
  /** The row's errors in the workbook, by cell ("Arket Mål, celle D4: '7O' er ikke et tal …"): empty when it evaluates. */
  errors: string[];
  /** A rule the row can switch to (ruleChoices.ts, from the core's registry): its field and the two rules. */
  rule: ({ key: string } & RuleChoice) | null;
}

export interface GoalFields {
  id: string;
  title: string;
  rows: RowFields[];
  /** Goals awaiting data: assume them met or not met. */
  assume: { key: string } | null;
}

export type AssumeChoice = "none" | "met" | "notMet";

/** The row's label in a goal with several rows: its segment and part, as the table names them. */
function rowLabel(row: RowResult): string {
  return [row.part, row.segment].filter(Boolean).join(", ");
}

/** A threshold as the user would type it in the workbook's notation ("60", "70 %"; "70%" with a decimal point). */
function typedValue(value: number, percent: boolean, decimalSeparator: "," | "."): string {
  const locale = decimalSeparator === "," ? "da" : "en";
  return percent ? formatPercent(value, locale, 4) : formatNumber(value, locale, 6);
}

function ruleField(key: string, rule: RuleKind): RowFields["rule"] {
  const choice = ruleChoice(rule);
  return choice ? { key, ...choice } : null;
}

/**
 * The fields of every goal, from the session's evaluation of the workbook as it is. A row in error has no evaluation
 * to take its result and thresholds from ('7O' is not a number), so `typed` gives them as typed in the workbook: the
 * fields show what is there, and the user can try the correction.
 */
export function whatIfFields(
  before: EvaluationResult,
  decimalSeparator: "," | ".",
  typed?: (bodyIndex: number) => TypedRow,
  /** The pane's language, for the place of a row's errors ("Arket …" or "Sheet …"). */
  locale: MessageLocale = "da"
): GoalFields[] {
  return before.goals.map((goal) => {
    const rows = goal.parts.flatMap((p) => p.rows);
    const several = rows.length > 1;
    return {
      id: goal.id,
      title: goal.title,
      assume: goal.status === "Afventer data" ? { key: `g${goal.id}.assume` } : null,
      rows: rows.map((row) => {
        const key = `r${row.bodyIndex}`;
        if (row.status === "Fejl" && typed)
          return erroneousRow(row, key, several, goal.id, typed, locale);
        const pending = row.status === "Afventer data";
        const tiers = [...(row.tiers ?? [])].sort((a, b) => b.fulfilment - a.fulfilment);
        return {
          bodyIndex: row.bodyIndex,
          label: several ? rowLabel(row) : "",
          target: several
            ? { goal: goal.id, part: row.part || undefined, segment: row.segment || undefined }
            : { goal: goal.id },
          resultText: pending ? undefined : row.resultText,
          result: { key: `${key}.result`, initial: pending ? "" : (row.resultText ?? "") },
          tiers: tiers.map((tier) => ({
            key: `${key}.tier${tier.fulfilment}`,
            tier: tier.fulfilment,
            initial: typedValue(tier.value, tier.percent, decimalSeparator),
          })),
          errors: [],
          rule: ruleField(`${key}.rule`, row.rule),
        };
      }),
    };
  });
}

/** A row in error: its result and thresholds as typed in the workbook, and its errors by cell. */
function erroneousRow(
  row: RowResult,
  key: string,
  several: boolean,
  goal: string,
  typed: (bodyIndex: number) => TypedRow,
  locale: MessageLocale
): RowFields {
  const cells = typed(row.bodyIndex);
  return {
    bodyIndex: row.bodyIndex,
    label: several ? rowLabel(row) : "",
    target: several
      ? { goal, part: row.part || undefined, segment: row.segment || undefined }
      : { goal },
    resultText: cells.result?.text,
    result: { key: `${key}.result`, initial: cells.result?.text ?? "" },
    tiers: cells.tiers.map((tier) => ({
      key: `${key}.tier${tier.fulfilment}`,
      tier: tier.fulfilment,
      initial: tier.text,
    })),
    errors: row.errors.map((e) => describeError(e, locale)),
    rule: null,
  };
}

/** What the fields say, as changes; `keys[i]` is the field of `changes[i]` (for its error and note). */
export function fieldChanges(
  goals: GoalFields[],
  edits: Record<string, string>
): { changes: WhatIfChangeInput[]; keys: string[] } {
  const changes: WhatIfChangeInput[] = [];
  const keys: string[] = [];
  const typed = (field: TextField): string | undefined => {
    const text = edits[field.key]?.trim();
    // Empty means "as in the workbook": clearing a field to type a new figure changes nothing meanwhile.
    return text === undefined || text === "" || text === field.initial.trim() ? undefined : text;
  };
  for (const goal of goals) {
    for (const row of goal.rows) {
      for (const tier of row.tiers) {
        const value = typed(tier);
        if (value === undefined) continue;
        changes.push({ ...row.target, key: "tier", tier: tier.tier, value });
        keys.push(tier.key);
      }
      const result = typed(row.result);
      if (result !== undefined) {
        changes.push({ ...row.target, key: "result", value: result });
        keys.push(row.result.key);
      }
      const rule = row.rule ? edits[row.rule.key] : undefined;
      if (row.rule && rule !== undefined) {
        if (ruleEditIsOn(row.rule, rule)) {
          changes.push({ ...row.target, key: "rule", value: ruleChangeValue(row.rule) });
          keys.push(row.rule.key);
        }
      }
    }
    const assume = goal.assume ? (edits[goal.assume.key] as AssumeChoice | undefined) : undefined;
    if (goal.assume && (assume === "met" || assume === "notMet")) {
      changes.push({ goal: goal.id, key: "assume", value: assume === "met" });
      keys.push(goal.assume.key);
    }
  }
  return { changes, keys };
}
