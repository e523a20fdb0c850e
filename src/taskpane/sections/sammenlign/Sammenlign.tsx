// Sammenlign: two contract years, or several hubs, side by side. The pane lists the workbook's goal tables; the user
// ticks two or more and names each (a year, a hub); Sammenlign writes the sheet Sammenligning (counts, one row per
// goal with its change and its fulfilment per table, a chart). State lives in useSammenlignState; this component only
// lays it out.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { describeError } from "../../../core/messages";
import { FailureMessage, JobFailure } from "../../shared/components/FailureMessage";
import { jobAnnouncement, LiveRegion } from "../../shared/components/LiveRegion";
import { RunActions } from "../../shared/components/RunActions";
import { SectionUndo } from "../../shared/components/SectionUndo";
import type { SectionProps } from "../../shared/environment";
import { usePaneText } from "../../shared/PaneText";
import { LastYear } from "./LastYear";
import { useSammenlignState, type SammenlignController } from "./useSammenlignState";
import { sammenlignWords, type SammenlignWords } from "./words";

const useStyles = makeStyles({
  tables: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function announcement({ state, job }: SammenlignController, t: SammenlignWords): string {
  const first = jobAnnouncement(job, t);
  if (first !== null) return first;
  if (state.written?.status === "written" && state.written.sheet)
    return t.announceCompared(state.written.sheet);
  return "";
}

export function Sammenlign({ env, active, otherWrites, ownWrites = 0 }: SectionProps) {
  const { t, locale } = usePaneText(sammenlignWords);
  const styles = useStyles();
  const w = useSammenlignState(env, active);
  const { state, job, problem } = w;
  const busy = job.busy !== null;
  const { result, written } = state;
  const progress =
    job.busy === null
      ? null
      : job.busy === "compare"
        ? t.compareWriting
        : job.busy === "insert"
          ? t.lastYearInserting
          : t.compareLoading;

  return (
    <>
      <LiveRegion text={announcement(w, t)} testId="sammenlign-live-region" />
      <Body1 as="p">{t.compareIntro}</Body1>

      {state.tables && state.choices.length === 0 ? (
        <Caption1 as="p">{t.compareNoTables}</Caption1>
      ) : null}
      {state.tables && state.choices.length === 1 ? (
        <Caption1 as="p">{t.compareOneTable}</Caption1>
      ) : null}
      {state.choices.length > 0 ? (
        <fieldset className={styles.tables}>
          <legend>{t.compareTablesLabel}</legend>
          {state.choices.map((c) => {
            const table = t.candidateOption(
              c.sheet,
              c.name,
              c.source === "table" ? t.sourceTable : t.sourceRange
            );
            return (
              <div key={c.key} className={styles.choice}>
                <Checkbox
                  label={table}
                  checked={state.picked[c.key] ?? false}
                  onChange={(_, data) => w.pick(c.key, data.checked === true)}
                />
                <Field label={t.compareLabel(table)}>
                  <Input
                    value={state.labels[c.key] ?? ""}
                    disabled={!state.picked[c.key]}
                    onChange={(_, data) => w.label(c.key, data.value)}
                  />
                </Field>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      {state.choices.length > 1 && problem ? <Caption1 as="p">{problem}</Caption1> : null}

      <RunActions label={t.compareActionsLabel} progress={progress}>
        <Button
          appearance="primary"
          onClick={w.compare}
          disabledFocusable={busy || !state.tables || problem !== null}
        >
          {t.compareRun}
        </Button>
        <Button appearance="secondary" onClick={w.reload} disabledFocusable={busy}>
          {t.reload}
        </Button>
      </RunActions>
      <SectionUndo
        env={env}
        writer="sammenligning"
        active={active}
        ownWrites={ownWrites}
        otherWrites={otherWrites}
        sectionBusy={busy}
        onUndone={w.reload}
      />

      <LastYear
        t={t}
        busy={busy}
        outcome={state.lastYear}
        // Workbook.insertWorksheetsFromBase64 is ExcelApi 1.13; without a way to ask, assume it is there.
        supported={env.isSetSupported ? env.isSetSupported("ExcelApi", "1.13") : true}
        onFile={w.insertLastYear}
      />

      <JobFailure
        job={job}
        title={job.last === "compare" ? t.compareFailedTitle : t.exceptionTitle}
        onRetry={w.retry}
      />
      {result && result.errors.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="compare-errors">
          <MessageBarBody>
            <MessageBarTitle>{t.compareErrorsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {result.errors.map((e, i) => (
                <li key={i}>{`${e.label}: ${describeError(e, locale)}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result && written?.status === "written" && written.sheet ? (
        <MessageBar intent="success" layout="multiline" data-testid="compare-written">
          <MessageBarBody>
            <MessageBarTitle>{t.compareWrittenTitle}</MessageBarTitle>
            {t.compareWritten(written.sheet)}
            <ul className={styles.list}>
              <li>
                {t.compareCounts(
                  result.counts.ny,
                  result.counts.udgået,
                  result.counts.ændret,
                  result.counts.uændret
                )}
              </li>
              {result.labels.map((l) => (
                <li key={l}>{t.compareOverall(l, result.overallText[l])}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {written?.status === "failed" && written.failure ? (
        <FailureMessage
          title={t.compareFailedTitle}
          code={written.failure.code}
          restored={written.failure.restored}
          onRetry={w.retry}
          retryDisabled={busy}
        />
      ) : null}
    </>
  );
}
