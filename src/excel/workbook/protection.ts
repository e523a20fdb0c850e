// A protected sheet is reported before anything is written, instead of a write Excel refuses half-way (AccessDenied)
// and a rollback it refuses too.
import type { WorkbookLayout } from "./layout";

/**
 * Queues a check of the sheets a write will change (existing ones only), to ride along with the read's sync. Returns a
 * function that, after that sync, gives the first protected sheet's name.
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

/**
 * The workbook's structure is protected (Review › Beskyt projektmappe) and the run needs a sheet it does not have yet:
 * Excel would refuse to add it ("Use workbook protection when your add-in needs to prevent users from adding,
 * deleting, moving, or renaming worksheets", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks).
 * Nothing is written.
 */
export function protectedStructureFailure(sheet: string, locale: "da" | "en") {
  return {
    code: "AccessDenied",
    message:
      locale === "en"
        ? `The workbook's structure is protected, so the sheet '${sheet}' cannot be added: unprotect the workbook (Review › Protect Workbook) and try again. Nothing was written.`
        : `Projektmappens struktur er beskyttet, så arket '${sheet}' kan ikke tilføjes: fjern beskyttelsen (Gennemse › Beskyt projektmappe), og prøv igen. Intet er skrevet.`,
    restored: true,
  };
}
