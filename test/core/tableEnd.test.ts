// Where a plain-range goal table ends (README, "Where a goal table ends"; issue 14): at its last goal row. Source
// notes under it are information, not goals, with or without a blank row before them; blank rows between goals still
// separate goals; an Excel table ends where Excel says. The goals are seed 004's nine (8 × 100 % and goal 6 at 3/4)
// plus goals 10 and 11 awaiting data, so the overall is 8,75 / 9 = 97,2 %, between 8,75 / 11 = 79,5 % and
// 10,75 / 11 = 97,7 %, with 9 of 11 goals measured (read as goals, two notes would make it 8,75 / 13 = 67,3 % to
// 12,75 / 13 = 98,1 %, 9 of 13).
import { evaluateContract } from "../../src/core/evaluate";
import { goalTableExtent, isGoalRow, readsAsGoalNumber } from "../../src/core/goalTable";
import { mapGoalColumns } from "../../src/core/headers";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const HEADERS = ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"];
const GOALS: RawCell[][] = [
  ["1", "Virksomhedernes tilfredshed med den specialiserede vejledning", 72, 60, 50, null],
  ["2", "Virksomhedernes oplevede effekt", "97 %", "70 %", "60 %", null],
  ["3", "Fælles digital indgang", "Ja", null, null, "ja/nej"],
  ["4", "Den brede gruppe af virksomheder", "Ja", null, null, "ja/nej"],
  ["5", "Forskellige målgrupper", "Ja", null, null, "ja/nej"],
  ["6", "Knudepunkter i erhvervsfremmesystemet", "3/4", null, null, "indsatser"],
  ["7", "Digital omstilling", "Ja", null, null, "ja/nej"],
  ["8", "Regional strategi", "Ja", null, null, "ja/nej"],
  ["9", "Samarbejdsmodel", "4/4", null, null, "indsatser"],
  ["10", "Kendskab til Erhvervshusene", "Afventer data", "45 %", null, null],
  ["11", "Grøn omstilling", null, null, null, "ja/nej"],
];
const BLANK: RawCell[] = [null, null, null, null, null, null];
const NOTE_IN_NR: RawCell[][] = [
  ["Kilde: NPS-måling Q3 2021", null, null, null, null, null],
  ["Mål 11 er udgået af kontrakten", null, null, null, null, null],
];
const NOTE_IN_TITLE: RawCell[][] = [
  [null, "Kilde: NPS-måling Q3 2021", null, null, null, null],
  [null, "Mål 11 er udgået af kontrakten", null, null, null, null],
];
const NINE_OF_ELEVEN = "97,2 % (79,5–97,7 %), 9 af 11 mål målt";

// The header row is sheet row 3 (index 2), so body row r is sheet row r + 4: goal 11 on row 14, a blank row 15.
const evaluate = (rows: RawCell[][], source: "range" | "table" = "range") =>
  evaluateContract([rawTable("Mål", HEADERS, rows, { headerRowIndex: 2, source })]);

describe("where a plain-range goal table ends", () => {
  test("notes in the Nr column after a blank row: 9 of 11 goals measured, the notes reported as information", () => {
    const r = evaluate([...GOALS, BLANK, ...NOTE_IN_NR]);
    expect(r.errors).toEqual([]);
    expect(r.overallText).toBe(NINE_OF_ELEVEN);
    expect(r.overallRange?.[0]).toBeCloseTo(8.75 / 11, 12);
    expect(r.overallRange?.[1]).toBeCloseTo(10.75 / 11, 12);
    expect(r.pending).toEqual(["10", "11"]);
    expect(r.goalTable?.goalRowCount).toBe(11);
    expect(r.info).toEqual([
      {
        sheet: "Mål",
        cell: "A16",
        code: "rows-below-table",
        message:
          "Række 16–17 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021'): måltabellen slutter ved det sidste mål",
      },
    ]);
    // No row result for the notes: the output columns get nothing beside them.
    expect(Math.max(...r.rows.map((x) => x.rowNumber))).toBe(14);
  });

  test("notes in the title column after a blank row: no error (today: 'rækken har en titel men intet Nr'), 9 of 11", () => {
    const r = evaluate([...GOALS, BLANK, ...NOTE_IN_TITLE]);
    expect(r.errors).toEqual([]);
    expect(r.overallText).toBe(NINE_OF_ELEVEN);
    expect(r.info.map((i) => [i.cell, i.message])).toEqual([
      [
        "B16",
        "Række 16–17 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021'): måltabellen slutter ved det sidste mål",
      ],
    ]);
  });

  test("blank separator rows between goals still work: every goal is read, nothing is reported", () => {
    const rows = [
      ...GOALS.slice(0, 3),
      BLANK,
      BLANK,
      ...GOALS.slice(3, 9),
      BLANK,
      ...GOALS.slice(9),
    ];
    const r = evaluate(rows);
    expect(r.errors).toEqual([]);
    expect(r.overallText).toBe(NINE_OF_ELEVEN);
    expect(r.goals.map((g) => g.id)).toEqual(GOALS.map((g) => g[0]));
    expect(r.info).toEqual([]);
    expect(r.goalTable?.goalRowCount).toBe(rows.length);
  });

  test("a note directly under the last goal, without a blank row, ends the table too (one rule: the last goal row)", () => {
    const r = evaluate([...GOALS, NOTE_IN_TITLE[0]]);
    expect(r.errors).toEqual([]);
    expect(r.overallText).toBe(NINE_OF_ELEVEN);
    expect(r.info.map((i) => i.message)).toEqual([
      "Række 15 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021'): måltabellen slutter ved det sidste mål",
    ]);
  });

  test("notes spread over rows with blanks between them are one line: from the first to the last", () => {
    const r = evaluate([...GOALS, BLANK, NOTE_IN_NR[0], BLANK, BLANK, NOTE_IN_TITLE[1]]);
    expect(r.info.map((i) => i.message)).toEqual([
      "Række 16–19 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021'): måltabellen slutter ved det sidste mål",
    ]);
  });

  test("a long note is quoted shortened", () => {
    const long =
      "Kilde: Erhvervsstyrelsens nationale brugerevaluering, tredje kvartal 2021, udtræk fra CRM";
    const r = evaluate([...GOALS, BLANK, [long, null, null, null, null, null]]);
    expect(r.info[0].message).toBe(
      "Række 16 under tabellen er ikke læst som mål ('Kilde: Erhvervsstyrelsens nationale bru…'): måltabellen slutter ved det sidste mål"
    );
  });

  test("a row below with a result is a goal row, not a note: its missing Nr stays an error naming the cell", () => {
    const r = evaluate([...GOALS, BLANK, [null, "Samlet målopfyldelse", "97 %", null, null, null]]);
    expect(r.errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`)).toEqual([
      "Mål!A16: rækken har en titel men intet Nr",
    ]);
    expect(r.info).toEqual([]);
  });

  test("a goal below the notes keeps the notes inside the table: a title-only note there is an error, as before", () => {
    const r = evaluate([...GOALS.slice(0, 10), BLANK, NOTE_IN_TITLE[0], GOALS[10]]);
    expect(r.errors.map((e) => e.cell)).toEqual(["A15"]);
    expect(r.info).toEqual([]);
  });

  test("an Excel table ends where Excel says: its notes are rows of the table (its range is the user's choice)", () => {
    const r = evaluate([...GOALS, BLANK, ...NOTE_IN_NR], "table");
    expect(r.errors).toEqual([]);
    expect(r.overallText).toBe("97,2 % (67,3–98,1 %), 9 af 13 mål målt");
    expect(r.info).toEqual([]);
    expect(r.goalTable?.goalRowCount).toBe(14);
    const titled = evaluate([...GOALS, BLANK, ...NOTE_IN_TITLE], "table");
    expect(titled.errors.map((e) => e.message)).toEqual([
      "rækken har en titel men intet Nr",
      "rækken har en titel men intet Nr",
    ]);
  });

  test("a table whose rows are all notes is left whole: its errors are reported as they are", () => {
    const r = evaluate(NOTE_IN_TITLE);
    expect(r.errors.map((e) => e.cell)).toEqual(["A4", "A5"]);
    expect(r.info).toEqual([]);
  });
});

describe("what a goal row is", () => {
  test("goal numbers as consultants write them, and notes that are not", () => {
    for (const nr of [1, 12, "1", "12", "9d", "9 d", "1.1", "2,3", "4.", "Mål 3", "mål 12b"])
      expect([nr, readsAsGoalNumber(nr)]).toEqual([nr, true]);
    for (const nr of [
      "Kilde: NPS-måling Q3 2021",
      "*) udgået",
      "I alt",
      "Note",
      "",
      null,
      true,
      "1234",
      -1,
    ])
      expect([nr, readsAsGoalNumber(nr)]).toEqual([nr, false]);
  });

  test("a row is a goal row by its Nr, or by anything to evaluate beside the title; a title alone is not", () => {
    const headers = ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Bemærkning"];
    const table = rawTable("Mål", headers, [
      ["1", "Tilfredshed", null, 72, 60, null],
      [null, null, "Vækst", null, null, null],
      [null, "Kilde: måling", null, null, null, null],
      [null, null, null, null, 60, null],
      ["Note", "Mål 11 er udgået", null, null, null, "udgået"],
      [null, null, null, null, null, "kun en bemærkning"],
    ]);
    const map = mapGoalColumns(headers);
    expect([0, 1, 2, 3, 4, 5].map((r) => isGoalRow(table, map, r))).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
    expect(goalTableExtent(table, map)).toEqual({
      bodyRowCount: 4,
      below: { first: 4, last: 5, column: 0, text: "Note" },
    });
  });
});
