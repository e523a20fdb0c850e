// compareTables: a label that is a year ("2021", " 2022 ") is the contract year of rows without År, so thresholds by
// year ("2021: 45 %; 2022: 47 %") pick that year's target; a label that only contains a year ("Fyn 2021",
// "2021 Fyn") is a name, not a year, and such a row then says the year is missing, at its threshold cell.
import { compareTables } from "../../src/core/compare";
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
