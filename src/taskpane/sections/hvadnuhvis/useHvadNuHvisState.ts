// Hvad nu hvis' state: the workbook's tables, read once when the tab opens (and on Genindlæs), a what-if session over
// them (src/core/whatif), what the user typed in each field (fields.ts), and Gem scenarie, through the pane's job
// queue (useWorkbookJob). Every keystroke turns the fields into changes and evaluates them with the session: the
// session's own evaluateContract, milliseconds, no debounce. Nothing here computes a fulfilment.
import { useCallback, useMemo, useReducer, useRef } from "react";
import { usesMunicipalityFunctions } from "../../../core/indicators/parse";
import { createWhatIf, type WhatIfResult, type WhatIfSession } from "../../../core/whatif";
import { canReadCulture, type PaneEnvironment } from "../../shared/environment";
import { useFirstShown, useWorkbookJob, type JobState } from "../../shared/useWorkbookJob";
import { fieldChanges, whatIfFields, type GoalFields } from "./fields";
import {
  readWorkbookTables,
  saveScenario,
  type ScenarioOutcome,
  type WorkbookTables,
} from "./workbook";

interface Loaded {
  tables: WorkbookTables;
  session: WhatIfSession;
  fields: GoalFields[];
}

export type HvadNuHvisBusy = "read" | "save";

export interface HvadNuHvisState {
  loaded: Loaded | null;
  edits: Record<string, string>;
  saved: ScenarioOutcome | null;
}

export type HvadNuHvisAction =
  | { type: "start"; busy: HvadNuHvisBusy }
  | { type: "loaded"; loaded: Loaded }
  | { type: "saved"; outcome: ScenarioOutcome }
  | { type: "edit"; key: string; text: string }
  | { type: "reset" };

export const initialHvadNuHvisState: HvadNuHvisState = { loaded: null, edits: {}, saved: null };

export function hvadNuHvisReducer(
  state: HvadNuHvisState,
  action: HvadNuHvisAction
): HvadNuHvisState {
  switch (action.type) {
    case "start":
      return { ...state, saved: action.busy === "save" ? null : state.saved };
    case "loaded":
      // What the user typed stays: it is tried on the workbook as it is now.
      return { ...state, loaded: action.loaded, saved: null };
    case "saved":
      return { ...state, saved: action.outcome };
    case "edit":
      return { ...state, edits: { ...state.edits, [action.key]: action.text } };
    case "reset":
      return { ...state, edits: {} };
  }
}

export interface HvadNuHvisController {
  state: HvadNuHvisState;
  job: JobState<HvadNuHvisBusy>;
  /** The scenario the fields describe, evaluated; null until the tables are read. */
  result: WhatIfResult | null;
  /** Field key → why its value could not be applied (the core's Danish message). */
  fieldErrors: Record<string, string>;
  /** Field key → how a value was read when not as typed ("97,5 læst som 97,5 %"). */
  fieldNotes: Record<string, string>;
  /**
   * Whether Gem scenarie may save: there are changes, and they leave no error in the goal table (a scenario with an
   * error has no after-figure, and a value that could not be applied is not in it).
   */
  canSave: boolean;
  edit(key: string, text: string): void;
  reset(): void;
  reload(): void;
  save(): void;
  retry(): void;
}

/** Gem scenarie: only changes that all apply and leave the goal table without errors (issue 14: never flatters). */
export function canSaveScenario(result: WhatIfResult | null): boolean {
  return (
    result !== null &&
    result.applied.length > 0 &&
    result.errors.length === 0 &&
    result.after.errors.length === 0
  );
}

/** `active`: the tab is shown. The tables are first read when the tab first opens. */
export function useHvadNuHvisState(env: PaneEnvironment, active: boolean): HvadNuHvisController {
  const [state, dispatch] = useReducer(hvadNuHvisReducer, initialHvadNuHvisState);
  const job = useWorkbookJob<HvadNuHvisBusy>(env, (busy) => dispatch({ type: "start", busy }));
  const resultRef = useRef<WhatIfResult | null>(null);
  const { run: runJob, deferWhileBusy } = job;

  /** An edit in the goal table made while a job runs is read as soon as the job ends (useSheetChanges). */
  const read = useCallback(
    function read(): Promise<void> {
      if (deferWhileBusy(read)) return Promise.resolve();
      return runJob({ kind: "read", again: () => void read() }, async (now) => {
        const tables = await readWorkbookTables(now.runner, { cultureInfo: canReadCulture(now) });
        // DÆKNING/LANDINDEKS need DST's municipality data: a chunk of its own, loaded only when the goal table uses
        // them (as Beregn does, src/excel/goals/run.ts), so the what-if gives those goals a result too.
        const ref = tables.goalTable;
        const goalTable = ref
          ? tables.tables.filter((t) => t.sheet === ref.sheet && t.name === ref.name)
          : tables.tables.slice(0, 1);
        const municipal = usesMunicipalityFunctions(goalTable)
          ? (await import("../../../core/indicators/withMunicipalities")).MUNICIPAL_INDICATORS
          : undefined;
        const session = createWhatIf(
          tables.tables,
          {
            locale: now.locale,
            decimalSeparator: tables.decimalSeparator,
            year: tables.mapping.year,
            goalTable: tables.goalTable
              ? { sheet: tables.goalTable.sheet, name: tables.goalTable.name }
              : undefined,
            columns: tables.mapping.columns,
          },
          { municipal }
        );
        const fields = whatIfFields(
          session.before,
          tables.decimalSeparator,
          session.typed,
          now.locale
        );
        dispatch({ type: "loaded", loaded: { tables, session, fields } });
      });
    },
    [runJob]
  );

  const save = useCallback(
    function save(): Promise<void> {
      return runJob({ kind: "save", again: () => void save() }, async (now) => {
        const result = resultRef.current;
        if (!result) return;
        const outcome = await saveScenario(now.runner, result);
        dispatch({ type: "saved", outcome });
        now.onAfterWrite?.();
      });
    },
    [runJob]
  );

  useFirstShown(active, read);

  const { loaded, edits } = state;
  const evaluated = useMemo(() => {
    if (!loaded) return null;
    const { changes, keys } = fieldChanges(loaded.fields, edits);
    const result = loaded.session.evaluate(changes);
    const fieldErrors: Record<string, string> = {};
    for (const e of result.errors) {
      const key = keys[e.index];
      if (key !== undefined) fieldErrors[key] = e.message;
    }
    const fieldNotes: Record<string, string> = {};
    for (const a of result.applied) {
      const key = keys[a.index];
      if (key !== undefined && a.note) fieldNotes[key] = a.note;
    }
    return { result, fieldErrors, fieldNotes };
  }, [loaded, edits]);
  resultRef.current = evaluated?.result ?? null;

  const { retry } = job;
  return useMemo<HvadNuHvisController>(
    () => ({
      state,
      job: job.state,
      result: evaluated?.result ?? null,
      fieldErrors: evaluated?.fieldErrors ?? {},
      fieldNotes: evaluated?.fieldNotes ?? {},
      canSave: canSaveScenario(evaluated?.result ?? null),
      edit: (key, text) => dispatch({ type: "edit", key, text }),
      reset: () => dispatch({ type: "reset" }),
      reload: () => void read(),
      save: () => void save(),
      retry: () => retry(() => void read()),
    }),
    [state, job.state, evaluated, read, save, retry]
  );
}
