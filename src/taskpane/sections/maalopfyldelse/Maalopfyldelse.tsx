// Målopfyldelse: preview on open, Beregn, the result, the workbook's errors, the question before overwriting, a failed
// write, and Fortryd seneste kørsel. State lives in useMaalopfyldelseState; this component only lays it out.
import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { Suspense, useEffect, useRef } from "react";
import { FailureMessage, JobFailure } from "../../shared/components/FailureMessage";
import { jobAnnouncement, LiveRegion } from "../../shared/components/LiveRegion";
import { TableChanged } from "../../shared/components/TableChanged";
import type { SectionProps } from "../../shared/environment";
import { failureKind } from "../../shared/officeErrors";
import { overallLine } from "../../shared/overallLine";
import { usePaneText } from "../../shared/PaneText";
import { useSheetChanges } from "../../shared/useSheetChanges";
import type { PaneLocale } from "../../shared/words";
import { CalculateActions } from "./components/CalculateActions";
import {
  ConflictDialog,
  ConflictsCancelled,
  ErrorList,
  GoalTableSetup,
  preloadResultParts,
  ResultView,
} from "./components/resultParts";
import { MemoAction } from "./memo/MemoAction";
import {
  currentMapping,
  parseYear,
  useMaalopfyldelseState,
  type MaalopfyldelseController,
} from "./useMaalopfyldelseState";
import type { UndoOutcome } from "./workbook";
import { maalopfyldelseWords, type MaalopfyldelseWords } from "./words";
import { Loading } from "../../shared/components/Loading";

const useStyles = makeStyles({
  heading: { margin: 0 },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

// "notLatest" only answers a section's own Fortryd (SectionUndo); this Fortryd undoes whichever run is the latest.
const UNDO_INTENT = {
  undone: "success",
  nothing: "info",
  failed: "error",
  notLatest: "info",
} as const;

function undoText(undo: UndoOutcome, t: MaalopfyldelseWords): string {
  if (undo.status === "undone") return t.undoDone;
  return undo.status === "nothing" ? t.undoNothing : t.undoFailed(undo.message ?? "");
}

/** What the live region says about the current state. */
function announcement(
  { state, job }: MaalopfyldelseController,
  t: MaalopfyldelseWords,
  locale: PaneLocale
): string {
  const first = jobAnnouncement(job, t);
  if (first !== null) return first;
  if (state.undo) return undoText(state.undo, t);
  const shown = state.outcome ?? state.preview;
  if (!shown) return "";
  switch (shown.status) {
    case "errors":
      return t.announceErrors(shown.errors.length);
    case "conflicts":
      return t.announceConflicts(shown.conflicts.length);
    case "failed":
      return `${t.announceFailed} ${t.failure[failureKind(shown.failure?.code)]}`;
    case "written":
      return t.announceWritten(overallLine(shown.result, t, locale));
    case "preview":
      return t.announcePreview(overallLine(shown.result, t, locale));
  }
}

export function Maalopfyldelse({ env, active, otherWrites, onNoGoalTable }: SectionProps) {
  const { t, locale } = usePaneText(maalopfyldelseWords);
  const styles = useStyles();
  const pane = useMaalopfyldelseState(env, active);
  // The parts shown once the workbook is read load while the first preview runs.
  useEffect(preloadResultParts, []);
  // Another section wrote to the workbook: read it again (the run to undo may now be that one).
  const { refresh } = pane;
  const seenWrites = useRef(otherWrites);
  useEffect(() => {
    if (otherWrites === seenWrites.current) return;
    seenWrites.current = otherWrites;
    refresh();
  }, [otherWrites, refresh]);
  const { state, job } = pane;
  // An edit in the goal table's sheet (the user's, not the pane's own write): say so, then preview again.
  const changes = useSheetChanges(env, state.preview?.goalTable?.sheet ?? null, refresh, state.preview);
  // No goal table and nothing like one: the pane may open on Fordeling instead (App.tsx asks once).
  const noGoalTable =
    state.preview !== null &&
    state.preview.goalTable === null &&
    state.preview.candidates.length === 0;
  useEffect(() => {
    if (noGoalTable) onNoGoalTable?.();
  }, [noGoalTable, onNoGoalTable]);
  const shown = state.outcome ?? state.preview;
  const conflicts = shown?.status === "conflicts" ? shown.conflicts : [];
  const setup = state.preview;
  const busy = job.busy !== null;
  const memoYear = parseYear(state.selection.yearText);

  return (
    <>
      <LiveRegion text={announcement(pane, t, locale)} />

      {setup ? (
        <Suspense fallback={<Loading />}>
          <GoalTableSetup
            candidates={setup.candidates}
            goalTable={setup.goalTable}
            table={setup.result.goalTable}
            mapping={currentMapping(setup)}
            yearText={state.selection.yearText}
            yearError={pane.yearError}
            onGoalTable={pane.selectGoalTable}
            onUseSelection={pane.useSelectedRange}
            selectionProblem={state.selectionProblem}
            busy={busy}
            onColumn={pane.setColumn}
            onYear={pane.setYear}
            onYearCommit={pane.commitYear}
          />
        </Suspense>
      ) : null}

      <TableChanged stale={changes.stale} />

      <CalculateActions
        busy={job.busy}
        canCalculate={!pane.yearError}
        lastRun={state.lastRun}
        onCalculate={pane.calculate}
        onUndo={pane.undo}
      />

      {state.undo ? (
        <MessageBar layout="multiline" intent={UNDO_INTENT[state.undo.status]}>
          <MessageBarBody>{undoText(state.undo, t)}</MessageBarBody>
        </MessageBar>
      ) : null}

      <JobFailure job={job} title={t.exceptionTitle} onRetry={pane.retry} />

      {shown ? (
        <Suspense fallback={<Loading />}>
          <section aria-labelledby="heading-result" className={styles.result}>
            <Subtitle2 as="h3" id="heading-result" className={styles.heading}>
              {t.resultHeading}
            </Subtitle2>
            {shown.status === "errors" ? (
              <ErrorList
                errors={shown.errors}
                onSelect={pane.selectCell}
                title={t.errorsTitle(shown.errors.length)}
                body={t.errorsBody}
                listLabel={t.errorsListLabel}
                headingId="heading-errors"
              />
            ) : null}
            {shown.status === "failed" && shown.failure ? (
              <FailureMessage
                title={t.failedTitle}
                code={shown.failure.code}
                restored={shown.failure.restored}
                onRetry={pane.retry}
                retryDisabled={busy}
              />
            ) : null}
            {shown.status === "conflicts" && !state.conflictsOpen ? (
              <ConflictsCancelled
                text={t.conflictsCancelled(shown.conflicts.length)}
                onReview={pane.openConflicts}
                busy={busy}
              />
            ) : null}
            {shown.status === "preview" ? <Body1 as="p">{t.previewNote}</Body1> : null}
            {shown.status === "written" ? (
              <Body1 as="p">{t.writtenNote(shown.plan?.cellsWritten ?? 0)}</Body1>
            ) : null}
            {shown.status === "preview" ||
            shown.status === "written" ||
            shown.status === "conflicts" ? (
              <ResultView result={shown.result} headingId="heading-goals" />
            ) : null}
          </section>
        </Suspense>
      ) : null}

      <MemoAction
        env={env}
        goalTable={setup?.goalTable ?? undefined}
        year={typeof memoYear === "number" ? memoYear : undefined}
        busy={busy}
      />

      {shown?.status === "conflicts" ? (
        <Suspense fallback={<Loading />}>
          <ConflictDialog
            open={state.conflictsOpen}
            conflicts={conflicts}
            onOverwrite={pane.overwrite}
            onCancel={pane.closeConflicts}
            title={t.conflictsTitle(conflicts.length)}
            body={t.conflictsBody}
          />
        </Suspense>
      ) : null}
    </>
  );
}
