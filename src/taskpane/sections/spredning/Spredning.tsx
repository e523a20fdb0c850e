// Spredning: the geographic spread of the hub's activities (goal 2) on the add-in's own sheet Spredning. The activity
// list, the hub and the year; a preview of coverage, the rural index and the table per municipality (nothing
// written); Skriv spredningen draws the sheet. State lives in useSpredningState; this component only lays it out.
import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { formatNumber, formatPercent } from "../../../core/format";
import { HUBS } from "../../../core/municipalities/names";
import { ErrorList } from "../../shared/components/ErrorList";
import { FailureMessage, JobFailure } from "../../shared/components/FailureMessage";
import { jobAnnouncement, LiveRegion } from "../../shared/components/LiveRegion";
import { RunActions } from "../../shared/components/RunActions";
import { SectionUndo } from "../../shared/components/SectionUndo";
import { TableChanged } from "../../shared/components/TableChanged";
import { TableChoice } from "../../shared/components/TableChoice";
import type { SectionProps } from "../../shared/environment";
import { usePaneText } from "../../shared/PaneText";
import { useSheetChanges } from "../../shared/useSheetChanges";
import { useSpredningState } from "./useSpredningState";
import { SPREAD_SHEET } from "./workbook";
import { spredningWords } from "./words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // One field per line: at 350 px two dropdowns side by side cut their texts ("Fra listens År- eller Dato-kolonne"),
  // measured by test/browser/paneWidth.test.ts.
  pair: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  cell: { minWidth: 0 },
  figures: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function Spredning({ env, active, otherWrites, ownWrites = 0 }: SectionProps) {
  const { t, locale } = usePaneText(spredningWords);
  const styles = useStyles();
  const c = useSpredningState(env, active);
  const { outcome, job } = c;
  const busy = job.busy !== null;
  const result = outcome?.result ?? null;
  // An edit in the activity list's sheet (the user's, not the pane's own write): say so, then preview again.
  const changes = useSheetChanges(env, outcome?.table?.sheet ?? null, c.refresh, outcome);
  const errors = outcome?.status === "errors" ? outcome.errors.filter((e) => e.code !== "no-activity-list") : [];
  const n = (x: number, d = 0) => formatNumber(x, locale, d);
  const ruralIndex = result?.rural.index ?? null;
  const indexText = ruralIndex === null ? "–" : n(ruralIndex, 1);
  const announcement =
    jobAnnouncement(job, t) ??
    (result ? t.announceSpread(result.coverage.covered, result.coverage.of, indexText) : "");

  return (
    <div className={styles.root}>
      <LiveRegion text={announcement} testId="spredning-live-region" />
      <Body1 as="p">{t.spredningIntro}</Body1>
      <TableChoice
        label={t.activityTableLabel}
        hint={t.activityTableHint}
        noneFound={t.noActivityTable}
        candidates={outcome?.candidates ?? []}
        selected={outcome?.table ?? null}
        onChoose={(table) => c.choose({ table })}
      />
      <TableChanged stale={changes.stale} />
      <div className={styles.pair}>
        <Field className={styles.cell} label={t.hubLabel}>
          <Select
            className={styles.cell}
            value={c.inputs.hub ?? ""}
            onChange={(_, data) => c.choose({ hub: data.value || undefined })}
          >
            <option value="">{result && !c.inputs.hub ? `${t.hubAutomatic} (${result.hub})` : t.hubAutomatic}</option>
            {HUBS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.cell} label={t.yearLabel}>
          <Select
            className={styles.cell}
            value={c.inputs.year === undefined ? "" : String(c.inputs.year)}
            onChange={(_, data) => c.choose({ year: data.value ? Number(data.value) : undefined })}
          >
            <option value="">{result && c.inputs.year === undefined ? `${t.yearAutomatic} (${result.year})` : t.yearAutomatic}</option>
            {(outcome?.years ?? []).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <RunActions
        label={t.spreadActionsLabel}
        progress={job.busy === null ? null : job.busy === "write" ? t.spreadWriting : t.spreadPreviewing}
      >
        <Button appearance="primary" onClick={c.write} disabledFocusable={busy || !result}>
          {t.writeSpread}
        </Button>
        <Button appearance="secondary" onClick={c.refresh} disabledFocusable={busy}>
          {t.reload}
        </Button>
      </RunActions>
      <SectionUndo
        env={env}
        writer="spredning"
        active={active}
        ownWrites={ownWrites}
        otherWrites={otherWrites}
        sectionBusy={busy}
        onUndone={c.refresh}
      />

      <JobFailure job={job} title={t.exceptionTitle} onRetry={c.retry} />

      {errors.length > 0 ? (
        <ErrorList
          errors={errors}
          onSelect={c.selectCell}
          title={t.spreadErrorsTitle(errors.length)}
          body={t.spreadErrorsBody}
          listLabel={t.spreadErrorsListLabel}
          headingId="heading-spredning-errors"
        />
      ) : null}
      {outcome?.status === "failed" && outcome.failure ? (
        <FailureMessage
          title={t.spreadFailedTitle}
          code={outcome.failure.code}
          restored={outcome.failure.restored}
          onRetry={c.retry}
          retryDisabled={busy}
        />
      ) : null}
      {outcome?.status === "written" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.spreadWrittenTitle}</MessageBarTitle>
            {t.spreadWritten(outcome.sheet ?? SPREAD_SHEET)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result && outcome?.status === "preview" ? <Body1 as="p">{t.spreadPreviewNote}</Body1> : null}
      {result && (outcome?.status === "preview" || outcome?.status === "written") ? (
        <>
          <ul className={styles.figures} data-testid="spread-figures">
            <li>
              {t.coverageLine(
                result.coverage.covered,
                result.coverage.of,
                formatPercent(result.coverage.share, locale, 1)
              )}
            </li>
            <li>{t.ruralLine(indexText)}</li>
            <li>{t.outsideLine(result.outside.length)}</li>
          </ul>
          <Table size="small" aria-label={t.spreadTableLabel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.columnMunicipality}</TableHeaderCell>
                <TableHeaderCell>{t.columnActivities}</TableHeaderCell>
                <TableHeaderCell>{t.columnIndex}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.municipalities.map((m) => (
                <TableRow key={m.code}>
                  <TableCell>{m.name}</TableCell>
                  <TableCell>{n(m.activities)}</TableCell>
                  <TableCell>{m.index === null ? "–" : n(m.index, 1)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Body1 as="p">{result.source}</Body1>
        </>
      ) : null}
    </div>
  );
}
