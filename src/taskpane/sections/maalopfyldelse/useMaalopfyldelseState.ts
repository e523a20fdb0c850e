// Målopfyldelse's state: one reducer (pure, tested by the UI tests through the components) and one hook that runs
// the goal writer (workbook.ts) through the pane's job queue (useWorkbookJob). Components get state and callbacks only.
import { useCallback, useMemo, useReducer, useRef } from "react";
import { canReadCulture, canReadMerges, type PaneEnvironment } from "../../shared/environment";
import { useFirstShown, useWorkbookJob, type JobState } from "../../shared/useWorkbookJob";
import { MAPPABLE_ROLES } from "./goalColumns";
import {
  readSelection,
  runOnWorkbook,
  undoLastRun,
  type LastRun,
  type RunOptions,
  type RunOutcome,
  type UndoOutcome,
} from "./workbook";

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

export interface MaalopfyldelseState {
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
  /** Why "Brug markeringen" could not use what is selected; null when it could (or was not pressed). */
  selectionProblem: "several" | "small" | null;
}

export type MaalopfyldelseAction =
  | { type: "start" }
  | { type: "previewDone"; outcome: RunOutcome }
  | { type: "runDone"; outcome: RunOutcome }
  | { type: "undoDone"; undo: UndoOutcome }
  | { type: "select"; selection: Selection }
  | { type: "selectionProblem"; problem: MaalopfyldelseState["selectionProblem"] }
  | { type: "closeConflicts" }
  | { type: "openConflicts" };

export const initialMaalopfyldelseState: MaalopfyldelseState = {
  selection: { yearText: "" },
  preview: null,
  outcome: null,
  conflictsOpen: false,
  undo: null,
  lastRun: null,
  selectionProblem: null,
};

export function maalopfyldelseReducer(
  state: MaalopfyldelseState,
  action: MaalopfyldelseAction
): MaalopfyldelseState {
  switch (action.type) {
    case "start":
      // The message about the last Fortryd answers the last action only.
      return { ...state, conflictsOpen: false, undo: null };
    case "previewDone":
      return {
        ...state,
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
        outcome,
        undo: null,
        conflictsOpen: outcome.status === "conflicts",
        lastRun: outcome.lastRun ?? null,
      };
    }
    case "undoDone":
      return {
        ...state,
        undo: action.undo,
        outcome: null,
        lastRun: action.undo.status === "undone" ? null : state.lastRun,
      };
    case "select":
      return { ...state, selection: action.selection };
    case "selectionProblem":
      return { ...state, selectionProblem: action.problem };
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

export interface MaalopfyldelseController {
  state: MaalopfyldelseState;
  job: JobState<Busy>;
  yearError: boolean;
  refresh(): void;
  calculate(): void;
  overwrite(): void;
  retry(): void;
  undo(): void;
  selectCell(sheet: string, cell: string): void;
  selectGoalTable(goalTable: GoalTableRef): void;
  /** "Brug markeringen": the range selected in the sheet is the goal table (its first row the headers). */
  useSelectedRange(): void;
  setColumn(role: string, header: string): void;
  setYear(text: string): void;
  commitYear(): void;
  closeConflicts(): void;
  openConflicts(): void;
}

/** `active`: the tab is shown. The first preview is made when the section is first shown. */
export function useMaalopfyldelseState(
  env: PaneEnvironment,
  active: boolean
): MaalopfyldelseController {
  const [state, dispatch] = useReducer(maalopfyldelseReducer, initialMaalopfyldelseState);
  const job = useWorkbookJob<Busy>(env, () => dispatch({ type: "start" }));
  const stateRef = useRef(state);
  stateRef.current = state;
  /** The selection as of the last user action, ahead of React's render: the next run uses it. */
  const selectionRef = useRef(state.selection);
  /** The year text the last preview used, so leaving the field without a change does not read the workbook again. */
  const previewedYear = useRef<string | null>(null);
  const { env: currentEnv, run: runJob, deferWhileBusy } = job;

  const options = useCallback(
    (selection: Selection): RunOptions | null => {
      const year = parseYear(selection.yearText);
      if (year === "invalid") return null;
      const now = currentEnv();
      return {
        goalTable: selection.goalTable,
        columns: selection.columns,
        year,
        locale: now.locale,
        cultureInfo: canReadCulture(now),
        mergedAreas: canReadMerges(now),
      };
    },
    [currentEnv]
  );

  const select = useCallback((selection: Selection) => {
    selectionRef.current = selection;
    dispatch({ type: "select", selection });
  }, []);

  /** A correction made while a job runs is previewed as soon as the job ends (the controls stay usable meanwhile). */
  const preview = useCallback(
    function preview(): Promise<void> {
      if (deferWhileBusy(preview)) return Promise.resolve();
      const base = options(selectionRef.current);
      if (!base) return Promise.resolve();
      return runJob({ kind: "preview", again: () => void preview() }, async ({ runner }) => {
        const outcome = await runOnWorkbook(runner, { ...base, dryRun: true });
        const next = withSavedYear(selectionRef.current, outcome);
        previewedYear.current = next.yearText;
        if (next !== selectionRef.current) selectionRef.current = next;
        dispatch({ type: "previewDone", outcome });
      });
    },
    [deferWhileBusy, runJob, options]
  );

  const run = useCallback(
    function run(overwrite: boolean): Promise<void> {
      const base = options(selectionRef.current);
      if (!base) return Promise.resolve();
      return runJob({ kind: "run", again: () => void run(overwrite) }, async (now) => {
        const outcome = await runOnWorkbook(now.runner, { ...base, overwrite });
        dispatch({ type: "runDone", outcome });
        if (outcome.status === "written" || outcome.status === "failed") now.onAfterWrite?.();
      });
    },
    [runJob, options]
  );

  const undo = useCallback(
    function undo(): Promise<void> {
      return runJob({ kind: "undo", again: () => void undo() }, async (now) => {
        const result = await undoLastRun(now.runner);
        dispatch({ type: "undoDone", undo: result });
        if (result.status !== "nothing") now.onAfterWrite?.();
      });
    },
    [runJob]
  );

  /** Reads the selection and previews it as the goal table, in one job; its columns are then mapped by the user. */
  const pointAtSelection = useCallback(
    function pointAtSelection(): Promise<void> {
      return runJob(
        { kind: "preview", again: () => void pointAtSelection() },
        async ({ runner }) => {
          const picked = await readSelection(runner);
          if (!picked.ok) {
            dispatch({ type: "selectionProblem", problem: picked.reason });
            return;
          }
          dispatch({ type: "selectionProblem", problem: null });
          // Another table: corrections for the old one no longer apply ({} = none, not the saved ones).
          const selection = {
            ...selectionRef.current,
            goalTable: { sheet: picked.sheet, name: picked.address },
            columns: {},
          };
          select(selection);
          const base = options(selection);
          if (!base) return;
          const outcome = await runOnWorkbook(runner, { ...base, dryRun: true });
          dispatch({ type: "previewDone", outcome });
        }
      );
    },
    [runJob, options, select]
  );

  // On open: a preview of what Beregn would do.
  useFirstShown(active, preview);

  const yearError = parseYear(state.selection.yearText) === "invalid";
  const { retry, selectCell } = job;

  return useMemo<MaalopfyldelseController>(
    () => ({
      state,
      job: job.state,
      yearError,
      refresh: () => void preview(),
      calculate: () => void run(false),
      overwrite: () => void run(true),
      retry: () => retry(() => void preview()),
      undo: () => void undo(),
      selectCell,
      selectGoalTable: (goalTable) => {
        // Another table has other headers: corrections for the old one no longer apply ({} = none, not the saved ones).
        select({ ...selectionRef.current, goalTable, columns: {} });
        void preview();
      },
      useSelectedRange: () => void pointAtSelection(),
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
    [state, job.state, yearError, preview, run, undo, select, retry, selectCell, pointAtSelection]
  );
}
