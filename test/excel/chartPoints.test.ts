// Oversigt's fulfilment chart, bar by bar in its goal's status colour (issue 14, item 4): Opfyldt green, Delvist
// yellow, Ikke opfyldt red, Afventer grey, the Status cells' own fills. The oracle is the Status text beside each bar's
// goal on the sheet and the colours written out here (Excel's Good / Neutral / Bad styles), not the writer's table.
import { runOnWorkbook, undoLastRun } from "../../src/excel";
import { createExcelHost, type ExcelHost, type SheetSnapshot } from "../../src/host";
import { sampleHost } from "../helpers/samples";
import { FIXED_NOW, goalWorkbook, hostFor, nordjylland2020Rows } from "../helpers/workbooks";

const RUN = { now: FIXED_NOW, runId: "points" };

const COLOUR: Record<string, string> = {
  Opfyldt: "#C6EFCE",
  "Delvist opfyldt": "#FFEB9C",
  "Ikke opfyldt": "#FFC7CE",
  "Afventer data": "#EDEDED",
  Fejl: "#F4B084",
};

function oversigt(host: ExcelHost): SheetSnapshot {
  return host.snapshot().sheets.find((s) => s.name === "Oversigt")!;
}

/** The goal list's Status texts (C18 down), in bar order. */
function statuses(sheet: SheetSnapshot): string[] {
  return sheet.cells
    .filter((c) => c.column === 2 && c.row >= 17)
    .sort((a, b) => a.row - b.row)
    .map((c) => String(c.value));
}

function barFills(sheet: SheetSnapshot): Record<number, string> | undefined {
  return sheet.charts.find((c) => c.name === "Målopfyldelse pr. mål")!.series[0].pointFills;
}

function expectBarsByStatus(sheet: SheetSnapshot): string[] {
  const list = statuses(sheet);
  expect(list.length).toBeGreaterThan(0);
  expect(barFills(sheet)).toEqual(Object.fromEntries(list.map((s, i) => [i, COLOUR[s]])));
  // The pie: one slice per status, in the order of the counts (A11:A15).
  expect(sheet.charts.find((c) => c.name === "Statusfordeling")!.series[0].pointFills).toEqual({
    0: "#C6EFCE",
    1: "#FFEB9C",
    2: "#FFC7CE",
    3: "#EDEDED",
    4: "#F4B084",
  });
  return list;
}

const count = (list: string[], status: string) => list.filter((s) => s === status).length;

test("the 2020 sample: every bar in its goal's status colour; a re-run keeps them", async () => {
  const host = await sampleHost("nordjylland2020");
  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  const list = expectBarsByStatus(oversigt(host));
  // The counts on the sheet (B11:B14) agree with the bars' colours.
  const counted = (address: string) =>
    oversigt(host).cells.find((c) => c.address === address)?.value;
  expect(count(list, "Opfyldt")).toBe(counted("B11"));
  expect(count(list, "Delvist opfyldt")).toBe(counted("B12"));
  expect(count(list, "Ikke opfyldt")).toBe(counted("B13"));
  expect(count(list, "Afventer data")).toBe(counted("B14"));
  const before = barFills(oversigt(host));
  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  expect(barFills(oversigt(host))).toEqual(before);
});

test("the status sample (2021): bars of every status the sample has, grey where data is awaited", async () => {
  const host = await sampleHost("nordjylland2021");
  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  const list = expectBarsByStatus(oversigt(host));
  expect(count(list, "Afventer data")).toBeGreaterThan(0);
  expect(new Set(list).size).toBeGreaterThan(2);
});

test("a goal that changes status changes its bar on the re-run; Fortryd gives the first run's colours back", async () => {
  const host = hostFor(goalWorkbook(await nordjylland2020Rows()));
  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  const first = expectBarsByStatus(oversigt(host));
  const firstFills = barFills(oversigt(host));
  expect(first[0]).not.toBe("Ikke opfyldt");
  // The user types a result of 0 for goal 1 (D4, under Resultat): below its 50 % tier.
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Mål").getRange("D4").values = [[0]];
    await context.sync();
  });
  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  const second = expectBarsByStatus(oversigt(host));
  expect(second[0]).toBe("Ikke opfyldt");
  expect(barFills(oversigt(host))![0]).toBe("#FFC7CE");
  expect((await undoLastRun(host.run)).status).toBe("undone");
  expect(statuses(oversigt(host))).toEqual(first);
  expect(barFills(oversigt(host))).toEqual(firstFills);
});

test("a point past the series is refused, as ChartSeriesCollection.getItemAt refuses a series", async () => {
  const host = hostFor(goalWorkbook(await nordjylland2020Rows()));
  expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
  const goals = statuses(oversigt(host)).length;
  await expect(
    host.run(async (context) => {
      const chart = context.workbook.worksheets
        .getItem("Oversigt")
        .charts.getItem("Målopfyldelse pr. mål");
      chart.series.getItemAt(0).points.getItemAt(goals).format.fill.setSolidColor("#FF0000");
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  // Read back through the API: count and the last bar's colour (getSolidColor, ExcelApi 1.16).
  await host.run(async (context) => {
    const points = context.workbook.worksheets
      .getItem("Oversigt")
      .charts.getItem("Målopfyldelse pr. mål")
      .series.getItemAt(0).points;
    points.load("count");
    const colour = points.getItemAt(goals - 1).format.fill.getSolidColor();
    await context.sync();
    expect(points.count).toBe(goals);
    expect(colour.value).toBe(COLOUR[statuses(oversigt(host))[goals - 1]]);
  });
});

test("Excel without ExcelApi 1.16 (Office 2021) colours the bars but cannot read a colour back: ApiNotFound", async () => {
  const old = createExcelHost(goalWorkbook(await nordjylland2020Rows()), {
    requirementSets: { ExcelApi: "1.14" },
  });
  const outcome = await runOnWorkbook(old.run, RUN);
  expect(outcome.errors).toEqual([]);
  expect(outcome.status).toBe("written");
  // Point fills are ExcelApi 1.1 …
  expectBarsByStatus(oversigt(old));
  // … getSolidColor is 1.16.
  await expect(
    old.run(async (context) => {
      const fill = context.workbook.worksheets
        .getItem("Oversigt")
        .charts.getItem("Målopfyldelse pr. mål")
        .series.getItemAt(0)
        .points.getItemAt(0).format.fill;
      fill.getSolidColor();
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});
