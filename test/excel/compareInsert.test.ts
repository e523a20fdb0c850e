// "Hent sidste års projektmappe" (insertGoalSheets) on the in-memory host: last year's goal sheet brought in before
// this year's, at the end without one; a sheet name already here (in any case) stops it with nothing inserted; a file
// Excel refuses is reported with Excel's code; in an undo group Excel's UndoNotSupported is passed on for the runner to
// retry ungrouped (Workbook.insertWorksheetsFromBase64 has no undo support: learn.microsoft.com/office/dev/add-ins/
// excel/excel-add-ins-undo-capabilities). Last year's file: assets' 2021 status sample, one sheet "Status 2021".
import { readFileSync } from "fs";
import path from "path";
import { insertGoalSheets } from "../../src/excel";
import type { ExcelRunner } from "../../src/excel/workbook/runner";
import type { ExcelHost } from "../../src/host";
import { sampleBytes } from "../helpers/samples";
import { hostWith } from "../host/support";

const LAST_YEAR = Buffer.from(sampleBytes("nordjylland2021")).toString("base64");
const names = (host: ExcelHost) => host.snapshot().sheets.map((s) => s.name);

describe("insertGoalSheets", () => {
  test("before this year's goal sheet (named in another case), so the years read left to right", async () => {
    const host = hostWith({ Forside: [["x"]], "Mål 2022": [["Nr", "Mål"]] });
    const outcome = await insertGoalSheets(host.run, LAST_YEAR, ["Status 2021"], "MÅL 2022");
    expect(outcome).toEqual({ status: "inserted", sheets: ["Status 2021"] });
    expect(names(host)).toEqual(["Forside", "Status 2021", "Mål 2022"]);
    const copied = host.snapshot().sheets.find((s) => s.name === "Status 2021")!;
    expect(copied.cells.find((c) => c.address === "J4")).toMatchObject({
      value: 0.4,
      text: "40 %",
    });
  });

  test("at the end without a sheet to go before, or when that sheet is not in the workbook", async () => {
    const none = hostWith({ Forside: [["x"]], "Mål 2022": [["Nr"]] });
    expect((await insertGoalSheets(none.run, LAST_YEAR, ["Status 2021"])).status).toBe("inserted");
    expect(names(none)).toEqual(["Forside", "Mål 2022", "Status 2021"]);
    const gone = hostWith({ Forside: [["x"]], "Mål 2022": [["Nr"]] });
    expect((await insertGoalSheets(gone.run, LAST_YEAR, ["Status 2021"], "Mål 2023")).status).toBe(
      "inserted"
    );
    expect(names(gone)).toEqual(["Forside", "Mål 2022", "Status 2021"]);
  });

  test("a sheet of that name here already, in any case: a clash naming it, nothing inserted", async () => {
    const host = hostWith({ "STATUS 2021": [["mine"]], "Mål 2022": [["Nr"]] });
    const before = host.snapshot();
    const outcome = await insertGoalSheets(host.run, LAST_YEAR, ["Status 2021"], "Mål 2022");
    expect(outcome).toEqual({ status: "clash", sheets: ["Status 2021"] });
    expect(host.snapshot()).toEqual(before);
  });

  test("bytes that are no workbook: failed with Excel's code InvalidArgument, nothing inserted", async () => {
    const host = hostWith({ "Mål 2022": [["Nr"]] });
    const notXlsx = readFileSync(path.join(__dirname, "..", "..", "package.json")).toString(
      "base64"
    );
    const outcome = await insertGoalSheets(host.run, notXlsx, ["Status 2021"], "Mål 2022");
    expect(outcome.status).toBe("failed");
    expect(outcome).toMatchObject({ code: "InvalidArgument" });
    expect((outcome as { message: string }).message.length).toBeGreaterThan(0);
    expect(names(host)).toEqual(["Mål 2022"]);
  });

  test("in an undo group Excel refuses it (UndoNotSupported): passed on, not reported as a failure", async () => {
    const host = hostWith({ "Mål 2022": [["Nr"]] }, { strictness: { undoGroups: true } });
    const grouped: ExcelRunner = (batch) => host.run({ mergeUndoGroup: true }, batch);
    await expect(
      insertGoalSheets(grouped, LAST_YEAR, ["Status 2021"], "Mål 2022")
    ).rejects.toMatchObject({
      code: "UndoNotSupported",
    });
    expect(names(host)).toEqual(["Mål 2022"]);
  });
});
