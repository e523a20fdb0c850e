// Calls on null objects (issue 13, finding 7). The *OrNullObject documentation says only that such a method
// "returns an object whose isNullObject property is set to true" and that code "can then evaluate this property"
// (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
// what a method called on the null object does is not documented. With the nullObjects strictness the host refuses
// it at the sync (ItemNotFound), so code must test isNullObject after a sync and branch. Loading the null object's
// own properties stays allowed (isNullObject is what tells the caller to ignore them).
import { describe, expect, test } from "@jest/globals";
import { createExcelHost, PROFILES } from "../../src/host";
import { expectCode, workbookWith } from "./support";

const strictHost = (profile: (typeof PROFILES)[number]) =>
  createExcelHost(
    workbookWith({
      Tom: [],
      Mål: [
        ["Nr", "Mål"],
        [1, "NPS"],
      ],
    }),
    {
      profile,
      strictness: { nullObjects: true },
    }
  );

describe.each(PROFILES)("null objects with the nullObjects strictness (%s)", (profile) => {
  test("the scan's chain on an empty sheet (getUsedRangeOrNullObject().getRow(0)…getIntersectionOrNullObject) fails with ItemNotFound", async () => {
    const host = strictHost(profile);
    await expectCode(
      () =>
        host.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Tom");
          const top = sheet.getUsedRangeOrNullObject(true).getRow(0).getResizedRange(9, 0);
          const clipped = top.getIntersectionOrNullObject(sheet.getUsedRangeOrNullObject(true));
          clipped.load("values");
          await context.sync();
        }),
      "ItemNotFound"
    );
  });

  test("the same chain on a sheet with data works: the used range is not null", async () => {
    const host = strictHost(profile);
    const values = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      const top = sheet.getUsedRangeOrNullObject(true).getRow(0).getResizedRange(9, 0);
      const clipped = top.getIntersectionOrNullObject(sheet.getUsedRangeOrNullObject(true));
      clipped.load("values");
      await context.sync();
      return clipped.values;
    });
    expect(values).toEqual([
      ["Nr", "Mål"],
      [1, "NPS"],
    ]);
  });

  test("checking isNullObject after a sync and branching works on the empty sheet (the documented pattern)", async () => {
    const host = strictHost(profile);
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Tom");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex, rowCount"); // loading the null object itself is allowed
      await context.sync();
      if (used.isNullObject) return null;
      const top = used.getRow(0).load("values");
      await context.sync();
      return top.values;
    });
    expect(read).toBeNull();
  });

  test("navigation and methods of a null sheet fail too (getItemOrNullObject(…).getRange)", async () => {
    const host = strictHost(profile);
    await expectCode(
      () =>
        host.run(async (context) => {
          context.workbook.worksheets
            .getItemOrNullObject("Findes ikke")
            .getRange("A1")
            .load("values");
          await context.sync();
        }),
      "ItemNotFound"
    );
  });
});

test("without the strictness a null object's descendants are null objects (today's host)", async () => {
  const host = createExcelHost(workbookWith({ Tom: [] }));
  const isNull = await host.run(async (context) => {
    const clipped = context.workbook.worksheets
      .getItem("Tom")
      .getUsedRangeOrNullObject(true)
      .getRow(0)
      .getIntersectionOrNullObject("A1:B2");
    clipped.load("values");
    await context.sync();
    return clipped.isNullObject;
  });
  expect(isNull).toBe(true);
});
