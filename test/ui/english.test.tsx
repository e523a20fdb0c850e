// Office in another language: the pane's own words in English, figures in English notation, the core's error
// messages in English (it gets the locale); the workbook itself stays Danish.
import { expect, test } from "@jest/globals";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { goalWorkbook, HEADERS_004, idle, renderPane, ROWS_004, tableHeaders } from "./support";

test("seed 004 in English: tabs, buttons, 97.2%, statuses and the goal lines", async () => {
  const user = userEvent.setup();
  const { host } = renderPane(goalWorkbook(), { locale: "en" });
  expect(screen.getByRole("heading", { level: 1, name: "Goal fulfilment" })).toBeTruthy();
  await idle();
  for (const name of ["Fulfilment", "Allocation", "What if"])
    expect(screen.getByRole("tab", { name })).toBeTruthy();
  expect(screen.getByText(/^Preview: nothing has been written/)).toBeTruthy();
  expect(screen.getByText("The workbook has not been calculated yet.")).toBeTruthy();
  expect(
    (screen.getByRole("combobox", { name: /Goal table/ }) as HTMLSelectElement).selectedOptions[0]
      .textContent
  ).toBe("Mål – Maal2020 (table)");

  await user.click(screen.getByRole("button", { name: "Calculate" }));
  await screen.findByText(/^Written to the workbook/, undefined, { timeout: 10000 });
  const overall = screen.getByTestId("overall");
  expect(within(overall).getByText("Overall fulfilment")).toBeTruthy();
  expect(within(overall).getByText("97.2%")).toBeTruthy();
  expect(within(overall).getByText("97.2%, 9 of 9 goals measured")).toBeTruthy();
  const counts = screen.getByRole("list", { name: "Goals by status" });
  expect(
    within(counts)
      .getAllByRole("listitem")
      .map((li) => li.textContent)
  ).toEqual(["8Met", "1Partly met"]);
  const goal6 = screen
    .getAllByRole("heading", { level: 4 })
    .find((h) => h.textContent?.startsWith("Goal 6"))!;
  expect(goal6.textContent).toContain(
    "Goal 6 – Erhvervshusene som knudepunkter i erhvervsfremmesystemet"
  );
  expect(within(goal6).getByText("Partly met")).toBeTruthy();
  expect(within(goal6).getByText("75%")).toBeTruthy();
  expect(screen.getByTestId("live-region").textContent).toBe(
    "Calculated and written: 97.2%, 9 of 9 goals measured"
  );
  expect(
    screen.getByRole("button", { name: "Undo last run" }).getAttribute("aria-disabled")
  ).not.toBe("true");
  // The workbook's own words stay Danish, whatever Office's language.
  expect(await tableHeaders(host, "Maal2020")).toEqual(
    expect.arrayContaining(["Opfyldelse", "Status", "Forklaring"])
  );
  expect((await axe(document.body)).violations).toEqual([]);
});

test("errors come from the core in English", async () => {
  const rows = ROWS_004.map((r) => (r[0] === "1" ? [...r.slice(0, 3), "7O", ...r.slice(4)] : r));
  renderPane(goalWorkbook(rows), { locale: "en" });
  await idle();
  expect(screen.getByText("1 error in the workbook")).toBeTruthy();
  const list = screen.getByRole("list", { name: "Errors in the workbook" });
  expect(within(list).getByRole("button").textContent).toBe("Sheet Mål, cell D4: '7O' is not a number: it has the letter O instead of the digit 0 (write 70)");
});

test("the conflict question in English", async () => {
  const user = userEvent.setup();
  const rows = ROWS_004.map((r, i) => [...r, i === 0 ? "Godkendt af KKR" : null]);
  renderPane(goalWorkbook(rows, [...HEADERS_004, "Status"]), { locale: "en" });
  await idle();
  await user.click(screen.getByRole("button", { name: "Calculate" }));
  const dialog = await screen.findByRole(
    "alertdialog",
    { name: "1 cell in the result columns was filled in by a user" },
    { timeout: 10000 }
  );
  expect(
    within(dialog).getByRole("button", { name: "Overwrite (keep the old values)" })
  ).toBeTruthy();
  expect(within(dialog).getByRole("button", { name: "Cancel" })).toBeTruthy();
});
