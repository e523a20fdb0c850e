// The figures of a run or a preview, all computed by the core: the overall (big), its range while goals are pending,
// the number of goals per status, warnings, and the goals.
import {
  Badge,
  Body1,
  Caption1,
  LargeTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { EvaluationResult } from "../../../../core/evaluate";
import { StatusSchema, type Status } from "../../../../core/model";
import { StatusBadge } from "../../../shared/components/StatusBadge";
import { overallHead, overallLine } from "../../../shared/overallLine";
import { usePaneText } from "../../../shared/PaneText";
import { maalopfyldelseWords } from "../words";
import { GoalList } from "./GoalList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  overall: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // No paragraph margins and a tight line: the big figure sits close to its label and its line (issue 14).
  figure: { margin: 0, lineHeight: tokens.lineHeightHero800, fontVariantNumeric: "tabular-nums" },
  counts: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  heading: { margin: 0 },
});

export function ResultView({ result, headingId }: { result: EvaluationResult; headingId: string }) {
  const { t, locale } = usePaneText(maalopfyldelseWords);
  const styles = useStyles();
  const statuses = StatusSchema.options.filter((s: Status) => result.counts[s] > 0);
  return (
    <div className={styles.root}>
      <div className={styles.overall} data-testid="overall">
        <Caption1>{t.overallLabel}</Caption1>
        <LargeTitle as="p" className={styles.figure}>
          {overallHead(result, t, locale)}
        </LargeTitle>
        <Body1>{overallLine(result, t, locale)}</Body1>
      </div>
      {statuses.length > 0 ? (
        <ul className={styles.counts} aria-label={t.countsLabel}>
          {statuses.map((s) => (
            <li key={s} className={styles.count}>
              <Badge appearance="outline" color="informative" shape="circular">
                {result.counts[s]}
              </Badge>
              <StatusBadge status={s} />
            </li>
          ))}
        </ul>
      ) : null}
      {result.warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.warningsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {result.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result.info.length > 0 ? (
        // Information, not errors: rows under the goal table that were not read as goals (core/goalTable.ts).
        <MessageBar intent="info" layout="multiline" data-testid="info">
          <MessageBarBody>
            <MessageBarTitle>{t.infoTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {result.info.map((i) => (
                <li key={`${i.sheet}!${i.cell}`}>{i.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result.goals.length > 0 ? (
        <section aria-labelledby={headingId}>
          <Subtitle2 as="h3" id={headingId} className={styles.heading}>
            {t.goalsHeading}
          </Subtitle2>
          <GoalList goals={result.goals} />
        </section>
      ) : null}
    </div>
  );
}
