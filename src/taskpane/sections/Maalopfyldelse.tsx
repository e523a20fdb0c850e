// Målopfyldelse: preview on open, Beregn, the result, the workbook's errors, the question before overwriting, a failed
// write, and Fortryd seneste kørsel. State lives in usePaneState; this component only lays it out.
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { ConflictDialog } from "../components/ConflictDialog";
import { ErrorList } from "../components/ErrorList";
import { FailureMessage } from "../components/FailureMessage";
import { GoalTableSetup } from "../components/GoalTableSetup";
import { LiveRegion } from "../components/LiveRegion";
import { overallLine, ResultView } from "../components/ResultView";
import { RunActions } from "../components/RunActions";
import type { UndoOutcome } from "../../excel";
import type { Messages, PaneLocale } from "../i18n";
import type { PaneEnvironment } from "../environment";
import { failureKind } from "../officeErrors";
import { usePaneText } from "../PaneText";
import { currentMapping, usePaneState, type PaneState } from "../usePaneState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const UNDO_INTENT = { undone: "success", nothing: "info", failed: "error" } as const;

function undoText(undo: UndoOutcome, t: Messages): string {
  if (undo.status === "undone") return t.undoDone;
  return undo.status === "nothing" ? t.undoNothing : t.undoFailed(undo.message ?? "");
}

/** What the live region says about the current state. */
function announcement(state: PaneState, t: Messages, locale: PaneLocale): string {
  if (state.busy) return t.announceBusy;
  if (state.exception)
    return `${t.exceptionTitle}. ${t.failure[failureKind(state.exception.code)]}`;
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

export function Maalopfyldelse({
  env,
  refreshKey = 0,
}: {
  env: PaneEnvironment;
  refreshKey?: number;
}) {
  const { t, locale } = usePaneText();
  const styles = useStyles();
  const pane = usePaneState(env);
  // Another section wrote to the workbook: read it again (the run to undo may now be that one).
  const { refresh } = pane;
  const seenKey = useRef(refreshKey);
  useEffect(() => {
    if (refreshKey === seenKey.current) return;
    seenKey.current = refreshKey;
    refresh();
  }, [refreshKey, refresh]);
  const { state } = pane;
  const shown = state.outcome ?? state.preview;
  const setup = state.preview;
  const busy = state.busy !== null;
  const restoreFocusTarget = useRestoreFocusTarget();

  return (
    <section aria-labelledby="heading-maalopfyldelse" className={styles.root}>
      <Subtitle1 as="h2" id="heading-maalopfyldelse" className={styles.heading}>
        {t.tabMaalopfyldelse}
      </Subtitle1>
      <LiveRegion text={announcement(state, t, locale)} />

      {setup ? (
        <GoalTableSetup
          candidates={setup.candidates}
          goalTable={setup.goalTable}
          table={setup.result.goalTable}
          mapping={currentMapping(setup)}
          yearText={state.selection.yearText}
          yearError={pane.yearError}
          onGoalTable={pane.selectGoalTable}
          onColumn={pane.setColumn}
          onYear={pane.setYear}
          onYearCommit={pane.commitYear}
        />
      ) : null}

      <RunActions
        busy={state.busy}
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

      {state.exception ? (
        <FailureMessage
          title={t.exceptionTitle}
          code={state.exception.code}
          onRetry={pane.retry}
          retryDisabled={busy}
        />
      ) : null}

      {shown ? (
        <section aria-labelledby="heading-result" className={styles.result}>
          <Subtitle2 as="h3" id="heading-result" className={styles.heading}>
            {t.resultHeading}
          </Subtitle2>
          {shown.status === "errors" ? (
            <ErrorList errors={shown.errors} onSelect={pane.selectCell} />
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
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t.conflictsCancelled(shown.conflicts.length)}</MessageBarBody>
              <MessageBarActions>
                <Button
                  {...restoreFocusTarget}
                  onClick={pane.openConflicts}
                  disabledFocusable={busy}
                >
                  {t.reviewConflicts}
                </Button>
              </MessageBarActions>
            </MessageBar>
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
      ) : null}

      <ConflictDialog
        open={state.conflictsOpen && shown?.status === "conflicts"}
        conflicts={shown?.status === "conflicts" ? shown.conflicts : []}
        onOverwrite={pane.overwrite}
        onCancel={pane.closeConflicts}
      />
    </section>
  );
}
