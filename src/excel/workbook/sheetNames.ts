// Names of the add-in's own sheets, the one place they are chosen. Excel's sheet names are unique regardless of case,
// hidden sheets included, so every check compares lower case against every sheet the workbook has.
import type { WorkbookLayout } from "./layout";

/** Sheet names in use, in lower case: Excel's sheet names are unique regardless of case, hidden sheets included. */
export function takenSheetNames(layout: WorkbookLayout): Set<string> {
  return new Set(
    (layout.sheetNames ?? layout.sheets.map((s) => s.name)).map((n) => n.toLowerCase())
  );
}

/** Whether the workbook has a sheet of that name (in any case, hidden or not). */
export function sheetExists(layout: WorkbookLayout, name: string): boolean {
  return takenSheetNames(layout).has(name.toLowerCase());
}

/** The first free `base N`, counting from `from`: "Scenarie 1", "Målopfyldelse oversigt 2" … */
export function numberedSheetName(layout: WorkbookLayout, base: string, from: number): string {
  const taken = takenSheetNames(layout);
  for (let n = from; ; n++) {
    const name = `${base} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * The add-in's own sheet for a writer: the one it made before, else `preferred`, else (the user has a sheet of that
 * name) `fallback`, `fallback 2`, `fallback 3` …
 */
export function ownedSheetName(
  layout: WorkbookLayout,
  preferred: string,
  fallback: string
): string {
  const owned = layout.state?.meta.owned.sheets ?? [];
  const numbered = new RegExp(`^${fallback.replace(/[()]/g, "\\$&")}( \\d+)?$`);
  const mine = owned.find((name) => name === preferred || numbered.test(name));
  if (mine) return mine;
  if (!sheetExists(layout, preferred)) return preferred;
  if (!sheetExists(layout, fallback)) return fallback;
  return numberedSheetName(layout, fallback, 2);
}
