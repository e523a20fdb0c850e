// The write plan's vocabulary: every change the add-in makes to a workbook is one of these operations, on explicit
// addresses. The plan (pure) decides them; write.ts is the only code that turns them into Excel API calls.
import type { OutputValue } from "./textSafety";

export interface CellBlock {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
}

export type ConditionalRule =
  | {
      kind: "trafficLights";
      /** fulfilment thresholds for yellow and green */ yellowFrom: number;
      greenFrom: number;
    }
  | { kind: "beginsWith"; text: string; fill: string; font: string };

export interface ChartSpec {
  name: string;
  /** ColumnStacked with one value per category in one of its series: bars coloured by group (Spredning's land/by). */
  type: "ColumnClustered" | "ColumnStacked" | "Pie";
  title: string;
  /** Source block: first column categories, second values. */
  source: CellBlock & { rowCount: number; columnCount: number };
  /** Top-left and bottom-right cells of the chart's place ("I1", "Q16"), or its box in points (widths.ts). */
  from?: string;
  to?: string;
  box?: { top: number; left: number; width: number; height: number };
  /** Value axis 0–100 % for fulfilment. */
  percentAxis: boolean;
  exists: boolean;
  /** A solid colour ("#RRGGBB") per series, in order; the rest keep Excel's automatic colours. */
  seriesFills?: string[];
  /**
   * A solid colour per point (bar, slice) of the first series, in order: Oversigt's bars by their goal's status. Null
   * leaves a point as it is.
   */
  pointFills?: (string | null)[];
}

export type WriteOp =
  /** A visible sheet of the add-in's own (Oversigt, Fordeling, Scenarie N); the state sheet is made apart (setup.ts). */
  | { kind: "addSheet"; sheet: string }
  /**
   * Charts on a sheet of the add-in's own that Fortryd or a rollback empties. No write deletes a sheet: Worksheet.delete
   * has no undo support on any platform and would clear the user's undo stack (undo page, "Unsupported APIs").
   */
  | { kind: "deleteCharts"; sheet: string; names: string[] }
  /** Clears values and formats ("All", the default) or only values ("Contents"). */
  | {
      kind: "clear";
      block: CellBlock & { rowCount: number; columnCount: number };
      applyTo?: "All" | "Contents";
    }
  /** Values already made text-safe (textSafety.cellValue); null leaves a cell unchanged. */
  | { kind: "values"; block: CellBlock; values: (string | number | boolean | null)[][] }
  /** Restores cells as they were, formulas included (Fortryd). */
  | { kind: "formulas"; block: CellBlock; formulas: (string | number | boolean | null)[][] }
  | {
      kind: "numberFormat";
      block: CellBlock & { rowCount: number; columnCount: number };
      format: string;
    }
  | {
      kind: "style";
      block: CellBlock & { rowCount: number; columnCount: number };
      bold?: boolean;
      fill?: string;
      fontColor?: string;
      fontSize?: number;
      wrap?: boolean;
      columnWidth?: number;
    }
  | { kind: "addTableColumn"; table: string; header: string }
  /** Fails the write (ItemNotFound) if the table is gone; changes nothing. */
  | { kind: "requireTable"; table: string }
  | { kind: "deleteTableColumn"; table: string; header: string }
  | {
      kind: "conditionalFormats";
      block: CellBlock & { rowCount: number; columnCount: number };
      rules: ConditionalRule[];
    }
  | { kind: "chart"; sheet: string; spec: ChartSpec }
  | { kind: "autofit"; block: CellBlock & { rowCount: number; columnCount: number } }
  /**
   * The sheet's AutoFilter (Worksheet.autoFilter, ExcelApi 1.9: only where the host has it): any earlier one removed,
   * then the filter buttons put on `range` (no criteria: nothing is hidden until the user picks). Null: removed only.
   */
  | {
      kind: "autoFilter";
      sheet: string;
      range: {
        rowIndex: number;
        columnIndex: number;
        rowCount: number;
        columnCount: number;
      } | null;
    };

export type { OutputValue };
