// Applies a goal row's fulfilment rule. The rule is named in `Regel` or inferred from the row (registry.ts): yes/no
// results → ja/nej, "3/4" → indsatser, no result → afventer, year maps → tærskel pr. år, "+5 pp" → basis +
// procentpoint, otherwise tiers. Find each rule by its Danish name in this folder.
import type { GoalRow } from "../goalTable";
import type { IndicatorValue } from "../indicators/evaluate";
import { formatNumber, formatPercent } from "../format";
import { cellError, type MessageLocale } from "../messages";
import type { CellError, RuleKind } from "../model";
import type { Quantity } from "../numbers";
import { pendingEvaluation } from "./afventer";
import type { RowEvaluation, RuleInput } from "./definition";
import { DEFAULT_RULE, inferredRule, ruleDefinition, ruleDisplayName } from "./registry";

export type { RowEvaluation, RuleDefinition, RuleOutcome } from "./definition";
export {
  DEFAULT_RULE,
  ruleDefinition,
  ruleDisplayName,
  ruleFromWhatIfWord,
  ruleFromWord,
  ruleKinds,
  ruleSwitch,
  ruleWord,
  ruleWordsText,
  whatIfRulesText,
} from "./registry";

export interface RowInput {
  row: GoalRow;
  /** From the Indikator column, when the row has one. */
  indicator?: IndicatorValue;
  /** Contract year for year-dependent thresholds when the row has no År. */
  contractYear?: number;
  locale: MessageLocale;
}

export function inferRule(row: GoalRow, result: Quantity | null): RuleKind {
  return row.rule ?? inferredRule(row, result);
}

function rowLabel(row: GoalRow, indicator?: IndicatorValue): string {
  return row.segment || row.part || indicator?.label || "";
}

export function evaluateRow(input: RowInput): RowEvaluation {
  const { row, indicator, locale } = input;
  const errors: CellError[] = [];
  const result: Quantity | null = indicator ? indicator.quantity : (row.result?.quantity ?? null);
  const rule = inferRule(row, row.resultPending ? null : result);
  const label = rowLabel(row, indicator);
  if (result === null || row.resultPending) return pendingEvaluation(label, indicator, errors);

  const fail = (
    cell: string,
    code: string,
    params: Record<string, string | number> = {}
  ): RowEvaluation => {
    errors.push(cellError(locale, row.sheet, cell, code, params));
    return { rule: row.rule ?? DEFAULT_RULE, fulfilment: null, explanation: "", errors };
  };
  const resultCell = row.result?.cell ?? row.indicator?.cell ?? row.tiers[0]?.cell ?? "A1";
  const ruleInput: RuleInput = {
    rule,
    row,
    result,
    indicator,
    contractYear: input.contractYear,
    locale,
    label,
    resultCell,
    errors,
    fail,
    wrongResult: () =>
      fail(resultCell, "result-kind", {
        text: row.result ? resultAsShown(row.result, locale) : "",
        rule: ruleName(rule),
      }),
  };
  return ruleDefinition(rule).evaluate(ruleInput);
}

/**
 * The result as the user sees it in the cell: a number cell's value in the workbook's way ("3,5", "45 %"), not as
 * JavaScript prints it ("3.5", "0.45"); text the user typed ("3/4", "ja") as typed.
 */
function resultAsShown(result: NonNullable<GoalRow["result"]>, locale: MessageLocale): string {
  const q = result.quantity;
  if (q.kind !== "number" || result.text !== String(q.value)) return result.text;
  return q.percent ? formatPercent(q.value, locale, 10) : formatNumber(q.value, locale, 10);
}

/** The rule's Danish name, as explanations and messages say it ("ja/nej", "tærskel pr. år"). */
export function ruleName(rule: RuleKind): string {
  return ruleDisplayName(rule, "da");
}
