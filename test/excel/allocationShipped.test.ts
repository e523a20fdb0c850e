// Fordeling from Danmarks Statistik's populations (no key table typed): the hub's municipalities and their
// populations on 1 January come from the shipped data, and the Fordeling sheet is the key table. The oracle is seed
// 003's printed key (assets/fordeling-nordjylland-2019.csv, in 1.000 kr., made from the 2018 populations with
// monthly rounding: 16.488 in all), read here as a plain file, not by the code under test.
import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import {
  ALLOCATION_SHEET,
  runAllocationOnWorkbook,
  STATE_SHEET,
  undoLastRun,
} from "../../src/excel";
import { createExcelHost, type HostSnapshot } from "../../src/host";
import { describeChanges, diffSnapshots } from "../helpers/fuzzSnapshot";
import { FIXED_NOW } from "../helpers/workbooks";

const SEED_003 = path.join(__dirname, "..", "..", "assets", "fordeling-nordjylland-2019.csv");

/** Seed 003's printed amounts in kroner, by municipality (DST writes "Vesthimmerlands"). */
function seed003(): Map<string, number> {
  const lines = readFileSync(SEED_003, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .slice(1, -1);
  return new Map(
    lines.map((l) => {
      const [name, amount] = l.split(";");
      return [
        name === "Vesthimmerland" ? "Vesthimmerlands" : name,
        Number(amount.replace(/\./g, "")) * 1000,
      ];
    })
  );
}

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Budget").getCell("A1").value = "Tilskud 2019";
  return wb;
}

function cells(snap: HostSnapshot, sheet: string) {
  return new Map(snap.sheets.find((s) => s.name === sheet)!.cells.map((c) => [c.address, c.value]));
}

const SHIPPED = {
  shipped: { hub: "Erhvervshus Nordjylland", year: 2018 },
  total: 16_500_000,
  unit: 1000,
  instalments: 12 as const,
  now: FIXED_NOW,
  runId: "t",
};

describe("Fordeling from Danmarks Statistik's populations (Nordjylland, 1 January 2018)", () => {
  test("round-each reproduces seed 003's printed key on the Fordeling sheet, populations and credit included", async () => {
    const host = createExcelHost(userWorkbook());
    const outcome = await runAllocationOnWorkbook(host.run, { ...SHIPPED, method: "round-each" });
    expect(outcome.errors).toEqual([]);
    expect(outcome.status).toBe("written");
    expect(outcome.table).toBeNull();
    expect(outcome.shipped).toEqual({
      hub: "Nordjylland",
      year: 2018,
      source: "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2018)",
    });
    const s = cells(host.snapshot(), ALLOCATION_SHEET);
    expect(s.get("B2")).toBe("Danmarks Statistik, Erhvervshus Nordjylland (11 kommuner)");
    expect(s.get("B3")).toBe("1. januar 2018");
    const printed = seed003();
    const written = new Map<string, number>();
    for (let r = 11; r < 22; r++) written.set(s.get(`A${r}`) as string, s.get(`B${r}`) as number);
    expect(written).toEqual(printed);
    expect([s.get("A22"), s.get("B22")]).toEqual(["I alt", 16_488_000]);
    // The key's populations are on the sheet: Læsø's 1.807 on 1 January 2018 (kommuner.csv, folk_2018_01_01).
    const laesoe = [...Array(11).keys()].map((i) => 11 + i).find((r) => s.get(`A${r}`) === "Læsø")!;
    expect(s.get(`E${laesoe}`)).toBe(1807);
    // The audit line: nothing typed, nothing to audit, in Danish, with the source's credit.
    expect(s.get("B25")).toBe(
      "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2018). Indbyggertallene er ikke tastet, så der er intet at revidere."
    );
    // The user's sheet is as it was.
    expect([...cells(host.snapshot(), "Budget")]).toEqual([["A1", "Tilskud 2019"]]);
  });

  test("largest remainder gives 16.500.000 exactly", async () => {
    const host = createExcelHost(userWorkbook());
    const outcome = await runAllocationOnWorkbook(host.run, SHIPPED);
    expect(outcome.allocation!.sum).toBe(16_500_000);
    expect(cells(host.snapshot(), ALLOCATION_SHEET).get("B22")).toBe(16_500_000);
  });

  test("re-run identical; Fortryd gives back the workbook as it was", async () => {
    const host = createExcelHost(userWorkbook());
    const before = host.snapshot();
    await runAllocationOnWorkbook(host.run, SHIPPED);
    const first = host.snapshot();
    await runAllocationOnWorkbook(host.run, SHIPPED);
    const ignore = { ignoreSheets: [STATE_SHEET] };
    expect(describeChanges(diffSnapshots(first, host.snapshot(), ignore))).toBe("");
    const fresh = createExcelHost(userWorkbook());
    await runAllocationOnWorkbook(fresh.run, SHIPPED);
    expect((await undoLastRun(fresh.run)).status).toBe("undone");
    // Fortryd empties the Fordeling sheet the run made (no sheet is deleted in an ordinary run: undo page).
    const ignoreEmptied = { ignoreSheets: [STATE_SHEET, "Fordeling"] };
    expect(describeChanges(diffSnapshots(before, fresh.snapshot(), ignoreEmptied))).toBe("");
    expect(fresh.snapshot().sheets.find((x) => x.name === "Fordeling")!.cells).toEqual([]);
  });

  test("an unknown hub or a year without figures is a Danish error; nothing is written", async () => {
    const host = createExcelHost(userWorkbook());
    const before = host.snapshot();
    const hub = await runAllocationOnWorkbook(host.run, {
      ...SHIPPED,
      shipped: { hub: "Nordjyland", year: 2018 },
    });
    expect(hub.status).toBe("errors");
    expect(hub.errors[0].message).toContain("mente du Nordjylland");
    const year = await runAllocationOnWorkbook(host.run, {
      ...SHIPPED,
      shipped: { hub: "Fyn", year: 2031 },
    });
    expect(year.status).toBe("errors");
    expect(year.errors[0].message).toContain("2031");
    expect(host.snapshot()).toEqual(before);
  });
});
