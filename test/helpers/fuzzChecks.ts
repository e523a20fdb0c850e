// The properties every run must keep, as reusable checks for the reliability tests: which changes a run may make
// (only the add-in's own cells, columns and sheets), and where an error may point (a real cell inside a table).
import { normaliseHeader } from "../../src/core/headers";
import type { CellError, RawTable } from "../../src/core/model";
import type { HostSnapshot } from "../../src/host";
import { diffSnapshots, without, type Change } from "./fuzzSnapshot";

export const STATE_SHEET = "Målopfyldelse_data";
export const SUMMARY_SHEETS = ["Oversigt", "Målopfyldelse oversigt"];

/** Header spellings that make a column one of the three output columns (README: Opfyldelse, Status, Forklaring). */
const OUTPUT_ALIASES = [
  ["opfyldelse", "malopfyldelse", "fulfilment", "fulfillment"],
  ["status"],
  ["forklaring", "explanation"],
];

export interface GoalTableBox {
  sheet: string;
  headerRowIndex: number;
  firstColumnIndex: number;
  headers: string[];
  rowCount: number;
}

/** Sheet columns of Opfyldelse, Status and Forklaring: where the table has them, else appended in that order. */
export function outputColumns(table: GoalTableBox): { columns: number[]; added: boolean[] } {
  const keys = table.headers.map(normaliseHeader);
  let next = table.headers.length;
  const columns: number[] = [];
  const added: boolean[] = [];
  for (const aliases of OUTPUT_ALIASES) {
    const found = keys.findIndex((k) => aliases.includes(k));
    columns.push(table.firstColumnIndex + (found >= 0 ? found : next++));
    added.push(found < 0);
  }
  return { columns, added };
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(address: string): { row: number; column: number } | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(address);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

function parseRangeAddress(address: string) {
  const [a, b] = address.split(":");
  const p = parseCell(a)!;
  const q = b ? parseCell(b)! : p;
  return { r0: p.row, c0: p.column, r1: q.row, c1: q.column };
}

/**
 * The changes a written run made that it had no business making: anything but the goal table's three output
 * columns (header cells only where it added them), the table's ref growing by those columns, its summary sheet and
 * its very hidden state sheet. `ownedSheets` are sheets the add-in made in an earlier run (it may redraw them).
 */
export function foreignChanges(
  before: HostSnapshot,
  after: HostSnapshot,
  goal: GoalTableBox & { source: "table" | "range"; name: string },
  ownedSheets: string[] = []
): Change[] {
  const { columns, added } = outputColumns(goal);
  const firstBody = goal.headerRowIndex + 1;
  const lastBody = goal.headerRowIndex + goal.rowCount;
  const beforeNames = new Set(before.sheets.map((s) => s.name.toLowerCase()));
  // The summary goes to a sheet the add-in makes or already owns; a user's own "Oversigt" (in any case) is not the
  // add-in's, nor is a sheet the add-in found under its fallback name.
  const newSummary = (name: string) =>
    !beforeNames.has(name.toLowerCase()) &&
    (SUMMARY_SHEETS.includes(name) || /^Målopfyldelse oversigt \d+$/.test(name));
  const mine = new Set([
    STATE_SHEET,
    ...ownedSheets,
    ...after.sheets.map((s) => s.name).filter(newSummary),
  ]);
  const addedCount = added.filter(Boolean).length;
  const outLetters = new Set(columns.map(columnLetter));

  return diffSnapshots(before, after).filter((change) => {
    if (change.where === "#sheets") {
      const b = change.before as string[];
      const a = change.after as string[];
      return !(
        a.slice(0, b.length).join("\u0001") === b.join("\u0001") &&
        a.slice(b.length).every((n) => mine.has(n))
      );
    }
    if (change.sheet && mine.has(change.sheet)) return false;
    if (change.sheet === goal.sheet && change.row !== undefined && change.column !== undefined) {
      if (!columns.includes(change.column)) return true;
      const i = columns.indexOf(change.column);
      if (change.row >= firstBody && change.row <= lastBody) return false;
      return !(change.row === goal.headerRowIndex && added[i]);
    }
    if (change.where === `${goal.sheet}#columnWidths`) {
      const b = change.before as Record<string, number>;
      const a = change.after as Record<string, number>;
      return [...new Set([...Object.keys(a), ...Object.keys(b)])].some(
        (letter) => a[letter] !== b[letter] && !outLetters.has(letter)
      );
    }
    if (change.where === `${goal.sheet}#conditionalFormats`) {
      // Rules may be replaced only on the output columns' body cells.
      type Cf = { address: string; priority?: number };
      const strip = (list: Cf[]) => list.map((cf) => JSON.stringify(without(cf, "priority")));
      const b = strip(change.before as Cf[]);
      const a = strip(change.after as Cf[]);
      const gone = b.filter((x) => !a.includes(x));
      const come = a.filter((x) => !b.includes(x));
      return [...gone, ...come].some((json) => {
        const cf = JSON.parse(json) as Cf;
        return cf.address.split(" ").some((area) => {
          const r = parseRangeAddress(area);
          return !(
            r.c0 === r.c1 &&
            columns.includes(r.c0) &&
            r.r0 >= firstBody &&
            r.r1 <= lastBody
          );
        });
      });
    }
    if (goal.source === "table" && change.where === `#tables/${goal.name}`) {
      type T = { address: string; columns: string[]; sheet: string };
      const b = change.before as T | null;
      const a = change.after as T | null;
      if (!a || !b) return true;
      const rb = parseRangeAddress(b.address);
      const ra = parseRangeAddress(a.address);
      return !(
        ra.r0 === rb.r0 &&
        ra.r1 === rb.r1 &&
        ra.c0 === rb.c0 &&
        ra.c1 === rb.c1 + addedCount &&
        a.columns.length === b.columns.length + addedCount &&
        a.columns.slice(0, b.columns.length).join("\u0001") === b.columns.join("\u0001")
      );
    }
    return true;
  });
}

/** A rectangle of a sheet: a table's header row and body. */
export interface Box {
  sheet: string;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function tableBox(t: RawTable | GoalTableBox, extraColumns = 0): Box {
  const width = t.headers.length + extraColumns;
  const rows = "rowCount" in t ? t.rowCount : 0;
  return {
    sheet: t.sheet,
    r0: t.headerRowIndex,
    c0: t.firstColumnIndex,
    r1: t.headerRowIndex + rows,
    c1: t.firstColumnIndex + Math.max(0, width - 1),
  };
}

/**
 * Errors that do not name a real place: a sheet of the workbook and an A1 cell inside one of the boxes (the goal
 * table, with room for the output columns it would add, or an evaluation table). "No goal table" may name A1 of
 * any sheet.
 */
export function misplacedErrors(errors: CellError[], sheets: string[], boxes: Box[]): CellError[] {
  return errors.filter((e) => {
    if (!sheets.includes(e.sheet)) return true;
    const cell = parseCell(e.cell);
    if (!cell) return true;
    if (e.code === "no-goal-table") return e.cell !== "A1";
    return !boxes.some(
      (b) =>
        b.sheet === e.sheet &&
        cell.row >= b.r0 &&
        cell.row <= b.r1 &&
        cell.column >= b.c0 &&
        cell.column <= b.c1
    );
  });
}

/** Cells the add-in wrote that hold a formula (snapshot `formula` set): it writes none on purpose. */
export function writtenFormulas(before: HostSnapshot, after: HostSnapshot): Change[] {
  return diffSnapshots(before, after).filter(
    (c) =>
      c.row !== undefined &&
      c.after !== null &&
      typeof (c.after as { formula?: string }).formula === "string"
  );
}
