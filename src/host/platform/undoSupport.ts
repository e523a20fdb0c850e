// Which Excel JavaScript API calls have no undo support, per platform: the table "Unsupported APIs" of Microsoft's
// "Undo support with the Excel JavaScript API" page, transcribed member by member (page dated 09/09/2025, read
// 2026-08 from OfficeDev/office-js-docs-pr docs/excel/excel-add-ins-undo-capabilities.md):
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities
//
// The page, verbatim where the host relies on it:
//  - "If an API within the group doesn't offer undo support, the `UndoNotSupported` error is thrown to let you know
//    that the operation can't be grouped."
//  - "If you call an unsupported API in your add-in, the user's undo stack is cleared starting from that API call,
//    and a user cannot undo actions past that point."
// Its table has one column for Excel on the web and one for "Excel on Windows and Excel on Mac": the two desktop
// platforms never differ. A property listed there (Worksheet.visibility, Worksheet.name, …) means setting it.

import type { PlatformProfile } from "../types";

/** Where the member has no undo support: everywhere, only on the web, or only on Windows and Mac. */
type Unsupported = "all" | "web" | "desktop";

const UNSUPPORTED: Readonly<Record<string, Unsupported>> = {
  "AllowEditRange.address": "all",
  "AllowEditRange.delete": "all",
  "AllowEditRange.pauseProtection": "all",
  "AllowEditRange.setPassword": "all",
  "AllowEditRange.title": "all",
  "AllowEditRangeCollection.add": "all",
  "AllowEditRangeCollection.pauseProtection": "all",
  "Chart.categoryLabelLevel": "all",
  "Chart.seriesNameLevel": "all",
  "ChartPivotOptions.showAxisFieldButtons": "web",
  "ChartPivotOptions.showLegendFieldButtons": "web",
  "ChartPivotOptions.showReportFilterFieldButtons": "web",
  "ChartPivotOptions.showValueFieldButtons": "web",
  "ChartTrendlineLabel.formula": "web",
  "DataConnectionCollection.refreshAll": "all",
  "DocumentProperties.author": "web",
  "DocumentProperties.category": "web",
  "DocumentProperties.comments": "web",
  "DocumentProperties.company": "web",
  "DocumentProperties.keywords": "web",
  "DocumentProperties.manager": "web",
  "DocumentProperties.revisionNumber": "web",
  "DocumentProperties.subject": "web",
  "DocumentProperties.title": "web",
  "LinkedWorkbook.refresh": "all",
  "LinkedWorkbookCollection.refreshAll": "all",
  "NamedItem.comment": "web",
  "PivotTableStyle.delete": "web",
  "PivotTableStyle.duplicate": "web",
  "PivotTableStyle.name": "web",
  "PivotTableStyleCollection.add": "web",
  "PivotTableStyleCollection.setDefault": "web",
  "Query.delete": "web",
  "Query.refresh": "web",
  "QueryCollection.refreshAll": "web",
  "Slicer.name": "web",
  "Slicer.nameInFormula": "web",
  "SlicerStyle.delete": "web",
  "SlicerStyle.duplicate": "web",
  "SlicerStyle.name": "web",
  "SlicerStyleCollection.add": "web",
  "SlicerStyleCollection.setDefault": "web",
  "Style.addIndent": "web",
  "Style.autoIndent": "web",
  "Style.formulaHidden": "web",
  "Style.horizontalAlignment": "web",
  "Style.includeAlignment": "web",
  "Style.includeBorder": "web",
  "Style.includeFont": "web",
  "Style.includeNumber": "web",
  "Style.includePatterns": "web",
  "Style.includeProtection": "web",
  "Style.indentLevel": "web",
  "Style.locked": "web",
  "Style.numberFormat": "web",
  "Style.numberFormatLocal": "web",
  "Style.orientation": "web",
  "Style.readingOrder": "web",
  "Style.shrinkToFit": "web",
  "Style.textOrientation": "web",
  "Style.verticalAlignment": "web",
  "Style.wrapText": "web",
  "TableStyle.delete": "web",
  "TableStyle.duplicate": "web",
  "TableStyle.name": "web",
  "TableStyleCollection.add": "web",
  "TableStyleCollection.setDefault": "web",
  "TimelineStyle.delete": "web",
  "TimelineStyle.duplicate": "web",
  "TimelineStyle.name": "web",
  "TimelineStyleCollection.add": "web",
  "TimelineStyleCollection.setDefault": "web",
  "Workbook.close": "all",
  "Workbook.insertWorksheetsFromBase64": "all",
  "Workbook.save": "all",
  "WorkbookProtection.protect": "all",
  "WorkbookProtection.unprotect": "all",
  "Worksheet.copy": "all",
  "Worksheet.delete": "all",
  "Worksheet.name": "desktop",
  "Worksheet.standardWidth": "web",
  "Worksheet.position": "desktop",
  "Worksheet.visibility": "desktop",
  "WorksheetCollection.addFromBase64": "all",
  "WorksheetProtection.pauseProtection": "all",
  "WorksheetProtection.protect": "all",
  "WorksheetProtection.resumeProtection": "all",
  "WorksheetProtection.setPassword": "all",
  "WorksheetProtection.unprotect": "all",
  "WorksheetProtection.updateOptions": "all",
};

/** True when calling (or, for a property, setting) `member` ("Worksheet.delete") clears the undo stack on `profile`. */
export function undoUnsupported(member: string, profile: PlatformProfile): boolean {
  const where = UNSUPPORTED[member];
  if (where === undefined) return false;
  if (where === "all") return true;
  return where === "web" ? profile === "web" : profile !== "web";
}

/** Every member the page lists, with where it is unsupported (for docs/excel-fidelity.md and Kontrollér Excel). */
export function undoTable(): readonly [string, Unsupported][] {
  return Object.entries(UNSUPPORTED);
}
