// The summary sheet's column widths and chart boxes on a re-run and after Fortryd (issue 14, item 4; found by
// test/reliability/fuzz.adapter.test.ts). A text the add-in writes with Excel's text prefix ("'23. nov. 2026, 12.00",
// src/excel/workbook/textSafety.ts) shows without the apostrophe, and Fortryd sizes the earlier sheet from the texts it reads back
// (without it): the planner once counted the apostrophe on a run and not on Fortryd, so Fortryd put the charts 5 pt
// left of where the run had them. The same width for the same shown text, whichever way it came.
import { runOnWorkbook, undoLastRun } from "../../src/excel";
import type { WriteOp } from "../../src/excel/workbook/ops";
import { chartBoxBeside, fitColumnOps } from "../../src/excel/workbook/widths";
import { loadExcelHost, type HostSnapshot } from "../../src/host";
import { workbookBytes, type FuzzBook } from "../helpers/fuzzWorkbooks";
import { FIXED_NOW } from "../helpers/workbooks";

const RUN = { now: FIXED_NOW, runId: "widths" };

/** The generated book the fuzzer failed on (seed 20251123, run 4). */
const ARABIC_SHEET: FuzzBook = {
  goalSheet: "مؤشرات",
  titleRows: [],
  startColumn: 0,
  asTable: false,
  tableName: "Maal",
  columns: [
    { header: "Mål 100 %", role: "tier100" },
    { header: "=1+1", role: "junk" },
    { header: "Resultat", role: "result" },
    { header: "MÅL", role: "title" },
    { header: "Nr.", role: "nr" },
  ],
  body: [[null, 57, "ja", "Vækst 📈🎯", 0.97]],
  merges: [{ row: 0, column: 0, rows: 1, columns: 2 }],
  titleMerge: false,
  besideTable: null,
  evaluation: null,
  userOversigt: false,
  userFallback: false,
  userOversigtName: "OVERSIGT",
  userOversigtHidden: true,
};

function layoutOf(snapshot: HostSnapshot, name = "Oversigt") {
  const sheet = snapshot.sheets.find((s) => s.name === name)!;
  return {
    widths: sheet.columnWidths,
    charts: sheet.charts.map((c) => ({ name: c.name, position: c.position })),
  };
}

test("the fuzzer's case: a re-run and Fortryd of it give the first run's column widths and chart boxes exactly", async () => {
  const host = await loadExcelHost(await workbookBytes(ARABIC_SHEET));
  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  const first = host.snapshot();
  const oversigt = first.sheets.find((s) => s.name === "Oversigt")!;
  // The time of the run, written with Excel's text prefix (it starts with a digit), shows without it; it runs over the
  // empty cells to its right, so the charts start after it.
  expect(oversigt.cells.find((c) => c.address === "B2")?.text).toBe("23. nov. 2026, 12.00");
  const once = layoutOf(first);
  expect(once.charts).toHaveLength(2);

  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  expect(layoutOf(host.snapshot())).toEqual(once);
  expect((await undoLastRun(host.run)).status).toBe("undone");
  // Before the fix: the fulfilment chart at left 239 after Fortryd against 244 after the run.
  expect(layoutOf(host.snapshot())).toEqual(once);
});

test("a text written with Excel's text prefix is sized as it shows: without the apostrophe", () => {
  const sheet = "S";
  const values = (texts: string[]): WriteOp => ({
    kind: "values",
    block: { sheet, rowIndex: 0, columnIndex: 0 },
    values: texts.map((t) => [t, ""]),
  });
  const width = (ops: WriteOp[]) =>
    ops.find((op) => op.kind === "style" && op.columnWidth !== undefined);
  const shown = "23. nov. 2026, 12.00"; // 20 characters: 20 × 7 + 5 = 145 px = 108,75 pt → 109 + 1
  const prefixed = fitColumnOps(sheet, [values([`'${shown}`])]);
  expect(width(prefixed)).toMatchObject({ columnWidth: 110 });
  expect(prefixed).toEqual(fitColumnOps(sheet, [values([shown])]));
  // A text that really starts with an apostrophe is written with two; one shows.
  expect(width(fitColumnOps(sheet, [values(["''a'"])]))).toMatchObject({
    columnWidth: Math.max(30, Math.ceil((2 * 7 + 5) * 0.75) + 1),
  });
  // A chart beside a text that runs over empty cells starts after the shown text, not one character later.
  const place = { row: 0, afterColumn: 0, width: 100, height: 15 };
  const runs = (text: string): WriteOp[] => [
    {
      kind: "values",
      block: { sheet, rowIndex: 0, columnIndex: 0 },
      values: [["x", text]],
    },
  ];
  expect(chartBoxBeside(sheet, runs(`'${shown}`), place)).toEqual(
    chartBoxBeside(sheet, runs(shown), place)
  );
  // 48 pt for A, then B's text (110 pt) and an 8 pt gap.
  expect(chartBoxBeside(sheet, runs(`'${shown}`), place).left).toBe(48 + 110 + 8);
});
