// What a check of Kontrollér Excel (selfCheck.ts) is made of: its record, the temporary sheet it works on, and how it
// says that Excel answered but not as documented. A check of its own (another module) imports this, not selfCheck.ts,
// and is registered with one line in selfCheck.ts's SELF_CHECKS.
import type { CellBlock } from "./ops";

/** The temporary sheet every check works on; selfCheck.ts makes it first and deletes it last. */
export const CHECK_SHEET = "Målopfyldelse_kontrol";

export interface SelfCheck {
  /** Danish name of the check, as the report shows it. */
  name: string;
  /** Office.js members it exercises, as docs/excel-fidelity.md names them. */
  members: string[];
  /** Runs in an Excel.run of its own; throws Excel's error, or a Mismatch. */
  run: (context: Excel.RequestContext) => Promise<void>;
}

/** Excel answered, but not as the add-in relies on: reported with the code "Mismatch". */
export class Mismatch extends Error {
  code = "Mismatch";
}

export function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Mismatch(
      `${what}: ventede ${JSON.stringify(expected)}, fik ${JSON.stringify(actual)}`
    );
}

/** Within `tolerance` of the expected number (Excel may keep a size in its own units and round it). */
export function expectClose(
  what: string,
  actual: number,
  expected: number,
  tolerance: number
): void {
  if (!(Math.abs(actual - expected) <= tolerance))
    throw new Mismatch(`${what}: ventede ${expected} (± ${tolerance}), fik ${actual}`);
}

/** A block of the temporary sheet, zero-based. */
export function checkBlock(
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number
): CellBlock & { rowCount: number; columnCount: number } {
  return { sheet: CHECK_SHEET, rowIndex, columnIndex, rowCount, columnCount };
}
