// Fordeling: split the base grant by population key. The key table and the parameters, a preview of the split while
// the total is typed (nothing written), the audit of the key as printed, and Skriv fordelingen with the same conflict
// question as Beregn. State lives in useFordelingState; this component only lays it out.
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { formatKroner } from "../../shared/format";
import type { CellError } from "../../../core/model";
import { ConflictDialog, ConflictsCancelled } from "../../shared/components/ConflictDialog";
import { ErrorList } from "../../shared/components/ErrorList";
import { FailureMessage, JobFailure } from "../../shared/components/FailureMessage";
import { jobAnnouncement, LiveRegion } from "../../shared/components/LiveRegion";
import { RunActions } from "../../shared/components/RunActions";
import { SectionUndo } from "../../shared/components/SectionUndo";
import { TableChanged } from "../../shared/components/TableChanged";
import type { SectionProps } from "../../shared/environment";
import { failureKind } from "../../shared/officeErrors";
import { usePaneText } from "../../shared/PaneText";
import { useSheetChanges } from "../../shared/useSheetChanges";
import type { PaneLocale } from "../../shared/words";
import { AllocationSetup } from "./components/AllocationSetup";
import { AllocationView } from "./components/AllocationView";
import { AuditFindings } from "./components/AuditFindings";
import { useFordelingState, type FordelingController, type FordelingState } from "./useFordelingState";
import type { AllocationRunOutcome } from "./workbook";
import { fordelingWords, type FordelingWords } from "./words";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** An error without a place is about the total (it cannot be split as asked): the field shows it. */
const aboutTotal = (e: CellError) => e.sheet === "";

/** The errors listed with their cells: not the total's (under the field), nor "no key table" (said by the setup). */
const listed = (e: CellError) => !aboutTotal(e) && e.code !== "no-key-table";

/** What the section shows: the last write, else the last preview. */
function shownOutcome(state: FordelingState): AllocationRunOutcome | null {
  return state.outcome ?? state.preview;
}

/** Whether the shown outcome was computed from a total (a preview without one only read the key). */
function hasTotal(state: FordelingState): boolean {
  return state.outcome !== null || state.previewHasTotal;
}

function announcement(
  { state, job, total }: FordelingController,
  t: FordelingWords,
  locale: PaneLocale
): string {
  const first = jobAnnouncement(job, t);
  if (first !== null) return first;
  const shown = shownOutcome(state);
  if (!shown) return "";
  const kr = (v: number) => formatKroner(v, locale);
  // The key's own errors are news as soon as the tab opens; the rest needs a total that can be read.
  if (shown.status === "errors") {
    const counted = shown.errors.filter(listed);
    return counted.length > 0 ? t.announceAllocationErrors(counted.length) : "";
  }
  if (total.kind !== "ok") return "";
  switch (shown.status) {
    case "conflicts":
      return t.announceAllocationConflicts(shown.conflicts.length);
    case "failed":
      return `${t.announceAllocationFailed} ${t.failure[failureKind(shown.failure?.code)]}`;
    case "written":
      return shown.allocation ? t.announceAllocationWritten(kr(shown.allocation.sum)) : "";
    case "preview":
      return shown.allocation && hasTotal(state)
        ? t.announceAllocationPreview(kr(shown.allocation.sum), kr(shown.allocation.difference))
        : "";
  }
}

export function Fordeling({ env, active, otherWrites, ownWrites = 0 }: SectionProps) {
  const { t, locale } = usePaneText(fordelingWords);
  const styles = useStyles();
  const c = useFordelingState(env, active);
  const { state, job, total } = c;
  const restoreFocusTarget = useRestoreFocusTarget();
  const busy = job.busy !== null;
  const shown = shownOutcome(state);
  const computed = hasTotal(state) && total.kind === "ok";
  // An edit in the key table's sheet (not the pane's own write): say so, then preview again.
  const changes = useSheetChanges(env, state.preview?.table?.sheet ?? null, c.refresh, state.preview);

  const runErrors = shown?.status === "errors" ? shown.errors : [];
  const cellErrors = runErrors.filter(listed);
  const totalErrors =
    total.kind === "invalid"
      ? [t.totalInvalid(total.message)]
      : computed
        ? runErrors.filter(aboutTotal).map((e) => e.message)
        : [];
  const suggestAmounts =
    state.inputs.basis === "population" &&
    cellErrors.some((e) => e.code === "missing-population-column");
  const tableName = shown?.table?.name ?? "";
  const showFigures =
    computed &&
    shown?.allocation &&
    (shown.status === "preview" || shown.status === "written" || shown.status === "conflicts");
  const progress =
    job.busy === null
      ? null
      : job.busy === "write"
        ? t.allocationWriting
        : t.allocationPreviewing;

  return (
    <>
      <LiveRegion text={announcement(c, t, locale)} testId="fordeling-live-region" />
      <Body1 as="p">{t.fordelingIntro}</Body1>

      <AllocationSetup
        inputs={state.inputs}
        candidates={shown?.candidates ?? []}
        table={shown?.table ?? null}
        totalErrors={totalErrors}
        suggestAmounts={suggestAmounts}
        controller={c}
      />

      <TableChanged stale={changes.stale} />

      <RunActions label={t.allocationActionsLabel} progress={progress}>
        <Button
          {...restoreFocusTarget}
          appearance="primary"
          onClick={c.write}
          disabledFocusable={!c.canWrite}
        >
          {t.writeAllocation}
        </Button>
        <Button appearance="secondary" onClick={c.refresh} disabledFocusable={busy}>
          {t.reload}
        </Button>
      </RunActions>
      <SectionUndo
        env={env}
        writer="fordeling"
        active={active}
        ownWrites={ownWrites}
        otherWrites={otherWrites}
        sectionBusy={busy}
        onUndone={c.refresh}
      />

      <JobFailure job={job} title={t.exceptionTitle} onRetry={c.retry} />

      {shown ? (
        <div className={styles.result}>
          {cellErrors.length > 0 ? (
            <ErrorList
              errors={cellErrors}
              onSelect={c.selectCell}
              title={t.allocationErrorsTitle(cellErrors.length)}
              body={t.allocationErrorsBody}
              listLabel={t.allocationErrorsListLabel}
              headingId="heading-fordeling-errors"
            />
          ) : null}
          {shown.status === "failed" && shown.failure ? (
            <FailureMessage
              title={t.allocationFailedTitle}
              code={shown.failure.code}
              restored={shown.failure.restored}
              onRetry={c.retry}
              retryDisabled={busy}
            />
          ) : null}
          {shown.status === "conflicts" && !state.conflictsOpen ? (
            <ConflictsCancelled
              text={t.allocationConflictsCancelled(shown.conflicts.length)}
              onReview={c.openConflicts}
              busy={busy}
            />
          ) : null}
          {shown.status === "written" ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.allocationWrittenTitle}</MessageBarTitle>
                {`${
                  shown.shipped
                    ? t.allocationWrittenDst(shown.sheet ?? "Fordeling")
                    : t.allocationWritten(tableName, shown.sheet ?? "Fordeling")
                } ${t.allocationUndoHint}`}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {showFigures && shown.status === "preview" ? (
            <Body1 as="p">{t.allocationPreviewNote}</Body1>
          ) : null}
          {showFigures && shown.status === "preview" && shown.conflicts.length > 0 ? (
            <Body1 as="p">{t.allocationPreviewConflicts(shown.conflicts.length)}</Body1>
          ) : null}
          {showFigures && shown.allocation ? (
            <AllocationView allocation={shown.allocation} basis={state.inputs.basis} />
          ) : null}
          {showFigures && shown.audit ? (
            <AuditFindings audit={shown.audit} onSelect={c.selectCell} />
          ) : null}
        </div>
      ) : null}

      <ConflictDialog
        open={state.conflictsOpen && shown?.status === "conflicts"}
        conflicts={shown?.status === "conflicts" ? shown.conflicts : []}
        onOverwrite={c.overwrite}
        onCancel={c.closeConflicts}
        title={t.allocationConflictsTitle(shown?.conflicts.length ?? 0)}
        body={t.allocationConflictsBody}
      />
    </>
  );
}
