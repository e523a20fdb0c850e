// memoContext: who the memo is between and for which year, read from the workbook's own words (README, the memo):
// the title lines first, then the sheet and table names, then the file name; the first that says something wins,
// and `from` says where. Oracles: the spellings a KKR consultant writes, and the hubs' KKRs (Fyn and Sydjylland both
// report to KKR Syddanmark).
import { memoContext } from "../../src/core/memo";

describe("the hub", () => {
  test("named after 'Erhvervshus', even when another region is named first", () => {
    expect(
      memoContext({ titleLines: ["Skabelon fra Nordjylland – Erhvervshus Midtjylland"] }).hub
    ).toBe("Erhvervshus Midtjylland");
    expect(
      memoContext({ titleLines: ["Skabelon fra Nordjylland – erhvervshuset - midtjylland"] }).hub
    ).toBe("Erhvervshus Midtjylland");
  });

  test("'Erhvervshuset' followed by another word: the region named elsewhere in the line (Fyn, KKR Syddanmark)", () => {
    expect(memoContext({ titleLines: ["Erhvervshuset på Fyn"] })).toEqual({
      hub: "Erhvervshus Fyn",
      kkr: "KKR Syddanmark",
      from: { hub: "titel", kkr: "titel" },
      missing: ["year"],
    });
  });
});

describe("the year", () => {
  test("the contract's year before any other year in the line", () => {
    expect(memoContext({ titleLines: ["Opfølgning 2021 på resultatkontrakt 2020"] }).year).toBe(
      2020
    );
    expect(
      memoContext({ titleLines: ["Afrapportering 2021 af resultatkontrakten for 2020"] }).year
    ).toBe(2020);
  });

  test("otherwise a year 20xx standing alone, at the start or the end of a text; not 1999, not inside a number", () => {
    expect(memoContext({ titleLines: ["2021: Erhvervshus Fyn"] }).year).toBe(2021);
    expect(memoContext({ titleLines: ["Erhvervshus Fyn 2021"] }).year).toBe(2021);
    expect(memoContext({ titleLines: ["Erhvervshus Fyn 1999"] }).year).toBeUndefined();
    expect(memoContext({ titleLines: ["Sag 120211"] }).year).toBeUndefined();
  });

  test("a fallback year when nothing says one, not listed as missing and not credited to a source", () => {
    expect(memoContext({ titleLines: ["Erhvervshus Fyn"] }, 2022)).toEqual({
      hub: "Erhvervshus Fyn",
      kkr: "KKR Syddanmark",
      year: 2022,
      from: { hub: "titel", kkr: "titel" },
      missing: [],
    });
    expect(memoContext({ titleLines: ["Erhvervshus Fyn 2020"] }, 2022).year).toBe(2020);
  });
});

describe("the date of a status", () => {
  test("'status pr' with or without the dot, spaces as typed, the day without a leading zero, the month in lower case", () => {
    const date = (line: string) => memoContext({ titleLines: [line] }).statusDate;
    expect(date("Erhvervshus Fyn, Status  pr 01.Oktober  2021")).toBe("1. oktober 2021");
    expect(date("Erhvervshus Fyn, status pr.  9. MAJ 2022")).toBe("9. maj 2022");
  });

  test("the first status line wins", () => {
    const c = memoContext({
      titleLines: ["Status pr. 13. oktober 2021", "Tidligere status pr. 1. april 2021"],
    });
    expect([c.statusDate, c.from.statusDate]).toEqual(["13. oktober 2021", "titel"]);
  });
});

describe("which source wins", () => {
  test("the title over the sheet over the file name, each thing from the first source that says it", () => {
    const c = memoContext({
      titleLines: ["Resultatkontrakt 2020 – Erhvervshus Nordjylland"],
      sheet: "KKR Nordjylland 2019",
      tableName: "Fyn",
      fileName: "kkr-syddanmark-2021.xlsx",
    });
    expect(c).toEqual({
      hub: "Erhvervshus Nordjylland",
      kkr: "KKR Nordjylland",
      year: 2020,
      from: { hub: "titel", kkr: "ark", year: "titel" },
      missing: [],
    });
  });

  test("the table's name when there is no sheet name; the hub's own KKR credited to the same source", () => {
    const c = memoContext({
      titleLines: ["Mål"],
      tableName: "Midtjylland_2021",
      fileName: "fyn-2019.xlsx",
    });
    expect(c).toEqual({
      hub: "Erhvervshus Midtjylland",
      kkr: "KKR Midtjylland",
      year: 2021,
      from: { hub: "ark", kkr: "ark", year: "ark" },
      missing: [],
    });
  });

  test("KKR Syddanmark named, no hub: Fyn or Sydjylland is not guessed, the hub is missing", () => {
    expect(memoContext({ titleLines: ["KKR Syddanmark 2021"] })).toEqual({
      kkr: "KKR Syddanmark",
      year: 2021,
      from: { kkr: "titel", year: "titel" },
      missing: ["hub"],
    });
  });
});

describe("a region written in two words", () => {
  test.each([
    ["Resultatkontrakt Nord-Jylland 2021", "Erhvervshus Nordjylland", "KKR Nordjylland"],
    ["Resultatkontrakt Nord Jylland 2021", "Erhvervshus Nordjylland", "KKR Nordjylland"],
    ["resultatkontrakt_midt_jylland_2021", "Erhvervshus Midtjylland", "KKR Midtjylland"],
    ["Resultatkontrakt Syd-Jylland 2021", "Erhvervshus Sydjylland", "KKR Syddanmark"],
  ])("'%s' is %s (%s)", (line, hub, kkr) => {
    const context = memoContext({ titleLines: [line] });
    expect(context.hub).toBe(hub);
    expect(context.kkr).toBe(kkr);
  });
});
