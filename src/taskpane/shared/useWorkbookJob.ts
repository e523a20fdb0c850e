// The one job queue of the pane: every section reads and writes the workbook through it. One job at a time per
// section (set synchronously, so a double click cannot start two before React re-renders); which job runs (the
// progress bar and disabled buttons); the runner's throw (Excel unreachable, workbook closed …: nothing the job itself
// could report) as the section's failure; "Prøv igen", which repeats the last job asked for; and a preview asked for
// while a job runs (a correction typed during a write), started once the job ends with the inputs of that moment.
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { PaneEnvironment } from "./environment";
import { officeErrorOf, selectCell as selectWorkbookCell, type OfficeErrorInfo } from "./workbook";

export interface JobState<Kind extends string> {
  /** The job under way; null when none. */
  busy: Kind | null;
  /** The runner threw (in the last job, or selecting a cell); cleared when the next job starts. */
  exception: OfficeErrorInfo | null;
  /** The last job started: what "Prøv igen" repeats. */
  last: Kind | null;
}

export interface JobRequest<Kind extends string> {
  kind: Kind;
  /** Asks for the same job again ("Prøv igen"). */
  again: () => void;
}

export interface WorkbookJob<Kind extends string> {
  state: JobState<Kind>;
  /** The environment as of the last render: a job started earlier still reports to the current one. */
  env(): PaneEnvironment;
  /** Runs `work` unless a job is running (then nothing happens). A throw becomes `state.exception`. */
  run(request: JobRequest<Kind>, work: (env: PaneEnvironment) => Promise<void>): Promise<void>;
  /**
   * While a job runs: `next` is started when it ends (the last one asked for, once), and the answer is true. The
   * section's preview uses it, so a correction made meanwhile is previewed without the controls being locked.
   */
  deferWhileBusy(next: () => Promise<void>): boolean;
  /** "Prøv igen": the last job asked for again, or `otherwise` when none was. */
  retry(otherwise: () => void): void;
  /** Selects a cell in Excel (an error's, a finding's); a throw is shown as the section's failure. */
  selectCell(sheet: string, cell: string): void;
}

type JobAction<Kind extends string> =
  { type: "start"; kind: Kind } | { type: "end" } | { type: "exception"; error: OfficeErrorInfo };

function jobReducer<Kind extends string>(
  state: JobState<Kind>,
  action: JobAction<Kind>
): JobState<Kind> {
  switch (action.type) {
    case "start":
      return { busy: action.kind, exception: null, last: action.kind };
    case "end":
      return { ...state, busy: null };
    case "exception":
      return { ...state, exception: action.error };
  }
}

const IDLE: JobState<never> = { busy: null, exception: null, last: null };

/**
 * `onStart` runs as a job starts, in the same render as the busy state: the section clears what answered the last
 * job (an open question, the last Fortryd's message).
 */
export function useWorkbookJob<Kind extends string>(
  env: PaneEnvironment,
  onStart?: (kind: Kind) => void
): WorkbookJob<Kind> {
  const [state, dispatch] = useReducer(jobReducer<Kind>, IDLE);
  const envRef = useRef(env);
  envRef.current = env;
  const onStartRef = useRef(onStart);
  onStartRef.current = onStart;
  const busyRef = useRef(false);
  const lastRequest = useRef<JobRequest<Kind> | null>(null);
  const deferred = useRef<(() => Promise<void>) | null>(null);

  const run = useCallback(
    async (request: JobRequest<Kind>, work: (env: PaneEnvironment) => Promise<void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      lastRequest.current = request;
      dispatch({ type: "start", kind: request.kind });
      onStartRef.current?.(request.kind);
      try {
        await work(envRef.current);
      } catch (e) {
        dispatch({ type: "exception", error: officeErrorOf(e) });
      } finally {
        busyRef.current = false;
        dispatch({ type: "end" });
      }
      const next = deferred.current;
      if (next) {
        deferred.current = null;
        await next();
      }
    },
    []
  );

  const deferWhileBusy = useCallback((next: () => Promise<void>) => {
    if (!busyRef.current) return false;
    deferred.current = next;
    return true;
  }, []);

  const retry = useCallback((otherwise: () => void) => {
    (lastRequest.current?.again ?? otherwise)();
  }, []);

  const selectCell = useCallback((sheet: string, cell: string) => {
    selectWorkbookCell(envRef.current.runner, sheet, cell).catch((e: unknown) =>
      dispatch({ type: "exception", error: officeErrorOf(e) })
    );
  }, []);

  const currentEnv = useCallback(() => envRef.current, []);

  return useMemo(
    () => ({ state, env: currentEnv, run, deferWhileBusy, retry, selectCell }),
    [state, currentEnv, run, deferWhileBusy, retry, selectCell]
  );
}

/** Calls `open` the first time the section is shown (a lazy section is mounted when its tab first opens). */
export function useFirstShown(active: boolean, open: () => void): void {
  const opened = useRef(false);
  useEffect(() => {
    if (!active || opened.current) return;
    opened.current = true;
    open();
  }, [active, open]);
}
