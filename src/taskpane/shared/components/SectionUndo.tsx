// Fortryd for a section's own last write (Fordeling, Hvad nu hvis, Spredning, Sammenlign): one component for all of
// them. It reads the run the workbook records when the section is first shown and after every write (the section's
// own or another's), offers Fortryd while that run is this section's, and otherwise says whose run Fortryd would undo
// ("Fortryd er kun muligt for den seneste kørsel (Beregn kl. 15.03)"), rather than undoing someone else's write. The
// undo goes through the same undo code as Målopfyldelse's Fortryd (src/excel/workbook/undoRun.ts), which checks the
// writer again inside its own Excel.run.
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PaneEnvironment } from "../environment";
import { usePaneText } from "../PaneText";
import {
  readLastRun,
  undoOwnRun,
  type LastRun,
  type UndoOutcome,
  type Writer,
} from "../sectionUndo";
import { useWorkbookJob } from "../useWorkbookJob";
import type { PaneLocale, Words } from "../words";
import { JobFailure } from "./FailureMessage";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
});

/** The button that made a run, as the user pressed it. */
const ACTION: Record<PaneLocale, Record<Writer, string>> = {
  da: {
    mål: "Beregn",
    fordeling: "Skriv fordelingen",
    scenarie: "Gem scenarie",
    spredning: "Skriv spredningen",
    sammenligning: "Sammenlign",
  },
  en: {
    mål: "Calculate",
    fordeling: "Write the allocation",
    scenarie: "Save scenario",
    spredning: "Write the spread",
    sammenligning: "Compare",
  },
};

/** "kl. 15.03" today, "5. dec. 2026 kl. 15.03" another day. */
export function runMoment(iso: string, locale: PaneLocale, today = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = locale === "da" ? "da-DK" : "en-GB";
  const time = new Intl.DateTimeFormat(tag, { timeStyle: "short" }).format(date);
  const at = locale === "da" ? "kl." : "at";
  if (date.toDateString() === today.toDateString()) return `${at} ${time}`;
  return `${new Intl.DateTimeFormat(tag, { dateStyle: "medium" }).format(date)} ${at} ${time}`;
}

const da = {
  label: "Fortryd",
  undo: "Fortryd",
  undoing: "Fortryder …",
  nothing: "Der er ingen kørsel at fortryde.",
  own: (action: string, moment: string, sheet: string) =>
    `Fortryd sætter projektmappen tilbage til før ${action} ${moment}${sheet ? ` (arket ${sheet})` : ""}.`,
  notLatest: (action: string, moment: string) =>
    `Fortryd er kun muligt for den seneste kørsel (${action} ${moment}).`,
  undone: (sheet: string) =>
    `Kørslen er fortrudt: cellerne er sat tilbage, som de var før.${sheet ? ` Arket ${sheet} er tømt, men ikke slettet.` : ""}`,
  failed: (message: string) => `Kørslen kunne ikke fortrydes: ${message}`,
  exceptionTitle: "Fortryd kunne ikke gennemføres",
};

const en: typeof da = {
  label: "Undo",
  undo: "Undo",
  undoing: "Undoing …",
  nothing: "There is no run to undo.",
  own: (action, moment, sheet) =>
    `Undo puts the workbook back as it was before ${action} ${moment}${sheet ? ` (the sheet ${sheet})` : ""}.`,
  notLatest: (action, moment) => `Undo is only possible for the latest run (${action} ${moment}).`,
  undone: (sheet) =>
    `The run has been undone: the cells are back as they were.${sheet ? ` The sheet ${sheet} is emptied, not deleted.` : ""}`,
  failed: (message) => `The run could not be undone: ${message}`,
  exceptionTitle: "Undo could not be completed",
};

const words: Words<typeof da> = { da, en };

export interface SectionUndoProps {
  env: PaneEnvironment;
  /** The writer whose runs this section makes (state.ts: WriterSchema). */
  writer: Writer;
  /** The section's tab is shown: the last run is first read then. */
  active: boolean;
  /** Writes by this section and by the others (App.tsx counts them): each one is read again. */
  ownWrites: number;
  otherWrites: number;
  /** The section's own job runs: Fortryd waits for it. */
  sectionBusy: boolean;
  /** After an undo: the section reads the workbook again (its preview). */
  onUndone?: () => void;
}

export function SectionUndo(props: SectionUndoProps) {
  const { t, locale } = usePaneText(words);
  const styles = useStyles();
  const { env, writer, active, ownWrites, otherWrites, onUndone } = props;
  const job = useWorkbookJob<"undo">(env);
  const [lastRun, setLastRun] = useState<LastRun | undefined | null>(null);
  const [outcome, setOutcome] = useState<UndoOutcome | null>(null);
  const reads = useRef(0);
  /** Writes counted for this section that were its own Fortryd (they keep Fortryd's message). */
  const ownUndos = useRef(0);
  const { env: currentEnv, run: runJob, retry } = job;

  // Reads outside the job queue (a short read of A1, two syncs): the newest read wins.
  const reload = useCallback(() => {
    const id = ++reads.current;
    readLastRun(currentEnv().runner)
      .then((run) => {
        if (id === reads.current) setLastRun(run);
      })
      .catch(() => {
        if (id === reads.current) setLastRun(null); // unknown: the button stays off, nothing is claimed
      });
  }, [currentEnv]);

  const shown = useRef(false);
  const seen = useRef({ ownWrites, otherWrites });
  useEffect(() => {
    if (!active && !shown.current) return;
    const ownDelta = ownWrites - seen.current.ownWrites;
    const otherChanged = seen.current.otherWrites !== otherWrites;
    const changed = ownDelta !== 0 || otherChanged;
    if (shown.current && !changed) return;
    shown.current = true;
    seen.current = { ownWrites, otherWrites };
    // A new write answers the last Fortryd: its message goes (not for the write that was that Fortryd).
    const undos = Math.min(ownUndos.current, Math.max(0, ownDelta));
    ownUndos.current -= undos;
    if (ownDelta > undos || otherChanged) setOutcome(null);
    reload();
  }, [active, ownWrites, otherWrites, reload]);

  const undo = useCallback(
    function undo(): Promise<void> {
      return runJob({ kind: "undo", again: () => void undo() }, async (now) => {
        const result = await undoOwnRun(now.runner, writer);
        setOutcome(result);
        if (result.status === "notLatest") setLastRun(result.latest);
        if (result.status === "undone") {
          setLastRun(undefined);
          // The other sections (and the workbench) read the workbook again; this one previews again.
          ownUndos.current++;
          now.onAfterWrite?.();
          onUndone?.();
        }
      });
    },
    [runJob, writer, onUndone]
  );

  const mine = lastRun?.writer === writer;
  const caption =
    lastRun === null
      ? null
      : lastRun === undefined
        ? t.nothing
        : mine
          ? t.own(ACTION[locale][writer], runMoment(lastRun.time, locale), lastRun.sheet ?? "")
          : t.notLatest(ACTION[locale][lastRun.writer], runMoment(lastRun.time, locale));
  const message =
    outcome === null || outcome.status === "notLatest"
      ? null
      : outcome.status === "undone"
        ? t.undone(outcome.emptied?.[0] ?? "")
        : outcome.status === "nothing"
          ? t.nothing
          : t.failed(outcome.message ?? "");

  return (
    <div className={styles.root} role="group" aria-label={t.label} data-testid={`undo-${writer}`}>
      <Button
        appearance="secondary"
        onClick={() => void undo()}
        disabledFocusable={!mine || props.sectionBusy || job.state.busy !== null}
      >
        {job.state.busy ? t.undoing : t.undo}
      </Button>
      {caption ? <Caption1 as="p">{caption}</Caption1> : null}
      {message ? (
        <MessageBar
          layout="multiline"
          intent={
            outcome?.status === "undone"
              ? "success"
              : outcome?.status === "failed"
                ? "error"
                : "info"
          }
        >
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <JobFailure
        job={job.state}
        title={t.exceptionTitle}
        onRetry={() => retry(() => void undo())}
      />
    </div>
  );
}
