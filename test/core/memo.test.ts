// The KKR agenda memo's document model (issue 17), with the figures of seed 004 (the 2020 report, 97,2 %) and seed 002
// (the status of 13 October 2021, 85,7 % with 5 goals pending). Oracles: the seeds' own figures, worked by hand.
import { evaluateContract, type EvaluationResult } from "../../src/core/evaluate";
import {
  buildMemo,
  danishDate,
  defaultIndstilling,
  fulfilmentChartSvg,
  memoContext,
  parseIsoDate,
  type Memo,
  type MemoBlock,
} from "../../src/core/memo";
import { groupGoals } from "../../src/core/groups";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";
import { SEED_004, SEED_004_HEADERS } from "../helpers/seed004";
import { sampleGoalRows } from "../helpers/samples";

const result2020 = () => evaluateContract([rawTable("Mål", SEED_004_HEADERS, SEED_004)]);

const HEADERS_2021 = [
  "Nr",
  "Mål",
  "Del",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Regel",
  "År",
  "Basis",
  "Bemærkning",
];
/** Seed 002: status pr. 13. oktober 2021, read from assets/nordjylland-2021-status.xlsx (test/helpers/samples.ts). */
let SEED_002: RawCell[][];
beforeAll(async () => {
  SEED_002 = await sampleGoalRows("nordjylland2021", HEADERS_2021);
});
const result2021 = () => evaluateContract([rawTable("Status 2021", HEADERS_2021, SEED_002)]);

const NORDJYLLAND = { hub: "Erhvervshus Nordjylland", kkr: "KKR Nordjylland" };
const texts = (memo: Memo) =>
  memo.blocks.flatMap((b: MemoBlock) =>
    b.kind === "paragraph" || b.kind === "indstilling" ? [b.text] : b.kind === "list" ? b.items : []
  );

describe("Sagsfremstilling, seed 004 (final report 2020)", () => {
  const memo = buildMemo(result2020(), { ...NORDJYLLAND, year: 2020, date: "2026-12-06" });

  test("title and date as a KKR agenda writes them", () => {
    expect(memo.title).toBe(
      "Opfølgning på resultatkontrakt 2020 mellem Erhvervshus Nordjylland og KKR Nordjylland"
    );
    expect(memo.date).toBe("6. december 2026");
    expect(memo.final).toBe(true);
    expect(memo.subtitle).toBeUndefined();
  });

  test("what was reported, the groups, the overall 97,2 %, 8 met and 1 partly met, subtotals per group", () => {
    const [intro, overall] = texts(memo);
    expect(intro).toBe(
      "Erhvervshus Nordjylland har afrapporteret på resultatkontrakt 2020 med KKR Nordjylland. " +
        "Kontrakten har 9 mål: 3 nationalt fastsatte mål, 4 fælles indsatsmål og 2 regionale mål."
    );
    expect(overall).toBe(
      "Den samlede målopfyldelse er 97,2 %. 8 mål er opfyldt og 1 er delvist opfyldt. " +
        "Fordelt på grupper: nationalt fastsatte mål 100 %, fælles indsatsmål 93,8 % og regionale mål 100 %."
    );
  });

  test("goal 6, the one goal not fully met, with its explanation (3 af 4 indsatser) and remark", () => {
    const t = texts(memo);
    expect(t).toContain("Et mål er ikke fuldt opfyldt:");
    expect(t).toContain(
      "Mål 6, Erhvervshusene som knudepunkter i erhvervsfremmesystemet: delvist opfyldt, 75 % " +
        "(3 af 4 indsatser → 75 %). Bemærkning: ErhvervsCAMP 2020 aflyst"
    );
    expect(t.some((x) => x.includes("afventer data"))).toBe(false);
  });

  test("the default Indstilling approves the report at 97,2 %", () => {
    expect(memo.blocks.find((b) => b.kind === "indstilling")).toEqual({
      kind: "indstilling",
      text: "Det indstilles, at KKR Nordjylland godkender afrapporteringen for 2020 med en samlet målopfyldelse på 97,2 %.",
    });
  });

  test("Oversigt over mål: the three groups in order, each with its goals and subtotal, the overall last", () => {
    const table = memo.blocks.find((b) => b.kind === "goalTable");
    if (!table || table.kind !== "goalTable") throw new Error("no table");
    expect(table.columns).toEqual(["Nr", "Mål", "Resultat", "Opfyldelse", "Status"]);
    expect(
      table.rows.map((r) =>
        r.kind === "goal" ? r.cells[0] : `${r.kind}:${r.cells[1] ?? r.cells[0]}`
      )
    ).toEqual([
      "group:Nationalt fastsatte mål",
      "1",
      "2",
      "3",
      "subtotal:I alt, nationalt fastsatte mål",
      "group:Fælles indsatsmål",
      "4",
      "5",
      "6",
      "7",
      "subtotal:I alt, fælles indsatsmål",
      "group:Regionale mål",
      "8",
      "9",
      "subtotal:I alt, regionale mål",
      "overall:Samlet målopfyldelse",
    ]);
    const six = table.rows.find((r) => r.cells[0] === "6")!;
    expect(six.cells.slice(2)).toEqual(["3/4", "75 %", "Delvist opfyldt"]);
    expect(six.status).toBe("Delvist opfyldt");
    expect(table.rows.find((r) => r.cells[1] === "I alt, fælles indsatsmål")!.cells[3]).toBe(
      "93,8 %"
    );
    expect(table.rows[table.rows.length - 1].cells.slice(1, 4)).toEqual([
      "Samlet målopfyldelse",
      "9 af 9 mål målt",
      "97,2 %",
    ]);
  });

  test("one section per goal: target, result, fulfilment, explanation and remark", () => {
    const i = memo.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("Mål 6 –"));
    expect(memo.blocks[i + 1]).toEqual({
      kind: "facts",
      items: [
        { label: "Type", value: "Fælles indsatsmål" },
        { label: "Målsætning", value: "alle indsatser gennemført" },
        { label: "Resultat", value: "3/4" },
        { label: "Opfyldelse", value: "75 % (delvist opfyldt)" },
        { label: "Forklaring", value: "3 af 4 indsatser → 75 %" },
        { label: "Bemærkning", value: "ErhvervsCAMP 2020 aflyst" },
      ],
    });
    const one =
      memo.blocks[
        memo.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("Mål 1 –")) + 1
      ];
    expect(one.kind === "facts" && one.items.find((x) => x.label === "Målsætning")!.value).toBe(
      "100 % ved mindst 60, 50 % ved mindst 50"
    );
    const headings = memo.blocks
      .filter((b) => b.kind === "heading" && b.level === 2)
      .map((b) => (b as { text: string }).text.split(" –")[0]);
    expect(headings).toEqual([
      "Mål 1",
      "Mål 2",
      "Mål 3",
      "Mål 4",
      "Mål 5",
      "Mål 6",
      "Mål 7",
      "Mål 8",
      "Mål 9",
    ]);
  });

  test("--title and --indstilling replace the generated ones", () => {
    const own = buildMemo(result2020(), {
      ...NORDJYLLAND,
      date: "2021-03-01",
      title: "Punkt 3.3",
      indstilling: "Det indstilles, at sagen udsættes.",
    });
    expect(own.title).toBe("Punkt 3.3");
    expect(own.date).toBe("1. marts 2021");
    expect(texts(own)).toContain("Det indstilles, at sagen udsættes.");
  });
});

describe("Sagsfremstilling, seed 002 (status pr. 13. oktober 2021)", () => {
  let result: EvaluationResult;
  let memo: Memo;
  beforeAll(() => {
    result = result2021();
    memo = buildMemo(result, {
      ...NORDJYLLAND,
      year: 2021,
      statusDate: "13. oktober 2021",
      date: "2021-10-20",
    });
  });

  test("a status: its title, the date it was made, and the range while 5 goals are pending", () => {
    expect(result.overall).toBeCloseTo(6 / 7, 12);
    expect(memo.final).toBe(false);
    expect(memo.title).toBe(
      "Status på resultatkontrakt 2021 mellem Erhvervshus Nordjylland og KKR Nordjylland"
    );
    expect(memo.subtitle).toBe("Status pr. 13. oktober 2021");
    const [intro, overall] = texts(memo);
    expect(intro).toBe(
      "Erhvervshus Nordjylland har gjort status på resultatkontrakt 2021 med KKR Nordjylland pr. 13. oktober 2021. Kontrakten har 12 mål."
    );
    // 6 of 7 measured goals' worth: (5 × 100 % + 2 × 50 %) / 7 = 85,7 %; range (6 + 0) / 12 = 50 % to (6 + 5) / 12 = 91,7 %.
    expect(overall).toBe(
      "7 af de 12 mål er målt, og den foreløbige samlede målopfyldelse er 85,7 %. Når de 5 mål, der afventer data, " +
        "er opgjort, vil den ligge mellem 50 % og 91,7 %. 5 mål er opfyldt, 2 er delvist opfyldt og 5 afventer data."
    );
  });

  test("the five pending goals are listed with their remarks", () => {
    const t = texts(memo);
    expect(t).toContain("5 mål afventer data og indgår ikke i den foreløbige målopfyldelse:");
    const list = memo.blocks.filter((b) => b.kind === "list")[1];
    expect(list).toEqual({
      kind: "list",
      items: [
        "Mål 1, Virksomhedernes kendskab til Erhvervshusene: Måling foretages først senere",
        "Mål 2, Bred geografisk spredning: Se mål 10",
        "Mål 5, Erhvervshusenes kriseberedskab",
        "Mål 6, Grøn omstilling og cirkulær økonomi: Lanceres december 2021",
        "Mål 8, Digitalisering og nye teknologier: Afventer opgørelsen fra Erhvervsstyrelsen",
      ],
    });
  });

  test("the Indstilling takes the status into account, with the range", () => {
    expect(defaultIndstilling(result, { kkr: "KKR Nordjylland" })).toBe(
      "Det indstilles, at KKR Nordjylland tager status til efterretning. Den foreløbige samlede målopfyldelse er " +
        "85,7 % (50–91,7 %), og 5 af 12 mål afventer data."
    );
  });

  test("goal 12's result names its parts; pending goals show 'Afventer data' and no figure", () => {
    const table = memo.blocks.find((b) => b.kind === "goalTable");
    if (!table || table.kind !== "goalTable") throw new Error("no table");
    expect(table.rows.some((r) => r.kind === "group")).toBe(false);
    expect(table.rows.find((r) => r.cells[0] === "12")!.cells.slice(2)).toEqual([
      "Vækst- & Driftsforløb: 365; Korte forløb og Early Warning: 555",
      "50 %",
      "Delvist opfyldt",
    ]);
    expect(table.rows.find((r) => r.cells[0] === "1")!.cells.slice(2)).toEqual([
      "Afventer data",
      "–",
      "Afventer data",
    ]);
    expect(table.rows[table.rows.length - 1].cells[3]).toBe("85,7 % (50–91,7 %)");
  });
});

describe("agreed fulfilment", () => {
  test("a goal KKR agreed on is named with the agreed and the computed figure and the reason", () => {
    const headers = [
      "Nr",
      "Mål",
      "Resultat",
      "Mål 100 %",
      "Mål 50 %",
      "Aftalt opfyldelse",
      "Begrundelse",
    ];
    const rows: RawCell[][] = [
      ["1", "Tilfredshed", 55, 60, 50, "75 %", "Covid-19 ramte målingen"],
      ["2", "Effekt", "Ja", null, null, null, null],
    ];
    const memo = buildMemo(evaluateContract([rawTable("Mål", headers, rows)]), {
      date: "2021-02-15",
    });
    expect(texts(memo)).toContain(
      "Mål 1, Tilfredshed: aftalt 75 % (beregnet 50 %), begrundet med: Covid-19 ramte målingen"
    );
    expect(texts(memo)).toContain(
      "Mål 1, Tilfredshed: delvist opfyldt, 75 % (aftalt, se nedenfor)."
    );
    expect(memo.title).toBe("Opfølgning på resultatkontrakten");
  });
});

describe("who and when, from the workbook's own words", () => {
  test("the title line above the goal table names hub, KKR and year (seed 004 sample)", () => {
    const c = memoContext({
      titleLines: [
        "Resultatkontrakt 2020 – Erhvervshus Nordjylland, afrapportering",
        "Kilde: KKR Nordjylland, dagsordenspunkt 3.3 (seed 004)",
      ],
      sheet: "Mål",
      fileName: "noget.xlsx",
    });
    expect(c).toMatchObject({
      hub: "Erhvervshus Nordjylland",
      kkr: "KKR Nordjylland",
      year: 2020,
      missing: [],
    });
    expect(c.from).toEqual({ hub: "titel", kkr: "titel", year: "titel" });
  });

  test("a status line gives the date it was made; the hub's own KKR when none is named", () => {
    const c = memoContext({
      titleLines: ["Resultatkontrakt 2021 – Erhvervshus Nordjylland, status pr. 13. oktober 2021"],
    });
    expect(c).toMatchObject({
      hub: "Erhvervshus Nordjylland",
      kkr: "KKR Nordjylland",
      year: 2021,
      statusDate: "13. oktober 2021",
    });
  });

  test("the file name when the sheet says nothing: Sydjylland reports to KKR Syddanmark (seed 001)", () => {
    const c = memoContext({
      titleLines: [],
      sheet: "Mål",
      fileName: "sydjylland-2021-raadata.xlsx",
    });
    expect(c).toMatchObject({ hub: "Erhvervshus Sydjylland", kkr: "KKR Syddanmark", year: 2021 });
    expect(c.from).toEqual({ hub: "filnavn", kkr: "filnavn", year: "filnavn" });
  });

  test("what nothing says is missing, for the pane to ask", () => {
    expect(memoContext({ titleLines: ["Mål"], fileName: "Bog1.xlsx" }).missing).toEqual([
      "hub",
      "kkr",
      "year",
    ]);
  });
});

describe("Danish dates", () => {
  test.each([
    ["2026-12-06", "6. december 2026"],
    ["2021-01-01", "1. januar 2021"],
    ["2020-02-29", "29. februar 2020"],
  ])("%s → %s", (iso, text) => expect(danishDate(parseIsoDate(iso)!)).toBe(text));
  test("not a date", () => {
    expect(parseIsoDate("2021-02-30")).toBeUndefined();
    expect(parseIsoDate("15-02-2021")).toBeUndefined();
  });
});

describe("the chart as SVG", () => {
  test("seed 004: nine bars coloured by status, in three named groups, the overall in the legend", () => {
    const result = result2020();
    const chart = fulfilmentChartSvg(result, groupGoals(result));
    const bars = [
      ...chart.svg.matchAll(
        /<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill="(#[0-9A-F]{6})"/g
      ),
    ].slice(1 + 2);
    // After the background and the two legend swatches (Opfyldt, Delvist opfyldt): the nine bars.
    expect(bars.map((b) => b[2])).toEqual([
      ...Array(5).fill("#C6EFCE"),
      "#FFEB9C",
      ...Array(3).fill("#C6EFCE"),
    ]);
    const full = Number(bars[0][1]);
    expect(Number(bars[5][1]) / full).toBeCloseTo(0.75, 2);
    for (const label of [
      "Nationalt fastsatte mål",
      "Fælles indsatsmål",
      "Regionale mål",
      "Samlet 97,2 %",
      "75 %",
    ])
      expect(chart.svg).toContain(label);
    expect(chart.alt).toContain("mål 6 75 %");
  });

  test("seed 002: pending goals are dashed outlines marked 'afventer', not bars", () => {
    const result = result2021();
    const chart = fulfilmentChartSvg(result, groupGoals(result));
    expect(chart.svg.match(/stroke-dasharray="4 3"/g)).toHaveLength(5);
    expect(chart.svg.match(/>afventer</g)).toHaveLength(5);
    expect(chart.svg).toContain("Samlet 85,7 %");
  });
});
