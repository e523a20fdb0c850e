// Choosing and preparing the goal table (src/core/prepare.ts) and the schema at the core's edge (src/core/model.ts):
// which table is the goal table, the user's choice and corrections, the errors when there is none, the evaluation
// tables handed on, and the malformed input the edge refuses.
import { evaluateContract } from "../../src/core/evaluate";
import { findGoalTables, goalColumnMap, prepareGoalTable } from "../../src/core/prepare";
import { rawTable } from "../helpers/tables";

const full = () =>
  rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %", "Vægt"], [["1", "NPS", 72, 60, 1]]);
const bare = () => rawTable("Ark2", ["Nr", "Mål", "Faktisk", "Mål 100 %"], [["1", "NPS", 40, 50]]);
const data = () => rawTable("Evaluering", ["Segment", "Anbefaling"], [["Drift", 9]]);

describe("which table is the goal table", () => {
  test("the tables with Nr and Mål, best score first; others are not candidates", () => {
    // Mål: 10 + 10 + 10 (Resultat) + 5 (a tier) + 1 (Vægt) = 36; Ark2: 10 + 10 + 10 (Faktisk is a result) + 5 = 35.
    const c = findGoalTables([data(), bare(), full()]);
    expect(c.map((x) => [x.table.sheet, x.score])).toEqual([
      ["Mål", 36],
      ["Ark2", 35],
    ]);
  });

  test("the best one is evaluated, and the other tables are the evaluation data", () => {
    const p = prepareGoalTable([data(), bare(), full()]);
    expect(p.goalTable?.sheet).toBe("Mål");
    expect(p.dataTables.map((t) => t.sheet)).toEqual(["Evaluering", "Ark2"]);
    expect(evaluateContract([data(), bare(), full()]).rows[0].explanation).toBe("72 ≥ 60 → 100 %");
  });

  test("the table the user chose, by sheet and name, even when another scores higher", () => {
    const r = evaluateContract([full(), bare()], {
      goalTable: { sheet: "Ark2", name: "Ark2" },
      columns: { result: "Faktisk" },
    });
    expect(r.goalTable?.sheet).toBe("Ark2");
    expect(r.rows[0].explanation).toBe("40 < 50 → 0 %");
  });

  test("a chosen table that is gone: the error names it at A1 of its sheet, in the user's language", () => {
    const r = evaluateContract([full()], {
      goalTable: { sheet: "Mål", name: "Mål2021" },
      locale: "en",
    });
    expect(r.errors).toEqual([
      {
        sheet: "Mål",
        cell: "A1",
        code: "goal-table-not-found",
        message: "the goal table 'Mål2021' no longer exists",
      },
    ]);
    expect(r.goalTable).toBeNull();
    // The same sheet but another name is another table.
    expect(
      evaluateContract([full()], { goalTable: { sheet: "Andet", name: "Mål" } }).errors.map(
        (e) => e.code
      )
    ).toEqual(["goal-table-not-found"]);
  });

  test("no goal table among the tables: the error at A1 of the first sheet, or of 'Mål' with no tables at all", () => {
    expect(evaluateContract([data()]).errors.map((e) => `${e.sheet}!${e.cell} ${e.code}`)).toEqual([
      "Evaluering!A1 no-goal-table",
    ]);
    expect(evaluateContract([]).errors.map((e) => `${e.sheet}!${e.cell} ${e.code}`)).toEqual([
      "Mål!A1 no-goal-table",
    ]);
  });

  test("the user's column corrections apply to the best candidate too", () => {
    const table = rawTable(
      "Mål",
      ["Nr", "Mål", "Resultat", "Faktisk", "Mål 100 %"],
      [["1", "NPS", 40, 72, 60]]
    );
    expect(evaluateContract([table], { columns: { result: "Faktisk" } }).rows[0].explanation).toBe(
      "72 ≥ 60 → 100 %"
    );
    expect(evaluateContract([table]).rows[0].explanation).toBe("40 < 60 → 0 %");
    expect(goalColumnMap(table.headers, { result: "Faktisk" }).roles.result).toBe(3);
    expect(goalColumnMap(table.headers).roles.result).toBe(2);
  });

  test("a table with a missing column is named as the goal table, with its errors and no rows", () => {
    const p = prepareGoalTable([rawTable("Mål", ["Nr", "Mål", "Mål 100 %"], [["1", "NPS", 60]])]);
    expect(p.goalTable).toMatchObject({ sheet: "Mål", rowCount: 1, goalRowCount: 1 });
    expect(p.errors.map((e) => e.message)).toEqual(["kolonnen 'Resultat' mangler i måltabellen"]);
    expect(p.rows).toEqual([]);
    expect(p.dataTables).toEqual([]);
  });

  test("the goal table's rows end at its last goal; the note under it is information", () => {
    const table = rawTable(
      "Mål",
      ["Nr", "Mål", "Resultat", "Mål 100 %"],
      [
        ["1", "NPS", 72, 60],
        ["Kilde: måling", null, null, null],
      ],
      { headerRowIndex: 2, firstColumnIndex: 1 }
    );
    const p = prepareGoalTable([table]);
    expect(p.goalTable).toMatchObject({
      rowCount: 2,
      goalRowCount: 1,
      headerRowIndex: 2,
      firstColumnIndex: 1,
      source: "range",
    });
    expect(p.info.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "B5: Række 5 under tabellen er ikke læst som mål ('Kilde: måling'): måltabellen slutter ved det sidste mål",
    ]);
  });

  test("a contract year from the options is used when a row has no År; the decimal point option reads '72.5'", () => {
    const table = rawTable(
      "Mål",
      ["Nr", "Mål", "Resultat", "Mål 100 %"],
      [["1", "Andel", "46 %", "2021: 45 %; 2022: 47 %"]]
    );
    expect(evaluateContract([table], { year: 2021 }).rows[0].fulfilment).toBe(1);
    expect(evaluateContract([table], { year: 2022 }).rows[0].fulfilment).toBe(0);
    const dot = rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "NPS", "72.5", 72]]);
    expect(evaluateContract([dot], { decimalSeparator: "." }).rows[0].resultValue).toBe(72.5);
    expect(evaluateContract([dot]).errors.map((e) => e.code)).toEqual(["decimal"]);
  });
});

describe("malformed input is refused at the core's edge", () => {
  const ok = () => rawTable("Mål", ["Nr", "Mål", "Resultat"], [["1", "NPS", 72]]);
  test.each([
    ["an empty sheet name", { ...ok(), sheet: "" }],
    ["an empty table name", { ...ok(), name: "" }],
    ["a negative header row", { ...ok(), headerRowIndex: -1 }],
    ["a header row that is no whole number", { ...ok(), headerRowIndex: 1.5 }],
    ["a negative first column", { ...ok(), firstColumnIndex: -1 }],
    ["a negative row count", { ...ok(), rowCount: -1 }],
    ["an unknown source", { ...ok(), source: "chart" }],
  ])("%s", (_what, table) => {
    expect(() => prepareGoalTable([table as never])).toThrow();
  });

  test("a cell must be text, a finite number, a yes/no or empty", () => {
    const withCell = (v: unknown) => ({ ...ok(), columns: [["1"], ["NPS"], [v]] });
    expect(() => prepareGoalTable([withCell(Number.POSITIVE_INFINITY) as never])).toThrow(
      "a column must be an array of strings, finite numbers, booleans or null"
    );
    expect(() => prepareGoalTable([withCell(Number.NaN) as never])).toThrow();
    expect(() => prepareGoalTable([withCell({}) as never])).toThrow();
    expect(() => prepareGoalTable([{ ...ok(), columns: ["72"] } as never])).toThrow();
    for (const v of [null, true, "x", 0, -3.5])
      expect(() => prepareGoalTable([withCell(v) as never])).not.toThrow();
  });

  test("number formats must be text", () => {
    expect(() =>
      prepareGoalTable([{ ...ok(), numberFormats: [["General"], [7], ["0 %"]] } as never])
    ).toThrow("number formats must be strings");
    expect(() =>
      prepareGoalTable([{ ...ok(), numberFormats: [["General"], ["@"], ["0 %"]] }])
    ).not.toThrow();
  });

  test.each([
    ["a locale the add-in does not speak", { locale: "fr" }],
    ["a decimal separator other than comma or point", { decimalSeparator: ";" }],
    ["a year before 1900", { year: 1899 }],
    ["a year after 2200", { year: 2201 }],
    ["a year that is no whole number", { year: 2021.5 }],
  ])("options: %s", (_what, options) => {
    expect(() => prepareGoalTable([ok()], options as never)).toThrow();
  });

  test("the years 1900 and 2200 themselves are accepted", () => {
    expect(() => prepareGoalTable([ok()], { year: 1900 })).not.toThrow();
    expect(() => prepareGoalTable([ok()], { year: 2200 })).not.toThrow();
  });
});
