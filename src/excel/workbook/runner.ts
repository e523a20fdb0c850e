// How the adapter reaches a workbook: a function with Excel.run's contract. In Excel it is Excel.run itself, grouped
// into one undo step per run where Excel can (groupingRunner below, used by src/taskpane/officeRunner.ts); on the
// command line, in the workbench and in tests it is the in-memory host (grouped the same way where a test asks).
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

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface GroupingRunnerDeps {
  /** Excel.run, with options (Excel.RunOptions) or without (null). */
  run: <T>(options: Excel.RunOptions | null, batch: Batch<T>) => Promise<T>;
  /** Office.context.requirements.isSetSupported */
  isSetSupported: (name: string, version: string) => boolean;
}

/** "UndoNotSupported | The JavaScript API request failed due to lack of support for the undo operation."
 * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling) */
export const UNDO_NOT_SUPPORTED = "UndoNotSupported";

/**
 * Excel.run with every run one undo step where Excel supports it (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20:
 * "When true, all context.sync() calls in a single Excel.run are merged into one undo group"). Excel refuses to
 * group an API without undo support with UndoNotSupported, and "Your add-in should gracefully handle this error"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 *  - a batch that throws it is run again at once without grouping, so nothing is lost: the state sheet's setup on
 *    Windows and Mac (setup.ts), or a write the adapter rolled back and rethrew (writeRun.ts). Later runs are grouped
 *    again: a routine run makes no call the undo page lists;
 *  - a batch that hit it and handled it itself (its outcome says what happened) is returned as it is, never run
 *    again behind the user's back, and grouping is switched off for the rest of the session.
 */
export function groupingRunner(deps: GroupingRunnerDeps): ExcelRunner {
  let grouping = deps.isSetSupported("ExcelApi", "1.20");
  return async <T>(batch: Batch<T>): Promise<T> => {
    if (!grouping) return deps.run(null, batch);
    let handled = false;
    // Notes a refusal even when the batch catches it, by watching the context's syncs.
    const watched: Batch<T> = (context) => {
      const sync = context.sync.bind(context);
      context.sync = (<V>(passThrough?: V) =>
        sync(passThrough).catch((e: unknown) => {
          if (officeErrorOf(e).code === UNDO_NOT_SUPPORTED) handled = true;
          throw e;
        })) as typeof context.sync;
      return batch(context);
    };
    try {
      const result = await deps.run({ mergeUndoGroup: true }, watched);
      if (handled) grouping = false;
      return result;
    } catch (e) {
      if (officeErrorOf(e).code !== UNDO_NOT_SUPPORTED) throw e;
      return deps.run(null, batch);
    }
  };
}
