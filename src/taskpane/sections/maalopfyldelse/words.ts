// Målopfyldelse's words (Danish, English), completed with the shared ones (../../shared/words.ts).
import { sectionWords } from "../../shared/words";
import type { MappableRole } from "./goalColumns";

export const maalopfyldelseWords = sectionWords({
  da: {
    // Goal table and mapping
    setupHeading: "Måltabel",
    goalTableLabel: "Måltabel",
    goalTableHint: "Fundet ud fra overskrifterne. Vælg en anden, hvis gættet er forkert.",
    noGoalTable: "Der er ikke fundet nogen måltabel i projektmappen.",
    mappingHeading: (mapped: number) => `Kolonner (${mapped} genkendt)`,
    mappingHint:
      "Hvilken kolonne i måltabellen bruges til hvad. Ret det, hvis en kolonne er gættet forkert.",
    useSelection: "Brug markeringen",
    useSelectionHint:
      "Er måltabellen ikke fundet, eller er det en anden? Markér den i arket med overskriftsrækken øverst, tryk Brug markeringen, og vælg kolonnerne under Kolonner.",
    selectionProblem: {
      several: "Markér ét sammenhængende område, ikke flere på én gang.",
      small: "Markér hele måltabellen: overskriftsrækken og rækkerne under den.",
    },
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
    // The KKR agenda memo (the panel's own words are in memo/words.ts, loaded with it)
    memoAction: "Dagsordenspunkt (Word)",
    memoOpen: "Lav dagsordenspunkt",
    memoClose: "Skjul dagsordenspunkt",
    undo: "Fortryd seneste kørsel",
    running: "Beregner målopfyldelsen …",
    previewing: "Læser projektmappen …",
    undoing: "Fortryder den seneste kørsel …",
    lastRun: (time: string, overall: string) => `Seneste kørsel: ${time} – ${overall}`,
    lastOtherRun: (
      time: string,
      writer: "fordeling" | "scenarie" | "spredning" | "sammenligning",
      sheet: string
    ) =>
      writer === "fordeling"
        ? `Seneste kørsel: ${time} – fordelingen i arket ${sheet}`
        : writer === "spredning"
          ? `Seneste kørsel: ${time} – spredningen i arket ${sheet}`
          : writer === "sammenligning"
            ? `Seneste kørsel: ${time} – sammenligningen i arket ${sheet}`
            : `Seneste kørsel: ${time} – scenariet i arket ${sheet}`,
    noLastRun: "Projektmappen er ikke beregnet endnu.",

    // Result
    resultHeading: "Resultat",
    previewNote:
      "Forhåndsvisning: intet er skrevet i projektmappen endnu. Tryk Beregn for at skrive resultatet.",
    writtenNote: (cells: number) =>
      `Skrevet i projektmappen: ${cells} celler i resultatkolonnerne og arket med oversigten.`,
    overallLabel: "Samlet målopfyldelse",
    countsLabel: "Mål fordelt på status",
    goalsHeading: "Mål",
    agreedBeside: (agreed: string, computed: string) => `Aftalt ${agreed} · beregnet ${computed}`,
    computedPending: "afventer data",
    noExplanation: "Ingen forklaring.",
    warningsTitle: "Bemærk",
    infoTitle: "Til orientering",

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
    conflictsCancelled: (n: number) =>
      `Intet er skrevet: ${n === 1 ? "1 celle" : `${n} celler`} i resultatkolonnerne er udfyldt af en bruger.`,

    // Failure
    failedTitle: "Beregningen kunne ikke skrives",

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
  },
  en: {
    setupHeading: "Goal table",
    goalTableLabel: "Goal table",
    goalTableHint: "Found by its headers. Choose another one if the guess is wrong.",
    noGoalTable: "No goal table was found in the workbook.",
    mappingHeading: (mapped) => `Columns (${mapped} recognised)`,
    mappingHint:
      "Which column of the goal table is used for what. Correct it if a column was guessed wrong.",
    useSelection: "Use the selection",
    useSelectionHint:
      "Goal table not found, or the wrong one? Select it in the sheet with its header row at the top, press Use the selection, and choose its columns under Columns.",
    selectionProblem: {
      several: "Select one contiguous range, not several at once.",
      small: "Select the whole goal table: the header row and the rows under it.",
    },
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
    memoAction: "Agenda item (Word)",
    memoOpen: "Make agenda item",
    memoClose: "Hide agenda item",
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
          : writer === "sammenligning"
            ? `Last run: ${time} – the comparison on the sheet ${sheet}`
            : `Last run: ${time} – the scenario on the sheet ${sheet}`,
    noLastRun: "The workbook has not been calculated yet.",

    resultHeading: "Result",
    previewNote:
      "Preview: nothing has been written to the workbook yet. Press Calculate to write the result.",
    writtenNote: (cells) =>
      `Written to the workbook: ${cells} cells in the result columns and the summary sheet.`,
    overallLabel: "Overall fulfilment",
    countsLabel: "Goals by status",
    goalsHeading: "Goals",
    agreedBeside: (agreed, computed) => `Agreed ${agreed} · computed ${computed}`,
    computedPending: "awaiting data",
    noExplanation: "No explanation.",
    warningsTitle: "Note",
    infoTitle: "For your information",

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
    conflictsCancelled: (n) =>
      `Nothing was written: ${n === 1 ? "1 cell" : `${n} cells`} in the result columns were filled in by a user.`,

    failedTitle: "The result could not be written",

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
  },
});

export type MaalopfyldelseWords = (typeof maalopfyldelseWords)["da"];
