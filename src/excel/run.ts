// One run of the calculator on a workbook, the same for Excel, the command line, the workbench and the tests:
//   scan (2 syncs) → read (1 sync, more only past 5 MB) → evaluate (pure) → plan (pure) → write (1 sync, idem)
// A run with errors, blocking data or unanswered conflicts writes nothing. A write that fails half-way is rolled back
// from the backup it wrote first.
import { evaluateContract, type EvaluationResult, type GoalTableCandidate } from "../core/evaluate";
import { usesMunicipalityFunctions } from "../core/indicators/parse";
import type { CellError, RawTable } from "../core/model";
import { scanWorkbook, type TableSource, type WorkbookLayout } from "./layout";
import { buildWritePlan, summarySheetName, type Conflict, type WritePlan } from "./plan";
import { goalCandidates, headerTables, readRunData, readWholeTables } from "./read";
import { readBlocks } from "./readRanges";
import { officeErrorOf, type ExcelRunner } from "./runner";
import { backupColumnOf, decodeBackup, STATE_SHEET, type RunMeta } from "./state";
import { undoOps } from "./undo";
import { executeOps } from "./write";
import { protectedSheetFailure, queueProtectionCheck, writeRun } from "./writeRun";

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
  failure?: { code: string; message: string; restored: boolean };
  /**
   * Added for the task pane (src/taskpane): the run the workbook records now (`meta.run` on the state sheet), i.e. the
   * one "Fortryd seneste kørsel" would undo; undefined when there is none. After "written" it is this run.
   */
  lastRun?: LastRun;
}

/** The last run recorded in the workbook: when it ran (ISO time) and its overall text ("97,2 %, 9 af 9 mål målt"). */
export interface LastRun {
  time: string;
  /** Which writer made the run that Fortryd would undo: Beregn, a Fordeling or a saved scenario. */
  writer: "mål" | "fordeling" | "scenarie";
  /** The add-in's sheet that run drew (Oversigt, Fordeling, Scenarie 1 …). */
  sheet: string | null;
  /** For a goal run: its overall figure ("97,2 %, 9 af 9 mål målt"). */
  overallText: string;
}

/** Task pane: the last run recorded in the workbook's state sheet, if any. */
function lastRunOf(meta: RunMeta | undefined): LastRun | undefined {
  // Shown while a run can be undone, whichever writer made it.
  const run = meta?.run;
  if (!run) return undefined;
  return {
    time: run.time,
    writer: run.writer,
    sheet: run.sheet,
    overallText: run.writer === "mål" ? (meta.lastGoalRun?.overallText ?? "") : "",
  };
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
  return runner(async (context) => {
    const scanned = await scanWorkbook(context, { cultureInfo: options.cultureInfo ?? true });
    // A preview writes nothing, so it leaves an interrupted run for the next write (or Fortryd) to undo.
    const layout = options.dryRun
      ? scanned
      : await recoverInterruptedRun(context, scanned, options.cultureInfo ?? true);
    const candidates = goalCandidates(layout);
    const candidateList = candidates.map((c) => ({
      sheet: c.table.sheet,
      name: c.table.name,
      source: c.table.source,
      score: c.score,
    }));
    const source = chooseGoalSource(layout, candidates, options.goalTable);
    const lastRun = lastRunOf(layout.state?.meta); // task pane
    if (!source) {
      const evaluated = evaluateContract(headerTables(layout), { locale });
      // Without any table the core cannot know a sheet and says "Mål": name the workbook's first sheet instead, so
      // the error (and the pane's jump to it) points at a sheet that exists.
      const firstSheet = layout.sheets[0]?.name;
      const errors = evaluated.errors.map((e) =>
        firstSheet && !layout.sheets.some((s) => s.name === e.sheet)
          ? { ...e, sheet: firstSheet }
          : e
      );
      const result = { ...evaluated, errors };
      return {
        status: "errors",
        result,
        candidates: candidateList,
        goalTable: null,
        conflicts: [],
        errors,
        plan: null,
        lastRun,
      };
    }
    // The user's corrections, from this call or saved in the workbook by an earlier run.
    const saved = layout.state?.meta.mapping;
    const columns = options.columns ?? saved?.columns;
    const year = options.year ?? saved?.year;
    // The sheets the write changes, checked in the read's sync: a protected one is reported before anything is
    // written, instead of a write Excel refuses half-way (AccessDenied) and a rollback it refuses too.
    const lockedSheet = queueProtectionCheck(context, layout, [
      source.sheet,
      summarySheetName(layout),
    ]);
    const data = await readRunData(context, layout, source, columns);
    // DÆKNING/LANDINDEKS need DST's municipality data: loaded (a chunk of its own in the pane) only when used.
    const municipal = usesMunicipalityFunctions([data.goal])
      ? (await import("../core/indicators/withMunicipalities")).MUNICIPAL_INDICATORS
      : undefined;
    const result = evaluateContract(
      [data.goal, ...data.evaluation],
      {
        locale,
        decimalSeparator: layout.decimalSeparator,
        year,
        goalTable: { sheet: source.sheet, name: source.name },
        columns,
      },
      { municipal }
    );
    const goalTable = { sheet: source.sheet, name: source.name, source: source.source };
    const base = { result, candidates: candidateList, goalTable, lastRun };
    if (result.errors.length > 0)
      return { ...base, status: "errors", conflicts: [], errors: result.errors, plan: null };

    const plan = buildWritePlan({
      result,
      data,
      layout,
      now: options.now ?? new Date(),
      runId: options.runId ?? Math.random().toString(36).slice(2, 10),
      locale,
      mapping: {
        goalTable: options.goalTable
          ? { ...options.goalTable, source: source.source }
          : saved?.goalTable,
        columns,
        year,
      },
    });
    if (plan.blocking.length > 0)
      return { ...base, status: "errors", conflicts: [], errors: plan.blocking, plan };
    if (options.dryRun)
      return { ...base, status: "preview", conflicts: plan.conflicts, errors: [], plan };
    if (plan.conflicts.length > 0 && !options.overwrite)
      return { ...base, status: "conflicts", conflicts: plan.conflicts, errors: [], plan };
    const locked = lockedSheet();
    if (locked) {
      return {
        ...base,
        status: "failed",
        conflicts: plan.conflicts,
        errors: [],
        plan,
        failure: protectedSheetFailure(locked, locale),
      };
    }

    const written = await writeRun(context, plan, layout);
    if (written.status === "written") {
      return {
        ...base,
        status: "written",
        conflicts: plan.conflicts,
        errors: [],
        plan,
        lastRun: lastRunOf(plan.meta),
      };
    }
    // Task pane: a rollback puts the workbook's record back as it was (the earlier run, if any, can still be undone);
    // a failed rollback leaves this run "i gang", to undo.
    return {
      ...base,
      status: "failed",
      conflicts: plan.conflicts,
      errors: [],
      plan,
      failure: written.failure,
      lastRun: written.failure.restored ? lastRun : lastRunOf(plan.meta),
    };
  });
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

/** Every table the workbook has (Excel tables and plain ranges under a header row), all columns read. */
export async function readAllTables(
  runner: ExcelRunner,
  options: Pick<RunOptions, "cultureInfo"> = {}
): Promise<{ tables: RawTable[]; decimalSeparator: "," | "." }> {
  return runner(async (context) => {
    const layout = await scanWorkbook(context, { cultureInfo: options.cultureInfo ?? true });
    return {
      tables: await readWholeTables(context, layout, layout.sources),
      decimalSeparator: layout.decimalSeparator,
    };
  });
}

/**
 * Fingerprints of the run before the one being undone: column B once a run finished, or once an "i gang" run moved
 * them there (runState.ts); column A while a run is "i gang" before that (it had not replaced them yet).
 */
function ownershipBefore(layout: WorkbookLayout): string[] {
  const state = layout.state;
  if (!state) return [];
  const run = state.meta.run;
  return run?.status === "færdig" || run?.ownershipIn === "B"
    ? state.previousFingerprintChunks
    : state.fingerprintChunks;
}

export interface UndoOutcome {
  status: "undone" | "nothing" | "failed";
  message?: string;
}

/** Whether a loaded WorksheetProtection says protected (false if its sync did not bring it: Excel then says so). */

/** Undoes the run the workbook records (layout.state.meta.run) from the backup on the add-in's sheet. */
async function undoRecordedRun(
  context: Excel.RequestContext,
  layout: WorkbookLayout
): Promise<void> {
  const state = layout.state!;
  const run = state.meta.run!;
  const [chunks] = await readBlocks(context, [
    {
      sheet: STATE_SHEET,
      rowIndex: 1,
      columnIndex: backupColumnOf(run),
      rowCount: Math.max(1, run.backupChunks),
      columnCount: 1,
      properties: ["values"],
      bytesPerRow: 40_000,
    },
  ]);
  const rows = ((chunks.values ?? []) as unknown[][]).slice(0, run.backupChunks);
  const backup = decodeBackup(rows.map((r) => r[0]));
  const ops = undoOps({
    meta: state.meta,
    backup,
    layout,
    previousFingerprintChunks: ownershipBefore(layout),
  });
  await executeOps(context, ops);
}

/**
 * A run found "i gang" was stopped half-way and could not be rolled back (Excel went away during the write and the
 * rollback). Before a new write, it is undone from its backup, so the new run starts from the user's workbook and its
 * own backup holds the user's values, not the half-written ones. Returns the workbook as it is afterwards.
 */
export async function recoverInterruptedRun(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  cultureInfo: boolean
): Promise<WorkbookLayout> {
  if (layout.state?.meta.run?.status !== "i gang") return layout;
  await undoRecordedRun(context, layout);
  return scanWorkbook(context, { cultureInfo });
}

/** Fortryd seneste kørsel. */
export async function undoLastRun(runner: ExcelRunner): Promise<UndoOutcome> {
  return runner(async (context) => {
    const layout = await scanWorkbook(context);
    if (!layout.state?.meta.run) return { status: "nothing" };
    try {
      await undoRecordedRun(context, layout);
      return { status: "undone" };
    } catch (e) {
      return { status: "failed", message: officeErrorOf(e).message };
    }
  });
}

/** Selects a cell, for the pane's error list. */
export async function selectCell(runner: ExcelRunner, sheet: string, cell: string): Promise<void> {
  await runner(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
