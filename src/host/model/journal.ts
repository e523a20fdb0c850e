import type { CellChange } from "./events";
import type { SheetEntity } from "./sheet";
// Undo log for one context.sync(). Office.js does not roll a failed batch back (actions before the failing one stay
// applied), but a batch whose response would exceed the payload limit must apply nothing, and that is only known
// after its loads ran. So every mutation of the model records how to undo itself; the sync either commits or rolls
// back. Effects that cannot be undone cheaply (removing an ExcelJS worksheet) are deferred to commit.

export class Journal {
  private undos: (() => void)[] = [];
  private commits: (() => void)[] = [];
  /** Cells written in this sync, for the change events raised once it commits (events.ts). */
  private changes: CellChange[] = [];

  /** Notes a cell this sync wrote (its value or its format). */
  changed(sheet: SheetEntity, row: number, col: number): void {
    this.changes.push({ sheet, row, col });
  }

  /** The cells written since the last call. */
  takeChanges(): CellChange[] {
    const changes = this.changes;
    this.changes = [];
    return changes;
  }

  /** Remembers how to reverse a change that was just made. */
  record(undo: () => void): void {
    this.undos.push(undo);
  }

  /** Sets `target[key]` and records the previous value. Arrays in the model are replaced, never mutated, so this
   * one primitive covers adding and removing entities as well as changing fields. */
  assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const previous = target[key];
    if (previous === value) return;
    target[key] = value;
    this.undos.push(() => {
      target[key] = previous;
    });
  }

  /** Runs `effect` only if the sync commits. */
  onCommit(effect: () => void): void {
    this.commits.push(effect);
  }

  rollback(): void {
    for (let i = this.undos.length - 1; i >= 0; i--) this.undos[i]();
    this.undos = [];
    this.commits = [];
    this.changes = [];
  }

  commit(): void {
    const effects = this.commits;
    this.undos = [];
    this.commits = [];
    for (const effect of effects) effect();
  }
}
