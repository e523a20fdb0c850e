// What a rule kind is made of: one record per kind (rules/<kind>.ts), registered once in rules/registry.ts. The goal
// table reader, the calculator, what-if and the README's rule table all read these records, so a new rule kind is
// one file plus its registration, and a record that lacks a field does not compile.
import type { RowResult } from "../evaluate";
import type { GoalRow } from "../goalTable";
import type { IndicatorValue } from "../indicators/evaluate";
import type { MessageLocale } from "../messages";
import type { CellError, Direction, RuleKind } from "../model";
import type { Quantity } from "../numbers";
import type { Tier } from "./taerskler";

/** What a rule function gives: the fulfilment (0–1) and the sentence that explains it ("NPS 72 ≥ 60 → 100 %"). */
export interface RuleOutcome {
  fulfilment: number;
  explanation: string;
}

/** One goal row, evaluated. */
export interface RowEvaluation {
  rule: RuleKind;
  /** 0–1, or null while the row awaits data. */
  fulfilment: number | null;
  explanation: string;
  /** The result as shown ("72", "75 %", "3/4"). */
  resultText?: string;
  /** The measured value as a number, for what-if and charts (a fraction for percentages). */
  resultValue?: number;
  resultPercent?: boolean;
  /** Answers behind an indicator's figure. */
  answers?: number;
  warning?: string;
  errors: CellError[];
  /**
   * For what-if (src/core/whatif): the thresholds the rule compared against, after year and baseline were resolved,
   * and the direction. Set only on rows that reached a threshold rule (trin, lineær, antal, forholdsmæssig, …).
   */
  tiers?: Tier[];
  direction?: Direction;
}

/** A row with a result, handed to its rule. */
export interface RuleInput {
  /** The rule the row is evaluated by: named in `Regel`, or inferred. */
  rule: RuleKind;
  row: GoalRow;
  /** The measured value: the result cell's, or the indicator's. */
  result: Quantity;
  /** From the Indikator column, when the row has one. */
  indicator?: IndicatorValue;
  /** Contract year for year-dependent thresholds when the row has no År. */
  contractYear?: number;
  locale: MessageLocale;
  /** What the explanation starts with: the segment, the part or the indicator's label (may be empty). */
  label: string;
  /** Where a problem with the result is reported. */
  resultCell: string;
  /** The row's errors so far; a rule adds the problems it finds. */
  errors: CellError[];
  /** Adds an error at `cell` and gives the row's failed evaluation. */
  fail(cell: string, code: string, params?: Record<string, string | number>): RowEvaluation;
  /** "resultatet '…' passer ikke til reglen …": the result is not of a kind this rule reads. */
  wrongResult(): RowEvaluation;
}

/** How far a result is from the next tier, in the result's own unit (what-if's "2 point fra 100 %"). */
export type DistanceUnit = "point" | "procentpoint" | "antal" | "indsatser";

/** A threshold not yet reached: what-if turns it into a step ("45 fra 100 %") and, where it can, answer counts. */
export interface DistanceTarget {
  /** The fulfilment reaching it gives. */
  fulfilment: number;
  /** The threshold, in the result's unit (a fraction for percentages). */
  threshold: number;
  thresholdText: string;
  /** The result now, in the same unit. */
  from: number;
}

/** A rule's answer to "how far to the next tier" for a row that was measured (not pending, not in error). */
export type DistanceSpec =
  /** Nothing left to reach. */
  | { state: "top"; unit: DistanceUnit | null }
  /** No distance to measure; `why` follows the row's head ("opfyldes først ved Ja"), or nothing is added. */
  | { state: "not-measurable"; why: string | null }
  /** The thresholds not yet reached, the next first; `answers`: what-if may count the answers it takes. */
  | { state: "below-top"; unit: DistanceUnit; targets: DistanceTarget[]; answers: boolean };

/** A row that has a fulfilment: what a rule's distance reads. */
export type MeasuredRow = RowResult & { fulfilment: number };

export interface RuleDefinition {
  /** The rule's name in sentences: Danish (explanations, messages, the workbook) and English (README, the pane). */
  names: { da: string; en: string };
  /** The word to type in `Regel` ("ja/nej", "år"): listed in messages and the README. */
  word: string;
  /**
   * Other words `Regel` accepts for this rule, Danish and English, written as a user would type them. Matched the
   * way headers are (case, spaces, punctuation and accents ignored), in the goal table and in what-if alike.
   */
  aliases: readonly string[];
  /**
   * When a row with an empty `Regel` gets this rule: the first rule (lowest `order`) whose `when` holds wins, and
   * a row no rule claims gets the default rule (registry.ts). null: the rule must be named.
   */
  infer: { order: number; when(row: GoalRow, result: Quantity | null): boolean } | null;
  /** Evaluates and explains a row that has a result (a row without one awaits data, whatever its rule). */
  evaluate(input: RuleInput): RowEvaluation;
  /** What-if ("Hvad nu hvis"). */
  whatIf: {
    /** How the help for `regel=` lists this rule: the word first, then the words worth showing beside it. */
    words: readonly string[];
    /** Words accepted for this rule in a what-if change only (the goal table refuses them). */
    aliases: readonly string[];
    /** What `regel=tærskel` (count as a threshold again) makes of a row with this rule. */
    asThreshold: RuleKind;
    /** The rule the pane's switch turns this one into (antal ↔ forholdsmæssig), or null for no switch. */
    switchTo: RuleKind | null;
  };
  /** The distance of a measured row to its next tier. */
  distance(row: MeasuredRow): DistanceSpec;
}
