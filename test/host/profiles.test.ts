// Platform profiles (src/host/platform/profiles.ts): payload limits, requirement sets, diagnostics, separators, and
// the member statistics docs/excel-fidelity.md is checked against.
import { describe, expect, test } from "@jest/globals";
import {
  createExcelHost,
  loadExcelHost,
  PROFILES,
  type ExcelHost,
  type ExcelHostOptions,
} from "../../src/host";
import { resolveStrictness } from "../../src/host/platform/strictness";
import { expectCode, rejection, workbookWith } from "./support";

const MB = 1024 * 1024;

/** One request of about 6 MB: 6,000 rows of a 1,000-character text. */
async function writeSixMegabytes(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    const text = "x".repeat(1000);
    context.workbook.worksheets.getItem("Mål").getRange("A1:A6000").values = Array.from(
      { length: 6000 },
      () => [text]
    );
    await context.sync();
  });
}

const host = (options: ExcelHostOptions) => createExcelHost(workbookWith({ Mål: [] }), options);

describe("payload limits per profile", () => {
  test('web: over 5 MB fails with RequestPayloadSizeLimitExceeded ("This error only occurs in Office on the web")', async () => {
    const web = host({ profile: "web" });
    await expectCode(() => writeSixMegabytes(web), "RequestPayloadSizeLimitExceeded");
    expect(web.stats.requests[0].requestBytes).toBeGreaterThan(5 * MB);
  });

  test("web with payloadGeneralException: the same request fails with GeneralException (office-js#1314, #1012)", async () => {
    const web = host({ profile: "web", strictness: { payloadGeneralException: true } });
    const error = await rejection(() => writeSixMegabytes(web));
    expect(error.code).toBe("GeneralException");
    expect(web.snapshot().sheets[0].cells).toEqual([]); // nothing applied
  });

  test("web with payloadGeneralException: reading over 5 MB fails with GeneralException too (OfficeDev/office-js-docs#1247: “Internal Server Error” reading a huge range)", async () => {
    const desktop = host({ profile: "windows" });
    await writeSixMegabytes(desktop);
    const web = await loadExcelHost(await desktop.toXlsx(), {
      profile: "web",
      strictness: { payloadGeneralException: true },
    });
    await expectCode(
      () =>
        web.run(async (context) => {
          context.workbook.worksheets.getItem("Mål").getRange("A1:A6000").load("values");
          await context.sync();
        }),
      "GeneralException"
    );
    expect(web.stats.requests[0].error).toBe("GeneralException");
  });

  test.each(["windows", "mac"] as const)(
    "%s: no payload limit (documented for the web only); the 5,000,000-cell read limit stays (all platforms)",
    async (profile) => {
      const desktop = host({ profile });
      await writeSixMegabytes(desktop);
      expect(desktop.snapshot().sheets[0].usedRange).toBe("A1:A6000");
      await expectCode(
        () =>
          desktop.run(async (context) => {
            context.workbook.worksheets.getItem("Mål").getRange("A:E").load("values");
            await context.sync();
          }),
        "RangeExceedsLimit"
      );
    }
  );
});

describe("requirement sets and diagnostics per profile (Excel JavaScript API requirement sets page)", () => {
  test("every profile has ExcelApi 1.21; ExcelApiOnline only on the web, ExcelApiDesktop only on Windows and Mac", () => {
    const answers = PROFILES.map((profile) => {
      const h = host({ profile });
      return [
        profile,
        h.isSetSupported("ExcelApi", "1.20"),
        h.isSetSupported("ExcelApi", "1.22"),
        h.isSetSupported("ExcelApiOnline", "1.1"),
        h.isSetSupported("ExcelApiDesktop", "1.1"),
        h.isSetSupported("SharedRuntime", "1.1"),
        h.diagnostics.platform,
      ];
    });
    expect(answers).toEqual([
      ["web", true, false, true, false, true, "OfficeOnline"],
      ["windows", true, false, false, true, true, "PC"],
      ["mac", true, false, false, true, true, "Mac"],
    ]);
  });

  test("Office 2021 (ExcelApi 1.14): 1.20 absent, 1.11 present; versions compare as numbers (1.9 < 1.11)", () => {
    const h = host({ requirementSets: { ExcelApi: "1.14" } });
    expect([
      h.isSetSupported("ExcelApi", "1.20"),
      h.isSetSupported("ExcelApi", "1.11"),
      h.isSetSupported("ExcelApi", "1.9"),
      h.isSetSupported("excelapi"),
    ]).toEqual([false, true, true, true]);
  });

  test("without ExcelApi 1.11, application.cultureInfo throws ApiNotFound where it is used (rollback.ts:22, run.ts:348 use it unguarded)", async () => {
    const old = host({ requirementSets: { ExcelApi: "1.10" } });
    await expectCode(
      () =>
        old.run(async (context) => {
          context.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
          await context.sync();
        }),
      "ApiNotFound"
    );
    // The manifest's minimum, ExcelApi 1.7, still has getRangeByIndexes (1.7) and conditional formats (1.6).
    const minimum = host({ requirementSets: { ExcelApi: "1.7" } });
    await minimum.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      await context.sync();
    });
  });

  test("setting Worksheet.visibility needs ExcelApi 1.2 (reading it 1.1)", async () => {
    const oldest = createExcelHost(workbookWith({ Mål: [], Noter: [] }), {
      requirementSets: { ExcelApi: "1.1" },
    });
    const visibility = await oldest.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Noter");
      sheet.load("visibility");
      await context.sync();
      return sheet.visibility;
    });
    expect(visibility).toBe("Visible");
    await expectCode(
      () =>
        oldest.run(async (context) => {
          context.workbook.worksheets.getItem("Noter").visibility = "Hidden";
          await context.sync();
        }),
      "ApiNotFound"
    );
  });
});

describe("separators: Excel's own setting before the system's (Application, ExcelApi 1.11)", () => {
  async function read(options: ExcelHostOptions) {
    return host(options).run(async (context) => {
      const app = context.application;
      app.load("decimalSeparator, thousandsSeparator, useSystemSeparators");
      const system = app.cultureInfo.numberFormat.load("numberDecimalSeparator");
      await context.sync();
      return [
        app.useSystemSeparators,
        app.decimalSeparator,
        app.thousandsSeparator,
        system.numberDecimalSeparator,
      ];
    });
  }

  test.each(PROFILES)(
    "%s: system separators by default; an override in Excel's options wins in Application only",
    async (profile) => {
      expect(await read({ profile, decimalSeparator: "," })).toEqual([true, ",", ".", ","]);
      expect(
        await read({
          profile,
          decimalSeparator: ",",
          excelSeparators: { decimal: ".", thousands: "," },
        })
      ).toEqual([false, ".", ",", ","]);
    }
  );

  test("Range.text follows Excel's separators", async () => {
    const h = host({ decimalSeparator: ",", excelSeparators: { decimal: ".", thousands: "," } });
    const text = await h.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1");
      range.values = [[1234.5]];
      range.numberFormat = [["#,##0.0"]];
      range.load("text");
      await context.sync();
      return range.text[0][0];
    });
    expect(text).toBe("1,234.5");
  });
});

describe("member statistics and strictness switches", () => {
  test("stats.members counts reads, assignments, calls and loads by Office.js class", async () => {
    const h = host({});
    await h.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1");
      range.values = [[1]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(Object.fromEntries(h.stats.members)).toMatchObject({
      "RequestContext.workbook": 1,
      "Workbook.worksheets": 1,
      "WorksheetCollection.getItem": 1,
      "Worksheet.getRange": 1,
      "Range.load": 1,
      "Range.values": 3, // assigned, named in load, read
      "RequestContext.sync": 1,
    });
  });

  test('strictness "all" switches every behaviour on; EXCEL_HOST_STRICT names them, and unknown names are refused', () => {
    expect(Object.values(resolveStrictness("all")).every(Boolean)).toBe(true);
    expect(resolveStrictness(undefined, { textParsing: true })).toMatchObject({
      textParsing: true,
      undoGroups: false,
    });
    const env = (globalThis as { process: { env: Record<string, string | undefined> } }).process
      .env;
    const saved = env.EXCEL_HOST_STRICT;
    try {
      env.EXCEL_HOST_STRICT = "undoGroups, nullObjects";
      expect(host({}).isSetSupported("ExcelApi")).toBe(true);
      expect(resolveStrictness(undefined)).toMatchObject({
        undoGroups: true,
        nullObjects: true,
        textParsing: false,
      });
      env.EXCEL_HOST_STRICT = "undoGroup";
      expect(() => resolveStrictness(undefined)).toThrow(/unknown behaviour 'undoGroup'/);
    } finally {
      if (saved === undefined) delete env.EXCEL_HOST_STRICT;
      else env.EXCEL_HOST_STRICT = saved;
    }
  });
});
