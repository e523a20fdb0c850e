// Writing and reading cell contents the way Excel does, so tests of the adapter can catch formula injection.
import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/host";
import { expectCode, hostWith } from "./support";

async function writeAndRead(input: unknown[][], numberFormat?: string) {
  const host = hostWith({ Mål: [] });
  return host.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem("Mål")
      .getRangeByIndexes(0, 0, input.length, input[0].length);
    if (numberFormat) range.numberFormat = input.map((row) => row.map(() => numberFormat));
    range.values = input as (string | number | boolean)[][];
    await context.sync();
    const check = context.workbook.worksheets
      .getItem("Mål")
      .getRangeByIndexes(0, 0, input.length, input[0].length);
    check.load("values, formulas, valueTypes, text");
    await context.sync();
    return {
      values: check.values,
      formulas: check.formulas,
      valueTypes: check.valueTypes,
      text: check.text,
    };
  });
}

describe("Range.values parses input like typed input", () => {
  test('a string starting with "=" becomes a formula (the host does not calculate, so its value is null)', async () => {
    const read = await writeAndRead([['=HYPERLINK("http://x")', "=1+1"]]);
    expect(read.formulas).toEqual([['=HYPERLINK("http://x")', "=1+1"]]);
    expect(read.values).toEqual([[null, null]]);
  });

  test('"+" and "-" before something that is not a number also start a formula (documented for Range.values)', async () => {
    const read = await writeAndRead([["-A1", "+SUM(1)", "-5", "+7", "-"]]);
    expect(read.formulas).toEqual([["=-A1", "=+SUM(1)", -5, 7, "-"]]);
  });

  test("a leading apostrophe stores the rest as text; the apostrophe is not part of the value", async () => {
    const read = await writeAndRead([["'=SUM(A1)", "'0042", "''x"]]);
    expect(read.values).toEqual([["=SUM(A1)", "0042", "'x"]]);
    expect(read.formulas).toEqual([["=SUM(A1)", "0042", "'x"]]);
    expect(read.valueTypes).toEqual([["String", "String", "String"]]);
  });

  test('a cell formatted as Text ("@") before the write keeps "=…" as text', async () => {
    const read = await writeAndRead([["=1+1", "007"]], "@");
    expect(read.values).toEqual([["=1+1", "007"]]);
    expect(read.valueTypes).toEqual([["String", "String"]]);
  });

  test("strings are parsed locale-neutrally: 12.5 and 1,250 are numbers, 12,5 stays text; TRUE is a logical", async () => {
    const read = await writeAndRead([["12.5", "1,250", "12,5", "TRUE", "50%", "2024-01-31"]]);
    expect(read.values).toEqual([[12.5, 1250, "12,5", true, 0.5, 45322]]);
    expect(read.valueTypes).toEqual([
      ["Double", "Double", "String", "Boolean", "Double", "Double"],
    ]);
  });

  test('null leaves a cell unchanged and "" clears it', async () => {
    const host = hostWith({ Mål: [["a", "b", "c"]] });
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1:C1");
      range.values = [[null, "", "ny"]] as unknown as string[][];
      const check = context.workbook.worksheets.getItem("Mål").getRange("A1:C1").load("values");
      await context.sync();
      return check.values;
    });
    expect(values).toEqual([["a", "", "ny"]]);
  });

  test("a 2-D input must match the range; a single value fills every cell", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1:B2").values = [[1, 2, 3]];
      await expectCode(() => context.sync(), "InvalidArgument");
      sheet.getRange("A1:B2").values = 9 as unknown as number[][];
      sheet.getRange("C1:C3").numberFormat = "0.00" as unknown as string[][];
      const check = sheet.getRange("A1:C3").load("values, numberFormat");
      await context.sync();
      expect(check.values).toEqual([
        [9, 9, ""],
        [9, 9, ""],
        ["", "", ""],
      ]);
      expect(check.numberFormat.map((row) => row[2])).toEqual(["0.00", "0.00", "0.00"]);
    });
  });

  test("one formula for a range is filled like Excel: relative references move, $-anchored ones stay", async () => {
    const host = hostWith({ Mål: [] });
    const formulas = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("C2:D3");
      range.formulas = '=A2*$B$1+"A1"' as unknown as string[][];
      const check = context.workbook.worksheets.getItem("Mål").getRange("C2:D3").load("formulas");
      await context.sync();
      return check.formulas;
    });
    expect(formulas).toEqual([
      ['=A2*$B$1+"A1"', '=B2*$B$1+"A1"'],
      ['=A3*$B$1+"A1"', '=B3*$B$1+"A1"'],
    ]);
  });

  test("non-finite numbers and objects are rejected", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1");
      range.values = [[Number.NaN]];
      await expectCode(() => context.sync(), "InvalidArgument");
      range.values = [[{ a: 1 }]] as unknown as string[][];
      await expectCode(() => context.sync(), "InvalidArgument");
    });
  });
});

describe("reading cells", () => {
  test("errors read as their text with valueType Error; dates as serial numbers; cached formula results", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Data");
    ws.addRow([
      { error: "#N/A" },
      new Date(Date.UTC(2021, 9, 13)),
      { formula: "2*3", result: 6 },
      { richText: [{ text: "ri" }, { text: "ch" }] },
    ]);
    const host = createExcelHost(workbook);
    const read = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:E1");
      range.load("values, valueTypes, formulas, numberFormat");
      await context.sync();
      return {
        values: range.values,
        types: range.valueTypes,
        formulas: range.formulas,
        formats: range.numberFormat,
      };
    });
    expect(read.values).toEqual([["#N/A", 44482, 6, "rich", ""]]);
    expect(read.types).toEqual([["Error", "Double", "Double", "String", "Empty"]]);
    expect(read.formulas).toEqual([["#N/A", 44482, "=2*3", "rich", ""]]);
    expect(read.formats[0][0]).toBe("General");
  });

  test("text applies the number format in the user's locale (decimal comma by default)", async () => {
    const host = hostWith({ Mål: [[0.972, 16488, 1234.5, true, 45322]] });
    const texts = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1:E1");
      range.numberFormat = [["0.0%", "#,##0", "General", "General", "dd-mm-yyyy"]];
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(texts).toEqual([["97,2%", "16.488", "1234,5", "SAND", "31-01-2024"]]);
  });

  test("with the decimal point option, text is en-US", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Mål").addRow([1234.5]);
    const host = createExcelHost(workbook, { decimalSeparator: "." });
    const text = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("A1");
      range.numberFormat = [["#,##0.00"]];
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([["1,234.50"]]);
  });
});
