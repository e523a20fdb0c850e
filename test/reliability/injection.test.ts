// Formula injection: text from the workbook that the add-in writes back must never become a formula (or a number, a
// logical or an error) — whatever it starts with: "=", "+", "-", "@", a tab, a carriage return, an apostrophe.
// Per writer: the goal run (titles, parts, segments and reasons inside explanations, the summary, a sheet named like a
// formula), the allocation run (municipality names on the Fordeling sheet and in its audit lines), the scenario sheet,
// the add-in's own state sheet (JSON split into chunks), and Fortryd putting the user's own cells back.
// After each write: no cell the write changed holds a formula, and the texts read back exactly as they were typed.
import ExcelJS from "exceljs";
import { createWhatIf, parseChanges } from "../../src/core/whatif";
import {
  runAllocationOnWorkbook,
  readWorkbookTables,
  runOnWorkbook,
  undoLastRun,
  saveScenario,
} from "../../src/excel";
import { createExcelHost, type ExcelHost, type HostSnapshot } from "../../src/host";
import { STATE_SHEET } from "../helpers/fuzzChecks";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import {
  FIXED_NOW,
  goalWorkbook,
  hostFor,
  nordjylland2020Rows,
  type GoalRow,
} from "../helpers/workbooks";

/** Fortryd empties the summary sheet a first run made instead of deleting it (no sheet is deleted in an ordinary run:
 * Worksheet.delete has no undo support, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities). */
const EMPTIED = "Oversigt";

/** Seed 004's nine goals, from assets/ (test/helpers/samples.ts). */
let NORDJYLLAND_2020: GoalRow[];
beforeAll(async () => {
  NORDJYLLAND_2020 = await nordjylland2020Rows();
});

const RUN = { now: FIXED_NOW, runId: "inj" };

/** What a spreadsheet would run, or read as something else than text, if it were typed as it is. */
export const HOSTILE = [
  '=HYPERLINK("http://evil.example","klik")',
  "=cmd|' /C calc'!A0",
  "+45 virksomheder",
  "-5 % fald",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "'citeret",
  "12,5",
  "TRUE",
  "#N/A",
  "=",
];

function cellsOf(snapshot: HostSnapshot, sheet: string) {
  return snapshot.sheets.find((s) => s.name === sheet)?.cells ?? [];
}

/** Cells a write changed that now hold a formula. */
function formulasWritten(before: HostSnapshot, after: HostSnapshot): string {
  return describeChanges(
    diffSnapshots(before, after).filter(
      (c) => c.after !== null && typeof (c.after as { formula?: string }).formula === "string"
    )
  );
}

/** Every text the write put in its cells, as read back. */
function textsWritten(before: HostSnapshot, after: HostSnapshot): string[] {
  return diffSnapshots(before, after)
    .map((c) => c.after as { value?: unknown } | null)
    .filter((c): c is { value: string } => typeof c?.value === "string")
    .map((c) => c.value);
}

describe("the goal run", () => {
  test.each(HOSTILE)(
    "a title, part, segment and reason %j stay text on the summary and in Forklaring",
    async (text) => {
      // Goal 1: title and part; goal 3 agreed at 80 % with a reason.
      const rows = NORDJYLLAND_2020.map((r) => {
        if (r[0] === "1") return [r[0], text, text, ...r.slice(3), null, null];
        if (r[0] === "3") return [...r, "80 %", text];
        return [...r, null, null];
      });
      const wb = goalWorkbook(rows, {
        headers: [
          ...["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"],
          ...["Aftalt opfyldelse", "Begrundelse"],
        ],
      });
      const host = createExcelHost(wb);
      const before = host.snapshot();
      const outcome = await runOnWorkbook(host.run, RUN);
      expect(outcome.errors).toEqual([]);
      expect(outcome.status).toBe("written");
      const after = host.snapshot();
      expect(formulasWritten(before, after)).toBe("");
      // The texts read back exactly as the calculator made them (it trims what it reads: "\t=1+1" is "=1+1").
      const [goal1, , goal3] = outcome.result.goals;
      expect(goal1.title).toBe(text.trim());
      const summary = cellsOf(after, "Oversigt");
      expect(summary.find((c) => c.address === "D18")).toMatchObject({
        value: goal1.title,
        valueType: "String",
      });
      const texts = textsWritten(before, after);
      // The part name leads goal 1's explanation; the reason is inside goal 3's.
      expect(goal1.explanation.startsWith(text.trim())).toBe(true);
      expect(goal3.explanation).toContain(`: ${text.trim()}.`);
      expect(texts).toContain(goal1.explanation);
      expect(texts).toContain(goal3.explanation);
    }
  );

  test.each(["=Mål", "+Mål", "-Mål", "@Mål"])(
    "a goal sheet named %j: the summary's address of the table is text",
    async (name) => {
      const wb = goalWorkbook(NORDJYLLAND_2020);
      wb.getWorksheet("Mål")!.name = name;
      const host = createExcelHost(wb);
      const before = host.snapshot();
      expect((await runOnWorkbook(host.run, RUN)).status).toBe("written");
      const after = host.snapshot();
      expect(formulasWritten(before, after)).toBe("");
      expect(cellsOf(after, "Oversigt").find((c) => c.address === "B3")?.value).toBe(
        `'${name}'!A3:J12`
      );
    }
  );
});

describe("the allocation run", () => {
  test("municipality names that look like formulas stay text on Fordeling and in the audit", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Nøgle");
    sheet.addRow(["Kommune", "Indbyggere", "Andel"]);
    HOSTILE.forEach((name, i) => sheet.addRow([`${name} ${i}`, 1000 + i, "1 %"]));
    const host = createExcelHost(wb);
    const before = host.snapshot();
    const outcome = await runAllocationOnWorkbook(host.run, {
      total: 1_000_000,
      now: FIXED_NOW,
      runId: "inj",
      overwrite: true,
    });
    expect(outcome.status).toBe("written");
    expect(outcome.audit!.findings.length).toBeGreaterThan(0);
    const after = host.snapshot();
    expect(formulasWritten(before, after)).toBe("");
    const texts = textsWritten(before, after);
    // The names as the key reader took them (trimmed: "\t=1+1 5" is "=1+1 5").
    HOSTILE.forEach((name, i) => expect(texts).toContain(`${name} ${i}`.trim()));
    // An audit line names the municipality's cell in words, its message after it, all text.
    expect(texts.some((t) => /^Arket Nøgle, celle C\d+: /.test(t))).toBe(true);
  });
});

describe("the scenario sheet", () => {
  test("goal titles that look like formulas stay text on the saved scenario", async () => {
    const rows = NORDJYLLAND_2020.map((r, i) =>
      i < HOSTILE.length ? [r[0], HOSTILE[i], ...r.slice(2)] : r
    );
    const host = hostFor(goalWorkbook(rows));
    const before = host.snapshot();
    const { tables } = await readWorkbookTables(host.run);
    const result = createWhatIf(tables).evaluate(parseChanges(["1.resultat=58"]).changes);
    expect((await saveScenario(host.run, result, { now: FIXED_NOW, runId: "s" })).status).toBe(
      "written"
    );
    const after = host.snapshot();
    expect(formulasWritten(before, after)).toBe("");
    const texts = textsWritten(before, after);
    HOSTILE.slice(0, rows.length).forEach((title) => expect(texts).toContain(title.trim()));
  });
});

describe("the add-in's own state sheet", () => {
  test("backup chunks that begin with '=' or '-' are stored as text and read back whole", async () => {
    // A user's Status text long enough that the backup's JSON is split into 30 000-character chunks, and the split
    // falls inside a run of "=" and "-": the second chunk starts with a formula character.
    const long = `${"=".repeat(29_950)}-${"-".repeat(500)}`;
    const host = hostFor(
      goalWorkbook(NORDJYLLAND_2020, {
        headers: ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel", "Status"],
      })
    );
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("H9").values = [[`'${long}`]];
      await context.sync();
    });
    const before = host.snapshot();
    expect((await runOnWorkbook(host.run, { ...RUN, overwrite: true })).status).toBe("written");
    const after = host.snapshot();
    const state = cellsOf(after, STATE_SHEET);
    expect(state.filter((c) => c.formula !== undefined)).toEqual([]);
    expect(state.filter((c) => c.column >= 2 && c.row >= 1).length).toBeGreaterThan(1);
    expect(String(state.find((c) => c.address === "A1")?.value).startsWith("{")).toBe(true);
    expect((await undoLastRun(host.run)).status).toBe("undone");
    expect(
      describeChanges(
        diffSnapshots(before, host.snapshot(), { ignoreSheets: [STATE_SHEET, EMPTIED] })
      )
    ).toBe("");
  });
});

describe("Fortryd puts the user's cells back as they were", () => {
  async function overwriteAndUndo(cell: unknown, how: "values" | "formulas"): Promise<ExcelHost> {
    const host = hostFor(
      goalWorkbook(NORDJYLLAND_2020, {
        headers: ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel", "Status"],
      })
    );
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mål").getRange("H9");
      if (how === "values") range.values = [[cell as string]];
      else range.formulas = [[cell as string]];
      await context.sync();
    });
    const before = host.snapshot();
    const run = await runOnWorkbook(host.run, { ...RUN, overwrite: true });
    expect(run.status).toBe("written");
    expect(
      cellsOf(host.snapshot(), "Mål").find((c) => c.address === "H9")?.formula
    ).toBeUndefined();
    expect((await undoLastRun(host.run)).status).toBe("undone");
    const changes = diffSnapshots(before, host.snapshot(), {
      ignoreSheets: [STATE_SHEET, EMPTIED],
    });
    expect(describeChanges(changes)).toBe("");
    return host;
  }

  test("a user's text '=HYPERLINK(…)' typed with an apostrophe is text again, not a formula", async () => {
    const host = await overwriteAndUndo(`'=HYPERLINK("http://evil.example","klik")`, "values");
    const h9 = cellsOf(host.snapshot(), "Mål").find((c) => c.address === "H9");
    expect(h9).toMatchObject({
      value: '=HYPERLINK("http://evil.example","klik")',
      valueType: "String",
    });
    expect(h9?.formula).toBeUndefined();
  });

  test.each(["'+45", "'-5", "'@x", "'\t=1", "'12,5", "'TRUE", "'#N/A"])(
    "the text %j comes back as the same text",
    async (typed) => {
      const host = await overwriteAndUndo(typed, "values");
      const h9 = cellsOf(host.snapshot(), "Mål").find((c) => c.address === "H9");
      expect(h9).toMatchObject({ value: typed.slice(1), valueType: "String" });
    }
  );

  test("the user's own formula comes back as that formula (Fortryd means it)", async () => {
    const host = await overwriteAndUndo("=1+1", "formulas");
    expect(cellsOf(host.snapshot(), "Mål").find((c) => c.address === "H9")?.formula).toBe("=1+1");
  });

  test("an error typed as a constant comes back as that error", async () => {
    const host = await overwriteAndUndo("#N/A", "values");
    expect(cellsOf(host.snapshot(), "Mål").find((c) => c.address === "H9")).toMatchObject({
      value: "#N/A",
      valueType: "Error",
    });
  });
});
