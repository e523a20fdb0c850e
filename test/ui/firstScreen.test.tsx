// The pane's first screen (issue 14, item 6): a workbook with a key table and no goal table opens on Fordeling, not
// on Målopfyldelse's "ingen måltabel fundet"; a workbook with a goal table, or with neither, stays on Målopfyldelse.
// The key table is seed 003's Nordjylland key (amounts only), as in fordeling.test.tsx.
import { describe, expect, test } from "@jest/globals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { goalWorkbook, idle, renderPane } from "./support";

function keyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Basisbevilling");
  sheet.addTable({
    name: "Noegle2019",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Kommune" }, { name: "Beløb (1.000 kr.)" }],
    rows: [
      ["Morsø", 576],
      ["Thisted", 1224],
      ["Aalborg", 5976],
    ],
  });
  return wb;
}

const selected = (name: string) =>
  screen.getByRole("tab", { name }).getAttribute("aria-selected") === "true";

describe("the first screen", () => {
  test("a key table and no goal table: the pane opens on Fordeling, no red 'ingen måltabel fundet' in view", async () => {
    renderPane(keyWorkbook());
    await waitFor(() => expect(selected("Fordeling")).toBe(true), { timeout: 90000 });
    await idle();
    expect(selected("Målopfyldelse")).toBe(false);
    // Målopfyldelse's panel (with its message) is hidden; Fordeling's is shown.
    expect(document.getElementById("panel-maalopfyldelse")?.hidden).toBe(true);
    expect(document.getElementById("panel-fordeling")?.hidden).toBe(false);
    // The message stays in Målopfyldelse's (hidden) panel, for when the user opens that tab; none is in view.
    expect(
      within(document.getElementById("panel-fordeling")!).queryByText(/ingen måltabel/)
    ).toBeNull();
  });

  test("a goal table: the pane stays on Målopfyldelse", async () => {
    renderPane(goalWorkbook());
    await screen.findByText("Samlet målopfyldelse", undefined, { timeout: 20000 });
    await idle();
    expect(selected("Målopfyldelse")).toBe(true);
  });

  test("neither table: the pane stays on Målopfyldelse and says what it looked for", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1").getCell("A1").value = "Noter";
    renderPane(wb);
    await screen.findByText(/ingen måltabel fundet/, undefined, { timeout: 20000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(selected("Målopfyldelse")).toBe(true);
  });

  test("a tab the user chose first is kept", async () => {
    const user = userEvent.setup();
    renderPane(keyWorkbook(), {}, { held: true });
    await user.click(screen.getByRole("tab", { name: "Hvad nu hvis" }));
    expect(selected("Hvad nu hvis")).toBe(true);
  });
});
