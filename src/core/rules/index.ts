// Applies a goal row's fulfilment rule. The rule is named in `Regel` or inferred from the row:
// yes/no results → ja/nej, "3/4" → indsatser, no result → afventer, year maps → aarstaerskel, "+5 pp" → basisplus,
// otherwise tiers. Find each rule by its Danish name in this folder.
import type { GoalRow } from "../goalTable";
import type { IndicatorValue } from "../indicators/evaluate";
import { cellError, type MessageLocale } from "../messages";
import type { CellError, Direction, RuleKind } from "../model";
import type { Quantity } from "../numbers";
import { forholdsmaessig } from "./forholdsmaessig";
import { indsatser } from "./indsatser";
import { janej } from "./janej";
import { alignUnits, checkTierOrder, displayValue, resolveTiers, type Tier } from "./taerskler";
import { lineaer, trin } from "./trin";

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
   * Additive, for what-if (src/core/whatif): the thresholds the rule compared against, after year and baseline were
   * resolved, and the direction. Set only on rows that reached a threshold rule (trin, lineær, antal, forholdsmæssig, …).
   */
  tiers?: Tier[];
  direction?: Direction;
}

export interface RowInput {
  row: GoalRow;
  /** From the Indikator column, when the row has one. */
  indicator?: IndicatorValue;
  /** Contract year for year-dependent thresholds when the row has no År. */
  contractYear?: number;
  locale: MessageLocale;
}

export function inferRule(row: GoalRow, result: Quantity | null): RuleKind {
  if (row.rule) return row.rule;
  if (result === null) return "afventer";
  if (result.kind === "boolean") return "janej";
  if (result.kind === "ratio") return "indsatser";
  if (row.tiers.some((t) => t.quantity.kind === "byYear")) return "aarstaerskel";
  if (row.tiers.some((t) => t.quantity.kind === "points")) return "basisplus";
  return "trin";
}

function rowLabel(row: GoalRow, indicator?: IndicatorValue): string {
  return row.segment || row.part || indicator?.label || "";
}

export function evaluateRow(input: RowInput): RowEvaluation {
  const { row, indicator, locale } = input;
  const errors: CellError[] = [];
  const fail = (
    cell: string,
    code: string,
    params: Record<string, string | number> = {}
  ): RowEvaluation => {
    errors.push(cellError(locale, row.sheet, cell, code, params));
    return { rule: row.rule ?? "trin", fulfilment: null, explanation: "", errors };
  };

  const result: Quantity | null = indicator ? indicator.quantity : (row.result?.quantity ?? null);
  const rule = inferRule(row, row.resultPending ? null : result);
  const label = rowLabel(row, indicator);
  const resultCell = row.result?.cell ?? row.indicator?.cell ?? row.tiers[0]?.cell ?? "A1";

  if (rule === "afventer" || result === null || row.resultPending) {
    const why = indicator && indicator.quantity === null ? ": ingen svar endnu" : "";
    return {
      rule: "afventer",
      fulfilment: null,
      explanation: `${label ? `${label}: ` : ""}Afventer data${why}`,
      errors,
    };
  }

  const basis = indicator ? ` (${indicator.basis})` : "";
  // The answers behind an indicator go right after the value: "NPS 72 (181 svar: …) ≥ 60 → 100 %".
  const withBasis = (text: string, value: string) => {
    const head = label ? `${label} ${value}` : value;
    return basis && text.startsWith(head) ? head + basis + text.slice(head.length) : text;
  };

  if (rule === "janej") {
    let done: boolean | undefined;
    if (result.kind === "boolean") done = result.value;
    else if (result.kind === "number" && (result.value === 0 || result.value === 1))
      done = result.value === 1;
    if (done === undefined)
      return fail(resultCell, "result-kind", { text: row.result?.text ?? "", rule: "ja/nej" });
    const out = janej(done, label);
    return { rule, ...out, resultText: done ? "Ja" : "Nej", resultValue: done ? 1 : 0, errors };
  }

  if (rule === "indsatser") {
    let done: number | undefined;
    let planned: number | undefined;
    if (result.kind === "ratio") {
      done = result.done;
      planned = result.total;
    } else if (result.kind === "number" && Number.isInteger(result.value)) {
      const target = row.tiers.find((t) => t.fulfilment === 1)?.quantity;
      if (target?.kind === "number") {
        done = result.value;
        planned = target.value;
      }
    }
    if (done === undefined || planned === undefined || planned <= 0 || done < 0 || done > planned) {
      return fail(resultCell, "result-kind", { text: row.result?.text ?? "", rule: "indsatser" });
    }
    const out = indsatser(done, planned, label);
    return {
      rule,
      ...out,
      resultText: `${done}/${planned}`,
      resultValue: done / planned,
      resultPercent: true,
      errors,
    };
  }

  if (result.kind !== "number") {
    return fail(resultCell, "result-kind", { text: row.result?.text ?? "", rule: ruleName(rule) });
  }

  const resolved = resolveTiers(row.tiers, {
    year: row.year ?? input.contractYear,
    baseline: row.baseline,
  });
  for (const p of resolved.problems)
    errors.push(cellError(locale, row.sheet, p.cell, p.code, p.params));
  if (errors.length > 0) return { rule, fulfilment: null, explanation: "", errors };
  const tiers: Tier[] = resolved.tiers;
  if (tiers.length === 0) return fail(resultCell, "no-threshold");
  const order = checkTierOrder(tiers, row.direction);
  if (order) return fail(order.cell, order.code, order.params);
  let percent = result.percent;
  for (const tier of tiers) {
    const aligned = alignUnits(result, tier);
    if (!aligned.ok) return fail(resultCell, "unit-mismatch", aligned.params);
    percent = percent || aligned.percent;
  }
  const shownResult = displayValue(result.value, percent);
  const notes = tiers
    .map((t) => t.note)
    .filter((n): n is string => Boolean(n))
    .filter((n, i, all) => all.indexOf(n) === i);
  const notePrefix = notes.length > 0 ? `${notes.join("; ")}: ` : "";

  let outcome;
  if (rule === "forholdsmaessig") {
    const target = tiers.find((t) => t.fulfilment === 1) ?? tiers[0];
    outcome = forholdsmaessig(result.value, target.value, row.direction, percent, label);
  } else if (rule === "lineaer") {
    outcome = lineaer(result.value, tiers, row.direction, percent, label);
  } else {
    outcome = trin(result.value, tiers, row.direction, percent, label);
  }
  return {
    rule,
    fulfilment: outcome.fulfilment,
    explanation: notePrefix + withBasis(outcome.explanation, shownResult),
    resultText: shownResult,
    resultValue: result.value,
    resultPercent: percent,
    answers: indicator?.answers,
    warning: indicator?.warning,
    errors,
    // Additive (what-if): what the rule compared against.
    tiers,
    direction: row.direction,
  };
}

export function ruleName(rule: RuleKind): string {
  const names: Record<RuleKind, string> = {
    trin: "trin",
    lineaer: "lineær",
    antal: "antal",
    forholdsmaessig: "forholdsmæssig",
    janej: "ja/nej",
    indsatser: "indsatser",
    aarstaerskel: "tærskel pr. år",
    basisplus: "basis + procentpoint",
    afventer: "afventer",
  };
  return names[rule];
}
