// The pane's state: one reducer (pure, tested by the UI tests through the components) and one hook that talks to the
// workbook through src/excel/run.ts with the runner the environment gives. Components get state and callbacks only.
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { MAPPABLE_ROLES } from "../core/headers";
import {
  runOnWorkbook,
  selectCell as selectWorkbookCell,
  undoLastRun,
  type LastRun,
  type RunOptions,
  type RunOutcome,
  type UndoOutcome,
  officeErrorOf,
  type ExcelRunner,
  type OfficeErrorInfo,
} from "../excel";
import type { PaneLocale } from "./i18n";

export type Busy = "preview" | "run" | "undo";

export interface GoalTableRef {
  sheet: string;
  name: string;
}

/** What the user chose in the pane. Undefined means "as the workbook says" (its saved mapping, or the best guess). */
export interface Selection {
  goalTable?: GoalTableRef;
  columns?: Record<string, string>;
  /** As typed; parsed when a run starts. */
  yearText: string;
}

/** What the last Beregn (or Prøv igen) asked for, so "Prøv igen" repeats it. */
type Attempt = { kind: "run"; overwrite: boolean } | { kind: "preview" } | { kind: "undo" };

export interface PaneState {
  busy: Busy | null;
  selection: Selection;
  /** The last dry run: the detected goal table, candidates, mapping and the figures as they would be written. */
  preview: RunOutcome | null;
  /** The last real run (written, errors, conflicts or failed); cleared when a new preview replaces it. */
  outcome: RunOutcome | null;
  /** Whether the conflict question is open. */
  conflictsOpen: boolean;
  undo: UndoOutcome | null;
  /** The run the workbook records (Fortryd undoes it). */
  lastRun: LastRun | null;
  /** The runner threw (Excel unreachable, workbook closed …): nothing the run itself could report. */
  exception: OfficeErrorInfo | null;
  lastAttempt: Attempt | null;
}

export type PaneAction =
  | { type: "start"; busy: Busy; attempt: Attempt }
  | { type: "previewDone"; outcome: RunOutcome }
  | { type: "runDone"; outcome: RunOutcome }
  | { type: "undoDone"; undo: UndoOutcome }
  | { type: "exception"; error: OfficeErrorInfo }
  | { type: "select"; selection: Selection }
  | { type: "closeConflicts" }
  | { type: "openConflicts" };

export const initialPaneState: PaneState = {
  busy: null,
  selection: { yearText: "" },
  preview: null,
  outcome: null,
  conflictsOpen: false,
  undo: null,
  lastRun: null,
  exception: null,
  lastAttempt: null,
};

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "start":
      return {
        ...state,
        busy: action.busy,
        lastAttempt: action.attempt,
        exception: null,
        conflictsOpen: false,
        // The message about the last Fortryd answers the last action only.
        undo: null,
      };
    case "previewDone":
      return {
        ...state,
        busy: null,
        preview: action.outcome,
        outcome: null,
        lastRun: action.outcome.lastRun ?? null,
        selection: withSavedYear(state.selection, action.outcome),
      };
    case "runDone": {
      const outcome = action.outcome;
      // Every run scans the workbook first, so even one that stopped before writing knows what Fortryd would undo.
      return {
        ...state,
        busy: null,
        outcome,
        undo: null,
        conflictsOpen: outcome.status === "conflicts",
        lastRun: outcome.lastRun ?? null,
      };
    }
    case "undoDone":
      return {
        ...state,
        busy: null,
        undo: action.undo,
        outcome: null,
        lastRun: action.undo.status === "undone" ? null : state.lastRun,
      };
    case "exception":
      return { ...state, busy: null, exception: action.error };
    case "select":
      return { ...state, selection: action.selection };
    case "closeConflicts":
      return { ...state, conflictsOpen: false };
    case "openConflicts":
      return { ...state, conflictsOpen: state.outcome?.status === "conflicts" };
  }
}

/** The year the workbook remembers (run.ts uses it when the field is empty), shown in the field. */
export function withSavedYear(selection: Selection, outcome: RunOutcome): Selection {
  if (selection.yearText !== "") return selection;
  const saved = outcome.plan?.meta.mapping?.year;
  return saved === undefined ? selection : { ...selection, yearText: String(saved) };
}

/** "" → no year; "2021" → 2021; anything else → "invalid" (the core only takes whole years 1900–2200). */
export function parseYear(text: string): number | undefined | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (!/^\d{4}$/.test(trimmed)) return "invalid";
  const year = Number(trimmed);
  return year >= 1900 && year <= 2200 ? year : "invalid";
}

/** Role → header the current goal table uses, "" for none: what the mapping dropdowns show. */
export function currentMapping(outcome: RunOutcome | null): Record<string, string> {
  const table = outcome?.result.goalTable;
  const mapping: Record<string, string> = {};
  for (const role of MAPPABLE_ROLES) {
    const column = table?.map.roles[role];
    mapping[role] = table && column !== undefined ? (table.headers[column] ?? "") : "";
  }
  return mapping;
}

export interface PaneEnvironmentForState {
  runner: ExcelRunner;
  locale: PaneLocale;
  isSetSupported?: (name: string, version: string) => boolean;
  onAfterWrite?: () => void;
}

export interface PaneController {
  state: PaneState;
  yearError: boolean;
  refresh(): void;
  calculate(): void;
  overwrite(): void;
  retry(): void;
  undo(): void;
  selectCell(sheet: string, cell: string): void;
  selectGoalTable(goalTable: GoalTableRef): void;
  setColumn(role: string, header: string): void;
  setYear(text: string): void;
  commitYear(): void;
  closeConflicts(): void;
  openConflicts(): void;
}

export function usePaneState(env: PaneEnvironmentForState): PaneController {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const envRef = useRef(env);
  envRef.current = env;
  /** The selection as of the last user action, ahead of React's render: the next run uses it. */
  const selectionRef = useRef(state.selection);
  /** Set synchronously, so a double click cannot start two runs before React re-renders. */
  const busyRef = useRef(false);
  /** A correction made while a job ran: previewed as soon as the job ends (the controls stay usable meanwhile). */
  const previewQueued = useRef(false);
  /** The year text the last preview used, so leaving the field without a change does not read the workbook again. */
  const previewedYear = useRef<string | null>(null);

  const options = useCallback((selection: Selection): RunOptions | null => {
    const year = parseYear(selection.yearText);
    if (year === "invalid") return null;
    const { locale, isSetSupported } = envRef.current;
    return {
      goalTable: selection.goalTable,
      columns: selection.columns,
      year,
      locale,
      // cultureInfo (the workbook's decimal separator) needs ExcelApi 1.11; without a way to ask, assume it is there.
      cultureInfo: isSetSupported ? isSetSupported("ExcelApi", "1.11") : true,
    };
  }, []);

  const select = useCallback((selection: Selection) => {
    selectionRef.current = selection;
    dispatch({ type: "select", selection });
  }, []);

  // Declared before use through a ref, because a finished job may start the queued preview.
  const previewRef = useRef<() => Promise<void>>(() => Promise.resolve());

  /** Runs one job against the workbook, one at a time; a throw becomes the pane's exception message. */
  const job = useCallback(async (busy: Busy, attempt: Attempt, work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    dispatch({ type: "start", busy, attempt });
    try {
      await work();
    } catch (e) {
      dispatch({ type: "exception", error: officeErrorOf(e) });
    } finally {
      busyRef.current = false;
    }
    if (previewQueued.current) {
      previewQueued.current = false;
      await previewRef.current();
    }
  }, []);

  const preview = useCallback((): Promise<void> => {
    if (busyRef.current) {
      previewQueued.current = true;
      return Promise.resolve();
    }
    const selection = selectionRef.current;
    const base = options(selection);
    if (!base) return Promise.resolve();
    return job("preview", { kind: "preview" }, async () => {
      const outcome = await runOnWorkbook(envRef.current.runner, { ...base, dryRun: true });
      const next = withSavedYear(selectionRef.current, outcome);
      previewedYear.current = next.yearText;
      if (next !== selectionRef.current) selectionRef.current = next;
      dispatch({ type: "previewDone", outcome });
    });
  }, [job, options]);
  previewRef.current = preview;

  const run = useCallback(
    (overwrite: boolean) => {
      const base = options(selectionRef.current);
      if (!base) return Promise.resolve();
      return job("run", { kind: "run", overwrite }, async () => {
        const outcome = await runOnWorkbook(envRef.current.runner, { ...base, overwrite });
        dispatch({ type: "runDone", outcome });
        if (outcome.status === "written" || outcome.status === "failed")
          envRef.current.onAfterWrite?.();
      });
    },
    [job, options]
  );

  const undo = useCallback(
    () =>
      job("undo", { kind: "undo" }, async () => {
        const result = await undoLastRun(envRef.current.runner);
        dispatch({ type: "undoDone", undo: result });
        if (result.status !== "nothing") envRef.current.onAfterWrite?.();
      }),
    [job]
  );

  // On open: a preview of what Beregn would do.
  useEffect(() => {
    void preview();
  }, [preview]);

  const yearError = parseYear(state.selection.yearText) === "invalid";

  return useMemo<PaneController>(
    () => ({
      state,
      yearError,
      refresh: () => void preview(),
      calculate: () => void run(false),
      overwrite: () => void run(true),
      retry: () => {
        const attempt = stateRef.current.lastAttempt;
        if (attempt?.kind === "run") void run(attempt.overwrite);
        else if (attempt?.kind === "undo") void undo();
        else void preview();
      },
      undo: () => void undo(),
      selectCell: (sheet, cell) => {
        selectWorkbookCell(envRef.current.runner, sheet, cell).catch((e: unknown) =>
          dispatch({ type: "exception", error: officeErrorOf(e) })
        );
      },
      selectGoalTable: (goalTable) => {
        // Another table has other headers: corrections for the old one no longer apply ({} = none, not the saved ones).
        select({ ...selectionRef.current, goalTable, columns: {} });
        void preview();
      },
      setColumn: (role, header) => {
        // Every role is sent as shown, so the other roles stay as the user sees them (not as saved or guessed).
        const selection = selectionRef.current;
        const shown = stateRef.current.preview;
        const sameTable =
          !selection.goalTable ||
          (shown?.goalTable?.sheet === selection.goalTable.sheet &&
            shown.goalTable.name === selection.goalTable.name);
        const columns = {
          ...(sameTable ? currentMapping(shown) : {}),
          ...selection.columns,
          [role]: header,
        };
        select({ ...selection, columns });
        void preview();
      },
      setYear: (text) => select({ ...selectionRef.current, yearText: text }),
      commitYear: () => {
        const text = selectionRef.current.yearText;
        if (text !== previewedYear.current && parseYear(text) !== "invalid") void preview();
      },
      closeConflicts: () => dispatch({ type: "closeConflicts" }),
      openConflicts: () => dispatch({ type: "openConflicts" }),
    }),
    [state, yearError, preview, run, undo, select]
  );
}
