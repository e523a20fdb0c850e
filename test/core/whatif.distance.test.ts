// Distance to the next tier, as the pane and the command line print it, one goal per situation, worked out by hand:
// the unit (point, procentpoint, indsatser), enough decimals to show a small distance, "at most" goals, every tier
// still ahead, and the texts for a row in error, pending, not measurable, at the top, and under an agreed fulfilment.
import { createWhatIf, type GoalDistance } from "../../src/core/whatif";
import { rawTable } from "../helpers/tables";

const HEADERS = [
  "Nr",
  "Mål",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
  "Retning",
  "Aftalt opfyldelse",
  "Begrundelse",
];
let d: GoalDistance[];
beforeAll(() => {
  const row = (
    nr: string,
    segment: string | null,
    result: string | number,
    t100: string | number | null,
    t50: number | null = null,
    rule: string | null = null,
    direction: string | null = null,
    agreed: string | null = null
  ) => [
    nr,
    `Mål ${nr}`,
    segment,
    result,
    t100,
    t50,
    rule,
    direction,
    agreed,
    agreed ? "Flyttet" : null,
  ];
  d = createWhatIf([
    rawTable("Mål", HEADERS, [
      row("1", null, 9.996, 10),
      row("2", null, "7O", 10),
      row("3", "Vækst", "Afventer data", 10),
      row("4", null, "Nej", null),
      row("5", null, "2/5", null, null, null, null, "100 %"),
      row("6", null, "3/4", null),
      row("7", null, 40, 60, 50),
      row("8", null, 14, 10, 12, null, "højst"),
      row("9", null, "76,5 %", "80 %"),
      row("10", null, 5, 10, null, "lineær"),
      row("11", null, "Ja", null),
      row("12", null, 12, 10),
      row("13", null, 9.9999, 10),
    ]),
  ]).distances();
});
const goal = (id: string) => d.find((g) => g.id === id)!;

test("10 − 9,996 = 0,004: shown with as many decimals as it takes not to read 0", () => {
  expect(goal("1").text).toBe("9,996: 0,004 point fra 100 %");
  expect(goal("1").rows[0]).toMatchObject({ state: "below-top", unit: "point", result: 9.996 });
  expect(goal("1").rows[0].next!.distance).toBeCloseTo(0.004, 12);
});

test("10 − 9,9999 = 0,0001: more than three decimals when three would still read 0", () => {
  expect(goal("13").rows[0].next!.distanceText).toBe("0,0001 point");
});

test("76,5 % against 80 %: 3,5 procentpoint, the threshold kept as the fraction 0,8", () => {
  expect(goal("9").text).toBe("76,5 %: 3,5 procentpoint fra 100 %");
  const next = goal("9").rows[0].next!;
  expect(next).toMatchObject({
    threshold: 0.8,
    thresholdText: "80 %",
    distanceText: "3,5 procentpoint",
  });
  expect(next.distance).toBeCloseTo(3.5, 12);
  expect(next.change).toBeCloseTo(0.035, 12);
});

test("40 against 50 % at 50 and 100 % at 60: the next tier first, then the top", () => {
  expect(goal("7").text).toBe("40: 10 point fra 50 %");
  expect(
    goal("7").rows[0].steps.map((s) => [s.fulfilment, s.threshold, s.distance, s.change, s.text])
  ).toEqual([
    [0.5, 50, 10, 10, "10 point fra 50 %"],
    [1, 60, 20, 20, "20 point fra 100 %"],
  ]);
});

test("at most 12 (50 %) and 10 (100 %) with 14: 2 and 4 too high, the change negative", () => {
  expect(goal("8").text).toBe("14: 2 point for højt til 50 %");
  expect(goal("8").rows[0].direction).toBe("hoejst");
  expect(goal("8").rows[0].steps.map((s) => [s.distance, s.change, s.text])).toEqual([
    [2, -2, "2 point for højt til 50 %"],
    [4, -4, "4 point for højt til 100 %"],
  ]);
});

test("activities: 1 indsats, 3 indsatser; an agreed goal says so before the computed distance", () => {
  expect(goal("6").text).toBe("3/4: 1 indsats fra 100 %");
  expect(goal("5").text).toBe("aftalt 100 %; beregnet: 2/5: 3 indsatser fra 100 %");
  expect(goal("5")).toMatchObject({ agreed: true, fulfilment: 1 });
  expect(goal("6").agreed).toBe(false);
  expect(goal("5").rows[0]).toMatchObject({ unit: "indsatser", result: 0.4, resultText: "2/5" });
});

test("lineær: 5 of 10 is 5 point from 100 %", () => {
  expect(goal("10").text).toBe("5: 5 point fra 100 %");
});

test("a row in error, a pending segment, a ja/nej not met, and rows at the top", () => {
  expect(goal("2").rows[0]).toMatchObject({
    state: "error",
    text: "fejl i rækken",
    steps: [],
    next: null,
  });
  expect(goal("3").rows[0]).toMatchObject({
    state: "pending",
    label: "Vækst",
    text: "Vækst: afventer data",
  });
  expect(goal("4").rows[0]).toMatchObject({
    state: "not-measurable",
    text: "Nej: opfyldes først ved Ja",
  });
  expect(goal("11").text).toBe("Ja: øverste trin er nået (100 %)");
  expect(goal("12").rows[0]).toMatchObject({
    state: "top",
    unit: "point",
    text: "12: øverste trin er nået (100 %)",
  });
});

test("indicators name the row: Antal (a count), Nye (new companies, with the companies it takes)", () => {
  // CRM: 4 companies, 3 of them in Vækst- or Driftsforløb; 1 and 2 were there in 2020, so 3 and 4 are new: 2/4 = 50 %.
  const crm = rawTable(
    "CRM",
    ["CVR", "Forløb"],
    [
      ["1", "Vækstforløb"],
      ["2", "Driftsforløb"],
      ["3", "Vækstforløb"],
      ["4", "Andet"],
    ]
  );
  const old = rawTable("CRM2020", ["CVR"], [["1"], ["2"]]);
  const goals = rawTable(
    "Mål",
    ["Nr", "Mål", "Indikator", "Mål 100 %", "Retning"],
    [
      ["1", "A", 'ANTAL(CRM[Forløb]; "Vækstforløb"; "Driftsforløb")', 5, null],
      ["2", "B", "NYE(CRM[CVR]; CRM2020[CVR])", "75 %", null],
      ["3", "C", "NYE(CRM[CVR]; CRM2020[CVR])", "25 %", "højst"],
    ]
  );
  const [count, newAtLeast, newAtMost] = createWhatIf([goals, crm, old]).distances();
  // 5 − 3 = 2 more.
  expect(count.text).toBe("Antal 3: 2 fra 100 %");
  expect(count.rows[0]).toMatchObject({ label: "Antal", unit: "antal" });
  // (2 + k)/(4 + k) ≥ 0,75 → k = 4;  2/(4 + k) ≤ 0,25 → k = 4.
  expect(newAtLeast.text).toBe("Nye 50 %: 25 procentpoint fra 100 % (4 nye virksomheder mere)");
  expect(newAtMost.text).toBe(
    "Nye 50 %: 25 procentpoint for højt til 100 % (4 kendte virksomheder mere)"
  );
});
