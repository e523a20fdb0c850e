// Why a workbook file is refused before the file library reads it: one error type, in Danish with an English
// variant, naming the sheet and the cell or range where there is one (docs/files.md lists every reason).

export type RefusalCode =
  | "not-a-zip"
  | "text-file"
  | "legacy-or-encrypted"
  | "truncated"
  | "corrupt"
  | "too-many-entries"
  | "bad-entry-name"
  | "duplicate-entry"
  | "overlapping-entries"
  | "unsupported-entry"
  | "too-large"
  | "entry-too-large"
  | "compression-ratio"
  | "size-mismatch"
  | "no-workbook"
  | "missing-sheet-part"
  | "xml-doctype"
  | "xml-malformed"
  | "row-out-of-bounds"
  | "column-out-of-bounds"
  | "bad-reference"
  | "range-out-of-bounds"
  | "too-many-cells"
  | "merge-too-large"
  | "too-many-merges"
  | "validation-too-large"
  | "defined-name-out-of-bounds"
  | "defined-name-too-large"
  | "sheet-id-out-of-bounds"
  | "duplicate-sheet-id"
  | "too-many-strings"
  | "too-many-styles";

export interface RefusalDetails {
  code: RefusalCode;
  /** The sheet's name, when the problem is in one sheet. */
  sheet?: string;
  /** The cell or range (A1 style), when there is one. */
  ref?: string;
  /** The part of the archive (e.g. xl/worksheets/sheet1.xml). */
  part?: string;
  da: string;
  en: string;
}

/** A workbook file refused by the pre-flight check. `message` is Danish; `english` the English variant. */
export class WorkbookRefusedError extends Error {
  readonly code: RefusalCode;
  readonly sheet?: string;
  readonly ref?: string;
  readonly part?: string;
  readonly english: string;

  constructor(details: RefusalDetails) {
    super(details.da);
    this.name = "WorkbookRefusedError";
    this.code = details.code;
    this.sheet = details.sheet;
    this.ref = details.ref;
    this.part = details.part;
    this.english = details.en;
  }

  messageIn(locale: "da" | "en"): string {
    return locale === "en" ? this.english : this.message;
  }
}

export function isWorkbookRefused(e: unknown): e is WorkbookRefusedError {
  return e instanceof WorkbookRefusedError;
}

/** 1048576 → "1.048.576" (Danish) or "1,048,576" (English), the same on every platform. */
export function formatCount(n: number, locale: "da" | "en"): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "da" ? "." : ",");
  return n < 0 ? `-${grouped}` : grouped;
}

/** Bytes as whole MB (1 MB = 1,048,576 bytes), or bytes below 1 MB. */
export function formatBytes(n: number, locale: "da" | "en"): string {
  const mb = 1024 * 1024;
  if (n >= mb) return `${formatCount(Math.round(n / mb), locale)} MB`;
  return `${formatCount(n, locale)} byte${locale === "en" && n !== 1 ? "s" : ""}`;
}

/** "Mål!A1:B2: " / "Mål: " / "" — where the problem is, as the rest of the add-in writes it. */
export function where(sheet: string | undefined, ref: string | undefined): string {
  if (sheet && ref) return `${sheet}!${ref}: `;
  if (sheet) return `${sheet}: `;
  return "";
}
