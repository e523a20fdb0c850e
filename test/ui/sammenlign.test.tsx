// The Sammenlign section on the real adapter and the in-memory Excel host, with seed 002's 2021 and 2022 goal tables
// in one workbook (sheets "Mål 2021" and "Mål 2022"). Oracle: seed 002's slides (1 goal taken out, 6 changed, 5
// unchanged, none new) and the 2021 status's overall (85,7 %, 50–91,7 %, 7 of 12 goals measured).
import { describe, expect, test } from "@jest/globals";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { seed002TwoYears } from "../helpers/compareWorkbooks";
import { cellText, idle, renderPane, openMoreSection } from "./support";

const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

async function openCompare(user: ReturnType<typeof userEvent.setup>, name = "Sammenlign") {
  await openMoreSection(user, name);
  await nextFrame();
  await screen.findAllByRole("checkbox", undefined, { timeout: 20000 });
  await idle();
}

describe("Sammenlign: seed 002, 2021 → 2022", () => {
  test("lists both goal tables named by their years, writes Sammenligning, and says what it found", async () => {
    const user = userEvent.setup();
    const { host, afterWrite } = renderPane(seed002TwoYears());
    await idle();
    await openCompare(user);
    const panel = screen.getByRole("region", { name: "Sammenlign" });
    const boxes = within(panel).getAllByRole("checkbox");
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true]);
    expect(
      within(panel).getByRole("textbox", { name: "Navn for Mål 2021 (område)" })
    ).toHaveProperty("value", "2021");
    expect(
      within(panel).getByRole("textbox", { name: "Navn for Mål 2022 (område)" })
    ).toHaveProperty("value", "2022");
    const results = await axe(panel);
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await user.click(within(panel).getByRole("button", { name: "Sammenlign" }));
    await idle();
    const written = await screen.findByTestId("compare-written");
    expect(written.textContent).toContain("Se arket Sammenligning.");
    expect(written.textContent).toContain("0 nye, 1 udgåede, 6 ændrede og 5 uændrede mål");
    expect(written.textContent).toContain("2021: 85,7 % (50–91,7 %), 7 af 12 mål målt");
    expect(screen.getByTestId("sammenlign-live-region").textContent).toBe(
      "Sammenligningen er skrevet i arket Sammenligning."
    );
    expect(afterWrite.count).toBe(1);
    expect(await cellText(host, "Sammenligning", "C4")).toBe(1);
    expect(await cellText(host, "Sammenligning", "C5")).toBe(6);

    // Read again: the comparison's own sheet is not offered as a goal table.
    await user.click(within(panel).getByRole("button", { name: "Genindlæs" }));
    await idle();
    expect(within(panel).getAllByRole("checkbox")).toHaveLength(2);
  }, 600_000);

  test("one table ticked, or two with the same name: Sammenlign is not offered, and the pane says why", async () => {
    const user = userEvent.setup();
    renderPane(seed002TwoYears());
    await idle();
    await openCompare(user);
    const panel = screen.getByRole("region", { name: "Sammenlign" });
    const run = within(panel).getByRole("button", { name: "Sammenlign" });
    const second = within(panel).getByRole("textbox", { name: "Navn for Mål 2022 (område)" });
    await user.clear(second);
    await user.type(second, "2021");
    expect(run.getAttribute("aria-disabled")).toBe("true");
    expect(
      within(panel).getByText("To måltabeller har samme navn: 2021, 2021. Giv dem hver sit.")
    ).toBeTruthy();
    await user.click(within(panel).getAllByRole("checkbox")[1]);
    expect(within(panel).getByText("Vælg mindst to måltabeller at sammenligne.")).toBeTruthy();
    expect(run.getAttribute("aria-disabled")).toBe("true");
  }, 600_000);

  test("in English: the tab and its words", async () => {
    const user = userEvent.setup();
    renderPane(seed002TwoYears(), { locale: "en" });
    await idle();
    await openCompare(user, "Compare");
    const panel = screen.getByRole("region", { name: "Compare" });
    expect(within(panel).getByRole("button", { name: "Compare" })).toBeTruthy();
    expect(within(panel).getByRole("group", { name: "Goal tables to compare" })).toBeTruthy();
  }, 600_000);
});
