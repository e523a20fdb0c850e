// Failures in the middle of a run of each writer (Beregn, Skriv fordelingen, Gem scenarie, Skriv spredningen), injected with host.failSync at every sync of the run and at several points inside
// each sync (afterOperations: that many of the sync's operations are applied, then it rejects). The property, for
// every case: the workbook is left exactly as before (the whole snapshot, the add-in's very hidden state sheet
// included) or exactly as a clean run leaves it — never half. A failed outcome carries Excel's code and whether it
// was put back; a failure before the write (scan or read) rejects with the code and has written nothing.
//
// Then two failures at once (the write and the rollback's first sync: Excel is gone for good), the recovery through
// Fortryd and through the next run; a table or sheet deleted by the user between the read and the write; a sheet
// protected before the run and one protected during it; and Fortryd after a successful run.
import { readFileSync } from "fs";
import { createWhatIf, parseChanges } from "../../src/core/whatif";
import {
  readWorkbookTables,
  runAllocationOnWorkbook,
  runOnWorkbook,
  runSpreadOnWorkbook,
  saveScenario,
  undoLastRun,
  type ExcelRunner,
} from "../../src/excel";
import { loadExcelHost, type ExcelHost, type HostSnapshot } from "../../src/host";
import {
  cleanRun,
  FAULT_CODES,
  faultedRun,
  freshHost,
  operationPoints,
  RUN,
  runWriter,
  writePoints,
  stateMeta,
  type CleanRun,
  type Scenario,
} from "../helpers/fuzzFaults";
import { STATE_SHEET } from "../helpers/fuzzChecks";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { SAMPLE as CRM_SAMPLE } from "../helpers/crmSample";
import { keyWorkbook, sampleBytes, sampleWorkbook } from "../helpers/samples";
import { goalWorkbook, nordjylland2020Rows, type GoalRow } from "../helpers/workbooks";

/** Seed 004's nine goals, from assets/ (test/helpers/samples.ts). */
let NORDJYLLAND_2020: GoalRow[];
beforeAll(async () => {
  NORDJYLLAND_2020 = await nordjylland2020Rows();
});

const HEADERS = ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel"];

async function bytesOf(options: Parameters<typeof goalWorkbook>[1] = {}): Promise<Uint8Array> {
  return new Uint8Array(await goalWorkbook(NORDJYLLAND_2020, options).xlsx.writeBuffer());
}

async function typeInto(host: ExcelHost, sheet: string, address: string, value: unknown) {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value as string]];
    await context.sync();
  });
}

/** Seed 004's report with seed 003's key beside it, as .xlsx bytes. */
async function reportWithKey(): Promise<Uint8Array> {
  const wb = keyWorkbook("nordjylland2019", await sampleWorkbook("nordjylland2020"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Seed 004 with goal 1 at NPS 58 and its full tier lowered to 55, as Hvad nu hvis computes it. */
async function whatIfOf(bytes: Uint8Array) {
  const { tables } = await readWorkbookTables((await loadExcelHost(bytes)).run);
  return createWhatIf(tables).evaluate(parseChanges(["1.resultat=58", "1.mål100=55"]).changes);
}

/**
 * The runs under test: Beregn (first run on a table and on a plain range, a re-run after an edit, an overwrite of a
 * user's value), Skriv fordelingen (on a key of its own, and after Beregn on the same workbook) and Gem scenarie
 * (a first one, and a second after Beregn).
 */
async function scenarios(): Promise<Scenario[]> {
  const keyBytes = new Uint8Array(await keyWorkbook("sydjylland2020").xlsx.writeBuffer());
  const withKey = await reportWithKey();
  const sample = new Uint8Array(sampleBytes("nordjylland2020"));
  const whatIf = await whatIfOf(sample);
  const crm = new Uint8Array(readFileSync(CRM_SAMPLE));
  return [
    { name: "first run on an Excel table", bytes: await bytesOf() },
    { name: "first run on a plain range", bytes: await bytesOf({ asTable: false }) },
    {
      name: "re-run after the user changed a result",
      bytes: await bytesOf(),
      prepare: async (host) => {
        await runOnWorkbook(host.run, { ...RUN, runId: "earlier" });
        await typeInto(host, "Mål", "D4", 55);
      },
    },
    {
      name: "overwrite of the user's own Status value",
      bytes: await bytesOf({ headers: [...HEADERS, "Status"] }),
      prepare: (host) => typeInto(host, "Mål", "H9", "Næsten i mål"),
      options: { overwrite: true },
    },
    {
      name: "Skriv fordelingen on seed 000's key",
      bytes: keyBytes,
      writer: (runner) =>
        runAllocationOnWorkbook(runner, { ...RUN, total: 10_000_000, unit: 1000, instalments: 4 }),
    },
    {
      name: "Skriv fordelingen after Beregn, seed 003's key beside seed 004's report",
      bytes: withKey,
      prepare: async (host) => {
        await runOnWorkbook(host.run, { ...RUN, runId: "earlier" });
      },
      writer: (runner) =>
        runAllocationOnWorkbook(runner, {
          ...RUN,
          total: 16_500_000,
          unit: 1000,
          instalments: 12,
          basis: "amount",
        }),
    },
    {
      name: "Skriv fordelingen from Danmarks Statistik's populations (no key table)",
      bytes: sample,
      writer: (runner) =>
        runAllocationOnWorkbook(runner, {
          ...RUN,
          shipped: { hub: "Nordjylland", year: 2018 },
          total: 16_500_000,
          unit: 1000,
          instalments: 12,
        }),
    },
    {
      name: "Skriv spredningen on the sample CRM list, after Beregn",
      bytes: crm,
      prepare: async (host) => {
        await runOnWorkbook(host.run, { ...RUN, runId: "earlier" });
      },
      writer: (runner) => runSpreadOnWorkbook(runner, { ...RUN, hub: "Nordjylland", year: 2021 }),
    },
    {
      name: "Gem scenarie on seed 004",
      bytes: sample,
      writer: (runner) => saveScenario(runner, whatIf, { now: RUN.now, runId: "fault" }),
      addsASheetEachRun: true,
    },
    {
      name: "Gem scenarie after Beregn and a first scenario",
      bytes: sample,
      prepare: async (host) => {
        await runOnWorkbook(host.run, { ...RUN, runId: "earlier" });
        await saveScenario(host.run, whatIf, { now: RUN.now, runId: "earlier-scenario" });
      },
      writer: (runner) => saveScenario(runner, whatIf, { now: RUN.now, runId: "fault" }),
      addsASheetEachRun: true,
    },
  ];
}

function same(a: HostSnapshot, b: HostSnapshot, ignoreState = false): string {
  // No sheet is deleted in an ordinary run (Worksheet.delete has no undo support: learn.microsoft.com/office/dev/
  // add-ins/excel/excel-add-ins-undo-capabilities). So a first run makes the very hidden state sheet in a run of its
  // own before it writes (setup.ts) and keeps it, and a rollback or Fortryd empties a sheet the run made instead of
  // deleting it. A visible sheet missing from `a` that is empty in `b` (no cells, charts or rules) is such a sheet,
  // and the state sheet is the add-in's bookkeeping, which nobody sees, when `a` had none; anything else counts.
  const hadState = a.sheets.some((s) => s.name === STATE_SHEET);
  const ignore = new Set(
    b.sheets
      .filter((s) =>
        s.name === STATE_SHEET
          ? ignoreState || (!hadState && s.visibility === "VeryHidden")
          : !a.sheets.some((x) => x.name === s.name) &&
            s.cells.length === 0 &&
            s.charts.length === 0 &&
            s.conditionalFormats.length === 0 &&
            /^(Oversigt|Fordeling|Scenarie \d+|Spredning|Sammenligning)$/.test(s.name)
      )
      .map((s) => s.name)
  );
  if (ignoreState) ignore.add(STATE_SHEET);
  // Positions are compared among the sheets that remain, and the state sheet's record of the add-in's sheets
  // without the emptied ones (it keeps them, to draw on them again), its keys in one order.
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])])
          )
        : v;
  const meta = (cell: HostSnapshot["sheets"][number]["cells"][number]) => {
    if (cell.address !== "A1" || typeof cell.value !== "string") return cell;
    try {
      const parsed = JSON.parse(cell.value) as { owned?: { sheets?: string[] } };
      if (parsed.owned?.sheets) parsed.owned.sheets = parsed.owned.sheets.filter((n) => !ignore.has(n));
      const text = JSON.stringify(canonical(parsed));
      return { ...cell, value: text, text };
    } catch {
      return cell;
    }
  };
  const without = (snap: HostSnapshot): HostSnapshot => {
    const sheets = snap.sheets.filter((s) => !ignore.has(s.name));
    const order = [...sheets].sort((x, y) => x.position - y.position).map((s) => s.name);
    return {
      ...snap,
      sheets: sheets.map((s) => ({
        ...s,
        position: order.indexOf(s.name),
        cells: s.name === STATE_SHEET ? s.cells.map(meta) : s.cells,
      })),
    };
  };
  return describeChanges(diffSnapshots(without(a), without(b)));
}

let all: Scenario[];
const clean = new Map<string, CleanRun>();
const tally = { cases: 0, before: 0, written: 0, rejected: 0 };
/** Cases per scenario that ended restored ("failed") or written, so every writer is seen failing and finishing. */
const perScenario = new Map<string, { failed: number; written: number }>();

beforeAll(async () => {
  all = await scenarios();
  for (const s of all) clean.set(s.name, await cleanRun(s));
});

/** The full matrices take minutes; a mutation run (npm run mutate) leaves them out. */
const matrixTest = process.env.MUTATION_RUN ? test.skip : test;

describe("one failed sync, at every sync of the run and inside it", () => {
  matrixTest(
    "the workbook is exactly as before or exactly as a clean run leaves it, for every code and point",
    async () => {
      for (const scenario of all) {
        const base = clean.get(scenario.name)!;
        perScenario.set(scenario.name, { failed: 0, written: 0 });
        for (const code of FAULT_CODES) {
          for (let sync = 1; sync <= base.operations.length; sync++) {
            const n = base.operations[sync - 1];
            // Scan and read syncs only read: none, half or all of their operations is enough there.
            const points =
              sync === base.operations.length
                ? writePoints(n, 6)
                : process.env.FUZZ_RUNS
                  ? operationPoints(n)
                  : [0, Math.floor(n / 2), n];
            for (const after of points) {
              tally.cases++;
              const where = `${scenario.name}, ${code} at sync ${sync} after ${after} operations`;
              const r = await faultedRun(scenario, [
                { code, onSync: sync, afterOperations: after },
              ]);
              const asBefore = same(base.before, r.snapshot) === "";
              const asWritten = same(base.after, r.snapshot) === "";
              expect({ where, half: !(asBefore || asWritten) }).toEqual({ where, half: false });
              if (r.kind === "rejected") {
                // Before the write: Excel's code comes through and nothing was written.
                tally.rejected++;
                expect({ where, code: r.code, asBefore }).toEqual({ where, code, asBefore: true });
              } else if (r.outcome.status === "failed") {
                tally.before++;
                perScenario.get(scenario.name)!.failed++;
                expect({ where, failure: r.outcome.failure }).toEqual({
                  where,
                  failure: expect.objectContaining({ code, restored: true }),
                });
                expect({ where, asBefore }).toEqual({ where, asBefore: true });
              } else {
                // A refused read is read again in halves (payload), and a fault after the run's last sync is none.
                tally.written++;
                perScenario.get(scenario.name)!.written++;
                expect({ where, status: r.outcome.status, asWritten }).toEqual({
                  where,
                  status: "written",
                  asWritten: true,
                });
              }
            }
          }
        }
      }
      expect(tally.before).toBeGreaterThan(0);
      expect(tally.rejected).toBeGreaterThan(0);
      // A fault after the write's last operation is no fault: every scenario reaches "written" that way, and is also
      // seen failing and restored at the write. Every case lands in exactly one of the three.
      expect(tally.written).toBeGreaterThanOrEqual(all.length);
      expect(tally.before + tally.written + tally.rejected).toBe(tally.cases);
      for (const [name, counts] of perScenario) {
        expect({ name, failedSeen: counts.failed > 0, writtenSeen: counts.written > 0 }).toEqual({
          name,
          failedSeen: true,
          writtenSeen: true,
        });
      }
      if (process.env.FUZZ_REPORT) console.log(`fault matrix: ${JSON.stringify(tally)}`);
    },
    600_000
  );
});

describe("Excel gone for good: the write and its rollback both fail", () => {
  matrixTest(
    "the marker says 'i gang' whenever something changed, and Fortryd or the next run puts it right",
    async () => {
      const double = {
        ...{ cases: 0, untouched: 0, interrupted: 0, complete: 0 },
        ...{ markedInGang: 0, undoneByFortryd: 0, redoneByNextRun: 0 },
      };
      for (const scenario of all) {
        const base = clean.get(scenario.name)!;
        const write = base.operations.length;
        for (const after of writePoints(base.operations[write - 1])) {
          for (const recovery of ["Fortryd", "next run"] as const) {
            const where = `${scenario.name}, write fails after ${after}, rollback fails, ${recovery}`;
            const r = await faultedRun(scenario, [
              { code: "ConnectionFailure", onSync: write, afterOperations: after },
              { code: "ConnectionFailure", onSync: write + 1 },
            ]);
            if (r.kind !== "resolved") throw new Error(`${where}: rejected`);
            expect({ where, failure: r.outcome.failure }).toEqual({
              where,
              failure: expect.objectContaining({ code: "ConnectionFailure", restored: false }),
            });
            const marker = stateMeta(r.snapshot)?.run;
            const untouched = same(base.before, r.snapshot, true) === "";
            const complete = same(base.after, r.snapshot, true) === "";
            // Either nothing the user sees changed, or the add-in's sheet says a run is under way (or it finished).
            expect({ where, ok: untouched || marker?.status === "i gang" || complete }).toEqual({
              where,
              ok: true,
            });
            double.cases++;
            if (marker?.status === "i gang") double.markedInGang++;
            if (untouched) double.untouched++;
            else if (marker?.status === "i gang") double.interrupted++;
            else double.complete++;
            const host = r.host;
            if (recovery === "Fortryd") {
              if (marker?.status !== "i gang") continue;
              expect((await undoLastRun(host.run)).status).toBe("undone");
              expect({ where, changes: same(base.before, host.snapshot(), true) }).toEqual({
                where,
                changes: "",
              });
              expect(stateMeta(host.snapshot())?.run).toBeUndefined();
              double.undoneByFortryd++;
            } else {
              // The next run first undoes the interrupted one, so it writes the clean result and its own backup holds
              // the user's values: Fortryd then gives back the workbook as it was before both.
              const next = await runWriter(scenario, host.run);
              expect({ where, status: next.status }).toEqual({ where, status: "written" });
              if (complete && marker?.status === "færdig" && scenario.addsASheetEachRun) {
                // The scenario was saved after all; saving again is the next scenario (Scenarie 2), as a user would
                // get from pressing Gem scenarie twice.
                double.redoneByNextRun++;
                continue;
              }
              expect({ where, changes: same(base.after, host.snapshot(), true) }).toEqual({
                where,
                changes: "",
              });
              double.redoneByNextRun++;
              if (complete && marker?.status === "færdig") continue; // that run is the one before now
              expect((await undoLastRun(host.run)).status).toBe("undone");
              expect({ where, changes: same(base.before, host.snapshot(), true) }).toEqual({
                where,
                changes: "",
              });
            }
          }
        }
      }
      // Every kind of end is reached, so each branch above was checked: a write stopped before it changed anything,
      // one stopped half-way ("i gang", put right by Fortryd and by the next run) and one stopped after "færdig".
      expect(double.cases).toBe(double.untouched + double.interrupted + double.complete);
      expect(double.untouched).toBeGreaterThan(0);
      expect(double.interrupted).toBeGreaterThan(all.length);
      expect(double.complete).toBeGreaterThan(0);
      // Fortryd ran on every case marked "i gang" (half of them: the other half recovers through the next run).
      expect(double.undoneByFortryd * 2).toBe(double.markedInGang);
      expect(double.redoneByNextRun).toBe(double.cases / 2);
      if (process.env.FUZZ_REPORT) console.log(`double faults: ${JSON.stringify(double)}`);
    },
    600_000
  );
});

/** The user deletes the goal table (Excel clears its cells). */
const deleteTable = (host: ExcelHost) => () =>
  host.run(async (context) => {
    context.workbook.tables.getItem("Maal").delete();
    await context.sync();
  });

/** The user adds a goal row below a plain range, or clears its last row. */
async function changeGoalRows(host: ExcelHost, change: "gained" | "lost"): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Mål");
    if (change === "gained")
      sheet.getRange("A12:G12").values = [["9", "Ny", "", "Ja", "", "", "ja/nej"]];
    else sheet.getRange("A12:J12").clear("All" as Excel.ClearApplyTo);
    await context.sync();
  });
}

/** A runner that lets the user do something to the workbook just before the run's `at`-th sync. */
function userActsBefore(host: ExcelHost, at: number, act: () => Promise<void>): ExcelRunner {
  // Counted across the writer's Excel.run calls: a first run is three (setup.ts).
  let syncs = 0;
  return ((batch: (context: Excel.RequestContext) => Promise<unknown>) =>
    host.run(async (context) => {
      const sync = context.sync.bind(context);
      context.sync = (async (passThrough?: unknown) => {
        if (++syncs === at) await act();
        return sync(passThrough);
      }) as typeof context.sync;
      return batch(context);
    })) as ExcelRunner;
}

describe("the user changes the workbook between the read and the write", () => {
  test("the goal table deleted: the run fails with ItemNotFound and writes nothing anywhere else", async () => {
    for (const scenario of all.slice(0, 1).concat(all.slice(2, 3))) {
      const base = clean.get(scenario.name)!;
      const write = base.operations.length;
      const r = await faultedRun(scenario, [], (host) =>
        userActsBefore(host, write, deleteTable(host))
      );
      if (r.kind !== "resolved") throw new Error("rejected");
      expect(r.outcome.status).toBe("failed");
      expect(r.outcome.failure).toMatchObject({ code: "ItemNotFound", restored: true });
      // Expected: the workbook before the run, with only the user's deletion.
      const expected = await freshHost(scenario);
      await deleteTable(expected)();
      expect(same(expected.snapshot(), r.snapshot)).toBe("");
    }
  });

  test("the goal sheet deleted: ItemNotFound, the rest put back, and later runs are not blocked", async () => {
    const scenario = all[1];
    const base = clean.get(scenario.name)!;
    const write = base.operations.length;
    const deleteSheet = (host: ExcelHost) => () =>
      host.run(async (context) => {
        context.workbook.worksheets.add("Andet");
        context.workbook.worksheets.getItem("Mål").delete();
        await context.sync();
      });
    const r = await faultedRun(scenario, [], (host) =>
      userActsBefore(host, write, deleteSheet(host))
    );
    if (r.kind !== "resolved") throw new Error("rejected");
    expect(r.outcome.failure).toMatchObject({ code: "ItemNotFound", restored: true });
    const expected = await freshHost(scenario);
    await deleteSheet(expected)();
    expect(same(expected.snapshot(), r.snapshot)).toBe("");
    // Nothing is left "i gang", so the next run is an ordinary one (here: no goal table any more).
    const next = await runOnWorkbook(r.host.run, RUN);
    expect(next.status).toBe("errors");
  });

  test("a sheet protected before the run: nothing is written, failed with AccessDenied, restored", async () => {
    const scenario: Scenario = {
      ...all[0],
      name: "protected goal sheet",
      prepare: (host) =>
        host.run(async (context) => {
          context.workbook.worksheets.getItem("Mål").protection.protect();
          await context.sync();
        }),
    };
    const host = await freshHost(scenario);
    const before = host.snapshot();
    const outcome = await runOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("failed");
    expect(outcome.failure).toMatchObject({ code: "AccessDenied", restored: true });
    expect(outcome.failure?.message).toContain("'Mål' er beskyttet");
    expect(same(before, host.snapshot())).toBe("");
  });

  test("a sheet protected during the run: the rollback cannot write either; after unprotecting, Fortryd restores", async () => {
    const scenario = all[0];
    const base = clean.get(scenario.name)!;
    const write = base.operations.length;
    const protect = (host: ExcelHost) => () =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Mål").protection.protect();
        await context.sync();
      });
    const r = await faultedRun(scenario, [], (host) => userActsBefore(host, write, protect(host)));
    if (r.kind !== "resolved") throw new Error("rejected");
    expect(r.outcome.failure).toMatchObject({ code: "AccessDenied" });
    await r.host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").protection.unprotect();
      await context.sync();
    });
    if (!r.outcome.failure?.restored) {
      expect(stateMeta(r.host.snapshot())?.run?.status).toBe("i gang");
      expect((await undoLastRun(r.host.run)).status).toBe("undone");
    }
    expect(same(base.before, r.host.snapshot(), true)).toBe("");
  });
});

describe("Fortryd after a successful run", () => {
  test("gives back the exact workbook; only the hidden state sheet remembers that there is nothing to undo", async () => {
    for (const scenario of all) {
      const host = await freshHost(scenario);
      const before = host.snapshot();
      expect((await runWriter(scenario, host.run)).status).toBe("written");
      expect((await undoLastRun(host.run)).status).toBe("undone");
      const after = host.snapshot();
      expect({ scenario: scenario.name, changes: same(before, after, true) }).toEqual({
        scenario: scenario.name,
        changes: "",
      });
      expect(stateMeta(after)?.run).toBeUndefined();
      expect(after.sheets.find((s) => s.name === STATE_SHEET)?.visibility).toBe("VeryHidden");
    }
  });

  test("after a re-run on a table that gained or lost a goal, the summary's formats and charts come back too", async () => {
    for (const change of ["gained", "lost"] as const) {
      const rows = change === "gained" ? NORDJYLLAND_2020.slice(0, 8) : NORDJYLLAND_2020;
      const host = await freshHost({
        name: change,
        bytes: new Uint8Array(await goalWorkbook(rows, { asTable: false }).xlsx.writeBuffer()),
      });
      await runOnWorkbook(host.run, RUN);
      await changeGoalRows(host, change);
      const before = host.snapshot();
      expect((await runOnWorkbook(host.run, { ...RUN, runId: "second" })).status).toBe("written");
      expect((await undoLastRun(host.run)).status).toBe("undone");
      const summary = (s: HostSnapshot) => ({
        ...s,
        sheets: s.sheets.filter((x) => x.name === "Oversigt"),
        tables: [],
      });
      expect({ change, changes: same(summary(before), summary(host.snapshot())) }).toEqual({
        change,
        changes: "",
      });
    }
  });
});
