// Comparing two pictures of a workbook (the in-memory host's snapshot()), cell by cell, for the reliability tests:
// which cells, tables, sheets, conditional formats, column widths and charts changed between before and after.
import type { CellSnapshot, HostSnapshot, SheetSnapshot, TableSnapshot } from "../../src/host";

export interface Change {
  /** "Mål!C4", "Mål!#cf", "#tables/Maal", "#sheets" … */
  where: string;
  sheet?: string;
  /** For cell changes: zero-based row and column. */
  row?: number;
  column?: number;
  before: unknown;
  after: unknown;
}

const CELL_FIELDS: (keyof CellSnapshot)[] = [
  "value",
  "formula",
  "valueType",
  "text",
  "numberFormat",
  "fill",
  "fontColor",
  "bold",
  "italic",
];

function cellKey(c: CellSnapshot | undefined) {
  if (!c) return undefined;
  const out: Record<string, unknown> = {};
  for (const f of CELL_FIELDS) if (c[f] !== undefined) out[f] = c[f];
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Host ids (conditional formats, charts, tables, sheets) are numbered anew when replaced: compare without them. */
function withoutIds<T extends { id?: string }>(items: T[]): Omit<T, "id">[] {
  return items.map((item) => without(item, "id"));
}

/** A copy of `item` without `key`. */
export function without<T extends object, K extends keyof T>(item: T, key: K): Omit<T, K> {
  const copy = { ...item };
  delete copy[key];
  return copy;
}

function sheetChanges(a: SheetSnapshot | undefined, b: SheetSnapshot | undefined): Change[] {
  const name = (a ?? b)!.name;
  const changes: Change[] = [];
  if (!a || !b) {
    // A sheet that came or went: the sheet, and each of its cells (so a check on cells sees new sheets too).
    const changes: Change[] = [
      { where: `${name}`, sheet: name, before: a ? "sheet" : null, after: b ? "sheet" : null },
    ];
    for (const c of (a ?? b)!.cells) {
      changes.push({
        where: `${name}!${c.address}`,
        sheet: name,
        row: c.row,
        column: c.column,
        before: a ? cellKey(c) : null,
        after: b ? cellKey(c) : null,
      });
    }
    return changes;
  }
  for (const field of ["position", "visibility", "protected", "autoFilter"] as const) {
    if (a[field] !== b[field])
      changes.push({ where: `${name}#${field}`, sheet: name, before: a[field], after: b[field] });
  }
  const cellsA = new Map(a.cells.map((c) => [c.address, c]));
  const cellsB = new Map(b.cells.map((c) => [c.address, c]));
  for (const address of new Set([...cellsA.keys(), ...cellsB.keys()])) {
    const ca = cellsA.get(address);
    const cb = cellsB.get(address);
    const ka = cellKey(ca);
    const kb = cellKey(cb);
    if (!same(ka, kb)) {
      const ref = (ca ?? cb)!;
      changes.push({
        where: `${name}!${address}`,
        sheet: name,
        row: ref.row,
        column: ref.column,
        before: ka ?? null,
        after: kb ?? null,
      });
    }
  }
  if (!same(a.columnWidths, b.columnWidths))
    changes.push({
      where: `${name}#columnWidths`,
      sheet: name,
      before: a.columnWidths,
      after: b.columnWidths,
    });
  const cfA = withoutIds(a.conditionalFormats);
  const cfB = withoutIds(b.conditionalFormats);
  if (!same(cfA, cfB))
    changes.push({ where: `${name}#conditionalFormats`, sheet: name, before: cfA, after: cfB });
  const chA = withoutIds(a.charts);
  const chB = withoutIds(b.charts);
  if (!same(chA, chB))
    changes.push({ where: `${name}#charts`, sheet: name, before: chA, after: chB });
  return changes;
}

function tableKey(t: TableSnapshot) {
  return without(t, "id");
}

/** Every difference between two snapshots (host ids ignored). Sheets are matched by name. */
export function diffSnapshots(
  before: HostSnapshot,
  after: HostSnapshot,
  options: { ignoreSheets?: string[] } = {}
): Change[] {
  const ignore = new Set(options.ignoreSheets ?? []);
  const changes: Change[] = [];
  const namesA = before.sheets.map((s) => s.name).filter((n) => !ignore.has(n));
  const namesB = after.sheets.map((s) => s.name).filter((n) => !ignore.has(n));
  if (!same(namesA, namesB)) changes.push({ where: "#sheets", before: namesA, after: namesB });
  if (before.activeSheet !== after.activeSheet)
    changes.push({ where: "#activeSheet", before: before.activeSheet, after: after.activeSheet });
  for (const name of new Set([...namesA, ...namesB])) {
    changes.push(
      ...sheetChanges(
        before.sheets.find((s) => s.name === name),
        after.sheets.find((s) => s.name === name)
      )
    );
  }
  const tablesA = new Map(before.tables.map((t) => [t.name, tableKey(t)]));
  const tablesB = new Map(after.tables.map((t) => [t.name, tableKey(t)]));
  for (const name of new Set([...tablesA.keys(), ...tablesB.keys()])) {
    if (!same(tablesA.get(name), tablesB.get(name)))
      changes.push({
        where: `#tables/${name}`,
        before: tablesA.get(name) ?? null,
        after: tablesB.get(name) ?? null,
      });
  }
  return changes;
}

/** A short, readable list of changes for assertion messages. */
export function describeChanges(changes: Change[], max = 12): string {
  const lines = changes
    .slice(0, max)
    .map((c) => `${c.where}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
  if (changes.length > max) lines.push(`… and ${changes.length - max} more`);
  return lines.join("\n");
}

/** The snapshot without the given sheets (for comparisons that leave the add-in's own hidden sheet out). */
export function withoutSheets(snapshot: HostSnapshot, names: string[]): HostSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets
      .filter((s) => !names.includes(s.name))
      .map((s, position) => ({ ...s, position })),
  };
}
