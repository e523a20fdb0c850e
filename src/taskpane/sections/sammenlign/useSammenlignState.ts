// Sammenlign's state: the workbook's goal tables, read when the tab first opens (and on Genindlæs); which of them the
// user ticked and what each is called; and Sammenlign, which compares them (src/core/compare) and writes the sheet
// Sammenligning (src/excel/compare), through the pane's job queue. Nothing here compares or formats a figure.
import { useCallback, useReducer } from "react";
import { compareTables, labelProblem, type CompareResult } from "../../../core/compare";
import type { RawTable } from "../../../core/model";
import { findGoalTables } from "../../../core/prepare";
import type { PaneEnvironment } from "../../shared/environment";
import { useFirstShown, useWorkbookJob, type JobState } from "../../shared/useWorkbookJob";
import { fileBytes, readLastYear } from "./lastYear";
import {
  insertGoalSheets,
  readAllTables,
  writeComparison,
  type ComparisonOutcome,
  type InsertOutcome,
} from "./workbook";

export interface GoalTableChoice {
  key: string;
  sheet: string;
  name: string;
  source: "table" | "range";
}

export type SammenlignBusy = "read" | "compare" | "insert";

/** What became of last year's workbook: inserted, or why not (the file, or the workbook). */
export type LastYearOutcome =
  InsertOutcome | { status: "refused" | "unreadable" | "no-goal-table"; detail: string };

export interface SammenlignState {
  tables: RawTable[] | null;
  choices: GoalTableChoice[];
  picked: Record<string, boolean>;
  labels: Record<string, string>;
  result: CompareResult | null;
  written: ComparisonOutcome | null;
  lastYear: LastYearOutcome | null;
}

export type SammenlignAction =
  | { type: "start"; busy: SammenlignBusy }
  | { type: "loaded"; tables: RawTable[]; choices: GoalTableChoice[] }
  | { type: "pick"; key: string; picked: boolean }
  | { type: "label"; key: string; label: string }
  | { type: "compared"; result: CompareResult; written: ComparisonOutcome | null }
  | { type: "lastYear"; outcome: LastYearOutcome };

export const initialSammenlignState: SammenlignState = {
  tables: null,
  choices: [],
  picked: {},
  labels: {},
  result: null,
  written: null,
  lastYear: null,
};

/** A goal table's name to begin with: the year in its sheet or table name when the tables' years differ, else the sheet. */
export function defaultTableLabels(choices: GoalTableChoice[]): Record<string, string> {
  const yearOf = (c: GoalTableChoice) =>
    /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(c.sheet)?.[1] ??
    /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(c.name)?.[1];
  const years = choices.map(yearOf);
  const distinct = years.every((y) => y !== undefined) && new Set(years).size === years.length;
  const sheets = new Set(choices.map((c) => c.sheet)).size === choices.length;
  return Object.fromEntries(
    choices.map((c, i) => [
      c.key,
      distinct ? years[i]! : sheets ? c.sheet : `${c.sheet} – ${c.name}`,
    ])
  );
}

export function sammenlignReducer(
  state: SammenlignState,
  action: SammenlignAction
): SammenlignState {
  switch (action.type) {
    case "start":
      return action.busy === "compare" ? { ...state, written: null, result: null } : state;
    case "loaded": {
      const labels = defaultTableLabels(action.choices);
      // Every table ticked to begin with; a name the user typed for a table still there is kept.
      return {
        ...state,
        tables: action.tables,
        choices: action.choices,
        picked: Object.fromEntries(action.choices.map((c) => [c.key, state.picked[c.key] ?? true])),
        labels: Object.fromEntries(
          action.choices.map((c) => [c.key, state.labels[c.key] ?? labels[c.key]])
        ),
      };
    }
    case "pick":
      return { ...state, picked: { ...state.picked, [action.key]: action.picked } };
    case "label":
      return { ...state, labels: { ...state.labels, [action.key]: action.label } };
    case "compared":
      return { ...state, result: action.result, written: action.written };
    case "lastYear":
      return { ...state, lastYear: action.outcome };
  }
}

/** The workbook's goal tables to choose from, in the workbook's order. */
function goalTableChoices(tables: RawTable[]): GoalTableChoice[] {
  const choices = findGoalTables(tables).map(({ table }) => ({
    key: `${table.sheet}!${table.name}`,
    sheet: table.sheet,
    name: table.name,
    source: table.source,
  }));
  // Table order (the workbook's), not the guess's score: the years read left to right as the sheets do.
  choices.sort(
    (a, b) =>
      tables.findIndex((t) => `${t.sheet}!${t.name}` === a.key) -
      tables.findIndex((t) => `${t.sheet}!${t.name}` === b.key)
  );
  return choices;
}

export interface SammenlignController {
  state: SammenlignState;
  job: JobState<SammenlignBusy>;
  /** Why Sammenlign cannot run with the tables ticked (the core's Danish sentence), or null. */
  problem: string | null;
  pick(key: string, picked: boolean): void;
  label(key: string, label: string): void;
  reload(): void;
  compare(): void;
  /** Brings the goal sheets of last year's workbook in (ExcelApi 1.13), then reads the tables again. */
  insertLastYear(file: Blob): void;
  retry(): void;
}

export function useSammenlignState(env: PaneEnvironment, active: boolean): SammenlignController {
  const [state, dispatch] = useReducer(sammenlignReducer, initialSammenlignState);
  const job = useWorkbookJob<SammenlignBusy>(env, (busy) => dispatch({ type: "start", busy }));
  const { run: runJob } = job;
  const picked = state.choices.filter((c) => state.picked[c.key]);
  const problem = labelProblem(picked.map((c) => state.labels[c.key] ?? ""));

  const read = useCallback(
    function read(): Promise<void> {
      return runJob({ kind: "read", again: () => void read() }, async (now) => {
        const { tables } = await readAllTables(now.runner);
        dispatch({ type: "loaded", tables, choices: goalTableChoices(tables) });
      });
    },
    [runJob]
  );

  const compare = useCallback(
    function compare(): Promise<void> {
      return runJob({ kind: "compare", again: () => void compare() }, async (now) => {
        if (!state.tables || problem) return;
        const result = compareTables(
          picked.map((c) => ({
            label: state.labels[c.key].trim(),
            tables: state.tables!,
            options: { goalTable: { sheet: c.sheet, name: c.name }, locale: now.locale },
          }))
        );
        if (result.errors.length > 0) {
          dispatch({ type: "compared", result, written: null });
          return;
        }
        // Filter buttons on the goal rows only where Excel has Worksheet.autoFilter (ExcelApi 1.9).
        const filter = env.isSetSupported ? env.isSetSupported("ExcelApi", "1.9") : true;
        const written = await writeComparison(now.runner, result, { filter });
        dispatch({ type: "compared", result, written });
        now.onAfterWrite?.();
      });
    },
    [runJob, env, state.tables, state.labels, picked, problem]
  );

  const insertLastYear = useCallback(
    function insertLastYear(file: Blob): Promise<void> {
      return runJob({ kind: "insert", again: () => void insertLastYear(file) }, async (now) => {
        const read = await readLastYear(await fileBytes(file), now.locale);
        if (!read.ok) {
          dispatch({ type: "lastYear", outcome: { status: read.problem, detail: read.detail } });
          return;
        }
        // Before this year's first goal sheet: last year's then reads (and is compared) first.
        const outcome = await insertGoalSheets(
          now.runner,
          read.base64,
          read.sheets,
          state.choices[0]?.sheet
        );
        dispatch({ type: "lastYear", outcome });
        if (outcome.status !== "inserted") return;
        now.onAfterWrite?.();
        const { tables } = await readAllTables(now.runner);
        dispatch({ type: "loaded", tables, choices: goalTableChoices(tables) });
      });
    },
    [runJob, state.choices]
  );

  useFirstShown(active, read);

  return {
    state,
    job: job.state,
    problem,
    pick: (key, value) => dispatch({ type: "pick", key, picked: value }),
    label: (key, value) => dispatch({ type: "label", key, label: value }),
    reload: () => void read(),
    compare: () => void compare(),
    insertLastYear: (file) => void insertLastYear(file),
    retry: () => job.retry(() => void read()),
  };
}
