// Sheets fit for a KKR meeting paper (issue 14, item 4): every cell the add-in writes shows whole (no "Delvist op…",
// no "####"), figures carry the pane's rounding (one decimal), dates read the Danish way, the scenario's changes are
// in procentpoint, and charts sit where they are seen when the sheet opens, over no text. The oracle for "shows whole"
// is the host's drawing model (src/host/model/display.ts: Calibri 11 ≈ 7 px a character + 5 px padding), which knows
// nothing of how the writers chose their widths.
import { createWhatIf, parseChanges } from "../../src/core/whatif";
import {
  readWorkbookTables,
  runAllocationOnWorkbook,
  runOnWorkbook,
  saveScenario,
  undoLastRun,
} from "../../src/excel";
import { cellsUnderCharts, clippedCells, type SheetSnapshot } from "../../src/host";
import { keyHost, sampleHost } from "../helpers/samples";
import { FIXED_NOW } from "../helpers/workbooks";

/** Where a chart is seen without scrolling: its top-left corner within 660 × 200 pt of A1 (a 1366 × 768 laptop at
 * 100 % zoom shows about 960 × 450 pt of grid), so most of it is on screen when the sheet opens. */
function expectInView(sheet: SheetSnapshot) {
  expect(sheet.charts.length).toBeGreaterThan(0);
  for (const chart of sheet.charts) {
    expect(chart.position.left).toBeLessThanOrEqual(660);
    expect(chart.position.top).toBeLessThanOrEqual(200);
  }
}

/** Cells in the columns whose header (in `headerRow`, 1-based) is one of `headers`. */
function inColumns(sheet: SheetSnapshot, headerRow: number, headers: string[]) {
  const columns = new Set(
    sheet.cells
      .filter((c) => c.row === headerRow - 1 && headers.includes(String(c.value)))
      .map((c) => c.column)
  );
  expect(columns.size).toBe(headers.length);
  return (address: string) => {
    const cell = sheet.cells.find((c) => c.address === address)!;
    return columns.has(cell.column);
  };
}

const textAt = (sheet: SheetSnapshot, address: string) =>
  sheet.cells.find((c) => c.address === address)?.text;

test("seed 002 (85,7 % (50–91,7 %)): Oversigt and the goal table's new columns show whole, with the pane's rounding and a Danish date", async () => {
  const host = await sampleHost("nordjylland2021");
  expect((await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "p" })).status).toBe("written");
  const snap = host.snapshot();
  const oversigt = snap.sheets.find((s) => s.name === "Oversigt")!;
  expect(clippedCells(oversigt)).toEqual([]);
  expect(cellsUnderCharts(oversigt)).toEqual([]);
  expectInView(oversigt);
  // The figure and the sentence beside it, one rounding: 85,7 %, range 50–91,7 %.
  expect(textAt(oversigt, "B5")).toBe("85,7 %");
  expect(textAt(oversigt, "B6")).toBe("50,0 %");
  expect(textAt(oversigt, "B7")).toBe("91,7 %");
  expect(textAt(oversigt, "A9")).toMatch(/^85,7 % \(50–91,7 %\), 7 af 12 mål målt$/);
  // FIXED_NOW is 23 November 2026, 12:00 local time.
  expect(textAt(oversigt, "B2")).toBe("23. nov. 2026, 12.00");

  const goals = snap.sheets.find((s) => s.name === "Status 2021")!;
  const header = goals.cells.find((c) => c.value === "Opfyldelse")!.row + 1;
  const owned = inColumns(goals, header, ["Opfyldelse", "Status", "Forklaring"]);
  expect(clippedCells(goals).filter((c) => owned(c.address))).toEqual([]);
});

test("seed 004 (97,2 %): Oversigt says 97,2 % where the pane says 97,2 %", async () => {
  const host = await sampleHost("nordjylland2020");
  const outcome = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "p" });
  expect(outcome.status).toBe("written");
  const oversigt = host.snapshot().sheets.find((s) => s.name === "Oversigt")!;
  expect(textAt(oversigt, "B5")).toBe("97,2 %");
  expect(textAt(oversigt, "A9")).toMatch(/^97,2 %, 9 af 9 mål målt$/);
  expect(clippedCells(oversigt)).toEqual([]);
  expect(cellsUnderCharts(oversigt)).toEqual([]);
});

test("Fordeling on seed 003's key (by amount, monthly): the sheet and the key's new columns show whole; the chart covers no text", async () => {
  const host = keyHost("nordjylland2019");
  const outcome = await runAllocationOnWorkbook(host.run, {
    total: 16_500_000,
    unit: 1000,
    instalments: 12,
    basis: "amount",
    now: FIXED_NOW,
    runId: "f",
  });
  expect(outcome.status).toBe("written");
  const snap = host.snapshot();
  const fordeling = snap.sheets.find((s) => s.name === "Fordeling")!;
  expect(clippedCells(fordeling)).toEqual([]);
  expect(cellsUnderCharts(fordeling)).toEqual([]);
  expectInView(fordeling);
  const key = snap.sheets.find((s) => s.name === "Nøgle")!;
  const owned = inColumns(key, 1, ["Beregnet andel", "Beregnet beløb", "Pr. rate"]);
  expect(clippedCells(key).filter((c) => owned(c.address))).toEqual([]);
});

test("a scenario sheet: changes in procentpoint, a Danish date, everything whole, the chart in view; Fortryd's redraw keeps it so", async () => {
  const host = await sampleHost("nordjylland2020");
  const { tables } = await readWorkbookTables(host.run);
  const result = createWhatIf(tables).evaluate(parseChanges(["1.resultat=58"]).changes);
  expect((await saveScenario(host.run, result, { now: FIXED_NOW, runId: "s" })).status).toBe(
    "written"
  );
  const sheet = host.snapshot().sheets.find((s) => s.name === "Scenarie 1")!;
  const head = sheet.cells.find((c) => c.value === "Mål" && c.column === 0)!.row + 1;
  expect(textAt(sheet, `D${head}`)).toBe("Ændring (procentpoint)");
  // Goal 1 from 100 % to 50 %: −50,0 procentpoint, not "-50 %".
  expect(textAt(sheet, `D${head + 1}`)).toBe("-50,0");
  expect(sheet.cells.find((c) => c.address === `D${head + 1}`)!.value).toBe(-50);
  expect(textAt(sheet, "B2")).toBe("23. nov. 2026, 12.00");
  expect(clippedCells(sheet)).toEqual([]);
  expect(cellsUnderCharts(sheet)).toEqual([]);
  expectInView(sheet);
});

test("Fortryd after a second evaluation draws the earlier Oversigt with widths that fit it", async () => {
  const host = await sampleHost("nordjylland2021");
  await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "a" });
  await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "b" });
  expect((await undoLastRun(host.run)).status).toBe("undone");
  const oversigt = host.snapshot().sheets.find((s) => s.name === "Oversigt")!;
  expect(clippedCells(oversigt)).toEqual([]);
  expect(cellsUnderCharts(oversigt)).toEqual([]);
});
