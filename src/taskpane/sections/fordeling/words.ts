// Fordeling's words (Danish, English), completed with the shared ones (../../shared/words.ts). The key table's
// output columns are named as the workbook names them (workbook.ts), in the same words in both languages.
import type { AuditFinding, Instalments, KeyBasis, Method } from "../../../core/allocate";
import { sectionWords } from "../../shared/words";
import { KEY_OUTPUT_HEADERS } from "./workbook";

/** "A, B og C" */
function listed(names: string[], and: string): string {
  return names.length < 2
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

const COLUMNS_DA = listed(KEY_OUTPUT_HEADERS, "og");
const COLUMNS_EN = listed(KEY_OUTPUT_HEADERS, "and");

export const fordelingWords = sectionWords({
  da: {
    fordelingIntro:
      "Fordeler et beløb efter indbyggertal, så beløbene summer præcist til totalen, og reviderer den nøgle, der står i tabellen.",
    keySetupHeading: "Nøgle og beløb",
    keySourceLabel: "Indbyggertal",
    keySourceTable: "Fra en fordelingsnøgle i projektmappen",
    keySourceDst: (year: number) => `Fra Danmarks Statistik (1. januar ${year})`,
    hubLabel: "Erhvervshus",
    yearLabel: "År (befolkningen 1. januar)",
    dstHint:
      "Kommunerne og deres indbyggertal kommer fra Danmarks Statistik (FOLK1A); ingen tabel skal tastes. Arket Fordeling bliver nøgletabellen. Kilde: Danmarks Statistik.",
    allocationWrittenDst: (sheet: string) =>
      `Arket ${sheet} har nøgletabellen med Danmarks Statistiks indbyggertal, fordelingen og et diagram.`,
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
    writeAllocation: "Skriv fordelingen",
    allocationActionsLabel: "Fordelingens handlinger",
    allocationPreviewing: "Beregner fordelingen …",
    allocationWriting: "Skriver fordelingen …",
    allocationPreviewNote:
      "Forhåndsvisning af fordelingen: intet er skrevet i projektmappen endnu. Tryk Skriv fordelingen for at skrive den.",
    allocationWrittenTitle: "Fordelingen er skrevet",
    allocationWritten: (table: string, sheet: string) =>
      `Kolonnerne ${COLUMNS_DA} står nu i tabellen ${table} (summerne i totalrækken), og arket ${sheet} har fordelingen, revisionen og et diagram.`,
    allocationUndoHint: "Fortryd herunder fjerner det igen.",
    allocationPreviewConflicts: (n: number) =>
      `${n === 1 ? "1 celle" : `${n} celler`} i kolonnerne ${COLUMNS_DA} er udfyldt af en bruger: Skriv fordelingen spørger, før de overskrives.`,
    allocationHeading: "Resultat af fordelingen",
    allocationTotal: "Total",
    allocationSum: "Beløbene i alt",
    allocationDifference: "Forskel fra totalen",
    allocationInstalmentSum: "Pr. rate i alt",
    allocationTableLabel: "Fordelingen pr. kommune",
    allocationKeyAmounts: "Nøglen er de angivne beløb, fordi tabellen ikke har indbyggertal.",
    columnName: "Kommune",
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
        ? `1 celle i kolonnerne ${COLUMNS_DA} er udfyldt af en bruger`
        : `${n} celler i kolonnerne ${COLUMNS_DA} er udfyldt af en bruger`,
    allocationConflictsBody:
      "Fordelingen vil skrive i disse celler. De gamle værdier gemmes, så Fortryd kan sætte dem tilbage.",
    allocationConflictsCancelled: (n: number) =>
      `Intet er skrevet: ${n === 1 ? "1 celle" : `${n} celler`} i kolonnerne ${COLUMNS_DA} er udfyldt af en bruger.`,
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
  },
  en: {
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
    keySourceLabel: "Populations",
    keySourceTable: "From a key table in the workbook",
    keySourceDst: (year) => `From Statistics Denmark (1 January ${year})`,
    hubLabel: "Business hub",
    yearLabel: "Year (population on 1 January)",
    dstHint:
      "The municipalities and their populations come from Statistics Denmark (FOLK1A); no table needs typing. The Fordeling sheet becomes the key table. Source: Danmarks Statistik.",
    allocationWrittenDst: (sheet) =>
      `The sheet ${sheet} has the key table with Statistics Denmark's populations, the split and a chart.`,
    writeAllocation: "Write the allocation",
    allocationActionsLabel: "Allocation actions",
    allocationPreviewing: "Computing the allocation …",
    allocationWriting: "Writing the allocation …",
    allocationPreviewNote:
      "Allocation preview: nothing has been written to the workbook yet. Press Write the allocation to write it.",
    allocationWrittenTitle: "The allocation was written",
    allocationWritten: (table, sheet) =>
      `The columns ${COLUMNS_EN} are now in the table ${table} (the sums on its total row), and the sheet ${sheet} has the allocation, the audit and a chart.`,
    allocationUndoHint: "Undo below removes it again.",
    allocationPreviewConflicts: (n) =>
      `${n === 1 ? "1 cell" : `${n} cells`} in the columns ${COLUMNS_EN} ${n === 1 ? "was" : "were"} filled in by a user: Write the allocation asks before overwriting.`,
    allocationHeading: "Allocation result",
    allocationTotal: "Total",
    allocationSum: "Sum of the amounts",
    allocationDifference: "Difference from the total",
    allocationInstalmentSum: "Per instalment, all",
    allocationTableLabel: "The allocation by municipality",
    allocationKeyAmounts: "The key is the stated amounts, because the table has no populations.",
    columnName: "Municipality",
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
        ? `1 cell in the columns ${COLUMNS_EN} was filled in by a user`
        : `${n} cells in the columns ${COLUMNS_EN} were filled in by a user`,
    allocationConflictsBody:
      "The allocation will write to these cells. The old values are kept, so Undo can put them back.",
    allocationConflictsCancelled: (n) =>
      `Nothing was written: ${n === 1 ? "1 cell" : `${n} cells`} in the columns ${COLUMNS_EN} ${n === 1 ? "was" : "were"} filled in by a user.`,
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
  },
});

export type FordelingWords = (typeof fordelingWords)["da"];
