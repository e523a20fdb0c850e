// Beregn reads only the evaluation columns the goal table's Indikator formulas name: those named in the rows the scan
// saw, and, in one more read, those named only further down (a goal table longer than the scan's first 1.000 rows).
// The oracle: NPS of the answers 10, 10, 9 and 8 = promoters (9–10) 3 of 4 − detractors (0–6) 0 of 4 = 75, which
// reaches the 100 % tier of 60: fulfilment 100 %, Opfyldt.
import { runOnWorkbook } from "../../src/excel";
import {
  FIXED_NOW,
  GOAL_HEADERS,
  goalWorkbook,
  hostFor,
  manyGoals,
  type GoalRow,
} from "../helpers/workbooks";

const HEADERS = [...GOAL_HEADERS, "Indikator"];
const NPS_GOAL = (id: string): GoalRow => [
  id,
  "Anbefaling",
  "NPS",
  null,
  60,
  50,
  null,
  "NPS(Evaluering[Anbefaling])",
];

function workbook(rows: GoalRow[]) {
  return goalWorkbook(rows, {
    headers: HEADERS,
    extraSheets: (book) => {
      const ev = book.addWorksheet("Evaluering");
      ev.addRow(["Deltager", "Anbefaling"]);
      [10, 10, 9, 8].forEach((score, i) => ev.addRow([`D${i + 1}`, score]));
    },
  });
}

test("an indicator in the first rows: its evaluation column is read, the goal measured from it", async () => {
  const host = hostFor(
    workbook([["1", "Tilfredshed", "NPS", 60, 60, 50, null, null], NPS_GOAL("2")])
  );
  const outcome = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "t", dryRun: true });
  expect(outcome.errors).toEqual([]);
  const goal = outcome.result.goals.find((g) => g.id === "2")!;
  expect([goal.fulfilment, goal.status]).toEqual([1, "Opfyldt"]);
});

test("an indicator only below the scan's first 1.000 rows: its column is read in one more pass", async () => {
  // 1.000 goals without an indicator fill the rows the scan reads (the title in row 1, the header in row 3).
  const rows: GoalRow[] = [...manyGoals(1000).map((r) => [...r, null]), NPS_GOAL("1001")];
  const host = hostFor(workbook(rows));
  const outcome = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "t", dryRun: true });
  expect(outcome.errors).toEqual([]);
  expect(outcome.status).toBe("preview");
  const goal = outcome.result.goals.find((g) => g.id === "1001")!;
  expect([goal.fulfilment, goal.status]).toEqual([1, "Opfyldt"]);
}, 60_000);
