// The Sammenlign section on the real adapter and the in-memory Excel host, with seed 002's 2021 and 2022 goal tables
// in one workbook (sheets "Mål 2021" and "Mål 2022"). Oracle: seed 002's slides (1 goal taken out, 6 changed, 5
// unchanged, none new) and the 2021 status's overall (85,7 %, 50–91,7 %, 7 of 12 goals measured).
import { describe, expect, test } from "@jest/globals";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import ExcelJS from "exceljs";
import { seed002TwoYears, seed002Workbook } from "../helpers/compareWorkbooks";
import { baseWorkbook } from "../helpers/hostileXlsx";
import { sampleBytes } from "../helpers/samples";
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
    const { host, afterWrite } = renderPane(await seed002TwoYears());
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
    renderPane(await seed002TwoYears());
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
    renderPane(await seed002TwoYears(), { locale: "en" });
    await idle();
    await openCompare(user, "Compare");
    const panel = screen.getByRole("region", { name: "Compare" });
    expect(within(panel).getByRole("button", { name: "Compare" })).toBeTruthy();
    expect(within(panel).getByRole("group", { name: "Goal tables to compare" })).toBeTruthy();
  }, 600_000);
});

// Issue 15, part 3: last year's workbook brought in (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13, modelled by
// the host). This year's workbook has seed 002's 2022 goals only; last year's is the 2021 status sample
// (assets/nordjylland-2021-status.xlsx, sheet "Status 2021"). Oracle: seed 002's slides (0 new, 1 taken out, 6 changed,
// 5 unchanged).
describe("Sammenlign: bringing last year's workbook in", () => {
  const lastYear = () =>
    new File([new Uint8Array(sampleBytes("nordjylland2021"))], "nordjylland-2021-status.xlsx", {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });

  test("the goal sheet of the picked file is inserted before this year's, offered as a table, and compared", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(await seed002Workbook(2022));
    await idle();
    await openCompare(user);
    const panel = screen.getByRole("region", { name: "Sammenlign" });
    expect(within(panel).getAllByRole("checkbox")).toHaveLength(1);
    // Said before the pick: Excel cannot undo it.
    expect(
      within(panel).getByText(/Excel kan ikke fortryde det: din fortryd-historik i Excel ryddes\./)
    ).toBeTruthy();
    await user.upload(
      within(panel).getByLabelText("Vælg sidste års projektmappe (.xlsx)"),
      lastYear()
    );
    await waitFor(() => expect(within(panel).getAllByRole("checkbox")).toHaveLength(2), {
      timeout: 60_000,
    });
    await idle();
    expect(screen.getByTestId("last-year-outcome").textContent).toBe(
      "Hentet ind: Status 2021. Vælg måltabellerne, og tryk Sammenlign."
    );
    // Before this year's goal sheet: the tables read (and are compared) 2021, then 2022.
    const visibleSheets = host
      .snapshot()
      .sheets.filter((x) => x.visibility === "Visible")
      .map((x) => x.name);
    expect(visibleSheets).toEqual(["Status 2021", "Mål 2022"]);
    expect(await cellText(host, "Status 2021", "J4")).toBe(0.4);
    // The insertion has no undo support: the host counts the cleared undo history (the pane said so).
    expect(host.undo.calls.map((c) => c.api)).toContain("Workbook.insertWorksheetsFromBase64");

    await user.click(within(panel).getByRole("button", { name: "Sammenlign" }));
    await idle();
    const written = await screen.findByTestId("compare-written", undefined, { timeout: 60_000 });
    expect(written.textContent).toContain("0 nye, 1 udgåede, 6 ændrede og 5 uændrede mål");
  }, 600_000);

  test("a sheet of the same name already here: nothing is inserted, and the pane says to rename one", async () => {
    const user = userEvent.setup();
    const wb = await seed002Workbook(2022);
    wb.addWorksheet("Status 2021").getCell("A1").value = "mine noter";
    const { host } = renderPane(wb);
    await idle();
    await openCompare(user);
    const panel = screen.getByRole("region", { name: "Sammenlign" });
    const before = host.snapshot().sheets.map((x) => x.name);
    await user.upload(
      within(panel).getByLabelText("Vælg sidste års projektmappe (.xlsx)"),
      lastYear()
    );
    const outcome = await screen.findByTestId("last-year-outcome", undefined, { timeout: 60_000 });
    expect(outcome.textContent).toBe(
      "Projektmappen har allerede et ark, der hedder Status 2021. Omdøb dit ark (eller arket i filen), og prøv igen. Intet er hentet."
    );
    expect(host.snapshot().sheets.map((x) => x.name)).toEqual(before);
    expect(await cellText(host, "Status 2021", "A1")).toBe("mine noter");
  }, 600_000);

  test("a hostile file is refused in Danish by the pre-flight; a file without a goal table says so", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(await seed002Workbook(2022));
    await idle();
    await openCompare(user);
    const panel = screen.getByRole("region", { name: "Sammenlign" });
    const before = host.snapshot().sheets.map((x) => x.name);
    const input = within(panel).getByLabelText("Vælg sidste års projektmappe (.xlsx)");
    const hostile = baseWorkbook({ sheetIds: ["4000000000", "2"] });
    await user.upload(input, new File([new Uint8Array(hostile)], "mistænkelig.xlsx"));
    const refused = await screen.findByTestId("last-year-outcome", undefined, { timeout: 60_000 });
    expect(refused.textContent).toMatch(/^Filen kan ikke åbnes sikkert: .+ Intet er hentet\.$/);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Noter").getCell("A1").value = "ingen mål her";
    const bytes = new Uint8Array(await plain.xlsx.writeBuffer());
    await user.upload(input, new File([bytes], "noter.xlsx"));
    await waitFor(
      () =>
        expect(screen.getByTestId("last-year-outcome").textContent).toBe(
          "Filen har ingen måltabel (overskrifter som Nr, Mål og Resultat). Intet er hentet."
        ),
      { timeout: 60_000 }
    );
    expect(host.snapshot().sheets.map((x) => x.name)).toEqual(before);
  }, 600_000);

  test("without ExcelApi 1.13 the pane says how to copy the sheet in by hand, and offers no file", async () => {
    const user = userEvent.setup();
    renderPane(await seed002Workbook(2022), {
      isSetSupported: (_name: string, version: string) => Number(version.split(".")[1]) <= 12,
    });
    await idle();
    await openCompare(user);
    const panel = screen.getByRole("region", { name: "Sammenlign" });
    expect(screen.getByTestId("last-year-unsupported").textContent).toContain(
      "vælg Flyt eller kopiér, vælg denne projektmappe og Opret en kopi, og tryk så Genindlæs her."
    );
    expect(within(panel).queryByLabelText("Vælg sidste års projektmappe (.xlsx)")).toBeNull();
  }, 600_000);
});
