// Charts: added, named, positioned, found, re-pointed, deleted; the snapshot resolves their series from the data.
/* global Excel */
/* eslint-disable office-addins/load-object-before-read --
   These tests read through navigation properties (sheet.protection, range.format, …) and, on purpose, read before
   load or sync; the lint heuristic cannot tell them apart. The host itself enforces load + sync at run time. */
import { describe, expect, test } from "@jest/globals";
import { loadExcelHost } from "../../src/host";
import { expectCode, hostWith } from "./support";

const data = {
  Oversigt: [
    ["Mål", "Opfyldelse"],
    ["NPS", 1],
    ["Tilfredshed", 0.5],
    ["Henvisning", 0.75],
  ],
};

async function addFulfilmentChart(host: ReturnType<typeof hostWith>): Promise<void> {
  // What src/excel/write.ts does for a new chart.
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Oversigt");
    const source = sheet.getRangeByIndexes(0, 0, 4, 2);
    const chart = sheet.charts.add(
      "ColumnClustered" as Excel.ChartType,
      source,
      "Columns" as Excel.ChartSeriesBy
    );
    chart.name = "Målopfyldelse";
    chart.title.text = "Målopfyldelse 2021";
    chart.setPosition("D1", "K15");
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 1;
    await context.sync();
  });
}

describe("charts", () => {
  test("a chart is added, named and found by name with its settings", async () => {
    const host = hostWith(data);
    await addFulfilmentChart(host);
    const read = await host.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Oversigt").charts;
      charts.load("items/name, items/id");
      const chart = charts.getItem("Målopfyldelse");
      chart.load(
        "name, chartType, top, left, width, height, title/text, axes/valueAxis/minimum, axes/valueAxis/maximum"
      );
      const series = chart.series.load("items/name");
      const values = chart.series
        .getItemAt(0)
        .getDimensionValues("Values" as Excel.ChartSeriesDimension);
      const missing = context.workbook.worksheets
        .getItem("Oversigt")
        .charts.getItemOrNullObject("Andet");
      await context.sync();
      return {
        names: charts.items.map((c) => c.name),
        type: chart.chartType,
        title: chart.title.text,
        axis: [chart.axes.valueAxis.minimum, chart.axes.valueAxis.maximum],
        box: [chart.top, chart.left, chart.width, chart.height],
        series: series.items.map((s) => s.name),
        values: values.value,
        missing: missing.isNullObject,
      };
    });
    expect(read).toEqual({
      names: ["Målopfyldelse"],
      type: "ColumnClustered",
      title: "Målopfyldelse 2021",
      axis: [0, 1],
      // D1 is 3 default columns (48 pt) in; K15 ends 8 columns and 15 default rows (15 pt) further.
      box: [0, 144, 384, 225],
      series: ["Opfyldelse"],
      values: ["1", "0.5", "0.75"],
      missing: true,
    });
  });

  test("the snapshot resolves series values from the source range when it is taken", async () => {
    const host = hostWith(data);
    await addFulfilmentChart(host);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Oversigt").getRange("B3").values = [[0.6]];
      await context.sync();
    });
    const [chart] = host.snapshot().sheets[0].charts;
    expect(chart).toMatchObject({
      name: "Målopfyldelse",
      type: "ColumnClustered",
      title: "Målopfyldelse 2021",
      sourceAddress: "Oversigt!A1:B4",
      series: [
        {
          name: "Opfyldelse",
          values: [1, 0.6, 0.75],
          categories: ["NPS", "Tilfredshed", "Henvisning"],
        },
      ],
      position: { top: 0, left: 144, width: 384, height: 225, startCell: "D1", endCell: "K15" },
      valueAxis: { minimum: 0, maximum: 1 },
    });
  });

  test("setData points the chart at another range; delete removes it", async () => {
    const host = hostWith(data);
    await addFulfilmentChart(host);
    await host.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Oversigt").charts.getItem("Målopfyldelse");
      chart.setData(
        context.workbook.worksheets.getItem("Oversigt").getRange("A1:B3"),
        "Columns" as Excel.ChartSeriesBy
      );
      await context.sync();
    });
    expect(host.snapshot().sheets[0].charts[0].series[0].values).toEqual([1, 0.5]);
    await host.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Oversigt").charts;
      charts.getItem("Målopfyldelse").delete();
      const count = charts.getCount();
      await context.sync();
      expect(count.value).toBe(0);
      charts.getItem("Målopfyldelse").load("name");
      await expectCode(() => context.sync(), "ItemNotFound");
    });
  });

  test("unknown chart types are InvalidArgument", async () => {
    const host = hostWith(data);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Oversigt");
      sheet.charts.add("Bars3000" as Excel.ChartType, sheet.getRange("A1:B4"));
      await expectCode(() => context.sync(), "InvalidArgument");
    });
  });

  // ChartSeries.format.fill.setSolidColor (ExcelApi 1.1), "#RRGGBB" or an HTML colour name:
  // https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-setsolidcolor-member(1)
  test("a series' solid fill is kept per series, shown in the snapshot, and refused when it is no colour", async () => {
    const host = hostWith({
      Spredning: [
        ["Kommune", "Land", "By"],
        ["Aalborg", "", 8.7],
        ["Hjørring", 5.9, ""],
      ],
    });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Spredning");
      const chart = sheet.charts.add(
        "ColumnStacked" as Excel.ChartType,
        sheet.getRange("A1:C3"),
        "Columns" as Excel.ChartSeriesBy
      );
      chart.name = "Spredning";
      // In the same sync as add(): the series exist once the chart does.
      chart.series.getItemAt(0).format.fill.setSolidColor("#70ad47");
      chart.series.getItemAt(1).format.fill.setSolidColor("RoyalBlue");
      await context.sync();
    });
    const chart = host.snapshot().sheets[0].charts[0];
    expect(chart.type).toBe("ColumnStacked");
    expect(chart.series.map((s) => [s.name, s.fill, s.values])).toEqual([
      ["Land", "#70AD47", [null, 5.9]],
      ["By", "#4169E1", [8.7, null]],
    ]);
    await host.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Spredning").charts.getItem("Spredning");
      chart.series.getItemAt(0).format.fill.setSolidColor("grønlig");
      await expectCode(() => context.sync(), "InvalidArgument");
    });
    await host.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Spredning").charts.getItem("Spredning");
      chart.series.getItemAt(2).format.fill.setSolidColor("#FF0000");
      await expectCode(() => context.sync(), "InvalidArgument");
    });
    // Neither refused call changed a colour.
    expect(host.snapshot().sheets[0].charts[0].series.map((s) => s.fill)).toEqual([
      "#70AD47",
      "#4169E1",
    ]);
  });

  test("toXlsx drops charts (ExcelJS cannot write them) but keeps the data", async () => {
    const host = hostWith(data);
    await addFulfilmentChart(host);
    const again = await loadExcelHost(await host.toXlsx());
    const sheet = again.snapshot().sheets[0];
    expect(sheet.charts).toEqual([]);
    expect(sheet.usedRange).toBe("A1:B4");
  });
});
