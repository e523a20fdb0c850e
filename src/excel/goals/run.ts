// Beregn: one run of the calculator on a workbook, the same for Excel, the command line, the workbench and the tests,
// through the writers' lifecycle (workbook/lifecycle.ts):
//   scan (2 syncs) → read (read.ts: 1 sync, more only past 5 MB) → evaluate (pure, src/core) → plan (plan.ts, pure)
//   → write (1 sync, idem)
// A run with errors, blocking data or unanswered conflicts writes nothing. A write that fails half-way is rolled back
// from the backup it wrote first.
import {
  evaluateContract,
  evaluatePrepared,
  prepareGoalTable,
  type EvaluationResult,
  type GoalTableCandidate,
} from "../../core/evaluate";
import { usesMunicipalityFunctions } from "../../core/indicators/parse";
import type { CellError, RawTable } from "../../core/model";
import { scanWorkbook, type TableSource, type WorkbookLayout } from "../workbook/layout";
import { lastRunOf, type LastRun } from "../workbook/lastRun";
import { mergedOutputErrors } from "../workbook/mergedCells";
import { newRunId, runWriter, type Ending } from "../workbook/lifecycle";
import type { ExcelRunner } from "../workbook/runner";
import { rangeSource, withRangeSource } from "../workbook/selectedRange";
import { headerTables } from "../workbook/tables";
import type { RunFailure } from "../workbook/writeRun";
import { buildWritePlan, type Conflict, type WritePlan } from "./plan";
import { goalCandidates, readRunData } from "./read";
import { summarySheetName } from "./summary";

export type { LastRun } from "../workbook/lastRun";

export interface RunOptions {
  /** The user's choice of goal table (sheet + table name, or sheet name for a plain range). */
  goalTable?: { sheet: string; name: string };
  /** The user's corrections of the column mapping: role → header. */
  columns?: Record<string, string>;
  year?: number;
  locale?: "da" | "en";
  /** Overwrite output cells the user typed (their values go to the backup). */
  overwrite?: boolean;
  /** Evaluate and plan, but write nothing (preview). */
  dryRun?: boolean;
  now?: Date;
  runId?: string;
  /** Whether the host has ExcelApi 1.11 (cultureInfo); without it numbers typed as text are read the Danish way. */
  cultureInfo?: boolean;
  /**
   * Whether the host has ExcelApi 1.13 (Range.getMergedAreasOrNullObject): then merged cells over the output columns
   * stop the run (workbook/mergedCells.ts); without it the check is skipped. Default true.
   */
  mergedAreas?: boolean;
}

export type RunStatus =
  /** Written. */
  | "written"
  /** Nothing written: the workbook has errors (listed). */
  | "errors"
  /** Nothing written: output cells hold the user's own values; ask, then run again with overwrite. */
  | "conflicts"
  /** Nothing written: asked for a preview. */
  | "preview"
  /** The write failed; the workbook was restored from the backup (or, if even that failed, the pane offers it). */
  | "failed";

export interface RunOutcome {
  status: RunStatus;
  result: EvaluationResult;
  candidates: { sheet: string; name: string; source: "table" | "range"; score: number }[];
  goalTable: { sheet: string; name: string; source: "table" | "range" } | null;
  conflicts: Conflict[];
  errors: CellError[];
  plan: WritePlan | null;
  /** When status is "failed": Excel's error code and whether the rollback succeeded. */
  failure?: RunFailure;
  /**
   * Added for the task pane (src/taskpane): the run the workbook records now (`meta.run` on the state sheet), i.e. the
   * one "Fortryd seneste kørsel" would undo; undefined when there is none. After "written" it is this run.
   */
  lastRun?: LastRun;
}

function chooseGoalSource(
  layout: WorkbookLayout,
  candidates: GoalTableCandidate[],
  wanted?: { sheet: string; name: string }
): TableSource | undefined {
  const pick = wanted ?? layout.state?.meta.mapping?.goalTable;
  if (pick) {
    const found = layout.sources.find((s) => s.sheet === pick.sheet && s.name === pick.name);
    if (found) return found;
    // A range the user pointed at ("Brug markeringen", --table 'Mål'!A3:H20): read as a plain range of its own.
    const range = rangeSource(layout, pick.sheet, pick.name);
    if (range) {
      withRangeSource(layout, range);
      return range;
    }
  }
  const best = candidates[0];
  return best
    ? layout.sources.find((s) => s.sheet === best.table.sheet && s.name === best.table.name)
    : undefined;
}

/** Evaluates the workbook and, unless something stops it, writes the results. One Excel.run. */
export async function runOnWorkbook(
  runner: ExcelRunner,
  options: RunOptions = {}
): Promise<RunOutcome> {
  const locale = options.locale ?? "da";
  const lifecycle = {
    locale,
    cultureInfo: options.cultureInfo ?? true,
    dryRun: options.dryRun,
    overwrite: options.overwrite,
  };
  return runWriter<RunOutcome>(runner, lifecycle, async ({ context, layout, guard }) => {
    const candidates = goalCandidates(layout);
    const candidateList = candidates.map((c) => ({
      sheet: c.table.sheet,
      name: c.table.name,
      source: c.table.source,
      score: c.score,
    }));
    const source = chooseGoalSource(layout, candidates, options.goalTable);
    const lastRun = lastRunOf(layout.state?.meta); // task pane
    if (!source) return { stop: noGoalTable(layout, locale, candidateList, lastRun) };
    // The user's corrections, from this call or saved in the workbook by an earlier run.
    const saved = layout.state?.meta.mapping;
    const columns = options.columns ?? saved?.columns;
    const year = options.year ?? saved?.year;
    // The sheets the write changes, checked in the read's sync.
    guard([source.sheet, summarySheetName(layout)]);
    const data = await readRunData(context, layout, source, columns, options.mergedAreas ?? true);
    // The columns mapped and the indicators parsed while reading are taken on, not done again (core/prepare.ts).
    const prepared = prepareGoalTable(
      [data.goal, ...data.evaluation],
      {
        locale,
        decimalSeparator: layout.decimalSeparator,
        year,
        goalTable: { sheet: source.sheet, name: source.name },
        columns,
      },
      { map: data.map, indicators: data.indicators }
    );
    // DÆKNING/LANDINDEKS need DST's municipality data: loaded (a chunk of its own in the pane) only when used.
    const municipal = usesMunicipalityFunctions([data.goal])
      ? (await import("../../core/indicators/withMunicipalities")).MUNICIPAL_INDICATORS
      : undefined;
    const result = evaluatePrepared(prepared, { municipal });
    const goalTable = { sheet: source.sheet, name: source.name, source: source.source };
    const base = { result, candidates: candidateList, goalTable, lastRun };
    // Merged cells where the run would write: nothing is written until the user unmerges them.
    const errors = [
      ...result.errors,
      ...mergedOutputErrors(source.sheet, data.merged, locale, "goal"),
    ];
    if (errors.length > 0) {
      const stop: RunOutcome = {
        ...base,
        status: "errors",
        conflicts: [],
        errors,
        plan: null,
      };
      return { stop };
    }

    const plan = buildWritePlan({
      result,
      data,
      layout,
      now: options.now ?? new Date(),
      runId: options.runId ?? newRunId(),
      locale,
      mapping: {
        goalTable: options.goalTable
          ? { sheet: source.sheet, name: source.name, source: source.source }
          : saved?.goalTable,
        columns,
        year,
      },
    });
    return { plan, finish: (ending: Ending) => goalOutcome(base, plan, ending) };
  });
}

/** Without any goal table: the core's "no goal table" error, placed on a sheet that exists. */
function noGoalTable(
  layout: WorkbookLayout,
  locale: "da" | "en",
  candidates: RunOutcome["candidates"],
  lastRun: LastRun | undefined
): RunOutcome {
  const evaluated = evaluateContract(headerTables(layout), { locale });
  // Without any table the core cannot know a sheet and says "Mål": name the workbook's first sheet instead, so
  // the error (and the pane's jump to it) points at a sheet that exists.
  const firstSheet = layout.sheets[0]?.name;
  const errors = evaluated.errors.map((e) =>
    firstSheet && !layout.sheets.some((s) => s.name === e.sheet) ? { ...e, sheet: firstSheet } : e
  );
  const result = { ...evaluated, errors };
  return {
    status: "errors",
    result,
    candidates,
    goalTable: null,
    conflicts: [],
    errors,
    plan: null,
    lastRun,
  };
}

/** How a planned goal run ended, as the pane and the command line see it. */
function goalOutcome(
  base: Pick<RunOutcome, "result" | "candidates" | "goalTable" | "lastRun">,
  plan: WritePlan,
  ending: Ending
): RunOutcome {
  switch (ending.status) {
    case "errors":
      return { ...base, status: "errors", conflicts: [], errors: ending.errors, plan };
    case "written":
      return {
        ...base,
        status: "written",
        conflicts: plan.conflicts,
        errors: [],
        plan,
        lastRun: lastRunOf(plan.meta),
      };
    case "failed":
      // Task pane: a rollback (or a protected sheet, where nothing was written) leaves the workbook's record as it
      // was (the earlier run, if any, can still be undone); a failed rollback leaves this run "i gang", to undo.
      return {
        ...base,
        status: "failed",
        conflicts: plan.conflicts,
        errors: [],
        plan,
        failure: ending.failure,
        lastRun: ending.failure.restored ? base.lastRun : lastRunOf(plan.meta),
      };
    default:
      return { ...base, status: ending.status, conflicts: plan.conflicts, errors: [], plan };
  }
}

export interface WorkbookTables {
  goalTable: { sheet: string; name: string; source: "table" | "range" } | null;
  /** The goal table first, then the evaluation tables (the columns its indicators read are loaded). */
  tables: RawTable[];
  decimalSeparator: "," | ".";
  /** Saved corrections (goal table, columns, year) from the workbook. */
  mapping: { columns?: Record<string, string>; year?: number };
}

/**
 * Reads the tables a run would evaluate, and writes nothing: for what-if questions and other read-only uses.
 * Same scan and read as runOnWorkbook, so what-if sees exactly what Beregn sees.
 */
export async function readWorkbookTables(
  runner: ExcelRunner,
  options: Pick<RunOptions, "goalTable" | "columns" | "cultureInfo"> = {}
): Promise<WorkbookTables> {
  return runner(async (context) => {
    const layout = await scanWorkbook(context, { cultureInfo: options.cultureInfo ?? true });
    const source = chooseGoalSource(layout, goalCandidates(layout), options.goalTable);
    const saved = layout.state?.meta.mapping;
    const columns = options.columns ?? saved?.columns;
    if (!source) {
      return {
        goalTable: null,
        tables: headerTables(layout),
        decimalSeparator: layout.decimalSeparator,
        mapping: { columns, year: saved?.year },
      };
    }
    const data = await readRunData(context, layout, source, columns);
    return {
      goalTable: { sheet: source.sheet, name: source.name, source: source.source },
      tables: [data.goal, ...data.evaluation],
      decimalSeparator: layout.decimalSeparator,
      mapping: { columns, year: saved?.year },
    };
  });
}
