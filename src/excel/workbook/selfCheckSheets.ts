// Kontrollér Excel's checks of the Sammenligning sheet's members (issue 15): its filter buttons (Worksheet.autoFilter,
// ExcelApi 1.9) through the adapter's own write operation, and bringing a sheet in from another workbook
// (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13) as Sammenlign's "Vælg sidste års projektmappe" does. Registered
// with one line each in selfCheck.ts's SELF_CHECKS.
import { CHECK_SHEET, checkBlock, expectEqual, type SelfCheck } from "./selfCheckKit";
import { executeOps } from "./write";

/** The sheet the tiny workbook below holds; deleted again at the end of its check. */
export const INSERTED_SHEET = "Målopfyldelse_kontrol_indsat";

/**
 * A 1.6 KB .xlsx (base64) written by hand for this check: one sheet, INSERTED_SHEET, with A1:B2 = Nr, Mål / 1, "15-feb"
 * (text Excel's typed-input parser would turn into a date: it must arrive as the same text). No chart, comment,
 * PivotTable or slicer, which Excel on the web refuses to insert (UnsupportedFeature, learn.microsoft.com/office/dev/
 * add-ins/excel/excel-add-ins-workbooks, "Copy worksheets from another workbook").
 */
const TINY_WORKBOOK =
  "UEsDBBQAAgAIAFuAhl2DLaTZAQEAAC8CAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbK2RzU7DMBCE730Ky9cqdsoBIZSkB36OwKE8wOJsEiv+k9ct6dvjpIUDKnDhtLJnZr+RXW0na9gBI2nvar4RJWfolG+162v+unssbjijBK4F4x3W/IjEt82q2h0DEsthRzUfUgq3UpIa0AIJH9BlpfPRQsrH2MsAaoQe5VVZXkvlXUKXijTv4E11jx3sTWIPU74+FYloiLO7k3Fm1RxCMFpByro8uPYbpTgTRE4uHhp0oHU2cHmRMCs/A8655/wyUbfIXiCmJ7DZJScj330c37wfxe9LLrT0XacVtl7tbY4IChGhpQExWSOWKSxot/6bv5hJLmPzz0W+9n/2kMt3N6sPUEsDBBQAAgAIAFuAhl3/ZDbbsgAAACkBAAALAAAAX3JlbHMvLnJlbHONz78OgjAQBvCdp2hul4KDMYbCYkxYDT5ALcefUHpNWxXe3o5iHBwv993vyxXVMmv2ROdHMgLyNAOGRlE7ml7ArbnsjsB8kKaVmgwKWNFDVSbFFbUM8cYPo/UsIsYLGEKwJ869GnCWPiWLJm46crMMcXQ9t1JNske+z7IDd58GlBuT1a0AV7c5sGa1+I9NXTcqPJN6zGjCj4qvRJSl6zEIWDR/kZvuRFMaUeBlwTcPlskbUEsDBBQAAgAIAFuAhl1I3htK1AAAADQBAAAPAAAAeGwvd29ya2Jvb2sueG1sjY89bsMwDIX3nELg3sjpUBSG7SxBgQzdmjlQLToWLJECqf7kQDlJL1a1afZOJEHye+91288UzTuKBqYeNusGDNLIPtCph8PL090jGC2OvItM2MMZFbbDqvtgWV6ZF1P/SXuYS8mttTrOmJyuOSPVzcSSXKmjnKxmQed1Riwp2vumebDJBYIroZX/MHiawog7Ht8SUrlCBKMr1b3OISsM3a+C/lVDLlXXz1+XyHk6R49R8bgwFeF4DOTVlRrw53Tva34w0obayN5vwA6dvdHsLfCw+gZQSwMEFAACAAgAW4CGXaZAcSK2AAAAKgEAABoAAAB4bC9fcmVscy93b3JrYm9vay54bWwucmVsc43PzQrCMAwH8PueouTusnkQkXW7iLCrzAcoXfaBW1ua+rG3t3gQBx48heRPfiFF9ZwncSfPozUS8jQDQUbbdjS9hEtz2uxBcFCmVZM1JGEhhqpMijNNKsQdHkbHIiKGJQwhuAMi64Fmxal1ZGLSWT+rEFvfo1P6qnrCbZbt0H8bUK5MUbcSfN3mIJrF0T+27bpR09Hq20wm/DiBD+uvPBCFiCrfU5DwGTG+S55GFbAscPVhmbwAUEsDBBQAAgAIAFuAhl3AsIDJ2AAAAHEBAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sdVDBTsMwDL3vKyLfN7eVQAilmUCIG1yADwitt0ZLnCqxOvggvoQfI51QNSR283t+fs+23n4EryZK2UVuod5UoIi72Dvet/D2+ri+AZXFcm99ZGrhkzJszUofYzrkgUhUMeDcwiAy3iLmbqBg8yaOxKWziylYKTDtMY+JbH8aCh6bqrrGYB2D0SfuwYo1OsWjSmWRwnZzcVeDkhYce8f0IqnwLhst5jlpFKNxRtj9qu8vqZ++v/xfPZakJa5Z4uZqMrXG6dy2uWBbX6139P6fMZ7dhMuzzOoHUEsBAh4DFAACAAgAW4CGXYMtpNkBAQAALwIAABMAAAAAAAAAAQAAAKSBAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECHgMUAAIACABbgIZd/2Q227IAAAApAQAACwAAAAAAAAABAAAApIEyAQAAX3JlbHMvLnJlbHNQSwECHgMUAAIACABbgIZdSN4bStQAAAA0AQAADwAAAAAAAAABAAAApIENAgAAeGwvd29ya2Jvb2sueG1sUEsBAh4DFAACAAgAW4CGXaZAcSK2AAAAKgEAABoAAAAAAAAAAQAAAKSBDgMAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAh4DFAACAAgAW4CGXcCwgMnYAAAAcQEAABgAAAAAAAAAAQAAAKSB/AMAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLBQYAAAAABQAFAEUBAAAKBQAAAAA=";

export const filterButtons: SelfCheck = {
  name: "Filterknapper sættes på og fjernes (som på arket Sammenligning)",
  members: ["Worksheet.autoFilter", "AutoFilter.apply", "AutoFilter.remove"],
  run: async (context) => {
    const range = { rowIndex: 40, columnIndex: 0, rowCount: 3, columnCount: 2 };
    await executeOps(context, [
      {
        kind: "values",
        block: checkBlock(40, 0, 0, 0),
        values: [
          ["Ændring", "Mål"],
          ["→", "a"],
          ["", "b"],
        ],
      },
      { kind: "autoFilter", sheet: CHECK_SHEET, range },
    ]);
    // The write above removes any earlier filter first and applies it again; null removes it only.
    await executeOps(context, [{ kind: "autoFilter", sheet: CHECK_SHEET, range: null }]);
  },
};

export const insertSheet: SelfCheck = {
  name: "Et ark hentes fra en anden projektmappe (som Sammenligns sidste år)",
  members: ["Workbook.insertWorksheetsFromBase64"],
  run: async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(INSERTED_SHEET);
    await context.sync();
    if (!existing.isNullObject) existing.delete();
    context.workbook.insertWorksheetsFromBase64(TINY_WORKBOOK, {
      sheetNamesToInsert: [INSERTED_SHEET],
      positionType: "End" as Excel.WorksheetPositionType,
    });
    await context.sync();
    const sheet = context.workbook.worksheets.getItem(INSERTED_SHEET);
    const cells = sheet.getRange("A1:B2");
    cells.load("values");
    await context.sync();
    try {
      expectEqual("indsatte celler", cells.values, [
        ["Nr", "Mål"],
        [1, "15-feb"],
      ]);
    } finally {
      sheet.delete();
      await context.sync();
    }
  },
};
