// A key saved as CSV, read as the table Excel would show when opening the file: quoting as RFC 4180 describes it
// (https://www.rfc-editor.org/rfc/rfc4180, section 2: fields in double quotes may hold separators and line breaks,
// a double quote inside is written twice), the separator Danish Excel writes (";") or "," or tab, blank lines and
// trailing empty columns left out. The mutation run over src/core/allocate/csv.ts found these unpinned.
import { csvToRawTable } from "../../src/core/allocate";

describe("fields and lines", () => {
  test("quoted separators, doubled quotes, a line break inside quotes, CRLF, a lone CR; a quote inside a field stays", () => {
    const csv =
      'Kommune;Note\r\n"Læsø";"a;b"\r\n"Samsø";"say ""hi"""\r\nFanø;"two\nlines"\rÆrø; x"y \r\n\r\n\r\n';
    expect(csvToRawTable(csv, "noter.csv")).toEqual({
      sheet: "noter.csv",
      name: "noter.csv",
      source: "range",
      headerRowIndex: 0,
      firstColumnIndex: 0,
      headers: ["Kommune", "Note"],
      rowCount: 4,
      columns: [
        ["Læsø", "Samsø", "Fanø", "Ærø"],
        ["a;b", 'say "hi"', "two\nlines", 'x"y'],
      ],
    });
  });

  test("blank lines above the header, tab-separated, trailing empty header cells dropped, a last line without newline", () => {
    const t = csvToRawTable("\n\n  \nKommune\tIndbyggere\t\t\nLæsø\t1.800\nSamsø", "faner.csv");
    expect(t).toMatchObject({
      headerRowIndex: 3,
      headers: ["Kommune", "Indbyggere"],
      rowCount: 2,
      columns: [
        ["Læsø", "Samsø"],
        ["1.800", null],
      ],
    });
  });

  test("a BOM, a trailing separator and a quoted field with spaces around it", () => {
    const t = csvToRawTable('\uFEFFKommune;X;\nA; "q;r" ;', "bom.csv");
    expect(t).toMatchObject({
      headers: ["Kommune", "X"],
      rowCount: 1,
      columns: [["A"], ["q;r"]],
    });
  });

  test("an empty file, and one of blank lines only: no headers, no rows", () => {
    for (const text of ["", "\n\n"])
      expect(csvToRawTable(text, "tom.csv")).toMatchObject({
        headerRowIndex: 0,
        headers: [],
        rowCount: 0,
        columns: [],
      });
  });
});

describe("the separator, from the header line", () => {
  test("comma: separators inside quotes in the header do not count ('Beløb; kr' is one header)", () => {
    const t = csvToRawTable('Kommune,"Beløb; kr",Andel\nLæsø,"1.250,50","3,47 %"', "komma.csv");
    expect(t.headers).toEqual(["Kommune", "Beløb; kr", "Andel"]);
    expect(t.columns).toEqual([["Læsø"], ["1.250,50"], ["3,47 %"]]);
  });

  test("one ';' and one ',': a tie goes to ';' (Danish Excel's separator)", () => {
    const t = csvToRawTable("Kommune;Beløb,Andel\nLæsø;1", "lige.csv");
    expect(t.headers).toEqual(["Kommune", "Beløb,Andel"]);
  });

  test("one tab and one ',': a tie between those goes to the tab (first in ;, tab, , order)", () => {
    const t = csvToRawTable("Kommune\tBeløb,Andel\nLæsø\t1", "lige2.csv");
    expect(t.headers).toEqual(["Kommune", "Beløb,Andel"]);
  });

  test("two commas beat one semicolon, on the first non-blank line only", () => {
    const t = csvToRawTable("\n  \nKommune,Beløb,Note;x\nLæsø;1;2;3;4", "komma2.csv");
    expect(t.headers).toEqual(["Kommune", "Beløb", "Note;x"]);
  });
});
