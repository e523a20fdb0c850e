// What changed between two versions of a goal (two years, or two hubs' contracts): number, title, weight, roll-up,
// its parts and segments, and per row that is in both the thresholds per tier, the schedule of a threshold by year,
// the baseline, the rule, the direction and the indicator. Values are compared as the core reads them (0,8 = 80 %)
// and shown as the user typed them ("45 %", "+5 pp").
import { formatNumber, formatPercent } from "../format";
import type { Combine, Direction } from "../model";
import { ruleWord } from "../rules/registry";
import type { FieldValue, GoalDefinition, RowDefinition } from "./definition";
import { normaliseGoalNumber, sameTitle } from "./words";

/** One difference: the field as the sheet names it, and its value before and after (null: not there). */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** "Mål 100 %", "Mål 50 %": the goal table's header for a tier. */
export function tierName(fulfilment: number): string {
  return `Mål ${formatPercent(fulfilment, "da", 1)}`;
}

const DIRECTION_TEXT: Record<Direction, string> = { mindst: "mindst", hoejst: "højst" };
const COMBINE_TEXT: Record<Combine, string> = { gennemsnit: "gennemsnit", alle: "alle" };

function pushIfDifferent(
  out: FieldChange[],
  field: string,
  a: FieldValue | undefined,
  b: FieldValue | undefined
): void {
  if (a?.key === b?.key) return;
  out.push({ field, from: a?.text ?? null, to: b?.text ?? null });
}

function text(value: string | undefined): FieldValue | undefined {
  return value === undefined ? undefined : { key: value, text: value };
}

/** The parts and segments of a goal as one line: "Kendskab; Nye virksomheder" ("–" for one unnamed row). */
function rowList(rows: RowDefinition[]): string {
  return rows.map((r) => r.label || "–").join("; ");
}

/**
 * The rows of two versions of a goal that are the same row: equal part and segment; a goal of one row in both is
 * that row in both, whatever it is called.
 */
function pairRows(a: RowDefinition[], b: RowDefinition[]): [RowDefinition, RowDefinition][] {
  if (a.length === 1 && b.length === 1) return [[a[0], b[0]]];
  return a.flatMap((ra) => {
    const rb = b.find((r) => r.key === ra.key);
    return rb ? [[ra, rb] as [RowDefinition, RowDefinition]] : [];
  });
}

/**
 * What differs between two versions of a row. A row in one version only (a part added or taken out) lists what it
 * says against nothing: its thresholds, schedule, baseline and indicator (its rule and direction say nothing alone).
 */
function rowChanges(
  a: RowDefinition | null,
  b: RowDefinition | null,
  qualifier: string
): FieldChange[] {
  const out: FieldChange[] = [];
  const name = (field: string) => (qualifier ? `${field} (${qualifier})` : field);
  const levels = [...new Set([...(a?.tiers.keys() ?? []), ...(b?.tiers.keys() ?? [])])].sort(
    (x, y) => y - x
  );
  for (const level of levels) {
    const ta = a?.tiers.get(level);
    const tb = b?.tiers.get(level);
    pushIfDifferent(out, name(tierName(level)), ta?.value, tb?.value);
    if (ta?.schedule || tb?.schedule)
      pushIfDifferent(out, name(`${tierName(level)} pr. år`), ta?.schedule, tb?.schedule);
  }
  pushIfDifferent(out, name("Basis"), a?.baseline, b?.baseline);
  if (a && b) {
    // An unknown rule (an empty Regel on a row still awaiting its result) is not a change.
    if (a.rule && b.rule)
      pushIfDifferent(out, name("Regel"), text(ruleWord(a.rule)), text(ruleWord(b.rule)));
    pushIfDifferent(
      out,
      name("Retning"),
      text(DIRECTION_TEXT[a.direction]),
      text(DIRECTION_TEXT[b.direction])
    );
  }
  pushIfDifferent(out, name("Indikator"), text(a?.indicator), text(b?.indicator));
  return out;
}

/** Everything that differs between two versions of a goal, in the order the sheet lists it. */
export function goalChanges(a: GoalDefinition, b: GoalDefinition): FieldChange[] {
  const out: FieldChange[] = [];
  if (normaliseGoalNumber(a.nr) !== normaliseGoalNumber(b.nr))
    out.push({ field: "Nr", from: a.nr, to: b.nr });
  if (!sameTitle(a.title, b.title)) out.push({ field: "Titel", from: a.title, to: b.title });
  const weight = (w: number) => ({ key: String(w), text: formatNumber(w, "da", 2) });
  pushIfDifferent(out, "Vægt", weight(a.weight), weight(b.weight));
  // The roll-ups only matter where there is something to roll up.
  if (a.rows.length > 1 || b.rows.length > 1) {
    pushIfDifferent(out, "Samling", text(COMBINE_TEXT[a.combine]), text(COMBINE_TEXT[b.combine]));
    pushIfDifferent(
      out,
      "Segmentsamling",
      text(COMBINE_TEXT[a.rowCombine]),
      text(COMBINE_TEXT[b.rowCombine])
    );
  }
  const pairs = pairRows(a.rows, b.rows);
  const samePartition =
    pairs.length === a.rows.length &&
    pairs.length === b.rows.length &&
    pairs.every(([ra, rb]) => ra.key === rb.key);
  if (!samePartition) out.push({ field: "Dele", from: rowList(a.rows), to: rowList(b.rows) });
  const multiRow = a.rows.length > 1 || b.rows.length > 1;
  const label = (r: RowDefinition) => (multiRow ? r.label || "–" : "");
  // Rows in the order of the later version, a row taken out where it stood in the earlier one.
  const paired = new Map(pairs.map(([ra, rb]) => [rb, ra]));
  const pairedA = new Set(pairs.map(([ra]) => ra));
  for (const ra of a.rows) if (!pairedA.has(ra)) out.push(...rowChanges(ra, null, label(ra)));
  for (const rb of b.rows) out.push(...rowChanges(paired.get(rb) ?? null, rb, label(rb)));
  return out;
}
