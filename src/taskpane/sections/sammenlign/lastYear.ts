// Last year's workbook, picked by the user, read here before anything is inserted: the file passes the pre-flight
// every .xlsx passes (src/files: a hostile file is refused in Danish, naming sheet and cell), is opened in the
// in-memory host (src/host, the same reader as the command line), and its goal tables are found as Sammenlign finds
// them in this workbook. Only the sheets holding a goal table are inserted. Nothing here touches the user's workbook.
import { findGoalTables } from "../../../core/prepare";
import { isWorkbookRefused } from "../../../files/xlsxPreflight";
import { readAllTables } from "./workbook";

export type LastYearFile =
  | { ok: true; base64: string; sheets: string[] }
  | { ok: false; problem: "refused" | "unreadable" | "no-goal-table"; detail: string };

/** The file's bytes (File.arrayBuffer where the browser has it, else FileReader). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Base64 of the bytes, in slices (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The sheets of the file that hold a goal table, in the file's order, and the file as base64. */
export async function readLastYear(bytes: Uint8Array, locale: "da" | "en"): Promise<LastYearFile> {
  // The host (and ExcelJS with it) is loaded only when a file is picked: the section's own chunk stays small.
  const { loadExcelHost } = await import("../../../host");
  let host;
  try {
    host = await loadExcelHost(bytes);
  } catch (e) {
    if (isWorkbookRefused(e)) return { ok: false, problem: "refused", detail: e.messageIn(locale) };
    return { ok: false, problem: "unreadable", detail: e instanceof Error ? e.message : String(e) };
  }
  const { tables } = await readAllTables((batch) => host.run(batch));
  const sheets: string[] = [];
  for (const { table } of findGoalTables(tables))
    if (!sheets.includes(table.sheet)) sheets.push(table.sheet);
  if (sheets.length === 0) return { ok: false, problem: "no-goal-table", detail: "" };
  return { ok: true, base64: toBase64(bytes), sheets };
}
