// The what-if session as the pane and the command line use it: the typed cells of a row, the before/after difference,
// and sweeps (scale, direction, decimals, limits and their messages). Two goals worked out by hand:
//   goal 1: 12 complaints against "at least 10" → 100 %;  goal 2: 97 % against 70 % (100 %) and 60 % (50 %) → 100 %.
import type { RawTable } from "../../src/core/model";
import { createWhatIf, parseChanges, parseSweep, whatIf } from "../../src/core/whatif";
import { rawTable } from "../helpers/tables";

const tables = (): RawTable[] => [
  rawTable(
    "Mål",
    ["Nr", "Mål", "Resultat", "Mål 50 %", "Mål 100 %"],
    [
      ["1", "Klager", 12, null, 10],
      ["2", "Effekt", "97 %", "60 %", "70 %"],
    ]
  ),
];
const sweepOf = (text: string) => {
  const p = parseSweep(text);
  if (!p.ok) throw new Error(p.message);
  return p.value;
};

describe("typed: a row's result and threshold cells as the workbook has them", () => {
  test("addresses from A1 (header in row 1), highest tier first, blank thresholds left out", () => {
    const s = createWhatIf(tables());
    expect(s.typed(0)).toEqual({
      result: { cell: "C2", text: "12" },
      tiers: [{ cell: "E2", text: "10", fulfilment: 1 }],
    });
    expect(s.typed(1)).toEqual({
      result: { cell: "C3", text: "97 %" },
      tiers: [
        { cell: "E3", text: "70 %", fulfilment: 1 },
        { cell: "D3", text: "60 %", fulfilment: 0.5 },
      ],
    });
  });

  test("a row in error ('7O' is no number) still shows what was typed", () => {
    const t = [
      rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["3", "Kendskab", "7O", 60]]),
    ];
    expect(createWhatIf(t).typed(0)).toEqual({
      result: { cell: "C2", text: "7O" },
      tiers: [{ cell: "D2", text: "60", fulfilment: 1 }],
    });
  });

  test("a workbook without a goal table: no cells, and every change says so", () => {
    const data = [rawTable("Data", ["x"], [[1]])];
    expect(createWhatIf(data).typed(0)).toEqual({ tiers: [] });
    const r = whatIf(data, parseChanges(["1.mål100=5", "2.vægt=2"]).changes);
    expect(r.errors).toEqual([
      { index: 0, change: "1.mål100=5", message: "arbejdsbogen har ingen måltabel at regne på" },
      { index: 1, change: "2.vægt=2", message: "arbejdsbogen har ingen måltabel at regne på" },
    ]);
    expect(r.after).toBe(r.before);
  });
});

describe("the difference: a goal or row whose explanation changes is changed even at the same fulfilment", () => {
  test("goal 1's threshold 10 → 11: still 100 %, but '12 ≥ 11' now; goal 2 untouched", () => {
    const r = createWhatIf(tables()).evaluate(parseChanges(["1.mål100=11"]).changes);
    expect(r.difference.goals).toEqual([
      {
        id: "1",
        title: "Klager",
        before: 1,
        after: 1,
        delta: 0,
        statusBefore: "Opfyldt",
        statusAfter: "Opfyldt",
        changed: true,
      },
      {
        id: "2",
        title: "Effekt",
        before: 1,
        after: 1,
        delta: 0,
        statusBefore: "Opfyldt",
        statusAfter: "Opfyldt",
        changed: false,
      },
    ]);
    expect(r.difference.rows).toEqual([
      {
        bodyIndex: 0,
        rowNumber: 2,
        goal: "1",
        part: "",
        segment: "",
        before: 1,
        after: 1,
        delta: 0,
        explanationBefore: "12 ≥ 10 → 100 %",
        explanationAfter: "12 ≥ 11 → 100 %",
        changed: true,
      },
      {
        bodyIndex: 1,
        rowNumber: 3,
        goal: "2",
        part: "",
        segment: "",
        before: 1,
        after: 1,
        delta: 0,
        explanationBefore: "97 % ≥ 70 % → 100 %",
        explanationAfter: "97 % ≥ 70 % → 100 %",
        changed: false,
      },
    ]);
    expect(r.difference.overallRange).toEqual({ before: [1, 1], after: [1, 1] });
  });
});

describe("sweeps", () => {
  test("downwards 12:10, and 'from:to' with the step 1 left out", () => {
    const s = createWhatIf(tables());
    const down = s.sweep(sweepOf("1.mål100=12:10"));
    expect(down.rows.map((x) => [x.value, x.valueText, x.goal])).toEqual([
      [12, "12", 1],
      [11, "11", 1],
      [10, "10", 1],
    ]);
    expect(down).toMatchObject({ goal: "1", label: "1.mål100", percent: false, errors: [] });
    // 12 ≥ 10, 11, 12: met; 13 > 12: missed, and the overall falls to (0 + 1) / 2.
    const up = s.sweep(sweepOf("1.mål100=12:13"));
    expect(up.rows.map((x) => [x.value, x.goal, x.overall])).toEqual([
      [12, 1, 1],
      [13, 0, 0.5],
    ]);
    expect(up.rows[1]).toMatchObject({ goalStatus: "Ikke opfyldt", overallRange: [0.5, 0.5] });
  });

  test("'%' typed in the range makes it percentages, even on a row of plain numbers", () => {
    const r = createWhatIf(tables()).sweep(sweepOf("1.mål100=10 %:12 %"));
    expect(r.percent).toBe(true);
    expect(r.rows.map((x) => x.valueText)).toEqual(["10 %", "11 %", "12 %"]);
  });

  test("on a percentage row 0,95:0,99 stays fractions (95 %–99 %); a weight is never a percentage", () => {
    const s = createWhatIf(tables());
    const r = s.sweep(sweepOf("2.mål100=0,95:0,99:0,02"));
    expect(r.percent).toBe(false);
    // 97 % against 95 %, 97 %: met; against 99 %: below 100 %'s threshold, above 60 % → 50 %, overall (1 + 0,5) / 2.
    expect(r.rows.map((x) => [x.valueText, x.goal, x.overall])).toEqual([
      ["0,95", 1, 1],
      ["0,97", 1, 1],
      ["0,99", 0.5, 0.75],
    ]);
    expect(s.sweep(sweepOf("2.vægt=1:3")).rows.map((x) => x.valueText)).toEqual(["1", "2", "3"]);
  });

  test("0,3:0,6:0,1 has four points, though (0,6 − 0,3) / 0,1 is 2,9999999999999996 in floating point", () => {
    const r = createWhatIf(tables()).sweep(sweepOf("1.mål100=0,3:0,6:0,1"));
    expect(r.rows.map((x) => [x.value, x.valueText])).toEqual([
      [0.3, "0,3"],
      [0.4, "0,4"],
      [0.5, "0,5"],
      [0.6, "0,6"],
    ]);
  });

  test("a range error on top of other changes is numbered after them", () => {
    const r = createWhatIf(tables()).sweep(sweepOf("1.mål100=x:3"), [
      { goal: "1", key: "result", value: 12 },
      { goal: "2", key: "result", value: "90 %" },
    ]);
    expect(r.errors).toEqual([
      { index: 2, change: "1.mål100=x:3", message: "'x' i intervallet er ikke et tal" },
    ]);
  });

  test("an assumption 0:100:50 is 0 %, 50 %, 100 % of goal 1", () => {
    const r = createWhatIf(tables()).sweep(sweepOf("1.antag=0:100:50"));
    expect(r.percent).toBe(true);
    expect(r.rows.map((x) => [x.valueText, x.goal, x.goalStatus, x.overall])).toEqual([
      ["0 %", 0, "Ikke opfyldt", 0.5],
      ["50 %", 0.5, "Delvist opfyldt", 0.75],
      ["100 %", 1, "Opfyldt", 1],
    ]);
  });

  test("English decimals with decimalSeparator '.', and the limit on points", () => {
    const en = createWhatIf(tables(), { decimalSeparator: ".", maxSweepPoints: 3 });
    const r = en.sweep({ goal: "1", key: "tier", tier: 1, from: "10", to: "11", step: "0.5" });
    expect(r.errors).toEqual([]);
    // valueText is what the pane shows, in Danish: 10,5.
    expect(r.rows.map((x) => [x.value, x.valueText])).toEqual([
      [10, "10"],
      [10.5, "10,5"],
      [11, "11"],
    ]);
    expect(
      en.sweep({ goal: "1", key: "tier", tier: 1, from: 10, to: 12, step: 0.5 }).errors
    ).toEqual([
      {
        index: 0,
        change: "1.mål100",
        message: "intervallet giver 5 punkter; højst 3 er tilladt (brug et større skridt)",
      },
    ]);
  });

  test.each([
    ["1.mål100=a:3", "'a' i intervallet er ikke et tal"],
    ["1.mål100=1:b", "'b' i intervallet er ikke et tal"],
    ["1.mål100=1:3:0", "skridtet '0' skal være et tal større end 0"],
    ["1.mål100=1:3:-1", "skridtet '-1' skal være et tal større end 0"],
    ["1.mål100=1:3:x", "skridtet 'x' skal være et tal større end 0"],
    [
      "1.mål100=0:5000",
      "intervallet giver 5001 punkter; højst 1001 er tilladt (brug et større skridt)",
    ],
    ["1/x.mål100=1:3", "mål 1 har ingen del 'x' (målet har ingen dele)"],
  ])("%s: %s", (text, message) => {
    const r = createWhatIf(tables()).sweep(sweepOf(text));
    expect(r).toEqual({
      goal: "1",
      label: text.split("=")[0],
      percent: false,
      rows: [],
      errors: [{ index: 0, change: text, message }],
    });
  });

  test("a change that cannot be applied at a point stops the sweep with its error, after the base changes", () => {
    const s = createWhatIf(tables());
    const r = s.sweep({ goal: "1", key: "tier", tier: 0.755, from: 9, to: 11, step: 1 }, [
      { goal: "1", key: "result", value: 12 },
    ]);
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([
      {
        index: 1,
        change: "1.mål75.5=9",
        message:
          "måltabellen har intet trin for 75,5 %, og det kan kun tilføjes for hele procenter (fx mål75)",
      },
    ]);
  });
});
