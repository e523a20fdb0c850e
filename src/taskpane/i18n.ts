// Every word the task pane shows, Danish first, English when Office runs in another language. `en` is typed from `da`,
// so a key missing (or extra) in either dictionary is a compile error. Texts computed by the core (explanations,
// error messages) arrive already localised; this file only holds the pane's own words.
import type { GoalColumnRole } from "../core/headers";
import type { Status } from "../core/model";
import type { FailureKind } from "./officeErrors";
import type { AuditFinding, Instalments, KeyBasis, Method } from "../core/allocate";

export type PaneLocale = "da" | "en";

/** The roles the pane lets the user map (src/core/headers.ts MAPPABLE_ROLES). */
type MappableRole = Exclude<GoalColumnRole, "outFulfilment" | "outStatus" | "outExplanation">;

const da = {
  appTitle: "Målopfyldelse",
  tabsLabel: "Afsnit",
  tabMaalopfyldelse: "Målopfyldelse",
  tabFordeling: "Fordeling",
  tabHvadNuHvis: "Hvad nu hvis",

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
  lastOtherRun: (time: string, writer: "fordeling" | "scenarie" | "spredning", sheet: string) =>
    writer === "fordeling"
      ? `Seneste kørsel: ${time} – fordelingen i arket ${sheet}`
      : writer === "spredning"
        ? `Seneste kørsel: ${time} – spredningen i arket ${sheet}`
        : `Seneste kørsel: ${time} – scenariet i arket ${sheet}`,
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

  // Fordeling (allocation of the base grant by population key)
  fordelingIntro:
    "Fordeler et beløb efter indbyggertal, så beløbene summer præcist til totalen, og reviderer den nøgle, der står i tabellen.",
  keySetupHeading: "Nøgle og beløb",
  keyTableLabel: "Fordelingsnøgle",
  keyTableHint:
    "Fundet ud fra overskrifterne (fx Kommune og Indbyggere). Vælg en anden, hvis gættet er forkert.",
  noKeyTable:
    "Der er ikke fundet nogen fordelingsnøgle i projektmappen: en tabel skal have overskrifterne Kommune og Indbyggere (eller Beløb).",
  totalLabel: "Beløb at fordele (kr.)",
  totalHint: "Fx 16.500.000. Forhåndsvisningen opdateres, mens du skriver.",
  totalInvalid: (message: string) => `${message}. Skriv beløbet i kroner, fx 16.500.000.`,
  unitLabel: "Afrunding",
  unitOption: (unit: string) => `${unit} kr.`,
  instalmentsLabel: "Rater om året",
  instalmentsOption: {
    1: "1 (én årlig betaling)",
    4: "4 (kvartalsrater)",
    12: "12 (månedsrater)",
  } satisfies Record<Instalments, string>,
  methodLabel: "Metode",
  method: {
    "largest-remainder": "Største rest (standard)",
    "round-each": "Afrund hver (gammel metode)",
  } satisfies Record<Method, string>,
  basisLabel: "Fordel efter",
  basis: {
    population: "Indbyggertal",
    amount: "De angivne beløb (for en nøgle uden indbyggertal)",
  } satisfies Record<KeyBasis, string>,
  basisAmountSuggestion:
    "Tabellen har kun beløb. Vælg 'De angivne beløb' under Fordel efter for at bruge dem som nøgle, eller tilføj indbyggertallene.",
  countDateLabel: "Indbyggertal pr. (valgfrit)",
  countDateHint: "Fx 1. januar 2018. Står på arket Fordeling.",
  reload: "Genindlæs",
  writeAllocation: "Skriv fordelingen",
  allocationActionsLabel: "Fordelingens handlinger",
  allocationPreviewing: "Beregner fordelingen …",
  allocationWriting: "Skriver fordelingen …",
  allocationPreviewNote:
    "Forhåndsvisning af fordelingen: intet er skrevet i projektmappen endnu. Tryk Skriv fordelingen for at skrive den.",
  allocationWrittenTitle: "Fordelingen er skrevet",
  allocationWritten: (table: string, sheet: string) =>
    `Kolonnerne Beregnet andel, Beregnet beløb og Pr. rate står nu i tabellen ${table} (summerne i totalrækken), og arket ${sheet} har fordelingen, revisionen og et diagram.`,
  allocationUndoHint: "Fortryd seneste kørsel på fanen Målopfyldelse fjerner det igen.",
  allocationPreviewConflicts: (n: number) =>
    `${n === 1 ? "1 celle" : `${n} celler`} i kolonnerne Beregnet andel, Beregnet beløb og Pr. rate er udfyldt af en bruger: Skriv fordelingen spørger, før de overskrives.`,
  allocationHeading: "Resultat af fordelingen",
  allocationTotal: "Total",
  allocationSum: "Beløbene i alt",
  allocationDifference: "Forskel fra totalen",
  allocationInstalmentSum: "Pr. rate i alt",
  kroner: (amount: string) => `${amount} kr.`,
  allocationTableLabel: "Fordelingen pr. kommune",
  allocationKeyAmounts: "Nøglen er de angivne beløb, fordi tabellen ikke har indbyggertal.",
  columnName: "Kommune",
  columnPopulation: "Indbyggere",
  columnKeyAmount: "Nøgle (beløb)",
  columnShare: "Andel",
  columnAmount: "Beløb (kr.)",
  columnInstalment: "Pr. rate (kr.)",
  columnAdjustment: "Afrunding (kr.)",
  totalRow: "I alt",
  auditHeading: "Revision af nøglen",
  auditHint: "Vælg et fund for at gå til cellen.",
  auditListLabel: "Fund i revisionen",
  severity: { discrepancy: "Afvigelse", note: "Bemærkning" } satisfies Record<
    AuditFinding["severity"],
    string
  >,
  allocationErrorsTitle: (n: number) =>
    n === 1 ? "1 fejl i fordelingsnøglen" : `${n} fejl i fordelingsnøglen`,
  allocationErrorsBody:
    "Intet er skrevet. Ret cellerne og tryk Genindlæs. Vælg en fejl for at gå til cellen.",
  allocationErrorsListLabel: "Fejl i fordelingsnøglen",
  allocationFailedTitle: "Fordelingen kunne ikke skrives",
  allocationConflictsTitle: (n: number) =>
    n === 1
      ? "1 celle i kolonnerne Beregnet andel, Beregnet beløb og Pr. rate er udfyldt af en bruger"
      : `${n} celler i kolonnerne Beregnet andel, Beregnet beløb og Pr. rate er udfyldt af en bruger`,
  allocationConflictsBody:
    "Fordelingen vil skrive i disse celler. De gamle værdier gemmes, så Fortryd seneste kørsel (fanen Målopfyldelse) kan sætte dem tilbage.",
  allocationConflictsCancelled: (n: number) =>
    `Intet er skrevet: ${n === 1 ? "1 celle" : `${n} celler`} i kolonnerne Beregnet andel, Beregnet beløb og Pr. rate er udfyldt af en bruger.`,
  announceAllocationPreview: (sum: string, difference: string) =>
    `Forhåndsvisning: beløbene i alt ${sum}, forskel fra totalen ${difference}`,
  announceAllocationWritten: (sum: string) => `Fordelingen er skrevet: beløbene i alt ${sum}`,
  announceAllocationErrors: (n: number) =>
    n === 1
      ? "1 fejl i fordelingsnøglen. Intet er skrevet."
      : `${n} fejl i fordelingsnøglen. Intet er skrevet.`,
  announceAllocationConflicts: (n: number) =>
    `${n === 1 ? "1 celle" : `${n} celler`} i fordelingens kolonner er udfyldt af en bruger. Overskriv?`,
  announceAllocationFailed: "Fordelingen kunne ikke skrives.",

  // Hvad nu hvis (what if)
  whatIfIntro:
    "Prøv andre tærskler, resultater og regler. Alt regnes om, mens du skriver; måltabellen ændres ikke.",
  whatIfLoading: "Læser måltabellen …",
  whatIfNoGoalTable: "Der er ikke fundet nogen måltabel i projektmappen.",
  whatIfWorkbookErrors: (n: number) =>
    `Måltabellen har ${n === 1 ? "1 fejl" : `${n} fejl`}; mål med fejl tæller ikke med. Ret dem og tryk Genindlæs.`,
  whatIfReset: "Nulstil ændringer",
  whatIfActionsLabel: "Hvad nu hvis-handlinger",
  whatIfOverallHeading: "Samlet målopfyldelse",
  whatIfGoalsHeading: "Mål",
  whatIfNow: (parts: string) => `Nu: ${parts}`,
  whatIfNowResult: (value: string) => `resultat ${value}`,
  whatIfNowPending: "afventer data",
  whatIfNowTier: (tier: string, value: string) => `Mål ${tier}: ${value}`,
  whatIfResultLabel: (row: string) => (row ? `Resultat (${row})` : "Resultat"),
  whatIfResultHint: "Skriv tal som i arket, fx 58, 72,5, 60 %, 3/4 eller Ja.",
  whatIfTierLabel: (tier: string, row: string) => (row ? `Mål ${tier} (${row})` : `Mål ${tier}`),
  whatIfRuleLabel: (row: string) =>
    `Forholdsmæssig opfyldelse${row ? ` (${row})` : ""}: resultat ÷ måltal i stedet for opfyldt/ikke opfyldt`,
  whatIfAssumeLabel: "Antagelse",
  whatIfAssume: {
    none: "Ingen (afventer data)",
    met: "Antag opfyldt",
    notMet: "Antag ikke opfyldt",
  },
  whatIfBefore: "Før",
  whatIfAfter: "Efter",
  whatIfPoints: (signed: string) => `${signed} procentpoint`,
  whatIfNoDifference: "ingen ændring",
  whatIfDistance: "Afstand til næste trin",
  whatIfAppliedHeading: "Ændringer",
  whatIfNoChanges:
    "Ingen ændringer endnu: skriv et andet resultat eller en anden tærskel ved et mål.",
  whatIfNewErrorsTitle: "Ændringerne giver fejl i måltabellen",
  saveScenario: "Gem scenarie",
  savingScenario: "Gemmer scenariet …",
  scenarioSavedTitle: "Scenariet er gemt",
  scenarioSaved: (sheet: string) =>
    `Arket ${sheet} har ændringerne, målopfyldelsen før og efter og et diagram. Måltabellen er ikke ændret. Fortryd seneste kørsel på fanen Målopfyldelse fjerner arket igen.`,
  scenarioFailedTitle: "Scenariet kunne ikke gemmes",
  announceWhatIf: (before: string, after: string) =>
    `Samlet målopfyldelse før ${before}, efter ${after}`,
  announceScenarioSaved: (sheet: string) => `Scenariet er gemt på arket ${sheet}`,
  announceScenarioFailed: "Scenariet kunne ikke gemmes.",
  sweepHeading: "Gennemløb af en tærskel",
  sweepGoalLabel: "Mål og tærskel",
  sweepFromLabel: "Fra",
  sweepToLabel: "Til",
  sweepStepLabel: "Skridt",
  sweepTableLabel: (label: string) => `Gennemløb af ${label}`,
  sweepValue: "Værdi",
  sweepGoal: (id: string) => `Mål ${id}`,
  sweepStatus: "Status",
  sweepOverall: "Samlet",
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
  lastOtherRun: (time, writer, sheet) =>
    writer === "fordeling"
      ? `Last run: ${time} – the allocation on the sheet ${sheet}`
      : writer === "spredning"
        ? `Last run: ${time} – the geographic spread on the sheet ${sheet}`
        : `Last run: ${time} – the scenario on the sheet ${sheet}`,
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

  fordelingIntro:
    "Splits an amount by population so the amounts add up exactly to the total, and audits the key the table states.",
  keySetupHeading: "Key and amount",
  keyTableLabel: "Population key",
  keyTableHint:
    "Found by its headers (e.g. Kommune and Indbyggere). Choose another one if the guess is wrong.",
  noKeyTable:
    "No population key was found in the workbook: a table needs the headers Kommune and Indbyggere (or Beløb).",
  totalLabel: "Amount to split (DKK)",
  totalHint: "E.g. 16,500,000. The preview updates as you type.",
  totalInvalid: (message) => `${message}. Enter the amount in kroner, e.g. 16,500,000.`,
  unitLabel: "Rounding",
  unitOption: (unit) => `DKK ${unit}`,
  instalmentsLabel: "Instalments a year",
  instalmentsOption: {
    1: "1 (one yearly payment)",
    4: "4 (quarterly)",
    12: "12 (monthly)",
  },
  methodLabel: "Method",
  method: {
    "largest-remainder": "Largest remainder (default)",
    "round-each": "Round each (legacy method)",
  },
  basisLabel: "Split by",
  basis: {
    population: "Population",
    amount: "The stated amounts (for a key without populations)",
  },
  basisAmountSuggestion:
    "The table only has amounts. Choose 'The stated amounts' under Split by to use them as the key, or add the populations.",
  countDateLabel: "Population as of (optional)",
  countDateHint: "E.g. 1. januar 2018. Shown on the Fordeling sheet.",
  reload: "Reload",
  writeAllocation: "Write the allocation",
  allocationActionsLabel: "Allocation actions",
  allocationPreviewing: "Computing the allocation …",
  allocationWriting: "Writing the allocation …",
  allocationPreviewNote:
    "Allocation preview: nothing has been written to the workbook yet. Press Write the allocation to write it.",
  allocationWrittenTitle: "The allocation was written",
  allocationWritten: (table, sheet) =>
    `The columns Beregnet andel, Beregnet beløb and Pr. rate are now in the table ${table} (the sums on its total row), and the sheet ${sheet} has the allocation, the audit and a chart.`,
  allocationUndoHint: "Undo last run on the Fulfilment tab removes it again.",
  allocationPreviewConflicts: (n) =>
    `${n === 1 ? "1 cell" : `${n} cells`} in the columns Beregnet andel, Beregnet beløb and Pr. rate ${n === 1 ? "was" : "were"} filled in by a user: Write the allocation asks before overwriting.`,
  allocationHeading: "Allocation result",
  allocationTotal: "Total",
  allocationSum: "Sum of the amounts",
  allocationDifference: "Difference from the total",
  allocationInstalmentSum: "Per instalment, all",
  kroner: (amount) => `DKK ${amount}`,
  allocationTableLabel: "The allocation by municipality",
  allocationKeyAmounts: "The key is the stated amounts, because the table has no populations.",
  columnName: "Municipality",
  columnPopulation: "Population",
  columnKeyAmount: "Key (amount)",
  columnShare: "Share",
  columnAmount: "Amount (DKK)",
  columnInstalment: "Per instalment (DKK)",
  columnAdjustment: "Rounding (DKK)",
  totalRow: "Total",
  auditHeading: "Audit of the key",
  auditHint: "Choose a finding to go to its cell.",
  auditListLabel: "Audit findings",
  severity: { discrepancy: "Discrepancy", note: "Note" },
  allocationErrorsTitle: (n) =>
    n === 1 ? "1 error in the population key" : `${n} errors in the population key`,
  allocationErrorsBody:
    "Nothing was written. Correct the cells and press Reload. Choose an error to go to its cell.",
  allocationErrorsListLabel: "Errors in the population key",
  allocationFailedTitle: "The allocation could not be written",
  allocationConflictsTitle: (n) =>
    n === 1
      ? "1 cell in the columns Beregnet andel, Beregnet beløb and Pr. rate was filled in by a user"
      : `${n} cells in the columns Beregnet andel, Beregnet beløb and Pr. rate were filled in by a user`,
  allocationConflictsBody:
    "The allocation will write to these cells. The old values are kept, so Undo last run (Fulfilment tab) can put them back.",
  allocationConflictsCancelled: (n) =>
    `Nothing was written: ${n === 1 ? "1 cell" : `${n} cells`} in the columns Beregnet andel, Beregnet beløb and Pr. rate ${n === 1 ? "was" : "were"} filled in by a user.`,
  announceAllocationPreview: (sum, difference) =>
    `Preview: the amounts add up to ${sum}, difference from the total ${difference}`,
  announceAllocationWritten: (sum) => `The allocation was written: the amounts add up to ${sum}`,
  announceAllocationErrors: (n) =>
    n === 1
      ? "1 error in the population key. Nothing was written."
      : `${n} errors in the population key. Nothing was written.`,
  announceAllocationConflicts: (n) =>
    `${n === 1 ? "1 cell" : `${n} cells`} in the allocation's columns ${n === 1 ? "was" : "were"} filled in by a user. Overwrite?`,
  announceAllocationFailed: "The allocation could not be written.",

  whatIfIntro:
    "Try other thresholds, results and rules. Everything is recalculated as you type; the goal table is not changed.",
  whatIfLoading: "Reading the goal table …",
  whatIfNoGoalTable: "No goal table was found in the workbook.",
  whatIfWorkbookErrors: (n) =>
    `The goal table has ${n === 1 ? "1 error" : `${n} errors`}; goals with errors do not count. Correct them and press Reload.`,
  whatIfReset: "Reset changes",
  whatIfActionsLabel: "What-if actions",
  whatIfOverallHeading: "Overall fulfilment",
  whatIfGoalsHeading: "Goals",
  whatIfNow: (parts) => `Now: ${parts}`,
  whatIfNowResult: (value) => `result ${value}`,
  whatIfNowPending: "awaiting data",
  whatIfNowTier: (tier, value) => `Target ${tier}: ${value}`,
  whatIfResultLabel: (row) => (row ? `Result (${row})` : "Result"),
  whatIfResultHint: "Type figures as in the sheet, e.g. 58, 72,5, 60 %, 3/4 or Ja.",
  whatIfTierLabel: (tier, row) => (row ? `Target ${tier} (${row})` : `Target ${tier}`),
  whatIfRuleLabel: (row) =>
    `Proportional fulfilment${row ? ` (${row})` : ""}: result ÷ target instead of met/not met`,
  whatIfAssumeLabel: "Assumption",
  whatIfAssume: {
    none: "None (awaiting data)",
    met: "Assume met",
    notMet: "Assume not met",
  },
  whatIfBefore: "Before",
  whatIfAfter: "After",
  whatIfPoints: (signed) => `${signed} percentage points`,
  whatIfNoDifference: "no change",
  whatIfDistance: "Distance to the next tier",
  whatIfAppliedHeading: "Changes",
  whatIfNoChanges: "No changes yet: enter another result or threshold for a goal.",
  whatIfNewErrorsTitle: "The changes cause errors in the goal table",
  saveScenario: "Save scenario",
  savingScenario: "Saving the scenario …",
  scenarioSavedTitle: "The scenario was saved",
  scenarioSaved: (sheet) =>
    `The sheet ${sheet} has the changes, the fulfilment before and after and a chart. The goal table was not changed. Undo last run on the Fulfilment tab removes the sheet again.`,
  scenarioFailedTitle: "The scenario could not be saved",
  announceWhatIf: (before, after) => `Overall fulfilment before ${before}, after ${after}`,
  announceScenarioSaved: (sheet) => `The scenario was saved on the sheet ${sheet}`,
  announceScenarioFailed: "The scenario could not be saved.",
  sweepHeading: "Sweep of a threshold",
  sweepGoalLabel: "Goal and threshold",
  sweepFromLabel: "From",
  sweepToLabel: "To",
  sweepStepLabel: "Step",
  sweepTableLabel: (label) => `Sweep of ${label}`,
  sweepValue: "Value",
  sweepGoal: (id) => `Goal ${id}`,
  sweepStatus: "Status",
  sweepOverall: "Overall",
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
