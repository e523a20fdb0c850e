// Kontrollér Excel (issue 13, item 3) on the in-memory host under each platform profile: every check passes, the
// temporary sheet is gone afterwards and nothing else changed, and the checks together call every Excel API member
// docs/excel-fidelity.md lists as called (the document is the oracle, read independently of the check list).
import { describe, expect, test } from "@jest/globals";
import { promises as fs } from "fs";
import path from "path";
import { CHECK_SHEET, formatSelfCheckReport, runSelfCheck, runOnWorkbook } from "../../src/excel";
import { createExcelHost, PROFILES } from "../../src/host";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { FIXED_NOW, goalWorkbook, nordjylland2020Rows } from "../helpers/workbooks";

const ROOT = path.join(__dirname, "..", "..");

/** Members in the document's tables that the adapter calls (rows marked "no longer called" left out). */
async function documentedCalled(): Promise<string[]> {
  const text = await fs.readFile(path.join(ROOT, "docs", "excel-fidelity.md"), "utf8");
  return [...text.matchAll(/^\| `([A-Za-z]+\.[A-Za-z]+)` \|(.*)$/gm)]
    .filter((m) => !m[2].includes("no longer called") && !m[2].includes("not called"))
    .map((m) => m[1]);
}

describe.each(PROFILES)("Kontrollér Excel on the host (%s)", (profile) => {
  test("every check passes, the temporary sheet is removed, nothing else changes", async () => {
    const host = createExcelHost(goalWorkbook(await nordjylland2020Rows()), {
      profile,
      strictness: "all",
    });
    await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "before-check" });
    const before = host.snapshot();
    host.stats.reset();
    const report = await runSelfCheck(host.run, {
      diagnostics: host.diagnostics,
      isSetSupported: host.isSetSupported,
    });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.length).toBeGreaterThanOrEqual(12);
    expect(report.platform).toBe(host.diagnostics.platform);
    expect(report.requirementSets.find((s) => s.name === "ExcelApi 1.7")?.supported).toBe(true);
    const after = host.snapshot();
    expect(after.sheets.some((s) => s.name === CHECK_SHEET)).toBe(false);
    expect(describeChanges(diffSnapshots(before, after))).toBe("");

    // Together with the runs the check reads (a scan), every member the document lists as called is exercised.
    const used = new Set(host.stats.members.keys());
    const missing = (await documentedCalled()).filter((m) => !used.has(m));
    expect(missing).toEqual([]);

    const text = formatSelfCheckReport(report);
    expect(text).toContain(`Platform: ${host.diagnostics.platform}`);
    expect(text).toContain(`${report.checks.length} af ${report.checks.length} kontroller bestået`);
  }, 120_000);

  test("a failing call is reported with Excel's error code, and the rest still run", async () => {
    const host = createExcelHost(goalWorkbook(await nordjylland2020Rows()), { profile });
    // The workbook's structure is protected: no sheet can be added, so the checks on the sheet fail with AccessDenied.
    await host.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const report = await runSelfCheck(host.run, {
      diagnostics: host.diagnostics,
      isSetSupported: host.isSetSupported,
    });
    expect(report.checks[0].ok).toBe(true);
    expect(report.checks[1]).toEqual(expect.objectContaining({ ok: false, code: "AccessDenied" }));
    expect(formatSelfCheckReport(report)).toContain(
      "FEJL Et midlertidigt ark oprettes – AccessDenied"
    );
  }, 120_000);
});
