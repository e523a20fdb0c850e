// Sammenlign's words (Danish, English), completed with the shared ones (../../shared/words.ts).
import { sectionWords } from "../../shared/words";

export const sammenlignWords = sectionWords({
  da: {
    compareIntro:
      "Sæt to kontraktår eller flere huse side om side: vælg mindst to måltabeller og giv dem hver et navn. Sammenligningen skrives i arket Sammenligning; måltabellerne ændres ikke.",
    compareLoading: "Læser måltabellerne …",
    compareWriting: "Sammenligner og skriver arket Sammenligning …",
    compareTablesLabel: "Måltabeller at sammenligne",
    compareNoTables:
      "Der er ikke fundet nogen måltabel i projektmappen. Sammenligningen kræver mindst to.",
    compareOneTable:
      "Der er kun én måltabel i projektmappen. Kopiér sidste års måltabel ind som et ark, og tryk Genindlæs.",
    compareLabel: (table: string) => `Navn for ${table}`,
    compareRun: "Sammenlign",
    compareActionsLabel: "Sammenlign-handlinger",
    compareErrorsTitle: "Måltabellerne har fejl; intet er skrevet",
    compareWrittenTitle: "Sammenligningen er skrevet",
    compareWritten: (sheet: string) =>
      `Se arket ${sheet}. Fortryd seneste kørsel fjerner den igen.`,
    compareCounts: (ny: number, udgaaet: number, aendret: number, uaendret: number) =>
      `${ny} nye, ${udgaaet} udgåede, ${aendret} ændrede og ${uaendret} uændrede mål`,
    compareOverall: (label: string, overall: string) => `${label}: ${overall}`,
    compareFailedTitle: "Sammenligningen kunne ikke skrives",
    announceCompared: (sheet: string) => `Sammenligningen er skrevet i arket ${sheet}.`,
  },
  en: {
    compareIntro:
      "Put two contract years or several hubs side by side: choose at least two goal tables and name each. The comparison is written to the sheet Sammenligning; the goal tables are not changed.",
    compareLoading: "Reading the goal tables …",
    compareWriting: "Comparing and writing the sheet Sammenligning …",
    compareTablesLabel: "Goal tables to compare",
    compareNoTables: "No goal table was found in the workbook. A comparison needs at least two.",
    compareOneTable:
      "The workbook has only one goal table. Copy last year's goal table in as a sheet and press Reload.",
    compareLabel: (table) => `Name for ${table}`,
    compareRun: "Compare",
    compareActionsLabel: "Compare actions",
    compareErrorsTitle: "The goal tables have errors; nothing was written",
    compareWrittenTitle: "The comparison has been written",
    compareWritten: (sheet) => `See the sheet ${sheet}. Undo last run removes it again.`,
    compareCounts: (ny, udgaaet, aendret, uaendret) =>
      `${ny} new, ${udgaaet} removed, ${aendret} changed and ${uaendret} unchanged goals`,
    compareOverall: (label, overall) => `${label}: ${overall}`,
    compareFailedTitle: "The comparison could not be written",
    announceCompared: (sheet) => `The comparison has been written to the sheet ${sheet}.`,
  },
});

export type SammenlignWords = (typeof sammenlignWords)["da"];
