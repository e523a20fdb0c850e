// buildMemo beyond the seeds (src/core/memo/build.ts): the target of each rule as the goal's section words it
// (antal, højst, forholdsmæssig, lineær, indsatser, ja/nej, per part and segment), the result per part, the overview
// table's cells for pending and failed goals and the overall's range, subtotal rows only for groups of several goals,
// agreed figures marked, the title's "med" for one party, the chart block, an invalid date, and memoJson.
// Oracles: the rows below with the fulfilment of each worked out by hand, and the memo's Danish wording.
import { evaluateContract } from "../../src/core/evaluate";
import { buildMemo, goalResultText, goalTargetText, memoJson, type Memo, type MemoBlock } from "../../src/core/memo";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const evaluate = (headers: string[], rows: RawCell[][]) => evaluateContract([rawTable("Mål", headers, rows)]);
const facts = (memo: Memo, heading: string) => {
  const i = memo.blocks.findIndex((b) => b.kind === "heading" && b.level === 2 && b.text === heading);
  if (i < 0) throw new Error(`no section ${heading}`);
  const f = memo.blocks[i + 1];
  return f.kind === "facts" ? Object.fromEntries(f.items.map((x) => [x.label, x.value])) : {};
};
const table = (memo: Memo) => {
  const t = memo.blocks.find((b) => b.kind === "goalTable");
  if (!t || t.kind !== "goalTable") throw new Error("no table");
  return t.rows;
};

describe("a status with every rule", () => {
  const H = ["Nr", "Mål", "Del", "Segment", "Resultat", "Mål 100 %", "Mål 50 %", "Regel", "Retning"];
  const result = evaluate(H, [
    ["1", "Forløb", null, null, 400, 350, null, "antal", null],
    ["2", "Klager", null, null, 12, 10, 15, null, "højst"],
    ["3", "Andel", null, null, "45 %", "50 %", null, "forholdsmæssig", null],
    ["4", "Lineær", null, null, 55, 60, 50, "lineær", null],
    ["5", "Indsatser", null, null, "3/4", null, null, null, null],
    ["6", "Effekt", "Drift", "NPS", 70, 60, null, null, null],
    ["6", "Effekt", "Drift", "Tilfredshed", 50, 60, null, null, null],
    ["6", "Effekt", "Vækst", null, 80, 60, null, null, null],
    ["7", "", null, null, "Ja", null, null, null, null],
    ["8", "Kendskab", null, null, null, 60, null, null, null],
  ]);
  // Built inside each test: Stryker switches a mutant on when a test starts, after a describe block's body has run.
  const build = () => buildMemo(result, { date: "2021-03-01", kkr: "KKR Syddanmark", statusDate: "1. marts 2021" });

  test("the title with one party says 'med'; a status has its subtitle; it is not final", () => {
    const memo = build();
    expect([memo.title, memo.subtitle, memo.date, memo.final]).toEqual([
      "Status på resultatkontrakten med KKR Syddanmark",
      "Status pr. 1. marts 2021",
      "1. marts 2021",
      false,
    ]);
  });

  test("each rule's target in words", () => {
    const memo = build();
    const target = (h: string) => facts(memo, h)["Målsætning"];
    expect(target("Mål 1 – Forløb")).toBe("mindst 350");
    expect(target("Mål 2 – Klager")).toBe("100 % ved højst 10, 50 % ved højst 15");
    expect(target("Mål 3 – Andel")).toBe("50 % (forholdsmæssig opfyldelse)");
    expect(target("Mål 4 – Lineær")).toBe("100 % ved mindst 60, 50 % ved mindst 50, lineært imellem");
    expect(target("Mål 5 – Indsatser")).toBe("alle indsatser gennemført");
    expect(target("Mål 6 – Effekt")).toBe(
      "Drift NPS: 100 % ved mindst 60; Drift Tilfredshed: 100 % ved mindst 60; Vækst: 100 % ved mindst 60"
    );
    expect(target("Mål 7")).toBe("gennemført (ja/nej)");
  });

  test("a goal of several parts: its result per part and segment; its fulfilment the mean of the parts", () => {
    const memo = build();
    // Drift: NPS 70 ≥ 60 (100 %) but Tilfredshed 50 < 60 (0 %), all rows must be met → 0 %; Vækst 80 ≥ 60 → 100 %;
    // the mean of the two parts 50 %.
    expect(facts(memo, "Mål 6 – Effekt")).toMatchObject({
      Resultat: "Drift: NPS 70, Tilfredshed 50; Vækst: 80",
      Opfyldelse: "50 % (delvist opfyldt)",
    });
  });

  test("a pending goal: its section says what it can still become, the table a dash", () => {
    const memo = build();
    // (Its target is not shown: a row's target is the one it was measured against, and this one was not measured.)
    expect(facts(memo, "Mål 8 – Kendskab")).toMatchObject({
      Resultat: "Afventer data",
      Opfyldelse: "afventer data (kan blive 0–100 %)",
      Forklaring: "Afventer data",
    });
    expect(table(memo).find((r) => r.cells[0] === "8")).toEqual({
      kind: "goal",
      cells: ["8", "Kendskab", "Afventer data", "–", "Afventer data"],
      status: "Afventer data",
    });
  });

  test("no groups: no group or subtotal rows, the overall last with its range", () => {
    const memo = build();
    // 1 100 %, 2 50 % (12 above 10, within 15), 3 45/50 = 90 %, 4 (55−50)/(60−50) → 75 %, 5 3/4 = 75 %, 6 50 %,
    // 7 100 %: 5,4 / 7 = 77,14 % → 77,1 %; with goal 8 at 0 or 1: 5,4 / 8 = 67,5 % to 6,4 / 8 = 80 %.
    const rows = table(memo);
    expect(rows.map((r) => r.kind)).toEqual([...Array(8).fill("goal"), "overall"]);
    expect(rows.map((r) => r.cells[3])).toEqual([
      "100 %",
      "50 %",
      "90 %",
      "75 %",
      "75 %",
      "50 %",
      "100 %",
      "–",
      "77,1 % (67,5–80 %)",
    ]);
    expect(rows[8]).toEqual({
      kind: "overall",
      cells: ["", "Samlet målopfyldelse", "7 af 8 mål målt", "77,1 % (67,5–80 %)", ""],
    });
    expect(facts(memo, "Mål 1 – Forløb")).not.toHaveProperty("Type");
  });

  test("the blocks in order: the headings, the table, no chart without a picture, the Indstilling, the sections", () => {
    const memo = build();
    const headings = memo.blocks
      .filter((b): b is Extract<MemoBlock, { kind: "heading" }> => b.kind === "heading" && b.level === 1)
      .map((b) => b.text);
    expect(headings).toEqual(["Sagsfremstilling", "Oversigt over mål", "Indstilling", "Bilag: målene enkeltvis"]);
    expect(memo.blocks.some((b) => b.kind === "chart")).toBe(false);
  });
});

describe("groups, agreed and failed goals", () => {
  const H = ["Nr", "Type", "Mål", "Resultat", "Mål 100 %", "Aftalt opfyldelse", "Begrundelse"];
  const grouped = evaluate(H, [
    ["1", "National", "A", "Ja", null, null, null],
    ["2", "National", "B", null, 60, null, null],
    ["3", "Regional", "C", 40, 60, "75 %", "Covid-19"],
  ]);

  test("a subtotal for the group of two (with its range), none for the group of one; agreed marked in the table", () => {
    const memo = buildMemo(grouped, { date: "2021-03-01", hub: "Erhvervshus Fyn" });
    // National: goal 1 100 %, goal 2 pending: 1 of 2 measured, 100 %, between 1/2 = 50 % and 2/2 = 100 %.
    // No subtotal for the regional group of one goal. Overall: (100 % + 75 %) / 2 = 87,5 %; with goal 2 at 0 or 1:
    // 1,75 / 3 = 58,3 % to 2,75 / 3 = 91,7 %.
    expect(table(memo)).toEqual([
      { kind: "group", cells: ["Nationalt fastsatte mål"] },
      { kind: "goal", cells: ["1", "A", "Ja", "100 %", "Opfyldt"], status: "Opfyldt" },
      { kind: "goal", cells: ["2", "B", "Afventer data", "–", "Afventer data"], status: "Afventer data" },
      { kind: "subtotal", cells: ["", "I alt, nationalt fastsatte mål", "1 af 2 mål målt", "100 % (50–100 %)", ""] },
      { kind: "group", cells: ["Regionale mål"] },
      { kind: "goal", cells: ["3", "C", "40", "75 % (aftalt)", "Delvist opfyldt"], status: "Delvist opfyldt" },
      { kind: "overall", cells: ["", "Samlet målopfyldelse", "2 af 3 mål målt", "87,5 % (58,3–91,7 %)", ""] },
    ]);
    expect(facts(memo, "Mål 3 – C")).toMatchObject({ Type: "Regionale mål", Opfyldelse: "75 % (delvist opfyldt)" });
    expect(memo.title).toBe("Status på resultatkontrakten med Erhvervshus Fyn");
  });

  test("a goal in error: 'Fejl' in its section, a dash for it and for the overall, left out of the count", () => {
    const memo = buildMemo(
      evaluate(["Nr", "Mål", "Resultat"], [
        ["1", "A", "Ja"],
        ["2", "B", "abc"],
      ]),
      { date: "2021-03-01", statusDate: "1. marts 2021" }
    );
    expect(table(memo)).toEqual([
      { kind: "goal", cells: ["1", "A", "Ja", "100 %", "Opfyldt"], status: "Opfyldt" },
      { kind: "goal", cells: ["2", "B", "–", "–", "Fejl"], status: "Fejl" },
      { kind: "overall", cells: ["", "Samlet målopfyldelse", "1 af 1 mål målt", "–", ""] },
    ]);
    // Nothing to say of a target, an explanation or a remark: no such lines.
    const i = memo.blocks.findIndex((b) => b.kind === "heading" && b.text === "Mål 2 – B");
    expect(memo.blocks[i + 1]).toEqual({
      kind: "facts",
      items: [
        { label: "Resultat", value: "–" },
        { label: "Opfyldelse", value: "Fejl" },
      ],
    });
    // A final report: no subtitle, even with a status date given.
    expect([memo.final, memo.subtitle]).toEqual([true, undefined]);
  });
});

describe("the chart, the date and memoJson", () => {
  const result = evaluate(["Nr", "Mål", "Resultat"], [["1", "A", "Ja"]]);
  const chart = { png: Uint8Array.from([137, 80, 78, 71]), svg: "<svg/>", width: 600, height: 300, alt: "Søjler" };

  test("a picture given: the chart block after the table, with its caption and alternative text", () => {
    const memo = buildMemo(result, { date: "2021-03-01", chart });
    const i = memo.blocks.findIndex((b) => b.kind === "goalTable");
    expect(memo.blocks[i + 1]).toEqual({ kind: "chart", caption: "Figur 1. Målopfyldelse pr. mål", alt: "Søjler" });
    expect(memo.chart).toEqual(chart);
    expect(memoJson(memo)).toMatchObject({
      title: "Opfølgning på resultatkontrakten",
      subtitle: null,
      date: "1. marts 2021",
      final: true,
      hub: null,
      kkr: null,
      year: null,
      chart: { width: 600, height: 300, alt: "Søjler", svg: true, pngBytes: 4 },
    });
  });

  test("memoJson without a picture, with names and year", () => {
    const memo = buildMemo(result, { date: "2021-03-01", hub: "Erhvervshus Fyn", kkr: "KKR Syddanmark", year: 2020 });
    const json = memoJson(memo);
    expect({ ...json, blocks: undefined }).toEqual({
      title: "Opfølgning på resultatkontrakt 2020 mellem Erhvervshus Fyn og KKR Syddanmark",
      subtitle: null,
      date: "1. marts 2021",
      final: true,
      hub: "Erhvervshus Fyn",
      kkr: "KKR Syddanmark",
      year: 2020,
      blocks: undefined,
      chart: null,
    });
    expect(json.blocks).toBe(memo.blocks);
  });

  test("a date that does not exist is refused in Danish", () => {
    expect(() => buildMemo(result, { date: "2021-02-30" })).toThrow(
      new RangeError("'2021-02-30' er ikke en dato (åååå-mm-dd)")
    );
  });
});

describe("a goal's result and target per row, through goalResultText and goalTargetText", () => {
  const H = ["Nr", "Mål", "Segment", "Resultat", "Mål 100 %"];
  const goals = () =>
    evaluate(H, [
      ["1", "Effekt", "NPS", 70, 60],
      ["1", "Effekt", "Tilfredshed", "abc", 60],
      ["1", "Effekt", "Vækst", null, 60],
      ["2", "Ja-mål", null, "Ja", null],
      ["2", "Ja-mål", "Ekstra", 5, 3],
    ]).goals;

  test("each segment's result; a failed row a dash, a pending one 'afventer data'", () => {
    expect(goalResultText(goals()[0])).toMatch(/NPS 70, Tilfredshed –, Vækst afventer data$/);
  });

  test("an unnamed row by its result or target alone, a named one with its name", () => {
    const two = goals()[1];
    expect(goalResultText(two)).toBe("Ja, Ekstra 5");
    expect(goalTargetText(two)).toBe("gennemført (ja/nej); Ekstra: 100 % ved mindst 3");
  });
});

test("a goal of one named row: its result and target without the row's name", () => {
  const goal = evaluate(["Nr", "Mål", "Del", "Resultat", "Mål 100 %"], [["1", "Kendskab", "Kendskab i målgruppen", "46 %", "45 %"]])
    .goals[0];
  expect(goalResultText(goal)).toBe("46 %");
  expect(goalTargetText(goal)).toBe("100 % ved mindst 45 %");
});
