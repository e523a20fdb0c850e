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
    lastYearTitle: "Sidste års projektmappe",
    lastYearIntro:
      "Hent målarket fra sidste års projektmappe ind i denne, så de kan sammenlignes. Kun ark med en måltabel hentes. Excel kan ikke fortryde det: din fortryd-historik i Excel ryddes.",
    lastYearPick: "Vælg sidste års projektmappe (.xlsx)",
    lastYearUnsupported:
      "Din Excel kan ikke hente ark fra en anden projektmappe (det kræver ExcelApi 1.13). Gør det i hånden: åbn sidste års projektmappe, højreklik på målarkets fane, vælg Flyt eller kopiér, vælg denne projektmappe og Opret en kopi, og tryk så Genindlæs her.",
    lastYearInserting: "Henter arkene fra sidste års projektmappe …",
    lastYearInserted: (sheets: string) =>
      `Hentet ind: ${sheets}. Vælg måltabellerne, og tryk Sammenlign.`,
    lastYearClash: (sheets: string) =>
      `Projektmappen har allerede et ark, der hedder ${sheets}. Omdøb dit ark (eller arket i filen), og prøv igen. Intet er hentet.`,
    lastYearNoGoalTable:
      "Filen har ingen måltabel (overskrifter som Nr, Mål og Resultat). Intet er hentet.",
    lastYearRefused: (detail: string) => `Filen kan ikke åbnes sikkert: ${detail} Intet er hentet.`,
    lastYearUnreadable: "Filen kan ikke læses som en Excel-projektmappe (.xlsx). Intet er hentet.",
    lastYearUnsupportedFeature:
      "Excel på nettet kan ikke hente ark med diagrammer, kommentarer, pivottabeller eller udsnitsværktøjer. Fjern dem i en kopi af filen, eller kopiér arket ind i hånden (Flyt eller kopiér), og tryk Genindlæs. Intet er hentet.",
    lastYearFailed: (code: string) => `Excel kunne ikke hente arkene (${code}). Intet er hentet.`,
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
    lastYearTitle: "Last year's workbook",
    lastYearIntro:
      "Bring the goal sheet of last year's workbook into this one, to compare them. Only sheets with a goal table are brought in. Excel cannot undo it: your Excel undo history is cleared.",
    lastYearPick: "Choose last year's workbook (.xlsx)",
    lastYearUnsupported:
      "Your Excel cannot bring sheets in from another workbook (it needs ExcelApi 1.13). Do it by hand: open last year's workbook, right-click the goal sheet's tab, choose Move or Copy, choose this workbook and Create a copy, then press Reload here.",
    lastYearInserting: "Bringing in the sheets of last year's workbook …",
    lastYearInserted: (sheets) =>
      `Brought in: ${sheets}. Choose the goal tables and press Compare.`,
    lastYearClash: (sheets) =>
      `The workbook already has a sheet called ${sheets}. Rename your sheet (or the one in the file) and try again. Nothing was brought in.`,
    lastYearNoGoalTable:
      "The file has no goal table (headers such as Nr, Mål and Resultat). Nothing was brought in.",
    lastYearRefused: (detail) =>
      `The file cannot be opened safely: ${detail} Nothing was brought in.`,
    lastYearUnreadable:
      "The file cannot be read as an Excel workbook (.xlsx). Nothing was brought in.",
    lastYearUnsupportedFeature:
      "Excel on the web cannot bring in sheets with charts, comments, PivotTables or slicers. Remove them in a copy of the file, or copy the sheet in by hand (Move or Copy), and press Reload. Nothing was brought in.",
    lastYearFailed: (code) =>
      `Excel could not bring the sheets in (${code}). Nothing was brought in.`,
  },
});

export type SammenlignWords = (typeof sammenlignWords)["da"];
