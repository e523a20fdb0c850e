// Kontrollér Excel's check of Worksheet.onChanged (ExcelApi 1.7), the event the pane listens to so it notices edits
// to the table it shows (changes.ts). A self-check cannot make the user type, but Excel raises the event for an add-in's
// own writes too ("Events within an Excel workbook can be triggered by: … Office Add-in (JavaScript) code that changes
// the workbook", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events): the check listens through the
// pane's own listenToSheet, writes one cell of the temporary sheet, and waits for the event. Events arrive after the
// sync, asynchronously, so it waits up to EVENT_WAIT_MS. The handler goes with the temporary sheet at the end.
import { listenToSheet, type SheetChange } from "./changes";
import type { ExcelRunner } from "./runner";
import { CHECK_SHEET, checkBlock, expectEqual, Mismatch, type SelfCheck } from "./selfCheckKit";
import { executeOps } from "./write";

/** How long the check waits for Excel to raise the event after the write. */
export const EVENT_WAIT_MS = 5000;

export const changeEvents: SelfCheck = {
  name: "Ændringer i arket meldes (som når brugeren retter i måltabellen)",
  members: ["Worksheet.onChanged"],
  run: async (context) => {
    const inThisRun: ExcelRunner = (batch) => batch(context);
    let seen: (change: SheetChange) => void = () => undefined;
    const changed = new Promise<SheetChange>((resolve) => (seen = resolve));
    const listening = await listenToSheet(inThisRun, CHECK_SHEET, (change) => seen(change));
    expectEqual("lytter på det midlertidige ark", listening, true);
    await executeOps(context, [{ kind: "values", block: checkBlock(50, 3, 0, 0), values: [[58]] }]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>(
      (resolve) => (timer = setTimeout(() => resolve(null), EVENT_WAIT_MS))
    );
    const change = await Promise.race([changed, timeout]);
    clearTimeout(timer);
    if (!change)
      throw new Mismatch(`ingen hændelse ${EVENT_WAIT_MS / 1000} sekunder efter skrivningen i D51`);
    expectEqual("ændret område", change.address, "D51");
  },
};
