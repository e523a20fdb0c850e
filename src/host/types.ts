/* global Excel */ // Office.js types only (@types/office-js); nothing reads the global at run time.
// Public types of the in-memory Excel host (src/host/index.ts).

export interface ExcelHostOptions {
  /** Request and response size limit of one context.sync(), in bytes of JSON (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** The user's decimal separator: "," reports culture da-DK (group "."), "." en-US (group ","). Default ",". */
  decimalSeparator?: "," | ".";
  /** Most cells one range read may cover (Excel: 5,000,000). */
  cellReadLimit?: number;
  /** Workbook.name. Default "Workbook.xlsx". */
  workbookName?: string;
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
  /** Excel.RunOptions.mergeUndoGroup as given (the host has no undo stack; it only records the request). */
  mergeUndoGroup: boolean;
  syncs: number;
}

export interface HostStats {
  /** context.sync() calls since the last reset, failed ones included. */
  readonly syncs: number;
  readonly requests: readonly SyncRecord[];
  readonly runs: readonly RunRecord[];
  reset(): void;
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
  readonly stats: HostStats;
  failSync(fault: SyncFault): void;
  /** The workbook as .xlsx (ExcelJS): cells, number formats, fills, fonts, column widths, tables, conditional
   * formats, sheet order/visibility/protection. Charts are not written (ExcelJS cannot). */
  toXlsx(): Promise<Uint8Array>;
  snapshot(): HostSnapshot;
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
  valueType: "Empty" | "String" | "Double" | "Boolean" | "Error";
  /** As Range.text reads it (number format applied, host locale). */
  text: string;
  numberFormat: string;
  /** "#RRGGBB", or null without fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
}

export interface TableSnapshot {
  id: string;
  name: string;
  sheet: string;
  address: string;
  headerAddress: string | null;
  bodyAddress: string | null;
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
  series: { name: string; values: (number | null)[]; categories: string[] }[];
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
