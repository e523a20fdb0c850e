// A1 addresses as Excel writes them (Microsoft Learn, "Overview of formulas in Excel" → "The A1 reference style":
// columns A…Z, then AA…XFD; rows from 1; a sheet name with spaces or punctuation in single quotes, a quote doubled),
// and the display formats the pane and messages use (Danish: "." groups thousands, "," decimals; English the reverse).
import {
  cellAddress,
  columnIndexFromLetters,
  columnLetters,
  parseAddress,
  qualifiedAddress,
  rangeAddress,
} from "../../src/core/address";
import { formatKroner, formatNumber, formatPercent, formatPoints } from "../../src/core/format";
import { STATUS_FILL_AND_FONT } from "../../src/core/statusColours";
import {
  bodyCellAddress,
  cellText,
  findColumn,
  findTable,
  headerCellAddress,
} from "../../src/core/tables";
import { rawTable } from "../helpers/tables";

describe("column letters", () => {
  // 26 letters, then two: AA is the 27th column (index 26), AZ the 52nd, BA the 53rd, ZZ the 702nd (26 + 26·26),
  // AAA the 703rd, and XFD Excel's last, the 16 384th.
  test.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column index %d is %s, and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndexFromLetters(letters)).toBe(index);
  });

  test("lower-case letters are read as upper-case", () => {
    expect(columnIndexFromLetters("xfd")).toBe(16383);
  });
});

describe("cell and range addresses", () => {
  test("row and column indexes are 0-based inside, 1-based in the address", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(6, 5)).toBe("F7");
    expect(cellAddress(1048575, 16383)).toBe("XFD1048576");
  });

  test("a range of one cell is that cell; a larger one is its corners", () => {
    expect(rangeAddress(2, 1, 1, 1)).toBe("B3");
    expect(rangeAddress(2, 1, 18, 8)).toBe("B3:I20");
    expect(rangeAddress(2, 1, 1, 3)).toBe("B3:D3");
    expect(rangeAddress(2, 1, 3, 1)).toBe("B3:B5");
  });

  test("a sheet name is quoted only when Excel quotes it", () => {
    expect(qualifiedAddress("Mål", "F7")).toBe("Mål!F7");
    expect(qualifiedAddress("Status_2021", "A1")).toBe("Status_2021!A1");
    expect(qualifiedAddress("Mål 2021", "F7")).toBe("'Mål 2021'!F7");
    expect(qualifiedAddress("2021", "A1")).toBe("'2021'!A1");
    expect(qualifiedAddress("Kim's mål", "A1")).toBe("'Kim''s mål'!A1");
    expect(qualifiedAddress("a-b", "A1")).toBe("'a-b'!A1");
  });

  test("parsing: a cell, a range, a sheet, a quoted sheet, absolute $ references, corners in any order", () => {
    expect(parseAddress("F7")).toEqual({
      sheet: undefined,
      rowIndex: 6,
      columnIndex: 5,
      rowCount: 1,
      columnCount: 1,
    });
    expect(parseAddress("Mål!B3:I20")).toEqual({
      sheet: "Mål",
      rowIndex: 2,
      columnIndex: 1,
      rowCount: 18,
      columnCount: 8,
    });
    expect(parseAddress("'Kim''s mål'!$B$3:$D$5")).toEqual({
      sheet: "Kim's mål",
      rowIndex: 2,
      columnIndex: 1,
      rowCount: 3,
      columnCount: 3,
    });
    // I20:B3 is the same range as B3:I20.
    expect(parseAddress("I20:B3")).toEqual({
      sheet: undefined,
      rowIndex: 2,
      columnIndex: 1,
      rowCount: 18,
      columnCount: 8,
    });
    // A name with "!" in it: the last "!" separates the sheet.
    expect(parseAddress("'Hej!'!AA10").sheet).toBe("Hej!");
    expect(parseAddress("'Hej!'!AA10").columnIndex).toBe(26);
  });

  test("whole columns or rows and other text are not addresses", () => {
    expect(() => parseAddress("A:A")).toThrow("Invalid cell address: A");
    expect(() => parseAddress("3:3")).toThrow("Invalid cell address: 3");
    expect(() => parseAddress("Mål!F7x")).toThrow("Invalid cell address: F7x");
    expect(() => parseAddress("xF7")).not.toThrow();
    expect(() => parseAddress("F7 ")).toThrow("Invalid cell address: F7 ");
  });
});

describe("a table's cells by address", () => {
  // A table whose header row is sheet row 3 (index 2), starting in column B (index 1).
  const table = rawTable("Mål", ["Nr", "Mål", "Resultat"], [["1", "Tilfredshed", 45]], {
    headerRowIndex: 2,
    firstColumnIndex: 1,
  });
  test("header cells on the header row, body rows under it", () => {
    expect(headerCellAddress(table, 0)).toBe("B3");
    expect(headerCellAddress(table, 2)).toBe("D3");
    expect(bodyCellAddress(table, 0, 2)).toBe("D4");
    expect(bodyCellAddress(table, 4, 0)).toBe("B8");
  });

  test("a column and a table found by the name the user types, ignoring case and accents", () => {
    expect(findColumn(table, "resultat")).toBe(2);
    expect(findColumn(table, "MAL")).toBe(1);
    expect(findColumn(table, "Vægt")).toBe(-1);
    const evaluering = rawTable("Data", ["Svar"], [[9]], { source: "table", name: "Evaluering" });
    const ark = rawTable("Svar 2024", ["Svar"], [[9]]);
    expect(findTable([evaluering, ark], "evaluering")).toBe(evaluering);
    expect(findTable([evaluering, ark], "SVAR 2024")).toBe(ark);
    // An Excel table is found by its table name, not by its sheet's.
    expect(findTable([evaluering, ark], "Data")).toBeUndefined();
  });

  test("a value quoted back as the user sees it: Excel's Danish SAND/FALSK, numbers as written, empty as nothing", () => {
    expect(cellText(true)).toBe("SAND");
    expect(cellText(false)).toBe("FALSK");
    expect(cellText(45)).toBe("45");
    expect(cellText(null)).toBe("");
    expect(cellText("Afventer")).toBe("Afventer");
  });
});

describe("numbers as the pane shows them", () => {
  test.each([
    [16488, "da", 2, "16.488"],
    [16488, "en", 2, "16,488"],
    [1375000.5, "da", 2, "1.375.000,5"],
    [1375000.5, "en", 2, "1,375,000.5"],
    [999, "da", 2, "999"],
    [1000, "da", 2, "1.000"],
    [3.14159, "da", 2, "3,14"],
    [3.10001, "da", 2, "3,1"],
    [-2.5, "da", 2, "-2,5"],
    // −0.001 rounds to 0 at two decimals: no minus sign before a zero.
    [-0.001, "da", 2, "0"],
    [0.125, "en", 3, "0.125"],
    [7, "da", 0, "7"],
  ] as const)("%d (%s, %d decimals) → %s", (value, locale, decimals, text) => {
    expect(formatNumber(value, locale, decimals)).toBe(text);
  });

  test("the defaults: Danish, two decimals; what is not a finite number is shown as JavaScript names it", () => {
    expect(formatNumber(1234.567)).toBe("1.234,57");
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(Number.POSITIVE_INFINITY, "en")).toBe("Infinity");
  });

  test("percentages: Danish with a space before %, English without; one decimal unless asked", () => {
    expect(formatPercent(0.925)).toBe("92,5 %");
    expect(formatPercent(0.925, "en")).toBe("92.5%");
    expect(formatPercent(0.12345, "da", 2)).toBe("12,35 %");
    expect(formatPercent(1)).toBe("100 %");
  });

  test("percentage points and kroner", () => {
    expect(formatPoints(0.05)).toBe("5 pp");
    expect(formatPoints(0.0125, "en")).toBe("1.3 pp");
    expect(formatPoints(0.0125)).toBe("1,3 pp");
    expect(formatKroner(1375000)).toBe("1.375.000 kr.");
    expect(formatKroner(1375000.25, "en")).toBe("DKK 1,375,000.25");
  });
});

describe("status colours", () => {
  // Excel's built-in cell styles (Home → Cell Styles): Good is fill #C6EFCE with font #006100, Neutral #FFEB9C with
  // #9C5700, Bad #FFC7CE with #9C0006. Met is Good, partly met Neutral, not met Bad.
  test("met, partly met and not met are Excel's Good, Neutral and Bad", () => {
    expect(STATUS_FILL_AND_FONT.Opfyldt).toEqual({ fill: "#C6EFCE", font: "#006100" });
    expect(STATUS_FILL_AND_FONT["Delvist opfyldt"]).toEqual({ fill: "#FFEB9C", font: "#9C5700" });
    expect(STATUS_FILL_AND_FONT["Ikke opfyldt"]).toEqual({ fill: "#FFC7CE", font: "#9C0006" });
  });
  test("awaiting data is grey, an error orange-brown", () => {
    expect(STATUS_FILL_AND_FONT["Afventer data"]).toEqual({ fill: "#EDEDED", font: "#595959" });
    expect(STATUS_FILL_AND_FONT.Fejl).toEqual({ fill: "#F4B084", font: "#833C0B" });
  });
});
