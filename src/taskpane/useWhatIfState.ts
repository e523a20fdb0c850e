// The Hvad nu hvis section's state: the workbook's tables, read once when the tab opens (and on Genindlæs), a what-if
// session over them (src/core/whatif), what the user typed in each field, and Gem scenarie. Every keystroke turns the
// fields into changes and evaluates them with the session: the session's own evaluateContract, milliseconds, no debounce.
// Nothing here computes a fulfilment; the fields are only laid out from the session's "before" evaluation.
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { EvaluationResult, RowResult } from "../core/evaluate";
import { formatNumber, formatPercent } from "../core/format";
import {
  createWhatIf,
  type WhatIfChangeInput,
  type WhatIfResult,
  type WhatIfSession,
} from "../core/whatif";
import {
  readWorkbookTables,
  type WorkbookTables,
  officeErrorOf,
  type ExcelRunner,
  type OfficeErrorInfo,
  saveScenario,
  type ScenarioOutcome,
} from "../excel";
import type { PaneLocale } from "./i18n";

/** Which rows a field's change addresses (src/core/whatif ChangeTarget). */
export interface FieldTarget {
  goal: string;
  part?: string;
  segment?: string;
}

export interface TextField {
  key: string;
  /** What the workbook has, in its own notation ("60", "70 %"): the field shows it until the user types. */
  initial: string;
}

export interface TierField extends TextField {
  /** The fulfilment the tier gives (1 for "Mål 100 %"). */
  tier: number;
}

export interface RowFields {
  bodyIndex: number;
  /** The part or segment ("Drift"), "" when the goal has one row. */
  label: string;
  target: FieldTarget;
  /** The row's result as the core read it ("72", "3/4", "Ja"), or undefined while it awaits data. */
  resultText?: string;
  result: TextField;
  tiers: TierField[];
  /** Count goals: met at the target (antal) or proportional (forholdsmæssig). */
  rule: { key: string; initialProportional: boolean } | null;
}

export interface GoalFields {
  id: string;
  title: string;
  rows: RowFields[];
  /** Goals awaiting data: assume them met or not met. */
  assume: { key: string } | null;
}

export type AssumeChoice = "none" | "met" | "notMet";

/** The row's label in a goal with several rows: its segment and part, as the table names them. */
function rowLabel(row: RowResult): string {
  return [row.part, row.segment].filter(Boolean).join(", ");
}

/** A threshold as the user would type it in the workbook's notation ("60", "70 %"; "70%" with a decimal point). */
function typedValue(value: number, percent: boolean, decimalSeparator: "," | "."): string {
  const locale = decimalSeparator === "," ? "da" : "en";
  return percent ? formatPercent(value, locale, 4) : formatNumber(value, locale, 6);
}

/** The fields of every goal, from the session's evaluation of the workbook as it is. */
export function whatIfFields(before: EvaluationResult, decimalSeparator: "," | "."): GoalFields[] {
  return before.goals.map((goal) => {
    const rows = goal.parts.flatMap((p) => p.rows);
    const several = rows.length > 1;
    return {
      id: goal.id,
      title: goal.title,
      assume: goal.status === "Afventer data" ? { key: `g${goal.id}.assume` } : null,
      rows: rows.map((row) => {
        const key = `r${row.bodyIndex}`;
        const pending = row.status === "Afventer data";
        const tiers = [...(row.tiers ?? [])].sort((a, b) => b.fulfilment - a.fulfilment);
        return {
          bodyIndex: row.bodyIndex,
          label: several ? rowLabel(row) : "",
          target: several
            ? { goal: goal.id, part: row.part || undefined, segment: row.segment || undefined }
            : { goal: goal.id },
          resultText: pending ? undefined : row.resultText,
          result: { key: `${key}.result`, initial: pending ? "" : (row.resultText ?? "") },
          tiers: tiers.map((tier) => ({
            key: `${key}.tier${tier.fulfilment}`,
            tier: tier.fulfilment,
            initial: typedValue(tier.value, tier.percent, decimalSeparator),
          })),
          rule:
            row.rule === "antal" || row.rule === "forholdsmaessig"
              ? { key: `${key}.rule`, initialProportional: row.rule === "forholdsmaessig" }
              : null,
        };
      }),
    };
  });
}

/** What the fields say, as changes; `keys[i]` is the field of `changes[i]` (for its error and note). */
export function fieldChanges(
  goals: GoalFields[],
  edits: Record<string, string>
): { changes: WhatIfChangeInput[]; keys: string[] } {
  const changes: WhatIfChangeInput[] = [];
  const keys: string[] = [];
  const typed = (field: TextField): string | undefined => {
    const text = edits[field.key]?.trim();
    // Empty means "as in the workbook": clearing a field to type a new figure changes nothing meanwhile.
    return text === undefined || text === "" || text === field.initial.trim() ? undefined : text;
  };
  for (const goal of goals) {
    for (const row of goal.rows) {
      for (const tier of row.tiers) {
        const value = typed(tier);
        if (value === undefined) continue;
        changes.push({ ...row.target, key: "tier", tier: tier.tier, value });
        keys.push(tier.key);
      }
      const result = typed(row.result);
      if (result !== undefined) {
        changes.push({ ...row.target, key: "result", value: result });
        keys.push(row.result.key);
      }
      const rule = row.rule ? edits[row.rule.key] : undefined;
      if (row.rule && rule !== undefined) {
        const proportional = rule === "forholdsmaessig";
        if (proportional !== row.rule.initialProportional) {
          changes.push({
            ...row.target,
            key: "rule",
            value: proportional ? "forholdsmæssig" : "antal",
          });
          keys.push(row.rule.key);
        }
      }
    }
    const assume = goal.assume ? (edits[goal.assume.key] as AssumeChoice | undefined) : undefined;
    if (goal.assume && (assume === "met" || assume === "notMet")) {
      changes.push({ goal: goal.id, key: "assume", value: assume === "met" });
      keys.push(goal.assume.key);
    }
  }
  return { changes, keys };
}

interface Loaded {
  tables: WorkbookTables;
  session: WhatIfSession;
  fields: GoalFields[];
}

type Attempt = "read" | "save";

export interface WhatIfState {
  busy: "read" | "save" | null;
  loaded: Loaded | null;
  /** The runner threw (reading or saving). */
  exception: OfficeErrorInfo | null;
  edits: Record<string, string>;
  saved: ScenarioOutcome | null;
  lastAttempt: Attempt | null;
}

export type WhatIfAction =
  | { type: "start"; busy: "read" | "save" }
  | { type: "loaded"; loaded: Loaded }
  | { type: "saved"; outcome: ScenarioOutcome }
  | { type: "exception"; error: OfficeErrorInfo }
  | { type: "edit"; key: string; text: string }
  | { type: "reset" };

export const initialWhatIfState: WhatIfState = {
  busy: null,
  loaded: null,
  exception: null,
  edits: {},
  saved: null,
  lastAttempt: null,
};

export function whatIfReducer(state: WhatIfState, action: WhatIfAction): WhatIfState {
  switch (action.type) {
    case "start":
      return {
        ...state,
        busy: action.busy,
        lastAttempt: action.busy,
        exception: null,
        saved: action.busy === "save" ? null : state.saved,
      };
    case "loaded":
      // What the user typed stays: it is tried on the workbook as it is now.
      return { ...state, busy: null, loaded: action.loaded, saved: null };
    case "saved":
      return { ...state, busy: null, saved: action.outcome };
    case "exception":
      return { ...state, busy: null, exception: action.error };
    case "edit":
      return { ...state, edits: { ...state.edits, [action.key]: action.text } };
    case "reset":
      return { ...state, edits: {} };
  }
}

export interface WhatIfEnvironment {
  runner: ExcelRunner;
  locale: PaneLocale;
  isSetSupported?: (name: string, version: string) => boolean;
  onAfterWrite?: () => void;
}

export interface WhatIfController {
  state: WhatIfState;
  /** The scenario the fields describe, evaluated; null until the tables are read. */
  result: WhatIfResult | null;
  /** Field key → why its value could not be applied (the core's Danish message). */
  fieldErrors: Record<string, string>;
  /** Field key → how a value was read when not as typed ("97,5 læst som 97,5 %"). */
  fieldNotes: Record<string, string>;
  edit(key: string, text: string): void;
  reset(): void;
  reload(): void;
  save(): void;
  retry(): void;
}

/** `active`: the tab is shown. The tables are first read when the tab first opens. */
export function useWhatIfState(env: WhatIfEnvironment, active: boolean): WhatIfController {
  const [state, dispatch] = useReducer(whatIfReducer, initialWhatIfState);
  const envRef = useRef(env);
  envRef.current = env;
  const busyRef = useRef(false);
  const opened = useRef(false);
  const resultRef = useRef<WhatIfResult | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const job = useCallback(async (busy: "read" | "save", work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    dispatch({ type: "start", busy });
    try {
      await work();
    } catch (e) {
      dispatch({ type: "exception", error: officeErrorOf(e) });
    } finally {
      busyRef.current = false;
    }
  }, []);

  const read = useCallback(
    () =>
      job("read", async () => {
        const { runner, locale, isSetSupported } = envRef.current;
        const tables = await readWorkbookTables(runner, {
          cultureInfo: isSetSupported ? isSetSupported("ExcelApi", "1.11") : true,
        });
        const session = createWhatIf(tables.tables, {
          locale,
          decimalSeparator: tables.decimalSeparator,
          year: tables.mapping.year,
          goalTable: tables.goalTable
            ? { sheet: tables.goalTable.sheet, name: tables.goalTable.name }
            : undefined,
          columns: tables.mapping.columns,
        });
        const fields = whatIfFields(session.before, tables.decimalSeparator);
        dispatch({ type: "loaded", loaded: { tables, session, fields } });
      }),
    [job]
  );

  const save = useCallback(
    () =>
      job("save", async () => {
        const result = resultRef.current;
        if (!result) return;
        const outcome = await saveScenario(envRef.current.runner, result);
        dispatch({ type: "saved", outcome });
        envRef.current.onAfterWrite?.();
      }),
    [job]
  );

  useEffect(() => {
    if (!active || opened.current) return;
    opened.current = true;
    void read();
  }, [active, read]);

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

  return useMemo<WhatIfController>(
    () => ({
      state,
      result: evaluated?.result ?? null,
      fieldErrors: evaluated?.fieldErrors ?? {},
      fieldNotes: evaluated?.fieldNotes ?? {},
      edit: (key, text) => dispatch({ type: "edit", key, text }),
      reset: () => dispatch({ type: "reset" }),
      reload: () => void read(),
      save: () => void save(),
      retry: () => void (stateRef.current.lastAttempt === "save" ? save() : read()),
    }),
    [state, evaluated, read, save]
  );
}
