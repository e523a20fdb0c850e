// compareTables: a label that is a year ("2021", " 2022 ") is the contract year of rows without År, so thresholds by
// year ("2021: 45 %; 2022: 47 %") pick that year's target; a label that only contains a year ("Fyn 2021",
// "2021 Fyn") is a name, not a year, and such a row then says the year is missing, at its threshold cell.
import { compareTables, inferCompareKind, labelProblem } from "../../src/core/compare";
import { rawTable } from "../helpers/tables";

// One goal: awareness 46 % against 45 % (2021) or 47 % (2022) for 100 %, with no lower tier.
const table = () =>
  rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "Kendskab", "46 %", "2021: 45 %; 2022: 47 %"]]);
const MISSING_YEAR = "tærsklen afhænger af året, men rækken har intet år (udfyld kolonnen År)";

test("year labels, spaces around them ignored, pick each year's threshold: 46 % ≥ 45 % met, 46 % < 47 % not", () => {
  const r = compareTables([
    { label: " 2022 ", tables: [table()] },
    { label: "2021", tables: [table()] },
  ]);
  expect(r.errors).toEqual([]);
  expect(r.kind).toBe("år");
  expect(r.goals[0].fulfilment).toEqual({ "2021": 1, "2022": 0 });
  expect(r.goals[0].status).toEqual({ "2021": "Opfyldt", "2022": "Ikke opfyldt" });
});

test("a label ending or starting with a year is no year: the year-dependent threshold is an error at D2", () => {
  const r = compareTables([
    { label: "Fyn 2021", tables: [table()] },
    { label: "2021 Fyn", tables: [table()] },
  ]);
  expect(r.kind).toBe("hus");
  expect(r.errors).toEqual([
    { sheet: "Mål", cell: "D2", code: "missing-year", message: MISSING_YEAR, label: "Fyn 2021" },
    { sheet: "Mål", cell: "D2", code: "missing-year", message: MISSING_YEAR, label: "2021 Fyn" },
  ]);
});

test("years are four digits 19xx or 20xx, spaces ignored; '21' makes the labels hubs", () => {
  expect(inferCompareKind([" 2021 ", "1999"])).toBe("år");
  expect(inferCompareKind(["2021", "21"])).toBe("hus");
});

test("a blank label, and two labels differing only in case, are refused in Danish", () => {
  expect(labelProblem(["2021", " "])).toBe("Hver måltabel skal have et navn (fx et årstal).");
  expect(labelProblem(["Fyn", "fyn"])).toBe("To måltabeller har samme navn: Fyn, fyn. Giv dem hver sit.");
});

test("two different goals under the same number: one gone, one new, the later one keyed with its table's label", () => {
  const t = (rows: (string | null)[][]) => [rawTable("Mål", ["Nr", "Mål", "Resultat"], rows)];
  const r = compareTables(
    [
      { label: "2021", tables: t([["5", "Kriseberedskab for virksomheder", "Ja"]]) },
      { label: "2022", tables: t([["5", "Grøn omstilling og cirkulær økonomi", "Nej"]]) },
    ],
    "hus"
  );
  // The kind given wins over the labels' years.
  expect(r.kind).toBe("hus");
  expect(r.counts).toEqual({ ny: 1, udgået: 1, ændret: 0, uændret: 0 });
  expect(r.goals.map((g) => [g.key, g.change, g.ids, g.title, g.renumbered])).toEqual([
    ["5", "udgået", { "2021": "5", "2022": null }, "Kriseberedskab for virksomheder", false],
    ["5@2022", "ny", { "2021": null, "2022": "5" }, "Grøn omstilling og cirkulær økonomi", false],
  ]);
});

test("a schedule typed in another order is the same schedule: only the year's own threshold changes", () => {
  const t = (target: string) => [rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "Kendskab", "46 %", target]])];
  const r = compareTables([
    { label: "2021", tables: t("2022: 47 %; 2021: 45 %") },
    { label: "2022", tables: t("2021: 45 %;2022: 47 %") },
  ]);
  expect(r.goals[0].changes).toEqual([{ field: "Mål 100 %", from: "45 %", to: "47 %", between: ["2021", "2022"] }]);
});

test("a new schedule is shown in year order; the rule read from it is 'år' (a threshold by year)", () => {
  const t = (target: string) => [rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "Kendskab", "46 %", target]])];
  const r = compareTables([
    { label: "2021", tables: t("45 %") },
    { label: "2022", tables: t("2023: 48 %; 2022: 47 %") },
  ]);
  expect(r.goals[0].changes).toEqual([
    { field: "Mål 100 %", from: "45 %", to: "47 %", between: ["2021", "2022"] },
    { field: "Mål 100 % pr. år", from: null, to: "2022: 47 %; 2023: 48 %", between: ["2021", "2022"] },
    { field: "Regel", from: "trin", to: "år", between: ["2021", "2022"] },
  ]);
});

test("an indicator retyped with other spacing is the same indicator", () => {
  const t = (indicator: string) => [
    rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %", "Indikator"], [["1", "Tilfredshed", null, 30, indicator]]),
    rawTable("CRM", ["Score"], [[9], [10], [3]]),
  ];
  const r = compareTables([
    { label: "2021", tables: t("NPS( CRM[Score] )") },
    { label: "2022", tables: t("NPS(  CRM[Score]   )") },
  ]);
  expect(r.errors).toEqual([]);
  expect(r.goals[0].change).toBe("uændret");
});
