// One pass over the goal table (src/core/prepare.ts): what the caller already did — the column map, the parsed
// indicator formulas — is taken on as it is, not done again; and evaluateContract(tables, options) is the same as
// preparing and then evaluating. The figures are typed out from the rows (NPS from the answers counted by hand).
import {
  evaluateContract,
  evaluatePrepared,
  goalColumnMap,
  prepareGoalTable,
} from "../../src/core/evaluate";
import { parseIndicator, type IndicatorParses } from "../../src/core/indicators/parse";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const GOALS_HEADERS = ["Nr", "Mål", "Resultat", "Faktisk", "Mål 100 %", "Mål 50 %"];
const GOALS: RawCell[][] = [["1", "Tilfredshed", 45, 72, 60, 50]];
const goals = () => rawTable("Mål", GOALS_HEADERS, GOALS);

// Ten answers: Drift has 4 promoters (9–10) and 1 detractor (0–6) of 5 → NPS 60; all ten: 5 promoters, 4 detractors → 10.
const ANSWERS: RawCell[][] = [
  ["Drift", 10],
  ["Drift", 9],
  ["Drift", 9],
  ["Drift", 10],
  ["Drift", 3],
  ["Vækst", 2],
  ["Vækst", 5],
  ["Vækst", 6],
  ["Vækst", 9],
  ["Vækst", 8],
];
const evaluering = () => rawTable("Evaluering", ["Segment", "Anbefaling"], ANSWERS);
const INDICATOR_GOALS = () =>
  rawTable(
    "Mål",
    ["Nr", "Mål", "Indikator", "Mål 100 %", "Mål 50 %"],
    [["1", "Tilfredshed", "NPS(Evaluering[Anbefaling])", 60, 50]]
  );

describe("prepareGoalTable", () => {
  test("the caller's column map is used as it is: Resultat is 45, but the map reads Faktisk (72) → 100 %", () => {
    const map = goalColumnMap(GOALS_HEADERS, { result: "Faktisk" });
    const prepared = prepareGoalTable(
      [goals()],
      { goalTable: { sheet: "Mål", name: "Mål" } },
      { map }
    );
    expect(prepared.goalTable?.map).toBe(map);
    const r = evaluatePrepared(prepared);
    expect(r.rows[0].explanation).toBe("72 ≥ 60 → 100 %");
    // Without the map the headers decide: Resultat, 45 → 0 %.
    expect(evaluateContract([goals()]).rows[0].explanation).toBe("45 < 50 → 0 %");
  });

  test("indicators the caller parsed are not parsed again: the given parse (Drift only, NPS 60) is the one evaluated", () => {
    const text = "NPS(Evaluering[Anbefaling])";
    const driftOnly = parseIndicator('NPS(Evaluering[Anbefaling]; Segment="Drift")');
    const indicators: IndicatorParses = new Map([[text, driftOnly]]);
    const prepared = prepareGoalTable([INDICATOR_GOALS(), evaluering()], {}, { indicators });
    expect(prepared.indicators).toBe(indicators);
    expect(prepared.indicators.get(text)).toBe(driftOnly);
    expect(evaluatePrepared(prepared).rows[0].resultValue).toBe(60);
    // Parsed here instead: all ten answers, NPS 10.
    expect(evaluateContract([INDICATOR_GOALS(), evaluering()]).rows[0].resultValue).toBe(10);
  });

  test("every row's formula is parsed once, during preparation", () => {
    const prepared = prepareGoalTable([INDICATOR_GOALS(), evaluering()]);
    expect([...prepared.indicators.keys()]).toEqual(["NPS(Evaluering[Anbefaling])"]);
    expect(prepared.dataTables.map((t) => t.name)).toEqual(["Evaluering"]);
  });

  test("a named goal table that is not there is an error, map or no map", () => {
    const map = goalColumnMap(GOALS_HEADERS);
    const prepared = prepareGoalTable(
      [goals()],
      { goalTable: { sheet: "Mål", name: "Mål2" } },
      { map }
    );
    expect(prepared.goalTable).toBeNull();
    expect(prepared.errors.map((e) => e.message)).toEqual([
      "måltabellen 'Mål2' findes ikke længere",
    ]);
  });

  test("evaluateContract(tables, options) is prepare-then-evaluate", () => {
    const tables = [INDICATOR_GOALS(), evaluering()];
    expect(evaluateContract(tables, { locale: "en" })).toEqual(
      evaluatePrepared(prepareGoalTable(tables, { locale: "en" }))
    );
  });
});
