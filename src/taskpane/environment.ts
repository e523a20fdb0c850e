/* global Office */ // Office.js declares Office globally; only its types are used here.
// What the pane needs from its host: Office (index.tsx), the workbench page and the tests each give their own.
import type { ExcelRunner } from "../excel";

export interface PaneEnvironment {
  /** src/excel/runner.ts: Excel.run in Office, the in-memory host elsewhere. */
  runner: ExcelRunner;
  /** Danish, English when Office runs in another language. */
  locale: "da" | "en";
  /** Office's theme colours (may be absent). */
  theme?: Office.OfficeTheme | null;
  /** Office.context.requirements.isSetSupported */
  isSetSupported?: (name: string, version: string) => boolean;
  /** The workbench re-renders its grids after the pane wrote. */
  onAfterWrite?: () => void;
}
