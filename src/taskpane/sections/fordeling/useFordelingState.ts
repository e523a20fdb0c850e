// Fordeling's state: one reducer (pure) and one hook that runs the allocation writer (workbook.ts) through the pane's
// job queue (useWorkbookJob). The split, the audit and every figure come from the adapter
// (src/core/allocate); this file only keeps what the user chose, when to ask, and what came back.
//
//   open the tab → dry run (the key tables, the key read and audited; without a total only the key's own errors)
//   type a total → 250 ms later a dry run (preview); nothing is written
//   Skriv fordelingen → the same run for real; conflicts → the question → rerun with overwrite
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Instalments, KeyBasis, Method } from "../../../core/allocate";
import { readError } from "../../../core/messages";
import { readPlainNumber } from "../../../core/numbers";
import { canReadCulture, canReadMerges, type PaneEnvironment } from "../../shared/environment";
import { useFirstShown, useWorkbookJob, type JobState } from "../../shared/useWorkbookJob";
import type { PaneLocale } from "../../shared/words";
import type { Hub } from "../../../core/municipalities/names";
import {
  DST_YEARS,
  runAllocationOnWorkbook,
  type AllocationRunOptions,
  type AllocationRunOutcome,
} from "./workbook";

/** How long the total field waits for the next keystroke before it previews. */
export const PREVIEW_DELAY_MS = 250;

export const UNITS = [1, 100, 1000] as const;
export const INSTALMENTS: Instalments[] = [1, 4, 12];
export const METHODS: Method[] = ["largest-remainder", "round-each"];
export const BASES: KeyBasis[] = ["population", "amount"];

/** Where the populations come from: a key table of the workbook, or Danmarks Statistik (the shipped data). */
export type KeySource = "table" | "dst";
export const KEY_SOURCES: KeySource[] = ["table", "dst"];

export interface KeyTableRef {
  sheet: string;
  name: string;
}

/** What the user chose. Undefined table: the adapter's first key table. */
export interface AllocationInputs {
  table?: KeyTableRef;
  /** As typed ("16.500.000"); read when a run starts. */
  totalText: string;
  unit: number;
  instalments: Instalments;
  method: Method;
  basis: KeyBasis;
  countDate: string;
  keySource: KeySource;
  /** With keySource "dst": the hub and the year of the populations. */
  hub: Hub;
  year: number;
}

export type TotalReading =
  { kind: "empty" } | { kind: "ok"; value: number } | { kind: "invalid"; message: string };

/**
 * The total as typed, read with the core's number reader in the pane's notation (Danish: "16.500.000", "16500000",
 * "16.500.000 kr."). Unreadable text gets the core's message ("'16,5 mio' er ikke et tal").
 */
export function readTotal(text: string, locale: PaneLocale): TotalReading {
  const typed = text.trim();
  const bare = typed.replace(/\s*(kr\.?|dkk)$/i, "").replace(/^dkk\s*/i, "");
  if (bare === "") return { kind: "empty" };
  // "16,5 mio." as the contracts write it (seed 003: "16.5 mio. kr."), "2 mia.": millions and billions of kroner.
  const scaled =
    /^(.*?)\s*(mio\.?|millioner|million|millions|mia\.?|milliarder|milliard|billion|billions)$/i.exec(
      bare
    );
  const factor = scaled ? (/^mi(o|ll?ion)/i.test(scaled[2]) ? 1e6 : 1e9) : 1;
  const n = readPlainNumber(scaled ? scaled[1] : bare, {
    decimalSeparator: locale === "da" ? "," : ".",
  });
  if (!n.ok)
    return { kind: "invalid", message: readError(locale, "", "", n.reason, typed).message };
  // Whole øre: 16,5 × 1.000.000 is exactly 16.500.000, never 16.499.999,999….
  return { kind: "ok", value: Math.round(n.value * factor * 100) / 100 };
}

export type FordelingBusy = "preview" | "write";

export interface FordelingState {
  inputs: AllocationInputs;
  /** The last dry run: candidates, the key's errors, and (with a total) the split and the audit. */
  preview: AllocationRunOutcome | null;
  /** Whether `preview` was made with a total (without one it only found and read the key). */
  previewHasTotal: boolean;
  /** The last write (written, errors, conflicts or failed); cleared when a new preview replaces it. */
  outcome: AllocationRunOutcome | null;
  conflictsOpen: boolean;
}

export type FordelingAction =
  | { type: "input"; inputs: AllocationInputs }
  | { type: "start" }
  | { type: "previewDone"; outcome: AllocationRunOutcome; hasTotal: boolean }
  | { type: "writeDone"; outcome: AllocationRunOutcome }
  | { type: "closeConflicts" }
  | { type: "openConflicts" };

export const initialFordelingState: FordelingState = {
  inputs: {
    totalText: "",
    unit: 1,
    instalments: 1,
    method: "largest-remainder",
    basis: "population",
    countDate: "",
    keySource: "table",
    hub: "Nordjylland",
    year: DST_YEARS[DST_YEARS.length - 1],
  },
  preview: null,
  previewHasTotal: false,
  outcome: null,
  conflictsOpen: false,
};

export function fordelingReducer(state: FordelingState, action: FordelingAction): FordelingState {
  switch (action.type) {
    case "input":
      return { ...state, inputs: action.inputs };
    case "start":
      return { ...state, conflictsOpen: false };
    case "previewDone":
      return {
        ...state,
        preview: action.outcome,
        previewHasTotal: action.hasTotal,
        outcome: null,
      };
    case "writeDone":
      return {
        ...state,
        outcome: action.outcome,
        conflictsOpen: action.outcome.status === "conflicts",
      };
    case "closeConflicts":
      return { ...state, conflictsOpen: false };
    case "openConflicts":
      return { ...state, conflictsOpen: state.outcome?.status === "conflicts" };
  }
}

export interface FordelingController {
  state: FordelingState;
  job: JobState<FordelingBusy>;
  total: TotalReading;
  /** Whether Skriv fordelingen can start: a readable total and nothing running. */
  canWrite: boolean;
  setTable(table: KeyTableRef): void;
  setTotal(text: string): void;
  setUnit(unit: number): void;
  setInstalments(instalments: Instalments): void;
  setMethod(method: Method): void;
  setBasis(basis: KeyBasis): void;
  setCountDate(text: string): void;
  setKeySource(source: KeySource): void;
  setHub(hub: Hub): void;
  setYear(year: number): void;
  refresh(): void;
  write(): void;
  overwrite(): void;
  retry(): void;
  selectCell(sheet: string, cell: string): void;
  closeConflicts(): void;
  openConflicts(): void;
}

/** `active`: the tab is shown. The workbook is first read when the tab first opens. */
export function useFordelingState(env: PaneEnvironment, active: boolean): FordelingController {
  const [state, dispatch] = useReducer(fordelingReducer, initialFordelingState);
  const job = useWorkbookJob<FordelingBusy>(env, () => dispatch({ type: "start" }));
  /** The inputs as of the last keystroke, ahead of React's render: the next run uses them. */
  const inputsRef = useRef(state.inputs);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { env: currentEnv, run: runJob, deferWhileBusy } = job;

  const options = useCallback(
    (inputs: AllocationInputs, total: number): AllocationRunOptions => {
      const now = currentEnv();
      return {
        table: inputs.table,
        total,
        unit: inputs.unit,
        instalments: inputs.instalments,
        method: inputs.method,
        basis: inputs.basis,
        countDate: inputs.countDate.trim() || undefined,
        shipped: inputs.keySource === "dst" ? { hub: inputs.hub, year: inputs.year } : undefined,
        locale: now.locale,
        cultureInfo: canReadCulture(now),
        mergedAreas: canReadMerges(now),
      };
    },
    [currentEnv]
  );

  /** A preview asked for while a job runs is made after it, with the inputs of that moment. */
  const preview = useCallback(
    function preview(): Promise<void> {
      if (deferWhileBusy(preview)) return Promise.resolve();
      const inputs = inputsRef.current;
      const total = readTotal(inputs.totalText, currentEnv().locale);
      // An unreadable total is the field's error; the last preview stays until the total can be read.
      if (total.kind === "invalid") return Promise.resolve();
      const hasTotal = total.kind === "ok";
      return runJob({ kind: "preview", again: () => void preview() }, async ({ runner }) => {
        // Without a total the dry run still finds the key tables and reads the key: the section shows them, and the
        // run's only other complaint (the total) is left to the field.
        const outcome = await runAllocationOnWorkbook(runner, {
          ...options(inputs, hasTotal ? total.value : 0),
          dryRun: true,
        });
        dispatch({ type: "previewDone", outcome, hasTotal });
      });
    },
    [deferWhileBusy, runJob, currentEnv, options]
  );

  const cancelTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const schedule = useCallback(
    (delay: number) => {
      cancelTimer();
      if (delay === 0) {
        void preview();
        return;
      }
      timer.current = setTimeout(() => {
        timer.current = null;
        void preview();
      }, delay);
    },
    [preview]
  );

  const change = useCallback(
    (next: Partial<AllocationInputs>, delay: number | null) => {
      const inputs = { ...inputsRef.current, ...next };
      inputsRef.current = inputs;
      dispatch({ type: "input", inputs });
      if (delay !== null) schedule(delay);
    },
    [schedule]
  );

  const write = useCallback(
    function write(overwrite: boolean): Promise<void> {
      cancelTimer();
      const inputs = inputsRef.current;
      const total = readTotal(inputs.totalText, currentEnv().locale);
      if (total.kind !== "ok") return Promise.resolve();
      return runJob({ kind: "write", again: () => void write(overwrite) }, async (now) => {
        const outcome = await runAllocationOnWorkbook(now.runner, {
          ...options(inputs, total.value),
          overwrite,
        });
        dispatch({ type: "writeDone", outcome });
        if (outcome.status === "written" || outcome.status === "failed") now.onAfterWrite?.();
      });
    },
    [runJob, currentEnv, options]
  );

  // The first time the tab opens: find the key and read it.
  useFirstShown(active, preview);

  useEffect(() => cancelTimer, []);

  const locale = env.locale;
  const { retry, selectCell } = job;
  return useMemo<FordelingController>(() => {
    const total = readTotal(state.inputs.totalText, locale);
    return {
      state,
      job: job.state,
      total,
      canWrite: total.kind === "ok" && job.state.busy === null,
      setTable: (table) => change({ table }, 0),
      setTotal: (text) => change({ totalText: text }, PREVIEW_DELAY_MS),
      setUnit: (unit) => change({ unit }, 0),
      setInstalments: (instalments) => change({ instalments }, 0),
      setMethod: (method) => change({ method }, 0),
      setBasis: (basis) => change({ basis }, 0),
      // Only the Fordeling sheet shows the date: nothing to preview.
      setCountDate: (text) => change({ countDate: text }, null),
      setKeySource: (keySource) => change({ keySource }, 0),
      setHub: (hub) => change({ hub }, 0),
      setYear: (year) => change({ year }, 0),
      refresh: () => schedule(0),
      write: () => void write(false),
      overwrite: () => void write(true),
      retry: () => retry(() => void preview()),
      selectCell,
      closeConflicts: () => dispatch({ type: "closeConflicts" }),
      openConflicts: () => dispatch({ type: "openConflicts" }),
    };
  }, [state, job.state, locale, change, schedule, write, preview, retry, selectCell]);
}
