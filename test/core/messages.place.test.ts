// Where an error is, as a person reads it (issue 14, item 7): "Arket Mål, celle F7", not "Mål!F7". Oracle: the
// wording the issue asks for, and Excel's own quoting of a sheet name ('Mål 2021', '' for a quote inside).
import { describeError, describePlace, sheetInWords } from "../../src/core/messages";

const error = (sheet: string, cell: string) => ({
  sheet,
  cell,
  code: "not-a-number",
  message: "'7O' er ikke et tal",
});

describe("describeError: the place in words", () => {
  test("Danish: 'Arket Mål, celle F7: …'", () => {
    expect(describeError(error("Mål", "F7"))).toBe("Arket Mål, celle F7: '7O' er ikke et tal");
  });

  test("English where Office runs in English: 'Sheet Mål, cell F7: …'", () => {
    expect(describeError(error("Mål", "F7"), "en")).toBe("Sheet Mål, cell F7: '7O' er ikke et tal");
  });

  test("a name of several words, or with a comma or a quote, is quoted as Excel quotes it", () => {
    expect(describePlace("Mål 2021", "F7")).toBe("Arket 'Mål 2021', celle F7");
    expect(describePlace("Status, oktober", "B2")).toBe("Arket 'Status, oktober', celle B2");
    expect(describePlace("Kim's mål", "A1", "en")).toBe("Sheet 'Kim''s mål', cell A1");
  });

  test("a one-word name stays bare: letters (æøå too), digits, _ . -", () => {
    for (const name of ["Mål", "Ark1", "Status_2021", "fordeling-nordjylland-2019.csv", "Øvrige"])
      expect(sheetInWords(name)).toBe(name);
  });

  test("an error about a command-line option (no sheet) is its place and message alone", () => {
    expect(describeError({ sheet: "", cell: "--total", code: "x", message: "mangler" })).toBe(
      "--total: mangler"
    );
  });
});
