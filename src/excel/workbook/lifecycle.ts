// The one lifecycle every writer goes through (Beregn, Skriv fordelingen, Gem scenarie and those to come):
//   open    scan the workbook (3 syncs) and, unless it is a preview, undo a run that was interrupted half-way;
//   plan    the writer reads what it needs (1 sync, carrying the protection check of the sheets it will change) and
//           decides, purely, what its owned cells and its own sheet get; composeWrite adds the backup and the state
//           sheet's bookkeeping around it;
//   write   nothing on blocking errors, a preview, unanswered conflicts, a protected sheet, or a protected workbook
//           structure where the run needs a new sheet; else the backup and an "i gang" marker first, the plan,
//           "færdig" last, and a rollback from the backup if the write fails. The first write in a workbook makes the
//           state sheet first, in an Excel.run of its own (setup.ts), and then runs again from the start;
//   finish  the writer turns how it ended into its own outcome.
// A writer supplies the middle step only; open, write and finish are the same for all of them.
import type { CellError, RawCell } from "../../core/model";
import { scanWorkbook, type Box, type WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import type { Conflict, TableOutputPlan } from "./outputColumns";
import {
  protectedSheetFailure,
  protectedStructureFailure,
  queueProtectionCheck,
} from "./protection";
import type { ExcelRunner } from "./runner";
import { previousBox, sheetBackup, stateOps, type RunRecord } from "./runState";
import { ensureStateSheet } from "./setup";
import { sheetExists } from "./sheetNames";
import { STATE_SHEET, type BackupBlock, type RunMeta, type Writer } from "./state";
import { recoverInterruptedRun } from "./undoRun";
import { cellValue } from "./textSafety";
import { writeRun, type RunFailure } from "./writeRun";

/** A fresh id for a run, kept in the state sheet (a rollback recognises its own run by it). */
export function newRunId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** What a run writes, decided before anything is written. */
export interface WritePlan {
  /** Operations in order: backup and the "i gang" marker first, the "færdig" marker last. */
  ops: WriteOp[];
  /** Owned cells that hold the user's own values: asked about before anything is written. */
  conflicts: Conflict[];
  /** Problems that stop the run before anything is written (data where new columns would go). */
  blocking: CellError[];
  backup: BackupBlock[];
  meta: RunMeta;
  /** The add-in's own sheet the run draws (Oversigt, Fordeling, Scenarie 1 …), if any. */
  sheet: string | null;
  /** Output cells written in the user's table (for the benchmark and the pane). */
  cellsWritten: number;
}

/** The add-in's own sheet as the scan found it, before the run redraws it. */
export interface SheetBefore {
  name: string;
  /** Its used range (values). */
  used: Box;
  /** Rows × columns from A1 to the end of what it used. */
  box: { rowCount: number; columnCount: number };
  /** Its values, from the top of the used range (the scan's window). */
  window: RawCell[][];
  /** Its charts' names. */
  charts: string[];
}

/**
 * An earlier sheet's values as a values operation (not to write: to size its columns and charts on a redraw). Its
 * texts are put as a run writes them (cellValue: "23. nov. …" with Excel's text prefix "'"), so the width planner,
 * which reads every values operation as written, sizes them exactly as the run that wrote them did.
 */
export function beforeValues(before: SheetBefore): WriteOp {
  return {
    kind: "values",
    block: {
      sheet: before.name,
      rowIndex: before.used.rowIndex,
      columnIndex: before.used.columnIndex,
    },
    values: before.window.map((row) => row.map((v) => (typeof v === "string" ? cellValue(v) : v))),
  };
}

/** The add-in's own sheet a writer draws. */
export interface OwnedSheetPlan {
  name: string;
  /** What the run draws there: values, formats, charts (clearing what the sheet showed before first). */
  ops: WriteOp[];
  /**
   * The formats and charts the sheet has now, worked out from what it shows (its values): kept with the backup of its
   * values, so Fortryd gives the earlier run's sheet back whole. Null (or absent) when the values do not tell: then
   * Fortryd puts back values only.
   */
  redraw?: (before: SheetBefore) => WriteOp[] | null;
}

export interface WriteParts {
  layout: WorkbookLayout;
  writer: Writer;
  runId: string;
  now: Date;
  /** The user's table the run writes its owned columns into, and the plan of those columns (outputColumns.ts). */
  table: {
    ref: { sheet: string; name: string; source: "table" | "range" };
    columns: TableOutputPlan;
  } | null;
  sheet: OwnedSheetPlan | null;
  /** Metadata to keep beside the run (the last goal run, the mapping). */
  extra?: RunRecord["extra"];
}

/** The sheet as the scan found it, or null when it is new or empty. */
export function sheetBefore(layout: WorkbookLayout, name: string): SheetBefore | null {
  const sheet = layout.sheets.find((s) => s.name === name);
  const box = previousBox(layout, name);
  if (!sheet?.used || !box) return null;
  return { name, used: sheet.used, box, window: sheet.window, charts: layout.charts[name] ?? [] };
}

/**
 * A writer's plan made whole, purely: the backup of every cell the run replaces (its owned columns' cells and its own
 * sheet, with that sheet's formats to draw again), the state sheet's bookkeeping first and last, and the writer's
 * operations in between.
 */
export function composeWrite(parts: WriteParts): WritePlan {
  const { layout, table, sheet } = parts;
  const created = sheet !== null && !sheetExists(layout, sheet.name);
  const backup: BackupBlock[] = [];
  if (table?.columns.backup) backup.push(table.columns.backup);
  if (sheet) {
    const values = sheetBackup(layout, sheet.name);
    const before = sheetBefore(layout, sheet.name);
    const redraw = values && before && sheet.redraw ? sheet.redraw(before) : null;
    if (values) backup.push(redraw ? { ...values, redraw } : values);
  }
  const state = stateOps({
    layout,
    writer: parts.writer,
    runId: parts.runId,
    now: parts.now,
    table: table?.ref ?? null,
    added: table?.columns.added ?? [],
    addedColumnsAddress: table?.columns.addedColumnsAddress,
    sheet: sheet?.name ?? null,
    sheetCreated: created,
    sheetFilter: sheet?.ops.some((op) => op.kind === "autoFilter" && op.range !== null),
    backup,
    // A writer without owned columns keeps what it owned; other writers' fingerprints are kept by stateOps.
    fingerprints:
      table?.columns.fingerprints ??
      [...(layout.state?.fingerprints ?? [])].filter((f) => f.startsWith(`${parts.writer}:`)),
    extra: parts.extra,
  });
  const ops: WriteOp[] = [...state.begin, ...(table?.columns.ops ?? [])];
  if (sheet && created) ops.push({ kind: "addSheet", sheet: sheet.name });
  ops.push(...(sheet?.ops ?? []), ...state.end);
  return {
    ops,
    conflicts: table?.columns.conflicts ?? [],
    blocking: table?.columns.blocking ?? [],
    backup,
    meta: state.meta,
    sheet: sheet?.name ?? null,
    cellsWritten: table?.columns.cellsWritten ?? 0,
  };
}

/** How a planned run ended. */
export type Ending =
  /** Nothing written: data where new columns would go (the plan's blocking errors). */
  | { status: "errors"; errors: CellError[] }
  /** Nothing written: asked for a preview. */
  | { status: "preview" }
  /** Nothing written: owned cells hold the user's own values; ask, then run again with overwrite. */
  | { status: "conflicts" }
  | { status: "written" }
  /** A protected sheet (nothing written), or a write that failed and was rolled back (or could not be). */
  | { status: "failed"; failure: RunFailure };

export interface WriterOptions {
  locale: "da" | "en";
  /** Whether the host has ExcelApi 1.11 (cultureInfo); without it numbers typed as text are read the Danish way. */
  cultureInfo: boolean;
  /** Read and plan, write nothing. */
  dryRun?: boolean;
  /** Overwrite owned cells the user typed (their values go to the backup). */
  overwrite?: boolean;
}

export interface OpenWorkbook {
  context: Excel.RequestContext;
  layout: WorkbookLayout;
  /**
   * Queues a check of the sheets the write will change, to ride along with the writer's read: a protected one is
   * reported before anything is written, instead of a write Excel refuses half-way.
   */
  guard(sheets: string[]): void;
}

/** What a writer's read-and-plan step decided: stop here with an outcome, or write a plan and finish. */
export type Planned<T> = { stop: T } | { plan: WritePlan; finish: (ending: Ending) => T };

/** One pass of the lifecycle in one Excel.run: its outcome, or "the state sheet is missing" before anything is written. */
type Pass<T> = { done: T } | { needsStateSheet: true };

/**
 * Runs a writer through the lifecycle, in one Excel.run (one undo step where the runner groups runs). The first write
 * in a workbook finds no state sheet: the pass stops before writing, the sheet is made in an Excel.run of its own
 * (setup.ts: hiding a sheet cannot be part of an undo group on Windows and Mac), and the lifecycle runs again.
 */
export async function runWriter<T>(
  runner: ExcelRunner,
  options: WriterOptions,
  planRun: (open: OpenWorkbook) => Promise<Planned<T>>
): Promise<T> {
  const pass = (): Promise<Pass<T>> =>
    runner(async (context): Promise<Pass<T>> => {
      const scanned = await scanWorkbook(context, { cultureInfo: options.cultureInfo });
      // A preview writes nothing, so it leaves an interrupted run for the next write (or Fortryd) to undo.
      const layout = options.dryRun ? scanned : await recoverInterruptedRun(context, scanned);
      let lockedSheet: () => string | undefined = () => undefined;
      const planned = await planRun({
        context,
        layout,
        guard: (sheets) =>
          (lockedSheet = queueProtectionCheck(
            context,
            layout,
            layout.state ? [...sheets, STATE_SHEET] : sheets
          )),
      });
      if ("stop" in planned) return { done: planned.stop };
      const { plan, finish } = planned;
      if (plan.blocking.length > 0)
        return { done: finish({ status: "errors", errors: plan.blocking }) };
      if (options.dryRun) return { done: finish({ status: "preview" }) };
      if (plan.conflicts.length > 0 && !options.overwrite)
        return { done: finish({ status: "conflicts" }) };
      const locked = lockedSheet();
      if (locked)
        return {
          done: finish({
            status: "failed",
            failure: protectedSheetFailure(locked, options.locale),
          }),
        };
      const newSheets = [
        ...(layout.state ? [] : [STATE_SHEET]),
        ...plan.ops.flatMap((op) => (op.kind === "addSheet" ? [op.sheet] : [])),
      ];
      if (layout.structureProtected && newSheets.length > 0)
        return {
          done: finish({
            status: "failed",
            failure: protectedStructureFailure(newSheets[newSheets.length - 1], options.locale),
          }),
        };
      if (!layout.state) return { needsStateSheet: true };
      return { done: finish(await writeRun(context, plan, layout)) };
    });
  const first = await pass();
  if ("done" in first) return first.done;
  await runner(ensureStateSheet);
  const second = await pass();
  if ("done" in second) return second.done;
  // The sheet was made and is still not there: someone deleted it at once. Say so rather than loop.
  throw Object.assign(new Error(`Arket ${STATE_SHEET} kunne ikke oprettes.`), {
    code: "ItemNotFound",
  });
}
