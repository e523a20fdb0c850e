// The add-in's bookkeeping around every write, the same for every writer (goal fulfilment, allocation, scenarios):
// first the backup and an "i gang" marker, last the new fingerprints and the "færdig" marker. A run interrupted in
// between is recognisable and can be undone from the backup. Pure: returns the operations.
import type { WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import {
  backupColumnOf,
  encodeBackup,
  encodeFingerprints,
  STATE_SHEET,
  type BackupBlock,
  type RunMeta,
  type Writer,
} from "./state";
import { cellValue } from "./textSafety";

export interface RunRecord {
  layout: WorkbookLayout;
  writer: Writer;
  runId: string;
  now: Date;
  table: { sheet: string; name: string; source: "table" | "range" } | null;
  added: string[];
  addedColumnsAddress?: string;
  /** The add-in's own sheet this run draws, and whether the run creates it. */
  sheet: string | null;
  sheetCreated: boolean;
  /** Whether the run puts an AutoFilter on its sheet. */
  sheetFilter?: boolean;
  backup: BackupBlock[];
  /** This writer's fingerprints after the run; other writers' fingerprints are kept. */
  fingerprints: string[];
  /** Extra metadata to keep (the last goal run, the mapping). */
  extra?: Pick<RunMeta, "lastGoalRun" | "mapping">;
}

export interface StateOps {
  begin: WriteOp[];
  end: WriteOp[];
  meta: RunMeta;
}

/** Writes the add-in's metadata text into A1 of its sheet. */
export function metaOp(text: string): WriteOp {
  return {
    kind: "values",
    block: { sheet: STATE_SHEET, rowIndex: 0, columnIndex: 0 },
    values: [[cellValue(text)]],
  };
}

/** Writes chunks (fingerprints, backup) down one column of the add-in's sheet from row 2; nothing when empty. */
export function chunkColumnOps(columnIndex: number, chunks: string[]): WriteOp[] {
  return chunks.length === 0
    ? []
    : [
        {
          kind: "values",
          block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex },
          values: chunks.map((c) => [cellValue(c)]),
        },
      ];
}

export function stateOps(record: RunRecord): StateOps {
  const state = record.layout.state;
  const previousMeta = state?.meta;
  const previousChunks = state?.fingerprintChunks ?? [];
  const others = [...(state?.fingerprints ?? [])].filter((f) => !f.startsWith(`${record.writer}:`));
  const currentChunks = encodeFingerprints([...others, ...record.fingerprints]);
  const backupChunks = encodeBackup(record.backup);
  const previousSheets = previousMeta?.owned.sheets ?? [];
  const sheets =
    record.sheet && !previousSheets.includes(record.sheet)
      ? [...previousSheets, record.sheet]
      : previousSheets;
  // The other backup column than the earlier run's, so its backup stays whole until A1 points at the new one.
  const oldColumn = previousMeta?.run ? backupColumnOf(previousMeta.run) : null;
  const backupColumn = oldColumn === 2 ? 3 : 2;
  const run = {
    id: record.runId,
    time: record.now.toISOString(),
    writer: record.writer,
    table: record.table,
    addedColumns: record.added,
    addedColumnsAddress: record.addedColumnsAddress,
    sheet: record.sheet,
    sheetCreated: record.sheetCreated,
    ...(record.sheetFilter ? { sheetFilter: true } : {}),
    previousFingerprintChunks: previousChunks.length,
    previousOwnedSheets: previousSheets,
    backupChunks: backupChunks.length,
    backupColumn,
  };
  const base = {
    version: 1 as const,
    lastGoalRun: record.extra?.lastGoalRun ?? previousMeta?.lastGoalRun,
    mapping: record.extra?.mapping ?? previousMeta?.mapping,
  };
  const meta: RunMeta = {
    ...base,
    owned: { fingerprintChunks: currentChunks.length, sheets },
    run: { ...run, status: "færdig" },
  };
  // While the write is under way, column A still holds the previous fingerprints.
  const started: RunMeta = {
    ...base,
    lastGoalRun: previousMeta?.lastGoalRun,
    owned: {
      fingerprintChunks: previousMeta?.owned.fingerprintChunks ?? 0,
      sheets: previousSheets,
    },
    run: { ...run, status: "i gang" },
  };
  const oldRows = Math.max(
    previousMeta?.owned.fingerprintChunks ?? 0,
    previousMeta?.run?.previousFingerprintChunks ?? 0,
    previousMeta?.run?.backupChunks ?? 0
  );
  const rows =
    Math.max(oldRows, currentChunks.length, previousChunks.length, backupChunks.length) + 1;
  // The state sheet exists: the lifecycle makes it apart before the first write (setup.ts).
  const begin: WriteOp[] = [];
  // Backup first, "i gang" after: stopped in between, A1 still describes the earlier run, whose backup is untouched.
  begin.push({
    kind: "clear",
    block: {
      sheet: STATE_SHEET,
      rowIndex: 1,
      columnIndex: backupColumn,
      rowCount: rows,
      columnCount: 1,
    },
  });
  begin.push(...chunkColumnOps(backupColumn, backupChunks), metaOp(JSON.stringify(started)));
  // The fingerprints from before the run go to B first, and A1 says so, before A gets the new ones: stopped at any
  // point, an "i gang" run still knows whose cells were the add-in's before it (Fortryd hands them back).
  const end: WriteOp[] = [
    {
      kind: "clear",
      block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 1, rowCount: rows, columnCount: 1 },
    },
  ];
  end.push(...chunkColumnOps(1, previousChunks));
  const moved: RunMeta = { ...started, run: { ...started.run!, ownershipIn: "B" } };
  end.push(metaOp(JSON.stringify(moved)));
  end.push({
    kind: "clear",
    block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 0, rowCount: rows, columnCount: 1 },
  });
  end.push(...chunkColumnOps(0, currentChunks), metaOp(JSON.stringify(meta)));
  // Done: the earlier run can no longer be undone, its backup goes (so no column holds a stale backup). If Excel
  // reports this sync failed after all, the rollback finds "færdig" and completes the run instead (rollback.ts).
  end.push(...oldBackupClearOps(previousMeta, backupColumn));
  return { begin, end, meta };
}

/** The backup of an owned sheet the run will redraw: what it showed before (values; the add-in writes no formulas). */
export function sheetBackup(layout: WorkbookLayout, sheet: string): BackupBlock | null {
  const previous = layout.sheets.find((s) => s.name === sheet);
  if (!previous?.used || previous.window.length === 0) return null;
  return {
    sheet,
    rowIndex: previous.used.rowIndex,
    columnIndex: previous.used.columnIndex,
    cells: previous.window.map((row) => row.map((v) => (v === null ? null : { value: v }))),
  };
}

/** The box an owned sheet used before, cleared first so a smaller redraw leaves nothing behind. */
export function previousBox(
  layout: WorkbookLayout,
  sheet: string
): { rowCount: number; columnCount: number } | null {
  const used = layout.sheets.find((s) => s.name === sheet)?.used;
  return used
    ? { rowCount: used.rowIndex + used.rowCount, columnCount: used.columnIndex + used.columnCount }
    : null;
}

/**
 * Writes the add-in's sheet back as `state` had it before a run that failed: A1, the fingerprints (A, B), and the
 * failed run's backup column cleared. The earlier run's backup column was never touched, so that run can still be
 * undone.
 */
export function restoreStateOps(
  state: NonNullable<WorkbookLayout["state"]>,
  failedBackupColumn: number,
  rowsToClear: number
): WriteOp[] {
  const ops: WriteOp[] = [
    {
      kind: "clear",
      block: {
        sheet: STATE_SHEET,
        rowIndex: 1,
        columnIndex: 0,
        rowCount: rowsToClear,
        columnCount: 2,
      },
    },
    {
      kind: "clear",
      block: {
        sheet: STATE_SHEET,
        rowIndex: 1,
        columnIndex: failedBackupColumn,
        rowCount: rowsToClear,
        columnCount: 1,
      },
    },
  ];
  ops.push(
    ...chunkColumnOps(0, state.fingerprintChunks),
    ...chunkColumnOps(1, state.previousFingerprintChunks),
    metaOp(state.metaText)
  );
  return ops;
}

/** Clears the backup column of the run before (`previous`), unless the new run's backup is in that column. */
export function oldBackupClearOps(previous: RunMeta | undefined, newColumn: number): WriteOp[] {
  const run = previous?.run;
  if (!run || backupColumnOf(run) === newColumn) return [];
  return [
    {
      kind: "clear",
      block: {
        sheet: STATE_SHEET,
        rowIndex: 1,
        columnIndex: backupColumnOf(run),
        rowCount: run.backupChunks + 1,
        columnCount: 1,
      },
    },
  ];
}
