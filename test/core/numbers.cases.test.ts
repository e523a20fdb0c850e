// How a cell is read, case by case, with the expected value worked out by hand from the conventions the README
// documents ("Numbers": Danish by default, 72,5 · 16.488 · 97 % · 0,97 · 3/4 · Ja/Nej/X; a number in the other
// convention is refused with the right spelling; thresholds by year "2021: 45 %; 2022: 47 %"; "+5 pp" on a
// baseline). Written to kill the mutants Stryker found surviving in src/core/numbers.ts (npm run mutate:core):
// each row below fails for at least one of them.
import {
  isBlank,
  isExcelError,
  isPercentFormat,
  readFraction,
  readNumberText,
  readPlainNumber,
  readQuantity,
  toRawCell,
  type RawCell,
} from "../../src/core/numbers";

const ENGLISH = { decimalSeparator: "." as const };

describe("blank cells and Excel's error values", () => {
  test.each<[RawCell | undefined, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    ["   ", true],
    ["\t", true],
    ["x", false],
    [" x ", false],
    [0, false],
    [false, false],
  ])("isBlank(%j) is %j", (raw, blank) => expect(isBlank(raw)).toBe(blank));

  test.each<[RawCell, boolean]>([
    ["#N/A", true],
    ["  #DIV/0!  ", true], // read as typed, with spaces around
    ["#værdi!", true], // Danish Excel, any case
    ["#N/A more", false],
    ["N/A", false],
    [42, false],
    [true, false],
    [null, false],
  ])("isExcelError(%j) is %j", (raw, error) => expect(isExcelError(raw)).toBe(error));

  test("Range.values' shapes become RawCells: '' is empty, other objects their text", () => {
    expect(toRawCell("")).toBeNull();
    expect(toRawCell(undefined)).toBeNull();
    expect(toRawCell(null)).toBeNull();
    expect(toRawCell("Ja")).toBe("Ja");
    expect(toRawCell(0)).toBe(0);
    expect(toRawCell(false)).toBe(false);
    expect(toRawCell(new Date(Date.UTC(2021, 0, 1)))).toBe(String(new Date(Date.UTC(2021, 0, 1))));
  });

  test("blank and error cells are reasons, not zeros", () => {
    expect(readQuantity(null, undefined)).toEqual({ ok: false, reason: "blank" });
    expect(readQuantity("  \u00a0 ", undefined)).toEqual({ ok: false, reason: "blank" });
    expect(readQuantity(" #n/a ", undefined)).toEqual({ ok: false, reason: "excel-error:#N/A" });
    expect(readQuantity(Number.POSITIVE_INFINITY, undefined)).toEqual({
      ok: false,
      reason: "not-a-number",
    });
    expect(readPlainNumber(null)).toEqual({ ok: false, reason: "blank" });
    expect(readPlainNumber("  ")).toEqual({ ok: false, reason: "blank" });
    expect(readPlainNumber(true)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readPlainNumber(Number.NaN)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readPlainNumber("#REF!")).toEqual({ ok: false, reason: "excel-error:#REF!" });
    expect(readPlainNumber(12)).toEqual({ ok: true, value: 12 });
    expect(readPlainNumber("16.488")).toEqual({ ok: true, value: 16488 });
  });
});

describe("percentage number formats", () => {
  test.each<[string | undefined, boolean]>([
    ["0 %", true],
    ["0.0%", true],
    ["0,00 %", true],
    ['0 "%"', false], // a quoted % is text in the format, not a percentage
    ["0\\%", false], // an escaped % likewise
    ['0.0 "pct" %', true],
    ["0.00", false],
    ["General", false],
    [undefined, false],
    ["", false],
  ])("%j is a percentage format: %j", (format, percent) =>
    expect(isPercentFormat(format)).toBe(percent)
  );
});

describe("numbers written as text, in the workbook's convention", () => {
  test.each<[string, number]>([
    ["72,5", 72.5],
    ["16.488", 16488],
    ["1.234.567,89", 1234567.89],
    ["-5", -5],
    ["+5", 5],
    ["\u22125", -5], // the minus sign Word pastes
    ["\u20135,5", -5.5], // an en dash used as a minus
    ["1\u00a0234", 1234], // a non-breaking space between thousands
    ["1\u202f234,5", 1234.5], // a narrow one
    ["1 234", 1234],
    [",5", 0.5],
    [" 7 ", 7],
  ])("Danish %j is %d", (text, value) =>
    expect(readNumberText(text)).toEqual({ ok: true, value })
  );

  test.each<[string, number]>([
    ["72.5", 72.5],
    ["16,488", 16488],
    ["1,234,567.89", 1234567.89],
    [".5", 0.5],
  ])("English %j is %d", (text, value) =>
    expect(readNumberText(text, ENGLISH)).toEqual({ ok: true, value })
  );

  test("the other convention is refused with the right spelling, never guessed", () => {
    expect(readNumberText("72.5")).toEqual({ ok: false, reason: "decimal:72,5" });
    expect(readNumberText("-0.97")).toEqual({ ok: false, reason: "decimal:-0,97" });
    expect(readNumberText("72,5", ENGLISH)).toEqual({ ok: false, reason: "decimal:72.5" });
    expect(readNumberText("+1,5", ENGLISH)).toEqual({ ok: false, reason: "decimal:+1.5" });
    // Only a plain "digits, separator, digits" is a likely slip; anything else is not a number at all.
    expect(readNumberText("72.5.1")).toEqual({ ok: false, reason: "not-a-number" });
    expect(readNumberText("a72.5")).toEqual({ ok: false, reason: "not-a-number" });
    expect(readNumberText("72.5a")).toEqual({ ok: false, reason: "not-a-number" });
    expect(readNumberText("72.")).toEqual({ ok: false, reason: "not-a-number" });
    expect(readNumberText("72,5,1", ENGLISH)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readNumberText("x72,5", ENGLISH)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readNumberText("72,5x", ENGLISH)).toEqual({ ok: false, reason: "not-a-number" });
    // "7O": the letter O where 0 was meant is named as such (issue 14), with the number it looks like.
    expect(readNumberText("7O")).toEqual({ ok: false, reason: "lookalike:O:70:7O" });
    expect(readNumberText("16.48")).toEqual({ ok: false, reason: "decimal:16,48" }); // not a thousands group
  });
});

describe("quantities: percentages, points, ratios, yes/no, thresholds by year", () => {
  test.each<[string, number]>([
    ["97 %", 0.97],
    ["97%", 0.97],
    ["97 pct.", 0.97],
    ["97 pct", 0.97],
    ["97 PROCENT", 0.97],
    ["97 percent", 0.97],
    ["72,5 %", 0.725],
  ])("%j is the percentage %d", (text, value) =>
    expect(readQuantity(text, undefined)).toEqual({
      ok: true,
      value: { kind: "number", value, percent: true },
    })
  );

  test("a percentage or points of an unreadable number is that number's error", () => {
    expect(readQuantity("72.5 %", undefined)).toEqual({ ok: false, reason: "decimal:72,5" });
    expect(readQuantity("ca. 70 %", undefined)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readQuantity("+0.5 pp", undefined)).toEqual({ ok: false, reason: "decimal:+0,5" });
    // The unit must end the text.
    expect(readQuantity("97 % x", undefined)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readQuantity("5 pp x", undefined)).toEqual({ ok: false, reason: "not-a-number" });
  });

  test.each<[string, number]>([
    ["+5 pp", 0.05],
    ["5pp", 0.05],
    ["5 p.p.", 0.05],
    ["5 procentpoint", 0.05],
    ["+5 %-point", 0.05],
    ["5 %point", 0.05],
    ["2,5 percentage points", 0.025],
    ["1 percentage point", 0.01],
  ])("%j is %d on top of the baseline", (text, value) =>
    expect(readQuantity(text, undefined)).toEqual({ ok: true, value: { kind: "points", value } })
  );

  test.each<[string, number, number]>([
    ["3/4", 3, 4],
    ["3 / 4", 3, 4],
    ["3 af 4", 3, 4],
    ["3 OF 4", 3, 4],
    ["12/12", 12, 12],
    ["0/2", 0, 2],
    ["10/12", 10, 12],
  ])("%j is %i of %i", (text, done, total) =>
    expect(readQuantity(text, undefined)).toEqual({ ok: true, value: { kind: "ratio", done, total } })
  );

  test("a ratio over its total or of nothing is an error; a ratio with more after it is not a ratio", () => {
    expect(readQuantity("5/4", undefined)).toEqual({ ok: false, reason: "ratio" });
    expect(readQuantity("0/0", undefined)).toEqual({ ok: false, reason: "ratio" });
    expect(readQuantity("3/4 x", undefined)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readQuantity("x 3/4", undefined)).toEqual({ ok: false, reason: "not-a-number" });
  });

  test.each<[RawCell, boolean]>([
    ["Ja", true],
    ["X", true],
    ["✓", true],
    ["Opfyldt", true],
    ["Nej", false],
    ["ikke opfyldt", false],
    [true, true],
    [false, false],
  ])("%j is yes/no %j", (raw, value) =>
    expect(readQuantity(raw, undefined)).toEqual({ ok: true, value: { kind: "boolean", value } })
  );

  test("thresholds by year, in any order and spacing, sorted by year", () => {
    expect(readQuantity("2023: 50 %; 2021: 45 %;2022 : 47 %;", undefined)).toEqual({
      ok: true,
      value: {
        kind: "byYear",
        entries: [
          { year: 2021, value: { kind: "number", value: 0.45, percent: true } },
          { year: 2022, value: { kind: "number", value: 0.47, percent: true } },
          { year: 2023, value: { kind: "number", value: 0.5, percent: true } },
        ],
      },
    });
    expect(readQuantity(" 1999:10\n2000:  20", undefined)).toEqual({
      ok: true,
      value: {
        kind: "byYear",
        entries: [
          { year: 1999, value: { kind: "number", value: 10, percent: false } },
          { year: 2000, value: { kind: "number", value: 20, percent: false } },
        ],
      },
    });
  });

  test("a threshold by year that is not one is an error naming the form, never a partial reading", () => {
    expect(readQuantity("2021: 45 %; 2021: 47 %", undefined)).toEqual({ ok: false, reason: "by-year" });
    expect(readQuantity("2021: 45 %; senere: 47 %", undefined)).toEqual({ ok: false, reason: "by-year" });
    expect(readQuantity("2021: Ja", undefined)).toEqual({ ok: false, reason: "by-year" });
    expect(readQuantity("2021: 3/4", undefined)).toEqual({ ok: false, reason: "by-year" });
    expect(readQuantity("2021: 45.5 %", undefined)).toEqual({ ok: false, reason: "decimal:45,5" });
    expect(readQuantity("2021:", undefined)).toEqual({ ok: false, reason: "by-year" });
    // Not a year at the start: not a threshold by year at all.
    expect(readQuantity("mål 2021: 45 %", undefined)).toEqual({ ok: false, reason: "not-a-number" });
    expect(readQuantity("2021 45 %", undefined)).toEqual({ ok: false, reason: "not-a-number" });
  });

  test("a number cell is a percentage when its format shows it as one", () => {
    expect(readQuantity(0.75, "0 %")).toEqual({
      ok: true,
      value: { kind: "number", value: 0.75, percent: true },
    });
    expect(readQuantity(0.75, "General")).toEqual({
      ok: true,
      value: { kind: "number", value: 0.75, percent: false },
    });
  });
});

describe("fractions (agreed fulfilment): 75 %, 0,75, 3/4", () => {
  test.each<[RawCell, string | undefined, number]>([
    ["75 %", undefined, 0.75],
    ["0,75", undefined, 0.75],
    [0.75, undefined, 0.75],
    [0, undefined, 0],
    [1, undefined, 1],
    ["120 %", undefined, 1.2], // a percentage may be over 100 %
    [1.2, "0 %", 1.2],
    ["3/4", undefined, 0.75],
    ["4 af 4", undefined, 1],
  ])("%j (%s) is %d", (raw, format, value) =>
    expect(readFraction(raw, format)).toEqual({ ok: true, value })
  );

  test.each<[RawCell]>([[1.2], [-0.1], [75], ["Ja"], ["+5 pp"], ["2021: 45 %"]])(
    "%j is not a fraction",
    (raw) => expect(readFraction(raw, undefined)).toEqual({ ok: false, reason: "fraction" })
  );

  test("an unreadable fraction is its reading's error", () => {
    expect(readFraction(null, undefined)).toEqual({ ok: false, reason: "blank" });
    expect(readFraction("0.75", undefined)).toEqual({ ok: false, reason: "decimal:0,75" });
  });
});
