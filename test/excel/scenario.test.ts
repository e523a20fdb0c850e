// "Gem scenarie": what-if results on a sheet of their own; the goal table is never touched.
import { createWhatIf, parseChanges } from "../../src/core/whatif";
import { readWorkbookTables, undoLastRun, saveScenario } from "../../src/excel";
import type { HostSnapshot } from "../../src/host";
import { FIXED_NOW, goalWorkbook, hostFor, nordjylland2020Rows, type GoalRow } from "../helpers/workbooks";

/** Seed 004's nine goals, from assets/ (test/helpers/samples.ts). */
let NORDJYLLAND_2020: GoalRow[];
beforeAll(async () => {
  NORDJYLLAND_2020 = await nordjylland2020Rows();
});

const goalCells = (s: HostSnapshot) => s.sheets.find((x) => x.name === "Mål")!.cells;

test("seed 004 with goal 1 at NPS 58 and the full tier lowered to 55: saved as Scenarie 1 and 2, goal table unchanged", async () => {
  const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
  const before = host.snapshot();
  const { tables } = await readWorkbookTables(host.run);
  const session = createWhatIf(tables);
  const { changes } = parseChanges(["1.resultat=58", "1.mål100=55"]);
  const result = session.evaluate(changes);
  expect(result.difference.overall.before).toBeCloseTo(8.75 / 9, 12);
  expect(result.difference.overall.after).toBeCloseTo(8.75 / 9, 12);
  const onlyResult = session.evaluate(parseChanges(["1.resultat=58"]).changes);
  expect(onlyResult.difference.goals[0]).toMatchObject({ before: 1, after: 0.5 });

  const saved = await saveScenario(host.run, onlyResult, { now: FIXED_NOW, runId: "s1" });
  expect(saved).toEqual({ status: "written", sheet: "Scenarie 1" });
  const snap = host.snapshot();
  expect(goalCells(snap)).toEqual(goalCells(before));
  const sheet = snap.sheets.find((s) => s.name === "Scenarie 1")!;
  const cells = new Map(sheet.cells.map((c) => [c.address, c.value]));
  expect(cells.get("B4")).toBe("Mål 1: resultat 72 → 58");
  expect([cells.get("A7"), cells.get("B7"), cells.get("C7"), cells.get("D7")]).toEqual(["Mål 1", 1, 0.5, -0.5]);
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["Før", "Efter"]);

  expect((await saveScenario(host.run, result, { now: FIXED_NOW, runId: "s2" })).sheet).toBe("Scenarie 2");
  expect((await undoLastRun(host.run)).status).toBe("undone");
  expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål", "Målopfyldelse_data", "Scenarie 1"]);
});
