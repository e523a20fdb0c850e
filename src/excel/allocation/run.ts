// Splitting a grant by population key in a workbook ("Skriv fordelingen"): the same lifecycle as Beregn
// (workbook/lifecycle.ts), with the allocation core (src/core/allocate) in the middle:
//   read (read.ts: the key table and its owned columns, one sync) → compute (compute.ts, pure) → plan (plan.ts, pure)
// Writes three owned columns into the key table (Beregnet andel, Beregnet beløb, Pr. rate; on the table's own total
// row, the sums: the check row), and the sheet "Fordeling" with the parameters, the full split with a total row, the
// audit findings and a bar chart of the amounts. With `shipped` (a hub and a year) there is no key table: the key is
// DST's populations (shipped.ts) and the Fordeling sheet is the key table, written for the user.
import type { Allocation, AuditReport } from "../../core/allocate";
import type { CellError } from "../../core/model";
import { newRunId, runWriter, type Ending, type WritePlan } from "../workbook/lifecycle";
import type { Conflict } from "../workbook/outputColumns";
import type { ExcelRunner } from "../workbook/runner";
import type { RunFailure } from "../workbook/writeRun";
import { computeSplit, type SplitSettings } from "./compute";
import { planAllocation } from "./plan";
import { mergedOutputErrors } from "../workbook/mergedCells";
import { chooseKeySource, keySources, noKeyTable, readKeyData } from "./read";
import { allocationSheetName } from "./sheet";
import { computeShippedSplit, planShippedAllocation, type ShippedKeyChoice } from "./shipped";

export { ALLOCATION_SHEET } from "./sheet";

export interface AllocationRunOptions extends SplitSettings {
  /** The key table (sheet + table name, or the sheet name for a plain range); default: the first one found. */
  table?: { sheet: string; name: string };
  /** Split by Danmarks Statistik's populations for a hub and a year instead of a key table. */
  shipped?: ShippedKeyChoice;
  /** The date of the population count ("1. januar 2018"), shown on the Fordeling sheet. */
  countDate?: string;
  /** Compute and audit, write nothing (the pane's preview while the user types). */
  dryRun?: boolean;
  overwrite?: boolean;
  locale?: "da" | "en";
  now?: Date;
  runId?: string;
  cultureInfo?: boolean;
  /** Whether the host has ExcelApi 1.13: then merged cells over the owned columns stop the run. Default true. */
  mergedAreas?: boolean;
}

export interface AllocationRunOutcome {
  status: "written" | "errors" | "conflicts" | "preview" | "failed";
  candidates: { sheet: string; name: string; source: "table" | "range" }[];
  table: { sheet: string; name: string; source: "table" | "range" } | null;
  allocation: Allocation | null;
  audit: AuditReport | null;
  errors: CellError[];
  conflicts: Conflict[];
  /** With `shipped`: the hub and the credit line ("Kilde: Danmarks Statistik (FOLK1A, …)"). */
  shipped?: { hub: string; year: number; source: string };
  /** The add-in's sheet the allocation is (or would be) drawn on: Fordeling, or Fordeling (beregnet) … */
  sheet?: string;
  failure?: RunFailure;
}

export async function runAllocationOnWorkbook(
  runner: ExcelRunner,
  options: AllocationRunOptions
): Promise<AllocationRunOutcome> {
  const locale = options.locale ?? "da";
  const lifecycle = {
    locale,
    cultureInfo: options.cultureInfo ?? true,
    dryRun: options.dryRun,
    overwrite: options.overwrite,
  };
  return runWriter<AllocationRunOutcome>(runner, lifecycle, async ({ context, layout, guard }) => {
    const sources = keySources(layout);
    const candidates = sources.map((s) => ({ sheet: s.sheet, name: s.name, source: s.source }));
    const source = chooseKeySource(sources, options.table);
    const empty = { candidates, allocation: null, audit: null, conflicts: [] as Conflict[] };
    if (options.shipped) {
      const sheet = allocationSheetName(layout);
      // The one sheet the write changes; nothing else is read, so this sync carries only its protection check.
      guard([sheet]);
      await context.sync();
      const split = computeShippedSplit(options.shipped, options, locale, { sheet, cell: "A1" });
      if (!split.ok)
        return { stop: { ...empty, status: "errors", table: null, errors: split.errors } };
      const plan = planShippedAllocation({
        layout,
        sheet,
        hub: split.hub,
        year: options.shipped.year,
        allocation: split.allocation,
        audit: split.audit,
        now: options.now ?? new Date(),
        runId: options.runId ?? newRunId(),
      });
      const base = { candidates, table: null, allocation: split.allocation, audit: split.audit };
      const shipped = { hub: split.hub, year: options.shipped.year, source: split.source };
      return {
        plan,
        finish: (ending: Ending) => ({ ...allocationOutcome(base, plan, ending), shipped }),
      };
    }
    if (!source) {
      const stop: AllocationRunOutcome = {
        ...empty,
        status: "errors",
        table: null,
        errors: [noKeyTable(layout, locale)],
      };
      return { stop };
    }
    const table = { sheet: source.sheet, name: source.name, source: source.source };
    // Both sheets the write changes, checked in the read's sync.
    guard([source.sheet, allocationSheetName(layout)]);
    const data = await readKeyData(context, layout, source, options.mergedAreas ?? true);
    const split = computeSplit(data.input, options, locale, layout.decimalSeparator);
    // Merged cells where the run would write: nothing is written until the user unmerges them.
    const merged = mergedOutputErrors(source.sheet, data.merged, locale, "key");
    if (!split.ok || merged.length > 0) {
      const stop: AllocationRunOutcome = {
        ...empty,
        status: "errors",
        table,
        errors: [...(split.ok ? [] : split.errors), ...merged],
      };
      return { stop };
    }
    const { key, allocation, audit } = split;
    const plan = planAllocation({
      layout,
      source,
      outputs: data.outputs,
      key,
      allocation,
      audit,
      countDate: options.countDate,
      now: options.now ?? new Date(),
      runId: options.runId ?? newRunId(),
      locale,
    });
    const base = { candidates, table, allocation, audit };
    return { plan, finish: (ending: Ending) => allocationOutcome(base, plan, ending) };
  });
}

/** How a planned Fordeling ended, as the pane sees it. */
function allocationOutcome(
  base: Pick<AllocationRunOutcome, "candidates" | "table" | "allocation" | "audit">,
  plan: WritePlan,
  ending: Ending
): AllocationRunOutcome {
  switch (ending.status) {
    case "errors":
      return { ...base, status: "errors", errors: ending.errors, conflicts: [] };
    case "written":
      return {
        ...base,
        status: "written",
        errors: [],
        conflicts: plan.conflicts,
        sheet: plan.sheet ?? undefined,
      };
    case "failed":
      return {
        ...base,
        status: "failed",
        errors: [],
        conflicts: plan.conflicts,
        failure: ending.failure,
      };
    default:
      return { ...base, status: ending.status, errors: [], conflicts: plan.conflicts };
  }
}
