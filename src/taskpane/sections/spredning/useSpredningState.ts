// Spredning's state: what the user chose (the list, the hub, the year) and the last run's outcome. Every figure
// comes from the spread writer (workbook.ts: a dry run is the preview); this hook only decides when to ask.
//   open the tab → dry run (the lists found, the hub and year guessed, the figures)
//   change a choice → dry run again;  Skriv spredningen → the same run for real
import { useCallback, useMemo, useRef, useState } from "react";
import { canReadCulture, type PaneEnvironment } from "../../shared/environment";
import { useFirstShown, useWorkbookJob, type JobState } from "../../shared/useWorkbookJob";
import { runSpreadOnWorkbook, type SpreadRunOptions, type SpreadRunOutcome } from "./workbook";

export type SpredningBusy = "preview" | "write";

export interface SpreadInputs {
  table?: { sheet: string; name: string };
  /** Undefined: the hub with more than half of the rows. */
  hub?: string;
  /** Undefined: the list's own year, else DST's latest. */
  year?: number;
}

export interface SpredningController {
  inputs: SpreadInputs;
  outcome: SpreadRunOutcome | null;
  /** Whether `outcome` was a write (else a preview). */
  wrote: boolean;
  job: JobState<SpredningBusy>;
  choose(next: Partial<SpreadInputs>): void;
  refresh(): void;
  write(): void;
  retry(): void;
  selectCell(sheet: string, cell: string): void;
}

export function useSpredningState(env: PaneEnvironment, active: boolean): SpredningController {
  const [inputs, setInputs] = useState<SpreadInputs>({});
  const inputsRef = useRef(inputs);
  const [outcome, setOutcome] = useState<SpreadRunOutcome | null>(null);
  const [wrote, setWrote] = useState(false);
  const job = useWorkbookJob<SpredningBusy>(env, () => undefined);
  const { env: currentEnv, run, deferWhileBusy, retry, selectCell } = job;

  const options = useCallback((): SpreadRunOptions => {
    const now = currentEnv();
    return { ...inputsRef.current, locale: now.locale, cultureInfo: canReadCulture(now) };
  }, [currentEnv]);

  const preview = useCallback(
    function preview(): Promise<void> {
      if (deferWhileBusy(preview)) return Promise.resolve();
      return run({ kind: "preview", again: () => void preview() }, async ({ runner }) => {
        const next = await runSpreadOnWorkbook(runner, { ...options(), dryRun: true });
        setOutcome(next);
        setWrote(false);
      });
    },
    [deferWhileBusy, run, options]
  );

  const write = useCallback(
    function write(): Promise<void> {
      return run({ kind: "write", again: () => void write() }, async (now) => {
        const next = await runSpreadOnWorkbook(now.runner, options());
        setOutcome(next);
        setWrote(true);
        if (next.status === "written" || next.status === "failed") now.onAfterWrite?.();
      });
    },
    [run, options]
  );

  useFirstShown(active, preview);

  return useMemo<SpredningController>(
    () => ({
      inputs,
      outcome,
      wrote,
      job: job.state,
      choose: (next) => {
        const merged = { ...inputsRef.current, ...next };
        inputsRef.current = merged;
        setInputs(merged);
        void preview();
      },
      refresh: () => void preview(),
      write: () => void write(),
      retry: () => retry(() => void preview()),
      selectCell,
    }),
    [inputs, outcome, wrote, job.state, preview, write, retry, selectCell]
  );
}
