// Reads every table of an .xlsx file for the command line, through the same adapter and in-memory Excel host that
// `evaluate` uses, so a table is found the same way in Excel, on the command line and in the tests.
import { promises as fs } from "fs";
import type { RawTable } from "../core/model";
import { readAllTables } from "../excel";
import { loadExcelHost } from "../host";

export async function readRawTables(path: string): Promise<RawTable[]> {
  const host = await loadExcelHost(await fs.readFile(path));
  return (await readAllTables(host.run.bind(host))).tables;
}
