// The host's building blocks on their own: addresses, formula filling, number formats, colours, payload sizes.
/* global Buffer */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import {
  formatRect,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  rect,
  subtractRect,
  cellCount,
  intersect,
} from "../../src/host/address";
import { excelColorToHex, parseColorInput } from "../../src/host/colors";
import { shiftFormula } from "../../src/host/model/formulaShift";
import { displayLocale, formatNumber } from "../../src/host/model/numberFormat";
import { jsonBytes } from "../../src/host/runtime/payload";

const arbRect = fc
  .record({ row: fc.nat(MAX_ROWS - 1), col: fc.nat(MAX_COLUMNS - 1) })
  .chain(({ row, col }) =>
    fc.record({
      row: fc.constant(row),
      col: fc.constant(col),
      rowCount: fc.integer({ min: 1, max: MAX_ROWS - row }),
      colCount: fc.integer({ min: 1, max: MAX_COLUMNS - col }),
    })
  );

describe("addresses", () => {
  test("formatting then parsing gives the same rectangle", () => {
    fc.assert(fc.property(arbRect, (r) => expect(parseAddress(formatRect(r))?.rect).toEqual(r)));
  });

  test("parses $-anchored, whole-column, whole-row and sheet-qualified forms", () => {
    expect(parseAddress("$B$2:D9")?.rect).toEqual(rect(1, 1, 8, 3));
    expect(parseAddress("D9:B2")?.rect).toEqual(rect(1, 1, 8, 3));
    expect(parseAddress("B:D")?.rect).toEqual(rect(0, 1, MAX_ROWS, 3));
    expect(parseAddress("3:9")?.rect).toEqual(rect(2, 0, 7, MAX_COLUMNS));
    expect(parseAddress("'Bob''s ark'!A1")).toEqual({ sheet: "Bob's ark", rect: rect(0, 0) });
    expect(parseAddress("XFE1")).toBeNull();
    expect(parseAddress("A1048577")).toBeNull();
    expect(parseAddress("Sheet1!")).toBeNull();
  });

  test("sheet names are quoted unless they are plain identifiers that do not look like references", () => {
    expect(
      ["Mål", "Data_2021", "Mål 2021", "2021", "A1", "R1C1", "Bob's"].map(quoteSheetName)
    ).toEqual(["Mål", "Data_2021", "'Mål 2021'", "'2021'", "'A1'", "'R1C1'", "'Bob''s'"]);
  });

  test("subtracting a rectangle leaves disjoint pieces that, with the overlap, cover the original", () => {
    const small = fc.record({
      row: fc.nat(20),
      col: fc.nat(20),
      rowCount: fc.integer({ min: 1, max: 10 }),
      colCount: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(small, small, (a, b) => {
        const pieces = subtractRect(a, b);
        const overlap = intersect(a, b);
        const covered =
          pieces.reduce((n, p) => n + cellCount(p), 0) + (overlap ? cellCount(overlap) : 0);
        expect(covered).toBe(cellCount(a));
        for (const p of pieces) expect(intersect(p, b)).toBeNull();
      })
    );
  });
});

describe("filling one formula over a range", () => {
  test("relative references move, anchored parts stay, strings and function names are untouched", () => {
    expect(shiftFormula('=SUM(A1:B2)+$C$3+C$4+$D5+LOG10(E6)+"F7"&Ark1!G8', 2, 1)).toBe(
      '=SUM(B3:C4)+$C$3+D$4+$D7+LOG10(F8)+"F7"&Ark1!H10'
    );
    expect(shiftFormula("='Mål 2021'!A1+Table1[Col1]", 1, 0)).toBe("='Mål 2021'!A2+Table1[Col1]");
    expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
  });

  test("property: each relative reference moves by the offset, anchored parts stay (oracle built from the parts)", () => {
    const letters = (c: number): string =>
      c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26);
    const ref = fc.record({
      colAbs: fc.boolean(),
      col: fc.integer({ min: 0, max: 16_383 }),
      rowAbs: fc.boolean(),
      row: fc.integer({ min: 0, max: 1_048_575 }),
      sheet: fc.constantFrom("", "Ark1!", "'Mål 2021'!"),
    });
    const token = fc.oneof(
      { weight: 4, arbitrary: ref },
      { weight: 1, arbitrary: fc.constantFrom('"A1"', "LOG10(2)", "Table1[Col1]", "3.5", "TRUE") }
    );
    const render = (r: { colAbs: boolean; col: number; rowAbs: boolean; row: number; sheet: string }) =>
      `${r.sheet}${r.colAbs ? "$" : ""}${letters(r.col)}${r.rowAbs ? "$" : ""}${r.row + 1}`;
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -20, max: 20 }),
        (tokens, dr, dc) => {
          const formula = `=${tokens.map((t) => (typeof t === "string" ? t : render(t))).join("+")}`;
          const expected = `=${tokens
            .map((t) => {
              if (typeof t === "string") return t;
              const col = t.colAbs ? t.col : t.col + dc;
              const row = t.rowAbs ? t.row : t.row + dr;
              // Excel shows #REF! for a reference pushed off the sheet (the sheet name goes with it).
              if (col < 0 || col > 16_383 || row < 0 || row > 1_048_575) return `${t.sheet}#REF!`;
              return render({ ...t, col, row });
            })
            .join("+")}`;
          expect(shiftFormula(formula, dr, dc)).toBe(expected);
        }
      )
    );
  });

  test("shifting there and back is the identity when nothing falls off the sheet", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (dr, dc) => {
        const formula = '=IF(B2>$C$1,SUM(D2:E9),"A1")';
        const there = shiftFormula(formula, dr, dc);
        if (dr !== 0 || dc !== 0) expect(there).not.toBe(formula);
        expect(shiftFormula(there, -dr, -dc)).toBe(formula);
      })
    );
  });
});

describe("number formats (Range.text)", () => {
  const da = displayLocale(",");
  const en = displayLocale(".");

  test.each([
    [0.972, "0.0%", "97,2%"],
    [16488, "#,##0", "16.488"],
    [1234.5, "#,##0.00", "1.234,50"],
    [-1234.5, "#,##0.00;(#,##0.00)", "(1.234,50)"],
    [0, '0;-0;"nul"', "nul"],
    [1375, '#,##0 "kr."', "1.375 kr."],
    [1375000, "#,##0,", "1.375"],
    [12345.678, "0.00E+00", "1,23E+04"],
    [44482, "dd-mm-yyyy", "13-10-2021"],
    [44482, "d. mmmm yyyy", "13. oktober 2021"],
    [44482.5, "hh:mm", "12:00"],
    [2 / 3, "General", "0,666666667"],
    [123456789012, "General", "1,23457E+11"],
    [42, "[Red]0", "42"],
  ])("%p with %p shows %p (da-DK)", (value, format, text) => {
    expect(formatNumber(value, format, da)).toBe(text);
  });

  test("en-US uses a decimal point and comma grouping", () => {
    expect(formatNumber(1234.5, "#,##0.00", en)).toBe("1,234.50");
    expect(formatNumber(44482, "mmm d, yyyy", en)).toBe("Oct 13, 2021");
  });
});

describe("colours", () => {
  test("inputs: #RRGGBB, #RGB, RRGGBB and HTML names; anything else is rejected", () => {
    expect(
      ["#4472c4", "#fff", "4472C4", "Orange", "white", "nope", "#12345", 7].map(parseColorInput)
    ).toEqual(["#4472C4", "#FFFFFF", "#4472C4", "#FFA500", "#FFFFFF", null, null, null]);
  });

  test("ExcelJS colours: ARGB, theme with tint, indexed", () => {
    expect(excelColorToHex({ argb: "FF9C0006" })).toBe("#9C0006");
    expect(excelColorToHex({ theme: 1 })).toBe("#000000");
    expect(excelColorToHex({ theme: 4 })).toBe("#4472C4");
    expect(excelColorToHex({ theme: 0, tint: -0.5 } as never)).toBe("#808080");
    expect(excelColorToHex({ indexed: 10 } as never)).toBe("#FF0000");
    expect(excelColorToHex(undefined)).toBeNull();
  });
});

describe("payload size", () => {
  test("is the UTF-8 length of the JSON, for 1- to 4-byte characters", () => {
    fc.assert(
      // Any code point in the strings (fc.jsonValue() alone makes ASCII only): see also test/excel/payload.test.ts.
      fc.property(fc.jsonValue({ stringUnit: "binary" }), (value) =>
        expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), "utf8"))
      )
    );
  });
});
