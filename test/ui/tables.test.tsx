// Issue 14 in the pane, on the real adapter and the in-memory Excel host: where a plain-range goal table ends (notes
// under it are information, not goals) and pointing at a table the add-in did not find ("Brug markeringen").
import { describe, expect, test } from "@jest/globals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { runOnWorkbook } from "../../src/excel";
import { cellText, HEADERS_004, hostRunner, idle, renderPane, ROWS_004 } from "./support";

/** Seed 004 as a plain range (header row 3) with goals 10 and 11 awaiting data, a blank row and two source notes. */
function withNotes(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Mål");
  sheet.getCell("A1").value = "Resultatkontrakt 2020 – Erhvervshus Nordjylland";
  sheet.getRow(3).values = HEADERS_004;
  const rows = [
    ...ROWS_004,
    ["10", "Kendskab til Erhvervshusene", null, "Afventer data", "45 %", null, null, null],
    ["11", "Grøn omstilling", null, null, null, null, "ja/nej", null],
    [],
    ["Kilde: NPS-måling Q3 2021"],
    ["Mål 11 er udgået af kontrakten"],
  ];
  rows.forEach((r, i) => (sheet.getRow(4 + i).values = r.map((v) => v ?? undefined)));
  return wb;
}

describe("where a plain-range goal table ends", () => {
  test("the notes under the table are shown as information; 9 af 11 mål målt", async () => {
    renderPane(withNotes());
    await idle();
    const overall = screen.getByTestId("overall");
    expect(within(overall).getByText("97,2 %")).toBeTruthy();
    expect(within(overall).getByText(/9 af 11 mål målt/)).toBeTruthy();
    const info = screen.getByTestId("info");
    expect(within(info).getByText("Til orientering")).toBeTruthy();
    expect(
      within(info).getByText(
        "Række 16–17 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021'): måltabellen slutter ved det sidste mål"
      )
    ).toBeTruthy();
    expect(screen.queryByText(/ingen måltabel/i)).toBeNull();
  });
});

/** Seed 004 as a plain range whose headers the add-in does not know: "Punkt", "Indsats", "Opgjort" (row 3). */
function unknownHeaders(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Mål");
  sheet.getCell("A1").value = "Resultatkontrakt 2020 – Erhvervshus Nordjylland";
  sheet.getRow(3).values = ["Punkt", "Indsats", "Del", "Opgjort", "Mål 100 %", "Mål 50 %", "Regel", "Bemærkning"];
  ROWS_004.forEach((r, i) => (sheet.getRow(4 + i).values = r.map((v) => v ?? undefined)));
  return wb;
}

describe("Brug markeringen: pointing at a goal table the add-in did not find", () => {
  test("select A3:H12, Brug markeringen, map Nr, Mål and Resultat: 97,2 %, written, and the choice saved in the workbook", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(unknownHeaders());
    await idle();
    expect(screen.getByText("Der er ikke fundet nogen måltabel i projektmappen.")).toBeTruthy();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A3:H12").select();
      await context.sync();
    });
    await user.click(screen.getByRole("button", { name: "Brug markeringen" }));
    await idle();
    const table = screen.getByRole("combobox", { name: /Måltabel/ }) as HTMLSelectElement;
    expect(table.selectedOptions[0].textContent).toBe("Mål – A3:H12 (område)");
    // The mapping is open by itself: Nr and Mål are missing.
    await user.selectOptions(screen.getByRole("combobox", { name: "Nr" }), "Punkt");
    await idle();
    await user.selectOptions(screen.getByRole("combobox", { name: "Mål" }), "Indsats");
    await idle();
    await user.selectOptions(screen.getByRole("combobox", { name: "Resultat" }), "Opgjort");
    await idle();
    await waitFor(() =>
      expect(within(screen.getByTestId("overall")).getByText("97,2 %")).toBeTruthy()
    );
    await user.click(screen.getByRole("button", { name: "Beregn" }));
    await idle();
    expect(screen.getByText(/er skrevet|skrevet/)).toBeTruthy();
    expect(await cellText(host, "Mål", "I3")).toBe("Opfyldelse");
    expect(await cellText(host, "Mål", "I9")).toBe(0.75); // goal 6, row 9

    // Saved in the workbook: a run with no options finds the range and its columns again.
    const again = await runOnWorkbook(hostRunner(host), { dryRun: true });
    expect(again.goalTable).toEqual({ sheet: "Mål", name: "A3:H12", source: "range" });
    expect(again.result.overallText).toBe("97,2 %, 9 af 9 mål målt");
  });

  test("a selection of one row is refused with the reason", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(unknownHeaders());
    await idle();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A3:H3").select();
      await context.sync();
    });
    await user.click(screen.getByRole("button", { name: "Brug markeringen" }));
    await idle();
    expect(screen.getByRole("alert").textContent).toBe(
      "Markér hele måltabellen: overskriftsrækken og rækkerne under den."
    );
  });
});
