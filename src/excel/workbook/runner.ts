// How the adapter reaches a workbook: a function with Excel.run's contract. In Excel it is Excel.run itself
// (see src/taskpane/officeRunner.ts); on the command line, in the workbench and in tests it is the in-memory host.
// The adapter never touches the global Excel or Office objects at run time, only their types.
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** An error raised by Excel (or the host), kept with its Office.js code so callers can react to it. */
export interface OfficeErrorInfo {
  code: string;
  message: string;
}

export function officeErrorOf(e: unknown): OfficeErrorInfo {
  const err = e as {
    code?: unknown;
    message?: unknown;
    debugInfo?: { code?: unknown; message?: unknown };
  };
  const code =
    typeof err?.code === "string"
      ? err.code
      : typeof err?.debugInfo?.code === "string"
        ? err.debugInfo.code
        : "GeneralException";
  const message = typeof err?.message === "string" ? err.message : String(e);
  return { code, message };
}
