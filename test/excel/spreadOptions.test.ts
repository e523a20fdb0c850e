// Spredning's choices read from small lists built here: an År column the year is taken from (and one with a year DST
// has no populations for), no company column when the user says so although the list has CVR, and a land/by table
// with a municipality the add-in cannot read (an error naming its cell; nothing written).
import ExcelJS from "exceljs";
import { runSpreadOnWorkbook, SPREAD_SHEET } from "../../src/excel";
import { createExcelHost, type HostSnapshot } from "../../src/host";
import { FIXED_NOW } from "../helpers/workbooks";

const RUN = { hub: "Nordjylland", now: FIXED_NOW, runId: "t" };

function book(sheets: Record<string, (string | number)[][]>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  }
  return wb;
}
const valueAt = (snap: HostSnapshot, address: string) =>
  snap.sheets.find((s) => s.name === SPREAD_SHEET)!.cells.find((c) => c.address === address)?.value;

describe("Spredning's population year", () => {
  test("from an År column with one year: said on the sheet with the column's name", async () => {
    const host = createExcelHost(
      book({
        CRM: [
          ["Kommune", "År"],
          ["Aalborg", 2019],
          ["Hjørring", 2019],
        ],
      })
    );
    const outcome = await runSpreadOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("written");
    expect([outcome.year, outcome.yearFrom]).toEqual([2019, { kind: "column", header: "År" }]);
    expect(valueAt(host.snapshot(), "B5")).toBe("FOLK1A, 1. januar 2019 (året fra kolonnen År)");
    // One activity each: Hjørring (fewer inhabitants) first by index. On 1 January 2019 Hjørring had 64.665 and
    // Aalborg 215.312 inhabitants (kommuner.csv), not 2021's 64.155 and 219.487.
    expect([valueAt(host.snapshot(), "A12"), valueAt(host.snapshot(), "D12")]).toEqual([
      "Hjørring",
      64_665,
    ]);
    expect([valueAt(host.snapshot(), "A13"), valueAt(host.snapshot(), "D13")]).toEqual([
      "Aalborg",
      215_312,
    ]);
  });

  test("an År column with a year DST has no populations for (2010): DST's latest year instead, said so", async () => {
    const host = createExcelHost(
      book({
        CRM: [
          ["Kommune", "År"],
          ["Aalborg", 2010],
        ],
      })
    );
    const outcome = await runSpreadOnWorkbook(host.run, RUN);
    expect(outcome.status).toBe("written");
    // The shipped populations run 2018–2026.
    expect([outcome.year, outcome.yearFrom]).toEqual([2026, { kind: "latest" }]);
    expect(valueAt(host.snapshot(), "B5")).toBe(
      "FOLK1A, 1. januar 2026 (Danmarks Statistiks nyeste år)"
    );
  });
});

test("no company column when the user says none, although the list has a CVR column", async () => {
  const host = createExcelHost(
    book({
      CRM: [
        ["Kommune", "CVR"],
        ["Aalborg", "11111111"],
        ["Aalborg", "11111111"],
      ],
    })
  );
  const outcome = await runSpreadOnWorkbook(host.run, { ...RUN, year: 2021, companyColumn: null });
  expect(outcome.status).toBe("written");
  expect(outcome.columns).toEqual({ municipality: "Kommune", company: null });
  expect(valueAt(host.snapshot(), "B4")).toBe("ingen");
});

test("a land/by table with a municipality it cannot read: an error at that cell, nothing written", async () => {
  const host = createExcelHost(
    book({
      CRM: [["Kommune"], ["Aalborg"], ["Hjørring"]],
      Typer: [
        ["Kommune", "Land/by"],
        ["Aalborg", "By"],
        ["Hjøring og omegn", "Land"],
      ],
    })
  );
  const before = host.snapshot();
  const outcome = await runSpreadOnWorkbook(host.run, {
    ...RUN,
    year: 2021,
    rural: { table: { sheet: "Typer", name: "Typer" } },
  });
  expect(outcome.status).toBe("errors");
  expect(outcome.errors).toHaveLength(1);
  expect(outcome.errors[0]).toMatchObject({
    sheet: "Typer",
    cell: "A3",
    code: "not-a-municipality",
  });
  expect(outcome.result).toBeNull();
  expect(host.snapshot()).toEqual(before);
});

test("an activity list with no rows yet: written, no municipality covered, the total's index left empty", async () => {
  const host = createExcelHost(book({ CRM: [["Kommune", "CVR"]] }));
  const outcome = await runSpreadOnWorkbook(host.run, { ...RUN, year: 2021 });
  expect(outcome.errors).toEqual([]);
  expect(outcome.status).toBe("written");
  const snap = host.snapshot();
  const cell = (a: string) =>
    snap.sheets.find((s) => s.name === SPREAD_SHEET)!.cells.find((c) => c.address === a);
  // 0 of Nordjylland's 11 municipalities: 0,0 %.
  expect([cell("A7")!.value, cell("B7")!.text, cell("B9")!.value]).toEqual(["Dækning", "0,0 %", 0]);
  // The total: 590.439 inhabitants, no activities: 0 per 10.000, and no index (there is nothing to share out).
  expect(["A23", "D23", "E23", "G23", "H23"].map((a) => cell(a)?.value)).toEqual([
    "I alt",
    590_439,
    0,
    0,
    "",
  ]);
});

describe("Spredning's activity list", () => {
  test("the list the user picks, not the first with a Kommune column", async () => {
    // Two lists: CRM 2020 (Aalborg, Hjørring) comes first; the user picks CRM 2021 (Læsø, Læsø, Aalborg).
    const wb = book({
      "CRM 2020": [["Kommune"], ["Aalborg"], ["Hjørring"]],
      "CRM 2021": [["Kommune"], ["Læsø"], ["Læsø"], ["Aalborg"]],
    });
    const first = createExcelHost(wb);
    expect((await runSpreadOnWorkbook(first.run, RUN)).table).toEqual({
      sheet: "CRM 2020",
      name: "CRM 2020",
      source: "range",
    });
    const picked = createExcelHost(
      book({
        "CRM 2020": [["Kommune"], ["Aalborg"], ["Hjørring"]],
        "CRM 2021": [["Kommune"], ["Læsø"], ["Læsø"], ["Aalborg"]],
      })
    );
    const outcome = await runSpreadOnWorkbook(picked.run, {
      ...RUN,
      table: { sheet: "CRM 2021", name: "CRM 2021" },
    });
    expect(outcome.status).toBe("written");
    expect(outcome.table).toEqual({ sheet: "CRM 2021", name: "CRM 2021", source: "range" });
  });
});
