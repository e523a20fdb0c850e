/* global Excel, Office */
// The runner in Excel: Excel.run, with every run one undo step where Excel supports it (ExcelApi 1.20 mergeUndoGroup).
// Excel refuses to group an API without undo support with the code "UndoNotSupported":
//  - if the batch throws it, the batch is run again without grouping;
//  - if a sync inside the batch hit it but the batch handled it (run.ts turns a failed write into a rolled-back
//    "failed" outcome), the outcome is returned as it is and grouping is switched off for the rest of the session,
//    so "Prøv igen" writes without it. A half-done write is never run again behind the user's back.
// With index.tsx, the only file that touches the global Excel object.
import { officeErrorOf, type ExcelRunner } from "./shared/workbook";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface OfficeRunnerDeps {
  /** Excel.run, with or without options. */
  run: <T>(options: Excel.RunOptions | null, batch: Batch<T>) => Promise<T>;
  isSetSupported: (name: string, version: string) => boolean;
}

const UNDO_NOT_SUPPORTED = "UndoNotSupported";

function globalDeps(): OfficeRunnerDeps {
  return {
    run: (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export function officeRunner(deps: OfficeRunnerDeps = globalDeps()): ExcelRunner {
  let grouping = deps.isSetSupported("ExcelApi", "1.20");
  return async <T>(batch: Batch<T>): Promise<T> => {
    if (!grouping) return deps.run(null, batch);
    let refused = false;
    // Notes a refusal even when the batch catches it, by watching the context's syncs.
    const watched: Batch<T> = (context) => {
      const sync = context.sync.bind(context);
      context.sync = (<V>(passThrough?: V) =>
        sync(passThrough).catch((e: unknown) => {
          if (officeErrorOf(e).code === UNDO_NOT_SUPPORTED) refused = true;
          throw e;
        })) as typeof context.sync;
      return batch(context);
    };
    try {
      return await deps.run({ mergeUndoGroup: true }, watched);
    } catch (e) {
      if (officeErrorOf(e).code !== UNDO_NOT_SUPPORTED) throw e;
      grouping = false;
      return deps.run(null, batch);
    } finally {
      if (refused) grouping = false;
    }
  };
}
