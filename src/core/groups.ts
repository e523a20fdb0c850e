// Goal groups (issue 17): a goal table may say which kind of goal each one is in a `Type` column — seed 004 lists
// its goals under "Nationalt fastsatte mål" (1–3), "Fælles indsatsmål" (4–7) and "Regionale mål" (8–9). Oversigt,
// the pane and the memo show goals grouped in that order, national, common, regional, then any other group in the
// order it first appears, with a subtotal per group. Without the column (no goal has a group) nothing is grouped.
import type { EvaluationResult, GoalResult } from "./evaluate";
import { normaliseHeader } from "./headers";
import { describeOverall, overallOf, type Range } from "./rollup";

export type KnownGroup = "national" | "faelles" | "regional";

/** The headings of seed 004's overview ("Oversigt over mål"), in the order the framework agreement gives them. */
export const GROUP_LABELS: Record<KnownGroup, string> = {
  national: "Nationalt fastsatte mål",
  faelles: "Fælles indsatsmål",
  regional: "Regionale mål",
};
const KNOWN_ORDER: KnownGroup[] = ["national", "faelles", "regional"];

/** The heading for goals without a group in a table where others have one. */
export const UNGROUPED_LABEL = "Øvrige mål";

/**
 * The group a typed value names: "Nationalt fastsat mål", "Nationalt fastsatte mål", "national" → national;
 * "Fælles indsatsmål", "fælles", "common" → faelles; "Regionalt mål", "Regionale mål", "regional/lokalt", "lokalt mål"
 * → regional. Anything else is a group of its own, known by its normalised spelling. "Fælles" is tested before
 * "regional" because the framework agreement also calls the common goals "fælles regionale mål" (seed 004, forord).
 */
export function groupKey(text: string): string {
  const key = normaliseHeader(text);
  if (key === "") return "";
  if (/^(national|nationalt|nationale|landsdaekkende)/.test(key)) return "national";
  if (/^(faelles|common|shared|joint)/.test(key)) return "faelles";
  if (/^(regional|lokal|local)/.test(key)) return "regional";
  return key;
}

export interface GroupSubtotal {
  /** Weighted mean of the group's measured goals (as the overall), null while none is measured. */
  fulfilment: number | null;
  /** Lowest and highest the subtotal can still become while goals in it are pending. */
  range: Range | null;
  measured: number;
  counted: number;
  /** "100 %, 3 af 3 mål målt" — the overall's wording (rollup.describeOverall). */
  text: string;
}

export interface GoalGroup {
  /** "national" | "faelles" | "regional", another group's normalised name, or "" for goals without a group. */
  key: string;
  /** "Nationalt fastsatte mål", another group as first typed, or "Øvrige mål". */
  label: string;
  goals: GoalResult[];
  subtotal: GroupSubtotal;
}

export interface GroupedGoals {
  /** False when no goal has a group: then `groups` is one group with every goal and an empty label. */
  grouped: boolean;
  groups: GoalGroup[];
  /** Whether subtotals say something: more than one group and at least one with more than one goal. */
  showSubtotals: boolean;
}

function subtotalOf(goals: GoalResult[]): GroupSubtotal {
  // Same figure as the overall (rollup.ts): goals in error make it unavailable, pending goals bound the range.
  const o = overallOf(
    goals
      .filter((g) => g.status !== "Fejl")
      .map((g) => ({ fulfilment: g.fulfilment, range: g.range, weight: g.weight })),
    goals.filter((g) => g.status === "Fejl").map((g) => g.id)
  );
  return {
    fulfilment: o.overall,
    range: o.range,
    measured: o.measured,
    counted: o.counted,
    text: describeOverall(o),
  };
}

/** The goals of a result in their groups, national, common, regional, then others as they first appear. */
export function groupGoals(result: Pick<EvaluationResult, "goals">): GroupedGoals {
  const goals = result.goals;
  if (!goals.some((g) => g.group && groupKey(g.group) !== "")) {
    return {
      grouped: false,
      groups: [{ key: "", label: "", goals, subtotal: subtotalOf(goals) }],
      showSubtotals: false,
    };
  }
  const byKey = new Map<string, { label: string; goals: GoalResult[] }>();
  for (const goal of goals) {
    const key = groupKey(goal.group ?? "");
    let group = byKey.get(key);
    if (!group) {
      const label =
        key === ""
          ? UNGROUPED_LABEL
          : (GROUP_LABELS[key as KnownGroup] ?? (goal.group as string).trim());
      group = { label, goals: [] };
      byKey.set(key, group);
    }
    group.goals.push(goal);
  }
  const keys = [...byKey.keys()];
  const order = [
    ...KNOWN_ORDER.filter((k) => byKey.has(k)),
    ...keys.filter((k) => k !== "" && !(KNOWN_ORDER as string[]).includes(k)),
    ...(byKey.has("") ? [""] : []),
  ];
  const groups = order.map((key) => {
    const { label, goals: members } = byKey.get(key)!;
    return { key, label, goals: members, subtotal: subtotalOf(members) };
  });
  return {
    grouped: true,
    groups,
    showSubtotals: groups.length > 1 && groups.some((g) => g.goals.length > 1),
  };
}
