/* global Excel */
// Deleting very hidden sheets and workbook structure protection (issue 13, findings 2 and 8).
//  - Excel.Worksheet.delete reference: "if the worksheet's visibility is set to "VeryHidden", the delete operation
//    will fail with an `InvalidOperation` exception. You should first change its visibility to hidden or visible
//    before deleting it." OfficeDev/office-js#365: "This behavior is by design", with the workaround of setting the
//    visibility and deleting in the same batch.
//  - "Protect workbook structure … to prevent users from adding, deleting, moving, or renaming worksheets"
//    (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-workbook-structure);
//    WorkbookProtection.protect "Fails if the workbook has been protected." The codes for a refused structure change
//    and a repeated protect() are not documented; the host answers AccessDenied.
import { describe, expect, test } from "@jest/globals";
import { createExcelHost, PROFILES, type ExcelHost } from "../../src/host";
import { expectCode, workbookWith } from "./support";

function withVeryHidden(strict: boolean, profile: (typeof PROFILES)[number]): ExcelHost {
  const workbook = workbookWith({ Mål: [["x"]], Tilstand: [["state"]] });
  workbook.getWorksheet("Tilstand")!.state = "veryHidden";
  return createExcelHost(workbook, { profile, strictness: { veryHiddenDelete: strict } });
}

describe.each(PROFILES)("very hidden sheets (%s)", (profile) => {
  test("delete() on a VeryHidden sheet fails with InvalidOperation (Worksheet.delete reference)", async () => {
    const host = withVeryHidden(true, profile);
    await expectCode(
      () =>
        host.run(async (context) => {
          context.workbook.worksheets.getItem("Tilstand").delete();
          await context.sync();
        }),
      "InvalidOperation"
    );
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål", "Tilstand"]);
  });

  test("set visibility to Hidden, then delete, in one batch: allowed (office-js#365 workaround)", async () => {
    const host = withVeryHidden(true, profile);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Tilstand");
      sheet.visibility = "Hidden";
      sheet.delete();
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål"]);
  });

  test("without the veryHiddenDelete strictness the host still deletes it (today's behaviour)", async () => {
    const host = withVeryHidden(false, profile);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Tilstand").delete();
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål"]);
  });
});

describe("workbook structure protection (Workbook.protection, ExcelApi 1.7)", () => {
  const protectedHost = () =>
    createExcelHost(workbookWith({ Mål: [["x"]], Noter: [["y"]] }), { structureProtected: true });

  test("protection.protected reads true", async () => {
    const isProtected = await protectedHost().run(async (context) => {
      context.workbook.load("protection/protected");
      await context.sync();
      return context.workbook.protection.protected;
    });
    expect(isProtected).toBe(true);
  });

  test.each<[string, (c: Excel.RequestContext) => void]>([
    ["adding", (c) => void c.workbook.worksheets.add("Oversigt")],
    ["deleting", (c) => c.workbook.worksheets.getItem("Noter").delete()],
    ["renaming", (c) => (c.workbook.worksheets.getItem("Noter").name = "Notater")],
    ["moving", (c) => (c.workbook.worksheets.getItem("Noter").position = 0)],
    ["hiding", (c) => (c.workbook.worksheets.getItem("Noter").visibility = "Hidden")],
  ])("%s a sheet fails with AccessDenied and changes nothing", async (_what, attempt) => {
    const host = protectedHost();
    await expectCode(
      () =>
        host.run(async (context) => {
          attempt(context);
          await context.sync();
        }),
      "AccessDenied"
    );
    expect(host.snapshot().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Mål", "Visible"],
      ["Noter", "Visible"],
    ]);
  });

  test("cells can still be written (structure protection is not sheet protection)", async () => {
    const host = protectedHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("B1").values = [["Opfyldelse"]];
      await context.sync();
    });
    expect(host.snapshot().sheets[0].cells.map((c) => c.value)).toEqual(["x", "Opfyldelse"]);
  });

  test("protect() on a protected workbook fails; unprotect() with the password lifts it; protect/unprotect clear the undo stack (undo page)", async () => {
    const host = createExcelHost(workbookWith({ Mål: [["x"]] }));
    await host.run(async (context) => {
      context.workbook.protection.protect("kode");
      await context.sync();
    });
    await expectCode(
      () =>
        host.run(async (context) => {
          context.workbook.protection.protect();
          await context.sync();
        }),
      "AccessDenied"
    );
    await expectCode(
      () =>
        host.run(async (context) => {
          context.workbook.worksheets.add("Ny");
          await context.sync();
        }),
      "AccessDenied"
    );
    await host.run(async (context) => {
      context.workbook.protection.unprotect("kode");
      context.workbook.worksheets.add("Ny");
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål", "Ny"]);
    expect(host.undo.calls.map((c) => c.api)).toEqual([
      "WorkbookProtection.protect",
      "WorkbookProtection.unprotect",
    ]);
  });
});
