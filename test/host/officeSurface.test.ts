// The strict guard's member lists (src/host/api/officeSurface.ts) must match @types/office-js, and every member the
/* global Excel, __dirname */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   These tests read through navigation properties (sheet.protection, range.format, …) and, on purpose, read before
   load or sync; the lint heuristic cannot tell them apart. The host itself enforces load + sync at run time. */
// host implements must be a real Office.js member (a typo would otherwise be an API that Excel does not have).
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";
import { OFFICE_REQUIREMENTS } from "../../src/host/api/officeRequirements";
import { OFFICE_ENUMS, OFFICE_MEMBERS } from "../../src/host/api/officeSurface";
import { isOfficeMember } from "../../src/host/runtime/strictGuard";
import { hostWith } from "./support";

const DTS = join(__dirname, "../../node_modules/@types/office-js/index.d.ts");

/** Members of `namespace.Class` declarations and string values of enums, straight from the type definitions. */
function extract(): { members: Record<string, string[]>; enums: Record<string, string[]> } {
  const source = ts.createSourceFile(DTS, readFileSync(DTS, "utf8"), ts.ScriptTarget.Latest, true);
  const members: Record<string, Set<string>> = {};
  const enums: Record<string, string[]> = {};
  const visit = (node: ts.Node, ns: string) => {
    if (ts.isModuleDeclaration(node)) {
      const inner = ns ? `${ns}.${node.name.text}` : node.name.text;
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, inner));
      return;
    }
    if (ts.isClassDeclaration(node) && node.name && (ns === "Excel" || ns === "OfficeExtension")) {
      const set = (members[node.name.text] ??= new Set());
      for (const m of node.members) if (m.name && ts.isIdentifier(m.name)) set.add(m.name.text);
    }
    if (ts.isEnumDeclaration(node) && ns === "Excel") {
      enums[node.name.text] = node.members.map((m) => (m.initializer as ts.StringLiteral).text);
    }
  };
  ts.forEachChild(source, (child) => visit(child, ""));
  return {
    members: Object.fromEntries(Object.entries(members).map(([k, v]) => [k, [...v].sort()])),
    enums,
  };
}

/** The "[Api set: ExcelApi 1.11]" of each member of the classes in OFFICE_MEMBERS: [get or call, set if later].
 * Overloads keep the lowest set. */
function extractRequirements(): Record<string, Record<string, string[]>> {
  const source = ts.createSourceFile(DTS, readFileSync(DTS, "utf8"), ts.ScriptTarget.Latest, true);
  const order = (a: string, b: string) => {
    const [sa, va] = a.split(" ");
    const [sb, vb] = b.split(" ");
    if (sa !== sb) return sa < sb ? -1 : 1;
    const [a1, a2] = va.split(".").map(Number);
    const [b1, b2] = vb.split(".").map(Number);
    return a1 - b1 || a2 - b2;
  };
  const out: Record<string, Record<string, string[]>> = {};
  const visit = (node: ts.Node, ns: string) => {
    if (ts.isModuleDeclaration(node)) {
      const inner = ns ? `${ns}.${node.name.text}` : node.name.text;
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, inner));
      return;
    }
    if (!ts.isClassDeclaration(node) || !node.name || ns !== "Excel") return;
    if (!OFFICE_MEMBERS[node.name.text]) return;
    const entries = (out[node.name.text] ??= {});
    for (const member of node.members) {
      if (!member.name || !ts.isIdentifier(member.name)) continue;
      const trivia = member.getFullText().slice(0, member.getLeadingTriviaWidth());
      const found = /\[Api set: (ExcelApi(?:Online|Desktop)? \d+\.\d+)([^\]]*)\]/.exec(trivia);
      if (!found) continue;
      const setter = /(\d+\.\d+) for set/.exec(found[2]);
      const sets = setter ? [found[1], found[1].replace(/\d+\.\d+$/, setter[1])] : [found[1]];
      const previous = entries[member.name.text];
      if (!previous || order(sets[0], previous[0]) < 0) entries[member.name.text] = sets;
    }
  };
  ts.forEachChild(source, (child) => visit(child, ""));
  return out;
}

describe("Office.js surface", () => {
  const extracted = extract();

  test("member lists match @types/office-js (regenerate officeSurface.ts if this fails)", () => {
    for (const [name, list] of Object.entries(OFFICE_MEMBERS)) {
      expect({ name, list: extracted.members[name] }).toEqual({ name, list: [...list] });
    }
    for (const [name, values] of Object.entries(OFFICE_ENUMS)) {
      expect({ name, values: extracted.enums[name] }).toEqual({ name, values: [...values] });
    }
  });

  test("requirement sets match @types/office-js (regenerate officeRequirements.ts if this fails)", () => {
    const extracted = extractRequirements();
    expect(Object.keys(OFFICE_REQUIREMENTS).sort()).toEqual(Object.keys(extracted).sort());
    for (const [name, members] of Object.entries(OFFICE_REQUIREMENTS)) {
      expect({ name, members }).toEqual({ name, members: extracted[name] });
    }
    // Spot checks against the reference pages: cultureInfo (ExcelApi 1.11), Worksheet.visibility (1.1 to read, 1.2
    // to set), getRangeByIndexes (1.7), suspendApiCalculationUntilNextSync (1.6).
    expect(OFFICE_REQUIREMENTS.Application.cultureInfo).toEqual(["ExcelApi 1.11"]);
    expect(OFFICE_REQUIREMENTS.Worksheet.visibility).toEqual(["ExcelApi 1.1", "ExcelApi 1.2"]);
    expect(OFFICE_REQUIREMENTS.Worksheet.getRangeByIndexes).toEqual(["ExcelApi 1.7"]);
    expect(OFFICE_REQUIREMENTS.Application.suspendApiCalculationUntilNextSync).toEqual([
      "ExcelApi 1.6",
    ]);
  });

  test("every property and method the host implements exists on the Office.js class", async () => {
    const host = hostWith({ Mål: [[1, 2]] });
    const offenders: string[] = [];
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      const range = sheet.getRange("A1:B1");
      const table = context.workbook.tables.add("Mål!A1:B2", true);
      const chart = sheet.charts.add("Pie" as Excel.ChartType, range);
      const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      const objects: [string, object][] = [
        ["Workbook", context.workbook],
        ["Application", context.application],
        ["WorkbookProtection", context.workbook.protection],
        ["CultureInfo", context.application.cultureInfo],
        ["NumberFormatInfo", context.application.cultureInfo.numberFormat],
        ["WorksheetCollection", context.workbook.worksheets],
        ["Worksheet", sheet],
        ["WorksheetProtection", sheet.protection],
        ["AutoFilter", sheet.autoFilter],
        ["Range", range],
        ["RangeFormat", range.format],
        ["RangeFill", range.format.fill],
        ["RangeFont", range.format.font],
        ["TableCollection", context.workbook.tables],
        ["Table", table],
        ["TableColumnCollection", table.columns],
        ["TableColumn", table.columns.getItemAt(0)],
        ["TableRowCollection", table.rows],
        ["ChartCollection", sheet.charts],
        ["Chart", chart],
        ["ChartTitle", chart.title],
        ["ChartAxes", chart.axes],
        ["ChartAxis", chart.axes.valueAxis],
        ["ChartSeriesCollection", chart.series],
        ["ChartSeries", chart.series.getItemAt(0)],
        ["ChartSeriesFormat", chart.series.getItemAt(0).format],
        ["ChartFill", chart.series.getItemAt(0).format.fill],
        ["ChartPointsCollection", chart.series.getItemAt(0).points],
        ["ChartPoint", chart.series.getItemAt(0).points.getItemAt(0)],
        ["ChartPointFormat", chart.series.getItemAt(0).points.getItemAt(0).format],
        ["ConditionalFormatCollection", range.conditionalFormats],
        ["ConditionalFormat", cf],
        ["IconSetConditionalFormat", cf.iconSet],
        ["ColorScaleConditionalFormat", cf.colorScale],
        ["TextConditionalFormat", cf.textComparison],
        ["CustomConditionalFormat", cf.custom],
        ["CellValueConditionalFormat", cf.cellValue],
        ["ConditionalFormatRule", cf.custom.rule],
        ["ConditionalRangeFormat", cf.custom.format],
        ["ConditionalRangeFill", cf.custom.format.fill],
        ["ConditionalRangeFont", cf.custom.format.font],
      ];
      for (const [typeName, object] of objects) {
        for (
          let proto = Object.getPrototypeOf(object);
          proto && proto !== Object.prototype;
          proto = Object.getPrototypeOf(proto)
        ) {
          for (const name of Object.getOwnPropertyNames(proto)) {
            if (name === "constructor" || name.startsWith("_")) continue;
            if (
              !isOfficeMember(typeName, name) &&
              !["load", "toJSON", "set", "track", "untrack"].includes(name)
            ) {
              offenders.push(`${typeName}.${name}`);
            }
          }
        }
      }
      await context.sync();
    });
    expect(offenders).toEqual([]);
  });
});
