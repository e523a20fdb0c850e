// Kontrollér Excel's words (Danish, English), completed with the shared ones (../../shared/words.ts).
import { sectionWords } from "../../shared/words";

export const kontrolWords = sectionWords({
  da: {
    checkIntro:
      "Kører hvert Excel-kald, tilføjelsesprogrammet bruger, på et midlertidigt ark, som fjernes igen bagefter. Dine egne celler ændres ikke, men Excels fortryd-historik ryddes. Send rapporten til os, hvis en kontrol fejler.",
    checkRun: "Kontrollér Excel",
    checkRunning: "Kontrollerer …",
    checkPlatform: (platform: string, version: string) => `Excel ${version} (${platform})`,
    checkSets: "Kravsæt",
    checkSetPresent: "ja",
    checkSetMissing: "nej",
    checkSummary: (passed: number, total: number) => `${passed} af ${total} kontroller bestået`,
    checkPassed: "Bestået",
    checkFailed: (code: string) => `Fejlet (${code})`,
    checkCopy: "Kopiér rapport",
    checkCopied: "Rapporten er kopieret.",
    checkCopyFailed: "Rapporten kunne ikke kopieres; markér teksten herunder og kopiér den selv.",
    checkReportLabel: "Rapport",
  },
  en: {
    checkIntro:
      "Runs every Excel call the add-in uses on a temporary sheet, which is removed afterwards. Your own cells are not changed, but Excel's undo history is cleared. Send us the report if a check fails.",
    checkRun: "Check Excel",
    checkRunning: "Checking …",
    checkPlatform: (platform: string, version: string) => `Excel ${version} (${platform})`,
    checkSets: "Requirement sets",
    checkSetPresent: "yes",
    checkSetMissing: "no",
    checkSummary: (passed: number, total: number) => `${passed} of ${total} checks passed`,
    checkPassed: "Passed",
    checkFailed: (code: string) => `Failed (${code})`,
    checkCopy: "Copy report",
    checkCopied: "The report is copied.",
    checkCopyFailed: "The report could not be copied; select the text below and copy it yourself.",
    checkReportLabel: "Report",
  },
});
