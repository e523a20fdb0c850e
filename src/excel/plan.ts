// The write plan: exactly which cells, formats, sheets and charts a run changes, decided in one pure function.
// The safety rules live here once:
//  - only owned cells: the three output columns of the goal table, the summary sheet, the add-in's hidden sheet;
//  - a non-empty output cell the add-in did not write itself is a conflict the caller must accept before writing;
//  - every value that changes is kept in the backup, so Fortryd seneste kørsel restores it;
//  - text is written so it can never become a formula (textSafety.ts);
//  - the same input gives the same plan, so a re-run gives the same workbook.
import { cellAddress, qualifiedAddress, rangeAddress } from "../core/address";
import type { EvaluationResult, RowResult } from "../core/evaluate";
import { OUTPUT_HEADERS, normaliseHeader } from "../core/headers";
import { cellError } from "../core/messages";
import type { CellError, RawCell } from "../core/model";
import type { WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import { OUTPUT_ROLES, type OutputRole, type RunData } from "./read";
import {
  cellContent,
  encodeBackup,
  encodeFingerprints,
  fingerprint,
  STATE_SHEET,
  SUMMARY_SHEET,
  type BackupBlock,
  type CellContent,
  type RunMeta,
} from "./state";
import { PERCENT_FORMAT, statusRules, summaryOps } from "./summary";
import { cellValue } from "./textSafety";

export interface Conflict {
  sheet: string;
  cell: string;
  /** What the user has there now, as text. */
  current: string;
  /** What the run would write. */
  next: string;
}

export interface WritePlan {
  /** Operations in order: backup and the "i gang" marker first, the "færdig" marker last. */
  ops: WriteOp[];
  conflicts: Conflict[];
  /** Problems that stop the run before anything is written (data where new columns would go). */
  blocking: CellError[];
  backup: BackupBlock[];
  meta: RunMeta;
  summarySheet: string;
  /** Output cells written (for the benchmark and the pane). */
  cellsWritten: number;
}

export interface PlanInput {
  result: EvaluationResult;
  data: RunData;
  layout: WorkbookLayout;
  now: Date;
  runId: string;
  locale?: "da" | "en";
  /** The user's corrections to keep in the workbook for the next run. */
  mapping?: RunMeta["mapping"];
}

/** Identity of a goal row that survives sorting: Nr, Del and Segment. */
export function rowKey(row: Pick<RowResult, "goal" | "part" | "segment">): string {
  return [row.goal, row.part, row.segment].map(normaliseHeader).join("|");
}

function outputValues(row: RowResult | undefined): Record<OutputRole, string | number> {
  if (!row) return { outFulfilment: "", outStatus: "", outExplanation: "" };
  return {
    outFulfilment: row.fulfilment === null ? "" : row.fulfilment,
    outStatus: row.status,
    outExplanation: row.explanation,
  };
}

function sameValue(current: RawCell, next: string | number): boolean {
  if (current === null || current === "") return next === "";
  if (typeof next === "number" && typeof current === "number")
    return Number(current.toPrecision(12)) === Number(next.toPrecision(12));
  return String(current) === String(next);
}

function textOf(v: RawCell | string | number): string {
  return v === null ? "" : String(v);
}

/** The summary goes to "Oversigt" unless the user has a sheet of that name that the add-in did not make. */
export function summarySheetName(layout: WorkbookLayout): string {
  const ownedName = layout.state?.meta.owned.summarySheet;
  if (ownedName) return ownedName;
  const exists = layout.sheets.some((s) => s.name === SUMMARY_SHEET);
  return exists ? FALLBACK_SUMMARY_SHEET : SUMMARY_SHEET;
}

export const FALLBACK_SUMMARY_SHEET = "Målopfyldelse oversigt";

export function buildWritePlan(input: PlanInput): WritePlan {
  const { result, data, layout } = input;
  const locale = input.locale ?? "da";
  const source = data.goalSource;
  const owned = layout.state?.fingerprints ?? new Set<string>();
  const placement = data.outputs.columns;
  const bodyRow = source.headerRowIndex + 1;
  const rows = source.bodyRowCount;
  const byBodyIndex = new Map(result.rows.map((r) => [r.bodyIndex, r]));
  const blocking: CellError[] = [];
  const conflicts: Conflict[] = [];
  const fingerprints: string[] = [];
  const sheetColumn = (role: OutputRole) => source.firstColumnIndex + placement[role].column;

  // Columns to add: their header cells and body cells must be empty (they belong to the user otherwise).
  const added = OUTPUT_ROLES.filter((role) => !placement[role].exists);
  added.forEach((role) => {
    const i = OUTPUT_ROLES.indexOf(role);
    const cells = [data.outputs.headerValues[i], ...data.outputs.values.map((v) => v[i])];
    const firstUsed = cells.findIndex((v) => v !== null && v !== "");
    if (firstUsed >= 0) {
      blocking.push(
        cellError(
          locale,
          source.sheet,
          cellAddress(source.headerRowIndex + firstUsed, sheetColumn(role)),
          "occupied-output",
          {
            column: OUTPUT_HEADERS[role],
          }
        )
      );
    }
  });

  // Output values, conflicts and the backup of what changes.
  const outFirst = Math.min(...OUTPUT_ROLES.map(sheetColumn));
  const outLast = Math.max(...OUTPUT_ROLES.map(sheetColumn));
  const backupCells: (CellContent | null)[][] = [];
  const columnValues: Record<OutputRole, (string | number | boolean | null)[][]> = {
    outFulfilment: [],
    outStatus: [],
    outExplanation: [],
  };
  let cellsWritten = 0;
  for (let r = 0; r < rows; r++) {
    const row = byBodyIndex.get(r);
    const next = outputValues(row);
    const key = row ? rowKey(row) : "";
    const backupRow: (CellContent | null)[] = new Array(outLast - outFirst + 1).fill(null);
    OUTPUT_ROLES.forEach((role, i) => {
      const current = data.outputs.values[r]?.[i] ?? null;
      const value = next[role];
      columnValues[role].push([cellValue(value)]);
      cellsWritten++;
      if (value !== "") fingerprints.push(fingerprint(key, role, value));
      if (sameValue(current, value)) return;
      // An empty cell is backed up as "" so Fortryd clears what the run put there.
      backupRow[sheetColumn(role) - outFirst] = cellContent(
        current,
        data.outputs.formulas[r]?.[i]
      ) ?? { value: "" };
      if (current === null || current === "") return;
      if (owned.has(fingerprint(key, role, current))) return;
      conflicts.push({
        sheet: source.sheet,
        cell: cellAddress(bodyRow + r, sheetColumn(role)),
        current: textOf(current),
        next: textOf(value),
      });
    });
    backupCells.push(backupRow);
  }

  const backup: BackupBlock[] = [];
  if (backupCells.some((row) => row.some((c) => c !== null))) {
    backup.push({
      sheet: source.sheet,
      rowIndex: bodyRow,
      columnIndex: outFirst,
      cells: backupCells,
    });
  }

  // The summary sheet: back up what it showed, then redraw it.
  const summarySheet = summarySheetName(layout);
  const previousSummary = layout.sheets.find((s) => s.name === summarySheet);
  if (previousSummary?.used && previousSummary.window.length > 0) {
    backup.push({
      sheet: summarySheet,
      rowIndex: previousSummary.used.rowIndex,
      columnIndex: previousSummary.used.columnIndex,
      cells: previousSummary.window.map((row) => row.map((v) => cellContent(v, undefined))),
    });
  }

  const previousRun = layout.state?.meta.run;
  const backupChunks = encodeBackup(backup);
  const currentChunks = encodeFingerprints(fingerprints);
  const previousChunks = layout.state?.fingerprintChunks ?? [];
  const oldRows = Math.max(
    layout.state?.meta.owned.fingerprintChunks ?? 0,
    previousRun?.previousFingerprintChunks ?? 0,
    previousRun?.backupChunks ?? 0
  );
  const goalTableRef = { sheet: source.sheet, name: source.name, source: source.source };
  const runBase = {
    id: input.runId,
    time: input.now.toISOString(),
    goalTable: goalTableRef,
    addedColumns: added.map((role) => OUTPUT_HEADERS[role]),
    addedColumnsAddress:
      source.source === "range" && added.length > 0
        ? rangeAddress(source.headerRowIndex, sheetColumn(added[0]), rows + 1, added.length)
        : undefined,
    summarySheet,
    summaryCreated: !layout.sheets.some((s) => s.name === summarySheet),
    previousFingerprintChunks: previousChunks.length,
    previousSummarySheet: layout.state?.meta.owned.summarySheet,
    backupChunks: backupChunks.length,
    overall: result.overall,
    overallText: result.overallText,
  };
  const meta: RunMeta = {
    version: 1,
    owned: { fingerprintChunks: currentChunks.length, summarySheet },
    run: { ...runBase, status: "færdig" },
    mapping: input.mapping ?? layout.state?.meta.mapping,
  };
  // While the write is under way, column A still holds the previous fingerprints.
  const started: RunMeta = {
    ...meta,
    owned: {
      fingerprintChunks: layout.state?.meta.owned.fingerprintChunks ?? 0,
      summarySheet: layout.state?.meta.owned.summarySheet,
    },
    run: { ...runBase, status: "i gang" },
  };

  const ops: WriteOp[] = [];
  const stateRows =
    Math.max(oldRows, currentChunks.length, previousChunks.length, backupChunks.length) + 1;
  // 1. The add-in's own sheet: the backup and the "i gang" marker go first.
  if (!layout.state) ops.push({ kind: "addSheet", sheet: STATE_SHEET, hidden: true });
  ops.push({
    kind: "clear",
    block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 2, rowCount: stateRows, columnCount: 1 },
  });
  ops.push({
    kind: "values",
    block: { sheet: STATE_SHEET, rowIndex: 0, columnIndex: 0 },
    values: [[cellValue(JSON.stringify(started))]],
  });
  if (backupChunks.length > 0) {
    ops.push({
      kind: "values",
      block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 2 },
      values: backupChunks.map((c) => [cellValue(c)]),
    });
  }

  // 2. The goal table's output columns.
  for (const role of added) {
    if (source.source === "table")
      ops.push({ kind: "addTableColumn", table: source.name, header: OUTPUT_HEADERS[role] });
    else {
      ops.push({
        kind: "values",
        block: {
          sheet: source.sheet,
          rowIndex: source.headerRowIndex,
          columnIndex: sheetColumn(role),
        },
        values: [[OUTPUT_HEADERS[role]]],
      });
      ops.push({
        kind: "style",
        block: {
          sheet: source.sheet,
          rowIndex: source.headerRowIndex,
          columnIndex: sheetColumn(role),
          rowCount: 1,
          columnCount: 1,
        },
        bold: true,
      });
    }
  }
  if (rows > 0) {
    for (const role of OUTPUT_ROLES) {
      ops.push({
        kind: "values",
        block: { sheet: source.sheet, rowIndex: bodyRow, columnIndex: sheetColumn(role) },
        values: columnValues[role],
      });
    }
    const column = (role: OutputRole) => ({
      sheet: source.sheet,
      rowIndex: bodyRow,
      columnIndex: sheetColumn(role),
      rowCount: rows,
      columnCount: 1,
    });
    ops.push({ kind: "numberFormat", block: column("outFulfilment"), format: PERCENT_FORMAT });
    ops.push({
      kind: "conditionalFormats",
      block: column("outFulfilment"),
      rules: [{ kind: "trafficLights", yellowFrom: 0.5, greenFrom: 1 }],
    });
    ops.push({ kind: "conditionalFormats", block: column("outStatus"), rules: statusRules() });
    if (added.includes("outExplanation"))
      ops.push({ kind: "style", block: column("outExplanation"), columnWidth: 360 });
  }

  // 3. The summary sheet and its charts.
  if (runBase.summaryCreated) ops.push({ kind: "addSheet", sheet: summarySheet, hidden: false });
  ops.push(
    ...summaryOps({
      sheet: summarySheet,
      result,
      // The table as it is after the run, output columns included, so a re-run shows the same address.
      goalTableAddress: qualifiedAddress(
        source.sheet,
        rangeAddress(
          source.headerRowIndex,
          source.firstColumnIndex,
          rows + 1,
          Math.max(source.headers.length, outLast - source.firstColumnIndex + 1)
        )
      ),
      now: input.now,
      existingCharts: layout.summary.charts,
      previousBox: previousSummary?.used
        ? {
            rowCount: previousSummary.used.rowIndex + previousSummary.used.rowCount,
            columnCount: previousSummary.used.columnIndex + previousSummary.used.columnCount,
          }
        : null,
    })
  );

  // 4. Fingerprints of what was written, and the "færdig" marker last.
  ops.push({
    kind: "clear",
    block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 0, rowCount: stateRows, columnCount: 2 },
  });
  if (currentChunks.length > 0) {
    ops.push({
      kind: "values",
      block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 0 },
      values: currentChunks.map((c) => [cellValue(c)]),
    });
  }
  if (previousChunks.length > 0) {
    ops.push({
      kind: "values",
      block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 1 },
      values: previousChunks.map((c) => [cellValue(c)]),
    });
  }
  ops.push({
    kind: "values",
    block: { sheet: STATE_SHEET, rowIndex: 0, columnIndex: 0 },
    values: [[cellValue(JSON.stringify(meta))]],
  });

  return { ops, conflicts, blocking, backup, meta, summarySheet, cellsWritten };
}
