// The limits a workbook must keep before the file library (ExcelJS 4.4.0) may read it. Two kinds:
//
// - Excel's own limits: a file outside them was not written by Excel and is refused, whatever ExcelJS would do.
//   Rows and columns: "Excel specifications and limits", 1,048,576 rows by 16,384 columns; unique cell formats
//   65,490 (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
//   Sheet ids: "Office requires that the sheetId attribute be between 1 and 65534 inclusive" ([MS-OI29500] 2.1.578,
//   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/ebf12ea5-2bb4-4af5-ab26-563f22d3f895).
//
// - Budgets for what ExcelJS materialises one object per cell (merged areas, data-validation ranges, defined names)
//   or walks pairwise (merges), and for the archive itself (zip bombs). These are within Excel's limits but would
//   take ExcelJS minutes or the whole heap; the figures behind each number are in docs/files.md.

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_SHEET_ID = 65_534;
export const EXCEL_MAX_CELL_FORMATS = 65_490;

export interface PreflightLimits {
  /** Entries in the archive. */
  maxEntries: number;
  /** Sum of every entry's uncompressed size: ExcelJS inflates every entry into memory, as a string. */
  maxTotalUncompressedBytes: number;
  /** One entry's uncompressed size (a worksheet's XML). */
  maxEntryUncompressedBytes: number;
  /** Uncompressed ÷ compressed size, for entries above `ratioCheckFromBytes`. */
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
  /** Cells (<c> elements) in all worksheets: ExcelJS keeps about 300 bytes of heap per cell. */
  maxCells: number;
  /** Cells the merged areas of the workbook may cover, one area or all together (ExcelJS creates a Cell object
   * for each). */
  maxMergedCells: number;
  /** Merged areas on one sheet (ExcelJS checks each new one against all before it: quadratic). */
  maxMergesPerSheet: number;
  /** Cells the data validations of the workbook may cover together (ExcelJS stores one entry per cell). */
  maxValidationCells: number;
  /** Cells the $-ranges of all defined names may cover together (ExcelJS stores one object per cell). */
  maxDefinedNameCells: number;
  /** Shared strings (ExcelJS keeps every one). */
  maxSharedStrings: number;
}

/** Measured on this project's 2-core machine under load in docs/files.md: the largest file each budget accepts
 * loads in ExcelJS within seconds to tens of seconds and well inside Node's default 4 GB heap. */
export const DEFAULT_LIMITS: PreflightLimits = {
  maxEntries: 10_000,
  maxTotalUncompressedBytes: 256 * 1024 * 1024,
  maxEntryUncompressedBytes: 192 * 1024 * 1024,
  maxCompressionRatio: 1_000,
  ratioCheckFromBytes: 1024 * 1024,
  maxCells: 3_000_000,
  maxMergedCells: 262_144,
  maxMergesPerSheet: 4_096,
  // Two whole columns: a drop-down list applied to column C in Excel is stored as C1:C1048576.
  maxValidationCells: 2 * 1_048_576,
  maxDefinedNameCells: 2 * 1_048_576,
  maxSharedStrings: 5_000_000,
};
