// Conditional formats: added, listed, found, deleted, shown in the snapshot, and kept through toXlsx.
/* global Excel */
/* eslint-disable office-addins/load-object-before-read --
   These tests read through navigation properties (sheet.protection, range.format, …) and, on purpose, read before
   load or sync; the lint heuristic cannot tell them apart. The host itself enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import { loadExcelHost } from "../../src/host";
import { expectCode, hostWith, reloadWithExcelJS } from "./support";

const data = {
  Mål: [
    ["Mål", "Opfyldelse", "Status"],
    ["NPS", 1, "Opfyldt"],
    ["Tilfredshed", 0.5, "Delvist opfyldt"],
    ["Henvisning", 0, "Ikke opfyldt"],
  ],
};

/** The adapter's rules (src/excel/write.ts): traffic lights on fulfilment, a text rule on status; plus the others. */
async function addRules(host: ReturnType<typeof hostWith>): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Mål");
    const lights = sheet
      .getRange("B2:B4")
      .conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
    lights.iconSet.style = "ThreeTrafficLights1" as Excel.IconSet;
    lights.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      {
        type: "Number",
        operator: "GreaterThanOrEqual",
        formula: "=0.5",
      } as Excel.ConditionalIconCriterion,
      {
        type: "Number",
        operator: "GreaterThanOrEqual",
        formula: "=1",
      } as Excel.ConditionalIconCriterion,
    ];
    const text = sheet
      .getRange("C2:C4")
      .conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
    text.textComparison.format.fill.color = "#FFC7CE";
    text.textComparison.format.font.color = "#9C0006";
    text.textComparison.rule = {
      operator: "BeginsWith" as Excel.ConditionalTextOperator,
      text: "Ikke",
    };
    const scale = sheet
      .getRange("B2:B4")
      .conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
    scale.colorScale.criteria = {
      minimum: { type: "LowestValue" as Excel.ConditionalFormatColorCriterionType, color: "red" },
      maximum: {
        type: "HighestValue" as Excel.ConditionalFormatColorCriterionType,
        color: "#00B050",
      },
    };
    const custom = sheet
      .getRange("A2:A4")
      .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    custom.custom.rule.formula = "=$B2<0.5";
    custom.custom.format.font.bold = true;
    const cellValue = sheet
      .getRange("B2:B4")
      .conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cellValue.cellValue.rule = {
      formula1: "=0",
      formula2: "=0.5",
      operator: "Between" as Excel.ConditionalCellValueOperator,
    };
    cellValue.cellValue.format.fill.color = "#FFEB9C";
    await context.sync();
  });
}

describe("conditional formats", () => {
  test("added rules are listed by the range they touch, newest first, with their settings", async () => {
    const host = hostWith(data);
    await addRules(host);
    const listed = await host.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Mål").getRange("B3").conditionalFormats;
      formats.load("items/type, items/priority, items/id");
      const count = formats.getCount();
      await context.sync();
      const icon = formats.items.find((f) => f.type === "IconSet")!;
      icon.iconSet.load("style, criteria");
      const range = icon.getRange().load("address");
      await context.sync();
      return {
        types: formats.items.map((f) => f.type),
        count: count.value,
        style: icon.iconSet.style,
        criteria: icon.iconSet.criteria,
        address: range.address,
      };
    });
    expect(listed.types).toEqual(["CellValue", "ColorScale", "IconSet"]);
    expect(listed.count).toBe(3);
    expect(listed.style).toBe("ThreeTrafficLights1");
    expect(listed.criteria[2]).toEqual({
      type: "Number",
      operator: "GreaterThanOrEqual",
      formula: "=1",
    });
    expect(listed.address).toBe("Mål!B2:B4");
  });

  test("the snapshot shows every rule with its range and format", async () => {
    const host = hostWith(data);
    await addRules(host);
    const rules = host.snapshot().sheets[0].conditionalFormats;
    expect(rules.map((r) => [r.type, r.address, r.priority])).toEqual([
      ["CellValue", "B2:B4", 0],
      ["Custom", "A2:A4", 1],
      ["ColorScale", "B2:B4", 2],
      ["ContainsText", "C2:C4", 3],
      ["IconSet", "B2:B4", 4],
    ]);
    expect(rules[3].textComparison).toEqual({
      rule: { operator: "BeginsWith", text: "Ikke" },
      format: { fillColor: "#FFC7CE", fontColor: "#9C0006", bold: null, italic: null },
    });
    expect(rules[2].colorScale?.criteria.minimum).toEqual({
      type: "LowestValue",
      formula: null,
      color: "#FF0000",
    });
  });

  test("a rule is found by id and deleted; clearAll trims rules that reach outside the range", async () => {
    const host = hostWith(data);
    await addRules(host);
    await host.run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Mål")
        .getRange("A2:A4").conditionalFormats;
      formats.load("items/id");
      await context.sync();
      formats.getItem(formats.items[0].id).delete();
      context.workbook.worksheets.getItem("Mål").getRange("B4:C4").conditionalFormats.clearAll();
      await context.sync();
    });
    const rules = host.snapshot().sheets[0].conditionalFormats;
    expect(rules.map((r) => [r.type, r.address])).toEqual([
      ["CellValue", "B2:B3"],
      ["ColorScale", "B2:B3"],
      ["ContainsText", "C2:C3"],
      ["IconSet", "B2:B3"],
    ]);
  });

  test("reading a rule of another type fails; the *OrNullObject variant gives a null object", async () => {
    const host = hostWith(data);
    await addRules(host);
    await host.run(async (context) => {
      const first = context.workbook.worksheets
        .getItem("Mål")
        .getRange("C2")
        .conditionalFormats.getItemAt(0);
      const asIcons = first.iconSetOrNullObject.load("style");
      await context.sync();
      expect(asIcons.isNullObject).toBe(true);
      first.iconSet.load("style");
      await expectCode(() => context.sync(), "InvalidOperation");
    });
  });

  test("rules survive toXlsx (as ExcelJS writes them) and come back the same through the host", async () => {
    const host = hostWith(data);
    await addRules(host);
    const bytes = await host.toXlsx();

    const excel = await reloadWithExcelJS(bytes);
    const written = (
      excel.getWorksheet("Mål") as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string }[] }[];
      }
    ).conditionalFormattings;
    expect(written.map((b) => [b.ref, b.rules[0].type])).toEqual([
      ["B2:B4", "cellIs"],
      ["A2:A4", "expression"],
      ["B2:B4", "colorScale"],
      ["C2:C4", "beginsWith"],
      ["B2:B4", "iconSet"],
    ]);

    const again = await loadExcelHost(bytes);
    // Ids are per host session; everything else must come back as it was.
    const before = host.snapshot().sheets[0].conditionalFormats.map((r) => ({ ...r, id: "" }));
    const after = again.snapshot().sheets[0].conditionalFormats.map((r) => ({ ...r, id: "" }));
    // The first icon criterion was left empty ({}): Excel stores its lower bound as 0 (percent).
    before[4].iconSet!.criteria[0] = {
      type: "Percent",
      operator: "GreaterThanOrEqual",
      formula: "=0",
    };
    expect(after).toEqual(before);
  });

  test("invalid settings are InvalidArgument; unsupported rule types fail loudly", async () => {
    const host = hostWith(data);
    await host.run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Mål")
        .getRange("B2:B4").conditionalFormats;
      const rule = formats.add("ContainsText" as Excel.ConditionalFormatType);
      rule.textComparison.rule = {
        operator: "Matches" as Excel.ConditionalTextOperator,
        text: "x",
      };
      await expectCode(() => context.sync(), "InvalidArgument");
      formats.add("DataBar" as Excel.ConditionalFormatType);
      await expect(context.sync()).rejects.toThrow(
        'not implemented by the in-memory host: ConditionalFormatCollection.add("DataBar")'
      );
    });
  });
});
