// Stale formula values. The host has no calculation engine (a formula shows its cached result), so it cannot show
// the new value of a formula; it can know that the value Excel shows is out of date, which is what a test needs.
//
// Application.suspendApiCalculationUntilNextSync: "Suspends calculation until the next `context.sync()` is called.
// Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any dependencies are
// propagated." (Excel.Application reference, ExcelApi 1.6). So a sync that called it leaves every formula that reads
// a cell it wrote (directly or through other formulas) stale, and so does any write while calculationMode is
// "Manual" ("calculation is done when the user requests it"). Application.calculate(…) ("Recalculate all currently
// opened workbooks in Excel", ExcelApi 1.1) makes every formula current again, and so does a write in Automatic mode
// without the suspension: Excel then recalculates what is dirty.
//
// Microsoft's "Performance optimization" article shows a different sequence: after the suspended sync, a further
// sync reads the dependent recalculated ("calculation is resumed after last sync"). The host follows the
// reference's sentence, the stricter reading: an add-in that recalculates after its writes is right under both.
// https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
// https://learn.microsoft.com/office/dev/add-ins/excel/performance#suspend-calculation-temporarily

import { intersect, qualifiedAddress, rect, type Rect } from "../address";
import { formulaAt, formulaReferences, type Reference } from "./formulaRefs";
import type { SheetEntity } from "./sheet";
import type { HostWorkbook } from "./workbook";

interface Written {
  sheet: SheetEntity;
  rect: Rect;
}

export class Calculation {
  /** Stale formula cells per sheet, as "row,col". */
  private readonly stale = new Map<SheetEntity, Set<string>>();
  private suspended = false;
  private written: Written[] = [];
  /** Formula cells per sheet ("row,col"), found once and kept up to date by noteFormula (entries are checked when
   * used, so a formula overwritten later is simply skipped). */
  private formulas: Map<SheetEntity, Set<string>> | null = null;

  constructor(private readonly wb: HostWorkbook) {}

  beginSync(): void {
    this.suspended = false;
    this.written = [];
  }

  /** Application.suspendApiCalculationUntilNextSync, queued in this sync: it covers the whole request. */
  suspend(): void {
    this.suspended = true;
  }

  /** Cells whose contents this sync changed. */
  noteWrite(sheet: SheetEntity, area: Rect): void {
    this.written.push({ sheet, rect: area });
  }

  /** A formula was written into this cell. */
  noteFormula(sheet: SheetEntity, row: number, col: number): void {
    if (!this.formulas) return; // not indexed yet: the first scan will find it
    let cells = this.formulas.get(sheet);
    if (!cells) this.formulas.set(sheet, (cells = new Set()));
    cells.add(`${row},${col}`);
  }

  /** Application.calculate: every formula is current. */
  calculate(): void {
    this.stale.clear();
  }

  discardSync(): void {
    this.beginSync();
  }

  /** The sync's changes are committed: decide which formulas are now stale. */
  endSync(): void {
    const { written, suspended } = this;
    this.beginSync();
    if (written.length === 0) return;
    const mode = this.wb.calculationMode;
    if (suspended || mode === "Manual") this.markDependents(written);
    else this.stale.clear();
  }

  isStale(sheet: SheetEntity, row: number, col: number): boolean {
    return this.stale.get(sheet)?.has(`${row},${col}`) === true;
  }

  staleAddresses(): string[] {
    const list: string[] = [];
    for (const sheet of this.wb.sheets) {
      for (const key of this.stale.get(sheet) ?? []) {
        const [row, col] = key.split(",").map(Number);
        list.push(qualifiedAddress(sheet.name, rect(row, col)));
      }
    }
    return list.sort();
  }

  private markDependents(written: Written[]): void {
    const formulas = this.formulaIndex();
    const references = new Map<string, Reference[]>();
    let frontier = written;
    while (frontier.length > 0) {
      const next: Written[] = [];
      for (const [sheet, cells] of formulas) {
        if (!sheet.alive) continue;
        for (const key of cells) {
          if (this.isStaleKey(sheet, key)) continue;
          const [row, col] = key.split(",").map(Number);
          const formula = formulaAt(sheet, row, col);
          if (formula === undefined) continue;
          const cacheKey = `${sheet.id}|${key}|${formula}`;
          let refs = references.get(cacheKey);
          if (!refs) {
            refs = formulaReferences(this.wb, sheet, { row, col }, formula);
            references.set(cacheKey, refs);
          }
          const reads = refs.some((ref) =>
            frontier.some((w) => w.sheet === ref.sheet && intersect(w.rect, ref.rect))
          );
          if (!reads) continue;
          this.markStale(sheet, key);
          next.push({ sheet, rect: rect(row, col) });
        }
      }
      frontier = next;
    }
  }

  private isStaleKey(sheet: SheetEntity, key: string): boolean {
    return this.stale.get(sheet)?.has(key) === true;
  }

  private markStale(sheet: SheetEntity, key: string): void {
    let set = this.stale.get(sheet);
    if (!set) this.stale.set(sheet, (set = new Set()));
    set.add(key);
  }

  private formulaIndex(): Map<SheetEntity, Set<string>> {
    if (this.formulas) return this.formulas;
    const index = new Map<SheetEntity, Set<string>>();
    for (const sheet of this.wb.sheets) {
      const cells = new Set<string>();
      sheet.ws.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          const value = cell.value as { formula?: string; sharedFormula?: string } | null;
          if (
            value &&
            typeof value === "object" &&
            ("formula" in value || "sharedFormula" in value)
          )
            cells.add(`${r - 1},${c - 1}`);
        });
      });
      index.set(sheet, cells);
    }
    this.formulas = index;
    return index;
  }
}
