// Reads a CSV export as a RawTable, so a CSV file goes through the same key reading as a sheet. The first non-blank
// line is the header row and addresses are those the file would have opened in Excel (A1 = first header when the
// file starts with it). Danish Excel writes ";" with decimal commas; "," and tab are recognised too. Files are read
// as bytes (csvBytesToRawTable): UTF-8 with or without BOM and Windows-1252 ("CSV (semikolonsepareret)") both read right.
import { decodeText, type TextEncoding } from "../encoding";
import type { RawCell, RawTable } from "../model";

/** Splits CSV text into rows of fields. Quotes ("a;b", "say ""hi""") may hold separators and line breaks. */
export function splitCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The separator of the first non-blank line, outside quotes: the most frequent of ";", "\t" and ",", ";" on a tie. */
export function detectSeparator(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const counts = new Map<string, number>([
    [";", 0],
    ["\t", 0],
    [",", 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ";";
  for (const [sep, n] of counts) if (n > (counts.get(best) as number)) best = sep;
  return best;
}

/**
 * A CSV file's bytes as one table named after the file, whatever encoding Excel saved it in (see ../encoding.ts).
 * Every reader of a CSV file goes through here, so "Fanø" is "Fanø" in UTF-8, UTF-8 with BOM and Windows-1252.
 */
export function csvBytesToRawTable(
  bytes: Uint8Array,
  fileName: string
): { table: RawTable; encoding: TextEncoding } {
  const { text, encoding } = decodeText(bytes);
  return { table: csvToRawTable(text, fileName), encoding };
}

/** A CSV file's text (already decoded; a leading BOM is dropped) as one table named after the file. All values stay text. */
export function csvToRawTable(text: string, fileName: string): RawTable {
  const body = text.replace(/^\uFEFF/, "");
  const lines = splitCsv(body, detectSeparator(body));
  const isBlankLine = (l: string[]) => l.every((f) => f.trim() === "");
  const headerRowIndex = Math.max(
    0,
    lines.findIndex((l) => !isBlankLine(l))
  );
  const headers = (lines[headerRowIndex] ?? []).map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  const bodyLines = lines.slice(headerRowIndex + 1);
  while (bodyLines.length > 0 && isBlankLine(bodyLines[bodyLines.length - 1])) bodyLines.pop();
  const cell = (l: string[], c: number): RawCell => {
    const v = l[c];
    return v === undefined || v.trim() === "" ? null : v.trim();
  };
  return {
    sheet: fileName,
    name: fileName,
    source: "range",
    headerRowIndex,
    firstColumnIndex: 0,
    headers,
    rowCount: bodyLines.length,
    columns: headers.map((_, c) => bodyLines.map((l) => cell(l, c))),
  };
}
