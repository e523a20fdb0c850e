// Roll-up: rows → parts → goals → overall. Rows of one part must all be met (the lowest counts) unless the goal's
// `Segmentsamling` says gennemsnit; parts average unless `Samling` says alle; goals average with optional weights.
// Pending rows carry the range [0 %, 100 %], so every level knows the lowest and highest it can still become.
// Full precision throughout; rounding is for display only.
import type { RowResult } from "./evaluate";
import { formatNumber } from "./format";
import type { GoalRow } from "./goalTable";
import type { CellError, Combine, Status } from "./model";
import { displayFulfilment } from "./rules/taerskler";

export type Range = [number, number];

export interface Figure {
  /** null while something below is pending. */
  fulfilment: number | null;
  range: Range;
}

/**
 * Where the statuses change, as fulfilment: from `met` on Opfyldt, from `partial` on Delvist opfyldt, below it Ikke
 * opfyldt. The 1e-12 absorbs floating-point noise (an average of 100 % figures may come out as 0.9999999999999999).
 * The workbook's traffic lights are drawn from the same numbers (src/excel/workbook/formats.ts), so a row's light and
 * its status always agree.
 */
export const STATUS_THRESHOLDS = { partial: 1e-12, met: 1 - 1e-12 } as const;

export function statusOf(fulfilment: number | null, hasErrors = false): Status {
  if (hasErrors) return "Fejl";
  if (fulfilment === null) return "Afventer data";
  if (fulfilment >= STATUS_THRESHOLDS.met) return "Opfyldt";
  if (fulfilment < STATUS_THRESHOLDS.partial) return "Ikke opfyldt";
  return "Delvist opfyldt";
}

export function rowFigure(fulfilment: number | null): Figure {
  return fulfilment === null
    ? { fulfilment: null, range: [0, 1] }
    : { fulfilment, range: [fulfilment, fulfilment] };
}

/** Combines figures: "alle" takes the lowest, "gennemsnit" the mean. */
export function combine(figures: Figure[], how: Combine): Figure {
  const lows = figures.map((f) => f.range[0]);
  const highs = figures.map((f) => f.range[1]);
  const pick = (xs: number[]) =>
    how === "alle" ? Math.min(...xs) : xs.reduce((a, b) => a + b, 0) / xs.length;
  const range: Range = [pick(lows), pick(highs)];
  const pending = figures.some((f) => f.fulfilment === null);
  return { fulfilment: pending ? null : pick(figures.map((f) => f.fulfilment as number)), range };
}

export function describeCombination(
  items: { label: string; figure: Figure }[],
  how: Combine,
  result: Figure,
  noun: "rækker" | "delmål"
): string {
  const shown = (f: Figure) =>
    f.fulfilment === null ? "afventer" : displayFulfilment(f.fulfilment);
  const list = items.map((i) => `${i.label} ${shown(i.figure)}`).join(", ");
  const value =
    result.fulfilment === null
      ? `afventer (${displayFulfilment(result.range[0])}–${displayFulfilment(result.range[1])})`
      : displayFulfilment(result.fulfilment);
  return how === "alle"
    ? `Alle ${noun} skal være opfyldt, laveste af ${list} → ${value}`
    : `Gennemsnit af ${items.length} ${noun} (${list}) → ${value}`;
}

export interface WeightedFigure extends Figure {
  weight: number;
}

export interface Overall {
  /** Weighted mean of the measured goals; null when nothing is measured yet, or while a goal is in error. */
  overall: number | null;
  /** Lowest and highest the overall can still become while goals are pending; null when nothing counts. */
  range: Range | null;
  measured: number;
  counted: number;
  /** The goals in error, by Nr: while there are any, there is no overall (never a figure over fewer goals). */
  failed?: string[];
}

/**
 * Overall fulfilment ("samlet målopfyldelse"): pending goals are left out of the figure and bound its range. Goals in
 * error (`failed`, by Nr) make it unavailable: a goal left out because of a typo would give a figure over fewer goals,
 * often a higher one, so a reversed threshold would flatter the overall (issue 14).
 */
export function overallOf(goals: WeightedFigure[], failed: string[] = []): Overall {
  if (failed.length > 0)
    return { overall: null, range: null, measured: 0, counted: goals.length, failed };
  const measured = goals.filter((g) => g.fulfilment !== null);
  const weightOf = (gs: WeightedFigure[]) => gs.reduce((a, g) => a + g.weight, 0);
  const measuredWeight = weightOf(measured);
  const overall =
    measured.length === 0 || measuredWeight === 0
      ? null
      : measured.reduce((a, g) => a + g.weight * (g.fulfilment as number), 0) / measuredWeight;
  const totalWeight = weightOf(goals);
  const range: Range | null =
    goals.length === 0 || totalWeight === 0
      ? null
      : [
          goals.reduce((a, g) => a + g.weight * g.range[0], 0) / totalWeight,
          goals.reduce((a, g) => a + g.weight * g.range[1], 0) / totalWeight,
        ];
  return { overall, range, measured: measured.length, counted: goals.length };
}

/** "mål 3", "mål 1 og 3", "mål 1, 3 og 5" */
export function goalList(ids: string[]): string {
  const list =
    ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(", ")} og ${ids[ids.length - 1]}`;
  return `mål ${list}`;
}

/** "97,2 % (87,5–97,5 %), 9 af 10 mål målt"; "Kan ikke beregnes: mål 3 har en fejl" */
export function describeOverall(o: Overall): string {
  if (o.failed && o.failed.length > 0)
    return `Kan ikke beregnes: ${goalList(o.failed)} har ${o.failed.length === 1 ? "en fejl" : "fejl"}`;
  if (o.overall === null)
    return o.counted === 0 ? "Ingen mål at beregne" : `Afventer data: 0 af ${o.counted} mål målt`;
  const head = displayFulfilment(o.overall);
  if (!o.range || o.measured === o.counted)
    return `${head}, ${o.measured} af ${o.counted} mål målt`;
  const lo = formatNumber(o.range[0] * 100, "da", 1);
  const hi = displayFulfilment(o.range[1]);
  return `${head} (${lo}–${hi}), ${o.measured} af ${o.counted} mål målt`;
}

/** What each status counts, all zero. */
export function emptyCounts(): Record<Status, number> {
  return {
    Opfyldt: 0,
    "Delvist opfyldt": 0,
    "Ikke opfyldt": 0,
    "Afventer data": 0,
    Fejl: 0,
  };
}

export interface PartResult {
  name: string;
  combine: Combine;
  fulfilment: number | null;
  range: Range;
  status: Status;
  explanation: string;
  rows: RowResult[];
}

export interface GoalResult {
  id: string;
  title: string;
  weight: number;
  combine: Combine;
  /** What the rules give. */
  computed: number | null;
  /** KKR's decision, when the table has one: it counts in the overall, the computed figure stays beside it. */
  agreed?: { value: number; reason: string };
  /** agreed ?? computed */
  fulfilment: number | null;
  range: Range;
  status: Status;
  explanation: string;
  parts: PartResult[];
  warnings: string[];
  errors: CellError[];
  /** Issue 17: the goal's group as typed in `Type` (see core/groups.ts), and its `Bemærkning`s (rows joined). */
  group?: string;
  remark?: string;
}

export interface RolledUp {
  goals: GoalResult[];
  overall: Overall;
  counts: Record<Status, number>;
  /** The goals awaiting data, by Nr. */
  pending: string[];
  /** "Mål 3: under 30 svar …" */
  warnings: string[];
}

/**
 * Rows → goals → overall: the rows are grouped into goals by Nr (in table order) and into parts by Del; a goal with
 * an error gets the status Fejl, and while there is one the overall is unavailable (overallOf). `results[i]` is the evaluation of `rows[i]`.
 */
export function rollUp(rows: GoalRow[], results: RowResult[]): RolledUp {
  const goalOrder: string[] = [];
  const rowsByGoal = new Map<string, { row: GoalRow; result: RowResult }[]>();
  rows.forEach((row, i) => {
    if (row.nr === "") return;
    if (!rowsByGoal.has(row.nr)) {
      rowsByGoal.set(row.nr, []);
      goalOrder.push(row.nr);
    }
    rowsByGoal.get(row.nr)!.push({ row, result: results[i] });
  });

  const goals: GoalResult[] = goalOrder.map((id) => rollUpGoal(id, rowsByGoal.get(id)!));
  const counted = goals.filter((g) => g.status !== "Fejl");
  const overall = overallOf(
    counted.map((g) => ({ fulfilment: g.fulfilment, range: g.range, weight: g.weight })),
    goals.filter((g) => g.status === "Fejl").map((g) => g.id)
  );
  const counts = emptyCounts();
  for (const g of goals) counts[g.status]++;
  return {
    goals,
    overall,
    counts,
    pending: goals.filter((g) => g.status === "Afventer data").map((g) => g.id),
    warnings: goals.flatMap((g) => g.warnings.map((w) => `Mål ${g.id}: ${w}`)),
  };
}

/** One goal: its rows combined into parts (Segmentsamling), its parts into the goal (Samling), KKR's agreed figure. */
function rollUpGoal(id: string, rows: { row: GoalRow; result: RowResult }[]): GoalResult {
  const title = rows.find((r) => r.row.title)?.row.title ?? "";
  const weight = rows.find((r) => r.row.weight !== undefined)?.row.weight ?? 1;
  const goalCombine: Combine = rows.find((r) => r.row.combine)?.row.combine ?? "gennemsnit";
  const rowCombine: Combine = rows.find((r) => r.row.rowCombine)?.row.rowCombine ?? "alle";
  const errors = rows.flatMap((r) => r.result.errors);
  const warnings = rows.map((r) => r.result.warning).filter((w): w is string => Boolean(w));

  const partOrder: string[] = [];
  const byPart = new Map<string, RowResult[]>();
  for (const { row, result } of rows) {
    const key = row.part;
    if (!byPart.has(key)) {
      byPart.set(key, []);
      partOrder.push(key);
    }
    byPart.get(key)!.push(result);
  }

  const parts: PartResult[] = partOrder.map((name, i) => {
    const partRows = byPart.get(name)!;
    const hasErrors = partRows.some((r) => r.errors.length > 0 || r.status === "Fejl");
    if (hasErrors) {
      return {
        name: name || `Del ${i + 1}`,
        combine: rowCombine,
        fulfilment: null,
        range: [0, 1],
        status: "Fejl",
        explanation: "",
        rows: partRows,
      };
    }
    const figure =
      partRows.length === 1
        ? rowFigure(partRows[0].fulfilment)
        : combine(
            partRows.map((r) => rowFigure(r.fulfilment)),
            rowCombine
          );
    const explanation =
      partRows.length === 1
        ? partRows[0].explanation
        : `${partRows.map((r) => r.explanation).join("; ")}. ${describeCombination(
            partRows.map((r, j) => ({
              label: r.segment || `række ${j + 1}`,
              figure: rowFigure(r.fulfilment),
            })),
            rowCombine,
            figure,
            "rækker"
          )}`;
    return {
      name: name || (partOrder.length > 1 ? `Del ${i + 1}` : ""),
      combine: rowCombine,
      fulfilment: figure.fulfilment,
      range: figure.range,
      status: statusOf(figure.fulfilment),
      explanation,
      rows: partRows,
    };
  });

  const failed = errors.length > 0 || parts.some((p) => p.status === "Fejl");
  let computed: Figure = { fulfilment: null, range: [0, 1] };
  let explanation = "";
  if (!failed) {
    if (parts.length === 1) {
      computed = { fulfilment: parts[0].fulfilment, range: parts[0].range };
      explanation = parts[0].explanation;
    } else {
      computed = combine(
        parts.map((p) => ({ fulfilment: p.fulfilment, range: p.range })),
        goalCombine
      );
      // A one-row part's explanation already starts with its name; longer parts get it in front.
      const partText = (p: PartResult) =>
        p.rows.length === 1 ? p.explanation : `${p.name}: ${p.explanation}`;
      explanation = `${parts.map(partText).join(" | ")}. ${describeCombination(
        parts.map((p) => ({ label: p.name, figure: { fulfilment: p.fulfilment, range: p.range } })),
        goalCombine,
        computed,
        "delmål"
      )}`;
    }
  }

  const agreedRow = rows.find((r) => r.row.agreed !== undefined)?.row;
  const agreed = agreedRow?.agreed
    ? { value: agreedRow.agreed.value, reason: agreedRow.reason ?? "" }
    : undefined;
  let fulfilment = computed.fulfilment;
  let range = computed.range;
  if (agreed && !failed) {
    fulfilment = agreed.value;
    range = [agreed.value, agreed.value];
    const computedText =
      computed.fulfilment === null
        ? "beregnet: afventer data"
        : `beregnet ${displayFulfilment(computed.fulfilment)}`;
    explanation =
      `Aftalt ${displayFulfilment(agreed.value)} (${computedText}): ${agreed.reason}. ${explanation}`.trim();
  }
  return {
    id,
    title,
    weight,
    combine: goalCombine,
    computed: failed ? null : computed.fulfilment,
    agreed,
    fulfilment: failed ? null : fulfilment,
    range,
    status: statusOf(failed ? null : fulfilment, failed),
    explanation,
    parts,
    warnings,
    errors,
    // Issue 17: descriptive columns, the first group typed and every row's remark.
    group: rows.find((r) => r.row.group)?.row.group,
    remark:
      rows
        .map((r) => r.row.remark)
        .filter(Boolean)
        .join("; ") || undefined,
  };
}
