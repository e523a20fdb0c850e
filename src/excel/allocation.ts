// Splitting a grant by population key in a workbook: the same scan, read, plan and write as Beregn, with the
// allocation core (src/core/allocate) in the middle. Writes three owned columns into the key table (Beregnet andel,
// Beregnet beløb, Pr. rate; on the table's own total row, the sums: the check row), and the sheet "Fordeling" with the
// parameters, the full split with a total row, the audit findings and a bar chart of the amounts.
import {
  allocate,
  auditKey,
  keyFromTable,
  looksLikeKeyTable,
  readKeyTable,
  type Allocation,
  type AuditReport,
  type Instalments,
  type KeyBasis,
  type KeyTable,
  type Method,
} from "../core/allocate";
import { normaliseHeader } from "../core/headers";
import { SHIPPED_MUNICIPALITIES } from "../core/municipalities/shipped";
import { SHIPPED_QUARTERS } from "../core/municipalities/shippedQuarters";
import type { CellError, RawTable } from "../core/model";
import { scanWorkbook, type TableSource, type WorkbookLayout } from "./layout";
import type { ChartSpec, WriteOp } from "./ops";
import {
  outputBlock,
  outputCells,
  placeOutputs,
  planOutputColumns,
  type Conflict,
  type OutputColumn,
} from "./outputColumns";
import { wholeTable, wholeTableBlock } from "./read";
import { readBlocks } from "./readRanges";
import type { ExcelRunner } from "./runner";
import { previousBox, sheetBackup, stateOps } from "./runState";
import { type BackupBlock } from "./state";
import { cellValue } from "./textSafety";
import { recoverInterruptedRun } from "./run";
import {
  ownedSheetName,
  protectedSheetFailure,
  queueProtectionCheck,
  takenSheetNames,
  writeRun,
} from "./writeRun";

export const ALLOCATION_SHEET = "Fordeling";
/** Where the allocation goes when the user has a sheet called Fordeling of their own. */
export const FALLBACK_ALLOCATION_SHEET = "Fordeling (beregnet)";
export const CHART_AMOUNTS = "Fordeling af beløb";
const SHARE_FORMAT = "0.0000 %";
const AMOUNT_FORMAT = "#,##0";

export const ALLOCATION_OUTPUTS: OutputColumn[] = [
  { key: "allocShare", header: "Beregnet andel", aliases: ["Beregnet andel", "Computed share"] },
  { key: "allocAmount", header: "Beregnet beløb", aliases: ["Beregnet beløb", "Computed amount"] },
  { key: "allocInstalment", header: "Pr. rate", aliases: ["Pr. rate", "Per instalment"] },
];

export interface AllocationRunOptions {
  /** The key table (sheet + table name, or the sheet name for a plain range); default: the first one found. */
  table?: { sheet: string; name: string };
  /** Kroner. */
  total: number;
  unit?: number;
  instalments?: Instalments;
  method?: Method;
  fixedTotal?: number;
  /** Split by population (default) or by the amounts the table states (seed 003 has no populations). */
  basis?: KeyBasis;
  /** The date of the population count ("1. januar 2018"), shown on the Fordeling sheet. */
  countDate?: string;
  /** Compute and audit, write nothing (the pane's preview while the user types). */
  dryRun?: boolean;
  overwrite?: boolean;
  locale?: "da" | "en";
  now?: Date;
  runId?: string;
  cultureInfo?: boolean;
}

export interface AllocationRunOutcome {
  status: "written" | "errors" | "conflicts" | "preview" | "failed";
  candidates: { sheet: string; name: string; source: "table" | "range" }[];
  table: { sheet: string; name: string; source: "table" | "range" } | null;
  allocation: Allocation | null;
  audit: AuditReport | null;
  errors: CellError[];
  conflicts: Conflict[];
  /** The add-in's sheet the allocation is (or would be) drawn on: Fordeling, or Fordeling (beregnet) … */
  sheet?: string;
  failure?: { code: string; message: string; restored: boolean };
}

export function keySources(layout: WorkbookLayout): TableSource[] {
  return layout.sources.filter((s) => looksLikeKeyTable(s.headers));
}

function methodText(method: Method, instalments: number, unit: number): string {
  const rates =
    instalments === 12
      ? "månedlige rater"
      : instalments === 4
        ? "kvartalsvise rater"
        : "én årlig betaling";
  const how =
    method === "largest-remainder" ? "Største rest (Hamilton)" : "Afrund hver (den gamle metode)";
  return `${how}, ${rates}, afrundet til ${unit.toLocaleString("da-DK")} kr.`;
}

/** The Fordeling sheet: parameters, the split with its total row, the audit, and the chart. Pure. */
export function allocationSheetOps(input: {
  sheet: string;
  allocation: Allocation;
  audit: AuditReport;
  key: KeyTable;
  countDate?: string;
  now: Date;
  existingCharts: string[];
  previousBox: { rowCount: number; columnCount: number } | null;
}): WriteOp[] {
  const { sheet, allocation: a, audit } = input;
  const rows: (string | number | boolean | null)[][] = [];
  const put = (r: number, values: (string | number | null)[]) => {
    while (rows.length <= r) rows.push(new Array(6).fill(""));
    values.forEach((v, c) => (rows[r][c] = v === null ? "" : cellValue(v)));
  };
  put(0, ["Fordeling efter indbyggertal"]);
  put(1, ["Nøgle", `${input.key.sheet}`]);
  put(2, ["Indbyggertal pr.", input.countDate ?? ""]);
  put(3, ["Total (kr.)", a.total]);
  put(4, ["Afrunding (kr.)", a.unit]);
  put(5, ["Rater pr. år", a.instalments]);
  put(6, ["Metode", methodText(a.method, a.instalments, a.unit)]);
  put(7, ["", a.sentence]);
  const head = 9;
  // Kommune and Beløb side by side: the chart reads them as one block.
  put(head, ["Kommune", "Beløb (kr.)", "Pr. rate (kr.)", "Andel", "Indbyggere", "Afrunding (kr.)"]);
  a.rows.forEach((r, i) =>
    put(head + 1 + i, [r.name, r.amount, r.instalment, r.share, r.population, r.adjustment])
  );
  const totalRow = head + 1 + a.rows.length;
  put(totalRow, [
    "I alt",
    a.sum,
    a.instalmentSum,
    a.rows.reduce((s, r) => s + r.share, 0),
    a.rows.reduce((s, r) => s + r.population, 0),
    a.rows.reduce((s, r) => s + r.adjustment, 0),
  ]);
  put(totalRow + 1, ["Forskel fra totalen (kr.)", a.difference]);
  const auditRow = totalRow + 3;
  put(auditRow, ["Revision af nøglen", audit.summary]);
  audit.findings.forEach((f, i) =>
    put(auditRow + 1 + i, [
      f.severity === "discrepancy" ? "Afvigelse" : "Bemærkning",
      `${f.sheet}!${f.cell}`,
      f.message,
    ])
  );

  const block = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => ({
    sheet,
    rowIndex,
    columnIndex,
    rowCount,
    columnCount,
  });
  const n = a.rows.length;
  const ops: WriteOp[] = [];
  if (input.previousBox)
    ops.push({
      kind: "clear",
      block: block(0, 0, input.previousBox.rowCount, Math.max(6, input.previousBox.columnCount)),
    });
  ops.push({ kind: "values", block: { sheet, rowIndex: 0, columnIndex: 0 }, values: rows });
  ops.push({ kind: "style", block: block(0, 0, 1, 1), bold: true, fontSize: 14 });
  ops.push({ kind: "numberFormat", block: block(3, 1, 2, 1), format: AMOUNT_FORMAT });
  ops.push({ kind: "style", block: block(head, 0, 1, 6), bold: true, fill: "#D9E1F2" });
  ops.push({ kind: "style", block: block(totalRow, 0, 2, 6), bold: true });
  ops.push({ kind: "style", block: block(auditRow, 0, 1, 2), bold: true });
  ops.push({ kind: "numberFormat", block: block(head + 1, 1, n + 2, 2), format: AMOUNT_FORMAT });
  ops.push({ kind: "numberFormat", block: block(head + 1, 3, n + 1, 1), format: SHARE_FORMAT });
  ops.push({ kind: "numberFormat", block: block(head + 1, 4, n + 1, 1), format: AMOUNT_FORMAT });
  ops.push({ kind: "numberFormat", block: block(head + 1, 5, n + 1, 1), format: "#,##0.00" });
  ops.push({ kind: "style", block: block(0, 0, 1, 1), columnWidth: 170 });
  ops.push({ kind: "style", block: block(0, 1, 1, 5), columnWidth: 95 });
  const chart: ChartSpec = {
    name: CHART_AMOUNTS,
    type: "ColumnClustered",
    title: "Beløb pr. kommune (kr.)",
    source: { sheet, rowIndex: head, columnIndex: 0, rowCount: n + 1, columnCount: 2 },
    from: "H1",
    to: "P20",
    percentAxis: false,
    exists: input.existingCharts.includes(CHART_AMOUNTS),
  };
  ops.push({ kind: "chart", sheet, spec: chart });
  return ops;
}

function keyRowKey(name: string): string {
  return normaliseHeader(name);
}

export async function runAllocationOnWorkbook(
  runner: ExcelRunner,
  options: AllocationRunOptions
): Promise<AllocationRunOutcome> {
  const locale = options.locale ?? "da";
  return runner(async (context) => {
    const scanned = await scanWorkbook(context, { cultureInfo: options.cultureInfo ?? true });
    // A preview writes nothing, so it leaves an interrupted run for the next write (or Fortryd) to undo.
    const layout = options.dryRun
      ? scanned
      : await recoverInterruptedRun(context, scanned, options.cultureInfo ?? true);
    const sources = keySources(layout);
    const candidates = sources.map((s) => ({ sheet: s.sheet, name: s.name, source: s.source }));
    const wanted = options.table;
    const source = wanted
      ? sources.find((s) => s.sheet === wanted.sheet && s.name === wanted.name)
      : sources[0];
    const empty = { candidates, allocation: null, audit: null, conflicts: [] as Conflict[] };
    if (!source) {
      const sheet = layout.sheets[0]?.name ?? "Ark1";
      return {
        ...empty,
        status: "errors",
        table: null,
        errors: [
          {
            sheet,
            cell: "A1",
            code: "no-key-table",
            message:
              locale === "da"
                ? "ingen fordelingsnøgle fundet: en tabel skal have overskrifterne Kommune og Indbyggere (eller Beløb)"
                : "no population key found: a table needs the headers Kommune and Indbyggere (or Beløb)",
          },
        ],
      };
    }
    const tableRef = { sheet: source.sheet, name: source.name, source: source.source };
    const placement = placeOutputs(source.headers, ALLOCATION_OUTPUTS);
    // The sheet the write draws, and a protection check of both sheets riding along with the read's sync.
    const sheetName = ownedSheetName(layout, ALLOCATION_SHEET, FALLBACK_ALLOCATION_SHEET);
    const lockedSheet = queueProtectionCheck(context, layout, [source.sheet, sheetName]);
    // One read: the key as the user typed it and the cells where the output columns are or go.
    const [keyData, outData] = await readBlocks(context, [
      wholeTableBlock(layout, source),
      outputBlock(layout, source, placement),
    ]);
    const inputTable = stripOutputs(
      wholeTable(source, keyData),
      placement.filter((p) => p.exists).map((p) => p.column)
    );
    const key = readKeyTable(inputTable, locale, { decimalSeparator: layout.decimalSeparator });
    if (key.errors.length > 0)
      return { ...empty, status: "errors", table: tableRef, errors: key.errors };
    const basis = options.basis ?? "population";
    const { key: popKey, errors: keyErrors } = keyFromTable(key, basis, locale);
    if (keyErrors.length > 0)
      return { ...empty, status: "errors", table: tableRef, errors: keyErrors };
    const unit = options.unit ?? 1;
    const instalments = options.instalments ?? 1;
    const method = options.method ?? "largest-remainder";
    const outcome = allocate(popKey, {
      total: options.total,
      unit,
      instalments,
      method,
      fixedTotal: options.fixedTotal,
      locale,
    });
    if (!outcome.ok) return { ...empty, status: "errors", table: tableRef, errors: outcome.errors };
    const allocation = outcome.allocation;
    // The date of the key's populations against DST's quarterly figures (this module is the Fordeling section's
    // lazily loaded chunk, so the shipped data does not weigh on the pane's first view).
    const audit = auditKey(
      key,
      { total: options.total, unit, instalments, basis, locale },
      allocation,
      { registry: SHIPPED_MUNICIPALITIES, quarterly: SHIPPED_QUARTERS }
    );
    const base = { candidates, table: tableRef, allocation, audit };

    // The three columns in the key table: one value per body row, the sums on the table's own total row.
    const byName = new Map(allocation.rows.map((r) => [keyRowKey(r.name), r]));
    const bodyRow = source.headerRowIndex + 1;
    const totalRowIndex = key.totalRow ? key.totalRow.sheetRow - 1 - bodyRow : -1;
    const names = key.rows.map((r) => ({
      index: r.sheetRow - 1 - bodyRow,
      key: keyRowKey(r.name),
    }));
    const rowKeys = new Array<string>(source.bodyRowCount).fill("");
    for (const n of names) rowKeys[n.index] = n.key;
    if (totalRowIndex >= 0) rowKeys[totalRowIndex] = "__i_alt__";
    const value = (pick: (r: Allocation["rows"][number]) => number, total: number) =>
      rowKeys.map((k) =>
        k === "__i_alt__" ? total : k ? (byName.get(k) ? pick(byName.get(k)!) : "") : ""
      );
    const cells = outputCells(outData, placement, source.bodyRowCount);
    const table = planOutputColumns({
      source,
      cells,
      outputs: [
        {
          column: ALLOCATION_OUTPUTS[0],
          values: value(
            (r) => r.share,
            allocation.rows.reduce((s, r) => s + r.share, 0)
          ),
          numberFormat: SHARE_FORMAT,
        },
        {
          column: ALLOCATION_OUTPUTS[1],
          values: value((r) => r.amount, allocation.sum),
          numberFormat: AMOUNT_FORMAT,
        },
        {
          column: ALLOCATION_OUTPUTS[2],
          values: value((r) => r.instalment, allocation.instalmentSum),
          numberFormat: AMOUNT_FORMAT,
        },
      ],
      rowKeys,
      owned: layout.state?.fingerprints ?? new Set<string>(),
      writer: "fordeling",
      locale,
    });
    if (table.blocking.length > 0)
      return { ...base, status: "errors", errors: table.blocking, conflicts: [] };
    if (options.dryRun)
      return { ...base, status: "preview", errors: [], conflicts: table.conflicts };
    if (table.conflicts.length > 0 && !options.overwrite)
      return { ...base, status: "conflicts", errors: [], conflicts: table.conflicts };

    const locked = lockedSheet();
    if (locked) {
      return {
        ...base,
        status: "failed",
        errors: [],
        conflicts: table.conflicts,
        failure: protectedSheetFailure(locked, locale),
      };
    }
    const sheetExists = takenSheetNames(layout).has(sheetName.toLowerCase());
    const backup = [table.backup, sheetBackup(layout, sheetName)].filter(
      (b): b is BackupBlock => b !== null
    );
    const state = stateOps({
      layout,
      writer: "fordeling",
      runId: options.runId ?? Math.random().toString(36).slice(2, 10),
      now: options.now ?? new Date(),
      table: tableRef,
      added: table.added,
      addedColumnsAddress: table.addedColumnsAddress,
      sheet: sheetName,
      sheetCreated: !sheetExists,
      backup,
      fingerprints: table.fingerprints,
    });
    const ops: WriteOp[] = [...state.begin, ...table.ops];
    if (!sheetExists) ops.push({ kind: "addSheet", sheet: sheetName, hidden: false });
    ops.push(
      ...allocationSheetOps({
        sheet: sheetName,
        allocation,
        audit,
        key,
        countDate: options.countDate,
        now: options.now ?? new Date(),
        existingCharts: layout.charts[sheetName] ?? [],
        previousBox: previousBox(layout, sheetName),
      }),
      ...state.end
    );
    const written = await writeRun(context, { ops, meta: state.meta, backup }, layout);
    return written.status === "written"
      ? { ...base, status: "written", errors: [], conflicts: table.conflicts, sheet: sheetName }
      : {
          ...base,
          status: "failed",
          errors: [],
          conflicts: table.conflicts,
          failure: written.failure,
        };
  });
}

/** The key as the user typed it: the add-in's own columns left out. */
function stripOutputs(table: RawTable, outputColumns: number[]): RawTable {
  if (outputColumns.length === 0) return table;
  const keep = (_: unknown, c: number) => !outputColumns.includes(c);
  return {
    ...table,
    headers: table.headers.map((h, c) => (keep(h, c) ? h : "")),
    columns: table.columns.map((col, c) => (keep(col, c) ? col : undefined)),
  };
}
