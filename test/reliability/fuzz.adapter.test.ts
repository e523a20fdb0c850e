// Generated workbooks (test/helpers/fuzzWorkbooks.ts) through Beregn on the strict in-memory Excel host.
// Fixed seed; FUZZ_RUNS=2000 runs more, FUZZ_SEED=<n> replays another seed. For every workbook:
//  - runOnWorkbook resolves (no exception escapes), whatever the file holds;
//  - every error names a sheet of the workbook and an A1 cell inside the goal table (or where its output columns would
//    go) or inside an evaluation table;
//  - a run that ends in "errors" or "conflicts" changes nothing at all (the whole snapshot, hidden sheets included);
//  - a written run changes only the add-in's own cells: the three output columns, the table's ref growing by them,
//    the summary sheet and the very hidden state sheet; and no cell it wrote holds a formula;
//  - the same bytes give the same outcome and the same workbook, run twice on two hosts (fixed now and runId);
//  - a re-run finds no conflicts in its own output, and Fortryd after it, or after a first run, or after an
//    overwrite of the user's cells, gives back every visible sheet exactly (only the hidden state sheet remembers).
import fc from "fast-check";
import { readAllTables, runOnWorkbook, undoLastRun } from "../../src/excel";
import { loadExcelHost, type ExcelHost, type HostSnapshot } from "../../src/host";
import {
  foreignChanges,
  misplacedErrors,
  STATE_SHEET,
  tableBox,
  writtenFormulas,
  type Box,
} from "../helpers/fuzzChecks";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import {
  fuzzBookArb,
  fuzzSettings,
  makeFuzzBookArb,
  workbookBytes,
  type FuzzBook,
} from "../helpers/fuzzWorkbooks";
import { FIXED_NOW } from "../helpers/workbooks";

const RUN = { now: FIXED_NOW, runId: "fuzz" };

/** How the generated workbooks ended, so the test fails if the generator stops reaching an outcome. */
const seen: Record<string, number> = {};

/** Whether a merge in the body covers one of the add-in's output columns. */
function mergeOverOutput(book: FuzzBook): boolean {
  return book.merges.some((m) =>
    book.columns.slice(m.column, m.column + m.columns).some((c) => c.role.startsWith("out"))
  );
}

async function expectUndoRestores(host: ExcelHost, target: HostSnapshot): Promise<void> {
  const undone = await undoLastRun(host.run);
  expect(undone.status).toBe("undone");
  const changes = diffSnapshots(target, host.snapshot(), { ignoreSheets: [STATE_SHEET] });
  expect(describeChanges(changes)).toBe("");
}

/** Written workbooks (at once, or after the overwrite question) with merged cells, and with merged output cells. */
function countMerges(book: FuzzBook): void {
  seen.writtenAtAll = (seen.writtenAtAll ?? 0) + 1;
  if (book.merges.length > 0 || book.titleMerge) seen.writtenWithMerges = (seen.writtenWithMerges ?? 0) + 1;
  if (mergeOverOutput(book)) seen.writtenOverMergedOutput = (seen.writtenOverMergedOutput ?? 0) + 1;
}

/**
 * Checks one workbook. A merge over an output column is a known gap (see the last test): the run still writes only
 * its own cells, no formulas, the same way every time, but its re-run and Fortryd are only checked with `strict`.
 */
async function checkBook(book: FuzzBook, strict = !mergeOverOutput(book)): Promise<void> {
  const bytes = await workbookBytes(book);
  const host = await loadExcelHost(bytes);
  const twin = await loadExcelHost(bytes);
  const before = host.snapshot();
  const tables = (await readAllTables((await loadExcelHost(bytes)).run)).tables;

  const outcome = await runOnWorkbook(host.run, RUN);
  const again = await runOnWorkbook(twin.run, RUN);
  const after = host.snapshot();
  seen[outcome.status] = (seen[outcome.status] ?? 0) + 1;

  // Same bytes, same outcome, same workbook.
  expect(JSON.stringify(again)).toBe(JSON.stringify(outcome));
  expect(twin.snapshot()).toEqual(after);

  // Errors name real cells inside the tables.
  const goal = outcome.result.goalTable;
  const boxes: Box[] = tables.map((t) => tableBox(t));
  if (goal) boxes.push(tableBox(goal, 3));
  const sheets = before.sheets.map((s) => s.name);
  expect(misplacedErrors(outcome.errors, sheets, boxes)).toEqual([]);

  switch (outcome.status) {
    case "errors":
      expect(outcome.errors.length).toBeGreaterThan(0);
      expect(describeChanges(diffSnapshots(before, after))).toBe("");
      break;
    case "conflicts": {
      expect(outcome.conflicts.length).toBeGreaterThan(0);
      expect(describeChanges(diffSnapshots(before, after))).toBe("");
      // Asked again with overwrite, it writes only its own cells; Fortryd gives the user's values back.
      const forced = await runOnWorkbook(host.run, { ...RUN, overwrite: true });
      expect(forced.status).toBe("written");
      countMerges(book);
      const goalBox = { ...forced.result.goalTable!, ...forced.goalTable! };
      expect(describeChanges(foreignChanges(before, host.snapshot(), goalBox))).toBe("");
      if (strict) await expectUndoRestores(host, before);
      break;
    }
    case "written": {
      countMerges(book);
      expect(goal).not.toBeNull();
      const goalBox = { ...goal!, ...outcome.goalTable! };
      expect(describeChanges(foreignChanges(before, after, goalBox))).toBe("");
      expect(describeChanges(writtenFormulas(before, after))).toBe("");
      if (!strict) break;
      // A re-run recognises its own cells (no conflicts) and changes nothing the user sees.
      const rerun = await runOnWorkbook(host.run, RUN);
      expect(rerun.status).toBe("written");
      expect(rerun.conflicts).toEqual([]);
      const rerunChanges = diffSnapshots(after, host.snapshot(), { ignoreSheets: [STATE_SHEET] });
      expect(describeChanges(rerunChanges)).toBe("");
      // Fortryd of the re-run, then of … nothing more: only one run can be undone.
      await expectUndoRestores(host, after);
      break;
    }
    default:
      throw new Error(`unexpected status ${outcome.status}`);
  }
}

describe("generated workbooks on the in-memory host (fast-check)", () => {
  test("Beregn never throws, names real cells, writes only its own cells, the same way every time; Fortryd restores", async () => {
    await fc.assert(fc.asyncProperty(fuzzBookArb, (book) => checkBook(book)), fuzzSettings(150));
    // The generator reaches every outcome (otherwise the properties above would hold vacuously).
    expect(seen.written).toBeGreaterThan(0);
    expect(seen.errors).toBeGreaterThan(0);
    expect(seen.conflicts).toBeGreaterThan(0);
    if (process.env.FUZZ_REPORT) console.log(`fuzz.adapter outcomes: ${JSON.stringify(seen)}`);
    // Merged cells come up in written workbooks often, over the add-in's output columns too.
    expect(seen.writtenWithMerges ?? 0).toBeGreaterThanOrEqual(seen.writtenAtAll * 0.25);
    expect(seen.writtenOverMergedOutput ?? 0).toBeGreaterThan(0);
  }, 600_000);

  test("Fortryd after a first run restores the exact workbook", async () => {
    const reached = { runs: 0, written: 0, knownGap: 0 };
    await fc.assert(
      fc.asyncProperty(makeFuzzBookArb({ clean: true }), async (book) => {
        reached.runs++;
        if (mergeOverOutput(book)) {
          reached.knownGap++; // the last test
          return;
        }
        const host = await loadExcelHost(await workbookBytes(book));
        const before = host.snapshot();
        const outcome = await runOnWorkbook(host.run, { ...RUN, overwrite: true });
        if (outcome.status !== "written") return;
        reached.written++;
        await expectUndoRestores(host, before);
      }),
      fuzzSettings(60)
    );
    // Clean workbooks are written (the property is checked), nearly all of them.
    expect(reached.written).toBeGreaterThanOrEqual((reached.runs - reached.knownGap) * 0.8);
    if (process.env.FUZZ_REPORT) console.log(`Fortryd property: ${JSON.stringify(reached)}`);
  }, 600_000);

  // KNOWN GAP, found by this fuzzer (issue 12): with cells of an output column merged over two goal rows, the host
  // writes each row's value into the merged area's top-left cell (ExcelJS's model), so the re-run sees another row's
  // value there, and after an overwrite Fortryd cannot give back the user's own value in a merged cell. What Excel
  // does with Range.values over part of a merged area is not on Learn (KB 983435 says pasted data goes into every
  // underlying cell, only the top-left shown), and ExcelApi 1.7 cannot read merges (Range.getMergedAreasOrNullObject
  // is ExcelApi 1.13). Host (src/host) and adapter must settle it; this test then passes, and `test.failing` turns
  // red: make it a plain test.
  test.failing("KNOWN GAP: an output column merged over goal rows: re-run and Fortryd as for any workbook", async () => {
    const merged = makeFuzzBookArb({ clean: true }).filter(
      (book) => mergeOverOutput(book) && book.body.length > 1
    );
    await fc.assert(
      fc.asyncProperty(merged, (book) => checkBook(book, true)),
      fuzzSettings(30)
    );
  }, 600_000);
});
