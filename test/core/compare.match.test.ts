// Which goals are the same goal across two tables: by number where the titles confirm it, else by title alone
// (renumbered), never by row position. The thresholds (words.ts) are tested on both sides. The titles are seed 001's
// and 002's: the full 2021 titles and the short labels of seed 002's 2022 slides ("Tilfredshed", "Knudepunkt" …).
import { compareTables, titleSimilarity, titleWords } from "../../src/core/compare";
import { RENUMBERED_SIMILARITY, SAME_NUMBER_SIMILARITY, stem } from "../../src/core/compare/words";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const HEADERS = ["Nr", "Mål", "Resultat", "Mål 100 %"];
const table = (sheet: string, rows: RawCell[][]) => rawTable(sheet, HEADERS, rows);
const pair = (a: RawCell[][], b: RawCell[][]) =>
  compareTables([
    { label: "2021", tables: [table("A", a)] },
    { label: "2022", tables: [table("B", b)] },
  ]);

describe("title similarity on Danish words", () => {
  test("function words and the words every contract title has are left out; light stems", () => {
    expect(titleWords("Virksomhedernes kendskab til Erhvervshusene")).toEqual(["kendskab"]);
    expect(titleWords("Regional strategi – de 5 ledestjerner")).toEqual([
      "regional",
      "strategi",
      "ledestjern",
    ]);
    expect(stem("klyngerne")).toBe(stem("klynger"));
    expect(stem("erhvervshus")).toBe("erhvervshus"); // "hus" keeps its s
    // A title of common words only is compared on those.
    expect(titleWords("Erhvervshusenes virksomheder")).toEqual(["erhvervshus", "virksomhed"]);
  });

  test("seed 002's short labels against the full titles: 0,4 to 1 (Danish compounds match their parts)", () => {
    expect(titleSimilarity("Kendskab", "Virksomhedernes kendskab til Erhvervshusene")).toBe(1);
    expect(
      titleSimilarity("Tilfredshed", "Kvalitet, kompetencer og virksomhedernes tilfredshed")
    ).toBe(0.5);
    expect(titleSimilarity("Knudepunkt", "Erhvervshusenes knudepunktsfunktion")).toBe(1);
    expect(titleSimilarity("Geografi", "Bred geografisk spredning")).toBeCloseTo(2 / 4, 12);
    expect(titleSimilarity("Digitalisering", "Digitalisering og nye teknologier")).toBe(0.5);
  });

  test("unrelated titles share nothing: 0, also when both speak of 'Erhvervshusenes'", () => {
    expect(
      titleSimilarity("Erhvervshusenes kriseberedskab", "Erhvervshusenes knudepunktsfunktion")
    ).toBe(0);
    expect(
      titleSimilarity("Erhvervshusenes kriseberedskab", "Grøn omstilling og cirkulær økonomi")
    ).toBe(0);
  });

  test("two hubs' local goals 10 share one word of six: 1/3, below the same-number threshold", () => {
    const s = titleSimilarity(
      "Styrket regionalt samarbejde",
      "Samarbejde med de nationale klynger"
    );
    expect(s).toBeCloseTo(2 / 6, 12);
    expect(s).toBeLessThan(SAME_NUMBER_SIMILARITY);
  });
});

describe("matching goals", () => {
  test("never by row position: the same goals in another order are all unchanged", () => {
    const rows: RawCell[][] = [
      ["1", "Kendskab", 0.5, 0.45],
      ["2", "Bred geografisk spredning", "Ja", null],
      ["3", "Kvalitet, kompetencer og virksomhedernes tilfredshed", 0.81, 0.8],
    ];
    const r = pair(rows, [rows[2], rows[0], rows[1]]);
    expect(r.counts).toEqual({ ny: 0, udgået: 0, ændret: 0, uændret: 3 });
    expect(r.goals.every((g) => !g.renumbered)).toBe(true);
  });

  test("two unrelated goals with the same number are not matched when their titles share nothing", () => {
    const r = pair(
      [["5", "Erhvervshusenes kriseberedskab", "Afventer data", 0.75]],
      [["5", "Grøn omstilling og cirkulær økonomi", "Afventer data", 0.72]]
    );
    expect(r.goals.map((g) => [g.key, g.change, g.ids])).toEqual([
      ["5", "udgået", { "2021": "5", "2022": null }],
      ["5@2022", "ny", { "2021": null, "2022": "5" }],
    ]);
    expect(r.counts).toEqual({ ny: 1, udgået: 1, ændret: 0, uændret: 0 });
  });

  test("same number, a title shortened as on seed 002's slides (similarity 0,5 ≥ 0,4): the same goal, title changed", () => {
    const r = pair(
      [["3", "Kvalitet, kompetencer og virksomhedernes tilfredshed", 0.81, 0.8]],
      [["3", "Tilfredshed", 0.81, 0.8]]
    );
    expect(r.goals).toHaveLength(1);
    expect(r.goals[0]).toMatchObject({ change: "ændret", renumbered: false });
    expect(r.goals[0].changes.map((c) => c.field)).toEqual(["Titel"]);
  });

  test("same number below the threshold (1/3 < 0,4): two goals", () => {
    const r = pair(
      [["10", "Styrket regionalt samarbejde", "Ja", null]],
      [["10", "Samarbejde med de nationale klynger", "Ja", null]]
    );
    expect(r.goals.map((g) => g.change)).toEqual(["udgået", "ny"]);
  });

  test("a renumbered goal is matched by its title and reported as renumbered", () => {
    // 2022: goal 5 taken out and 6 moved up to 5; the new goal 5 shares nothing with the old one.
    const r = pair(
      [
        ["4", "Erhvervshusenes knudepunktsfunktion", 0.5, 0.45],
        ["5", "Erhvervshusenes kriseberedskab", "Afventer data", 0.75],
        ["6", "Grøn omstilling og cirkulær økonomi", "Ja", null],
      ],
      [
        ["4", "Erhvervshusenes knudepunktsfunktion", 0.48, 0.45],
        ["5", "Grøn omstilling og cirkulær økonomi", "Ja", null],
      ]
    );
    expect(r.goals.map((g) => [g.key, g.change, g.renumbered, g.ids])).toEqual([
      ["4", "uændret", false, { "2021": "4", "2022": "4" }],
      ["5", "udgået", false, { "2021": "5", "2022": null }],
      ["6", "ændret", true, { "2021": "6", "2022": "5" }],
    ]);
    expect(r.goals[2].changes).toEqual([
      { field: "Nr", from: "6", to: "5", between: ["2021", "2022"] },
    ]);
  });

  test("without its number the wording must carry the match: 0,5 < 0,6 is not enough, 0,8 is", () => {
    const below = pair(
      [["3", "Tilfredshed", 0.81, 0.8]],
      [["13", "Kvalitet, kompetencer og tilfredshed", 0.81, 0.8]]
    );
    expect(titleSimilarity("Tilfredshed", "Kvalitet, kompetencer og tilfredshed")).toBeLessThan(
      RENUMBERED_SIMILARITY
    );
    expect(below.goals.map((g) => g.change)).toEqual(["udgået", "ny"]);
    const above = pair(
      [["3", "Kompetencer og tilfredshed", 0.81, 0.8]],
      [["13", "Kvalitet, kompetencer og tilfredshed", 0.81, 0.8]]
    );
    expect(
      titleSimilarity("Kompetencer og tilfredshed", "Kvalitet, kompetencer og tilfredshed")
    ).toBeCloseTo(4 / 5, 12);
    expect(above.goals.map((g) => [g.change, g.renumbered])).toEqual([["ændret", true]]);
  });

  test("a number kept takes precedence over a more alike title elsewhere (seed 002's goals 6 and 11)", () => {
    const rows: RawCell[][] = [
      ["6", "Grøn omstilling og cirkulær økonomi", "Ja", null],
      ["11", "Grøn omstilling og cirkulær økonomi (regionalt)", "Ja", null],
    ];
    const r = pair(rows, rows);
    expect(r.goals.map((g) => g.ids)).toEqual([
      { "2021": "6", "2022": "6" },
      { "2021": "11", "2022": "11" },
    ]);
  });

  test("three years: a goal missing in the middle year is found again, and its coming and going is the change", () => {
    const g = (year: string, rows: RawCell[][]) => ({ label: year, tables: [table(year, rows)] });
    const krise: RawCell[] = ["5", "Erhvervshusenes kriseberedskab", "Ja", null];
    const knude: RawCell[] = ["4", "Erhvervshusenes knudepunktsfunktion", 0.5, 0.45];
    const r = compareTables([
      g("2021", [knude, krise]),
      g("2022", [knude]),
      g("2023", [knude, krise]),
    ]);
    expect(r.goals[1]).toMatchObject({
      key: "5",
      change: "ændret",
      ids: { "2021": "5", "2022": null, "2023": "5" },
      changes: [
        { field: "I kontrakten", from: "ja", to: "nej", between: ["2021", "2022"] },
        { field: "I kontrakten", from: "nej", to: "ja", between: ["2022", "2023"] },
      ],
    });
  });
});
