// Range.getMergedAreasOrNullObject (ExcelApi 1.13) on the host, modelled from ExcelJS's merges: the areas whose
// top-left cell lies in the range (OfficeDev/office-js#3611), a null object when there are none, ApiNotFound on an
// Excel without ExcelApi 1.13, and a failure past 512 areas (Learn, Excel.Range).
import { describe, expect, test } from "@jest/globals";
import { createExcelHost } from "../../src/host";
import { expectCode, workbookWith } from "./support";

function mergedBook(merges: string[]) {
  const workbook = workbookWith({
    Mål: [
      ["Nr", "Mål", "Status"],
      [1, "a", "Grøn"],
      [2, "b", ""],
      [3, "c", "Rød"],
    ],
  });
  const ws = workbook.getWorksheet("Mål")!;
  for (const m of merges) ws.mergeCells(m);
  return workbook;
}

async function mergedIn(
  host: ReturnType<typeof createExcelHost>,
  address: string
): Promise<{ isNull: boolean; address?: string; areaCount?: number; cellCount?: number }> {
  return host.run(async (context) => {
    const areas = context.workbook.worksheets
      .getItem("Mål")
      .getRange(address)
      .getMergedAreasOrNullObject();
    areas.load("address, areaCount, cellCount");
    await context.sync();
    if (areas.isNullObject) return { isNull: true };
    return {
      isNull: false,
      address: areas.address,
      areaCount: areas.areaCount,
      cellCount: areas.cellCount,
    };
  });
}

describe("Range.getMergedAreasOrNullObject", () => {
  test("lists the merged areas whose top-left cell is in the range, with the sheet name in each address", async () => {
    const host = createExcelHost(mergedBook(["C2:C3", "A4:B4"]));
    expect(await mergedIn(host, "A1:C4")).toEqual({
      isNull: false,
      address: "Mål!C2:C3, Mål!A4:B4",
      areaCount: 2,
      cellCount: 4,
    });
  });

  test("misses an area that overlaps the range but starts outside it (office-js#3611)", async () => {
    const host = createExcelHost(mergedBook(["C2:C3"]));
    expect(await mergedIn(host, "C3:C4")).toEqual({ isNull: true });
    expect(await mergedIn(host, "B2:C2")).toMatchObject({ address: "Mål!C2:C3" });
  });

  test("is a null object where nothing is merged", async () => {
    const host = createExcelHost(mergedBook([]));
    expect(await mergedIn(host, "A1:C4")).toEqual({ isNull: true });
  });

  test("is ApiNotFound on an Excel without ExcelApi 1.13", async () => {
    const host = createExcelHost(mergedBook(["C2:C3"]), { requirementSets: { ExcelApi: "1.12" } });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1:C4");
      await expectCode(async () => {
        range.getMergedAreasOrNullObject().load("address");
        await context.sync();
      }, "ApiNotFound");
    });
  });

  test("fails past 512 merged areas", async () => {
    const workbook = workbookWith({ Mål: [] });
    const ws = workbook.getWorksheet("Mål")!;
    for (let r = 1; r <= 513; r++) ws.mergeCells(r, 1, r, 2);
    const host = createExcelHost(workbook);
    await host.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Mål")
        .getRange("A1:B513")
        .getMergedAreasOrNullObject();
      areas.load("areaCount");
      await expectCode(() => context.sync(), "GeneralException");
    });
    expect(await mergedIn(host, "A1:B512")).toMatchObject({ areaCount: 512 });
  });
});

// Range.merge (ExcelApi 1.2), which Kontrollér Excel calls to make the merged cells the add-in refuses to write over.
describe("Range.merge", () => {
  async function merge(
    host: ReturnType<typeof createExcelHost>,
    address: string,
    across?: boolean
  ) {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange(address).merge(across);
      await context.sync();
    });
  }

  test("makes one merged area that keeps only the top-left cell's value (Learn: Range.Merge, Remarks)", async () => {
    const host = createExcelHost(mergedBook([]));
    await merge(host, "B2:B3");
    expect(await mergedIn(host, "A1:C4")).toEqual({
      isNull: false,
      address: "Mål!B2:B3",
      areaCount: 1,
      cellCount: 2,
    });
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("B2:B3").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["a"], [""]]);
  });

  test("with across, one area per row; a single cell is left alone", async () => {
    const host = createExcelHost(mergedBook([]));
    await merge(host, "A2:B3", true);
    await merge(host, "C4");
    expect(await mergedIn(host, "A1:C4")).toMatchObject({
      address: "Mål!A2:B2, Mål!A3:B3",
      areaCount: 2,
    });
  });

  test("over a table it is refused with MergedRangeConflict (the host's choice: Learn documents no error)", async () => {
    const host = createExcelHost(mergedBook([]));
    await host.run(async (context) => {
      context.workbook.tables.add("Mål!A1:C4", true);
      await context.sync();
    });
    await expectCode(() => merge(host, "B2:B3"), "MergedRangeConflict");
    expect(await mergedIn(host, "A1:C4")).toEqual({ isNull: true });
  });

  test("over an existing merged area it is refused (the host's choice: Learn documents no error)", async () => {
    const host = createExcelHost(mergedBook(["C2:C3"]));
    await expectCode(() => merge(host, "B3:C4"), "InvalidOperation");
    expect(await mergedIn(host, "A1:C4")).toMatchObject({ address: "Mål!C2:C3" });
  });
});
