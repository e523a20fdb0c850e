// Two or more goal tables side by side: contract years (2021 → 2022) or hubs (Nordjylland, Sydjylland, Fyn …).
// Goals are matched by number and title (match.ts), classified, and their fulfilment put side by side:
//   ny        not in the first table, in the last        udgået    in the first, not in the last
//   ændret    in every table, and something differs between two tables one after the other (changes.ts); or in
//             neither the first nor the last (or in both with a gap): where it comes and goes is then the change
//   For hubs the tables are in the order given; the sheet speaks of hubs (ens, forskellig, ikke i alle).
//   uændret   in every table, the same in all
// Pending goals stay pending (fulfilment null, status "Afventer data"), never 0; a goal not in a table has no status
// there (null), which the sheet and the pane show as "ikke i kontrakten".
import { z } from "zod";
import {
  evaluatePrepared,
  prepareGoalTable,
  type EvaluateExtras,
  type EvaluationResult,
  type GoalResult,
  type PreparedGoalTable,
} from "../evaluate";
import { CellErrorSchema, StatusSchema, type EvaluateOptions, type RawTable } from "../model";
import { goalChanges, type FieldChange } from "./changes";
import { goalDefinitions, type GoalDefinition } from "./definition";
import { alignGoals } from "./match";

export const ChangeKindSchema = z.enum(["ny", "udgået", "ændret", "uændret"]);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/** Years ("2021", "2022"): a change over time. Hubs: contracts side by side. */
export const CompareKindSchema = z.enum(["år", "hus"]);
export type CompareKind = z.infer<typeof CompareKindSchema>;

export const FieldChangeSchema = z.object({
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The two tables the change is between (the one before and the one after). */
  between: z.tuple([z.string(), z.string()]),
});

export const ComparedGoalSchema = z.object({
  /** Unique in the comparison: the goal's number in the first table it is in ("5", or "5@2022" if taken). */
  key: z.string(),
  /** Its number in each table; null where it is not there. */
  ids: z.record(z.string(), z.string().nullable()),
  /** Its title in the last table it is in. */
  title: z.string(),
  titles: z.record(z.string(), z.string().nullable()),
  change: ChangeKindSchema,
  renumbered: z.boolean(),
  changes: z.array(FieldChangeSchema),
  /** 0–1; null while pending, in error, or where the goal is not in the table (status then tells which). */
  fulfilment: z.record(z.string(), z.number().nullable()),
  /** The goal's status in each table; null where it is not in the table ("ikke i kontrakten"). */
  status: z.record(z.string(), StatusSchema.nullable()),
  /** Last table's fulfilment minus the first's (a fraction: 0.02 is 2 procentpoint); null unless both are measured. */
  delta: z.number().nullable(),
});
export type ComparedGoal = z.infer<typeof ComparedGoalSchema>;

export const CompareResultSchema = z.object({
  kind: CompareKindSchema,
  labels: z.array(z.string()),
  goals: z.array(ComparedGoalSchema),
  counts: z.object({ ny: z.number(), udgået: z.number(), ændret: z.number(), uændret: z.number() }),
  /** Each table's overall fulfilment (samlet målopfyldelse), as its own evaluation gives it. */
  overall: z.record(z.string(), z.number().nullable()),
  overallText: z.record(z.string(), z.string()),
  /** Problems that stop the comparison, each with the table's label. Nothing is compared while there are any. */
  errors: z.array(CellErrorSchema.extend({ label: z.string() })),
});
export type CompareResult = z.infer<typeof CompareResultSchema>;

/** A goal table prepared and evaluated by the core (prepare.ts, evaluate.ts), with its label. */
export interface ComparedTable {
  label: string;
  prepared: PreparedGoalTable;
  evaluation: EvaluationResult;
}

const LabelsSchema = z
  .array(z.string().trim().min(1))
  .min(2)
  .refine((ls) => new Set(ls.map((l) => l.toLowerCase())).size === ls.length);

/** Whether labels can name the tables of a comparison; a Danish sentence saying why not, or null. */
export function labelProblem(labels: string[]): string | null {
  if (labels.length < 2) return "Vælg mindst to måltabeller at sammenligne.";
  if (labels.some((l) => l.trim() === "")) return "Hver måltabel skal have et navn (fx et årstal).";
  if (!LabelsSchema.safeParse(labels).success)
    return `To måltabeller har samme navn: ${labels.join(", ")}. Giv dem hver sit.`;
  return null;
}

/** Years when every label is a year ("2021", "2022"), else hubs. */
export function inferCompareKind(labels: string[]): CompareKind {
  return labels.every((l) => /^(19|20)\d{2}$/.test(l.trim())) ? "år" : "hus";
}

interface Version {
  definition: GoalDefinition;
  result: GoalResult | undefined;
}

/** Compares goal tables the core has prepared and evaluated. Pure. */
export function compare(tables: ComparedTable[], kind?: CompareKind): CompareResult {
  const labels = LabelsSchema.parse(tables.map((t) => t.label)).map((l) => l.trim());
  const resolvedKind = kind ?? inferCompareKind(labels);
  const empty = Object.fromEntries(labels.map((l) => [l, null]));
  const errors = tables.flatMap((t, i) =>
    [...t.prepared.errors, ...t.evaluation.errors].map((e) => ({ ...e, label: labels[i] }))
  );
  const overall = Object.fromEntries(tables.map((t, i) => [labels[i], t.evaluation.overall]));
  const overallText = Object.fromEntries(
    tables.map((t, i) => [labels[i], t.evaluation.overallText])
  );
  const counts = { ny: 0, udgået: 0, ændret: 0, uændret: 0 };
  if (errors.length > 0)
    return { kind: resolvedKind, labels, goals: [], counts, overall, overallText, errors };

  const versions: Version[][] = tables.map((t) => {
    const definitions = goalDefinitions(
      t.prepared.rows,
      t.evaluation.rows,
      t.prepared.options.year
    );
    return definitions.map((definition) => ({
      definition,
      result: t.evaluation.goals.find((g) => g.id === definition.nr),
    }));
  });
  const aligned = alignGoals(
    versions.map((vs) => vs.map((v) => ({ ...v, nr: v.definition.nr, title: v.definition.title })))
  );

  const keys = new Set<string>();
  const goals = aligned.map((row): ComparedGoal => {
    const present = row.versions.map((v) => v !== null);
    const first = present.indexOf(true);
    const last = present.lastIndexOf(true);
    let key = row.versions[first]!.definition.nr;
    if (keys.has(key)) key = `${key}@${labels[first]}`;
    keys.add(key);

    const changes: z.infer<typeof FieldChangeSchema>[] = [];
    let previous = first;
    for (let t = first + 1; t <= last; t++) {
      const version = row.versions[t];
      if (!version) continue;
      const between: [string, string] = [labels[previous], labels[t]];
      const found: FieldChange[] = goalChanges(
        row.versions[previous]!.definition,
        version.definition
      );
      changes.push(...found.map((c) => ({ ...c, between })));
      previous = t;
    }
    const inFirst = present[0];
    const inLast = present[present.length - 1];
    let change: ChangeKind;
    if (present.every(Boolean)) change = changes.length > 0 ? "ændret" : "uændret";
    else if (!inFirst && inLast) change = "ny";
    else if (inFirst && !inLast) change = "udgået";
    else {
      // In neither end, or in both with a gap: changed, and where it comes and goes is part of what changed.
      change = "ændret";
      for (let t = 1; t < present.length; t++) {
        if (present[t] === present[t - 1]) continue;
        changes.push({
          field: "I kontrakten",
          from: present[t - 1] ? "ja" : "nej",
          to: present[t] ? "ja" : "nej",
          between: [labels[t - 1], labels[t]],
        });
      }
    }
    counts[change]++;

    const fulfilment: Record<string, number | null> = { ...empty };
    const status: ComparedGoal["status"] = { ...empty };
    const ids: Record<string, string | null> = { ...empty };
    const titles: Record<string, string | null> = { ...empty };
    row.versions.forEach((v, t) => {
      if (!v) return;
      ids[labels[t]] = v.definition.nr;
      titles[labels[t]] = v.definition.title;
      fulfilment[labels[t]] = v.result?.fulfilment ?? null;
      status[labels[t]] = v.result?.status ?? "Afventer data";
    });
    const from = fulfilment[labels[0]];
    const to = fulfilment[labels[labels.length - 1]];
    return {
      key,
      ids,
      title: row.versions[last]!.definition.title,
      titles,
      change,
      renumbered: changes.some((c) => c.field === "Nr"),
      changes,
      fulfilment,
      status,
      delta: from !== null && to !== null ? to - from : null,
    };
  });
  return { kind: resolvedKind, labels, goals, counts, overall, overallText, errors };
}

/** A table to compare as the adapter reads it: its label, the workbook's tables, and the evaluation options. */
export interface TableInput {
  label: string;
  tables: RawTable[];
  options?: EvaluateOptions;
  extras?: EvaluateExtras;
}

/**
 * Prepares and evaluates each goal table (the same calls as Beregn), then compares them. A label that is a year is
 * the contract year of rows without År (thresholds by year), unless the options name one. Pure.
 */
export function compareTables(inputs: TableInput[], kind?: CompareKind): CompareResult {
  return compare(
    inputs.map((input) => {
      const label = input.label.trim();
      const year = /^(19|20)\d{2}$/.test(label) ? Number(label) : undefined;
      const options = { year, ...input.options };
      const prepared = prepareGoalTable(input.tables, options);
      return { label: input.label, prepared, evaluation: evaluatePrepared(prepared, input.extras) };
    }),
    kind
  );
}
