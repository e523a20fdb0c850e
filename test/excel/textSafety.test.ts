// Text the add-in writes back must stay exactly that text. The oracle is Excel's documented behaviour, not the
// patterns in src/excel/textSafety.ts:
//   - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
//     this value as a formula." (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
//   - Strings written through Range.values are parsed as typed input in the en-US locale, whatever the user's region:
//     "the APIs use USA locale by default … use Range.formulasLocal" for the user's locale (OfficeDev/office-js#1559).
//     So "12.5", "1,250", "1.5E3", "50%", "TRUE", "#N/A" and "2024-01-31" become a number, a logical, an error or a
//     date; "12,5" stays text (test/host/values.test.ts models exactly this).
//   - But Learn's own culture sample writes a number with the user's decimal separator through Range.values and
//     expects a number ("Access application culture settings",
//     https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#access-application-culture-settings):
//     in a Danish Excel "12,5" and "SAND" may be read as 12.5 and TRUE. The add-in must be right under both readings,
//     so locale-shaped values get the apostrophe too.
//   - Excel's typed input also starts a formula with "@" (Lotus compatibility), and spreadsheet formula injection
//     starts with "=", "+", "-", "@", tab or carriage return (OWASP, "CSV Injection",
//     https://owasp.org/www-community/attacks/CSV_Injection). The host does not model these, so they are listed below.
// A leading apostrophe stores the rest as text and is not part of the value (test/host/values.test.ts).
import fc from "fast-check";
import { asText, cellValue } from "../../src/excel/workbook/textSafety";
import { createExcelHost } from "../../src/host";
import ExcelJS from "exceljs";

/** Writes each string through Range.values as the adapter does (cellValue) and reads values, types and formulas. */
async function roundTrip(texts: string[]) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Mål");
  const host = createExcelHost(wb);
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Mål");
    const range = sheet.getRangeByIndexes(0, 0, texts.length, 1);
    range.values = texts.map((t) => [cellValue(t)]);
    await context.sync();
    const check = sheet.getRangeByIndexes(0, 0, texts.length, 1);
    check.load("values, valueTypes, formulas");
    await context.sync();
    return texts.map((_, r) => ({
      value: check.values[r][0],
      type: check.valueTypes[r][0],
      formula: check.formulas[r][0],
    }));
  });
}

const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "\n", "'", "''", " =", " "];
/** Strings Excel (en-US, the API's locale) reads as something else than text when typed. */
const typedValues = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n.toLocaleString("en-US")),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toExponential(3)),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => `${n.toFixed(2)}%`),
  fc.integer({ min: 0, max: 99 }).map((n) => `${n} %`),
  fc.constantFrom("TRUE", "false", " True ", "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"),
  fc
    .date({ min: new Date("1900-03-01"), max: new Date("2200-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(".5", "-.5", "+7", "-5", "1,234,567.5", "1.5E3", "1e5", "  12  ")
);
/** Strings a Danish Excel could read as a number or a logical. */
const danishValues = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toFixed(2).replace(".", ",")),
  fc.integer({ min: 1000, max: 1e9 }).map((n) => n.toLocaleString("da-DK")),
  fc.constantFrom("SAND", "falsk", "Sand", "12,5", "1.234,5", "97 %", "0,97")
);
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...FORMULA_STARTS), fc.string({ maxLength: 20 })).map(([p, s]) => p + s) },
  { weight: 3, arbitrary: typedValues },
  { weight: 2, arbitrary: danishValues },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) }
);

describe("text written through Range.values reads back as exactly that text", () => {
  test("property: any string, including formulas, numbers, logicals, errors and dates as Excel reads them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 40 }), async (texts) => {
        const read = await roundTrip(texts);
        texts.forEach((text, r) => {
          if (text === "") {
            expect(read[r].type).toBe("Empty");
            return;
          }
          expect({ text, ...read[r] }).toEqual({ text, value: text, type: "String", formula: text });
        });
      }),
      { numRuns: 150 }
    );
  });

  test.each([
    ['=HYPERLINK("http://evil.example";"klik")'],
    ["+45 virksomheder"],
    ["-5 % fald"],
    ["'citeret"],
    ["12.5"],
    ["1,250"],
    ["1.5E3"],
    ["1e5"],
    ["50%"],
    ["TRUE"],
    ["#N/A"],
    ["2024-01-31"],
  ])("%j stays text (Excel's en-US reading would change it)", async (text) => {
    expect(await roundTrip([text])).toEqual([{ value: text, type: "String", formula: text }]);
  });
});

describe("what the host does not model gets the apostrophe too", () => {
  // Each of these would be something else than text in some Excel: "@…" and a leading tab, CR or LF start a formula
  // in typed input and in formula injection (OWASP); the Danish ones are numbers or logicals for a Danish reading.
  test.each([
    "@SUM(A1:A9)",
    "@",
    "\t=1+1",
    "\tTekst",
    "\r=1+1",
    "\n=1+1",
    "12,5",
    "-12,5",
    "1.234,5",
    "0,97",
    "97 %",
    "SAND",
    "falsk",
    "Sand",
  ])("%j is written as '%s", (text) => {
    expect(asText(text)).toBe(`'${text}`);
    expect(cellValue(text)).toBe(`'${text}`);
  });

  test("plain text is written as it is (an apostrophe only where Excel could read something else)", () => {
    for (const text of ["Opfyldt", "Delvist opfyldt", "NPS 72 ≥ 60 → 100 %", "Mål 1: resultat 72 → 58", "Aalborg"])
      expect(asText(text)).toBe(text);
    expect(asText("")).toBe("");
    expect(cellValue(null)).toBe("");
    expect(cellValue(0.75)).toBe(0.75);
    expect(cellValue(true)).toBe(true);
  });
});
