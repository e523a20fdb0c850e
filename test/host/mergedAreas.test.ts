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
