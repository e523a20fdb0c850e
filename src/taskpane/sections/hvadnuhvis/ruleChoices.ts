// The rules a row can switch between in Hvad nu hvis: a count goal is met at its target (antal) or fulfilled in
// proportion to it (forholdsmæssig). The pane's only list of rule kinds: when the core's rule registry names each
// rule's what-if alternatives (issue 12), this module reads them there and nothing else in the section changes.
import type { RuleKind } from "../../../core/model";
import { ruleName } from "../../../core/rules";

/** The switch's two rules: off, on. */
const SWITCH = { off: "antal", on: "forholdsmaessig" } as const satisfies Record<string, RuleKind>;

/** Whether a row with this rule gets the switch, and whether it starts on; null for a rule without it. */
export function ruleSwitch(rule: RuleKind | undefined): { initiallyOn: boolean } | null {
  return rule === SWITCH.off || rule === SWITCH.on ? { initiallyOn: rule === SWITCH.on } : null;
}

/** What the switch's field holds ("forholdsmaessig", "antal"). */
export function ruleEdit(on: boolean): RuleKind {
  return on ? SWITCH.on : SWITCH.off;
}

/** Whether the field's text means on. */
export function ruleEditIsOn(edit: string): boolean {
  return edit === SWITCH.on;
}

/** The change the what-if session reads: the rule as the goal table names it ("forholdsmæssig"). */
export function ruleChangeValue(on: boolean): string {
  return ruleName(ruleEdit(on));
}
