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
  /** Cells one merged area may cover (ExcelJS creates a Cell object for each). */
  maxMergeCells: number;
  /** Cells all merged areas of one sheet may cover together. */
  maxMergeCellsPerSheet: number;
  /** Merged areas on one sheet (ExcelJS checks each new one against all before it). */
  maxMergesPerSheet: number;
  /** Cells the data validations of one sheet may cover together (ExcelJS stores one entry per cell). */
  maxValidationCellsPerSheet: number;
  /** Cells the absolute ranges of all defined names may cover together (ExcelJS stores one object per cell). */
  maxDefinedNameCells: number;
  /** Shared strings (ExcelJS keeps every one). */
  maxSharedStrings: number;
}

export const DEFAULT_LIMITS: PreflightLimits = {
  maxEntries: 10_000,
  maxTotalUncompressedBytes: 256 * 1024 * 1024,
  maxEntryUncompressedBytes: 192 * 1024 * 1024,
  maxCompressionRatio: 1_000,
  ratioCheckFromBytes: 1024 * 1024,
  maxMergeCells: 1_048_576,
  maxMergeCellsPerSheet: 2_097_152,
  maxMergesPerSheet: 5_000,
  maxValidationCellsPerSheet: 2_097_152,
  maxDefinedNameCells: 2_097_152,
  maxSharedStrings: 5_000_000,
};
