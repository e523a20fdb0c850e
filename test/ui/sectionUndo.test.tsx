// Each section's own Fortryd (src/taskpane/shared/components/SectionUndo.tsx) on the real adapter and the in-memory
// Excel host: Fordeling's Fortryd puts the key table back exactly as it was (values, formats, table columns), and a
// section whose write is no longer the workbook's latest run is told whose run is, and nothing is undone.
import { describe, expect, test } from "@jest/globals";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { runOnWorkbook } from "../../src/excel";
import { goalWorkbook, idle, renderPane } from "./support";

/** Seed 003's key as an Excel table (amounts in 1.000 kr.), beside a goal table when `withGoals`. */
function keyWorkbook(withGoals = false): ExcelJS.Workbook {
  const wb = withGoals ? goalWorkbook() : new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Basisbevilling");
  sheet.getCell("A1").value = "Basisbevilling 2019";
  sheet.addTable({
    name: "Noegle2019",
    ref: "A3",
    headerRow: true,
    columns: [{ name: "Kommune" }, { name: "Beløb (1.000 kr.)" }],
    rows: [
      ["Morsø", 576],
      ["Thisted", 1224],
      ["Læsø", 48],
      ["Aalborg", 5976],
      ["Hjørring", 1824],
    ],
  });
  return wb;
}

type User = ReturnType<typeof userEvent.setup>;

const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/** Fordeling by the stated amounts, total 9.648.000 kr. (the printed amounts × 1.000), written. */
async function writeAllocation(user: User) {
  await idle();
  await user.click(screen.getByRole("tab", { name: "Fordeling" }));
  await nextFrame();
  await screen.findByRole("combobox", { name: /Fordelingsnøgle/ }, { timeout: 10000 });
  await idle();
  await user.click(screen.getByRole("radio", { name: /^De angivne beløb/ }));
  await idle();
  await user.type(screen.getByRole("textbox", { name: /Beløb at fordele/ }), "9.648.000");
  await waitFor(() => expect(screen.queryByTestId("allocation-sum")).not.toBeNull(), {
    timeout: 10000,
  });
  await idle();
  await user.click(screen.getByRole("button", { name: "Skriv fordelingen" }));
  await screen.findByText("Fordelingen er skrevet", undefined, { timeout: 10000 });
  await idle();
}

const undoGroup = () => screen.getByTestId("undo-fordeling");
const undoButton = () => within(undoGroup()).getByRole("button", { name: "Fortryd" });

describe("Fordeling's own Fortryd", () => {
  test("Fortryd puts the key table back exactly as it was", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(keyWorkbook(true));
    const keySheet = () => host.snapshot().sheets.find((s) => s.name === "Basisbevilling")!;
    const keyTable = () => host.snapshot().tables.find((t) => t.name === "Noegle2019")!;
    const sheetBefore = keySheet();
    const tableBefore = keyTable();

    await writeAllocation(user);
    // The write added the key table's columns (Aalborg: 5.976 of 9.648 → 5.976.000 kr.).
    expect(keyTable().columns).toEqual([
      "Kommune",
      "Beløb (1.000 kr.)",
      "Beregnet andel",
      "Beregnet beløb",
      "Pr. rate",
    ]);
    expect(keySheet()).not.toEqual(sheetBefore);
    await waitFor(() => expect(undoButton().getAttribute("aria-disabled")).not.toBe("true"), {
      timeout: 10000,
    });
    expect(
      within(undoGroup()).getByText(
        /^Fortryd sætter projektmappen tilbage til før Skriv fordelingen kl\. \d{2}\.\d{2} \(arket Fordeling\)\.$/
      )
    ).toBeTruthy();

    await user.click(undoButton());
    await within(undoGroup()).findByText(
      /^Kørslen er fortrudt: cellerne er sat tilbage, som de var før\. Arket Fordeling er tømt, men ikke slettet\.$/,
      undefined,
      { timeout: 10000 }
    );
    await idle();
    expect(keyTable()).toEqual(tableBefore);
    expect(keySheet()).toEqual(sheetBefore);
    // Nothing is left to undo: the button is off and says so.
    await waitFor(() => expect(undoButton().getAttribute("aria-disabled")).toBe("true"));
    expect(within(undoGroup()).getByText("Der er ingen kørsel at fortryde.")).toBeTruthy();
  });

  test("after Beregn, Fordeling's Fortryd says only the latest run can be undone and undoes nothing", async () => {
    const user = userEvent.setup();
    const { host, runner } = renderPane(keyWorkbook(true));
    await writeAllocation(user);
    await waitFor(() => expect(undoButton().getAttribute("aria-disabled")).not.toBe("true"), {
      timeout: 10000,
    });

    // Beregn runs behind the pane's back (another pane, a colleague): the button is still on, the undo refuses.
    await runOnWorkbook(runner);
    const written = host.snapshot();
    await user.click(undoButton());
    await within(undoGroup()).findByText(
      /^Fortryd er kun muligt for den seneste kørsel \(Beregn kl\. \d{2}\.\d{2}\)\.$/,
      undefined,
      { timeout: 10000 }
    );
    await idle();
    expect(host.snapshot()).toEqual(written);
    expect(undoButton().getAttribute("aria-disabled")).toBe("true");

    // Beregn in the pane: Fordeling reads the latest run again and says so before anyone clicks.
    await user.click(screen.getByRole("tab", { name: "Målopfyldelse" }));
    await nextFrame();
    await user.click(screen.getByRole("button", { name: "Beregn" }));
    await idle();
    await user.click(screen.getByRole("tab", { name: "Fordeling" }));
    await nextFrame();
    await waitFor(() =>
      expect(
        within(undoGroup()).getByText(
          /^Fortryd er kun muligt for den seneste kørsel \(Beregn kl\. \d{2}\.\d{2}\)\.$/
        )
      ).toBeTruthy()
    );
    expect(undoButton().getAttribute("aria-disabled")).toBe("true");
  });
});
