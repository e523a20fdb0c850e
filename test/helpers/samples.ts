// The seed samples, read from assets/ (built by scripts/build-samples.js from the seeds), for every test that needs
// a real contract or key: one place, so no test types seed 004's nine goals out again.
import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { readRawTables } from "../../src/cli/workbook";
import type { RawCell, RawTable } from "../../src/core/model";
import {
  createExcelHost,
  loadExcelHost,
  type ExcelHost,
  type ExcelHostOptions,
} from "../../src/host";

export const ASSETS = path.join(__dirname, "..", "..", "assets");

export const SAMPLES = {
  /** Seed 004: Erhvervshus Nordjylland's 2020 report as an Excel table (Mål!Maal2020): 9 goals, 97,2 %. */
  nordjylland2020: "nordjylland-2020-afrapportering.xlsx",
  /** Seed 002: status 13 Oct 2021 as a plain range (sheet Status 2021): 12 goals, 5 pending, 85,7 % (50–91,7 %). */
  nordjylland2021: "nordjylland-2021-status.xlsx",
  /** Seed 001: goals computed from raw rows (NPS, ANDEL, ANTAL, NYE): 6 goals, 82,5 %. */
  sydjylland2021: "sydjylland-2021-raadata.xlsx",
} as const;
export type SampleName = keyof typeof SAMPLES;

export const KEYS = {
  /** Seed 003: KKR Nordjylland's 2019 key in 1.000 kr. (amounts, no populations), total row "Nordjylland i alt". */
  nordjylland2019: "fordeling-nordjylland-2019.csv",
  /** Seed 000: KKR Syddanmark's 2020 key for Sydjylland: populations and stated shares, TOTAL row. */
  sydjylland2020: "fordeling-sydjylland-2020.csv",
} as const;
export type KeyName = keyof typeof KEYS;

export const samplePath = (name: SampleName): string => path.join(ASSETS, SAMPLES[name]);
export const keyPath = (name: KeyName): string => path.join(ASSETS, KEYS[name]);

export function sampleBytes(name: SampleName): Buffer {
  return readFileSync(samplePath(name));
}

/** The sample as an ExcelJS workbook (to add a sheet or change a cell before handing it to a host). */
export async function sampleWorkbook(name: SampleName): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sampleBytes(name) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The sample loaded into the in-memory Excel host, as Excel would open it. */
export function sampleHost(name: SampleName, options: ExcelHostOptions = {}): Promise<ExcelHost> {
  return loadExcelHost(sampleBytes(name), options);
}

/** The key's CSV text, without the byte order mark Excel writes. */
export function keyText(name: KeyName): string {
  return readFileSync(keyPath(name), "utf8").replace(/^\uFEFF/, "");
}

/**
 * The key pasted into a sheet as a consultant would: numbers in the number column ("1.224" → 1224), stated shares
 * kept as the text the file has ("3,47 %").
 */
export function keyWorkbook(
  name: KeyName,
  into?: ExcelJS.Workbook,
  sheetName = "Nøgle"
): ExcelJS.Workbook {
  const wb = into ?? new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  keyText(name)
    .trim()
    .split(/\r?\n/)
    .forEach((line, r) => {
      line.split(";").forEach((cell, c) => {
        sheet.getCell(r + 1, c + 1).value =
          c === 1 && r > 0 ? Number(cell.replace(/\./g, "")) : cell;
      });
    });
  return wb;
}

export function keyHost(name: KeyName, options: ExcelHostOptions = {}): ExcelHost {
  return createExcelHost(keyWorkbook(name), options);
}

/** Every table of the sample as the adapter reads it (the same reader the command line uses). */
export function sampleTables(name: SampleName): Promise<RawTable[]> {
  return readRawTables(samplePath(name));
}

/** The sample's goal table (the one with an Nr column) as the adapter reads it. */
export async function sampleGoalTable(name: SampleName): Promise<RawTable> {
  const table = (await sampleTables(name)).find((t) => t.headers.includes("Nr"));
  if (!table) throw new Error(`${SAMPLES[name]} has no goal table`);
  return table;
}

/** How a cell is given: as the user sees it (0,97 formatted "0 %" is "97 %"), or as the value the cell holds (0.97). */
export type CellReading = "shown" | "values";

const goalRowsCache = new Map<string, Promise<Map<string, RawCell>[]>>();

/** Each body row of the goal table: header → the cell (see sampleGoalRows). */
function goalRowRecords(name: SampleName, reading: CellReading): Promise<Map<string, RawCell>[]> {
  const key = `${name}:${reading}`;
  let rows = goalRowsCache.get(key);
  if (!rows) {
    rows = (async () => {
      const table = await sampleGoalTable(name);
      const sheet = (await sampleHost(name)).snapshot().sheets.find((s) => s.name === table.sheet)!;
      const cells = new Map(sheet.cells.map((c) => [`${c.row}:${c.column}`, c]));
      return Array.from({ length: table.rowCount }, (_, r) => {
        const record = new Map<string, RawCell>();
        table.headers.forEach((header, c) => {
          const cell = cells.get(`${table.headerRowIndex + 1 + r}:${table.firstColumnIndex + c}`);
          if (!cell || cell.value === null || cell.value === "") record.set(header, null);
          // A number shown through a format (0,97 as "97 %") is given as the text the user sees, so a test can put
          // it in a workbook of its own without the format, or in a RawTable without numberFormats.
          else if (reading === "shown" && typeof cell.value === "number" && cell.numberFormat !== "General")
            record.set(header, cell.text);
          else record.set(header, cell.value);
        });
        return record;
      });
    })();
    goalRowsCache.set(key, rows);
  }
  return rows;
}

/**
 * The sample's goal rows, one array per row in the order of `headers` (a header the sample lacks gives null), for
 * tests that build a workbook or a RawTable of their own layout from the seed, e.g. seed 004 without Del:
 *   await sampleGoalRows("nordjylland2020", ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %"])
 *   → [["1", "Virksomhedernes tilfredshed …", 72, 60, 50], ["2", "…", "97 %", "70 %", "60 %"], …]
 * Every row has one entry per header (null where the cell is empty). With `reading = "values"` a formatted number is
 * given as the number the cell holds (0.97), for a test that writes it back with the format.
 */
export async function sampleGoalRows(
  name: SampleName,
  headers: string[],
  reading: CellReading = "shown"
): Promise<RawCell[][]> {
  return (await goalRowRecords(name, reading)).map((record) => headers.map((h) => record.get(h) ?? null));
}
