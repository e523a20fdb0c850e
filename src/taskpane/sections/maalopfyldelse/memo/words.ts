// The agenda memo's words (Danish, English). Loaded with the memo panel, not with the first view.
import { sectionWords } from "../../../shared/words";

export const memoWords = sectionWords({
  da: {
    memoIntro:
      "Et Word-dokument med sagsfremstilling, oversigt over målene, diagrammet og indstillingen, lavet ud fra de samme tal som Oversigt. Intet skrives i projektmappen.",
    memoReading: "Læser projektmappen til dagsordenspunktet …",
    memoMaking: "Laver Word-dokumentet …",
    memoTitleLabel: "Titel",
    memoTitleHint: "Fra titlen over måltabellen; ret den, hvis den er forkert.",
    memoMissing: (what: string) => `${what} står ikke i projektmappen; skriv det i titlen.`,
    memoMissingWords: { hub: "Erhvervshuset", kkr: "KKR", year: "Året" },
    memoDateLabel: "Mødedato",
    memoIndstillingLabel: "Indstilling",
    memoIndstillingHint:
      "Den sætning, KKR skal tage stilling til. Ret den, før du henter dokumentet.",
    memoMake: "Hent Word-dokument",
    memoErrors:
      "Projektmappen har fejl (se listen under Resultat). Ret dem, før der kan laves et dagsordenspunkt.",
    memoFailed: (message: string) => `Dagsordenspunktet kunne ikke laves: ${message}`,
    memoSaved: (file: string) => `${file} er hentet. Åbn det i Word, eller gem det som PDF derfra.`,
    memoChartExcel: "Diagrammet er Excels eget fra arket Oversigt.",
    memoChartDrawn:
      "Diagrammet er tegnet af tilføjelsesprogrammet (tryk Beregn for at bruge Excels eget).",
    memoSaveLink: (file: string) => `Gem ${file}`,
    memoMacTitle: "Excel til Mac kan ikke gemme filer fra et tilføjelsesprogram",
    memoMacBody:
      "Apple-versionen af Office blokerer overførsler fra opgaveruden (office-js #2700). Lav dagsordenspunktet i Excel på nettet eller i Windows, eller på kommandolinjen: npx maalopfyldelse memo <projektmappe.xlsx>. Du kan prøve linket herunder; virker det ikke, sker der intet.",
  },
  en: {
    memoIntro:
      "A Word document with the case summary, the goal overview, the chart and the recommendation, made from the same figures as Oversigt. Nothing is written to the workbook. The document is in Danish.",
    memoReading: "Reading the workbook for the agenda item …",
    memoMaking: "Making the Word document …",
    memoTitleLabel: "Title",
    memoTitleHint: "From the title above the goal table; correct it if it is wrong.",
    memoMissing: (what: string) => `${what} is not in the workbook; write it in the title.`,
    memoMissingWords: { hub: "The business hub", kkr: "The KKR", year: "The year" },
    memoDateLabel: "Meeting date",
    memoIndstillingLabel: "Recommendation (Indstilling)",
    memoIndstillingHint: "The sentence the KKR is asked to decide on. Edit it before you download.",
    memoMake: "Download Word document",
    memoErrors:
      "The workbook has errors (see the list under Result). Correct them before an agenda item can be made.",
    memoFailed: (message: string) => `The agenda item could not be made: ${message}`,
    memoSaved: (file: string) =>
      `${file} has been downloaded. Open it in Word, or save it as PDF from there.`,
    memoChartExcel: "The chart is Excel's own, from the Oversigt sheet.",
    memoChartDrawn: "The chart is drawn by the add-in (press Calculate to use Excel's own).",
    memoSaveLink: (file: string) => `Save ${file}`,
    memoMacTitle: "Excel for Mac cannot save files from an add-in",
    memoMacBody:
      "Office for Mac blocks downloads from the task pane (office-js #2700). Make the agenda item in Excel on the web or on Windows, or on the command line: npx maalopfyldelse memo <workbook.xlsx>. You can try the link below; if it does not work, nothing happens.",
  },
});
