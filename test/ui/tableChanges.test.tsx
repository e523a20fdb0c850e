// The pane notices edits to the goal table it shows (src/taskpane/shared/useSheetChanges.ts, on the host's
// Worksheet.onChanged): an edit made outside the pane (here through the host, as the workbench's grid writes) says
// "Tabellen er ændret" and the figure follows; the pane's own Beregn raises events too (Excel's events page), and the
// pane does not take them for an edit.
import { describe, expect, test } from "@jest/globals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { goalWorkbook, idle, renderPane } from "./support";

const overallShows = (text: string) =>
  waitFor(() => expect(within(screen.getByTestId("overall")).getByText(text)).toBeTruthy(), {
    timeout: 10000,
  });

describe("edits to the goal table", () => {
  test("an edit outside the pane: the pane says so and previews again (goal 1 at 58 → 91,7 %)", async () => {
    const { host } = renderPane(goalWorkbook());
    await overallShows("97,2 %");
    await idle();
    // Goal 1's Resultat (Mål!D4) typed as 58, as a user does in Excel.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("D4").values = [[58]];
      await context.sync();
    });
    await screen.findByText("Tabellen er ændret – forhåndsvisningen opdateres …", undefined, {
      timeout: 5000,
    });
    await overallShows("91,7 %");
    await waitFor(() => expect(screen.queryByTestId("table-changed")).toBeNull());
  });

  test("the pane's own Beregn is not taken for an edit", async () => {
    const user = userEvent.setup();
    const { runner } = renderPane(goalWorkbook());
    await overallShows("97,2 %");
    await idle();
    await user.click(screen.getByRole("button", { name: "Beregn" }));
    await screen.findByText(/^Seneste kørsel: .* – 97,2 %/, undefined, { timeout: 10000 });
    await idle();
    const calls = runner.calls;
    // Longer than the debounce and the grace after the pane's own run: nothing is read again, nothing said.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(screen.queryByTestId("table-changed")).toBeNull();
    expect(runner.calls).toBe(calls);
  });
});
