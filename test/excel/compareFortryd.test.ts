// Sammenligning's Fortryd when the user typed over the sheet between two comparisons (hubs, then years): the sheet no
// longer reads as the add-in's ("Ændring" and "Mål" in the header row, a Titel column after the tables, "Samlet" under
// the goals), so Fortryd puts back its values only and draws no layout or chart from it (src/excel/compare/sheet.ts,
// compareRedraw; src/excel/workbook/lifecycle.ts, OwnedSheetPlan.redraw). The comparisons are those of
// test/excel/compare.test.ts: three hubs (test/helpers/compareWorkbooks.ts), then seed 002's 2021 → 2022.
import { compareTables, type CompareResult } from "../../src/core/compare";
import { COMPARE_SHEET, undoLastRun, writeComparison } from "../../src/excel";
import type { HostSnapshot, SheetSnapshot } from "../../src/host";
import { HUB_HEADERS, HUB_ROWS } from "../helpers/compareWorkbooks";
import { sampleHost } from "../helpers/samples";
import { seed002Table } from "../helpers/seed002";
import { rawTable } from "../helpers/tables";
import { FIXED_NOW } from "../helpers/workbooks";

jest.setTimeout(120_000);

const years = async (): Promise<CompareResult> =>
  compareTables([
    { label: "2021", tables: [await seed002Table(2021)] },
    { label: "2022", tables: [await seed002Table(2022)] },
  ]);
const hubs = (): CompareResult =>
  compareTables(
    (["Nordjylland", "Sydjylland", "Fyn"] as const).map((hub) => ({
      label: hub,
      tables: [
        rawTable(hub, HUB_HEADERS, HUB_ROWS[hub], {
          formats: { Resultat: "0 %", "Mål 100 %": "0 %", Basis: "0 %" },
        }),
      ],
    }))
  );

const sheetOf = (snap: HostSnapshot): SheetSnapshot =>
  snap.sheets.find((s) => s.name === COMPARE_SHEET)!;
const values = (sheet: SheetSnapshot) =>
  sheet.cells.filter((c) => c.value !== "").map((c) => [c.address, c.value]);
const placed = (sheet: SheetSnapshot) =>
  sheet.charts.map((c) => [c.name, c.sourceAddress, c.position]);

/** The cell of the hubs' sheet holding `text` (in column `column`, 0-based, if given). */
function addressOf(sheet: SheetSnapshot, text: string, column?: number): string {
  return sheet.cells.find((c) => c.value === text && (column === undefined || c.column === column))!
    .address;
}

test.each([
  ["the header's 'Ændring'", "Ændring", undefined],
  ["the header's 'Mål'", "Mål", 2],
  ["the header's 'Titel'", "Titel", undefined],
  ["'Samlet' under the goals", "Samlet", 2],
] as const)(
  "with %s typed over: Fortryd gives back the values, the years' chart stays",
  async (_what, text, column) => {
    const host = await sampleHost("nordjylland2021");
    expect((await writeComparison(host.run, hubs(), { now: FIXED_NOW, runId: "h" })).status).toBe(
      "written"
    );
    const address = addressOf(sheetOf(host.snapshot()), text, column);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(COMPARE_SHEET).getRange(address).values = [["(rettet)"]];
      await context.sync();
    });
    const edited = sheetOf(host.snapshot());
    expect(
      (await writeComparison(host.run, await years(), { now: FIXED_NOW, runId: "y" })).status
    ).toBe("written");
    const second = sheetOf(host.snapshot());
    // The years' chart reads other rows than the hubs' (so a Fortryd that drew the hubs' layout cannot pass).
    expect(placed(second)).not.toEqual(placed(edited));
    expect((await undoLastRun(host.run)).status).toBe("undone");
    const after = sheetOf(host.snapshot());
    expect(values(after)).toEqual(values(edited));
    expect(placed(after)).toEqual(placed(second));
  }
);

test("untouched, the same two comparisons and Fortryd draw the hubs' chart again (the control)", async () => {
  const host = await sampleHost("nordjylland2021");
  await writeComparison(host.run, hubs(), { now: FIXED_NOW, runId: "h" });
  const first = sheetOf(host.snapshot());
  await writeComparison(host.run, await years(), { now: FIXED_NOW, runId: "y" });
  expect((await undoLastRun(host.run)).status).toBe("undone");
  expect(placed(sheetOf(host.snapshot()))).toEqual(placed(first));
});
