// The pre-flight check every .xlsx file passes before the file library (ExcelJS 4.4.0) reads it. ExcelJS turns
// some small files into minutes of work or a heap exhaustion the process cannot catch (advisories in
// docs/files.md): a merge over the whole sheet, a row or column number past Excel's grid, a huge defined name or
// data-validation range, a sheet id in the billions, a zip bomb. This check opens the archive itself, reads the
// central directory first, inflates every entry with a hard cap and scans the XML ExcelJS will act on, then refuses
// a file outside Excel's limits or the budgets in limits.ts with a Danish error (English variant on the error)
// naming the sheet and the cell or range. It runs in Node and in the browser (the workbench) and touches nothing
// but the bytes it is given.
import { attribute, XmlScanner, type XmlHandler } from "./xmlScan";
import {
  checkZipEntries,
  defaultInflater,
  inflateEntry,
  readZipDirectory,
  type Inflater,
  type ZipEntry,
} from "./zipArchive";
import {
  cellInGrid,
  outOfGrid,
  parseCell,
  parseRange,
  rangeCells,
  rangeInGrid,
  type RangeRef,
} from "./cellRefs";
import {
  DEFAULT_LIMITS,
  EXCEL_MAX_CELL_FORMATS,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  EXCEL_MAX_SHEET_ID,
  type PreflightLimits,
} from "./limits";
import { WorkbookRefusedError, formatBytes, formatCount, where, type RefusalCode } from "./refusal";

export { WorkbookRefusedError, isWorkbookRefused } from "./refusal";
export { DEFAULT_LIMITS, type PreflightLimits } from "./limits";

export interface PreflightReport {
  entries: number;
  /** Bytes the archive inflated to (all entries). */
  uncompressedBytes: number;
  sheets: number;
  /** <c> elements seen in worksheets. */
  cells: number;
}

// The parts ExcelJS reads, by the same patterns it matches entry names with (lib/xlsx/xlsx.js, unanchored).
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const DRAWING = /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/;
const COMMENTS = /xl\/(comments\d+)[.]xml/;
const TABLE = /xl\/tables\/(table\d+)[.]xml/;
const XML_PART = /\.(xml|rels|vml)$/i;

function refuse(
  code: RefusalCode,
  place: { sheet?: string; ref?: string; part?: string },
  da: string,
  en: string
): never {
  throw new WorkbookRefusedError({
    code,
    ...place,
    da: `${where(place.sheet, place.ref)}${da}`,
    en: `${where(place.sheet, place.ref)}${en}`,
  });
}

export interface PreflightOptions {
  limits?: PreflightLimits;
  /** "node" (zlib, Node only) or "web" (DecompressionStream); by default zlib where it exists. */
  inflater?: Inflater;
}

/** Checks a workbook file's bytes; resolves with what it saw, or rejects with a WorkbookRefusedError. */
export async function preflightXlsx(
  data: ArrayBuffer | Uint8Array,
  options: PreflightOptions = {}
): Promise<PreflightReport> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniff(bytes);
  const entries = readZipDirectory(bytes, limits);
  checkZipEntries(entries);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) byName.set(partName(entry.name), entry);

  const check = new Preflight(bytes, limits, byName, options.inflater ?? defaultInflater());
  return check.run(entries);
}

function partName(name: string): string {
  return name.startsWith("/") ? name.slice(1) : name;
}

/** Files that are not zip archives at all: say what they look like. */
function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) refuse("not-a-zip", {}, "filen er tom.", "the file is empty.");
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && ole.every((b, i) => bytes[i] === b))
    refuse(
      "legacy-or-encrypted",
      {},
      "filen er en ældre Excel-fil (.xls) eller en adgangskodebeskyttet arbejdsbog. Åbn den i Excel, og gem den som .xlsx uden adgangskode.",
      "the file is an older Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx without a password."
    );
  const head = bytes.subarray(0, 4096);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Tab, line breaks and form feed count as text; other control characters and undecodable bytes do not.
    if (code !== 0xfffd && (code >= 0x20 || (code >= 0x09 && code <= 0x0d))) printable++;
  }
  if (text.length > 0 && printable / text.length > 0.95)
    refuse(
      "text-file",
      {},
      "filen er tekst, ikke en Excel-arbejdsbog (en CSV- eller tekstfil med endelsen .xlsx?).",
      "the file is text, not an Excel workbook (a CSV or text file named .xlsx?)."
    );
  refuse(
    "not-a-zip",
    {},
    "filen er ikke en Excel-arbejdsbog (.xlsx): den er hverken et zip-arkiv eller tekst.",
    "the file is not an Excel workbook (.xlsx): it is neither a zip archive nor text."
  );
}

interface SheetInfo {
  name: string;
  sheetId: number;
  /** The relationship id of its part (r:id). */
  rid?: string;
}

class Preflight {
  private inflated = 0;
  private cells = 0;
  private mergedCells = 0;
  private validationCells = 0;
  private readonly sheetOfPart = new Map<string, string>();
  private readonly done = new Set<string>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: PreflightLimits,
    private readonly byName: Map<string, ZipEntry>,
    private readonly inflater: Inflater
  ) {}

  async run(entries: ZipEntry[]): Promise<PreflightReport> {
    const workbook = this.byName.get("xl/workbook.xml");
    if (!workbook)
      refuse(
        "no-workbook",
        {},
        "filen er et zip-arkiv, men ikke en Excel-arbejdsbog (xl/workbook.xml mangler).",
        "the file is a zip archive but not an Excel workbook (xl/workbook.xml is missing)."
      );

    // The workbook and its relationships first, so every later message can name the sheet.
    const sheets: SheetInfo[] = [];
    await this.scan(workbook, this.workbookHandler(sheets));
    const targets = new Map<string, string>();
    const workbookRels = this.byName.get("xl/_rels/workbook.xml.rels");
    if (workbookRels) await this.scan(workbookRels, relsHandler("xl/", targets));
    this.checkSheets(sheets, targets);

    // Declared sizes before inflating anything else: a bomb that tells the truth is refused at once.
    this.checkDeclaredSizes(entries);

    // Which sheet owns each drawing, comments and table part (for messages).
    for (const entry of entries) {
      const name = partName(entry.name);
      const match = WORKSHEET_RELS.exec(name);
      if (!match || this.done.has(name)) continue;
      const sheetPart = name.replace(/_rels\/(sheet\d+\.xml)\.rels$/, "$1");
      const owned = new Map<string, string>();
      await this.scan(entry, relsHandler(sheetPart.replace(/[^/]*$/, ""), owned));
      const sheet = this.sheetOfPart.get(sheetPart);
      if (sheet) for (const target of owned.values()) this.sheetOfPart.set(target, sheet);
    }

    for (const entry of entries) {
      const name = partName(entry.name);
      if (this.done.has(name) || name.endsWith("/")) continue;
      await this.scan(entry, this.handlerFor(name));
    }
    return {
      entries: entries.length,
      uncompressedBytes: this.inflated,
      sheets: sheets.length,
      cells: this.cells,
    };
  }

  /** Inflates one entry (never past its declared size or the budget) and feeds XML parts to the handler. */
  private async scan(entry: ZipEntry, handler: XmlHandler | null): Promise<void> {
    const name = partName(entry.name);
    this.done.add(name);
    this.checkDeclaredSize(entry);
    const cap = Math.min(entry.declaredSize, this.limits.maxEntryUncompressedBytes);
    const scanner = handler && XML_PART.test(name) ? new XmlScanner(handler, name) : null;
    const produced = await inflateEntry(
      this.bytes,
      entry,
      cap,
      (chunk) => scanner?.pushBytes(chunk),
      (atLeast) =>
        refuse(
          "size-mismatch",
          this.placeOf(name),
          `'${name}' udpakkes til mere end de ${formatBytes(entry.declaredSize, "da")}, zip-arkivet angiver (mindst ${formatBytes(atLeast, "da")}); filen er sandsynligvis en zip-bombe.`,
          `'${name}' unpacks to more than the ${formatBytes(entry.declaredSize, "en")} the zip archive declares (at least ${formatBytes(atLeast, "en")}); the file is probably a zip bomb.`
        ),
      this.inflater
    );
    scanner?.end();
    this.inflated += produced;
  }

  private placeOf(part: string): { sheet?: string; part: string } {
    return { sheet: this.sheetOfPart.get(part), part };
  }

  private checkDeclaredSizes(entries: ZipEntry[]): void {
    let total = 0;
    for (const entry of entries) {
      this.checkDeclaredSize(entry);
      total += entry.declaredSize;
    }
    if (total > this.limits.maxTotalUncompressedBytes)
      refuse(
        "too-large",
        {},
        `arbejdsbogen fylder ${formatBytes(total, "da")} udpakket; højst ${formatBytes(this.limits.maxTotalUncompressedBytes, "da")} kan læses.`,
        `the workbook takes ${formatBytes(total, "en")} unpacked; at most ${formatBytes(this.limits.maxTotalUncompressedBytes, "en")} can be read.`
      );
  }

  private checkDeclaredSize(entry: ZipEntry): void {
    const name = partName(entry.name);
    const place = this.placeOf(name);
    const label = place.sheet ? `arket '${place.sheet}' (${name})` : `'${name}'`;
    const labelEn = place.sheet ? `sheet '${place.sheet}' (${name})` : `'${name}'`;
    if (entry.declaredSize > this.limits.maxEntryUncompressedBytes)
      refuse(
        "entry-too-large",
        { part: name },
        `${label} fylder ${formatBytes(entry.declaredSize, "da")} udpakket; højst ${formatBytes(this.limits.maxEntryUncompressedBytes, "da")} pr. del kan læses (en zip-bombe?).`,
        `${labelEn} takes ${formatBytes(entry.declaredSize, "en")} unpacked; at most ${formatBytes(this.limits.maxEntryUncompressedBytes, "en")} per part can be read (a zip bomb?).`
      );
    const ratio = entry.declaredSize / Math.max(1, entry.compressedSize);
    if (
      entry.declaredSize >= this.limits.ratioCheckFromBytes &&
      ratio > this.limits.maxCompressionRatio
    )
      refuse(
        "compression-ratio",
        { part: name },
        `${label} er pakket ${formatCount(Math.round(ratio), "da")} gange (højst ${formatCount(this.limits.maxCompressionRatio, "da")}); filen er sandsynligvis en zip-bombe.`,
        `${labelEn} is compressed ${formatCount(Math.round(ratio), "en")} times (at most ${formatCount(this.limits.maxCompressionRatio, "en")}); the file is probably a zip bomb.`
      );
  }

  private workbookHandler(sheets: SheetInfo[]): XmlHandler {
    let definedName: { name: string; localSheetId?: string } | null = null;
    let definedNameCells = 0;
    return {
      textOf: new Set(["definedName"]),
      open: (name, attrs) => {
        if (name === "sheet") {
          const sheetName = attribute(attrs, "name") ?? "";
          const id = attribute(attrs, "sheetId");
          sheets.push({
            name: sheetName,
            sheetId: id === undefined ? NaN : parseInt(id, 10),
            rid: attribute(attrs, "r:id"),
          });
        } else if (name === "definedName") {
          definedName = {
            name: attribute(attrs, "name") ?? "",
            localSheetId: attribute(attrs, "localSheetId"),
          };
        }
      },
      text: (_name, text) => {
        if (!definedName) return;
        definedNameCells += this.checkDefinedName(definedName.name, text, definedNameCells);
        definedName = null;
      },
    };
  }

  /** The cells ExcelJS would create for one defined name; refuses references outside the grid. ExcelJS expands
   * every range whose text holds a `$` cell by cell (DefinedNames model setter; only print areas and titles are
   * kept as text), so those ranges are counted. */
  private checkDefinedName(name: string, text: string, before: number): number {
    const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    const counted = name !== "_xlnm.Print_Area" && name !== "_xlnm.Print_Titles";
    let cells = 0;
    const token =
      /(?<![A-Za-z0-9_.$])(\$?[A-Za-z]{1,3}\$?\d{1,16})(?::(\$?[A-Za-z]{1,3}\$?\d{1,16}))?(?![A-Za-z0-9_([])/g;
    for (const m of text.matchAll(token)) {
      if (!m[0].includes("$")) continue;
      const range = parseRange(m[0]);
      if (!range) continue;
      if (!rangeInGrid(range)) {
        const why = outOfGrid(range);
        refuse(
          "defined-name-out-of-bounds",
          { ref: m[0], part: "xl/workbook.xml" },
          `navnet '${name}' (${shown}): ${why.da}.`,
          `the name '${name}' (${shown}): ${why.en}.`
        );
      }
      if (counted) cells += rangeCells(range);
    }
    if (before + cells > this.limits.maxDefinedNameCells)
      refuse(
        "defined-name-too-large",
        { part: "xl/workbook.xml" },
        `navnet '${name}' (${shown}) dækker ${formatCount(cells, "da")} celler; navnene i en arbejdsbog kan højst dække ${formatCount(this.limits.maxDefinedNameCells, "da")} celler tilsammen.`,
        `the name '${name}' (${shown}) covers ${formatCount(cells, "en")} cells; the names of a workbook can cover at most ${formatCount(this.limits.maxDefinedNameCells, "en")} cells together.`
      );
    return cells;
  }

  private checkSheets(sheets: SheetInfo[], targets: Map<string, string>): void {
    const byId = new Map<number, string>();
    for (const sheet of sheets) {
      if (
        !Number.isInteger(sheet.sheetId) ||
        sheet.sheetId < 1 ||
        sheet.sheetId > EXCEL_MAX_SHEET_ID
      )
        refuse(
          "sheet-id-out-of-bounds",
          { sheet: sheet.name, part: "xl/workbook.xml" },
          `arkets sheetId er ${Number.isNaN(sheet.sheetId) ? "ugyldigt" : formatCount(sheet.sheetId, "da")}; Excel tillader 1 til ${formatCount(EXCEL_MAX_SHEET_ID, "da")}.`,
          `the sheet's sheetId is ${Number.isNaN(sheet.sheetId) ? "invalid" : formatCount(sheet.sheetId, "en")}; Excel allows 1 to ${formatCount(EXCEL_MAX_SHEET_ID, "en")}.`
        );
      const other = byId.get(sheet.sheetId);
      if (other !== undefined)
        refuse(
          "duplicate-sheet-id",
          { sheet: sheet.name, part: "xl/workbook.xml" },
          `arket har samme sheetId (${sheet.sheetId}) som arket '${other}'; kun det ene ville blive læst.`,
          `the sheet has the same sheetId (${sheet.sheetId}) as sheet '${other}'; only one of them would be read.`
        );
      byId.set(sheet.sheetId, sheet.name);
      const target = sheet.rid ? targets.get(sheet.rid) : undefined;
      if (!target || !this.byName.has(target))
        refuse(
          "missing-sheet-part",
          { sheet: sheet.name, part: target },
          `arkets indhold mangler i filen${target ? ` (${target})` : ""}; filen er beskadiget eller afkortet.`,
          `the sheet's content is missing from the file${target ? ` (${target})` : ""}; the file is damaged or truncated.`
        );
      this.sheetOfPart.set(target, sheet.name);
    }
  }

  private handlerFor(name: string): XmlHandler | null {
    if (WORKSHEET.test(name)) return this.worksheetHandler(this.sheetOfPart.get(name) ?? name);
    if (DRAWING.test(name)) return this.drawingHandler(name);
    if (COMMENTS.test(name) || TABLE.test(name)) return this.refsHandler(name);
    if (name === "xl/sharedStrings.xml") return this.sharedStringsHandler();
    if (name === "xl/styles.xml") return this.stylesHandler();
    // Any other XML part is still scanned (for a DOCTYPE); other parts are only inflated and counted.
    return XML_PART.test(name) ? { open: () => undefined } : null;
  }

  private worksheetHandler(sheet: string): XmlHandler {
    const limits = this.limits;
    let row = 0;
    let merges = 0;
    const outside = (ref: string, range: RangeRef, code: RefusalCode = "range-out-of-bounds") => {
      const why = outOfGrid(range);
      refuse(code, { sheet, ref }, `${why.da}.`, `${why.en}.`);
    };
    const unnumbered = (what: string, whatEn: string) =>
      refuse(
        "bad-reference",
        { sheet },
        `${what} mangler sit nummer (r), som Excel altid skriver; filen kan ikke læses. Åbn den i Excel, og gem den igen.`,
        `${whatEn} lacks its number (r), which Excel always writes; the file cannot be read. Open it in Excel and save it again.`
      );
    const badRef = (ref: string, what: string, whatEn: string) =>
      refuse(
        "bad-reference",
        { sheet, ref: ref.slice(0, 40) },
        `${what} har en ugyldig reference ('${ref.slice(0, 40)}').`,
        `${whatEn} has an invalid reference ('${ref.slice(0, 40)}').`
      );
    return {
      open: (name, attrs) => {
        switch (name) {
          case "row": {
            // ExcelJS needs every row and cell numbered (it throws "Invalid row number in model" otherwise); Excel
            // always numbers them. Say so in Danish instead.
            const r = attribute(attrs, "r");
            if (r === undefined) return unnumbered("en række", "a row");
            row = parseInt(r, 10);
            if (!(row >= 1 && row <= EXCEL_MAX_ROWS)) {
              if (Number.isNaN(row)) badRef(r, "en række", "a row");
              outside(
                `${row}:${row}`,
                { top: row, bottom: row, left: 1, right: 1 },
                "row-out-of-bounds"
              );
            }
            return;
          }
          case "c": {
            if (++this.cells > limits.maxCells)
              refuse(
                "too-many-cells",
                { sheet },
                `arbejdsbogen har over ${formatCount(limits.maxCells, "da")} udfyldte celler; flere kan ikke læses.`,
                `the workbook has more than ${formatCount(limits.maxCells, "en")} cells with content, more than can be read.`
              );
            const r = attribute(attrs, "r");
            if (r === undefined)
              return unnumbered(`en celle i række ${row}`, `a cell in row ${row}`);
            const cell = parseCell(r);
            if (!cell) return badRef(r, "en celle", "a cell");
            if (!cellInGrid(cell))
              outside(
                r,
                { top: cell.row, bottom: cell.row, left: cell.col, right: cell.col },
                cell.col > EXCEL_MAX_COLUMNS || cell.col < 1
                  ? "column-out-of-bounds"
                  : "row-out-of-bounds"
              );
            return;
          }
          case "col": {
            // <col min max> sets widths for a span of columns; ExcelJS creates one Column per column in it.
            // ExcelJS reads both with parseInt; a missing or unreadable one makes it create nothing.
            const min = parseInt(attribute(attrs, "min") ?? "", 10);
            const max = parseInt(attribute(attrs, "max") ?? "", 10);
            for (const n of [min, max]) {
              if (Number.isFinite(n) && (n < 1 || n > EXCEL_MAX_COLUMNS)) {
                const why = outOfGrid({ top: 1, bottom: 1, left: n, right: n });
                refuse(
                  "column-out-of-bounds",
                  { sheet },
                  `kolonneformatet <col min="${attribute(attrs, "min")}" max="${attribute(attrs, "max")}">: ${why.da}.`,
                  `the column format <col min="${attribute(attrs, "min")}" max="${attribute(attrs, "max")}">: ${why.en}.`
                );
              }
            }
            return;
          }
          case "mergeCell": {
            const ref = attribute(attrs, "ref") ?? "";
            const range = parseRange(ref);
            if (!range) return badRef(ref, "en flettet celle", "a merged cell");
            if (!rangeInGrid(range)) return outside(ref, range);
            const cells = rangeCells(range);
            // ExcelJS creates a Cell object for every cell of a merged area and checks each new area against
            // every earlier one (lib/doc/worksheet.js, _mergeCellsInternal).
            if (cells > limits.maxMergedCells)
              refuse(
                "merge-too-large",
                { sheet, ref },
                `den flettede celle dækker ${formatCount(cells, "da")} celler; højst ${formatCount(limits.maxMergedCells, "da")} kan læses.`,
                `the merged cell covers ${formatCount(cells, "en")} cells; at most ${formatCount(limits.maxMergedCells, "en")} can be read.`
              );
            this.mergedCells += cells;
            if (this.mergedCells > limits.maxMergedCells)
              refuse(
                "merge-too-large",
                { sheet, ref },
                `arbejdsbogens flettede celler dækker over ${formatCount(limits.maxMergedCells, "da")} celler tilsammen; flere kan ikke læses.`,
                `the workbook's merged cells cover more than ${formatCount(limits.maxMergedCells, "en")} cells together, more than can be read.`
              );
            if (++merges > limits.maxMergesPerSheet)
              refuse(
                "too-many-merges",
                { sheet, ref },
                `arket har over ${formatCount(limits.maxMergesPerSheet, "da")} flettede celler; flere kan ikke læses.`,
                `the sheet has more than ${formatCount(limits.maxMergesPerSheet, "en")} merged cells, more than can be read.`
              );
            return;
          }
          case "dataValidation": {
            // ExcelJS stores a data validation once per cell of its ranges (data-validations-xform.js).
            const sqref = attribute(attrs, "sqref") ?? "";
            for (const ref of sqref.split(/\s+/).filter(Boolean)) {
              const range = parseRange(ref);
              if (!range) return badRef(ref, "en datavalidering", "a data validation");
              if (!rangeInGrid(range)) return outside(ref, range);
              this.validationCells += rangeCells(range);
              if (this.validationCells > limits.maxValidationCells)
                refuse(
                  "validation-too-large",
                  { sheet, ref },
                  `arbejdsbogens datavalideringer dækker ${formatCount(this.validationCells, "da")} celler; højst ${formatCount(limits.maxValidationCells, "da")} (to hele kolonner) kan læses.`,
                  `the workbook's data validations cover ${formatCount(this.validationCells, "en")} cells; at most ${formatCount(limits.maxValidationCells, "en")} (two whole columns) can be read.`
                );
            }
            return;
          }
          default:
            // <dimension ref>, <hyperlink ref>, <conditionalFormatting sqref>, <selection sqref>, <f ref>,
            // <autoFilter ref>, …: every A1 reference must be on Excel's grid.
            if (attrs.includes("ref")) this.checkRefAttributes(attrs, sheet);
        }
      },
    };
  }

  private checkRefAttributes(attrs: string, sheet: string): void {
    for (const key of ["ref", "sqref"]) {
      const value = attribute(attrs, key);
      if (!value) continue;
      for (const ref of value.split(/\s+/).filter(Boolean)) {
        const range = parseRange(ref);
        if (range && !rangeInGrid(range)) {
          const why = outOfGrid(range);
          refuse("range-out-of-bounds", { sheet, ref }, `${why.da}.`, `${why.en}.`);
        }
      }
    }
  }

  /** Comments and tables: their refs must be on the grid; a table has at most 16,384 columns. */
  private refsHandler(part: string): XmlHandler {
    const sheet = this.sheetOfPart.get(part) ?? part;
    let columns = 0;
    return {
      open: (name, attrs) => {
        if (name === "tableColumn" && ++columns > EXCEL_MAX_COLUMNS)
          refuse(
            "column-out-of-bounds",
            { sheet, part },
            `tabellen i '${part}' har over ${formatCount(EXCEL_MAX_COLUMNS, "da")} kolonner.`,
            `the table in '${part}' has more than ${formatCount(EXCEL_MAX_COLUMNS, "en")} columns.`
          );
        if (attrs.includes("ref")) this.checkRefAttributes(attrs, sheet);
      },
    };
  }

  /** Picture and chart anchors (<xdr:from>/<xdr:to>: 0-based column and row). */
  private drawingHandler(part: string): XmlHandler {
    const sheet = this.sheetOfPart.get(part) ?? part;
    return {
      textOf: new Set(["col", "row"]),
      open: () => undefined,
      text: (name, text) => {
        const n = parseInt(text, 10);
        const max = name === "col" ? EXCEL_MAX_COLUMNS : EXCEL_MAX_ROWS;
        if (!(n >= 0 && n < max)) {
          const range =
            name === "col"
              ? { top: 1, bottom: 1, left: n + 1, right: n + 1 }
              : { top: n + 1, bottom: n + 1, left: 1, right: 1 };
          const why = outOfGrid(range);
          refuse(
            name === "col" ? "column-out-of-bounds" : "row-out-of-bounds",
            { sheet, part },
            `et billede eller diagram er forankret uden for arket (${part}): ${why.da}.`,
            `a picture or chart is anchored outside the sheet (${part}): ${why.en}.`
          );
        }
      },
    };
  }

  private sharedStringsHandler(): XmlHandler {
    let count = 0;
    return {
      open: (name) => {
        if (name === "si" && ++count > this.limits.maxSharedStrings)
          refuse(
            "too-many-strings",
            { part: "xl/sharedStrings.xml" },
            `arbejdsbogen har over ${formatCount(this.limits.maxSharedStrings, "da")} forskellige tekster; flere kan ikke læses.`,
            `the workbook has more than ${formatCount(this.limits.maxSharedStrings, "en")} distinct texts, more than can be read.`
          );
      },
    };
  }

  private stylesHandler(): XmlHandler {
    let list: string | null = null;
    let count = 0;
    return {
      open: (name) => {
        if (name === "cellXfs" || name === "cellStyleXfs") {
          list = name;
          count = 0;
        } else if (name === "xf" && list && ++count > EXCEL_MAX_CELL_FORMATS)
          refuse(
            "too-many-styles",
            { part: "xl/styles.xml" },
            `arbejdsbogen har over ${formatCount(EXCEL_MAX_CELL_FORMATS, "da")} celleformater; Excel tillader højst ${formatCount(EXCEL_MAX_CELL_FORMATS, "da")}.`,
            `the workbook has more than ${formatCount(EXCEL_MAX_CELL_FORMATS, "en")} cell formats; Excel allows at most ${formatCount(EXCEL_MAX_CELL_FORMATS, "en")}.`
          );
      },
      close: (name) => {
        if (name === list) list = null;
      },
    };
  }
}

/** Relationships of one part: Id → target part name, resolved against the source part's folder. */
function relsHandler(baseFolder: string, targets: Map<string, string>): XmlHandler {
  return {
    open: (name, attrs) => {
      if (name !== "Relationship" || attribute(attrs, "TargetMode") === "External") return;
      const id = attribute(attrs, "Id");
      const target = attribute(attrs, "Target");
      if (id && target) targets.set(id, resolvePart(baseFolder, target));
    },
  };
}

function resolvePart(baseFolder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : baseFolder + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}
