// Issue 14 in the pane, on the real adapter and the in-memory Excel host: where a plain-range goal table ends (notes
// under it are information, not goals) and pointing at a table the add-in did not find ("Brug markeringen").
import { describe, expect, test } from "@jest/globals";
import { screen, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { HEADERS_004, idle, renderPane, ROWS_004 } from "./support";

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
