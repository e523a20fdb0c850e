// The Målopfyldelse section on the real adapter and the in-memory Excel host: preview on open, Beregn, the result a
// consultant checks (seed 004: 97,2 %), the goal lines, Fortryd, and a contract with goals awaiting data.
import { describe, expect, test } from "@jest/globals";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { axe } from "jest-axe";
import { cellText, goalWorkbook, idle, renderPane, ROWS_004, tableHeaders } from "./support";

async function expectNoAxeViolations(container: Element = document.body) {
  const results = await axe(container);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  ).toEqual([]);
}

/** Lets the tab list's indicator animation (one animation frame) finish inside act(). */
const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

const calculate = () => screen.getByRole("button", { name: "Beregn" });
const undo = () => screen.getByRole("button", { name: "Fortryd seneste kørsel" });
const isDisabled = (button: HTMLElement) =>
  button.getAttribute("aria-disabled") === "true" || (button as HTMLButtonElement).disabled;

describe("seed 004 (Nordjylland 2020): nine goals, goal 6 at 3 of 4", () => {
  test("on open: a preview with the detected goal table and 97,2 %, nothing written, Fortryd off", async () => {
    const { host, release } = renderPane(goalWorkbook(), {}, { held: true });
    // While the workbook is read: headings, a labelled progress bar, Beregn off, and nothing an audit objects to.
    expect(screen.getByRole("heading", { level: 1, name: "Målopfyldelse" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Målopfyldelse" })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Læser projektmappen …" })).toBeTruthy();
    expect(isDisabled(calculate())).toBe(true);
    expect(screen.getByTestId("live-region").textContent).toBe("Arbejder …");
    await expectNoAxeViolations();
    release();
    await idle();

    const table = screen.getByRole("combobox", { name: /Måltabel/ }) as HTMLSelectElement;
    expect(table.selectedOptions[0].textContent).toBe("Mål – Maal2020 (tabel)");
    expect(screen.getByText(/Forhåndsvisning: intet er skrevet/)).toBeTruthy();
    expect(within(screen.getByTestId("overall")).getByText("97,2 %")).toBeTruthy();
    expect(screen.getByText("Projektmappen er ikke beregnet endnu.")).toBeTruthy();
    expect(isDisabled(undo())).toBe(true);
    // The preview wrote nothing: the table has no output columns yet.
    expect(await tableHeaders(host, "Maal2020")).toEqual([
      "Nr",
      "Mål",
      "Del",
      "Resultat",
      "Mål 100 %",
      "Mål 50 %",
      "Regel",
      "Bemærkning",
    ]);
    await expectNoAxeViolations();
  });

  test("Beregn: progress while it runs, then 97,2 %, the counts, nine goal lines, the workbook written, Fortryd on", async () => {
    const user = userEvent.setup();
    const { host, afterWrite, runner } = renderPane(goalWorkbook());
    await idle();
    const release = runner.hold();
    await user.click(calculate());
    // While it runs: a labelled progress bar, the buttons kept focusable but off, the live region says so.
    expect(screen.getByRole("progressbar", { name: "Beregner målopfyldelsen …" })).toBeTruthy();
    expect(isDisabled(calculate())).toBe(true);
    expect(document.activeElement).toBe(calculate());
    expect(screen.getByTestId("live-region").textContent).toBe("Arbejder …");
    release();
    await screen.findByText(/Skrevet i projektmappen/, undefined, { timeout: 10000 });
    await idle();

    const overall = screen.getByTestId("overall");
    expect(within(overall).getByText("97,2 %")).toBeTruthy();
    expect(within(overall).getByText("97,2 %, 9 af 9 mål målt")).toBeTruthy();
    const counts = screen.getByRole("list", { name: "Mål fordelt på status" });
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["8Opfyldt", "1Delvist opfyldt"]);

    const goals = screen
      .getAllByRole("heading", { level: 4 })
      .filter((h) => /^Mål \d/.test(h.textContent ?? ""));
    expect(goals).toHaveLength(9);
    const goal6 = goals[5];
    expect(goal6.textContent).toContain(
      "Mål 6 – Erhvervshusene som knudepunkter i erhvervsfremmesystemet"
    );
    expect(within(goal6).getByText("Delvist opfyldt")).toBeTruthy();
    expect(within(goal6).getByText("75 %")).toBeTruthy();
    expect(within(goals[0]).getByText("Opfyldt")).toBeTruthy();
    expect(within(goals[0]).getByText("100 %")).toBeTruthy();

    // The explanation opens under its goal.
    await user.click(within(goal6).getByRole("button"));
    expect(await screen.findByText(/3 af 4 indsatser → 75 %/)).toBeTruthy();

    const live = screen.getByRole("status");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toBe("Beregnet og skrevet: 97,2 %, 9 af 9 mål målt");
    expect(screen.getByText(/^Seneste kørsel: .* – 97,2 %, 9 af 9 mål målt$/)).toBeTruthy();
    expect(isDisabled(undo())).toBe(false);
    expect(afterWrite.count).toBe(1);
    // What the run wrote: the three output columns, goal 6 (row 9) partly met.
    expect(await tableHeaders(host, "Maal2020")).toEqual(
      expect.arrayContaining(["Opfyldelse", "Status", "Forklaring"])
    );
    const headers = await tableHeaders(host, "Maal2020");
    const statusColumn = String.fromCharCode(65 + headers.indexOf("Status"));
    expect(await cellText(host, "Mål", `${statusColumn}9`)).toBe("Delvist opfyldt");
    await expectNoAxeViolations();
  });

  test("Fortryd seneste kørsel puts the workbook back and turns itself off", async () => {
    const user = userEvent.setup();
    const { host, afterWrite } = renderPane(goalWorkbook());
    await idle();
    await user.click(calculate());
    await screen.findByText(/Skrevet i projektmappen/, undefined, { timeout: 10000 });
    await idle();
    expect(await tableHeaders(host, "Maal2020")).toContain("Status");

    await user.click(undo());
    await waitFor(
      () =>
        expect(screen.getByTestId("live-region").textContent).toMatch(
          /^Den seneste kørsel er fortrudt/
        ),
      { timeout: 10000 }
    );
    await idle();
    expect(await tableHeaders(host, "Maal2020")).not.toContain("Status");
    expect(isDisabled(undo())).toBe(true);
    expect(screen.getByText("Projektmappen er ikke beregnet endnu.")).toBeTruthy();
    expect(afterWrite.count).toBe(2);
  });

  test("a workbook calculated before shows its last run on open, and Fortryd is on", async () => {
    const user = userEvent.setup();
    const first = renderPane(goalWorkbook());
    await idle();
    await user.click(calculate());
    await screen.findByText(/Skrevet i projektmappen/, undefined, { timeout: 10000 });
    const bytes = await first.host.toXlsx();
    document.body.innerHTML = "";

    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    renderPane(reopened);
    await idle();
    expect(screen.getByText(/^Seneste kørsel: .* – 97,2 %, 9 af 9 mål målt$/)).toBeTruthy();
    expect(isDisabled(undo())).toBe(false);
  });

  test("the column mapping shows the guess and a correction is previewed at once", async () => {
    const user = userEvent.setup();
    renderPane(goalWorkbook());
    await idle();
    await user.click(screen.getByRole("button", { name: /Kolonner \(\d+ genkendt\)/ }));
    const result = screen.getByRole("combobox", { name: "Resultat" }) as HTMLSelectElement;
    expect(result.value).toBe("Resultat");
    expect((screen.getByRole("combobox", { name: "Regel" }) as HTMLSelectElement).value).toBe(
      "Regel"
    );
    expect((screen.getByRole("combobox", { name: "Segment" }) as HTMLSelectElement).value).toBe("");
    expect(screen.getByText("Tærskler: Mål 100 %, Mål 50 %")).toBeTruthy();

    // Pointing Resultat at the remarks column: the preview lists the remarks that are not results (the sample's
    // remarks on goals 1 to 6, rows 4 to 9).
    await user.selectOptions(result, "Bemærkning");
    await idle();
    const errors = await screen.findByRole("list", { name: "Fejl i projektmappen" });
    expect(
      within(errors)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([
      "Arket Mål, celle H4: '181 af 315 brugerevalueringer besvaret' er ikke et tal",
      "Arket Mål, celle H5: '181 af 315 besvaret' er ikke et tal",
      "Arket Mål, celle H6: 'Bekræftet af Erhvervsstyrelsen' er ikke et tal",
      "Arket Mål, celle H7: 'Kendskab 34,7 % → 54,3 %' er ikke et tal",
      "Arket Mål, celle H8: '315 vækst- og driftsforløb (mål 300)' er ikke et tal",
      "Arket Mål, celle H9: 'ErhvervsCAMP 2020 aflyst pga. Covid-19; holdes digitalt i marts 2021' er ikke et tal",
    ]);
    // No result column at all: the table lacks a required column.
    await user.selectOptions(screen.getByRole("combobox", { name: "Resultat" }), "(ingen)");
    await idle();
    expect(
      await screen.findByRole("button", {
        name: "Arket Mål, celle A3: kolonnen 'Resultat' mangler i måltabellen",
      })
    ).toBeTruthy();
    // Back to the guess: 97,2 % again.
    await user.selectOptions(screen.getByRole("combobox", { name: "Resultat" }), "Resultat");
    await idle();
    await waitFor(() =>
      expect(within(screen.getByTestId("overall")).getByText("97,2 %")).toBeTruthy()
    );
    expect(screen.queryByRole("list", { name: "Fejl i projektmappen" })).toBeNull();
  });

  test("a contract year that is not a year is refused before anything runs", async () => {
    const user = userEvent.setup();
    const { runner } = renderPane(goalWorkbook());
    await idle();
    const calls = runner.calls;
    const year = screen.getByRole("textbox", { name: /Kontraktår/ });
    await user.type(year, "20x1");
    await user.tab();
    expect(screen.getByText("Skriv et årstal, fx 2021, eller lad feltet stå tomt.")).toBeTruthy();
    expect(isDisabled(calculate())).toBe(true);
    expect(runner.calls).toBe(calls);
    await user.clear(year);
    await user.type(year, "2020");
    await user.tab();
    await idle();
    expect(isDisabled(calculate())).toBe(false);
  });
});

describe("goals awaiting data", () => {
  test("the overall comes with its range and the number of goals measured", async () => {
    const rows = [
      ROWS_004[0],
      ["2", "Effekt", "Effekt", "Afventer data", 0.7, 0.6, null, null],
      ROWS_004[5],
    ];
    renderPane(goalWorkbook(rows));
    await idle();
    const overall = screen.getByTestId("overall");
    // (100 % + 75 %) / 2 measured; with goal 2 at 0–100 %: (175 / 3 %)–(275 / 3 %).
    expect(within(overall).getByText("87,5 %")).toBeTruthy();
    expect(within(overall).getByText("87,5 % (58,3–91,7 %), 2 af 3 mål målt")).toBeTruthy();
    const goal2 = screen
      .getAllByRole("heading", { level: 4 })
      .find((h) => h.textContent?.startsWith("Mål 2"))!;
    expect(within(goal2).getByText("Afventer data")).toBeTruthy();
  });
});

describe("tabs", () => {
  test("the sections, each saying what it does, and the result survives switching", async () => {
    const user = userEvent.setup();
    renderPane(goalWorkbook());
    await idle();
    const names = ["Målopfyldelse", "Fordeling", "Hvad nu hvis", "Flere"];
    expect(screen.getAllByRole("tab")).toHaveLength(names.length);
    for (const name of names) expect(screen.getByRole("tab", { name })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Fordeling" }));
    await nextFrame();
    await idle(); // the section's code loads on demand
    expect(screen.getByRole("tabpanel", { name: "Fordeling" }).textContent).toContain(
      "Fordeler et beløb efter indbyggertal"
    );
    // Keyboard: arrow keys move between tabs, Enter opens the focused one.
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Hvad nu hvis" }));
    await user.keyboard("{Enter}");
    await nextFrame();
    await idle();
    expect(screen.getByRole("tabpanel", { name: "Hvad nu hvis" }).textContent).toContain(
      "Prøv andre tærskler, resultater og regler."
    );
    await user.click(screen.getByRole("tab", { name: "Målopfyldelse" }));
    await nextFrame();
    expect(within(screen.getByTestId("overall")).getByText("97,2 %")).toBeTruthy();
    await expectNoAxeViolations();
  });
});
