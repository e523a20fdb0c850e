// The Excel adapter on the strict in-memory host: round trips, payload, idempotent re-runs, formula-safe text,
// conflicts with the user's own cells, backup and Fortryd. The same adapter code runs in Excel.
import { runOnWorkbook, undoLastRun, STATE_SHEET } from "../../src/excel";
import type { HostSnapshot } from "../../src/host";
import {
  FIXED_NOW,
  goalWorkbook,
  hostFor,
  manyGoals,
  nordjylland2020Rows,
  type GoalRow,
} from "../helpers/workbooks";

// The host measures every sync with Node's own UTF-8 encoder here, not with a counter like the adapter's, so "no
// request over 5 MB" below is checked independently of both (test/excel/payload.test.ts tests the counters).
jest.mock("../../src/host/runtime/payload", () => ({
  ...jest.requireActual("../../src/host/runtime/payload"),
  jsonBytes: (value: unknown) => {
    const text = JSON.stringify(value);
    return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
  },
}));

/** Seed 004's nine goals, from assets/ (test/helpers/samples.ts). */
let NORDJYLLAND_2020: GoalRow[];
beforeAll(async () => {
  NORDJYLLAND_2020 = await nordjylland2020Rows();
});

const RUN = { now: FIXED_NOW, runId: "test" };

function cellsOf(snapshot: HostSnapshot, sheet: string) {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return new Map(s.cells.map((c) => [c.address, c]));
}

function valueAt(snapshot: HostSnapshot, sheet: string, address: string) {
  return cellsOf(snapshot, sheet).get(address)?.value ?? null;
}

describe("a run on seed 004's goal table", () => {
  test("writes Opfyldelse, Status and Forklaring inside the table, formatted, and the summary sheet with two charts", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
    const outcome = await runOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("written");
    expect(outcome.result.overall).toBeCloseTo(8.75 / 9, 12);
    const snap = host.snapshot();
    const table = snap.tables.find((t) => t.name === "Maal")!;
    expect(table.columns).toEqual([
      ...["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"],
      "Opfyldelse",
      "Status",
      "Forklaring",
    ]);
    expect(table.address).toBe("A3:J12");
    // Goal 6 is row 9: H9 = 0,75 shown as "75,0 %" (the pane's one decimal), I9 = "Delvist opfyldt".
    const mål = cellsOf(snap, "Mål");
    expect(mål.get("H9")).toMatchObject({ value: 0.75, numberFormat: "0.0 %", text: "75,0 %" });
    expect(mål.get("I9")?.value).toBe("Delvist opfyldt");
    // The sample names goal 6's part "4 indsatser" (Del), and the explanation says which part.
    expect(mål.get("J9")?.value).toBe("4 indsatser: 3 af 4 indsatser → 75 %");
    expect(mål.get("I4")?.value).toBe("Opfyldt");
    const sheet = snap.sheets.find((s) => s.name === "Mål")!;
    expect(sheet.conditionalFormats.map((c) => c.type).sort()).toEqual([
      "ContainsText",
      "ContainsText",
      "ContainsText",
      "ContainsText",
      "IconSet",
    ]);

    const oversigt = snap.sheets.find((s) => s.name === "Oversigt")!;
    expect(valueAt(snap, "Oversigt", "B5")).toBeCloseTo(8.75 / 9, 12);
    expect(valueAt(snap, "Oversigt", "A9")).toBe("97,2 %, 9 af 9 mål målt");
    expect(valueAt(snap, "Oversigt", "B12")).toBe(1); // Delvist opfyldt: 1 goal
    expect(oversigt.charts.map((c) => c.name).sort()).toEqual([
      "Målopfyldelse pr. mål",
      "Statusfordeling",
    ]);
    const bars = oversigt.charts.find((c) => c.name === "Målopfyldelse pr. mål")!;
    expect(bars.series[0].values).toEqual([1, 1, 1, 1, 1, 0.75, 1, 1, 1]);
    expect(bars.valueAxis).toMatchObject({ minimum: 0, maximum: 1 });
    expect(snap.sheets.find((s) => s.name === STATE_SHEET)?.visibility).toBe("VeryHidden");
  });

  test("a second run leaves the workbook identical: one set of columns, same charts and conditional formats", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
    await runOnWorkbook(host.run, RUN);
    const first = host.snapshot();
    const again = await runOnWorkbook(host.run, RUN);
    expect(again.status).toBe("written");
    expect(again.conflicts).toEqual([]);
    const second = host.snapshot();
    // The state sheet records fingerprints of both runs by design, and the host numbers conditional formats anew when
    // they are replaced; everything the user sees is identical.
    const visible = (s: HostSnapshot) => ({
      ...s,
      sheets: s.sheets
        .filter((x) => x.name !== STATE_SHEET)
        .map((x) => ({
          ...x,
          conditionalFormats: x.conditionalFormats.map((c) => ({ ...c, id: "" })),
        })),
    });
    expect(visible(second)).toEqual(visible(first));
  });

  test("the same for a plain range under a title", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020, { asTable: false }));
    await runOnWorkbook(host.run, RUN);
    const first = host.snapshot();
    expect(valueAt(first, "Mål", "H3")).toBe("Opfyldelse");
    expect(valueAt(first, "Mål", "I9")).toBe("Delvist opfyldt");
    await runOnWorkbook(host.run, RUN);
    const second = host.snapshot();
    expect(cellsOf(second, "Mål")).toEqual(cellsOf(first, "Mål"));
    expect(second.sheets.find((s) => s.name === "Mål")!.conditionalFormats).toHaveLength(5);
  });
});

/** The scale tests take minutes; a mutation run (npm run mutate) leaves them out. */
const scaleTest = process.env.MUTATION_RUN ? test.skip : test;

describe("round trips and payload", () => {
  async function syncsFor(rows: number) {
    const host = hostFor(goalWorkbook(manyGoals(rows)));
    host.stats.reset();
    const outcome = await runOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("written");
    return host.stats;
  }

  // A first run: scan (3) and plan (1), the state sheet made in a run of its own (2: setup.ts), then scan, plan and
  // write (5). A re-run: scan, plan and write (5).
  scaleTest(
    "the number of syncs is the same for 10 and 10,000 goal rows (at most 11 on a first run, 5 on a re-run)",
    async () => {
      const small = await syncsFor(10);
      const large = await syncsFor(10_000);
      expect(small.syncs).toBe(large.syncs);
      expect(small.syncs).toBeLessThanOrEqual(11);
      const host = hostFor(goalWorkbook(manyGoals(10)));
      await runOnWorkbook(host.run, RUN);
      host.stats.reset();
      expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
      expect(host.stats.syncs).toBeLessThanOrEqual(5);
    },
    120_000
  );

  scaleTest(
    "no request or response is over 5 MB at 100,000 goal rows",
    async () => {
      const stats = await syncsFor(100_000);
      const limit = 5 * 1024 * 1024;
      expect(Math.max(...stats.requests.map((r) => r.requestBytes))).toBeLessThanOrEqual(limit);
      expect(Math.max(...stats.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(limit);
      expect(stats.requests.every((r) => r.error === undefined)).toBe(true);
    },
    300_000
  );
});

describe("text from the workbook stays text", () => {
  test.each(['=HYPERLINK("http://x")', "+45 virksomheder", "-5 % fald", "@mention", "'citeret"])(
    "a goal titled %s",
    async (title) => {
      const rows = NORDJYLLAND_2020.map((r) =>
        r[0] === "1" ? [r[0], title, title, ...r.slice(3)] : r
      );
      const host = hostFor(goalWorkbook(rows));
      const outcome = await runOnWorkbook(host.run, RUN);
      expect(outcome.status).toBe("written");
      const snap = host.snapshot();
      // The title on the summary sheet and the explanation that starts with the part name are text, not formulas.
      const title18 = cellsOf(snap, "Oversigt").get("D18")!;
      expect(title18.formula).toBeUndefined();
      expect(title18.value).toBe(title);
      const explanation = cellsOf(snap, "Mål").get("J4")!;
      expect(explanation.formula).toBeUndefined();
      expect(String(explanation.value).startsWith(title)).toBe(true);
    }
  );
});

describe("the user's own cells", () => {
  test("a value typed in an output column is a conflict; overwritten only when asked, kept in the backup, back with Fortryd", async () => {
    const host = hostFor(
      goalWorkbook(NORDJYLLAND_2020, {
        headers: [...["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"], "Status"],
      })
    );
    // The consultant's own Status column already says something for goal 6 (row 9) — column H.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("H9").values = [["Næsten i mål"]];
      await context.sync();
    });
    const asked = await runOnWorkbook(host.run, RUN);
    expect(asked.status).toBe("conflicts");
    expect(asked.conflicts).toEqual([
      { sheet: "Mål", cell: "H9", current: "Næsten i mål", next: "Delvist opfyldt" },
    ]);
    expect(valueAt(host.snapshot(), "Mål", "H9")).toBe("Næsten i mål"); // nothing written

    const written = await runOnWorkbook(host.run, { ...RUN, overwrite: true });
    expect(written.status).toBe("written");
    expect(valueAt(host.snapshot(), "Mål", "H9")).toBe("Delvist opfyldt");
    expect(
      written
        .plan!.backup[0].cells.flat()
        .some((c) => c !== null && "value" in c && c.value === "Næsten i mål")
    ).toBe(true);

    const undone = await undoLastRun(host.run);
    expect(undone.status).toBe("undone");
    const after = host.snapshot();
    expect(valueAt(after, "Mål", "H9")).toBe("Næsten i mål");
    expect(after.tables.find((t) => t.name === "Maal")!.columns).toEqual([
      ...["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"],
      "Status",
    ]);
    // The summary sheet is emptied, not deleted (Worksheet.delete would clear the user's undo stack).
    expect(cellsOf(after, "Oversigt").size).toBe(0);
  });

  test("after a run, the add-in's own values are not conflicts, but a value the user changed is", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
    await runOnWorkbook(host.run, RUN);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("J5").values = [["Min egen note"]];
      await context.sync();
    });
    const outcome = await runOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("conflicts");
    expect(outcome.conflicts.map((c) => c.cell)).toEqual(["J5"]);
  });

  test("data right of a plain range where the new columns would go stops the run before anything is written", async () => {
    const wb = goalWorkbook(NORDJYLLAND_2020, { asTable: false });
    wb.getWorksheet("Mål")!.getCell("I6").value = "note";
    const host = hostFor(wb);
    const outcome = await runOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("errors");
    expect(outcome.errors[0]).toMatchObject({ sheet: "Mål", cell: "I6" });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål"]);
  });

  test("Fortryd after a first run removes the added columns and empties the summary sheet", async () => {
    const host = hostFor(goalWorkbook(NORDJYLLAND_2020));
    const before = host.snapshot();
    await runOnWorkbook(host.run, RUN);
    expect((await undoLastRun(host.run)).status).toBe("undone");
    const after = host.snapshot();
    expect(cellsOf(after, "Mål")).toEqual(cellsOf(before, "Mål"));
    expect(after.tables).toEqual(before.tables);
    // No sheet is deleted in an ordinary run (undo page, "Unsupported APIs"): Oversigt stays, empty, and the next
    // Beregn draws on it again.
    expect(after.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name)).toEqual([
      "Mål",
      "Oversigt",
    ]);
    expect(cellsOf(after, "Oversigt").size).toBe(0);
    expect((await undoLastRun(host.run)).status).toBe("nothing");
    expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual([
      "Mål",
      "Målopfyldelse_data",
      "Oversigt",
    ]);
  });
});

describe("errors in the workbook", () => {
  test("nothing is written and every error names its cell", async () => {
    const rows = NORDJYLLAND_2020.map((r) =>
      r[0] === "1" ? [...r.slice(0, 3), "7O", ...r.slice(4)] : r
    );
    const host = hostFor(goalWorkbook(rows));
    const outcome = await runOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("errors");
    expect(outcome.errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`)).toEqual([
      "Mål!D4: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)",
    ]);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål"]);
  });
});
