// The Fordeling section's state: one reducer (pure) and one hook that talks to the workbook through
// src/excel/allocation.ts with the environment's runner. The split, the audit and every figure come from the adapter
// (src/core/allocate); this file only keeps what the user chose, when to ask, and what came back.
//
//   open the tab → dry run (the key tables, the key read and audited; without a total only the key's own errors)
//   type a total → 250 ms later a dry run (preview); nothing is written
//   Skriv fordelingen → the same run for real; conflicts → the question → rerun with overwrite
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Instalments, KeyBasis, Method } from "../core/allocate";
import { readError } from "../core/messages";
import { readPlainNumber } from "../core/numbers";
import {
  runAllocationOnWorkbook,
  type AllocationRunOptions,
  type AllocationRunOutcome,
  selectCell as selectWorkbookCell,
  officeErrorOf,
  type ExcelRunner,
  type OfficeErrorInfo,
} from "../excel";
import type { PaneLocale } from "./i18n";

/** How long the total field waits for the next keystroke before it previews. */
export const PREVIEW_DELAY_MS = 250;

export const UNITS = [1, 100, 1000] as const;
export const INSTALMENTS: Instalments[] = [1, 4, 12];
export const METHODS: Method[] = ["largest-remainder", "round-each"];
export const BASES: KeyBasis[] = ["population", "amount"];

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
  const n = readPlainNumber(bare, { decimalSeparator: locale === "da" ? "," : "." });
  if (!n.ok)
    return { kind: "invalid", message: readError(locale, "", "", n.reason, typed).message };
  return { kind: "ok", value: n.value };
}

export type AllocationBusy = "preview" | "write";

type Attempt = { kind: "preview" } | { kind: "write"; overwrite: boolean };

export interface AllocationState {
  inputs: AllocationInputs;
  busy: AllocationBusy | null;
  /** The last dry run: candidates, the key's errors, and (with a total) the split and the audit. */
  preview: AllocationRunOutcome | null;
  /** Whether `preview` was made with a total (without one it only found and read the key). */
  previewHasTotal: boolean;
  /** The last write (written, errors, conflicts or failed); cleared when a new preview replaces it. */
  outcome: AllocationRunOutcome | null;
  conflictsOpen: boolean;
  /** The runner threw: nothing the run itself could report. */
  exception: OfficeErrorInfo | null;
  lastAttempt: Attempt | null;
}

export type AllocationAction =
  | { type: "input"; inputs: AllocationInputs }
  | { type: "start"; busy: AllocationBusy; attempt: Attempt }
  | { type: "previewDone"; outcome: AllocationRunOutcome; hasTotal: boolean }
  | { type: "writeDone"; outcome: AllocationRunOutcome }
  | { type: "exception"; error: OfficeErrorInfo }
  | { type: "closeConflicts" }
  | { type: "openConflicts" };

export const initialAllocationState: AllocationState = {
  inputs: {
    totalText: "",
    unit: 1,
    instalments: 1,
    method: "largest-remainder",
    basis: "population",
    countDate: "",
  },
  busy: null,
  preview: null,
  previewHasTotal: false,
  outcome: null,
  conflictsOpen: false,
  exception: null,
  lastAttempt: null,
};

export function allocationReducer(
  state: AllocationState,
  action: AllocationAction
): AllocationState {
  switch (action.type) {
    case "input":
      return { ...state, inputs: action.inputs };
    case "start":
      return {
        ...state,
        busy: action.busy,
        lastAttempt: action.attempt,
        exception: null,
        conflictsOpen: false,
      };
    case "previewDone":
      return {
        ...state,
        busy: null,
        preview: action.outcome,
        previewHasTotal: action.hasTotal,
        outcome: null,
      };
    case "writeDone":
      return {
        ...state,
        busy: null,
        outcome: action.outcome,
        conflictsOpen: action.outcome.status === "conflicts",
      };
    case "exception":
      return { ...state, busy: null, exception: action.error };
    case "closeConflicts":
      return { ...state, conflictsOpen: false };
    case "openConflicts":
      return { ...state, conflictsOpen: state.outcome?.status === "conflicts" };
  }
}

export interface AllocationEnvironment {
  runner: ExcelRunner;
  locale: PaneLocale;
  isSetSupported?: (name: string, version: string) => boolean;
  onAfterWrite?: () => void;
}

export interface AllocationController {
  state: AllocationState;
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
  refresh(): void;
  write(): void;
  overwrite(): void;
  retry(): void;
  selectCell(sheet: string, cell: string): void;
  closeConflicts(): void;
  openConflicts(): void;
}

/** `active`: the tab is shown. The workbook is first read when the tab first opens. */
export function useAllocationState(
  env: AllocationEnvironment,
  active: boolean
): AllocationController {
  const [state, dispatch] = useReducer(allocationReducer, initialAllocationState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const envRef = useRef(env);
  envRef.current = env;
  /** The inputs as of the last keystroke, ahead of React's render: the next run uses them. */
  const inputsRef = useRef(state.inputs);
  const busyRef = useRef(false);
  const previewQueued = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const opened = useRef(false);

  const options = useCallback((inputs: AllocationInputs, total: number): AllocationRunOptions => {
    const { locale, isSetSupported } = envRef.current;
    return {
      table: inputs.table,
      total,
      unit: inputs.unit,
      instalments: inputs.instalments,
      method: inputs.method,
      basis: inputs.basis,
      countDate: inputs.countDate.trim() || undefined,
      locale,
      // cultureInfo (the workbook's decimal separator) needs ExcelApi 1.11; without a way to ask, assume it is there.
      cultureInfo: isSetSupported ? isSetSupported("ExcelApi", "1.11") : true,
    };
  }, []);

  const previewRef = useRef<() => Promise<void>>(() => Promise.resolve());

  /** One job at a time; a preview asked for meanwhile runs after it, with the inputs of that moment. */
  const job = useCallback(
    async (busy: AllocationBusy, attempt: Attempt, work: () => Promise<void>) => {
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
    },
    []
  );

  const preview = useCallback((): Promise<void> => {
    if (busyRef.current) {
      previewQueued.current = true;
      return Promise.resolve();
    }
    const inputs = inputsRef.current;
    const total = readTotal(inputs.totalText, envRef.current.locale);
    // An unreadable total is the field's error; the last preview stays until the total can be read.
    if (total.kind === "invalid") return Promise.resolve();
    const hasTotal = total.kind === "ok";
    return job("preview", { kind: "preview" }, async () => {
      // Without a total the dry run still finds the key tables and reads the key: the section shows them, and the
      // run's only other complaint (the total) is left to the field.
      const outcome = await runAllocationOnWorkbook(envRef.current.runner, {
        ...options(inputs, hasTotal ? total.value : 0),
        dryRun: true,
      });
      dispatch({ type: "previewDone", outcome, hasTotal });
    });
  }, [job, options]);
  previewRef.current = preview;

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
    (overwrite: boolean) => {
      cancelTimer();
      const inputs = inputsRef.current;
      const total = readTotal(inputs.totalText, envRef.current.locale);
      if (total.kind !== "ok") return Promise.resolve();
      return job("write", { kind: "write", overwrite }, async () => {
        const outcome = await runAllocationOnWorkbook(envRef.current.runner, {
          ...options(inputs, total.value),
          overwrite,
        });
        dispatch({ type: "writeDone", outcome });
        if (outcome.status === "written" || outcome.status === "failed")
          envRef.current.onAfterWrite?.();
      });
    },
    [job, options]
  );

  // The first time the tab opens: find the key and read it.
  useEffect(() => {
    if (!active || opened.current) return;
    opened.current = true;
    void preview();
  }, [active, preview]);

  useEffect(() => cancelTimer, []);

  const locale = env.locale;
  return useMemo<AllocationController>(() => {
    const total = readTotal(state.inputs.totalText, locale);
    return {
      state,
      total,
      canWrite: total.kind === "ok" && state.busy === null,
      setTable: (table) => change({ table }, 0),
      setTotal: (text) => change({ totalText: text }, PREVIEW_DELAY_MS),
      setUnit: (unit) => change({ unit }, 0),
      setInstalments: (instalments) => change({ instalments }, 0),
      setMethod: (method) => change({ method }, 0),
      setBasis: (basis) => change({ basis }, 0),
      // Only the Fordeling sheet shows the date: nothing to preview.
      setCountDate: (text) => change({ countDate: text }, null),
      refresh: () => schedule(0),
      write: () => void write(false),
      overwrite: () => void write(true),
      retry: () => {
        const attempt = stateRef.current.lastAttempt;
        if (attempt?.kind === "write") void write(attempt.overwrite);
        else void preview();
      },
      selectCell: (sheet, cell) => {
        selectWorkbookCell(envRef.current.runner, sheet, cell).catch((e: unknown) =>
          dispatch({ type: "exception", error: officeErrorOf(e) })
        );
      },
      closeConflicts: () => dispatch({ type: "closeConflicts" }),
      openConflicts: () => dispatch({ type: "openConflicts" }),
    };
  }, [state, locale, change, schedule, write, preview]);
}
