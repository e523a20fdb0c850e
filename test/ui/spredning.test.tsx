// The Spredning section on the real adapter (src/excel/spread) and the in-memory Excel host, with the sample CRM list
// (assets/crm-nordjylland-2021.xlsx, made for the example). The oracle is test/helpers/crmSample.ts (the file read
// with ExcelJS, DST's 2021 figures typed from the data README): coverage 10 of 11, the rural index, 8 rows outside.
import { describe, expect, test } from "@jest/globals";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { axe } from "jest-axe";
import { NORDJYLLAND, oracle, SAMPLE, sampleRows } from "../helpers/crmSample";
import { idle, renderPane, openMoreSection } from "./support";

async function sample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

async function openSpredning(user: ReturnType<typeof userEvent.setup>, name = "Spredning") {
  await idle();
  await openMoreSection(user, name);
  await nextFrame();
  await screen.findByTestId("spread-figures", undefined, { timeout: 20000 });
  await idle();
}

describe("Spredning on the sample CRM list (Nordjylland 2021)", () => {
  test("an edit in the activity list outside the pane: it says so and the preview follows (Læsø gets an activity)", async () => {
    const rows = await sampleRows();
    // The oracle on the list as edited: the first activity (CRM!B2) moved to Læsø, which had none.
    const edited = rows.map((r) => (r.cell === "B2" ? { ...r, kommune: "Læsø" } : r));
    const o = oracle(edited, (name) => NORDJYLLAND[name].group === "Landkommuner");
    const user = userEvent.setup();
    const { host } = renderPane(await sample());
    await openSpredning(user);
    expect(screen.getByTestId("spread-figures").textContent).toContain(
      "Dækning: 10 af 11 kommuner"
    );
    // Past the grace after the pane's own preview (ownRuns.ts), whose events are not taken for the user's.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("CRM").getRange("B2").values = [["Læsø"]];
      await context.sync();
    });
    const panel = within(document.getElementById("panel-spredning")!);
    expect(
      (await panel.findByTestId("table-changed", undefined, { timeout: 5000 })).textContent
    ).toBe("Tabellen er ændret – forhåndsvisningen opdateres …");
    await waitFor(
      () =>
        expect(screen.getByTestId("spread-figures").textContent).toContain(
          `Dækning: ${o.covered} af 11 kommuner`
        ),
      { timeout: 10000 }
    );
    expect(o.covered).toBe(11);
    const laesoe = within(screen.getByRole("table", { name: "Spredningen pr. kommune" })).getByRole(
      "row",
      {
        name: /Læsø/,
      }
    );
    expect(within(laesoe).getAllByRole("cell")[1].textContent).toBe("1");
  });

  test("the preview shows the oracle's coverage, rural index and rows outside; Skriv spredningen draws the sheet", async () => {
    const rows = await sampleRows();
    const o = oracle(rows, (name) => NORDJYLLAND[name].group === "Landkommuner");
    const ruralText = o.ruralIndex.toFixed(1).replace(".", ",");
    expect(ruralText).toBe("79,4");
    const user = userEvent.setup();
    const { host, afterWrite } = renderPane(await sample());
    await openSpredning(user);
    const figures = screen.getByTestId("spread-figures").textContent ?? "";
    expect(figures).toContain("Dækning: 10 af 11 kommuner (90,9 %) har mindst én aktivitet");
    expect(figures).toContain(`Landindeks: ${ruralText} (100 = som befolkningen)`);
    expect(figures).toContain("Uden for huset: 8 rækker");
    // Nothing written by the preview.
    expect(host.snapshot().sheets.some((s) => s.name === "Spredning")).toBe(false);
    const table = screen.getByRole("table", { name: "Spredningen pr. kommune" });
    const laesoe = within(table).getByRole("row", { name: /Læsø/ });
    expect(
      within(laesoe)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["Læsø", "0", "0"]);
    await user.click(screen.getByRole("button", { name: "Skriv spredningen" }));
    await screen.findByText("Spredningen er skrevet", undefined, { timeout: 20000 });
    expect(afterWrite.count).toBe(1);
    const sheet = host.snapshot().sheets.find((s) => s.name === "Spredning")!;
    const cells = new Map(sheet.cells.map((c) => [c.address, c.value]));
    expect(cells.get("B7")).toBeCloseTo(10 / 11, 12);
    expect(cells.get("B8")).toBeCloseTo(o.ruralIndex, 10);
    expect(cells.get("B9")).toBe(8);
    const results = await axe(document.body);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test("choosing 2018 previews with that year's populations; in English the words are English", async () => {
    const user = userEvent.setup();
    renderPane(await sample(), { locale: "en" });
    await openSpredning(user, "Spread");
    expect(screen.getByTestId("spread-figures").textContent).toContain(
      "Coverage: 10 of 11 municipalities (90.9%) have at least one activity"
    );
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Population on 1 January" }),
      "2018"
    );
    await waitFor(() => expect(screen.getByText(/population on 1 January 2018/)).toBeTruthy(), {
      timeout: 20000,
    });
  });
});

describe("Hvad nu hvis on the sample's goal 2 (DÆKNING and LANDINDEKS)", () => {
  test("the municipality data is loaded for the what-if: the goal has Beregn's 50 %, not an error", async () => {
    const user = userEvent.setup();
    renderPane(await sample());
    await idle();
    await user.click(screen.getByRole("tab", { name: "Hvad nu hvis" }));
    await nextFrame();
    await screen.findByTestId("whatif-overall-before", undefined, { timeout: 20000 });
    await idle();
    // `evaluate` on the same file gives 0.5 overall (test/cli/spread.test.ts, goal 2).
    expect(screen.getByTestId("whatif-overall-before").textContent).toContain("50\u00a0%");
  });
});
