// Every word the task pane shows, Danish first, English when Office runs in another language. `en` is typed from `da`,
// so a key missing (or extra) in either dictionary is a compile error. Texts computed by the core (explanations,
// error messages) arrive already localised; this file only holds the pane's own words.
import type { GoalColumnRole } from "../core/headers";
import type { Status } from "../core/model";
import type { FailureKind } from "./officeErrors";

export type PaneLocale = "da" | "en";

/** The roles the pane lets the user map (src/core/headers.ts MAPPABLE_ROLES). */
type MappableRole = Exclude<GoalColumnRole, "outFulfilment" | "outStatus" | "outExplanation">;

const da = {
  appTitle: "Målopfyldelse",
  tabsLabel: "Afsnit",
  tabMaalopfyldelse: "Målopfyldelse",
  tabFordeling: "Fordeling",
  tabHvadNuHvis: "Hvad nu hvis",
  fordelingLater: "Fordeling af basisbevillingen efter indbyggertal kommer i en senere version.",
  hvadNuHvisLater: "Hvad nu hvis-beregninger kommer i en senere version.",

  // Goal table and mapping
  setupHeading: "Måltabel",
  goalTableLabel: "Måltabel",
  goalTableHint: "Fundet ud fra overskrifterne. Vælg en anden, hvis gættet er forkert.",
  noGoalTable: "Der er ikke fundet nogen måltabel i projektmappen.",
  sourceTable: "tabel",
  sourceRange: "område",
  candidateOption: (sheet: string, name: string, kind: string) =>
    sheet === name ? `${sheet} (${kind})` : `${sheet} – ${name} (${kind})`,
  mappingHeading: (mapped: number) => `Kolonner (${mapped} genkendt)`,
  mappingHint:
    "Hvilken kolonne i måltabellen bruges til hvad. Ret det, hvis en kolonne er gættet forkert.",
  noneOption: "(ingen)",
  tiersLabel: "Tærskler",
  noTiers: "ingen tærskelkolonner (fx 'Mål 100 %')",
  roles: {
    nr: "Nr",
    title: "Mål",
    part: "Del",
    segment: "Segment",
    result: "Resultat",
    indicator: "Indikator",
    rule: "Regel",
    direction: "Retning",
    year: "År",
    weight: "Vægt",
    combine: "Samling",
    rowCombine: "Segmentsamling",
    agreed: "Aftalt opfyldelse",
    reason: "Begrundelse",
    baseline: "Basis",
  } satisfies Record<MappableRole, string>,
  yearLabel: "Kontraktår (valgfrit)",
  yearHint: "Bruges til tærskler pr. år, når en række ikke selv har et år.",
  yearInvalid: "Skriv et årstal, fx 2021, eller lad feltet stå tomt.",

  // Actions
  actionsLabel: "Handlinger",
  calculate: "Beregn",
  undo: "Fortryd seneste kørsel",
  running: "Beregner målopfyldelsen …",
  previewing: "Læser projektmappen …",
  undoing: "Fortryder den seneste kørsel …",
  lastRun: (time: string, overall: string) => `Seneste kørsel: ${time} – ${overall}`,
  noLastRun: "Projektmappen er ikke beregnet endnu.",

  // Result
  resultHeading: "Resultat",
  previewNote:
    "Forhåndsvisning: intet er skrevet i projektmappen endnu. Tryk Beregn for at skrive resultatet.",
  writtenNote: (cells: number) =>
    `Skrevet i projektmappen: ${cells} celler i resultatkolonnerne og arket med oversigten.`,
  overallLabel: "Samlet målopfyldelse",
  overallPending: "Afventer data",
  overallText: (head: string, range: string | null, measured: number, counted: number) =>
    `${head}${range ? ` (${range})` : ""}, ${measured} af ${counted} mål målt`,
  countsLabel: "Mål fordelt på status",
  goalsHeading: "Mål",
  goalLine: (id: string, title: string) => (title ? `Mål ${id} – ${title}` : `Mål ${id}`),
  fulfilment: "Opfyldelse",
  agreedBeside: (agreed: string, computed: string) => `Aftalt ${agreed} · beregnet ${computed}`,
  computedPending: "afventer data",
  noFulfilment: "–",
  explanation: "Forklaring",
  noExplanation: "Ingen forklaring.",
  warningsTitle: "Bemærk",
  status: {
    Opfyldt: "Opfyldt",
    "Delvist opfyldt": "Delvist opfyldt",
    "Ikke opfyldt": "Ikke opfyldt",
    "Afventer data": "Afventer data",
    Fejl: "Fejl",
  } satisfies Record<Status, string>,

  // Errors
  errorsTitle: (n: number) => (n === 1 ? "1 fejl i projektmappen" : `${n} fejl i projektmappen`),
  errorsBody:
    "Intet er skrevet. Ret cellerne og tryk Beregn igen. Vælg en fejl for at gå til cellen.",
  errorsListLabel: "Fejl i projektmappen",

  // Conflicts
  conflictsTitle: (n: number) =>
    n === 1
      ? "1 celle i resultatkolonnerne er udfyldt af en bruger"
      : `${n} celler i resultatkolonnerne er udfyldt af en bruger`,
  conflictsBody:
    "Beregningen vil skrive i disse celler. De gamle værdier gemmes, så Fortryd seneste kørsel kan sætte dem tilbage.",
  conflictsListLabel: "Celler der overskrives",
  conflictCurrentNext: (current: string, next: string) => `${current} → ${next}`,
  conflictsMore: (n: number) => `og ${n} flere`,
  emptyValue: "(tom)",
  overwrite: "Overskriv (gem de gamle værdier)",
  cancel: "Annuller",
  conflictsCancelled: (n: number) =>
    `Intet er skrevet: ${n === 1 ? "1 celle" : `${n} celler`} i resultatkolonnerne er udfyldt af en bruger.`,
  reviewConflicts: "Gennemse og overskriv",

  // Failure
  failedTitle: "Beregningen kunne ikke skrives",
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

  // Undo
  undoDone: "Den seneste kørsel er fortrudt: resultatkolonnerne og oversigten er sat tilbage.",
  undoNothing: "Der er ingen kørsel at fortryde.",
  undoFailed: (message: string) => `Kørslen kunne ikke fortrydes: ${message}`,

  // Live region
  announceWritten: (overall: string) => `Beregnet og skrevet: ${overall}`,
  announcePreview: (overall: string) => `Forhåndsvisning: ${overall}`,
  announceErrors: (n: number) =>
    n === 1
      ? "1 fejl i projektmappen. Intet er skrevet."
      : `${n} fejl i projektmappen. Intet er skrevet.`,
  announceConflicts: (n: number) =>
    `${n === 1 ? "1 celle" : `${n} celler`} i resultatkolonnerne er udfyldt af en bruger. Overskriv?`,
  announceFailed: "Beregningen kunne ikke skrives.",
  announceBusy: "Arbejder …",
};

type Dictionary = typeof da;
/** The shape both dictionaries share: the same keys, strings where `da` has strings, the same function signatures. */
export type Messages = { [K in keyof Dictionary]: Dictionary[K] };

const en: Messages = {
  appTitle: "Goal fulfilment",
  tabsLabel: "Sections",
  tabMaalopfyldelse: "Fulfilment",
  tabFordeling: "Allocation",
  tabHvadNuHvis: "What if",
  fordelingLater: "Allocating the base grant by population key comes in a later version.",
  hvadNuHvisLater: "What-if calculations come in a later version.",

  setupHeading: "Goal table",
  goalTableLabel: "Goal table",
  goalTableHint: "Found by its headers. Choose another one if the guess is wrong.",
  noGoalTable: "No goal table was found in the workbook.",
  sourceTable: "table",
  sourceRange: "range",
  candidateOption: (sheet, name, kind) =>
    sheet === name ? `${sheet} (${kind})` : `${sheet} – ${name} (${kind})`,
  mappingHeading: (mapped) => `Columns (${mapped} recognised)`,
  mappingHint:
    "Which column of the goal table is used for what. Correct it if a column was guessed wrong.",
  noneOption: "(none)",
  tiersLabel: "Thresholds",
  noTiers: "no threshold columns (e.g. 'Mål 100 %')",
  roles: {
    nr: "No.",
    title: "Goal",
    part: "Part",
    segment: "Segment",
    result: "Result",
    indicator: "Indicator",
    rule: "Rule",
    direction: "Direction",
    year: "Year",
    weight: "Weight",
    combine: "Roll-up",
    rowCombine: "Segment roll-up",
    agreed: "Agreed fulfilment",
    reason: "Reason",
    baseline: "Baseline",
  },
  yearLabel: "Contract year (optional)",
  yearHint: "Used for thresholds by year when a row has no year of its own.",
  yearInvalid: "Enter a year, e.g. 2021, or leave the field empty.",

  actionsLabel: "Actions",
  calculate: "Calculate",
  undo: "Undo last run",
  running: "Calculating goal fulfilment …",
  previewing: "Reading the workbook …",
  undoing: "Undoing the last run …",
  lastRun: (time, overall) => `Last run: ${time} – ${overall}`,
  noLastRun: "The workbook has not been calculated yet.",

  resultHeading: "Result",
  previewNote:
    "Preview: nothing has been written to the workbook yet. Press Calculate to write the result.",
  writtenNote: (cells) =>
    `Written to the workbook: ${cells} cells in the result columns and the summary sheet.`,
  overallLabel: "Overall fulfilment",
  overallPending: "Awaiting data",
  overallText: (head, range, measured, counted) =>
    `${head}${range ? ` (${range})` : ""}, ${measured} of ${counted} goals measured`,
  countsLabel: "Goals by status",
  goalsHeading: "Goals",
  goalLine: (id, title) => (title ? `Goal ${id} – ${title}` : `Goal ${id}`),
  fulfilment: "Fulfilment",
  agreedBeside: (agreed, computed) => `Agreed ${agreed} · computed ${computed}`,
  computedPending: "awaiting data",
  noFulfilment: "–",
  explanation: "Explanation",
  noExplanation: "No explanation.",
  warningsTitle: "Note",
  status: {
    Opfyldt: "Met",
    "Delvist opfyldt": "Partly met",
    "Ikke opfyldt": "Not met",
    "Afventer data": "Awaiting data",
    Fejl: "Error",
  },

  errorsTitle: (n) => (n === 1 ? "1 error in the workbook" : `${n} errors in the workbook`),
  errorsBody:
    "Nothing was written. Correct the cells and press Calculate again. Choose an error to go to its cell.",
  errorsListLabel: "Errors in the workbook",

  conflictsTitle: (n) =>
    n === 1
      ? "1 cell in the result columns was filled in by a user"
      : `${n} cells in the result columns were filled in by a user`,
  conflictsBody:
    "The calculation will write to these cells. The old values are kept, so Undo last run can put them back.",
  conflictsListLabel: "Cells to overwrite",
  conflictCurrentNext: (current, next) => `${current} → ${next}`,
  conflictsMore: (n) => `and ${n} more`,
  emptyValue: "(empty)",
  overwrite: "Overwrite (keep the old values)",
  cancel: "Cancel",
  conflictsCancelled: (n) =>
    `Nothing was written: ${n === 1 ? "1 cell" : `${n} cells`} in the result columns were filled in by a user.`,
  reviewConflicts: "Review and overwrite",

  failedTitle: "The result could not be written",
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

  undoDone:
    "The last run has been undone: the result columns and the summary are back as they were.",
  undoNothing: "There is no run to undo.",
  undoFailed: (message) => `The run could not be undone: ${message}`,

  announceWritten: (overall) => `Calculated and written: ${overall}`,
  announcePreview: (overall) => `Preview: ${overall}`,
  announceErrors: (n) =>
    n === 1
      ? "1 error in the workbook. Nothing was written."
      : `${n} errors in the workbook. Nothing was written.`,
  announceConflicts: (n) =>
    `${n === 1 ? "1 cell" : `${n} cells`} in the result columns were filled in by a user. Overwrite?`,
  announceFailed: "The result could not be written.",
  announceBusy: "Working …",
};

export const messages: Record<PaneLocale, Messages> = { da, en };

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
