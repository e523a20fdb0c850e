// The pane's error list jumps to the cell an error names.
import type { ExcelRunner } from "./runner";

/** Activates the sheet and selects the cell. */
export async function selectCell(runner: ExcelRunner, sheet: string, cell: string): Promise<void> {
  await runner(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
