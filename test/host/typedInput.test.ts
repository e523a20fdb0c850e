// Text written through Range.values is read like typed input, with en-US conventions whatever the user's locale
// (issue 13, finding 4; src/host/model/typedInput.ts):
//  - Microsoft in OfficeDev/office-js#1559: "the APIs use USA locale by default. The same code run in different
//    regions will produce same result unless you explicit use locale related API" (Range.formulasLocal).
//  - Range.values reference: a value starting with "+", "-" or "=" is a formula; "Locale-shaped strings (such as the
//    date "19-8-2025" in nl-NL or fr-FR, format DD-MM-YYYY) are stored as text"; ISO dates (YYYY-MM-DD) are dates.
//  - "Blank and null values" article: '15-Feb' written through Range.values is then formatted as a date.
//  - A leading apostrophe keeps the rest as text and is not part of the value (Range.formulas reads it without
//    the apostrophe: OfficeDev/office-js#6687).
// So the same strings give the same cells under a Danish and an English culture, on every profile.
/* eslint-disable office-addins/load-object-before-read --
   The lint heuristic takes chained proxies for unloaded reads; the host enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import { createExcelHost, PROFILES, type ExcelHostOptions } from "../../src/host";
import { workbookWith } from "./support";

// 1 June 2026: "15-feb" without a year is 15 February 2026.
const TODAY = () => new Date(Date.UTC(2026, 5, 1));

// Excel serial numbers, counted by hand from 1 January 2024 = 45292 (an oracle independent of the host):
// 1 Jan 2026 = 45292 + 366 + 365 = 46023; 15 Feb 2026 = 46023 + 31 + 14; 2 Jan 2026 = 46024;
// 4 Mar 2026 = 46023 + 31 + 28 + 3; 19 Aug 2025 = 45658 + 230.
const FEB_15_2026 = 46068;
const JAN_2_2026 = 46024;
const MAR_4_2026 = 46085;
const AUG_19_2025 = 45888;

interface Cell {
  value: unknown;
  type: string;
  format: string;
  formula: unknown;
}

async function write(strings: string[], options: ExcelHostOptions): Promise<Cell[]> {
  const host = createExcelHost(workbookWith({ Mål: [] }), { today: TODAY, ...options });
  return host.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem("Mål")
      .getRangeByIndexes(0, 0, strings.length, 1);
    range.values = strings.map((s) => [s]);
    range.load("values, valueTypes, numberFormat, formulas");
    await context.sync();
    return strings.map((_, i) => ({
      value: range.values[i][0],
      type: range.valueTypes[i][0],
      format: range.numberFormat[i][0],
      formula: range.formulas[i][0],
    }));
  });
}

const CULTURES: ["da-DK" | "en-US", "," | "."][] = [
  ["da-DK", ","],
  ["en-US", "."],
];

describe.each(PROFILES)("typed input through Range.values (%s)", (profile) => {
  describe.each(CULTURES)("user culture %s", (_culture, decimalSeparator) => {
    const strict: ExcelHostOptions = {
      profile,
      decimalSeparator,
      strictness: { textParsing: true },
    };

    test("the issue's goal titles become dates, numbers or a logical: 15-feb, 1/2, 3-4, 1.000, 0045, TRUE", async () => {
      const cells = await write(["15-feb", "1/2", "3-4", "1.000", "0045", "TRUE"], strict);
      expect(cells.map((c) => [c.value, c.type])).toEqual([
        [FEB_15_2026, "Double"], // d-mmm, this year
        [JAN_2_2026, "Double"], // month/day: 2 January, also for a Danish user
        [MAR_4_2026, "Double"], // month-day: 4 March
        [1, "Double"], // en-US decimal point: one, not a thousand
        [45, "Double"], // leading zeros dropped
        [true, "Boolean"],
      ]);
      expect(cells.slice(0, 3).map((c) => c.format)).toEqual(["d-mmm", "d-mmm", "d-mmm"]);
    });

    test("Danish words and locale-shaped strings stay text: SAND, FALSK, 15-maj, 19-8-2025 (Range.values reference), 12,5", async () => {
      const texts = ["SAND", "FALSK", "15-maj", "19-8-2025", "12,5", "0045 Frederiksberg", "Del 2"];
      const cells = await write(texts, strict);
      expect(cells.map((c) => c.value)).toEqual(texts);
      expect(cells.every((c) => c.type === "String")).toBe(true);
    });

    test("ISO dates, times, dollar amounts, fractions and (n) become numbers", async () => {
      const cells = await write(["2025-08-19", "10:30", "$1,250.50", "1 1/2", "(5)"], strict);
      expect(cells.map((c) => c.value)).toEqual([AUG_19_2025, 0.4375, 1250.5, 1.5, -5]);
      expect(cells.map((c) => c.format)).toEqual([
        "m/d/yyyy",
        "h:mm",
        '"$"#,##0.00',
        "# ?/?",
        "General",
      ]);
    });

    test("a leading apostrophe keeps the text; values and formulas read it without the apostrophe (office-js#6687)", async () => {
      const cells = await write(["'15-feb", "'1/2", "'SAND", "''quoted"], strict);
      expect(cells.map((c) => [c.value, c.type, c.formula])).toEqual([
        ["15-feb", "String", "15-feb"],
        ["1/2", "String", "1/2"],
        ["SAND", "String", "SAND"],
        ["'quoted", "String", "'quoted"],
      ]);
    });

    test("+ and - that are not numbers are formulas (Range.values reference)", async () => {
      const cells = await write(["-", "+45 12 34 56", "-1"], strict);
      expect(cells.map((c) => [c.value, c.formula])).toEqual([
        ["-", "-"],
        [null, "=+45 12 34 56"], // a formula (the host has no calculation engine: no value)
        [-1, -1],
      ]);
    });
  });

  test("a cell formatted as Text (@) keeps 1/2 and 15-feb as typed", async () => {
    const host = createExcelHost(workbookWith({ Mål: [] }), {
      profile,
      today: TODAY,
      strictness: { textParsing: true },
    });
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["1/2", "15-feb"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["1/2", "15-feb"]]);
  });
});

test("without the textParsing strictness the host keeps 1/2, 3-4 and 15-feb as text (today's behaviour)", async () => {
  const cells = await write(["1/2", "3-4", "15-feb", "2025-08-19"], {});
  expect(cells.map((c) => c.value)).toEqual(["1/2", "3-4", "15-feb", AUG_19_2025]);
});
