// The overall fulfilment before and after the changes, the difference in percentage points, and the changes as the
// core describes them ("Mål 1: resultat 72 → 58"), with any error they cause in the goal table.
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { describeError } from "../../../../core/messages";
import type { WhatIfResult } from "../../../../core/whatif";
import { failedGoals, overallHead, overallLine } from "../../../shared/overallLine";
import { usePaneText } from "../../../shared/PaneText";
import { hvadNuHvisWords } from "../words";
import { signedPoints } from "./WhatIfGoal";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  compare: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "baseline",
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  figure: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    fontVariantNumeric: "tabular-nums",
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function WhatIfOverall({ result }: { result: WhatIfResult }) {
  const { t, locale } = usePaneText(hvadNuHvisWords);
  const styles = useStyles();
  const headingId = useId();
  const changesId = useId();
  const overall = result.difference.overall;
  const points = signedPoints(overall.delta, locale);
  // A goal in error after the changes: no after-figure and no difference, never "ingen ændring" (issue 14).
  const afterFailed = failedGoals(result.after).length > 0;
  return (
    <div className={styles.root}>
      <section aria-labelledby={headingId} className={styles.root}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {t.whatIfOverallHeading}
        </Subtitle2>
        <dl className={styles.compare}>
          <dt className={styles.term}>{t.whatIfBefore}</dt>
          <dd className={styles.figure}>
            <Title3 as="span" data-testid="whatif-overall-before">
              {overallHead(result.before, t, locale)}
            </Title3>
            <Caption1>{overallLine(result.before, t, locale)}</Caption1>
          </dd>
          <dt className={styles.term}>{t.whatIfAfter}</dt>
          <dd className={styles.figure}>
            <Title3 as="span" data-testid="whatif-overall-after">
              {overallHead(result.after, t, locale)}
            </Title3>
            <Caption1 data-testid="whatif-overall-delta">
              {afterFailed
                ? t.whatIfAfterUnavailable
                : points
                  ? t.whatIfPoints(points)
                  : t.whatIfNoDifference}
            </Caption1>
            <Caption1>{overallLine(result.after, t, locale)}</Caption1>
          </dd>
        </dl>
      </section>
      <section aria-labelledby={changesId} className={styles.root}>
        <Subtitle2 as="h3" id={changesId} className={styles.heading}>
          {t.whatIfAppliedHeading}
        </Subtitle2>
        {result.applied.length === 0 ? (
          <Caption1 as="p">{t.whatIfNoChanges}</Caption1>
        ) : (
          <ul className={styles.list} data-testid="whatif-applied">
            {result.applied.map((a) => (
              <li key={a.index}>
                <Caption1>{a.description}</Caption1>
              </li>
            ))}
          </ul>
        )}
        {result.newErrors.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.whatIfNewErrorsTitle}</MessageBarTitle>
              <ul className={styles.list}>
                {result.newErrors.map((e, i) => (
                  <li key={i}>{describeError(e, locale)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </section>
    </div>
  );
}
