import {
  readFraction,
  readNumberText,
  readPlainNumber,
  readQuantity,
  isPercentFormat,
} from "../../src/core/numbers";
import { formatNumber, formatPercent } from "../../src/core/format";

describe("Danish numbers as consultants type them", () => {
  test.each([
    ["72,5", 72.5],
    ["16.488", 16488],
    ["1.234,5", 1234.5],
    ["-3,25", -3.25],
    ["762 264", 762264],
    ["0,97", 0.97],
    [",5", 0.5],
  ])("'%s' reads as %d", (text, expected) => {
    expect(readNumberText(text)).toEqual({ ok: true, value: expected });
  });

  test("'16.5' in a Danish workbook is refused with the comma spelling, not guessed", () => {
    expect(readNumberText("16.5")).toEqual({ ok: false, reason: "decimal:16,5" });
  });

  test("an English workbook reads '16.5' and '16,488'", () => {
    expect(readNumberText("16.5", { decimalSeparator: "." })).toEqual({ ok: true, value: 16.5 });
    expect(readNumberText("16,488", { decimalSeparator: "." })).toEqual({ ok: true, value: 16488 });
  });

  test.each(["7O", "ca. 70", "12a", "", "1,2,3"])("'%s' is not a number", (text) => {
    expect(readNumberText(text).ok).toBe(false);
  });

  test("percentages in text and in number formats are fractions", () => {
    expect(readQuantity("97 %", undefined)).toEqual({
      ok: true,
      value: { kind: "number", value: 0.97, percent: true },
    });
    expect(readQuantity("72,5%", undefined)).toEqual({
      ok: true,
      value: { kind: "number", value: 0.725, percent: true },
    });
    expect(readQuantity("45 pct.", undefined)).toEqual({
      ok: true,
      value: { kind: "number", value: 0.45, percent: true },
    });
    expect(readQuantity(0.75, "0 %")).toEqual({
      ok: true,
      value: { kind: "number", value: 0.75, percent: true },
    });
    expect(readQuantity(0.75, "General")).toEqual({
      ok: true,
      value: { kind: "number", value: 0.75, percent: false },
    });
    expect(isPercentFormat('0" %-point"')).toBe(false);
  });

  test("activities, yes/no, percentage points and thresholds by year", () => {
    expect(readQuantity("3/4", undefined)).toEqual({
      ok: true,
      value: { kind: "ratio", done: 3, total: 4 },
    });
    expect(readQuantity("3 af 4", undefined)).toEqual({
      ok: true,
      value: { kind: "ratio", done: 3, total: 4 },
    });
    expect(readQuantity("5/4", undefined)).toEqual({ ok: false, reason: "ratio" });
    expect(readQuantity("Ja", undefined)).toEqual({
      ok: true,
      value: { kind: "boolean", value: true },
    });
    expect(readQuantity("X", undefined)).toEqual({
      ok: true,
      value: { kind: "boolean", value: true },
    });
    expect(readQuantity("Nej", undefined)).toEqual({
      ok: true,
      value: { kind: "boolean", value: false },
    });
    const pp = readQuantity("+5 pp", undefined);
    expect(pp.ok && pp.value.kind === "points" && pp.value.value).toBeCloseTo(0.05, 12);
    expect(readQuantity("2021: 45 %; 2022: 47 %; 2023: 50 %", undefined)).toEqual({
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
  });

  test("Excel error values are named, not read as zero", () => {
    expect(readQuantity("#N/A", undefined)).toEqual({ ok: false, reason: "excel-error:#N/A" });
    expect(readPlainNumber("#DIV/0!")).toEqual({ ok: false, reason: "excel-error:#DIV/0!" });
  });

  test("agreed fulfilment reads 75 %, 0,75 and 3/4 alike and refuses 75", () => {
    expect(readFraction("75 %", undefined)).toEqual({ ok: true, value: 0.75 });
    expect(readFraction("0,75", undefined)).toEqual({ ok: true, value: 0.75 });
    expect(readFraction("3/4", undefined)).toEqual({ ok: true, value: 0.75 });
    expect(readFraction(75, "General")).toEqual({ ok: false, reason: "fraction" });
  });
});

describe("Danish display, rounded only here", () => {
  test("seed 004: 875 / 9 shows as 97,2 % and the thousands use a point", () => {
    expect(formatPercent(8.75 / 9)).toBe("97,2 %");
    expect(formatPercent(0.925)).toBe("92,5 %");
    expect(formatPercent(1)).toBe("100 %");
    expect(formatNumber(16488)).toBe("16.488");
    expect(formatPercent(0.925, "en")).toBe("92.5%");
  });
});
