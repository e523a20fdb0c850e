// The rules a row can switch between in Hvad nu hvis, read from the core's rule registry (src/core/rules): a rule
// that names a what-if alternative (whatIf.switchTo, e.g. antal ↔ forholdsmæssig) gets a switch, labelled with the
// registry's display names, and a change writes the registry's word. A new rule kind needs no edit here or in the
// section.
import type { RuleKind } from "../../../core/model";
import { ruleDisplayName, ruleSwitch } from "../../../core/rules";
import type { PaneLocale } from "../../shared/words";

/** A row's rule switch: off keeps `from` (the row's rule), on evaluates the row by `to`. */
export interface RuleChoice {
  from: RuleKind;
  to: RuleKind;
}

/** The switch a row with this rule gets, or null when the registry names no alternative. */
export function ruleChoice(rule: RuleKind | undefined): RuleChoice | null {
  if (rule === undefined) return null;
  const alternative = ruleSwitch(rule);
  return alternative ? { from: rule, to: alternative.to } : null;
}

/** What the switch's field holds: the rule kind it stands at. */
export function ruleEdit(choice: RuleChoice, on: boolean): RuleKind {
  return on ? choice.to : choice.from;
}

/** Whether the field's text means on (the alternative rule). */
export function ruleEditIsOn(choice: RuleChoice, edit: string): boolean {
  return edit === choice.to;
}

/** The change the what-if session reads: the alternative rule's word as the goal table writes it ("forholdsmæssig"). */
export function ruleChangeValue(choice: RuleChoice): string {
  return ruleSwitch(choice.from)?.word ?? choice.to;
}

/** The rules' names for the switch's label ("forholdsmæssig", "antal" / "proportional", "count"). */
export function ruleChoiceNames(
  choice: RuleChoice,
  locale: PaneLocale
): { from: string; to: string } {
  return { from: ruleDisplayName(choice.from, locale), to: ruleDisplayName(choice.to, locale) };
}
