// Goal groups (src/core/groups.ts, issue 17): the words of the Type column, the order of the groups, "Øvrige mål" for
// goals without a group, when subtotals are shown, and a subtotal with a goal in error. Figures worked out by hand.
import type { GoalResult } from "../../src/core/evaluate";
import { groupGoals, groupKey, UNGROUPED_LABEL } from "../../src/core/groups";

describe("the words of the Type column", () => {
  test.each([
    ["Landsdækkende mål", "national"],
    ["Nationalt", "national"],
    ["Common goals", "faelles"],
    ["Shared", "faelles"],
    ["Joint goals", "faelles"],
    ["Local", "regional"],
    ["Lokale mål", "regional"],
    ["Regional", "regional"],
  ])("'%s' → %s", (text, key) => expect(groupKey(text)).toBe(key));

  test.each([
    // The word must begin the cell: a group merely mentioning it is a group of its own.
    ["Ikke nationalt", "ikkenationalt"],
    ["Ikke fælles", "ikkefaelles"],
    ["Delvist shared", "delvistshared"],
    ["Interregional", "interregional"],
    ["Ikke lokalt", "ikkelokalt"],
    ["Øvrige", "ovrige"],
  ])("'%s' is a group of its own, '%s'", (text, key) => expect(groupKey(text)).toBe(key));

  test("an empty cell names no group", () => {
    expect(groupKey("")).toBe("");
    expect(groupKey(" - ")).toBe("");
  });
});

// Just what grouping reads of a goal: its Nr, Type, status, figure, range and weight.
function goal(
  id: string,
  group: string | undefined,
  fulfilment: number | null,
  status = "Opfyldt"
): GoalResult {
  return {
    id,
    group,
    status,
    fulfilment,
    range: fulfilment === null ? [0, 1] : [fulfilment, fulfilment],
    weight: 1,
  } as GoalResult;
}

describe("grouping the goals", () => {
  test("national, common, regional, then others as they first appear, then the goals without a group as 'Øvrige mål'", () => {
    const g = groupGoals({
      goals: [
        goal("1", undefined, 1),
        goal("2", "Særlige mål", 1),
        goal("3", "Regionale mål", 1),
        goal("4", "Ekstra", 0.5, "Delvist opfyldt"),
        goal("5", "fælles", 1),
        goal("6", "national", 0, "Ikke opfyldt"),
        goal("7", "  Særlige  mål ", 1),
      ],
    });
    expect(g.grouped).toBe(true);
    expect(g.groups.map((x) => [x.key, x.label, x.goals.map((y) => y.id)])).toEqual([
      ["national", "Nationalt fastsatte mål", ["6"]],
      ["faelles", "Fælles indsatsmål", ["5"]],
      ["regional", "Regionale mål", ["3"]],
      ["saerligemal", "Særlige mål", ["2", "7"]],
      ["ekstra", "Ekstra", ["4"]],
      ["", UNGROUPED_LABEL, ["1"]],
    ]);
    expect(UNGROUPED_LABEL).toBe("Øvrige mål");
    // Several groups, one of them with two goals: subtotals say something.
    expect(g.showSubtotals).toBe(true);
    expect(g.groups[3].subtotal).toEqual({
      fulfilment: 1,
      range: [1, 1],
      measured: 2,
      counted: 2,
      text: "100 %, 2 af 2 mål målt",
    });
  });

  test("one goal per group: no subtotals; one group however large: none either", () => {
    expect(
      groupGoals({ goals: [goal("1", "national", 1), goal("2", "fælles", 1)] }).showSubtotals
    ).toBe(false);
    const one = groupGoals({ goals: [goal("1", "national", 1), goal("2", "national", 0.5)] });
    expect(one.grouped).toBe(true);
    expect(one.showSubtotals).toBe(false);
  });

  test("Type cells that are all blank group nothing: one group with every goal and the overall's subtotal", () => {
    // (1 + 0.5) / 2 = 75 %; the pending goal bounds it: [(1 + 0.5 + 0) / 3, (1 + 0.5 + 1) / 3] = [50 %, 83,3 %].
    const g = groupGoals({
      goals: [goal("1", " ", 1), goal("2", undefined, 0.5), goal("3", "", null, "Afventer data")],
    });
    expect(g.grouped).toBe(false);
    expect(g.showSubtotals).toBe(false);
    expect(g.groups).toHaveLength(1);
    expect(g.groups[0].key).toBe("");
    expect(g.groups[0].label).toBe("");
    expect(g.groups[0].goals.map((x) => x.id)).toEqual(["1", "2", "3"]);
    expect(g.groups[0].subtotal.text).toBe("75 % (50–83,3 %), 2 af 3 mål målt");
  });

  test("a goal in error leaves its group without a subtotal, naming it; the other groups keep theirs", () => {
    const g = groupGoals({
      goals: [
        goal("1", "national", 1),
        goal("2", "national", null, "Fejl"),
        goal("3", "fælles", 0.5, "Delvist opfyldt"),
      ],
    });
    expect(g.groups[0].subtotal).toEqual({
      fulfilment: null,
      range: null,
      measured: 0,
      counted: 1,
      text: "Kan ikke beregnes: mål 2 har en fejl",
    });
    expect(g.groups[1].subtotal.text).toBe("50 %, 1 af 1 mål målt");
  });
});
