// The host's workbook: ExcelJS holds the cells; this class holds the Office.js view of the structure (sheet order,
// ids, active sheet, tables, …) and is the only place that changes it, always through the sync's journal.

import { HostEvents } from "./events";
import type ExcelJS from "exceljs";
import { rect } from "../address";
import { hostError } from "../errors";
import type { ChartEntity } from "./charts";
import { Calculation } from "./calculation";
import { importConditionalFormats } from "./conditionalFormats";
import type { Journal } from "./journal";
import { displayLocale, type DisplayLocale } from "./numberFormat";
import { SheetEntity, type SheetVisibility } from "./sheet";
import { importTables, type TableEntity } from "./tables";
import type { PlatformProfile } from "../types";
import type { ResolvedStrictness } from "../platform/strictness";

export interface ResolvedHostOptions {
  profile: PlatformProfile;
  strict: ResolvedStrictness;
  payloadLimitBytes: number;
  decimalSeparator: "," | ".";
  excelSeparators?: { decimal: string; thousands: string };
  cellReadLimit: number;
  workbookName: string;
  requirementSets: Readonly<Record<string, string>>;
  structureProtected: boolean;
  mergeUndoGroupByDefault: boolean;
  today: () => Date;
}

type IdKind = "sheet" | "table" | "conditionalFormat" | "chart";

export class HostWorkbook {
  sheets: SheetEntity[] = [];
  tables: TableEntity[] = [];
  activeSheet!: SheetEntity;
  calculationMode = "Automatic";
  readonly calculation = new Calculation(this);
  /** Worksheet.onChanged handlers and the events a committed sync raises (events.ts). */
  readonly events = new HostEvents();
  /** Workbook.protection: the structure (sheets added, deleted, renamed, moved, hidden) is locked. */
  structure: { protected: boolean; password?: string };
  readonly locale: DisplayLocale;
  readonly date1904: boolean;
  private readonly counters: Record<IdKind, number> = {
    sheet: 0,
    table: 0,
    conditionalFormat: 0,
    chart: 0,
  };

  constructor(
    readonly excel: ExcelJS.Workbook,
    readonly options: ResolvedHostOptions
  ) {
    // Range.text shows numbers with Excel's separators, which are the system's unless set in Excel's options.
    this.locale = displayLocale(
      options.excelSeparators?.decimal === "." || options.excelSeparators?.decimal === ","
        ? options.excelSeparators.decimal
        : options.decimalSeparator
    );
    this.date1904 = !!(excel.properties as { date1904?: boolean } | undefined)?.date1904;
    this.structure = { protected: options.structureProtected };
    // Excel always has at least one sheet; an empty ExcelJS workbook gets "Sheet1", as a new Excel workbook does.
    if (excel.worksheets.length === 0) excel.addWorksheet("Sheet1");
    for (const ws of excel.worksheets) {
      normaliseSharedFormulas(ws);
      this.sheets.push(new SheetEntity(this.nextId("sheet"), ws));
    }
    const activeTab = (excel.views as { activeTab?: number }[] | undefined)?.[0]?.activeTab ?? 0;
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    this.activeSheet = visible.includes(this.sheets[activeTab])
      ? this.sheets[activeTab]
      : (visible[0] ?? this.sheets[0]);
    this.tables = importTables(this);
    for (const sheet of this.sheets)
      sheet.conditionalFormats = importConditionalFormats(this, sheet);
  }

  get name(): string {
    return this.options.workbookName;
  }

  /** Office.js ids: "{…}" GUID-shaped for sheets and charts, small numbers for tables and conditional formats. */
  nextId(kind: IdKind): string {
    const n = ++this.counters[kind];
    if (kind === "table") return String(n);
    if (kind === "conditionalFormat") return `{CF${String(n).padStart(6, "0")}}`;
    const prefix = kind === "sheet" ? "00000001" : "00000002";
    return `{${prefix}-0000-4000-8000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;
  }

  sheetByName(name: string): SheetEntity | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** WorksheetCollection.getItem accepts a name or an id. */
  sheetByKey(key: string): SheetEntity | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  visibleSheets(): SheetEntity[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  allCharts(): ChartEntity[] {
    return this.sheets.flatMap((s) => s.charts);
  }

  /**
   * Workbook structure protection "prevent[s] users from adding, deleting, moving, or renaming worksheets"
   * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-workbook-structure); hiding and
   * showing sheets too, as in Excel's Protect Workbook. The error code Excel gives is not documented: the host uses
   * AccessDenied ("You cannot perform the requested operation."), its code for protected sheets.
   */
  assertStructureEditable(location: string): void {
    if (this.structure.protected)
      throw hostError("AccessDenied", location, "the workbook's structure is protected");
  }

  addSheet(name: string, journal: Journal, location: string): SheetEntity {
    this.assertStructureEditable(location);
    validateSheetName(this, name, undefined, location);
    const ws = this.excel.addWorksheet(name);
    journal.record(() => this.excel.removeWorksheet(ws.id));
    const sheet = new SheetEntity(this.nextId("sheet"), ws);
    // If the sync is rolled back, proxies bound to this sheet must see it as gone.
    journal.record(() => (sheet.alive = false));
    journal.assign(this, "sheets", [...this.sheets, sheet]);
    return sheet;
  }

  /** Excel's default name for a new sheet: the first free "SheetN". */
  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++)
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  renameSheet(sheet: SheetEntity, name: string, journal: Journal, location: string): void {
    if (name === sheet.name) return;
    this.assertStructureEditable(location);
    validateSheetName(this, name, sheet, location);
    const old = sheet.name;
    // ExcelJS refuses a name that matches any sheet case-insensitively, itself included: go through a placeholder.
    sheet.ws.name = placeholderName(sheet, "r");
    sheet.ws.name = name;
    journal.record(() => {
      sheet.ws.name = placeholderName(sheet, "r");
      sheet.ws.name = old;
    });
  }

  deleteSheet(sheet: SheetEntity, journal: Journal, location: string): void {
    this.assertStructureEditable(location);
    // "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
    // `InvalidOperation` exception. You should first change its visibility to hidden or visible before deleting it."
    // (Excel.Worksheet.delete reference; "This behavior is by design", OfficeDev/office-js#365, where Excel on Mac
    // 16.2 answered GeneralException in 2019.)
    if (this.options.strict.veryHiddenDelete && sheet.visibility === "VeryHidden") {
      throw hostError("InvalidOperation", location, `'${sheet.name}' is VeryHidden`);
    }
    const others = this.sheets.filter((s) => s !== sheet);
    if (!others.some((s) => s.visibility === "Visible")) {
      throw hostError(
        "InvalidOperation",
        location,
        "a workbook must keep at least one visible sheet"
      );
    }
    const oldName = sheet.name;
    // The ExcelJS sheet is only removed on commit; until then it must not block its name for a new sheet.
    sheet.ws.name = placeholderName(sheet, "d");
    journal.record(() => {
      sheet.ws.name = oldName;
    });
    journal.assign(this, "sheets", others);
    journal.assign(sheet, "alive", false);
    for (const table of this.tables.filter((t) => t.sheet === sheet))
      journal.assign(table, "alive", false);
    journal.assign(
      this,
      "tables",
      this.tables.filter((t) => t.sheet !== sheet)
    );
    if (this.activeSheet === sheet)
      journal.assign(
        this,
        "activeSheet",
        others.find((s) => s.visibility === "Visible")!
      );
    journal.onCommit(() => this.excel.removeWorksheet(sheet.ws.id));
  }

  setVisibility(
    sheet: SheetEntity,
    visibility: SheetVisibility,
    journal: Journal,
    location: string
  ): void {
    if (visibility !== sheet.visibility) this.assertStructureEditable(location);
    if (
      visibility !== "Visible" &&
      sheet.visibility === "Visible" &&
      this.visibleSheets().length === 1
    ) {
      throw hostError(
        "InvalidOperation",
        location,
        "a workbook must keep at least one visible sheet"
      );
    }
    journal.assign(sheet, "visibility", visibility);
    if (visibility !== "Visible" && this.activeSheet === sheet) {
      journal.assign(this, "activeSheet", this.visibleSheets()[0]);
    }
  }

  moveSheet(sheet: SheetEntity, position: number, journal: Journal, location: string): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw hostError(
        "InvalidArgument",
        location,
        `position ${position} is outside 0..${this.sheets.length - 1}`
      );
    }
    if (this.sheets.indexOf(sheet) !== position) this.assertStructureEditable(location);
    const others = this.sheets.filter((s) => s !== sheet);
    others.splice(position, 0, sheet);
    journal.assign(this, "sheets", others);
  }

  activate(sheet: SheetEntity, journal: Journal, location: string): void {
    if (sheet.visibility !== "Visible")
      throw hostError("InvalidOperation", location, "a hidden sheet cannot be active");
    journal.assign(this, "activeSheet", sheet);
  }

  select(
    sheet: SheetEntity,
    area: ReturnType<typeof rect>,
    journal: Journal,
    location: string
  ): void {
    this.activate(sheet, journal, location);
    journal.assign(sheet, "selection", area);
  }
}

// A temporary ExcelJS name no real sheet can have (31 characters at most, unique per sheet).
function placeholderName(sheet: SheetEntity, purpose: "r" | "d"): string {
  return `~${purpose}~${sheet.id.replace(/[^0-9A-F]/gi, "").slice(-16)}`;
}

// Excel's rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not "History",
// unique ignoring case.
function validateSheetName(
  wb: HostWorkbook,
  name: string,
  self: SheetEntity | undefined,
  location: string
): void {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name)
  ) {
    throw hostError("InvalidArgument", location, `invalid sheet name: ${JSON.stringify(name)}`);
  }
  if (/^'|'$/.test(name) || name.toLowerCase() === "history") {
    throw hostError("InvalidArgument", location, `invalid sheet name: ${JSON.stringify(name)}`);
  }
  const clash = wb.sheetByName(name);
  if (clash && clash !== self)
    throw hostError("ItemAlreadyExists", location, `a sheet named '${name}' exists`);
}

// Shared formulas point at a master cell; once the host rewrites a master, ExcelJS could no longer translate or
// write the cells that borrow it. Give every cell its own formula up front (the cached results are kept).
function normaliseSharedFormulas(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value as {
        sharedFormula?: string;
        shareType?: string;
        formula?: string;
        result?: unknown;
      };
      if (
        value &&
        typeof value === "object" &&
        (value.sharedFormula || value.shareType === "shared")
      ) {
        cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}
