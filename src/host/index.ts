/* global Excel */ // Office.js types only (@types/office-js); nothing reads the global at run time.
// The in-memory Excel host: the subset of the Excel JavaScript API (Office.js) the adapter uses, over an ExcelJS
// workbook, with Office.js's strict proxy semantics (load + sync before reading, queued writes, errors at sync,
// payload limits). Runs in Node and in the browser: callers pass buffers, never paths.
//
//   const host = await loadExcelHost(bytes);
//   await host.run(async (context) => { … the same code as inside Excel.run … });
//   const saved = await host.toXlsx();

import ExcelJS from "exceljs";
import { HostWorkbook, type ResolvedHostOptions } from "./model/workbook";
import { takeSnapshot } from "./model/snapshot";
import { writeXlsx } from "./model/xlsx";
import { HostRequestContext } from "./runtime/context";
import { HostEngine } from "./runtime/engine";
import { NotImplementedByHostError } from "./errors";
import { preflightXlsx } from "../files/xlsxPreflight";
import { DEFAULT_PROFILE, PROFILES, profileDefaults, setSupported } from "./platform/profiles";
import { environmentVariable, resolveStrictness } from "./platform/strictness";
import type { ExcelHost, ExcelHostOptions, HostRunOptions, PlatformProfile } from "./types";

export type * from "./types";
export { HostApiError, NotImplementedByHostError } from "./errors";
export { PROFILES } from "./platform/profiles";
export { STRICTNESS_NAMES } from "./platform/strictness";
export { cellsUnderCharts, clippedCells, estimatedTextPoints } from "./model/display";

/** Options from the environment, for surveys of the adapter under Excel's behaviours (src/host/README.md). */
function environmentOptions(): ExcelHostOptions {
  const profile = environmentVariable("EXCEL_HOST_PROFILE");
  if (profile !== undefined && !(PROFILES as readonly string[]).includes(profile))
    throw new Error(`EXCEL_HOST_PROFILE: unknown profile '${profile}' (${PROFILES.join(", ")})`);
  return {
    profile: profile as PlatformProfile | undefined,
    mergeUndoGroupByDefault: environmentVariable("EXCEL_HOST_MERGE_UNDO") === "1" || undefined,
    structureProtected: environmentVariable("EXCEL_HOST_STRUCTURE_PROTECTED") === "1" || undefined,
  };
}

export function resolveOptions(options: ExcelHostOptions): ResolvedHostOptions {
  const given = { ...stripUndefined(environmentOptions()), ...stripUndefined(options) };
  const profile = given.profile ?? DEFAULT_PROFILE;
  const defaults = profileDefaults(profile);
  return {
    profile,
    strict: resolveStrictness(given.strictness),
    payloadLimitBytes: given.payloadLimitBytes ?? defaults.payloadLimitBytes,
    decimalSeparator: given.decimalSeparator ?? ",",
    excelSeparators: given.excelSeparators,
    cellReadLimit: given.cellReadLimit ?? 5_000_000,
    workbookName: given.workbookName ?? "Workbook.xlsx",
    requirementSets: given.requirementSets ?? defaults.requirementSets,
    structureProtected: given.structureProtected ?? false,
    mergeUndoGroupByDefault: given.mergeUndoGroupByDefault ?? false,
    today: given.today ?? (() => new Date()),
  };
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** A host over an ExcelJS workbook, which it then owns: read and change it only through the host. */
export function createExcelHost(
  workbook: ExcelJS.Workbook,
  options: ExcelHostOptions = {}
): ExcelHost {
  const resolved = resolveOptions(options);
  const engine = new HostEngine(new HostWorkbook(workbook, resolved));

  async function run<T>(
    first: HostRunOptions | HostRequestContext | Batch<T>,
    second?: Batch<T>
  ): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (first instanceof HostRequestContext) {
      // Excel.run(context, batch): a batch on an earlier run's context, as removing an event handler needs
      // ("Remove event handlers using the remove method with the same RequestContext",
      // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
      if (typeof batch !== "function") throw new TypeError("run: the batch must be a function");
      first._reopen();
      try {
        const result = await batch(first as unknown as Excel.RequestContext);
        await first._flush();
        return result;
      } finally {
        first._close();
      }
    }
    const runOptions: HostRunOptions = typeof first === "function" ? {} : (first ?? {});
    if (typeof batch !== "function") throw new TypeError("run: the batch must be a function");
    for (const key of Object.keys(runOptions)) {
      if (key !== "mergeUndoGroup" && key !== "delayForCellEdit")
        throw new NotImplementedByHostError(`RunOptions.${key}`);
    }
    // mergeUndoGroup is ExcelApi 1.20; an Excel without it has no undo groups (the host then runs ungrouped).
    const grouped =
      (runOptions.mergeUndoGroup ?? resolved.mergeUndoGroupByDefault) === true &&
      setSupported(resolved.requirementSets, "ExcelApi", "1.20");
    const context = new HostRequestContext(engine, engine.startRun(grouped));
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends what the batch left queued (developers should not rely on it; the stats mark it).
      await context._flush();
      return result;
    } finally {
      context._close();
    }
  }

  return {
    run: run as ExcelHost["run"],
    stats: engine.stats,
    profile: resolved.profile,
    undo: engine.undo,
    diagnostics: profileDefaults(resolved.profile).diagnostics,
    isSetSupported: (name, minVersion) => setSupported(resolved.requirementSets, name, minVersion),
    staleFormulas: () => engine.wb.calculation.staleAddresses(),
    failSync: (fault) => engine.failSync(fault),
    toXlsx: () => writeXlsx(engine.wb),
    snapshot: () => takeSnapshot(engine.wb),
    events: engine.wb.events,
  };
}

/** A host over an .xlsx file's bytes. A file outside Excel's limits (or a zip bomb) is refused with a
 * WorkbookRefusedError before ExcelJS reads it (src/files, docs/files.md). */
export async function loadExcelHost(
  data: ArrayBuffer | Uint8Array,
  options: ExcelHostOptions = {}
): Promise<ExcelHost> {
  await preflightXlsx(data);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return createExcelHost(workbook, options);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
