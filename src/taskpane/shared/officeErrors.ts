// Office.js error codes (Excel.ErrorCodes, OfficeExtension.ErrorCodes) grouped by what the user can do about them.
// The words for each group are in words.ts (`failure`); the code itself is shown beside them for support.
// Source: "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com) and @types/office-js.

export type FailureKind =
  | "undoGroup"
  | "payload"
  | "protected"
  | "connection"
  | "deleted"
  | "editMode"
  | "busy"
  | "blocked"
  | "other";

const KIND_BY_CODE: Record<string, FailureKind> = {
  // ExcelApi 1.20 could not make the run one undo step (officeRunner.ts then writes without it next time).
  UndoNotSupported: "undoGroup",
  // The 5 MB request/response limit of Excel on the web, and the per-call cell limits.
  RequestPayloadSizeLimitExceeded: "payload",
  ResponsePayloadSizeLimitExceeded: "payload",
  RangeExceedsLimit: "payload",
  OperationCellsExceedLimit: "payload",
  // A protected sheet or workbook, or a read-only file.
  AccessDenied: "protected",
  NotAllowed: "protected",
  Unauthenticated: "protected",
  // The host went away in the middle of a batch.
  ConnectionFailure: "connection",
  RequestAborted: "connection",
  ServiceNotAvailable: "connection",
  HostRestartNeeded: "connection",
  InactiveWorkbook: "connection",
  // Something the run was writing to is no longer there.
  ItemNotFound: "deleted",
  InvalidReference: "deleted",
  InvalidObjectPath: "deleted",
  // The user is typing in a cell.
  InvalidOperationInCellEditMode: "editMode",
  // Excel is busy or throttled.
  ActivityLimitReached: "busy",
  MemoryLimitReached: "busy",
  Conflict: "busy",
  // Something in the sheet is in the way of the output columns.
  InsertDeleteConflict: "blocked",
  MergedRangeConflict: "blocked",
  PivotTableRangeConflict: "blocked",
  FilteredRangeConflict: "blocked",
  NonBlankCellOffSheet: "blocked",
};

export function failureKind(code: string | undefined): FailureKind {
  return (code && KIND_BY_CODE[code]) || "other";
}
