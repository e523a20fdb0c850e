// The Oversigt sheet as the user reads it, from three goals worked out by hand:
//   Mål 1: NPS 60 against 60 for 100 %          → 100 %, Opfyldt
//   Mål 2: 300 forløb of 400, proportional      →  75 %, Delvist opfyldt
//   Mål 3: no result yet                         → Afventer data
// Measured: (100 % + 75 %) / 2 = 87,5 %. The range, with goal 3 anywhere from 0 to 100 %:
// (1 + 0,75 + 0) / 3 = 58,3 % to (1 + 0,75 + 1) / 3 = 91,7 %. Two of the three goals are measured.
import { runOnWorkbook } from "../../src/excel";
import type { HostSnapshot } from "../../src/host";
import { FIXED_NOW, goalWorkbook, hostFor } from "../helpers/workbooks";

function cellsOf(snap: HostSnapshot, sheet = "Oversigt") {
  return new Map(snap.sheets.find((s) => s.name === sheet)!.cells.map((c) => [c.address, c]));
}

/** The run every test below reads (run in each test, so each test covers what it checks). */
async function written(): Promise<HostSnapshot> {
  const host = hostFor(
    goalWorkbook([
      ["1", "Tilfredshed", "NPS", 60, 60, 50, null],
      ["2", "Forløb", "Antal", 300, 400, null, "forholdsmæssig"],
      ["3", "Effekt", null, null, "70 %", "60 %", null],
    ])
  );
  const outcome = await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "t" });
  expect(outcome.status).toBe("written");
  return host.snapshot();
}

describe("Oversigt for three goals", () => {
  test("the top block: title, time, the goal table's address, the overall and its range, goals measured", async () => {
    const snap = await written();
    const c = cellsOf(snap);
    const pairs = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => [
      c.get(`A${r}`)?.text ?? "",
      c.get(`B${r}`)?.text ?? "",
    ]);
    expect(pairs).toEqual([
      ["Målopfyldelse", ""],
      // FIXED_NOW is 23 November 2026, 12:00 local time.
      ["Beregnet", "23. nov. 2026, 12.00"],
      // The table from its header (A3) to its last row (6), with the three columns the run added (H–J).
      ["Måltabel", "Mål!A3:J6"],
      ["", ""],
      ["Samlet målopfyldelse", "87,5 %"],
      ["Laveste mulige", "58,3 %"],
      ["Højeste mulige", "91,7 %"],
      ["Mål målt", "2 af 3"],
      ["87,5 % (58,3–91,7 %), 2 af 3 mål målt", ""],
    ]);
    expect(c.get("B6")!.value).toBeCloseTo(1.75 / 3, 12);
    expect(c.get("B7")!.value).toBeCloseTo(2.75 / 3, 12);
    expect([c.get("A1")!.bold, c.get("A5")!.bold, c.get("B5")!.bold, c.get("A6")!.bold]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  test("the counts by status, each status in its own colours, under a header", async () => {
    const snap = await written();
    const c = cellsOf(snap);
    const rows = [10, 11, 12, 13, 14, 15].map((r) => [
      c.get(`A${r}`)!.text,
      c.get(`B${r}`)!.text,
      c.get(`A${r}`)!.fill,
      c.get(`A${r}`)!.fontColor,
    ]);
    // The colours are Excel's "Good", "Neutral", "Bad" cell styles and two greys/oranges (formats.ts STATUS_COLOURS).
    expect(rows).toEqual([
      ["Status", "Antal mål", "#D9E1F2", "#000000"],
      ["Opfyldt", "1", "#C6EFCE", "#006100"],
      ["Delvist opfyldt", "1", "#FFEB9C", "#9C5700"],
      ["Ikke opfyldt", "0", "#FFC7CE", "#9C0006"],
      ["Afventer data", "1", "#EDEDED", "#595959"],
      ["Fejl", "0", "#F4B084", "#833C0B"],
    ]);
    expect([c.get("A10")!.bold, c.get("B10")!.bold, c.get("A11")!.bold]).toEqual([
      true,
      true,
      false,
    ]);
  });

  test("the goal list: a header, one row per goal named 'Mål <nr>', percentages as displayed", async () => {
    const snap = await written();
    const c = cellsOf(snap);
    const row = (r: number) => "ABCDEFG".split("").map((col) => c.get(`${col}${r}`)?.text ?? "");
    expect(row(17)).toEqual([
      "Mål",
      "Opfyldelse",
      "Status",
      "Titel",
      "Beregnet",
      "Aftalt",
      "Forklaring",
    ]);
    expect(row(18)).toEqual([
      "Mål 1",
      "100,0 %",
      "Opfyldt",
      "Tilfredshed",
      "100,0 %",
      "",
      "NPS 60 ≥ 60 → 100 %",
    ]);
    expect(row(19)).toEqual([
      "Mål 2",
      "75,0 %",
      "Delvist opfyldt",
      "Forløb",
      "75,0 %",
      "",
      "Antal 300 af 400 → 75 %",
    ]);
    expect(row(20)).toEqual(["Mål 3", "", "Afventer data", "Effekt", "", "", "Afventer data"]);
    expect("ABCDEFG".split("").every((col) => c.get(`${col}17`)!.bold)).toBe(true);
    // The percent format on Opfyldelse, Beregnet and Aftalt, not on Status.
    expect(["B20", "C20", "E20", "F20"].map((a) => c.get(a)!.numberFormat)).toEqual([
      "0.0 %",
      "General",
      "0.0 %",
      "0.0 %",
    ]);
    const sheet = snap.sheets.find((s) => s.name === "Oversigt")!;
    expect(sheet.usedRange).toBe("A1:G20");
    // The status rules cover the goals' Status cells only.
    expect([...new Set(sheet.conditionalFormats.map((f) => f.address))]).toEqual(["C18:C20"]);
  });

  test("two charts side by side right of the status counts: the goals' fulfilment and the statuses' shares", async () => {
    const snap = await written();
    const sheet = snap.sheets.find((s) => s.name === "Oversigt")!;
    const [fulfilment, status] = ["Målopfyldelse pr. mål", "Statusfordeling"].map((name) =>
      sheet.charts.find((x) => x.name === name)!
    );
    expect([fulfilment.type, fulfilment.title, fulfilment.sourceAddress]).toEqual([
      "ColumnClustered",
      "Målopfyldelse pr. mål",
      "Oversigt!A17:B20",
    ]);
    expect([status.type, status.title, status.sourceAddress]).toEqual([
      "Pie",
      "Statusfordeling",
      "Oversigt!A10:B15",
    ]);
    // Each bar in its goal's status colour; each slice in its status's colour, in the order of the counts.
    expect(fulfilment.series[0].pointFills).toEqual({ 0: "#C6EFCE", 1: "#FFEB9C", 2: "#EDEDED" });
    expect(status.series[0].pointFills).toEqual({
      0: "#C6EFCE",
      1: "#FFEB9C",
      2: "#FFC7CE",
      3: "#EDEDED",
      4: "#F4B084",
    });
    // Both at the top; the fulfilment chart right of column C, the status chart 10 points right of it.
    const { A, B, C } = sheet.columnWidths;
    expect(fulfilment.position.left).toBeGreaterThanOrEqual(A + B + C);
    expect([fulfilment.position.width, fulfilment.position.height]).toEqual([330, 225]);
    expect(status.position).toEqual({
      top: fulfilment.position.top,
      left: fulfilment.position.left + 330 + 10,
      width: 230,
      height: 225,
    });
    expect(fulfilment.position.top).toBeLessThan(15);
  });
});
