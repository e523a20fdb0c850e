// The pane's own runs, so a change event they caused is not taken for the user's edit: Excel raises Worksheet.onChanged
// for the add-in's own writes too (src/excel/workbook/changes.ts). Events that arrive while one of the pane's runs is
// under way, or shortly after (Excel delivers them after the request), are the pane's own.
import type { ExcelRunner } from "./workbook";

/** How long after its own run ends the pane still treats an event as its own. */
export const OWN_EVENT_GRACE_MS = 300;

export interface OwnRuns {
  runner: ExcelRunner;
  /** Whether an event arriving now may come from the pane's own write. */
  ownNow(): boolean;
}

export function trackOwnRuns(runner: ExcelRunner): OwnRuns {
  let inFlight = 0;
  // A timer, not the clock: the grace must pass even where Date is held still (the browser test's fixed clock).
  let grace = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const tracked: ExcelRunner = async (batch) => {
    inFlight++;
    try {
      return await runner(batch);
    } finally {
      inFlight--;
      grace = true;
      if (graceTimer !== undefined) clearTimeout(graceTimer);
      graceTimer = setTimeout(() => {
        grace = false;
      }, OWN_EVENT_GRACE_MS);
    }
  };
  return { runner: tracked, ownNow: () => inFlight > 0 || grace };
}
