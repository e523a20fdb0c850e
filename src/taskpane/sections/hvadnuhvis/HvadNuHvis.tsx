// Hvad nu hvis: what-if on the goal table without touching it. The tables are read when the tab opens; every keystroke
// in a goal's fields is evaluated at once by the what-if session (src/core/whatif), shown as before → after per goal
// and overall with the distance to the next tier. Gem scenarie writes the scenario to a sheet of its own. State lives
// in useHvadNuHvisState; this component only lays it out.
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from "@fluentui/react-components";
import { FailureMessage, JobFailure } from "../../shared/components/FailureMessage";
import { jobAnnouncement, LiveRegion } from "../../shared/components/LiveRegion";
import { RunActions } from "../../shared/components/RunActions";
import { SectionUndo } from "../../shared/components/SectionUndo";
import { TableChanged } from "../../shared/components/TableChanged";
import type { SectionProps } from "../../shared/environment";
import { failedGoals, overallHead } from "../../shared/overallLine";
import { usePaneText } from "../../shared/PaneText";
import { useSheetChanges } from "../../shared/useSheetChanges";
import type { PaneLocale } from "../../shared/words";
import { WhatIfGoal } from "./components/WhatIfGoal";
import { WhatIfOverall } from "./components/WhatIfOverall";
import { WhatIfSweep } from "./components/WhatIfSweep";
import { useHvadNuHvisState, type HvadNuHvisController } from "./useHvadNuHvisState";
import { hvadNuHvisWords, type HvadNuHvisWords } from "./words";

const useStyles = makeStyles({
  heading: { margin: 0 },
});

function announcement(
  { state, job, result }: HvadNuHvisController,
  t: HvadNuHvisWords,
  locale: PaneLocale
): string {
  const first = jobAnnouncement(job, t);
  if (first !== null) return first;
  if (state.saved)
    return state.saved.status === "written"
      ? t.announceScenarioSaved(state.saved.sheet)
      : t.announceScenarioFailed;
  if (!result || result.applied.length === 0) return "";
  // "–" says nothing aloud: a figure that cannot be calculated is read out with its reason.
  const head = (r: typeof result.after) => {
    const failed = failedGoals(r);
    return failed.length > 0 ? t.overallUnavailable(failed) : overallHead(r, t, locale);
  };
  return t.announceWhatIf(head(result.before), head(result.after));
}

export function HvadNuHvis({ env, active, otherWrites, ownWrites = 0 }: SectionProps) {
  const { t, locale } = usePaneText(hvadNuHvisWords);
  const styles = useStyles();
  const w = useHvadNuHvisState(env, active);
  const { state, job, result } = w;
  const busy = job.busy !== null;
  const loaded = state.loaded;
  const before = loaded?.session.before;
  const saved = state.saved;
  // An edit in the goal table's sheet (the user's, not the pane's own write): say so, then read the table again. The
  // what-if changes typed in the pane stay and apply to the new figures.
  const changes = useSheetChanges(env, loaded?.tables.goalTable?.sheet ?? null, w.reload, loaded);

  // Changes that leave errors cannot be saved: say why beside the button.
  const saveBlocked =
    result !== null && result.applied.length + result.errors.length > 0 && !w.canSave;

  const progress =
    job.busy === null ? null : job.busy === "save" ? t.savingScenario : t.whatIfLoading;

  return (
    <>
      <LiveRegion text={announcement(w, t, locale)} testId="hvadnuhvis-live-region" />
      <Body1 as="p">{`${t.whatIfIntro} ${t.whatIfResultHint}`}</Body1>

      <RunActions label={t.whatIfActionsLabel} progress={progress}>
        <Button
          appearance="primary"
          onClick={w.save}
          disabledFocusable={busy || !w.canSave}
          aria-describedby={saveBlocked ? "whatif-save-blocked" : undefined}
        >
          {t.saveScenario}
        </Button>
        <Button
          appearance="secondary"
          onClick={w.reset}
          disabledFocusable={Object.keys(state.edits).length === 0}
        >
          {t.whatIfReset}
        </Button>
        <Button appearance="secondary" onClick={w.reload} disabledFocusable={busy}>
          {t.reload}
        </Button>
      </RunActions>
      <SectionUndo
        env={env}
        writer="scenarie"
        active={active}
        ownWrites={ownWrites}
        otherWrites={otherWrites}
        sectionBusy={busy}
        onUndone={w.reload}
      />
      {saveBlocked ? (
        <Caption1 as="p" id="whatif-save-blocked" data-testid="whatif-save-blocked">
          {t.saveBlockedByErrors}
        </Caption1>
      ) : null}

      <JobFailure
        job={job}
        title={job.last === "save" ? t.scenarioFailedTitle : t.exceptionTitle}
        onRetry={w.retry}
      />
      {saved?.status === "written" ? (
        <MessageBar intent="success" layout="multiline" data-testid="scenario-saved">
          <MessageBarBody>
            <MessageBarTitle>{t.scenarioSavedTitle}</MessageBarTitle>
            {t.scenarioSaved(saved.sheet)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {saved?.status === "failed" && saved.failure ? (
        <FailureMessage
          title={t.scenarioFailedTitle}
          code={saved.failure.code}
          restored={saved.failure.restored}
          onRetry={w.retry}
          retryDisabled={busy}
        />
      ) : null}

      <TableChanged stale={changes.stale} />

      {loaded && !loaded.tables.goalTable ? (
        <Caption1 as="p">{t.whatIfNoGoalTable}</Caption1>
      ) : null}
      {before && before.errors.length > 0 && loaded?.tables.goalTable ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.whatIfWorkbookErrors(before.errors.length)}</MessageBarBody>
        </MessageBar>
      ) : null}

      {result && loaded && loaded.fields.length > 0 ? (
        <>
          <WhatIfOverall result={result} />
          <section aria-labelledby="heading-whatif-goals">
            <Subtitle2 as="h3" id="heading-whatif-goals" className={styles.heading}>
              {t.whatIfGoalsHeading}
            </Subtitle2>
            {loaded.fields.map((goal) => (
              <WhatIfGoal
                key={goal.id}
                goal={goal}
                delta={result.difference.goals.find((g) => g.id === goal.id)}
                distance={result.distance.find((g) => g.id === goal.id)}
                edits={state.edits}
                errors={w.fieldErrors}
                notes={w.fieldNotes}
                onEdit={w.edit}
              />
            ))}
          </section>
          <WhatIfSweep session={loaded.session} fields={loaded.fields} edits={state.edits} />
        </>
      ) : null}
    </>
  );
}
