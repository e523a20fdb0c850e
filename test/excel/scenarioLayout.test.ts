// A saved scenario as the user reads it: the changes, the goals before and after with the change in percentage points,
// the Samlet row, the reasons beside any goal shown as Fejl (the workbook's own errors, and those the changes cause),
// and a write that fails half-way. Goals worked out by hand:
//   Mål 1: NPS 60, 100 % from 60, 50 % from 50 → 100 %; with the result 55 → 50 % (55 reaches 50, not 60).
//   Mål 2: 300 forløb of 400, proportional → 75 %.
import { createWhatIf, parseChanges, type WhatIfResult } from "../../src/core/whatif";
import { readWorkbookTables, saveScenario } from "../../src/excel";
import type { ExcelHost, HostSnapshot } from "../../src/host";
import { FIXED_NOW, goalWorkbook, hostFor, type GoalRow } from "../helpers/workbooks";

function rowsOf(snap: HostSnapshot, sheet: string, from: number, to: number) {
  const cells = new Map(
    snap.sheets.find((s) => s.name === sheet)!.cells.map((c) => [c.address, c])
  );
  const out: string[][] = [];
  for (let r = from; r <= to; r++)
    out.push("ABCDEFG".split("").map((col) => cells.get(`${col}${r}`)?.text ?? ""));
  return out;
}

async function scenario(
  rows: GoalRow[],
  changes: string[]
): Promise<{ host: ExcelHost; result: WhatIfResult }> {
  const host = hostFor(goalWorkbook(rows));
  const { tables } = await readWorkbookTables(host.run);
  const parsed = parseChanges(changes);
  expect(parsed.errors).toEqual([]);
  return { host, result: createWhatIf(tables).evaluate(parsed.changes) };
}

const TWO_GOALS: GoalRow[] = [
  ["1", "Tilfredshed", "NPS", 60, 60, 50, null],
  ["2", "Forløb", "Antal", 300, 400, null, "forholdsmæssig"],
];

describe("Scenarie: goal 1's result lowered to 55", () => {
  test("the changes, the goals before and after, the change in points and the Samlet row, as displayed", async () => {
    const { host, result } = await scenario(TWO_GOALS, ["1.resultat=55"]);
    const saved = await saveScenario(host.run, result, { now: FIXED_NOW, runId: "s" });
    expect(saved).toEqual({ status: "written", sheet: "Scenarie 1" });
    const snap = host.snapshot();
    expect(rowsOf(snap, "Scenarie 1", 1, 11)).toEqual([
      ["Scenarie 1 – hvad nu hvis", "", "", "", "", "", ""],
      ["Gemt", "23. nov. 2026, 12.00", "", "", "", "", ""],
      ["Ændringer", "", "", "", "", "", ""],
      ["", "Mål 1: resultat 60 → 55", "", "", "", "", ""],
      ["", "", "", "", "", "", ""],
      ["Mål", "Før", "Efter", "Ændring (procentpoint)", "Status før", "Status efter", "Titel"],
      // 100 % → 50 %: −50 points, shown with its sign.
      ["Mål 1", "100,0 %", "50,0 %", "-50,0", "Opfyldt", "Delvist opfyldt", "Tilfredshed"],
      ["Mål 2", "75,0 %", "75,0 %", "0,0", "Delvist opfyldt", "Delvist opfyldt", "Forløb"],
      // (100 + 75) / 2 = 87,5 % before, (50 + 75) / 2 = 62,5 % after: −25 points.
      [
        "Samlet",
        "87,5 %",
        "62,5 %",
        "-25,0",
        "87,5 %, 2 af 2 mål målt",
        "62,5 %, 2 af 2 mål målt",
        "",
      ],
      ["", "", "", "", "", "", ""],
      ["", "", "", "", "", "", ""],
    ]);
    const sheet = snap.sheets.find((s) => s.name === "Scenarie 1")!;
    expect(sheet.usedRange).toBe("A1:G9");
    const bold = new Map(sheet.cells.map((c) => [c.address, c.bold]));
    expect(["A1", "A6", "G6", "A9", "G9", "A7", "A2"].map((a) => bold.get(a))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    const [chart] = sheet.charts;
    expect([chart.name, chart.title, chart.type, chart.sourceAddress]).toEqual([
      "Før og efter",
      "Målopfyldelse før og efter",
      "ColumnClustered",
      "'Scenarie 1'!A6:C8",
    ]);
    expect([chart.position.width, chart.position.height]).toEqual([360, 216]);
  });

  test("a write that fails half-way: failed, rolled back, the sheet named; the next scenario is written", async () => {
    const { host, result } = await scenario(TWO_GOALS, ["1.resultat=55"]);
    expect((await saveScenario(host.run, result, { now: FIXED_NOW, runId: "a" })).status).toBe(
      "written"
    );
    const before = host.snapshot();
    // The second scenario's syncs: the scan (3), then its write.
    host.failSync({ code: "GeneralException", onSync: 4, afterOperations: 2 });
    const failed = await saveScenario(host.run, result, { now: FIXED_NOW, runId: "b" });
    expect(failed).toEqual({
      status: "failed",
      sheet: "Scenarie 2",
      failure: {
        code: "GeneralException",
        message: "Injected failure (GeneralException)",
        restored: true,
      },
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect((await saveScenario(host.run, result, { now: FIXED_NOW, runId: "c" })).status).toBe(
      "written"
    );
  });
});

describe("Scenarie with goals in error: each reason beside the table, by cell", () => {
  test("the workbook's own errors as 'Fejl før'; an error the changes cause as 'Fejl efter'; none twice", async () => {
    const { host, result } = await scenario(
      [
        ["1", "Tilfredshed", "NPS", 60, 60, 50, null],
        ["2", "Indsatser", null, "x/4", null, null, "indsatser"],
        ["3", "Aktiviteter", null, "z/4", null, null, "indsatser"],
      ],
      // Goal 1's 50 % tier above its 100 % tier: an error the workbook does not have. Goal 2 stays in error ('x/4')
      // whatever its threshold: the same error before and after, listed once, as Fejl før.
      ["1.mål50=70", "2.mål100=3"]
    );
    expect((await saveScenario(host.run, result, { now: FIXED_NOW, runId: "s" })).status).toBe(
      "written"
    );
    // Two changes (rows 4–5), the header in row 7, goals 8–10, Samlet 11, one empty row, then the reasons.
    expect(rowsOf(host.snapshot(), "Scenarie 1", 4, 15).map((r) => r.slice(0, 6))).toEqual([
      ["", "Mål 1: tærskel for 50 % 50 → 70", "", "", "", ""],
      ["", "Mål 2: tærskel for 100 % (tom) → 3", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["Mål", "Før", "Efter", "Ændring (procentpoint)", "Status før", "Status efter"],
      ["Mål 1", "100,0 %", "", "", "Opfyldt", "Fejl"],
      ["Mål 2", "", "", "", "Fejl", "Fejl"],
      ["Mål 3", "", "", "", "Fejl", "Fejl"],
      [
        "Samlet",
        "",
        "",
        "",
        "Kan ikke beregnes: mål 2 og 3 har fejl",
        "Kan ikke beregnes: mål 1, 2 og 3 har fejl",
      ],
      ["", "", "", "", "", ""],
      ["Fejl før", "Arket Mål, celle D5: 'x/4' er ikke et tal", "", "", "", ""],
      ["Fejl før", "Arket Mål, celle D6: 'z/4' er ikke et tal", "", "", "", ""],
      [
        "Fejl efter",
        "Arket Mål, celle F4: tærsklen for 50 % (70) er højere end tærsklen for 100 % (60)",
        "",
        "",
        "",
        "",
      ],
    ]);
    expect(host.snapshot().sheets.find((s) => s.name === "Scenarie 1")!.usedRange).toBe("A1:G15");
  });
});

test("an error after at the same cell as one before but saying something else, or saying the same at another cell, is listed", async () => {
  const TIERS = "tærsklen for 50 % (70) er højere end tærsklen for 100 % (60)";
  const { host, result } = await scenario(
    [
      ["1", "Tilfredshed", "NPS", 60, 60, 50, null],
      // In the workbook: goal 2's tiers in the wrong order (F5), goal 3's 50 % tier no number (F6).
      ["2", "Anbefaling", "NPS", 60, 60, 70, null],
      ["3", "Kendskab", "NPS", 60, 60, "abc", null],
    ],
    // Goal 1's tiers now in the wrong order (F4: the same words as F5's error); goal 3's F6 a number, too high.
    ["1.mål50=70", "3.mål50=70"]
  );
  expect((await saveScenario(host.run, result, { now: FIXED_NOW, runId: "s" })).status).toBe(
    "written"
  );
  const rows = rowsOf(host.snapshot(), "Scenarie 1", 1, 20).filter((r) => r[0].startsWith("Fejl"));
  expect(rows.map((r) => r.slice(0, 2))).toEqual([
    ["Fejl før", `Arket Mål, celle F5: ${TIERS}`],
    ["Fejl før", "Arket Mål, celle F6: 'abc' er ikke et tal"],
    ["Fejl efter", `Arket Mål, celle F4: ${TIERS}`],
    ["Fejl efter", `Arket Mål, celle F6: ${TIERS}`],
  ]);
});
