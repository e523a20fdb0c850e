// A workbook as the golden test compares it: the in-memory host's snapshot (cell values, formulas, display text,
// number formats, fills, fonts, column widths, conditional formats, charts, tables, sheet names, order and
// visibility) with what differs between two identical runs taken out:
//   - host ids (numbered anew whenever something is replaced),
//   - run ids (random per run) and run times (the clock) on the add-in's state sheet.
// The state sheet is decoded here, independently of src/excel: its JSON is compared as data (key order and chunk
// boundaries are not behaviour), fingerprints as a sorted set, the backup as parsed blocks.
import { createHash } from "crypto";
import type { HostSnapshot, SheetSnapshot } from "../../src/host";

export const STATE_SHEET = "Målopfyldelse_data";
export const RUN_ID = "<run-id>";
export const RUN_TIME = "<run-time>";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Objects with sorted keys and no undefined members, so two equal values print the same. */
export function canonical(value: unknown): Json {
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) return String(value);
    if (Object.is(value, -0)) return 0;
    return value as Json;
  }
  if (Array.isArray(value)) return value.map(canonical);
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out;
}

function withoutId<T extends { id?: string }>(item: T): Omit<T, "id"> {
  const copy = { ...item };
  delete copy.id;
  return copy;
}

function columnChunks(sheet: SheetSnapshot, column: number): string {
  return sheet.cells
    .filter((c) => c.column === column && c.row >= 1 && typeof c.value === "string")
    .sort((a, b) => a.row - b.row)
    .map((c) => c.value as string)
    .join("");
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return { unparsable: text };
  }
}

/** The state sheet as data: A1's metadata, the fingerprints in A and B, the backups in C and D. */
function stateSheet(sheet: SheetSnapshot) {
  const a1 = sheet.cells.find((c) => c.address === "A1");
  const meta = parseJson(typeof a1?.value === "string" ? a1.value : "") as {
    run?: { id?: string; time?: string };
  } | null;
  // Run ids are random and run times the clock's: out (the golden test also stops the clock, see GOLDEN_NOW).
  if (meta?.run?.id !== undefined) meta.run.id = RUN_ID;
  if (meta?.run?.time !== undefined) meta.run.time = RUN_TIME;
  const lastGoalRun = (meta as { lastGoalRun?: { time?: string } } | null)?.lastGoalRun;
  if (lastGoalRun?.time !== undefined) lastGoalRun.time = RUN_TIME;
  const prints = (column: number) => {
    const text = columnChunks(sheet, column);
    return text === "" ? [] : text.split(",").sort();
  };
  // Every cell must be one of the above; anything else on the sheet is shown as it is.
  const other = sheet.cells
    .filter((c) => !(c.address === "A1" || (c.row >= 1 && c.column <= 3)))
    .map((c) => ({ address: c.address, value: c.value }));
  return {
    name: sheet.name,
    position: sheet.position,
    visibility: sheet.visibility,
    protected: sheet.protected,
    meta: canonical(meta),
    fingerprints: prints(0),
    previousFingerprints: prints(1),
    backupC: canonical(parseJson(columnChunks(sheet, 2))),
    backupD: canonical(parseJson(columnChunks(sheet, 3))),
    otherCells: other,
  };
}

function plainSheet(sheet: SheetSnapshot) {
  return canonical({
    name: sheet.name,
    position: sheet.position,
    visibility: sheet.visibility,
    protected: sheet.protected,
    usedRange: sheet.usedRange,
    columnWidths: sheet.columnWidths,
    cells: sheet.cells.map((c) => ({ ...c, row: undefined, column: undefined })),
    conditionalFormats: sheet.conditionalFormats.map(withoutId),
    charts: sheet.charts.map(withoutId),
  });
}

export interface NormalWorkbook {
  activeSheet: string;
  sheets: Record<string, Json>;
  sheetOrder: string[];
  tables: Json[];
}

export function normalise(snapshot: HostSnapshot): NormalWorkbook {
  const sheets: Record<string, Json> = {};
  for (const sheet of snapshot.sheets)
    sheets[sheet.name] = canonical(
      sheet.name === STATE_SHEET ? stateSheet(sheet) : plainSheet(sheet)
    );
  return {
    activeSheet: snapshot.activeSheet,
    sheetOrder: snapshot.sheets.map((s) => s.name),
    sheets,
    tables: snapshot.tables
      .map((t) => canonical(withoutId(t)))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
  };
}

/** sha256 of a file's bytes (to pin the input a golden was taken from). */
export const fileHash = (bytes: Uint8Array) =>
  createHash("sha256").update(bytes).digest("hex").slice(0, 16);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Cell = { address: string } & Record<string, Json>;

/** A sheet that was there before and changed: the fields that changed, and each cell that changed, before → after. */
function sheetChanges(before: Record<string, Json>, after: Record<string, Json>) {
  const changes: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === "cells" || same(before[key], after[key])) continue;
    changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  const cellsOf = (sheet: Record<string, Json>) =>
    new Map(((sheet.cells ?? []) as Cell[]).map((c) => [c.address, c]));
  const a = cellsOf(before);
  const b = cellsOf(after);
  const cells: Record<string, Json> = {};
  for (const address of new Set([...a.keys(), ...b.keys()])) {
    const ca = a.get(address);
    const cb = b.get(address);
    if (!same(ca, cb)) {
      const strip = (c: Cell | undefined) => (c ? { ...c, address: undefined } : null);
      cells[address] = canonical({ before: strip(ca), after: strip(cb) });
    }
  }
  if (Object.keys(cells).length > 0) changes.cells = cells;
  return changes;
}

/**
 * A workbook relative to the one the writer started from: "unchanged" for a sheet that is the same in everything,
 * what changed (fields, and cells before → after) for one that was there before, the whole sheet for a new one.
 * As strict as comparing whole workbooks for a fixed start (the goldens pin the sample files by hash), and small
 * enough to read in a review.
 */
export function relativeTo(start: NormalWorkbook, end: NormalWorkbook) {
  const sheets: Record<string, Json> = {};
  for (const name of end.sheetOrder) {
    const before = start.sheets[name];
    const after = end.sheets[name];
    if (before === undefined) sheets[name] = { new: after };
    else if (same(before, after)) sheets[name] = "unchanged";
    else if (name === STATE_SHEET) sheets[name] = { now: after };
    else
      sheets[name] = {
        changed: sheetChanges(before as Record<string, Json>, after as Record<string, Json>),
      };
  }
  return canonical({
    activeSheet: end.activeSheet,
    sheetOrder: end.sheetOrder,
    removedSheets: start.sheetOrder.filter((n) => !end.sheetOrder.includes(n)),
    tables: same(start.tables, end.tables) ? "unchanged" : end.tables,
    sheets,
  });
}

/**
 * JSON for a golden file: one line for every object or array that fits in 160 characters (a cell, a rule, a
 * series), so a changed cell is a changed line in the review.
 */
export function goldenText(value: unknown, indent = ""): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return "null";
  if (value === null || typeof value !== "object" || flat.length + indent.length <= 160)
    return flat;
  const inner = `${indent} `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => inner + goldenText(v, inner)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined
  );
  return `{\n${entries
    .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${goldenText(v, inner)}`)
    .join(",\n")}\n${indent}}`;
}
