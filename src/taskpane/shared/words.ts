// The pane's words: Danish first, English when Office runs in another language. Each section keeps its own words in
// its folder (sections/<name>/words.ts, made with sectionWords below); this file holds the words the shell and the
// shared components use, and more than one section. `en` is typed from `da`, so a key missing (or extra) in either
// dictionary is a compile error, and a section's key that repeats a shared one is too. Texts computed by the core
// (explanations, error messages) arrive already localised; these are only the pane's own words.
import type { Status } from "../../core/model";
import type { FailureKind } from "./officeErrors";

export type PaneLocale = "da" | "en";

/** One dictionary per locale, the English one typed from the Danish one. */
export type Words<D> = Record<PaneLocale, D>;

/** "1", "1 og 3", "1, 3 og 5" */
function listText(items: string[], and: string): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

const da = {
  appTitle: "Målopfyldelse",
  tabsLabel: "Afsnit",
  // The fourth tab: the sections used now and then (App.tsx)
  moreTab: "Flere",
  moreTitle: "Flere funktioner: Spredning, Sammenlign, Kontrollér Excel",
  moreHint: "Flere funktioner:",
  moreBack: "← Flere funktioner",
  loading: "Indlæser …",
  // An edit in the table the pane shows (useSheetChanges)
  tableChanged: "Tabellen er ændret – forhåndsvisningen opdateres …",

  // A table the user can choose (goal table, key table)
  sourceTable: "tabel",
  sourceRange: "område",
  candidateOption: (sheet: string, name: string, kind: string) =>
    sheet === name ? `${sheet} (${kind})` : `${sheet} – ${name} (${kind})`,
  noneOption: "(ingen)",
  reload: "Genindlæs",

  // Goals and fulfilment (Målopfyldelse and Hvad nu hvis)
  goalLine: (id: string, title: string) => (title ? `Mål ${id} – ${title}` : `Mål ${id}`),
  noFulfilment: "–",
  overallPending: "Afventer data",
  overallUnavailable: (ids: string[]) =>
    `Kan ikke beregnes: ${ids.length === 1 ? `mål ${ids[0]} har en fejl` : `mål ${listText(ids, "og")} har fejl`}`,
  overallText: (head: string, range: string | null, measured: number, counted: number) =>
    `${head}${range ? ` (${range})` : ""}, ${measured} af ${counted} mål målt`,
  status: {
    Opfyldt: "Opfyldt",
    "Delvist opfyldt": "Delvist opfyldt",
    "Ikke opfyldt": "Ikke opfyldt",
    "Afventer data": "Afventer data",
    Fejl: "Fejl",
  } satisfies Record<Status, string>,

  // The question before overwriting (ConflictDialog)
  conflictsListLabel: "Celler der overskrives",
  conflictCurrentNext: (current: string, next: string) => `${current} → ${next}`,
  conflictsMore: (n: number) => `og ${n} flere`,
  emptyValue: "(tom)",
  overwrite: "Overskriv (gem de gamle værdier)",
  cancel: "Annuller",
  reviewConflicts: "Gennemse og overskriv",

  // A failed job (FailureMessage)
  failure: {
    undoGroup:
      "Excel kunne ikke samle kørslen i ét fortryd-trin. Prøv igen: så skrives resultatet uden.",
    payload:
      "Excel afviste forespørgslen, fordi den var for stor (Excel tager højst 5 MB ad gangen).",
    protected:
      "Arket eller projektmappen er beskyttet, eller du har ikke ret til at ændre den. Fjern beskyttelsen og prøv igen.",
    connection: "Forbindelsen til Excel blev afbrudt undervejs.",
    deleted: "Måltabellen eller et ark blev slettet eller omdøbt, mens beregningen kørte.",
    editMode:
      "Excel er ved at redigere en celle. Afslut redigeringen (tryk Enter eller Esc) og prøv igen.",
    busy: "Excel var optaget eller nåede en grænse for, hvor meget der kan gøres på én gang.",
    blocked:
      "En anden tabel, en pivottabel eller flettede celler står i vejen for resultatkolonnerne.",
    other: "Excel meldte en uventet fejl.",
  } satisfies Record<FailureKind, string>,
  failureCode: (code: string) => `Excels fejlkode: ${code}`,
  restored: "Projektmappen er sat tilbage, som den var før beregningen.",
  notRestored:
    "Projektmappen kunne ikke sættes tilbage automatisk. Brug Fortryd seneste kørsel, før du gør andet.",
  retry: "Prøv igen",
  exceptionTitle: "Projektmappen kunne ikke læses",

  // Live region
  announceBusy: "Arbejder …",
};

export type SharedWords = typeof da;

const en: SharedWords = {
  appTitle: "Goal fulfilment",
  tabsLabel: "Sections",
  moreTab: "More",
  moreTitle: "More features: Spread, Compare, Check Excel",
  moreHint: "More features:",
  moreBack: "← More features",
  loading: "Loading …",
  tableChanged: "The table has changed – the preview is being updated …",

  sourceTable: "table",
  sourceRange: "range",
  candidateOption: (sheet, name, kind) =>
    sheet === name ? `${sheet} (${kind})` : `${sheet} – ${name} (${kind})`,
  noneOption: "(none)",
  reload: "Reload",

  goalLine: (id, title) => (title ? `Goal ${id} – ${title}` : `Goal ${id}`),
  noFulfilment: "–",
  overallPending: "Awaiting data",
  overallUnavailable: (ids: string[]) =>
    `Cannot be calculated: ${ids.length === 1 ? `goal ${ids[0]} has an error` : `goals ${listText(ids, "and")} have errors`}`,
  overallText: (head, range, measured, counted) =>
    `${head}${range ? ` (${range})` : ""}, ${measured} of ${counted} goals measured`,
  status: {
    Opfyldt: "Met",
    "Delvist opfyldt": "Partly met",
    "Ikke opfyldt": "Not met",
    "Afventer data": "Awaiting data",
    Fejl: "Error",
  },

  conflictsListLabel: "Cells to overwrite",
  conflictCurrentNext: (current, next) => `${current} → ${next}`,
  conflictsMore: (n) => `and ${n} more`,
  emptyValue: "(empty)",
  overwrite: "Overwrite (keep the old values)",
  cancel: "Cancel",
  reviewConflicts: "Review and overwrite",

  failure: {
    undoGroup:
      "Excel could not make the run a single undo step. Try again: the result is then written without it.",
    payload:
      "Excel refused the request because it was too large (Excel takes at most 5 MB at a time).",
    protected:
      "The sheet or workbook is protected, or you may not change it. Remove the protection and try again.",
    connection: "The connection to Excel was lost during the run.",
    deleted: "The goal table or a sheet was deleted or renamed while the calculation ran.",
    editMode: "Excel is editing a cell. Finish editing (press Enter or Esc) and try again.",
    busy: "Excel was busy or reached a limit on how much can be done at once.",
    blocked: "Another table, a PivotTable or merged cells are in the way of the result columns.",
    other: "Excel reported an unexpected error.",
  },
  failureCode: (code) => `Excel's error code: ${code}`,
  restored: "The workbook has been put back as it was before the calculation.",
  notRestored:
    "The workbook could not be put back automatically. Use Undo last run before doing anything else.",
  retry: "Try again",
  exceptionTitle: "The workbook could not be read",

  announceBusy: "Working …",
};

export const sharedWords: Words<SharedWords> = { da, en };

/**
 * A section's own words, each dictionary completed with the shared words, so a section's components read both as
 * `t.key`. The English dictionary is typed from the Danish one; a key the shared words already have is refused.
 */
export function sectionWords<D extends object>(own: {
  da: D & { [K in keyof SharedWords]?: never };
  en: NoInfer<D>;
}): Words<SharedWords & D> {
  return { da: { ...da, ...own.da }, en: { ...en, ...own.en } };
}

/** Office's display language ("da-DK", "en-US", …) → the pane's locale: Danish for Danish, English otherwise. */
export function localeFromLanguage(language: string | undefined | null): PaneLocale {
  return typeof language === "string" && language.toLowerCase().startsWith("da") ? "da" : "en";
}

/** A run's time (ISO string from the workbook) for display: "23.11.2025 kl. 15.40" / "23 Nov 2025, 15:40". */
export function formatRunTime(iso: string, locale: PaneLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}
