// Output columns the add-in owns inside a user's table (the goal table's Opfyldelse/Status/Forklaring, the key
// table's Beregnet andel/Beregnet beløb/Pr. rate). One implementation of the safety rules for all of them:
//  - a missing column is added at the right of the table, only where the cells are empty (else: blocking error);
//  - a non-empty cell the add-in did not write is a conflict (fingerprints tell the add-in's own values apart);
//  - every cell whose content changes is kept in the backup for Fortryd;
//  - values are text-safe (textSafety.ts).
// Pure: reads what the caller read, returns operations.
import { toRawCell } from "../../core/numbers";
import { cellAddress, rangeAddress } from "../../core/address";
import { normaliseHeader } from "../../core/headers";
import { cellError, type MessageLocale } from "../../core/messages";
import type { CellError, RawCell } from "../../core/model";
import type { TableSource, WorkbookLayout } from "./layout";
import type { ConditionalRule, WriteOp } from "./ops";
import type { BlockRead, BlockData } from "./readRanges";
import { estimateBytesPerRow } from "./readRanges";
import { cellContent, fingerprint, type BackupBlock, type CellContent, type Writer } from "./state";
import { cellValue } from "./textSafety";
import { MAX_COLUMN_POINTS, MIN_COLUMN_POINTS, shownText, textWidthPoints } from "./widths";

export interface OutputColumn {
  /** Stable id, part of the fingerprint ("outStatus", "allocAmount"). */
  key: string;
  /** Header written when the column is added. */
  header: string;
  /** Header texts that count as this column when the table already has it. */
  aliases: string[];
}

/**
 * One column the add-in owns in a user's table, whole: how it is found (key, header, aliases), what it holds for each
 * row the run fills (`value`, from that row's result), and how it looks. A writer lists its columns as these records;
 * adding a column is adding a record.
 */
export interface OwnedColumn<Row> extends OutputColumn {
  /** The cell's value for a row the run fills; rows it does not fill are cleared. */
  value: (row: Row) => string | number;
  numberFormat?: string;
  rules?: ConditionalRule[];
  /**
   * Largest width in points when the column is added. An added column is as wide as its header and widest value
   * (widths.ts), up to this (default MAX_COLUMN_POINTS); never changed on a re-run: the user may have resized it.
   */
  widthWhenAdded?: number;
}

/** An added column's width: its bold header and its widest shown value, at most the column's cap. */
function addedWidth<Row>(column: OwnedColumn<Row>, values: (string | number)[]): number {
  const chars = Math.max(
    0,
    ...values.map((v) => [...shownText(v, column.numberFormat ?? "General")].length)
  );
  const need = Math.max(
    MIN_COLUMN_POINTS,
    textWidthPoints([...column.header].length, true),
    textWidthPoints(chars)
  );
  return Math.min(column.widthWhenAdded ?? MAX_COLUMN_POINTS, need);
}

/** The values of each owned column, one per body row (`undefined`: a row the run does not fill). */
export function columnOutputs<Row>(
  columns: OwnedColumn<Row>[],
  rows: (Row | undefined)[]
): ColumnOutput[] {
  return columns.map((column) => ({
    column,
    values: rows.map((row) => (row === undefined ? "" : column.value(row))),
    numberFormat: column.numberFormat,
    rules: column.rules,
    widthWhenAdded: addedWidth(
      column,
      rows.flatMap((row) => (row === undefined ? [] : [column.value(row)]))
    ),
  }));
}

export interface Placement {
  /** Table-relative column index. */
  column: number;
  exists: boolean;
}

/** Where each output column is (the table has it) or goes (right after the last column, in order). */
export function placeOutputs(headers: string[], columns: OutputColumn[]): Placement[] {
  const keys = headers.map(normaliseHeader);
  let next = headers.length;
  return columns.map((c) => {
    const found = keys.findIndex((k) => c.aliases.map(normaliseHeader).includes(k));
    return found >= 0 ? { column: found, exists: true } : { column: next++, exists: false };
  });
}

export interface OutputCells {
  placement: Placement[];
  /** Header cells where missing columns will go. */
  headerValues: RawCell[];
  /** Current values and formulas per body row, one entry per output column. */
  values: RawCell[][];
  formulas: unknown[][];
  /** Current value types per body row ("Error" tells #N/A the error from the text "#N/A"). */
  valueTypes?: unknown[][];
  /** Current number formats per body row, one entry per output column (for Fortryd). */
  numberFormats?: unknown[][];
  /** Per output column: the types of the conditional formats on its body cells now (see queueOutputFormats). */
  ruleTypes?: string[][];
  /** Per output column: the width of its sheet column now, in points. */
  widths?: number[];
}

function span(placement: Placement[]) {
  const cols = placement.map((p) => p.column);
  return { first: Math.min(...cols), last: Math.max(...cols) };
}

function windowSample(
  layout: WorkbookLayout,
  source: TableSource,
  first: number,
  width: number
): RawCell[][] {
  const sheet = layout.sheets.find((s) => s.name === source.sheet);
  if (!sheet?.used) return [];
  const rows: RawCell[][] = [];
  for (let r = 0; r < Math.min(200, source.bodyRowCount + 1); r++) {
    const row = sheet.window[source.headerRowIndex - sheet.used.rowIndex + r];
    if (!row) break;
    rows.push(
      Array.from(
        { length: width },
        (_, c) => row[source.firstColumnIndex + first - sheet.used!.columnIndex + c] ?? null
      )
    );
  }
  return rows;
}

/** The block to read: header row and body of the output columns (and the empty cells where new ones go). */
export function outputBlock(
  layout: WorkbookLayout,
  source: TableSource,
  placement: Placement[]
): BlockRead {
  const { first, last } = span(placement);
  const width = last - first + 1;
  return {
    sheet: source.sheet,
    rowIndex: source.headerRowIndex,
    columnIndex: source.firstColumnIndex + first,
    rowCount: source.bodyRowCount + 1,
    columnCount: width,
    // Where no output column exists yet the cells must only be seen to be empty; existing ones are read whole, for
    // the backup (formulas, number formats, error values).
    properties: placement.some((p) => p.exists)
      ? ["values", "formulas", "numberFormat", "valueTypes"]
      : ["values"],
    bytesPerRow: estimateBytesPerRow(
      windowSample(layout, source, first, width),
      width,
      placement.some((p) => p.exists) ? 4 : 1
    ),
  };
}

/**
 * Queues, for the caller's next sync, what Fortryd needs to put the output columns' formats back: the conditional
 * formats on each column's body cells and each column's width. Call the returned function after that sync.
 */
export function queueOutputFormats(
  context: Excel.RequestContext,
  source: TableSource,
  placement: Placement[]
): () => Pick<OutputCells, "ruleTypes" | "widths"> {
  const sheet = context.workbook.worksheets.getItem(source.sheet);
  const loads = placement.map((p) => {
    const column = source.firstColumnIndex + p.column;
    const body =
      source.bodyRowCount > 0
        ? sheet.getRangeByIndexes(source.headerRowIndex + 1, column, source.bodyRowCount, 1)
        : null;
    const rules = body ? body.conditionalFormats.load("items/type") : null;
    const top = sheet.getRangeByIndexes(0, column, 1, 1);
    const format = top.format.load("columnWidth");
    return { rules, format };
  });
  return () => ({
    ruleTypes: loads.map((l) => (l.rules ? l.rules.items.map((cf) => String(cf.type)) : [])),
    widths: loads.map((l) => l.format.columnWidth),
  });
}

/**
 * What queueOutputFormats read, or nothing when its sync did not bring it (a read retried after a payload error):
 * then the run formats as before and Fortryd puts back values and number formats only.
 */
export function readQueued(
  read: () => Pick<OutputCells, "ruleTypes" | "widths">
): Pick<OutputCells, "ruleTypes" | "widths"> {
  try {
    return read();
  } catch {
    return {};
  }
}

export function outputCells(
  data: BlockData,
  placement: Placement[],
  bodyRows: number
): OutputCells {
  const { first } = span(placement);
  const values = (data.values ?? []) as unknown[][];
  const formulas = (data.formulas ?? []) as unknown[][];
  const pick = (rows: unknown[][], r: number) => placement.map((p) => rows[r]?.[p.column - first]);
  const formats = data.numberFormat as unknown[][] | undefined;
  const types = data.valueTypes as unknown[][] | undefined;
  return {
    placement,
    headerValues: pick(values, 0).map(toRawCell),
    values: Array.from({ length: bodyRows }, (_, r) => pick(values, r + 1).map(toRawCell)),
    formulas: Array.from({ length: bodyRows }, (_, r) => pick(formulas, r + 1)),
    numberFormats: formats
      ? Array.from({ length: bodyRows }, (_, r) => pick(formats, r + 1))
      : undefined,
    valueTypes: types ? Array.from({ length: bodyRows }, (_, r) => pick(types, r + 1)) : undefined,
  };
}

export interface Conflict {
  sheet: string;
  cell: string;
  /** What the user has there now, as text. */
  current: string;
  /** What the run would write. */
  next: string;
}

export interface ColumnOutput {
  column: OutputColumn;
  /** One value per body row; "" clears. */
  values: (string | number)[];
  numberFormat?: string;
  rules?: ConditionalRule[];
  /** Width in points when the column is added (fitted to its header and values; never changed on a re-run). */
  widthWhenAdded?: number;
}

export interface TableOutputInput {
  source: TableSource;
  cells: OutputCells;
  outputs: ColumnOutput[];
  /** Identity of each body row, surviving sorting ("" for rows the run does not fill). */
  rowKeys: string[];
  /** Fingerprints of what the add-in wrote before. */
  owned: Set<string>;
  writer: Writer;
  locale: MessageLocale;
}

export interface TableOutputPlan {
  ops: WriteOp[];
  conflicts: Conflict[];
  blocking: CellError[];
  backup: BackupBlock | null;
  fingerprints: string[];
  /** Headers of the columns the run adds. */
  added: string[];
  /** Sheet address of the added columns with their header, for Fortryd on a plain range. */
  addedColumnsAddress?: string;
  /** Sheet column index just right of the last output column (the table's width after the run). */
  endColumnIndex: number;
  cellsWritten: number;
}

function sameValue(current: RawCell, next: string | number): boolean {
  if (current === null || current === "") return next === "";
  if (typeof next === "number" && typeof current === "number") {
    return Number(current.toPrecision(12)) === Number(next.toPrecision(12));
  }
  return String(current) === String(next);
}

const textOf = (v: RawCell | string | number): string => (v === null ? "" : String(v));

/** The Office.js type of the conditional format a rule becomes (write.ts). */
function ruleType(rule: ConditionalRule): string {
  return rule.kind === "trafficLights" ? "IconSet" : "ContainsText";
}

function sameTypes(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

export function planOutputColumns(input: TableOutputInput): TableOutputPlan {
  const { source, cells, outputs, owned, locale } = input;
  const rows = source.bodyRowCount;
  const bodyRow = source.headerRowIndex + 1;
  const sheetColumn = (i: number) => source.firstColumnIndex + cells.placement[i].column;
  const blocking: CellError[] = [];
  const conflicts: Conflict[] = [];
  const fingerprints: string[] = [];

  // Columns to add: their header cells and body cells must be empty (they belong to the user otherwise).
  const addedIndexes = outputs.map((_, i) => i).filter((i) => !cells.placement[i].exists);
  for (const i of addedIndexes) {
    const column = [cells.headerValues[i], ...cells.values.map((v) => v[i])];
    const firstUsed = column.findIndex((v) => v !== null && v !== "");
    if (firstUsed >= 0) {
      blocking.push(
        cellError(
          locale,
          source.sheet,
          cellAddress(source.headerRowIndex + firstUsed, sheetColumn(i)),
          "occupied-output",
          {
            column: outputs[i].column.header,
          }
        )
      );
    }
  }

  const columnIndexes = outputs.map((_, i) => sheetColumn(i));
  const first = Math.min(...columnIndexes);
  const last = Math.max(...columnIndexes);
  const backupCells: (CellContent | null)[][] = [];
  const columnValues = outputs.map(() => [] as (string | number | boolean | null)[][]);
  let cellsWritten = 0;
  for (let r = 0; r < rows; r++) {
    const key = input.rowKeys[r] ?? "";
    const backupRow: (CellContent | null)[] = new Array(last - first + 1).fill(null);
    outputs.forEach((output, i) => {
      const current = cells.values[r]?.[i] ?? null;
      const value = output.values[r] ?? "";
      columnValues[i].push([cellValue(value)]);
      cellsWritten++;
      if (value !== "") fingerprints.push(fingerprint(input.writer, key, output.column.key, value));
      if (sameValue(current, value)) return;
      // A column the run adds goes away whole on Fortryd: its (empty) cells need no backup.
      if (!cells.placement[i].exists) return;
      // An empty cell is backed up as "" so Fortryd clears what the run put there.
      backupRow[sheetColumn(i) - first] = cellContent(
        current,
        cells.formulas[r]?.[i],
        cells.valueTypes?.[r]?.[i]
      ) ?? {
        value: "",
      };
      if (current === null || current === "") return;
      if (owned.has(fingerprint(input.writer, key, output.column.key, current))) return;
      conflicts.push({
        sheet: source.sheet,
        cell: cellAddress(bodyRow + r, sheetColumn(i)),
        current: textOf(current),
        next: textOf(value),
      });
    });
    backupCells.push(backupRow);
  }
  // Formats, so Fortryd gives existing columns back as they were: their number formats, and no conditional formats
  // where they had none. A column that already carries someone else's rules keeps them: the run leaves its rules
  // out there rather than delete the user's. Added columns go away whole; only their width needs putting back.
  const formatRows: (string | null)[][] = Array.from({ length: rows }, () =>
    new Array<string | null>(last - first + 1).fill(null)
  );
  const ruleFreeColumns: number[] = [];
  const ownRules: { columnIndex: number; rules: ConditionalRule[] }[] = [];
  const columnWidths: { columnIndex: number; points: number }[] = [];
  const applyRules = outputs.map((output, i) => {
    if (!output.rules) return false;
    const before = cells.ruleTypes?.[i];
    if (!cells.placement[i].exists || before === undefined) return true;
    if (before.length === 0) {
      ruleFreeColumns.push(sheetColumn(i));
      return true;
    }
    // The same rules as the add-in's own (an earlier run's): drawn again, and again by Fortryd if the write stops
    // half-way through them.
    const own = sameTypes(before, output.rules.map(ruleType));
    if (own) ownRules.push({ columnIndex: sheetColumn(i), rules: output.rules });
    return own;
  });
  outputs.forEach((output, i) => {
    if (cells.placement[i].exists && output.numberFormat && cells.numberFormats) {
      for (let r = 0; r < rows; r++) {
        const previous = String(cells.numberFormats[r]?.[i] ?? "General");
        if (previous !== output.numberFormat) formatRows[r][sheetColumn(i) - first] = previous;
      }
    }
    const width = cells.widths?.[i];
    if (!cells.placement[i].exists && output.widthWhenAdded && width !== undefined)
      columnWidths.push({ columnIndex: sheetColumn(i), points: width });
  });
  const formatsChanged = formatRows.some((row) => row.some((f) => f !== null));
  const backup: BackupBlock | null =
    backupCells.some((row) => row.some((c) => c !== null)) ||
    formatsChanged ||
    ruleFreeColumns.length > 0 ||
    ownRules.length > 0 ||
    columnWidths.length > 0
      ? {
          sheet: source.sheet,
          rowIndex: bodyRow,
          columnIndex: first,
          cells: backupCells,
          ...(formatsChanged ? { numberFormats: formatRows } : {}),
          ...(ruleFreeColumns.length > 0 ? { ruleFreeColumns } : {}),
          ...(ownRules.length > 0
            ? { ownRules: ownRules as unknown as BackupBlock["ownRules"] }
            : {}),
          ...(columnWidths.length > 0 ? { columnWidths } : {}),
        }
      : null;

  // The table must still be there: a user who deleted it since the read gets ItemNotFound before any of its cells
  // (cleared by the deletion) are written again.
  const ops: WriteOp[] =
    source.source === "table" ? [{ kind: "requireTable", table: source.name }] : [];
  for (const i of addedIndexes) {
    const header = outputs[i].column.header;
    if (source.source === "table") ops.push({ kind: "addTableColumn", table: source.name, header });
    else {
      const at = {
        sheet: source.sheet,
        rowIndex: source.headerRowIndex,
        columnIndex: sheetColumn(i),
      };
      ops.push({ kind: "values", block: at, values: [[cellValue(header)]] });
      ops.push({ kind: "style", block: { ...at, rowCount: 1, columnCount: 1 }, bold: true });
    }
  }
  if (rows > 0) {
    outputs.forEach((output, i) => {
      const block = { sheet: source.sheet, rowIndex: bodyRow, columnIndex: sheetColumn(i) };
      const column = { ...block, rowCount: rows, columnCount: 1 };
      ops.push({ kind: "values", block, values: columnValues[i] });
      if (output.numberFormat)
        ops.push({ kind: "numberFormat", block: column, format: output.numberFormat });
      if (output.rules && applyRules[i])
        ops.push({ kind: "conditionalFormats", block: column, rules: output.rules });
      // Only where the width before is known (cells.widths), so Fortryd can give it back.
      if (output.widthWhenAdded && !cells.placement[i].exists && cells.widths?.[i] !== undefined)
        ops.push({ kind: "style", block: column, columnWidth: output.widthWhenAdded });
    });
  }
  const added = addedIndexes.map((i) => outputs[i].column.header);
  return {
    ops,
    conflicts,
    blocking,
    backup,
    fingerprints,
    added,
    addedColumnsAddress:
      source.source === "range" && addedIndexes.length > 0
        ? rangeAddress(
            source.headerRowIndex,
            sheetColumn(addedIndexes[0]),
            rows + 1,
            addedIndexes.length
          )
        : undefined,
    endColumnIndex: Math.max(source.firstColumnIndex + source.headers.length, last + 1),
    cellsWritten,
  };
}
