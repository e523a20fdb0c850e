/* global Office */ // Office.js declares Office globally; only its types are used here.
// What the pane needs from its host: Office (index.tsx), the workbench page and the tests each give their own. The one
// environment type of the pane: the shell, every section and their state hooks take it as it is.
import type { ExcelRunner } from "./workbook";
import type { PaneLocale } from "./words";

export interface PaneEnvironment {
  /** src/excel/runner.ts: Excel.run in Office, the in-memory host elsewhere. */
  runner: ExcelRunner;
  /** Danish, English when Office runs in another language. */
  locale: PaneLocale;
  /** Office's theme colours (may be absent). */
  theme?: Office.OfficeTheme | null;
  /** Office.context.requirements.isSetSupported */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Office.context.platform ("PC", "Mac", "OfficeOnline", …): on "Mac" and "iOS" the pane cannot download files. */
  platform?: string;
  /** Office.context.diagnostics: platform and Excel's version, for Kontrollér Excel's report. */
  diagnostics?: { platform: string; version: string } | null;
  /** Whether one of the pane's own runs is under way or just ended (ownRuns.ts): its change events are not edits. */
  ownRunInFlight?: () => boolean;
  /** The workbench re-renders its grids after the pane wrote. */
  onAfterWrite?: () => void;
}

/** What App.tsx gives every section (sections/<name>/index.ts exports the section as its default). */
export interface SectionProps {
  env: PaneEnvironment;
  /** The section's tab is shown. A section is mounted when its tab first opens, then kept (hidden). */
  active: boolean;
  /** How many times the other sections wrote to the workbook: a section that shows what it holds reads it again. */
  otherWrites: number;
  /** How many times this section wrote to the workbook (its Fortryd reads the workbook's last run again). */
  ownWrites?: number;
  /** The section found no goal table (Målopfyldelse's first preview): the pane may open on Fordeling instead. */
  onNoGoalTable?: () => void;
}

/**
 * Whether a run may ask Excel for the workbook's decimal separator (Application.cultureInfo needs ExcelApi 1.11);
 * without a way to ask, assume it is there.
 */
export function canReadCulture(env: PaneEnvironment): boolean {
  return env.isSetSupported ? env.isSetSupported("ExcelApi", "1.11") : true;
}

/**
 * Whether a run may ask Excel where cells are merged (Range.getMergedAreasOrNullObject needs ExcelApi 1.13): then
 * merged cells over the result columns stop the run; without it the check is skipped (src/excel/workbook/
 * mergedCells.ts). Without a way to ask, assume it is there.
 */
export function canReadMerges(env: PaneEnvironment): boolean {
  return env.isSetSupported ? env.isSetSupported("ExcelApi", "1.13") : true;
}
