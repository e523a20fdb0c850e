// The rule kinds, registered once. A new rule kind is its file (rules/<kind>.ts, one RuleDefinition) plus a line here
// in RULE_KINDS and in RULES; RuleKindSchema (model.ts) is the enum of RULE_KINDS, and RULES must hold a complete
// record for each of them, or the code does not compile.
import type { GoalRow } from "../goalTable";
import { normaliseHeader } from "../headers";
import type { RuleKind } from "../model";
import type { Quantity } from "../numbers";
import { afventerRule } from "./afventer";
import { antalRule } from "./antal";
import { aarstaerskelRule } from "./aarstaerskel";
import { basisplusRule } from "./basisplus";
import type { RuleDefinition } from "./definition";
import { forholdsmaessigRule } from "./forholdsmaessig";
import { indsatserRule } from "./indsatser";
import { janejRule } from "./janej";
import { lineaerRule } from "./lineaer";
import { trinRule } from "./trin";

/** The registered rule kinds, in the order they are listed (messages, the README, the what-if help). */
export const RULE_KINDS = [
  "trin",
  "lineaer",
  "antal",
  "forholdsmaessig",
  "janej",
  "indsatser",
  "aarstaerskel",
  "basisplus",
  "afventer",
] as const;

const RULES: { readonly [K in RuleKind]: RuleDefinition } = {
  trin: trinRule,
  lineaer: lineaerRule,
  antal: antalRule,
  forholdsmaessig: forholdsmaessigRule,
  janej: janejRule,
  indsatser: indsatserRule,
  aarstaerskel: aarstaerskelRule,
  basisplus: basisplusRule,
  afventer: afventerRule,
};

/** A row with an empty Regel that no rule's inference claims is read in tiers. */
export const DEFAULT_RULE: RuleKind = "trin";

export function ruleKinds(): readonly RuleKind[] {
  return RULE_KINDS;
}

export function ruleDefinition(kind: RuleKind): RuleDefinition {
  return RULES[kind];
}

/** The rule's name in a sentence: "tærskel pr. år" / "threshold by year". */
export function ruleDisplayName(kind: RuleKind, locale: "da" | "en"): string {
  return RULES[kind].names[locale];
}

/** The word to type in Regel for the rule: "ja/nej", "år". */
export function ruleWord(kind: RuleKind): string {
  return RULES[kind].word;
}

/** "trin, lineær, antal, …": the words Regel takes, for messages. */
export function ruleWordsText(): string {
  return RULE_KINDS.map(ruleWord).join(", ");
}

function wordTable(whatIf: boolean): Map<string, RuleKind> {
  const table = new Map<string, RuleKind>();
  for (const kind of RULE_KINDS) {
    const rule = RULES[kind];
    const words = [rule.word, ...rule.aliases, ...(whatIf ? rule.whatIf.aliases : [])];
    for (const w of words) table.set(normaliseHeader(w), kind);
  }
  return table;
}

const GOAL_TABLE_WORDS = wordTable(false);
const WHAT_IF_WORDS = wordTable(true);

/** The rule a Regel cell names ("Ja/nej", "proportional", "Årstærskel"), or undefined. */
export function ruleFromWord(text: string): RuleKind | undefined {
  return GOAL_TABLE_WORDS.get(normaliseHeader(text));
}

/** The rule a what-if change names: the goal table's words and what-if's own (whatIf.aliases). */
export function ruleFromWhatIfWord(text: string): RuleKind | undefined {
  return WHAT_IF_WORDS.get(normaliseHeader(text));
}

/** The rules that are inferred, in the order they are tried. */
const INFERRED = RULE_KINDS.flatMap((kind) => {
  const infer = RULES[kind].infer;
  return infer ? [{ kind, ...infer }] : [];
}).sort((a, b) => a.order - b.order);

/** The rule of a row with an empty Regel, from its result and thresholds. */
export function inferredRule(row: GoalRow, result: Quantity | null): RuleKind {
  return INFERRED.find((r) => r.when(row, result))?.kind ?? DEFAULT_RULE;
}

/** The rule the pane's switch turns `kind` into, with the word a change writes (antal ↔ forholdsmæssig), or null. */
export function ruleSwitch(kind: RuleKind): { to: RuleKind; word: string } | null {
  const to = RULES[kind].whatIf.switchTo;
  return to === null ? null : { to, word: RULES[to].word };
}

/** "trin/threshold, lineær, …, forholdsmæssig/proportional, …": the rules a what-if change may name. */
export function whatIfRulesText(): string {
  return RULE_KINDS.map((kind) => RULES[kind].whatIf.words.join("/")).join(", ");
}
