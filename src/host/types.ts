/* global Excel */ // Office.js types only (@types/office-js); nothing reads the global at run time.
// Public types of the in-memory Excel host (src/host/index.ts).

/**
 * The Excel the host imitates where Microsoft documents a difference between platforms (see src/host/README.md,
 * "Platform profiles"): payload limits (only Excel on the web has them), which calls have no undo support, the
 * requirement sets present and what Office.context.diagnostics reports. Windows and Mac differ in nothing the
 * documentation names; both exist so that tests and Kontrollér Excel can say which one they mean.
 */
export type PlatformProfile = "web" | "windows" | "mac";

/**
 * Documented Excel behaviours the host models, each with a name (issue 13), switched on separately (all off by
 * default, the host's behaviour before issue 13; the adapter survives all of them). `"all"` switches every one on,
 * `"none"` none. The environment variable EXCEL_HOST_STRICT ("all", "none" or a comma-separated list) sets the
 * default for hosts created without this option.
 */
export interface HostStrictness {
  /** In a run with mergeUndoGroup, a call the undo page lists as unsupported on the profile fails with
   * UndoNotSupported (platform/undoSupport.ts). Without it the call runs and only clears the undo stack. */
  undoGroups?: boolean;
  /** Worksheet.delete on a VeryHidden sheet fails with InvalidOperation (Worksheet.delete reference). */
  veryHiddenDelete?: boolean;
  /** Strings written through Range.values/formulas become dates, times, currency and fractions as Excel's en-US
   * typed input makes them ("1/2" → 2 January, "15-feb" → 15 February); see model/typedInput.ts. */
  textParsing?: boolean;
  /** Web profile: a request or response over the payload limit fails with GeneralException, as the office-js issue
   * threads report, instead of the documented *PayloadSizeLimitExceeded codes. */
  payloadGeneralException?: boolean;
  /** A method called on a null object (including one derived from it: getRow, getIntersection…, format) fails its
   * sync with ItemNotFound. Excel does not document what happens; the host refuses it. */
  nullObjects?: boolean;
}

export type HostStrictnessName = keyof HostStrictness;

export interface ExcelHostOptions {
  /** Default "web" (see src/host/README.md for why). */
  profile?: PlatformProfile;
  /** Opt-in strictness, per behaviour (default: none, or EXCEL_HOST_STRICT). */
  strictness?: HostStrictness | "all" | "none";
  /** Request and response size limit of one context.sync(), in bytes of JSON. Default: 5 MB on the web profile, none
   * on Windows and Mac (the limit "only occurs in Office on the web"). */
  payloadLimitBytes?: number;
  /** The operating system's decimal separator (CultureInfo): "," reports culture da-DK (group "."), "." en-US
   * (group ","). Default ",". */
  decimalSeparator?: "," | ".";
  /** Separators set in Excel's own options (File > Options > Advanced), which then differ from the system's:
   * Application.useSystemSeparators reads false and decimalSeparator/thousandsSeparator read these. */
  excelSeparators?: { decimal: string; thousands: string };
  /** Most cells one range read may cover (Excel: 5,000,000 on every platform). */
  cellReadLimit?: number;
  /** Workbook.name. Default "Workbook.xlsx". */
  workbookName?: string;
  /** Requirement sets present, name → highest version (e.g. { ExcelApi: "1.14" } for Office 2021). Default: the
   * profile's (platform/profiles.ts). Members of a missing set throw ApiNotFound; isSetSupported answers from it. */
  requirementSets?: Readonly<Record<string, string>>;
  /** The workbook's structure is protected (Workbook.protection.protected): sheets cannot be added, deleted,
   * renamed, moved, hidden or shown (AccessDenied). ExcelJS does not read this from files, so it is an option. */
  structureProtected?: boolean;
  /** Every run is grouped as if Excel.run got { mergeUndoGroup: true } (what src/taskpane/officeRunner.ts does
   * where ExcelApi 1.20 exists). Lets adapter tests that call host.run directly run grouped. */
  mergeUndoGroupByDefault?: boolean;
  /** "Today" for typed dates without a year ("15-feb" is 15 February of the current year). Default: the clock. */
  today?: () => Date;
}

/** Options of ExcelHost.run, as Excel.RunOptions (ExcelApi 1.20 adds mergeUndoGroup). */
export interface HostRunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

/** One context.sync(): sizes as JSON bytes (UTF-8) and the number of queued operations it carried. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Set when the sync was rejected: the Office.js error code. */
  error?: string;
  /** True for the sync Excel.run makes by itself when the batch ended with operations still queued. */
  implicit?: boolean;
}

/** One ExcelHost.run call. */
export interface RunRecord {
  /** Whether the run was one undo group: Excel.RunOptions.mergeUndoGroup, where ExcelApi 1.20 is present. */
  mergeUndoGroup: boolean;
  syncs: number;
}

export interface HostStats {
  /** context.sync() calls since the last reset, failed ones included. */
  readonly syncs: number;
  readonly requests: readonly SyncRecord[];
  readonly runs: readonly RunRecord[];
  /** Office.js members the batches used since the last reset ("Range.values", "Worksheet.delete", …) → times:
   * reads, assignments, calls and loads. docs/excel-fidelity.md lists every member the adapter uses. */
  readonly members: ReadonlyMap<string, number>;
  reset(): void;
}

/** One call the undo page lists as unsupported on the profile ("Worksheet.delete"). */
export interface UndoUnsupportedCall {
  /** Index of the run in stats.runs (counted since the last stats.reset()). */
  run: number;
  api: string;
  /** The run was one undo group (mergeUndoGroup). */
  grouped: boolean;
  /** Refused with UndoNotSupported (undoGroups strictness) instead of run. */
  refused: boolean;
}

/** The user's undo stack as far as the add-in affects it. */
export interface HostUndo {
  /** How many times a call without undo support cleared the stack ("the user's undo stack is cleared starting from
   * that API call"). A routine run should leave this unchanged. */
  readonly clearedCount: number;
  /** Every such call, in order, run or refused. */
  readonly calls: readonly UndoUnsupportedCall[];
}

/** Office.context.diagnostics as the profile reports it. */
export interface HostDiagnostics {
  host: "Excel";
  platform: "OfficeOnline" | "PC" | "Mac";
  version: string;
}

export interface SyncFault {
  /** Office.js error code the sync rejects with, e.g. "GeneralException" or "RequestAborted". */
  code: string;
  message?: string;
  /** How many of the sync's queued operations are applied before it fails (default 0). */
  afterOperations?: number;
  /** Which future sync fails, 1-based (default 1: the next one). */
  onSync?: number;
}

export interface ExcelHost {
  /** Same contract as Excel.run; `options` as Excel.RunOptions. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: HostRunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(context, batch): a batch on the context of an earlier run (an event handler's, to remove it). */
  run<T>(
    context: Excel.RequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  readonly stats: HostStats;
  readonly profile: PlatformProfile;
  readonly undo: HostUndo;
  /** Office.context.diagnostics of the profile. */
  readonly diagnostics: HostDiagnostics;
  /** Office.context.requirements.isSetSupported, answered from the host's requirement sets. */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Formula cells whose value is stale ("Sheet!A1"): they read cells written while calculation was suspended
   * (or in Manual mode) and no Application.calculate has run since. */
  staleFormulas(): string[];
  failSync(fault: SyncFault): void;
  /** The workbook as .xlsx (ExcelJS): cells, number formats, fills, fonts, column widths, tables, conditional
   * formats, sheet order/visibility/protection. Charts are not written (ExcelJS cannot). */
  toXlsx(): Promise<Uint8Array>;
  snapshot(): HostSnapshot;
  /** Worksheet.onChanged handlers registered through the API (model/events.ts). */
  readonly events: { readonly count: number };
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshot: a read-only, JSON-safe picture of the workbook for the workbench page and tests.

export interface HostSnapshot {
  workbookName: string;
  activeSheet: string;
  /** In tab order. */
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
}

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Address of the used range (values or formats), e.g. "A1:F12"; null for an empty sheet. */
  usedRange: string | null;
  /** Cells with a value or a visible format, row by row. */
  cells: CellSnapshot[];
  /** Column widths in points that differ from the default (48 pt), by column letter. */
  columnWidths: Record<string, number>;
  /** In priority order (first wins). */
  conditionalFormats: ConditionalFormatSnapshot[];
  charts: ChartSnapshot[];
  /** The sheet's AutoFilter range ("A8:H20"), present only when it has one (Worksheet.autoFilter, ExcelApi 1.9). */
  autoFilter?: string;
}

export interface CellSnapshot {
  /** "B3" */
  address: string;
  row: number;
  column: number;
  /** As Range.values reads it; null for a formula the host could not calculate. */
  value: string | number | boolean | null;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  /** Set on a formula whose value is stale (see ExcelHost.staleFormulas). */
  stale?: true;
  valueType: "Empty" | "String" | "Double" | "Boolean" | "Error";
  /** As Range.text reads it (number format applied, host locale). */
  text: string;
  numberFormat: string;
  /** "#RRGGBB", or null without fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  /** Set when the cell wraps its text (Range.format.wrapText). */
  wrap?: true;
}

export interface TableSnapshot {
  id: string;
  name: string;
  sheet: string;
  address: string;
  headerAddress: string | null;
  bodyAddress: string | null;
  totalsAddress: string | null;
  columns: string[];
  showHeaders: boolean;
  showTotals: boolean;
}

export interface RuleFormatSnapshot {
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ConditionalFormatSnapshot {
  id: string;
  type: string;
  /** "C2:C9" or several areas separated by spaces. */
  address: string;
  priority: number;
  stopIfTrue: boolean;
  iconSet?: {
    style: string;
    criteria: { type: string; operator: string; formula: string }[];
    showIconOnly: boolean;
    reverseIconOrder: boolean;
  };
  colorScale?: {
    criteria: {
      minimum: { type: string; formula?: string | null; color?: string | null };
      midpoint?: { type: string; formula?: string | null; color?: string | null } | null;
      maximum: { type: string; formula?: string | null; color?: string | null };
    };
  };
  textComparison?: { rule: { operator: string; text: string }; format: RuleFormatSnapshot };
  custom?: { rule: { formula: string }; format: RuleFormatSnapshot };
  cellValue?: {
    rule: { formula1: string; formula2?: string; operator: string };
    format: RuleFormatSnapshot;
  };
}

export interface ChartSnapshot {
  id: string;
  name: string;
  type: string;
  title: string;
  titleVisible: boolean;
  /** Sheet-qualified address of the data, e.g. "Mål!A1:C5". */
  sourceAddress: string;
  seriesBy: "Auto" | "Columns" | "Rows";
  /** Resolved from the source range when the snapshot is taken. */
  /** `fill`: the solid colour set through ChartSeries.format.fill.setSolidColor, absent when automatic. */
  /** `pointFills`: colours set on single points (ChartPoint.format.fill.setSolidColor), by point index. */
  series: {
    name: string;
    values: (number | null)[];
    categories: string[];
    fill?: string;
    pointFills?: Record<number, string>;
  }[];
  position: {
    top: number;
    left: number;
    width: number;
    height: number;
    startCell?: string;
    endCell?: string;
  };
  valueAxis: {
    minimum: number | null;
    maximum: number | null;
    majorUnit: number | null;
    numberFormat: string;
  };
}
