// A1-style addresses for messages ("Mål!F7") and for the adapter's ranges. Zero-based row/column indexes inside.

export function columnLetters(columnIndex: number): string {
  let n = columnIndex + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndexFromLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}

export function cellAddress(rowIndex: number, columnIndex: number): string {
  return `${columnLetters(columnIndex)}${rowIndex + 1}`;
}

export function rangeAddress(
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number
): string {
  const start = cellAddress(rowIndex, columnIndex);
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${cellAddress(rowIndex + rowCount - 1, columnIndex + columnCount - 1)}`;
}

/** Sheet names with spaces or punctuation are quoted the way Excel does: 'Mål 2021'!A1. */
export function qualifiedAddress(sheet: string, address: string): string {
  const needsQuotes = !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${address}`;
}

export interface ParsedAddress {
  sheet?: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Parses "A1", "B2:D9" or "Sheet!B2:D9" / "'My sheet'!B2". Whole-column/row references are not supported. */
export function parseAddress(address: string): ParsedAddress {
  let sheet: string | undefined;
  let rest = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = address.slice(bang + 1);
  }
  const parts = rest.replace(/\$/g, "").split(":");
  const parseCell = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`Invalid cell address: ${s}`);
    return { row: Number(m[2]) - 1, col: columnIndexFromLetters(m[1]) };
  };
  const a = parseCell(parts[0]);
  const b = parts.length > 1 ? parseCell(parts[1]) : a;
  const rowIndex = Math.min(a.row, b.row);
  const columnIndex = Math.min(a.col, b.col);
  return {
    sheet,
    rowIndex,
    columnIndex,
    rowCount: Math.abs(b.row - a.row) + 1,
    columnCount: Math.abs(b.col - a.col) + 1,
  };
}
