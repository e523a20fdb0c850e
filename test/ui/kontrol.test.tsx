// Kontrollér Excel in the pane (issue 13, item 3): a tab of its own, not the first screen; it runs the self-check on
// the in-memory host and shows the platform, the requirement sets, each check, and "Kopiér rapport", which copies the
// same report as text.
import { describe, expect, test } from "@jest/globals";
import { TextDecoder } from "util";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CHECK_SHEET } from "../../src/excel";
import { goalWorkbook, idle, renderPane, openMoreSection } from "./support";

// jsdom has no TextDecoder; the .xlsx pre-flight check (src/files) that reads the samples needs Node's.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder });

const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe("Kontrollér Excel", () => {
  test("the report lists every check as passed, and Kopiér rapport copies it", async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(async (text: string) => void text);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { host } = renderPane(goalWorkbook(), {
      diagnostics: { platform: "OfficeOnline", version: "16.0.19029.10000" },
      isSetSupported: (name, version) => name === "ExcelApi" && version !== "1.20",
    });
    await idle();
    // Not the first screen: the first tab is Målopfyldelse.
    expect(screen.getAllByRole("tab")[0].textContent).toBe("Målopfyldelse");
    await openMoreSection(user, "Kontrollér Excel");
    await nextFrame();
    await user.click(
      await screen.findByRole("button", { name: "Kontrollér Excel" }, { timeout: 10000 })
    );
    const summary = await screen.findByText(
      /^\d+ af \d+ kontroller bestået$/,
      {},
      { timeout: 30000 }
    );
    const [passed, total] = summary.textContent!.match(/\d+/g)!.map(Number);
    expect(passed).toBe(total);
    expect(total).toBeGreaterThanOrEqual(12);
    expect(screen.getByText("Excel 16.0.19029.10000 (OfficeOnline)")).toBeTruthy();
    expect(
      screen.getByText(
        "Kravsæt: ExcelApi 1.7 ja, ExcelApi 1.9 ja, ExcelApi 1.11 ja, ExcelApi 1.13 ja, ExcelApi 1.16 ja, ExcelApi 1.20 nej"
      )
    ).toBeTruthy();
    const items = screen.getByRole("list", { name: "Rapport" }).querySelectorAll("li");
    expect(items).toHaveLength(total);
    items.forEach((li) => expect(li.textContent).toMatch(/: Bestået$/));
    expect(host.snapshot().sheets.some((s) => s.name === CHECK_SHEET)).toBe(false);

    await user.click(screen.getByRole("button", { name: "Kopiér rapport" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0][0];
    expect(copied).toContain("Platform: OfficeOnline");
    expect(copied).toContain(`${total} af ${total} kontroller bestået`);
    expect(await screen.findByText("Rapporten er kopieret.")).toBeTruthy();
  });
});
