// compareTables: every kind of change between two versions of a goal, as Sammenligning lists it (field as the sheet
// names it, from → to as typed): Nr (renumbered), Regel, Vægt, a tier, Retning, Samling and Segmentsamling, the parts
// (a part taken out), a threshold as a fraction of tasks and as Ja/Nej, "+5 pp" → "+6 pp", the indicator; a goal
// new in the later year; over three years, a goal that leaves and comes back, or is only in the middle year
// ("I kontrakten"). 0,8 and 80 % are the same threshold; spaces around an indicator are no change.
// Oracles: the rows below, each fulfilment worked out by hand.
import { compareTables } from "../../src/core/compare";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const H = [
  "Nr",
  "Mål",
  "Del",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
  "Retning",
  "Vægt",
  "Samling",
  "Segmentsamling",
  "Indikator",
  "Basis",
];
const _ = null;
// Scores 9, 10, 3: 2 promoters and 1 detractor of 3 → NPS 33,3; Score2 the same.
const crm = () => rawTable("CRM", ["Score", "Score2"], [[9, 9], [10, 10], [3, 3]]);

describe("2021 → 2022, one change of each kind", () => {
  const y2021: RawCell[][] = [
    ["1", "Kendskab til huset", _, _, "46 %", "45 %", _, _, _, 1, _, _, _, _],
    ["2", "Klager over sagsbehandling", _, _, 12, 10, 15, _, "højst", 2, _, _, _, _],
    ["3", "Effekt i virksomhederne", "Drift", "NPS", 70, 60, _, _, _, _, "alle", "gennemsnit", _, _],
    ["3", "Effekt i virksomhederne", "Vækst", _, 80, 60, _, _, _, _, _, _, _, _],
    ["4", "Indsatser for klynger", _, _, "3/4", "4/4", _, _, _, _, _, _, _, _],
    ["5", "Digital indgang", _, _, "Ja", "Ja", _, _, _, _, _, _, _, _],
    ["6", "Tilfredshed", _, _, _, 30, _, _, _, _, _, _, "NPS(CRM[Score])", _],
    ["8", "Kendskab blandt nye", _, _, _, "+5 pp", _, _, _, _, _, _, _, "40 %"],
  ];
  const y2022: RawCell[][] = [
    ["10", "Kendskab til huset", _, _, "46 %", "45 %", _, "antal", _, 1, _, _, _, _],
    ["2", "Klager over sagsbehandling", _, _, 12, 10, 5, _, _, 1.5, _, _, _, _],
    ["3", "Effekt i virksomhederne", "Vækst", _, 80, 60, _, _, _, _, _, _, _, _],
    ["4", "Indsatser for klynger", _, _, "3/4", "3/4", _, _, _, _, _, _, _, _],
    ["5", "Digital indgang", _, _, "Nej", "Nej", _, _, _, _, _, _, _, _],
    ["6", "Tilfredshed", _, _, _, 30, _, _, _, _, _, _, "NPS(CRM[Score2])", _],
    ["8", "Kendskab blandt nye", _, _, _, "+6 pp", _, _, _, _, _, _, _, "40 %"],
    ["7", "Ny grøn indsats", _, _, "Ja", _, _, _, _, _, _, _, _, _],
  ];
  // Compared inside each test: Stryker switches a mutant on when a test starts, after a describe block's body has run.
  const run = () =>
    compareTables([
      { label: "2021", tables: [rawTable("Mål", H, y2021), crm()] },
      { label: "2022", tables: [rawTable("Mål", H, y2022), crm()] },
    ]);
  let r: ReturnType<typeof run>;
  const goal = (key: string) => r.goals.find((g) => g.key === key)!;
  const changes = (key: string) => goal(key).changes.map((c) => [c.field, c.from, c.to]);

  test("no errors; seven goals changed and one new, in the earlier year's order, the new one last", () => {
    r = run();
    expect(r.errors).toEqual([]);
    expect(r.counts).toEqual({ ny: 1, udgået: 0, ændret: 7, uændret: 0 });
    expect(r.goals.map((g) => [g.key, g.change])).toEqual([
      ["1", "ændret"],
      ["2", "ændret"],
      ["3", "ændret"],
      ["4", "ændret"],
      ["5", "ændret"],
      ["6", "ændret"],
      ["8", "ændret"],
      ["7", "ny"],
    ]);
    expect(goal("7")).toMatchObject({ ids: { "2021": null, "2022": "7" }, changes: [], delta: null });
  });

  test("goal 1 renumbered 10, its rule now named 'antal' (2021's inferred as trin from 46 % against 45 %)", () => {
    r = run();
    expect(goal("1")).toMatchObject({ renumbered: true, ids: { "2021": "1", "2022": "10" } });
    expect(changes("1")).toEqual([
      ["Nr", "1", "10"],
      ["Regel", "trin", "antal"],
    ]);
  });

  test("goal 2: weight 2 → 1,5, the 50 % threshold 15 → 5, and 'højst' → 'mindst'; 50 % → 100 %", () => {
    r = run();
    // 2021: 12 is above 10 but at most 15 → 50 %; 2022: 12 ≥ 10 → 100 %: +50 pp.
    expect(goal("2").renumbered).toBe(false);
    expect(changes("2")).toEqual([
      ["Vægt", "2", "1,5"],
      ["Mål 50 %", "15", "5"],
      ["Retning", "højst", "mindst"],
    ]);
    expect(goal("2").fulfilment).toEqual({ "2021": 0.5, "2022": 1 });
    expect(goal("2").delta).toBe(0.5);
  });

  test("goal 3: both roll-ups, the part Drift / NPS taken out with its threshold", () => {
    r = run();
    expect(changes("3")).toEqual([
      ["Samling", "alle", "gennemsnit"],
      ["Segmentsamling", "gennemsnit", "alle"],
      ["Dele", "Drift / NPS; Vækst", "Vækst"],
      ["Mål 100 % (Drift / NPS)", "60", null],
    ]);
  });

  test("thresholds as typed: 4/4 → 3/4, Ja → Nej, +5 pp → +6 pp; the indicator's column", () => {
    r = run();
    expect(changes("4")).toEqual([["Mål 100 %", "4/4", "3/4"]]);
    expect(changes("5")).toEqual([["Mål 100 %", "Ja", "Nej"]]);
    expect(changes("8")).toEqual([["Mål 100 %", "+5 pp", "+6 pp"]]);
    expect(changes("6")).toEqual([["Indikator", "NPS(CRM[Score])", "NPS(CRM[Score2])"]]);
    // Goal 5 (ja/nej): the result Ja → 100 % (2021), Nej → 0 % (2022): −100 pp.
    expect(goal("5").delta).toBe(-1);
  });
});

describe("three years", () => {
  const HY = ["Nr", "Mål", "Resultat", "Mål 100 %", "Indikator"];
  const year = (rows: RawCell[][]) => [rawTable("Mål", HY, rows), crm()];
  const run = () =>
    compareTables([
    {
      label: "2021",
      tables: year([
        ["1", "Kendskab", "85 %", "80 %", _],
        ["2", "Gap mål", "Ja", _, _],
        ["6", "Tilfredshed", _, 30, "NPS(CRM[Score])  "],
      ]),
    },
    {
      label: "2022",
      tables: year([
        ["1", "Kendskab", "85 %", 0.8, _],
        ["3", "Kun i midten", "Ja", _, _],
        ["6", "Tilfredshed", _, 30, "NPS(CRM[Score])"],
      ]),
    },
    {
      label: "2023",
      tables: year([
        ["1", "Kendskab", "85 %", 0.8, _],
        ["2", "Gap mål", "Nej", _, _],
        ["6", "Tilfredshed", _, 30, "NPS(CRM[Score2])"],
      ]),
    },
  ]);
  let r: ReturnType<typeof run>;
  const goal = (key: string) => r.goals.find((g) => g.key === key)!;

  test("80 % and 0,8 are the same target: goal 1 unchanged, met all three years", () => {
    r = run();
    expect(goal("1")).toMatchObject({ change: "uændret", changes: [], fulfilment: { "2021": 1, "2022": 1, "2023": 1 } });
    expect(r.counts).toEqual({ ny: 0, udgået: 0, ændret: 3, uændret: 1 });
  });

  test("a goal out in the middle year and back, and one only in the middle year: 'I kontrakten' between each pair", () => {
    r = run();
    expect(goal("2")).toMatchObject({
      change: "ændret",
      ids: { "2021": "2", "2022": null, "2023": "2" },
      fulfilment: { "2021": 1, "2022": null, "2023": 0 },
      delta: -1,
      changes: [
        { field: "I kontrakten", from: "ja", to: "nej", between: ["2021", "2022"] },
        { field: "I kontrakten", from: "nej", to: "ja", between: ["2022", "2023"] },
      ],
    });
    expect(goal("3")).toMatchObject({
      change: "ændret",
      delta: null,
      changes: [
        { field: "I kontrakten", from: "nej", to: "ja", between: ["2021", "2022"] },
        { field: "I kontrakten", from: "ja", to: "nej", between: ["2022", "2023"] },
      ],
    });
  });

  test("spaces after an indicator are no change; another column is, between the years it changed", () => {
    r = run();
    // NPS of 9, 10, 3 is 33,3 ≥ 30 in every year: met.
    expect(goal("6").changes).toEqual([
      { field: "Indikator", from: "NPS(CRM[Score])", to: "NPS(CRM[Score2])", between: ["2022", "2023"] },
    ]);
  });
});
