// What the pane asks and tells before and after writing: the conflict question (a user's own text in an output
// cell), the workbook's errors with their cells, and a write Excel refused.
import { describe, expect, test } from "@jest/globals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { axe } from "jest-axe";
import { runOnWorkbook, undoLastRun } from "../../src/excel";
import {
  cellText,
  goalWorkbook,
  HEADERS_004,
  idle,
  renderPane,
  ROWS_004,
  selectedAddress,
  tableHeaders,
} from "./support";

/** Text as compared here: the pane's no-break spaces (figures kept with their units) as spaces. */
const plain = (s: string | null | undefined) => (s ?? "").replace(/\u00a0/g, " ");

async function expectNoAxeViolations(container: Element = document.body) {
  const results = await axe(container);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  ).toEqual([]);
}

const calculate = () => screen.getByRole("button", { name: "Beregn" });

/** Seed 004 with a Status column where the consultant typed her own note for goal 1 (cell I4). */
function workbookWithUserStatus() {
  const headers = [...HEADERS_004, "Status"];
  const rows = ROWS_004.map((r, i) => [...r, i === 0 ? "Godkendt af KKR" : null]);
  return goalWorkbook(rows, headers);
}

describe("conflicts: output cells the user filled in", () => {
  test("asks before overwriting, lists cell, current → next, and Overskriv reruns with overwrite", async () => {
    const user = userEvent.setup();
    const { host, afterWrite } = renderPane(workbookWithUserStatus());
    await idle();
    await user.click(calculate());
    const dialog = await screen.findByRole("alertdialog", undefined, { timeout: 10000 });
    expect(
      within(dialog).getByRole("heading", {
        name: "1 celle i resultatkolonnerne er udfyldt af en bruger",
      })
    ).toBeTruthy();
    const list = within(dialog).getByRole("list", { name: "Celler der overskrives" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => plain(li.textContent))
    ).toEqual(["Arket Mål, celle I4: Godkendt af KKR → Opfyldt"]);
    expect(plain(screen.getByTestId("live-region").textContent)).toBe(
      "1 celle i resultatkolonnerne er udfyldt af en bruger. Overskriv?"
    );
    // Nothing written yet.
    expect(await cellText(host, "Mål", "I4")).toBe("Godkendt af KKR");
    expect(afterWrite.count).toBe(0);
    await expectNoAxeViolations();

    await user.click(
      within(dialog).getByRole("button", { name: "Overskriv (gem de gamle værdier)" })
    );
    await screen.findByText(/Skrevet i projektmappen/, undefined, { timeout: 10000 });
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(await cellText(host, "Mål", "I4")).toBe("Opfyldt");
    expect(afterWrite.count).toBe(1);

    // The user's text went to the backup: Fortryd brings it back.
    // The dialog's modal aria-hidden on the page is lifted asynchronously: findByRole waits for it.
    await user.click(await screen.findByRole("button", { name: "Fortryd seneste kørsel" }));
    await waitFor(() => expect(plain(screen.getByTestId("live-region").textContent)).toMatch(/fortrudt/), {
      timeout: 10000,
    });
    expect(await cellText(host, "Mål", "I4")).toBe("Godkendt af KKR");
  });

  test("Annuller (keyboard) writes nothing, focus returns to Beregn, and the question can be asked again", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(workbookWithUserStatus());
    await idle();
    calculate().focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("alertdialog", undefined, { timeout: 10000 });
    // Focus is in the dialog, on its first button; Tab moves to Annuller.
    expect(document.activeElement).toBe(
      within(dialog).getByRole("button", { name: "Overskriv (gem de gamle værdier)" })
    );
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Annuller" }));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(calculate()));
    expect(
      screen.getByText("Intet er skrevet: 1 celle i resultatkolonnerne er udfyldt af en bruger.")
    ).toBeTruthy();
    expect(await cellText(host, "Mål", "I4")).toBe("Godkendt af KKR");

    await user.click(await screen.findByRole("button", { name: "Gennemse og overskriv" }));
    expect(await screen.findByRole("alertdialog")).toBeTruthy();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(await cellText(host, "Mål", "I4")).toBe("Godkendt af KKR");
  });
});

describe("errors in the workbook", () => {
  test("a workbook without a goal table says what a goal table needs", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Noter").addRows([["Referat fra mødet"], ["Intet her"]]);
    renderPane(workbook);
    await idle();
    expect(screen.getByText("Der er ikke fundet nogen måltabel i projektmappen.")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Fejl i projektmappen" });
    expect(within(list).getByRole("button").textContent).toMatch(
      /^Arket Noter, celle A1: ingen måltabel fundet: en måltabel skal have overskrifterne Nr, Mål/
    );
    expect(screen.queryByRole("combobox", { name: /Måltabel/ })).toBeNull();
    await expectNoAxeViolations();
  });

  /** Goal 1's result typed with the letter O ("7O"), goal 6's activities as "3 af 4". */
  function workbookWithTypos() {
    const rows = ROWS_004.map((r) =>
      r[0] === "1"
        ? [...r.slice(0, 3), "7O", ...r.slice(4)]
        : r[0] === "6"
          ? [...r.slice(0, 3), "tre af fire", ...r.slice(4)]
          : r
    );
    return goalWorkbook(rows);
  }

  test("listed with their cells on open; nothing written; choosing one selects its cell in Excel", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(workbookWithTypos());
    await idle();
    const list = screen.getByRole("list", { name: "Fejl i projektmappen" });
    const items = within(list).getAllByRole("button");
    expect(plain(items[0].textContent)).toBe(
      "Arket Mål, celle D4: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)"
    );
    expect(items.map((b) => b.textContent?.split(":")[0])).toEqual([
      "Arket Mål, celle D4",
      "Arket Mål, celle D9",
    ]);
    expect(screen.getByText(/^2 fejl i projektmappen$/)).toBeTruthy();
    expect(plain(screen.getByTestId("live-region").textContent)).toBe(
      "2 fejl i projektmappen. Intet er skrevet."
    );
    expect(screen.queryByTestId("overall")).toBeNull();
    await expectNoAxeViolations();

    await user.click(items[1]);
    await waitFor(async () => expect(await selectedAddress(host)).toBe("Mål!D9"));
    // Beregn reports the same errors and writes nothing.
    await user.click(calculate());
    await idle();
    expect(
      within(screen.getByRole("list", { name: "Fejl i projektmappen" })).getAllByRole("button")
    ).toHaveLength(2);
    expect(await tableHeaders(host, "Maal2020")).not.toContain("Status");
  });

  test("keyboard: the list is one Tab stop, arrow keys move between errors, Enter and Space select the cell", async () => {
    const user = userEvent.setup();
    const { host, runner } = renderPane(workbookWithTypos());
    await idle();
    const [first, second] = within(
      screen.getByRole("list", { name: "Fejl i projektmappen" })
    ).getAllByRole("button");
    // Tab from the year field (the last control before the list that is not a button) reaches the first error.
    screen.getByRole("button", { name: "Beregn" }).focus();
    await user.tab(); // Fortryd is off but focusable
    await user.tab();
    expect(document.activeElement).toBe(first);
    const calls = runner.calls;
    await user.keyboard("{Enter}");
    await waitFor(async () => expect(await selectedAddress(host)).toBe("Mål!D4"));
    expect(runner.calls).toBe(calls + 1);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(second);
    await user.keyboard(" ");
    await waitFor(async () => expect(await selectedAddress(host)).toBe("Mål!D9"));
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(first);
    // Tab leaves the list instead of walking through every error.
    await user.tab();
    expect(first.parentElement?.parentElement?.contains(document.activeElement)).toBe(false);
  });
});

describe("a write Excel refuses", () => {
  test("the code in words, the workbook put back, and Prøv igen writes", async () => {
    const user = userEvent.setup();
    const { host, runner, afterWrite } = renderPane(goalWorkbook());
    await idle();
    // The state sheet is made once per workbook, in a run of its own before the first write (src/excel/workbook/
    // setup.ts): made here first (a run taken back with Fortryd), so the sync after the scan and read is the write's.
    await runOnWorkbook(runner);
    await undoLastRun(runner);
    // How many syncs a run needs before it writes (scan and read): the next one is the first write.
    host.stats.reset();
    await runOnWorkbook(runner, { dryRun: true });
    const readSyncs = host.stats.syncs;
    host.failSync({ code: "AccessDenied", onSync: readSyncs + 1 });

    await user.click(calculate());
    await screen.findByText("Beregningen kunne ikke skrives", undefined, { timeout: 10000 });
    expect(
      screen.getByText(/^Arket eller projektmappen er beskyttet/, { selector: "p" })
    ).toBeTruthy();
    expect(
      screen.getByText("Projektmappen er sat tilbage, som den var før beregningen.")
    ).toBeTruthy();
    expect(screen.getByText("Excels fejlkode: AccessDenied")).toBeTruthy();
    expect(plain(screen.getByTestId("live-region").textContent)).toBe(
      "Beregningen kunne ikke skrives. Arket eller projektmappen er beskyttet, eller du har ikke ret til at ændre den. Fjern beskyttelsen og prøv igen."
    );
    expect(afterWrite.count).toBe(1);
    await expectNoAxeViolations();

    await user.click(screen.getByRole("button", { name: "Prøv igen" }));
    await screen.findByText(/Skrevet i projektmappen/, undefined, { timeout: 10000 });
    expect(within(screen.getByTestId("overall")).getByText("97,2 %")).toBeTruthy();
  });

  test("a workbook that cannot be read at all: the reason, and Prøv igen reads again", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(goalWorkbook());
    await idle();
    host.failSync({ code: "ConnectionFailure", onSync: 1 });
    await user.click(calculate());
    await waitFor(
      () =>
        expect(plain(screen.getByTestId("live-region").textContent)).toBe(
          "Projektmappen kunne ikke læses. Forbindelsen til Excel blev afbrudt undervejs."
        ),
      { timeout: 10000 }
    );
    expect(screen.getByText("Forbindelsen til Excel blev afbrudt undervejs.")).toBeTruthy();
    expect(screen.getByText("Excels fejlkode: ConnectionFailure")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Prøv igen" }));
    await screen.findByText(/Skrevet i projektmappen/, undefined, { timeout: 10000 });
    expect(screen.queryByText("Excels fejlkode: ConnectionFailure")).toBeNull();
  });
});
