// The Spredning sheet as the user reads it, cell by cell: the labels and parameters at the top (how the list, the
// year and the land/by classification were chosen), the key figures with their displayed formats, the table's header
// and total row, the credit and the note, the chart's figures and the rows outside the hub, the cut-off of that list,
// and the messages a run stops with. The expectations are worked out by hand from the sample list
// (assets/crm-nordjylland-2021.xlsx; figures in test/helpers/crmSample.ts from DST's kommuner.csv) or from the small
// lists built below, not from the spread core.
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { runSpreadOnWorkbook, SPREAD_SHEET } from "../../src/excel";
import { createExcelHost, loadExcelHost, type HostSnapshot } from "../../src/host";
import { FIXED_NOW } from "../helpers/workbooks";
import { SAMPLE } from "../helpers/crmSample";

const OPTIONS = { hub: "Nordjylland", year: 2021, now: FIXED_NOW, runId: "t" };

function sheetOf(snap: HostSnapshot, name = SPREAD_SHEET) {
  return snap.sheets.find((s) => s.name === name)!;
}
/** address → the cell as the snapshot has it (value, the text Excel displays, bold). */
function cellsOf(snap: HostSnapshot, name = SPREAD_SHEET) {
  return new Map(sheetOf(snap, name).cells.map((c) => [c.address, c]));
}
function values(snap: HostSnapshot, addresses: string[], name = SPREAD_SHEET) {
  const cells = cellsOf(snap, name);
  return addresses.map((a) => cells.get(a)?.value ?? null);
}

/** A list on a sheet of its own, as a plain range (no Excel table): headers, then rows. */
function rangeList(
  sheet: string,
  headers: string[],
  rows: (string | number)[][]
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(headers);
  rows.forEach((r) => ws.addRow(r));
  return wb;
}

describe("Spredning on the sample list: what the sheet says, where", () => {
  /** The run every test below reads (run in each test, so each test covers what it checks). */
  async function written(): Promise<HostSnapshot> {
    const h = await loadExcelHost(readFileSync(SAMPLE));
    const outcome = await runSpreadOnWorkbook(h.run, OPTIONS);
    expect(outcome.status).toBe("written");
    return h.snapshot();
  }

  test("the parameters at the top: the list, its columns, the population year, the land/by classification", async () => {
    const snap = await written();
    expect(
      values(snap, ["A1", "A2", "B2", "A3", "B3", "A4", "B4", "A5", "B5", "A6", "B6"])
    ).toEqual([
      "Geografisk spredning – Erhvervshus Nordjylland",
      "Aktivitetsliste",
      "tabellen CRM på arket CRM",
      "Kommunekolonne",
      "Kommune",
      "Virksomhedskolonne (CVR)",
      "CVR",
      "Befolkning",
      // The year was given (OPTIONS.year), so no note on where it came from.
      "FOLK1A, 1. januar 2021",
      "Land og by",
      "landkommuner efter Danmarks Statistiks kommunegrupper",
    ]);
    expect(cellsOf(snap).get("A1")!.bold).toBe(true);
  });

  test("the key figures: bold labels, the numbers as Excel displays them, the sentences without their label", async () => {
    const snap = await written();
    const c = cellsOf(snap);
    const row = (r: number) => ["A", "B", "C"].map((col) => c.get(`${col}${r}`)!);
    // Coverage: 10 of the 11 municipalities have an activity (Læsø none): 10/11 = 90,9 % in the format 0.0 %.
    expect(row(7).map((x) => x.text)).toEqual([
      "Dækning",
      "90,9 %",
      "10 af 11 kommuner (90,9 %) har mindst 1 aktivitet; ingen aktiviteter: Læsø",
    ]);
    // The rural index 79,4 (the oracle's in spread.test.ts) in the format 0.0; the sentence without "Landindeks: 79,4: ".
    expect(row(8).map((x) => x.text)).toEqual([
      "Landindeks",
      "79,4",
      "landkommunerne har 45,8 % af aktiviteterne og 57,7 % af befolkningen (landkommuner efter Danmarks Statistiks kommunegrupper)",
    ]);
    expect(row(9).map((x) => x.text)).toEqual([
      "Uden for huset",
      "8",
      "8 rækker (Viborg 3, Skive 2, Randers 1, uden kommune 2)",
    ]);
    expect([7, 8, 9].map((r) => [c.get(`A${r}`)!.bold, c.get(`B${r}`)!.bold])).toEqual([
      [true, false],
      [true, false],
      [true, false],
    ]);
  });

  test("the table: its header, a municipality's row and the total row as displayed", async () => {
    const snap = await written();
    const c = cellsOf(snap);
    const texts = (r: number) => "ABCDEFGH".split("").map((col) => c.get(`${col}${r}`)?.text ?? "");
    expect(texts(11)).toEqual([
      "Kommune",
      "Land/by",
      "Kommunegruppe",
      "Indbyggere",
      "Aktiviteter",
      "Virksomheder",
      "Pr. 10.000 indb.",
      "Indeks",
    ]);
    expect("ABCDEFGH".split("").every((col) => c.get(`${col}11`)!.bold)).toBe(true);
    // Aalborg first (the highest index): 190 activities, 219.487 inhabitants; 190 / 219.487 × 10.000 = 8,66;
    // index (190/380) / (219.487/590.439) × 100 = 134,50.
    expect(texts(12)).toEqual([
      "Aalborg",
      "By",
      "Storbykommuner",
      "219.487",
      "190",
      "151",
      "8,7",
      "134,5",
    ]);
    // The total: 590.439 inhabitants (the 11 populations summed), 380 activities; 380 / 590.439 × 10.000 = 6,44;
    // the index of the whole is 100 by definition.
    expect(texts(23)).toEqual(["I alt", "", "", "590.439", "380", "310", "6,4", "100,0"]);
    expect(c.get("G23")!.value).toBeCloseTo((380 / 590439) * 10000, 12);
    expect("ABCDEFGH".split("").every((col) => c.get(`${col}23`)!.bold)).toBe(true);
    expect(c.get("A12")!.bold).toBe(false);
  });

  test("the credit, the note on the index, and the chart's figures: one column for Land, one for By", async () => {
    const snap = await written();
    const c = cellsOf(snap);
    expect(values(snap, ["A25", "A26", "A27", "A28", "A29", "B29", "C29"])).toEqual([
      "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2021; kommunegrupper v1:2018)",
      "Indeks: kommunens andel af aktiviteterne ÷ dens andel af befolkningen × 100 (100 = som befolkningen). " +
        "Landindeks: det samme for landkommunerne samlet.",
      null,
      "Tal til diagrammet: aktiviteter pr. 10.000 indbyggere",
      "Kommune",
      "Land",
      "By",
    ]);
    expect([
      c.get("A28")!.bold,
      c.get("A29")!.bold,
      c.get("C29")!.bold,
      c.get("A25")!.bold,
    ]).toEqual([true, true, true, false]);
    // Aalborg (By): its rate under By only; Hjørring (Land): 38 / 64.155 × 10.000 = 5,92 under Land only.
    expect([c.get("A30")!.text, c.get("B30")!.text, c.get("C30")!.text]).toEqual([
      "Aalborg",
      "",
      "8,7",
    ]);
    expect([c.get("A31")!.text, c.get("B31")!.text, c.get("C31")!.text]).toEqual([
      "Hjørring",
      "5,9",
      "",
    ]);
    expect(c.get("B31")!.value).toBeCloseTo((38 / 64155) * 10000, 12);
    expect(c.get("A40")!.value).toBe("Læsø");
  });

  test("the rows outside the hub: a bold label naming the hub, a header, each row's cell, text, reading and hub", async () => {
    const snap = await written();
    const c = cellsOf(snap);
    expect(values(snap, ["A41", "A42", "A43", "B43", "C43", "D43"])).toEqual([
      null,
      "Rækker uden for huset (Erhvervshus Nordjylland)",
      "Celle",
      "Skrevet",
      "Læst som",
      "Erhvervshus",
    ]);
    expect([c.get("A42")!.bold, c.get("A43")!.bold, c.get("D43")!.bold]).toEqual([
      true,
      true,
      true,
    ]);
    // An empty municipality cell: "(tom)" and nothing read; Skive is read as Skive, in Midtjylland.
    expect(values(snap, ["A44", "B44", "C44", "D44"])).toEqual(["CRM!B114", "(tom)", null, null]);
    expect(values(snap, ["A46", "B46", "C46", "D46"])).toEqual([
      "CRM!B163",
      "Skive",
      "Skive",
      "Midtjylland",
    ]);
    expect(values(snap, ["A47", "B47", "C47", "D47"])).toEqual([
      "CRM!B190",
      "Randers Kommune",
      "Randers",
      "Midtjylland",
    ]);
    expect(sheetOf(snap).usedRange).toBe("A1:H51");
  });

  test("column A wider for the labels, the chart beside the table from its figures", async () => {
    const snap = await written();
    const sheet = sheetOf(snap);
    expect(sheet.columnWidths.A).toBe(150);
    expect(sheet.columnWidths.B).toBeGreaterThan(90);
    expect(sheet.columnWidths.H).toBe(sheet.columnWidths.B);
    const [chart] = sheet.charts;
    expect(chart.name).toBe("Aktiviteter pr. 10.000 indbyggere");
    expect(chart.type).toBe("ColumnStacked");
    expect(chart.title).toBe("Aktiviteter pr. 10.000 indbyggere");
    // The figures' header (row 29) and the 11 municipalities under it: A29:C40.
    expect(chart.sourceAddress).toBe("Spredning!A29:C40");
    // 480 points wide; (11 municipalities + 2) × 15 = 195 points high (more than the least, 180).
    expect([chart.position.width, chart.position.height]).toEqual([480, 195]);
    // Right of column H: A is 150 wide, B–H 7 columns of the same width.
    expect(chart.position.left).toBeGreaterThanOrEqual(150 + 7 * sheet.columnWidths.B);
  });
});

describe("Spredning: how the year and the land/by classification were chosen, said on the sheet", () => {
  test("the year from the list's Dato column; the user's own land/by table named", async () => {
    const h = await loadExcelHost(readFileSync(SAMPLE));
    const outcome = await runSpreadOnWorkbook(h.run, {
      hub: "Nordjylland",
      now: FIXED_NOW,
      runId: "t",
      rural: { table: { sheet: "Land og by", name: "Land og by" } },
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.yearFrom).toEqual({ kind: "column", header: "Dato" });
    // Every activity in the sample is dated 2021.
    expect(values(h.snapshot(), ["B5", "B6"])).toEqual([
      "FOLK1A, 1. januar 2021 (året fra kolonnen Dato)",
      "din egen inddeling (tabellen Land og by)",
    ]);
  });

  test("a plain range with no CVR and no year column: the sheet's name, 'ingen', DST's latest year, no rows outside", async () => {
    const h = createExcelHost(
      rangeList(
        "Liste",
        ["Kommune", "Note"],
        [
          ["Aalborg", "a"],
          ["Hjørring", "b"],
          ["Aalborg", "c"],
        ]
      )
    );
    const outcome = await runSpreadOnWorkbook(h.run, {
      hub: "Nordjylland",
      now: FIXED_NOW,
      runId: "t",
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.status).toBe("written");
    expect(outcome.columns).toEqual({ municipality: "Kommune", company: null });
    const snap = h.snapshot();
    // The shipped populations end with 1 January 2026 (src/core/municipalities/data.ts, years 2018–2026).
    expect(values(snap, ["B2", "B4", "B5"])).toEqual([
      "arket Liste",
      "ingen",
      "FOLK1A, 1. januar 2026 (Danmarks Statistiks nyeste år)",
    ]);
    expect(cellsOf(snap).get("B9")!.value).toBe(0);
    expect(cellsOf(snap).get("C9")!.value).toBe("ingen rækker");
    // Nothing below the chart's figures (header row 29, 11 municipalities to row 40).
    expect(sheetOf(snap).usedRange).toBe("A1:H40");
  });
});

describe("Spredning: the list of rows outside the hub stops at 200 rows, the rest counted", () => {
  /** 2 rows in Aalborg and `outside` rows in Viborg (Midtjylland), as a plain range. */
  function list(outside: number) {
    return rangeList(
      "CRM",
      ["Kommune"],
      [["Aalborg"], ["Aalborg"], ...Array.from({ length: outside }, () => ["Viborg"])]
    );
  }
  // The rows outside start under their header: label row 42, header 43, rows from 44 (as on the sample).
  test("200 rows outside: all 200 listed (rows 44–243), no line after them", async () => {
    const h = createExcelHost(list(200));
    expect((await runSpreadOnWorkbook(h.run, OPTIONS)).status).toBe("written");
    const snap = h.snapshot();
    // Viborg's rows are list rows 3–202, cells A4–A203 (the header in row 1).
    expect(values(snap, ["B9", "A44", "A243", "B243", "C243", "D243", "A244"])).toEqual([
      200,
      "CRM!A4",
      "CRM!A203",
      "Viborg",
      "Viborg",
      "Midtjylland",
      null,
    ]);
    expect(sheetOf(snap).usedRange).toBe("A1:H243");
  });

  test("1.203 rows outside: 200 listed, then '… og 1.003 rækker mere'", async () => {
    const h = createExcelHost(list(1203));
    expect((await runSpreadOnWorkbook(h.run, OPTIONS)).status).toBe("written");
    const snap = h.snapshot();
    expect(cellsOf(snap).get("B9")!.text).toBe("1.203");
    expect(values(snap, ["A243", "A244", "B244"])).toEqual([
      "CRM!A203",
      "… og 1.003 rækker mere",
      null,
    ]);
    expect(sheetOf(snap).usedRange).toBe("A1:H244");
  });
});

describe("Spredning stops with a message, and writes nothing, when", () => {
  async function stopped(wb: ExcelJS.Workbook, options: Parameters<typeof runSpreadOnWorkbook>[1]) {
    const h = createExcelHost(wb);
    const before = h.snapshot();
    const outcome = await runSpreadOnWorkbook(h.run, { now: FIXED_NOW, runId: "t", ...options });
    expect(outcome.status).toBe("errors");
    expect(h.snapshot()).toEqual(before);
    return outcome;
  }

  test("no table has a municipality column (Danish and English)", async () => {
    const wb = () => rangeList("Noter", ["Dato", "Tekst"], [["2021-01-04", "møde"]]);
    const da = await stopped(wb(), { hub: "Nordjylland" });
    expect(da.errors).toEqual([
      {
        sheet: "Noter",
        cell: "A1",
        code: "no-activity-list",
        message:
          "ingen aktivitetsliste fundet: en tabel skal have en kolonne med kommunen (fx Kommune)",
      },
    ]);
    const en = await stopped(wb(), { hub: "Nordjylland", locale: "en" });
    expect(en.errors[0].message).toBe(
      "no activity list found: a table needs a municipality column (e.g. Kommune)"
    );
    expect(da.candidates).toEqual([
      {
        sheet: "Noter",
        name: "Noter",
        source: "range",
        headers: ["Dato", "Tekst"],
        rows: 1,
        municipalityColumn: null,
        companyColumn: null,
      },
    ]);
  });

  test("the table the user chose is not in the workbook (Danish and English)", async () => {
    const wb = () => rangeList("CRM", ["Kommune"], [["Aalborg"]]);
    const table = { sheet: "Ark9", name: "Aktiviteter" };
    const da = await stopped(wb(), { hub: "Nordjylland", table });
    expect(da.errors).toEqual([
      {
        sheet: "Ark9",
        cell: "A1",
        code: "no-activity-list",
        message: "tabellen 'Aktiviteter' findes ikke i projektmappen",
      },
    ]);
    const en = await stopped(wb(), { hub: "Nordjylland", table, locale: "en" });
    expect(en.errors[0].message).toBe("there is no table 'Aktiviteter' in the workbook");
  });

  test("the land/by table the user chose is not in the workbook", async () => {
    const out = await stopped(rangeList("CRM", ["Kommune"], [["Aalborg"]]), {
      hub: "Nordjylland",
      rural: { table: { sheet: "Typer", name: "Land og by" } },
    });
    expect(out.errors).toEqual([
      {
        sheet: "Typer",
        cell: "A1",
        code: "rural-table-missing",
        message: "inddelingen i land og by 'Land og by' findes ikke i projektmappen",
      },
    ]);
    expect(out.table).toEqual({ sheet: "CRM", name: "CRM", source: "range" });
  });

  test("no hub is given and none has more than half of the rows: the counts, at the list's header", async () => {
    // 2 rows in Aalborg (Nordjylland), 2 in Viborg (Midtjylland): neither has more than half.
    const out = await stopped(
      rangeList(
        "CRM",
        ["Nr", "Kommune"],
        [
          [1, "Aalborg"],
          [2, "Viborg"],
          [3, "Hjørring"],
          [4, "Viborg"],
        ]
      ),
      {}
    );
    // The counts by size, a tie in the order the hubs first appear in the list.
    expect(out.errors).toEqual([
      {
        sheet: "CRM",
        cell: "A1",
        code: "no-hub",
        message:
          "vælg Erhvervshuset: intet hus har over halvdelen af rækkerne (Nordjylland 2, Midtjylland 2)",
      },
    ]);
    expect(out.hubCounts).toEqual([
      ["Nordjylland", 2],
      ["Midtjylland", 2],
    ]);
  });

  test("no hub is given and no row has a municipality", async () => {
    const out = await stopped(rangeList("CRM", ["Kommune", "Note"], [["", "a"]]), {});
    expect(out.errors).toEqual([
      {
        sheet: "CRM",
        cell: "A1",
        code: "no-hub",
        message: "vælg Erhvervshuset: listen har ingen rækker med en kommune",
      },
    ]);
  });
});

describe("Spredning's choice of activity list", () => {
  test("lists with a municipality column come first, found even in the list's first column", async () => {
    const wb = rangeList("Noter", ["Dato", "Tekst"], [["2021-01-04", "møde"]]);
    const ws = wb.addWorksheet("CRM");
    ws.addRow(["Kommune", "CVR"]);
    ws.addRow(["Aalborg", "11111111"]);
    ws.addRow(["Hjørring", "22222222"]);
    const h = createExcelHost(wb);
    const outcome = await runSpreadOnWorkbook(h.run, {
      hub: "Nordjylland",
      year: 2021,
      now: FIXED_NOW,
      runId: "t",
    });
    expect(outcome.status).toBe("written");
    expect(outcome.candidates.map((c) => [c.sheet, c.municipalityColumn, c.companyColumn])).toEqual(
      [
        ["CRM", "Kommune", "CVR"],
        ["Noter", null, null],
      ]
    );
    expect(outcome.table).toEqual({ sheet: "CRM", name: "CRM", source: "range" });
    expect(outcome.ruralTables).toEqual([{ sheet: "Noter", name: "Noter", source: "range" }]);
    expect(values(h.snapshot(), ["B2", "B3", "B4"])).toEqual(["arket CRM", "Kommune", "CVR"]);
  });
});
