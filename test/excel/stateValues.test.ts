// Two survivors of the mutation sample in the state sheet's value handling (docs/benchmarks.md).
import { canonicalValue, cellContent } from "../../src/excel/workbook/state";

test("an empty cell fingerprints the same whether written as null or read back as '' (Excel's empty value)", () => {
  // Range.values gives "" for an empty cell (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
  // while the add-in writes null to clear one: both must be "empty", or a re-run takes its own output for a user's edit.
  expect(canonicalValue(null)).toBe("");
  expect(canonicalValue("")).toBe("");
  expect(canonicalValue("0")).not.toBe(canonicalValue(0));
});

test("a backed-up number or TRUE/FALSE is kept as that type, not turned into text", () => {
  expect(cellContent(1375000, "")).toEqual({ value: 1375000 });
  expect(cellContent(true, "")).toEqual({ value: true });
  expect(cellContent("Aalborg", "")).toEqual({ value: "Aalborg" });
});
