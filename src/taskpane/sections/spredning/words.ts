// Spredning's words (Danish, English), completed with the shared ones (../../shared/words.ts). The workbook's sheet
// is Danish in both languages.
import { sectionWords } from "../../shared/words";

export const spredningWords = sectionWords({
  da: {
    spredningIntro:
      "Geografisk spredning (mål 2): aktiviteter pr. kommune i Erhvervshusets område mod befolkningen, dækningen og landindekset. Kilde: Danmarks Statistik.",
    activityTableLabel: "Aktivitetsliste",
    activityTableHint: "En tabel med en kolonne for kommunen (fx Kommune), gerne også CVR.",
    noActivityTable:
      "Der er ikke fundet nogen aktivitetsliste i projektmappen: en tabel skal have en kolonne med kommunen (fx Kommune).",
    hubLabel: "Erhvervshus",
    hubAutomatic: "Find det ud fra listen",
    yearLabel: "Befolkningen 1. januar",
    yearAutomatic: "Fra listens År- eller Dato-kolonne",
    writeSpread: "Skriv spredningen",
    spreadActionsLabel: "Spredningens handlinger",
    spreadPreviewing: "Beregner spredningen …",
    spreadWriting: "Skriver spredningen …",
    coverageLine: (covered: number, of: number, share: string) =>
      `Dækning: ${covered} af ${of} kommuner (${share}) har mindst én aktivitet`,
    ruralLine: (index: string) => `Landindeks: ${index} (100 = som befolkningen)`,
    outsideLine: (n: number) =>
      n === 0
        ? "Ingen rækker uden for huset"
        : `Uden for huset: ${n === 1 ? "1 række" : `${n} rækker`}`,
    spreadTableLabel: "Spredningen pr. kommune",
    columnMunicipality: "Kommune",
    columnActivities: "Aktiviteter",
    columnIndex: "Indeks",
    spreadPreviewNote:
      "Forhåndsvisning: intet er skrevet i projektmappen endnu. Tryk Skriv spredningen for at skrive arket.",
    spreadWrittenTitle: "Spredningen er skrevet",
    spreadWritten: (sheet: string) =>
      `Arket ${sheet} har tabellen pr. kommune, dækningen, landindekset, rækkerne uden for huset og et diagram. Fortryd herunder fjerner det igen.`,
    spreadErrorsTitle: (n: number) =>
      n === 1 ? "1 fejl i aktivitetslisten" : `${n} fejl i aktivitetslisten`,
    spreadErrorsBody: "Ret dem, og tryk Genindlæs. Intet er skrevet.",
    spreadErrorsListLabel: "Fejl i aktivitetslisten",
    spreadFailedTitle: "Spredningen blev ikke skrevet",
    announceSpread: (covered: number, of: number, index: string) =>
      `Dækning ${covered} af ${of}, landindeks ${index}`,
  },
  en: {
    spredningIntro:
      "Geographic spread (goal 2): activities per municipality of the business hub against the population, coverage and the rural index. Source: Danmarks Statistik.",
    activityTableLabel: "Activity list",
    activityTableHint: "A table with a municipality column (e.g. Kommune), ideally also CVR.",
    noActivityTable:
      "No activity list was found in the workbook: a table needs a municipality column (e.g. Kommune).",
    hubLabel: "Business hub",
    hubAutomatic: "Find it from the list",
    yearLabel: "Population on 1 January",
    yearAutomatic: "From the list's year or date column",
    writeSpread: "Write the spread",
    spreadActionsLabel: "Spread actions",
    spreadPreviewing: "Calculating the spread …",
    spreadWriting: "Writing the spread …",
    coverageLine: (covered, of, share) =>
      `Coverage: ${covered} of ${of} municipalities (${share}) have at least one activity`,
    ruralLine: (index) => `Rural index: ${index} (100 = as the population)`,
    outsideLine: (n) =>
      n === 0 ? "No rows outside the hub" : `Outside the hub: ${n === 1 ? "1 row" : `${n} rows`}`,
    spreadTableLabel: "The spread per municipality",
    columnMunicipality: "Municipality",
    columnActivities: "Activities",
    columnIndex: "Index",
    spreadPreviewNote:
      "Preview: nothing has been written to the workbook yet. Press Write the spread to write the sheet.",
    spreadWrittenTitle: "The spread was written",
    spreadWritten: (sheet) =>
      `The sheet ${sheet} has the table per municipality, coverage, the rural index, the rows outside the hub and a chart. Undo below removes it again.`,
    spreadErrorsTitle: (n) =>
      n === 1 ? "1 error in the activity list" : `${n} errors in the activity list`,
    spreadErrorsBody: "Correct them and press Reload. Nothing was written.",
    spreadErrorsListLabel: "Errors in the activity list",
    spreadFailedTitle: "The spread was not written",
    announceSpread: (covered, of, index) => `Coverage ${covered} of ${of}, rural index ${index}`,
  },
});
export type SpredningWords = (typeof spredningWords)["da"];
