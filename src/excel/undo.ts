// Fortryd seneste kørsel: puts back every cell value the last run replaced, removes the columns and the sheet it
// added, and hands ownership back to the run before. The same operations roll back a run whose write failed
// half-way, so the workbook is left as it was before, never half-written. The same for every writer.
// Pure: returns the operations.
import { parseAddress } from "../core/address";
import type { WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import {
  encodeFingerprints,
  STATE_SHEET,
  type BackupBlock,
  type CellContent,
  type RunMeta,
} from "./state";
import { cellValue } from "./textSafety";

function restoreValue(content: CellContent | null): string | number | boolean | null {
  if (content === null) return null; // unchanged by the run: leave it
  if ("formula" in content) return content.formula;
  return cellValue(content.value);
}

export interface UndoInput {
  meta: RunMeta;
  backup: BackupBlock[];
  layout: WorkbookLayout;
  /** Fingerprints of the run before the undone one. */
  previousFingerprintChunks: string[];
}

export function undoOps(input: UndoInput): WriteOp[] {
  const run = input.meta.run;
  if (!run) return [];
  const ops: WriteOp[] = [];
  const ownSheet = run.sheet;

  for (const block of input.backup) {
    if (block.sheet === ownSheet) continue;
    ops.push({
      kind: "formulas",
      block: { sheet: block.sheet, rowIndex: block.rowIndex, columnIndex: block.columnIndex },
      formulas: block.cells.map((row) => row.map(restoreValue)),
    });
  }

  if (run.table?.source === "table") {
    // Only columns that are there: a run that failed half-way may not have added them all.
    const table = run.table;
    const present = new Set(input.layout.tables.find((t) => t.name === table.name)?.headers ?? []);
    for (const header of [...run.addedColumns].reverse()) {
      if (present.has(header)) ops.push({ kind: "deleteTableColumn", table: table.name, header });
    }
  } else if (run.table && run.addedColumnsAddress) {
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
    if (run.sheetCreated) {
      ops.push({ kind: "deleteSheet", sheet: ownSheet });
    } else {
      if (current.used) {
        // Values only: the sheet keeps the run's formats, which are the previous run's when the layout is the same.
        ops.push({
          kind: "clear",
          applyTo: "Contents",
          block: {
            sheet: ownSheet,
            rowIndex: 0,
            columnIndex: 0,
            rowCount: current.used.rowIndex + current.used.rowCount,
            columnCount: current.used.columnIndex + current.used.columnCount,
          },
        });
      }
      for (const block of input.backup.filter((b) => b.sheet === ownSheet)) {
        ops.push({
          kind: "formulas",
          block: { sheet: ownSheet, rowIndex: block.rowIndex, columnIndex: block.columnIndex },
          formulas: block.cells.map((row) => row.map((c) => (c === null ? "" : restoreValue(c)))),
        });
      }
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
    owned: { fingerprintChunks: previous.length, sheets: run.previousOwnedSheets },
    lastGoalRun: input.meta.lastGoalRun,
    mapping: input.meta.mapping,
  };
  ops.push({
    kind: "clear",
    block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 0, rowCount: rows, columnCount: 3 },
  });
  if (previous.length > 0) {
    ops.push({
      kind: "values",
      block: { sheet: STATE_SHEET, rowIndex: 1, columnIndex: 0 },
      values: previous.map((c) => [cellValue(c)]),
    });
  }
  ops.push({
    kind: "values",
    block: { sheet: STATE_SHEET, rowIndex: 0, columnIndex: 0 },
    values: [[cellValue(JSON.stringify(meta))]],
  });
  return ops;
}
