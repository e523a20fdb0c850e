// Where a plain-range goal table ends (issue 14, item 1), end to end: `maalopfyldelse evaluate` on an .xlsx whose goal
// table has source notes under it after a blank row. Seed 004's nine goals (8 × 100 % and goal 6 at 3/4) plus goals 10
// and 11 awaiting data: 8,75 / 9 = 97,2 %, range 8,75 / 11 = 79,5 % to 10,75 / 11 = 97,7 %, 9 of 11 goals measured.
// Read as goals, the two notes would make it "9 af 13" and get "Afventer data" written beside them.
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { goalWorkbook, nordjylland2020Rows, type GoalRow } from "../helpers/workbooks";

let dir: string;
let rows: GoalRow[];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "maal-tableend-"));
  rows = [
    ...(await nordjylland2020Rows()),
    ["10", "Kendskab til Erhvervshusene", null, "Afventer data", "45 %", null, null],
    ["11", "Grøn omstilling", null, null, null, null, "ja/nej"],
    [null, null, null, null, null, null, null],
    ["Kilde: NPS-måling Q3 2021", null, null, null, null, null, null],
    ["Mål 11 er udgået af kontrakten", null, null, null, null, null, null],
  ];
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await runCli(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

test("notes under a plain-range goal table: 9 af 11 mål målt, the notes as information, nothing written beside them", async () => {
  const input = path.join(dir, "noter.xlsx");
  await goalWorkbook(rows, { asTable: false }).xlsx.writeFile(input);
  const out = path.join(dir, "noter.beregnet.xlsx");
  const { code, out: stdout, err } = await cli("evaluate", input, "--out", out, "--json");
  expect(err).toBe("");
  expect(code).toBe(0);
  const json = JSON.parse(stdout);
  expect(json.overallText).toBe("97,2 % (79,5–97,7 %), 9 af 11 mål målt");
  expect(json.overall).toBeCloseTo(8.75 / 9, 12);
  expect(json.goals).toHaveLength(11);
  expect(json.pending).toEqual(["10", "11"]);
  expect(json.errors).toEqual([]);
  // Header row 3, goals on rows 4–14, a blank row 15, the notes on rows 16–17.
  expect(json.info).toEqual([
    {
      sheet: "Mål",
      cell: "A16",
      message:
        "Række 16–17 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021'): måltabellen slutter ved det sidste mål",
    },
  ]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sheet = wb.getWorksheet("Mål")!;
  const header = (sheet.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(String);
  const status = header.indexOf("Status") + 1;
  expect(status).toBeGreaterThan(7);
  expect(sheet.getRow(14).getCell(status).value).toBe("Afventer data"); // goal 11
  // Beside the blank row and the notes: nothing in any written column.
  for (const r of [15, 16, 17])
    for (let c = 8; c <= header.length; c++)
      expect([r, c, sheet.getRow(r).getCell(c).value]).toEqual([r, c, null]);
  expect(sheet.getCell("A16").value).toBe("Kilde: NPS-måling Q3 2021");

  const text = await cli("evaluate", input, "--out", path.join(dir, "igen.xlsx"));
  expect(text.out).toContain(
    "Til orientering: Række 16–17 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021')"
  );
});
