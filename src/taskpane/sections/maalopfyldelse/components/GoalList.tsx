// One line per goal: "Mål 6 – title", its status, its fulfilment (the agreed figure beside the computed one), and the
// core's explanation behind an expandable header.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { GoalResult } from "../../../../core/evaluate";
import { describeError } from "../../../../core/messages";
import { formatPercent, keepFiguresTogether } from "../../../shared/format";
import { StatusBadge } from "../../../shared/components/StatusBadge";
import { usePaneText } from "../../../shared/PaneText";
import { maalopfyldelseWords } from "../words";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    textAlign: "start",
  },
  title: { flexBasis: "100%" },
  figure: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function GoalList({ goals }: { goals: GoalResult[] }) {
  const { t, locale } = usePaneText(maalopfyldelseWords);
  const styles = useStyles();
  const percent = (f: number | null) => (f === null ? t.noFulfilment : formatPercent(f, locale));
  return (
    <Accordion multiple collapsible>
      {goals.map((g) => (
        <AccordionItem key={g.id} value={g.id} data-goal={g.id}>
          <AccordionHeader as="h4" size="medium">
            <span className={styles.header}>
              <span className={styles.title}>{t.goalLine(g.id, g.title)}</span>
              <StatusBadge status={g.status} />
              <span className={styles.figure}>{percent(g.fulfilment)}</span>
              {g.agreed ? (
                <Caption1>
                  {t.agreedBeside(
                    formatPercent(g.agreed.value, locale),
                    g.computed === null ? t.computedPending : formatPercent(g.computed, locale)
                  )}
                </Caption1>
              ) : null}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.panel}>
              <Body1>{g.explanation ? keepFiguresTogether(g.explanation) : t.noExplanation}</Body1>
              {g.errors.length > 0 ? (
                <ul className={styles.errors}>
                  {g.errors.map((e, i) => (
                    <li key={i}>
                      <Caption1>{describeError(e, locale)}</Caption1>
                    </li>
                  ))}
                </ul>
              ) : null}
              {g.warnings.map((w, i) => (
                <Caption1 key={`w${i}`}>{w}</Caption1>
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
