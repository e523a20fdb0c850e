// Merged cells over the add-in's output columns stop Beregn and Fordeling before anything is written
// (src/excel/workbook/mergedCells.ts): one Danish error per merged area, naming the sheet and its cells; the
// look-up rides in the read's sync; without ExcelApi 1.13 the check is skipped.
import ExcelJS from "exceljs";
import { runAllocationOnWorkbook, runOnWorkbook } from "../../src/excel";
import { splitAreasAddress } from "../../src/excel/workbook/mergedCells";
import { createExcelHost, type ExcelHost } from "../../src/host";
import { keyWorkbook } from "../helpers/samples";
import { FIXED_NOW, GOAL_HEADERS, goalWorkbook, manyGoals } from "../helpers/workbooks";

const RUN = { now: FIXED_NOW, runId: "merge" };

/** Four goals in a plain range (Excel refuses merged cells inside a table) at A3, with a Status column in H. */
function goalBook(merges: string[]): ExcelJS.Workbook {
  const rows = manyGoals(4).map((r) => [...r, null]);
  const wb = goalWorkbook(rows, { asTable: false, headers: [...GOAL_HEADERS, "Status"] });
  const sheet = wb.getWorksheet("Mål")!;
  for (const m of merges) sheet.mergeCells(m);
  return wb;
}

async function refused(host: ExcelHost, run: () => Promise<{ status: string; errors: unknown[] }>) {
  const before = host.snapshot();
  const outcome = await run();
  expect(outcome.status).toBe("errors");
  expect(host.snapshot()).toEqual(before); // nothing written, hidden sheets included
  return outcome.errors;
}

describe("Beregn with merged cells over its output columns", () => {
  test("an existing Status column merged over two goal rows is refused, naming Mål!H4:H5", async () => {
    const host = createExcelHost(goalBook(["H4:H5"]));
    const errors = await refused(host, () => runOnWorkbook(host.run, RUN));
    expect(errors).toEqual([
      {
        sheet: "Mål",
        cell: "H4",
        code: "merged-output",
        message:
          "Kolonnen Status har flettede celler i Mål!H4:H5 — ophæv fletningen, så hver mål-række har sin egen celle",
      },
    ]);
    // The overwrite answer does not get past it, nor does a preview.
    await refused(host, () => runOnWorkbook(host.run, { ...RUN, overwrite: true }));
    await refused(host, () => runOnWorkbook(host.run, { ...RUN, dryRun: true }));
  });

  test("an area that starts in the user's column and reaches Status is found too (office-js#3611)", async () => {
    const host = createExcelHost(goalBook(["F5:H5"]));
    const errors = await refused(host, () => runOnWorkbook(host.run, RUN));
    expect(errors).toMatchObject([
      { cell: "H5", message: expect.stringContaining("i Mål!F5:H5 —") },
    ]);
  });

  test("merged cells where a missing column goes are refused, in English where Office is", async () => {
    // Without Status, Opfyldelse/Status/Forklaring are added in H, I, J.
    const wb = goalWorkbook(manyGoals(4), { asTable: false });
    wb.getWorksheet("Mål")!.mergeCells("I5:I6");
    const host = createExcelHost(wb);
    const errors = await refused(host, () => runOnWorkbook(host.run, { ...RUN, locale: "en" }));
    expect(errors).toMatchObject([
      {
        sheet: "Mål",
        cell: "I5",
        message:
          "The column Status has merged cells in Mål!I5:I6 — unmerge them, so that each goal row has a cell of its own",
      },
    ]);
  });

  test("merges elsewhere (the title, Regel over two goal rows) do not stop the run", async () => {
    const host = createExcelHost(goalBook(["A1:C1", "G4:G5"]));
    expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  });

  test("the look-up rides in the read's sync: as many syncs with the check as without", async () => {
    const syncs = async (mergedAreas: boolean) => {
      const host = createExcelHost(goalBook(["A1:C1"]));
      host.stats.reset();
      expect((await runOnWorkbook(host.run, { ...RUN, mergedAreas })).status).toBe("written");
      return host.stats.syncs;
    };
    expect(await syncs(true)).toBe(await syncs(false));
  });

  test("without ExcelApi 1.13 the check is skipped (mergedAreas: false) and the run writes as before", async () => {
    const host = createExcelHost(goalBook(["A1:C1"]), { requirementSets: { ExcelApi: "1.12" } });
    expect((await runOnWorkbook(host.run, { ...RUN, mergedAreas: false })).status).toBe("written");
  });
});

describe("Fordeling with merged cells over its owned columns", () => {
  test("cells merged where Beregnet beløb goes are refused, naming Nøgle!E3:E4", async () => {
    const wb = keyWorkbook("sydjylland2020");
    wb.getWorksheet("Nøgle")!.mergeCells("E3:E4");
    const host = createExcelHost(wb);
    const options = { total: 10_000_000, unit: 1000, instalments: 4 as const, ...RUN };
    const errors = await refused(host, () => runAllocationOnWorkbook(host.run, options));
    expect(errors).toEqual([
      {
        sheet: "Nøgle",
        cell: "E3",
        code: "merged-output",
        message:
          "Kolonnen Beregnet beløb har flettede celler i Nøgle!E3:E4 — ophæv fletningen, så hver række i fordelingsnøglen har sin egen celle",
      },
    ]);
  });
});

describe("RangeAreas.address", () => {
  test("splits at the commas between areas, not inside quoted sheet names", () => {
    expect(splitAreasAddress("Mål!H4:H5, 'A, b''s (2)'!C3,Mål!A1")).toEqual([
      "Mål!H4:H5",
      "'A, b''s (2)'!C3",
      "Mål!A1",
    ]);
  });
});
