// The write step every writer shares (goal fulfilment, allocation, scenarios): refuse a protected sheet before
// anything is written, execute the plan, and on a failure roll back from the backup — or, when Excel applied the whole
// write before it reported the failure, call it written.
import type { WorkbookLayout } from "./layout";
import type { WriteOp } from "./ops";
import { rollBackWrite } from "./rollback";
import { officeErrorOf } from "./runner";
import type { BackupBlock, RunMeta } from "./state";
import { executeOps, WriteFailure } from "./write";

export interface RunWrite {
  ops: WriteOp[];
  meta: RunMeta;
  backup: BackupBlock[];
}

export type WriteResult =
  | { status: "written" }
  | { status: "failed"; failure: { code: string; message: string; restored: boolean } };

export async function writeRun(
  context: Excel.RequestContext,
  write: RunWrite,
  before: WorkbookLayout
): Promise<WriteResult> {
  try {
    await executeOps(context, write.ops);
    return { status: "written" };
  } catch (e) {
    const failure =
      e instanceof WriteFailure ? { code: e.code, message: e.message } : officeErrorOf(e);
    const rollback = await rollBackWrite(context, write.meta, write.backup, before).catch(
      () => "failed" as const
    );
    if (rollback === "completed") return { status: "written" };
    return { status: "failed", failure: { ...failure, restored: rollback === "restored" } };
  }
}

/**
 * Queues a check of the sheets a write will change (existing ones only), to ride along with the read's sync, so a
 * protected sheet is reported before anything is written instead of a write Excel refuses half-way. Returns a function
 * that, after that sync, gives the first protected sheet's name.
 */
export function queueProtectionCheck(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  sheets: string[]
): () => string | undefined {
  const names = layout.sheetNames ?? layout.sheets.map((s) => s.name);
  const checks = sheets
    .filter((name, i, all) => all.indexOf(name) === i && names.includes(name))
    .map((name) => {
      const protection = context.workbook.worksheets.getItem(name).protection;
      protection.load("protected");
      return { name, protection };
    });
  return () => {
    for (const c of checks) {
      try {
        if (c.protection.protected) return c.name;
      } catch {
        // Not loaded (the sync failed): the write itself will report it.
      }
    }
    return undefined;
  };
}

export function protectedSheetFailure(name: string, locale: "da" | "en") {
  return {
    code: "AccessDenied",
    message:
      locale === "en"
        ? `The sheet '${name}' is protected: unprotect it and try again.`
        : `Arket '${name}' er beskyttet: fjern beskyttelsen, og prøv igen.`,
    restored: true,
  };
}

/** Sheet names in use, in lower case: Excel's sheet names are unique regardless of case, hidden sheets included. */
export function takenSheetNames(layout: WorkbookLayout): Set<string> {
  return new Set(
    (layout.sheetNames ?? layout.sheets.map((s) => s.name)).map((n) => n.toLowerCase())
  );
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
  const taken = takenSheetNames(layout);
  if (!taken.has(preferred.toLowerCase())) return preferred;
  if (!taken.has(fallback.toLowerCase())) return fallback;
  for (let n = 2; ; n++) {
    const name = `${fallback} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
