// Fortryd seneste kørsel: puts back every cell value the last run replaced, removes the columns it added, empties
// the sheet it made (no sheet is ever deleted: that would clear the user's undo stack), and hands ownership back to
// the run before. The same operations roll back a run whose write failed
// half-way, so the workbook is left as it was before, never half-written. The same for every writer.
// Pure: returns the operations.
import { parseAddress } from "../../core/address";
import type { WorkbookLayout } from "./layout";
import type { ConditionalRule, WriteOp } from "./ops";
import {
  encodeFingerprints,
  STATE_SHEET,
  type BackupBlock,
  type CellContent,
  type RunMeta,
} from "./state";
import { chunkColumnOps, metaOp } from "./runState";
import { cellValue } from "./textSafety";

function restoreValue(content: CellContent | null): string | number | boolean | null {
  if (content === null) return null; // unchanged by the run: leave it
  if ("formula" in content) return content.formula;
  // Typed as it reads, "#N/A" becomes the error value again (cellValue would keep it as text).
  if ("error" in content) return content.error;
  return cellValue(content.value);
}

/** Number formats, rule-free columns and column widths as they were before the run (outputColumns.ts). */
function formatRestoreOps(block: BackupBlock): WriteOp[] {
  const ops: WriteOp[] = [];
  const rows = block.cells.length;
  const formats = block.numberFormats ?? [];
  const width = formats[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    // One operation per run of equal formats down the column.
    let start = 0;
    while (start < formats.length) {
      const format = formats[start][c];
      let end = start + 1;
      while (end < formats.length && formats[end][c] === format) end++;
      if (format !== null) {
        ops.push({
          kind: "numberFormat",
          block: {
            sheet: block.sheet,
            rowIndex: block.rowIndex + start,
            columnIndex: block.columnIndex + c,
            rowCount: end - start,
            columnCount: 1,
          },
          format,
        });
      }
      start = end;
    }
  }
  for (const columnIndex of block.ruleFreeColumns ?? []) {
    if (rows === 0) break;
    ops.push({
      kind: "conditionalFormats",
      block: {
        sheet: block.sheet,
        rowIndex: block.rowIndex,
        columnIndex,
        rowCount: rows,
        columnCount: 1,
      },
      rules: [],
    });
  }
  for (const { columnIndex, rules } of block.ownRules ?? []) {
    if (rows === 0) break;
    ops.push({
      kind: "conditionalFormats",
      block: {
        sheet: block.sheet,
        rowIndex: block.rowIndex,
        columnIndex,
        rowCount: rows,
        columnCount: 1,
      },
      rules: rules as unknown as ConditionalRule[],
    });
  }
  for (const { columnIndex, points } of block.columnWidths ?? []) {
    ops.push({
      kind: "style",
      block: { sheet: block.sheet, rowIndex: 0, columnIndex, rowCount: 1, columnCount: 1 },
      columnWidth: points,
    });
  }
  return ops;
}

export interface UndoInput {
  meta: RunMeta;
  backup: BackupBlock[];
  layout: WorkbookLayout;
  /** Fingerprints of the run before the undone one. */
  previousFingerprintChunks: string[];
}

/**
 * The add-in's sheets once the run is undone: those it had before, and the sheet the run made, now empty, while it is
 * still there (the next run of that writer draws on it instead of making another).
 */
export function ownedAfterUndo(input: UndoInput): string[] {
  const run = input.meta.run;
  if (!run) return input.meta.owned.sheets;
  const sheets = [...run.previousOwnedSheets];
  const present = input.layout.sheets.some((s) => s.name === run.sheet);
  if (run.sheet && run.sheetCreated && present && !sheets.includes(run.sheet))
    sheets.push(run.sheet);
  return sheets;
}

export function undoOps(input: UndoInput): WriteOp[] {
  const run = input.meta.run;
  if (!run) return [];
  const ops: WriteOp[] = [];
  const ownSheet = run.sheet;

  const names = input.layout.sheetNames;
  // A table the user deleted since (Excel clears its cells): its output cells are not written back either.
  const tableGone =
    run.table?.source === "table" && !input.layout.tables.some((t) => t.name === run.table!.name);
  for (const block of input.backup) {
    if (block.sheet === ownSheet) continue;
    // A sheet the user deleted since has nothing to put back (and writing to it would stop the whole undo).
    if (names && !names.includes(block.sheet)) continue;
    if (tableGone && block.sheet === run.table!.sheet) continue;
    ops.push({
      kind: "formulas",
      block: { sheet: block.sheet, rowIndex: block.rowIndex, columnIndex: block.columnIndex },
      formulas: block.cells.map((row) => row.map(restoreValue)),
    });
    ops.push(...formatRestoreOps(block));
  }

  if (run.table?.source === "table") {
    // Only columns that are there: a run that failed half-way may not have added them all.
    const table = run.table;
    const present = new Set(input.layout.tables.find((t) => t.name === table.name)?.headers ?? []);
    for (const header of [...run.addedColumns].reverse()) {
      if (present.has(header)) ops.push({ kind: "deleteTableColumn", table: table.name, header });
    }
  } else if (run.table && run.addedColumnsAddress && (!names || names.includes(run.table.sheet))) {
    const a = parseAddress(run.addedColumnsAddress);
    ops.push({
      kind: "clear",
      block: {
        sheet: run.table.sheet,
        rowIndex: a.rowIndex,
        columnIndex: a.columnIndex,
        rowCount: a.rowCount,
        columnCount: a.columnCount,
      },
    });
  }

  const current = ownSheet ? input.layout.sheets.find((s) => s.name === ownSheet) : undefined;
  if (ownSheet && current) {
    const own = input.backup.filter((b) => b.sheet === ownSheet);
    const redraw = run.sheetCreated
      ? []
      : own.flatMap((b) => (b.redraw ?? []) as unknown as WriteOp[]);
    if (current.used) {
      // With the earlier layout at hand (or none to keep: a sheet the run made) the sheet is cleared whole and
      // drawn again; without it, values only: the sheet keeps the run's formats, which are the previous run's
      // when the layout is the same.
      ops.push({
        kind: "clear",
        // A sheet that was empty before the run (made by it, or emptied by an earlier Fortryd) is left empty, formats
        // and all.
        applyTo: run.sheetCreated || redraw.length > 0 || own.length === 0 ? "All" : "Contents",
        block: {
          sheet: ownSheet,
          rowIndex: 0,
          columnIndex: 0,
          rowCount: current.used.rowIndex + current.used.rowCount,
          columnCount: current.used.columnIndex + current.used.columnCount,
        },
      });
    }
    if (run.sheetCreated || own.length === 0) {
      // The sheet the run made (or found empty: made by a run that was undone) is emptied, not deleted: Worksheet.delete has no undo support on any platform, so
      // it would clear the user's undo stack (learn.microsoft.com/office/dev/add-ins/excel/
      // excel-add-ins-undo-capabilities). It stays the add-in's, and the next run draws on it again.
      const charts = input.layout.charts[ownSheet] ?? [];
      if (charts.length > 0) ops.push({ kind: "deleteCharts", sheet: ownSheet, names: charts });
      // Clearing cells leaves a sheet's AutoFilter in place: it goes with the run that put it there.
      if (run.sheetFilter) ops.push({ kind: "autoFilter", sheet: ownSheet, range: null });
    } else {
      for (const block of own) {
        ops.push({
          kind: "formulas",
          block: { sheet: ownSheet, rowIndex: block.rowIndex, columnIndex: block.columnIndex },
          formulas: block.cells.map((row) => row.map((c) => (c === null ? "" : restoreValue(c)))),
        });
      }
      ops.push(...redraw);
    }
  }

  if (!input.layout.state) return ops; // the run failed before it wrote its own sheet
  // Ownership goes back to the run before; only one run can be undone.
  const previous = encodeFingerprints(
    input.previousFingerprintChunks
      .join(",")
      .split(",")
      .filter((x) => x !== "")
  );
  const rows =
    Math.max(
      input.meta.owned.fingerprintChunks,
      run.previousFingerprintChunks,
      run.backupChunks,
      previous.length
    ) + 1;
  const meta: RunMeta = {
    version: 1,
    owned: { fingerprintChunks: previous.length, sheets: ownedAfterUndo(input) },
    lastGoalRun: input.meta.lastGoalRun,
    mapping: input.meta.mapping,
  };
  ops.push({
    kind: "clear",
    block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 0, rowCount: rows, columnCount: 4 },
  });
  ops.push(...chunkColumnOps(0, previous), metaOp(JSON.stringify(meta)));
  return ops;
}
