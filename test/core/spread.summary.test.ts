// spreadSummary's sentences in full, Danish and English, for a list with CVR, a minimum of 2, rows outside the hub
// (one without a municipality) and DST's rural groups; and the singular words for a minimum of 1 and one row outside.
// Oracles: DST's 1 January 2021 populations (kommuner.csv): Nordjylland 590.439, Aalborg 219.487, Læsø 1.764, the
// Landkommuner 340.434 (as in spread.test.ts); the figures worked out by hand below.
import { computeSpread, spreadSummary, type SpreadResult } from "../../src/core/spread";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import type { RawCell } from "../../src/core/model";
import { NORDJYLLAND_MUNICIPALITIES } from "../helpers/nordjylland";
import { rawTable } from "../helpers/tables";

function ok(outcome: ReturnType<typeof computeSpread>): SpreadResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
const ROWS: RawCell[][] = [
  ["Aalborg", "11111111"],
  ["Aalborg", "22222222"],
  ["Læsø", "11111111"],
  ["Viborg", "33333333"],
  [null, "44444444"],
  ["Viborg", "55555555"],
];
const table = rawTable("CRM", ["Kommune", "CVR"], ROWS);
// Aalborg 2 and Læsø 1 activities: 3 in the hub, 2 distinct CVR (11111111 twice). With a minimum of 2 only Aalborg
// is covered: 1 of 11 = 9,09 % → 9,1 %. Rural (Læsø): 1/3 = 33,3 % of the activities, 340.434 / 590.439 = 57,66 %
// → 57,7 % of the population; index (1/3) / 0,576574 × 100 = 57,81 → 57,8. Outside: Viborg twice, one row blank.
const OTHERS =
  "Brønderslev, Frederikshavn, Hjørring, Jammerbugt, Læsø, Mariagerfjord, Morsø, Rebild, Thisted, Vesthimmerlands";

test("Danish: hub with companies, coverage under 2, rural index, rows outside counted by name and blank, source", () => {
  const r = ok(computeSpread({ table }, DK, { hub: "Nordjylland", year: 2021, minimum: 2 }));
  expect(spreadSummary(r)).toEqual([
    "Erhvervshus Nordjylland: 3 aktiviteter hos 2 virksomheder i 11 kommuner, befolkningen 1. januar 2021",
    `Dækning: 1 af 11 kommuner (9,1 %) har mindst 2 aktiviteter; under 2: ${OTHERS}`,
    "Landindeks: 57,8: landkommunerne har 33,3 % af aktiviteterne og 57,7 % af befolkningen " +
      "(landkommuner efter Danmarks Statistiks kommunegrupper)",
    "Uden for huset: 3 rækker (Viborg 2, uden kommune 1)",
    "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2021; kommunegrupper v1:2018)",
  ]);
});

test("English: the same sentences in English", () => {
  const r = ok(
    computeSpread({ table }, DK, { hub: "Nordjylland", year: 2021, minimum: 2, locale: "en" })
  );
  expect(spreadSummary(r, "en")).toEqual([
    "Erhvervshus Nordjylland: 3 activities with 2 companies in 11 municipalities, population on 1 January 2021",
    `Coverage: 1 of 11 municipalities (9.1%) have at least 2 activities; below 2: ${OTHERS}`,
    "Rural index: 57.8: the rural municipalities have 33.3% of the activities and 57.7% of the population " +
      "(rural = Statistics Denmark's group Landkommuner)",
    "Outside the hub: 3 rows (Viborg 2, no municipality 1)",
    "Source: Statistics Denmark (FOLK1A, population on 1 January 2021; municipality groups v1:2018)",
  ]);
});

test("a minimum of 1, no company column, one row outside: 'aktivitet', 'ingen aktiviteter', 'række'", () => {
  const t = rawTable(
    "CRM",
    ["Kommune"],
    [["Aalborg"], ["Læsø"], ["Skive"], ["Viborg"], ["Viborg"]]
  );
  const r = ok(computeSpread({ table: t }, DK, { hub: "Nordjylland", year: 2021 }));
  const lines = spreadSummary(r);
  // Aalborg and Læsø covered: 2 of 11 = 18,18 % → 18,2 %.
  expect(lines.slice(0, 2)).toEqual([
    "Erhvervshus Nordjylland: 2 aktiviteter i 11 kommuner, befolkningen 1. januar 2021",
    "Dækning: 2 af 11 kommuner (18,2 %) har mindst 1 aktivitet; ingen aktiviteter: " +
      "Brønderslev, Frederikshavn, Hjørring, Jammerbugt, Mariagerfjord, Morsø, Rebild, Thisted, Vesthimmerlands",
  ]);
  // Skive once, Viborg twice: the most first.
  expect(lines[3]).toBe("Uden for huset: 3 rækker (Viborg 2, Skive 1)");
  const one = ok(
    computeSpread({ table: rawTable("CRM", ["Kommune"], [["Aalborg"], ["Skive"]]) }, DK, {
      hub: "Nordjylland",
      year: 2021,
    })
  );
  expect(spreadSummary(one)[3]).toBe("Uden for huset: 1 række (Skive 1)");
});

test("every municipality covered: the coverage line names none; exactly 20 misspelt names are all listed", () => {
  const ALL = NORDJYLLAND_MUNICIPALITIES;
  const r = ok(
    computeSpread(
      {
        table: rawTable(
          "CRM",
          ["Kommune"],
          ALL.map((n) => [n])
        ),
      },
      DK,
      { hub: "Nordjylland", year: 2021 }
    )
  );
  const lines = spreadSummary(r);
  expect(lines[1]).toBe("Dækning: 11 af 11 kommuner (100 %) har mindst 1 aktivitet");
  // No row outside the hub: no line for it, the source follows the rural index.
  expect(lines.slice(3)).toEqual([
    "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2021; kommunegrupper v1:2018)",
  ]);
  const twenty = computeSpread(
    {
      table: rawTable(
        "CRM",
        ["Kommune"],
        Array.from({ length: 20 }, () => ["Aalborgg"])
      ),
    },
    DK,
    {
      hub: "Nordjylland",
      year: 2021,
    }
  );
  expect(twenty.ok ? [] : twenty.errors.map((e) => e.message)).toEqual(
    Array(20).fill("'Aalborgg' er ikke en kommune — mente du Aalborg?")
  );
});

test("rows outside the hub as often: in Danish alphabetical order (Aa as Å, last)", () => {
  const t = rawTable("CRM", ["Kommune"], [["Aalborg"], ["Viborg"], ["Skive"], ["Århus"]]);
  const r = ok(computeSpread({ table: t }, DK, { hub: "Nordjylland", year: 2021 }));
  expect(spreadSummary(r)[3]).toBe("Uden for huset: 3 rækker (Skive 1, Viborg 1, Aarhus 1)");
});
