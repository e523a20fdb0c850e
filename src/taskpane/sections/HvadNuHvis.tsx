// Hvad nu hvis: what-if on the goal table without touching it. The tables are read when the tab opens; every keystroke
// in a goal's fields is evaluated at once by the what-if session (src/core/whatif), shown as before → after per goal
// and overall with the distance to the next tier. Gem scenarie writes the scenario to a sheet of its own. State lives
// in useWhatIfState; this component only lays it out.
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { formatPercent } from "../../core/format";
import type { WhatIfResult } from "../../core/whatif";
import { FailureMessage } from "../components/FailureMessage";
import { LiveRegion } from "../components/LiveRegion";
import { WhatIfGoal } from "../components/WhatIfGoal";
import { WhatIfOverall } from "../components/WhatIfOverall";
import { WhatIfSweep } from "../components/WhatIfSweep";
import type { PaneEnvironment } from "../environment";
import type { Messages, PaneLocale } from "../i18n";
import { failureKind } from "../officeErrors";
import { usePaneText } from "../PaneText";
import { useWhatIfState, type WhatIfState } from "../useWhatIfState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function announcement(
  state: WhatIfState,
  result: WhatIfResult | null,
  t: Messages,
  locale: PaneLocale
): string {
  if (state.busy) return t.announceBusy;
  if (state.exception)
    return `${t.exceptionTitle}. ${t.failure[failureKind(state.exception.code)]}`;
  if (state.saved)
    return state.saved.status === "written"
      ? t.announceScenarioSaved(state.saved.sheet)
      : t.announceScenarioFailed;
  if (!result || result.applied.length === 0) return "";
  const o = result.difference.overall;
  const f = (x: number | null) => (x === null ? t.overallPending : formatPercent(x, locale));
  return t.announceWhatIf(f(o.before), f(o.after));
}

export function HvadNuHvis({ env, active }: { env: PaneEnvironment; active: boolean }) {
  const { t, locale } = usePaneText();
  const styles = useStyles();
  const w = useWhatIfState(env, active);
  const { state, result } = w;
  const busy = state.busy !== null;
  const loaded = state.loaded;
  const before = loaded?.session.before;
  const saved = state.saved;

  return (
    <section aria-labelledby="heading-hvadnuhvis" className={styles.root}>
      <Subtitle1 as="h2" id="heading-hvadnuhvis" className={styles.heading}>
        {t.tabHvadNuHvis}
      </Subtitle1>
      <LiveRegion text={announcement(state, result, t, locale)} testId="hvadnuhvis-live-region" />
      <Body1 as="p">{`${t.whatIfIntro} ${t.whatIfResultHint}`}</Body1>

      <div className={styles.actions} role="group" aria-label={t.whatIfActionsLabel}>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            onClick={w.save}
            disabledFocusable={busy || !result || result.applied.length === 0}
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
        </div>
        {busy ? (
          <Field label={state.busy === "save" ? t.savingScenario : t.whatIfLoading}>
            <ProgressBar thickness="large" />
          </Field>
        ) : null}
      </div>

      {state.exception ? (
        <FailureMessage
          title={state.lastAttempt === "save" ? t.scenarioFailedTitle : t.exceptionTitle}
          code={state.exception.code}
          onRetry={w.retry}
          retryDisabled={busy}
        />
      ) : null}
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
    </section>
  );
}
