// docs/excel-fidelity.md lists every Excel API member the add-in calls. This test runs the adapter's user-facing
// flows on the host (first run, re-run, Fortryd, allocation, a saved scenario, what-if reading, a cell selection, and
// a write that fails half-way and is rolled back) under every profile, collects the Office.js members they touched
// (host.stats.members), and fails naming any member the document does not list, so the list cannot fall behind
// the code. Kontrollér Excel (issue 13, item 3) is to check exactly this list.
import { describe, expect, test } from "@jest/globals";
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { createWhatIf, parseChanges } from "../../src/core/whatif";
import {
  readWorkbookTables,
  runAllocationOnWorkbook,
  runOnWorkbook,
  saveScenario,
  selectCell,
  undoLastRun,
  writeComparison,
} from "../../src/excel";
import { compareTables } from "../../src/core/compare";
import { listenToSheet } from "../../src/excel/workbook/changes";
import { readLastRun } from "../../src/excel/workbook/undoRun";
import { createExcelHost, PROFILES, type ExcelHost } from "../../src/host";
import { sampleHost } from "../helpers/samples";
import { seed002Table } from "../helpers/seed002";
import { FIXED_NOW, goalWorkbook, nordjylland2020Rows } from "../helpers/workbooks";

const ROOT = path.join(__dirname, "..", "..");
const RUN = { now: FIXED_NOW, runId: "fidelity" };

/** Seed 000's allocation key as a consultant pastes it (as in test/excel/allocation.test.ts). */
async function allocationWorkbook(): Promise<ExcelJS.Workbook> {
  const csv = path.join(ROOT, "assets", "fordeling-sydjylland-2020.csv");
  const text = (await fs.readFile(csv, "utf8")).replace(/^\uFEFF/, "");
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Nøgle");
  text
    .trim()
    .split(/\r?\n/)
    .forEach((line, r) =>
      line.split(";").forEach((cell, c) => {
        sheet.getCell(r + 1, c + 1).value =
          c === 1 && r > 0 ? Number(cell.replace(/\./g, "")) : cell;
      })
    );
  return wb;
}

/** Every flow of the add-in once; returns the members used. */
async function membersUsed(profile: (typeof PROFILES)[number]): Promise<Set<string>> {
  const used = new Set<string>();
  const collect = (host: ExcelHost) => host.stats.members.forEach((_n, m) => used.add(m));

  const goals = createExcelHost(goalWorkbook(await nordjylland2020Rows()), { profile });
  expect((await runOnWorkbook(goals.run, RUN)).status).toBe("written");
  expect((await runOnWorkbook(goals.run, RUN)).status).toBe("written");
  expect((await undoLastRun(goals.run)).status).toBe("undone");
  const { tables } = await readWorkbookTables(goals.run);
  const result = createWhatIf(tables).evaluate(parseChanges(["1.resultat=58"]).changes);
  expect((await saveScenario(goals.run, result, RUN)).status).toBe("written");
  expect((await undoLastRun(goals.run)).status).toBe("undone");
  await selectCell(goals.run, "Mål", "H4");
  // A section's own Fortryd reads the last run from A1 of the state sheet (the scenario was undone: none left); the
  // pane listens to the goal sheet.
  expect(await readLastRun(goals.run)).toBeUndefined();
  expect(await listenToSheet(goals.run, "Mål", () => undefined)).toBe(true);
  collect(goals);

  const allocation = createExcelHost(await allocationWorkbook(), { profile });
  const outcome = await runAllocationOnWorkbook(allocation.run, {
    total: 10_000_000,
    unit: 1000,
    instalments: 4,
    ...RUN,
  });
  expect(outcome.status).toBe("written");
  collect(allocation);

  // Fortryd right after a first run takes the added columns and sheets away again.
  const undone = createExcelHost(goalWorkbook(await nordjylland2020Rows()), { profile });
  expect((await runOnWorkbook(undone.run, RUN)).status).toBe("written");
  expect((await undoLastRun(undone.run)).status).toBe("undone");
  collect(undone);

  // Sammenlign: two contract years side by side (filter buttons where ExcelApi 1.9 is), a re-run, and Fortryd.
  const compared = await sampleHost("nordjylland2021", { profile });
  const years = compareTables([
    { label: "2021", tables: [await seed002Table(2021)] },
    { label: "2022", tables: [await seed002Table(2022)] },
  ]);
  expect((await writeComparison(compared.run, years, RUN)).status).toBe("written");
  expect((await writeComparison(compared.run, years, RUN)).status).toBe("written");
  expect((await undoLastRun(compared.run)).status).toBe("undone");
  collect(compared);
  // Fortryd right after a first comparison empties the sheet it made, filter buttons included.
  const comparedOnce = await sampleHost("nordjylland2021", { profile });
  expect((await writeComparison(comparedOnce.run, years, RUN)).status).toBe("written");
  expect((await undoLastRun(comparedOnce.run)).status).toBe("undone");
  collect(comparedOnce);

  // A write that fails after its first write sync: the run restores the workbook (rollback.ts).
  const failing = createExcelHost(goalWorkbook(await nordjylland2020Rows()), { profile });
  // Sync 11 of a first run is its write: scan (3) and plan (1), the state sheet's setup (2), scan and plan again (4).
  failing.failSync({ code: "GeneralException", onSync: 11, afterOperations: 3 });
  const failed = await runOnWorkbook(failing.run, RUN);
  expect(failed.status).toBe("failed");
  collect(failing);
  return used;
}

/** Member names in the first column of the document's tables: | `Range.values` | … */
async function documented(): Promise<Set<string>> {
  const text = await fs.readFile(path.join(ROOT, "docs", "excel-fidelity.md"), "utf8");
  return new Set([...text.matchAll(/^\| `([A-Za-z]+\.[A-Za-z]+)` \|/gm)].map((m) => m[1]));
}

describe.each(PROFILES)(
  "docs/excel-fidelity.md covers every member the add-in uses (%s)",
  (profile) => {
    test("no member is missing from the document", async () => {
      const used = await membersUsed(profile);
      const listed = await documented();
      const missing = [...used].filter((m) => !listed.has(m)).sort();
      expect(missing).toEqual([]);
      // The flows really ran: the central members are among those used.
      for (const m of ["Range.values", "Worksheet.getRangeByIndexes", "RequestContext.sync"])
        expect(used).toContain(m);
    });
  }
);
