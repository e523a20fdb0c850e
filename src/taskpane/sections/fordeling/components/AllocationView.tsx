// The split as the adapter computed it (src/core/allocate): the total, what the amounts add up to and the difference
// (0 with largest remainder), the method in one sentence, and one row per municipality. Figures are only formatted.
import {
  Body1,
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { formatFixed, formatShare, type Allocation, type KeyBasis } from "../../../../core/allocate";
import { formatKroner, formatNumber } from "../../../shared/format";
import { usePaneText } from "../../../shared/PaneText";
import type { PaneLocale } from "../../../shared/words";
import { fordelingWords } from "../words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  summary: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  scroll: { overflowX: "auto" },
  // Columns as wide as their figures (Fluent's fixed layout would squeeze them into equal columns); the region scrolls.
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** "+469,49", "-1.879,6", "0": what rounding gave or took, as the command line shows it. */
function signed(value: number, locale: PaneLocale): string {
  const text = formatFixed(value, 2, locale);
  return value > 0 ? `+${text}` : text;
}

function signedKroner(value: number, locale: PaneLocale): string {
  const text = formatKroner(value, locale);
  return value > 0 ? `+${text}` : text;
}

export function AllocationView({ allocation, basis }: { allocation: Allocation; basis: KeyBasis }) {
  const { t, locale } = usePaneText(fordelingWords);
  const styles = useStyles();
  const headingId = useId();
  const a = allocation;
  const amount = (v: number) => formatNumber(v, locale, 2);
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.allocationHeading}
      </Subtitle2>
      <dl className={styles.summary}>
        <dt className={styles.term}>{t.allocationTotal}</dt>
        <dd className={styles.value} data-testid="allocation-total">
          {formatKroner(a.total, locale)}
        </dd>
        <dt className={styles.term}>{t.allocationSum}</dt>
        <dd className={styles.value} data-testid="allocation-sum">
          {formatKroner(a.sum, locale)}
        </dd>
        <dt className={styles.term}>{t.allocationDifference}</dt>
        <dd className={styles.value} data-testid="allocation-difference">
          {signedKroner(a.difference, locale)}
        </dd>
        {a.instalments > 1 ? (
          <>
            <dt className={styles.term}>{t.allocationInstalmentSum}</dt>
            <dd className={styles.value} data-testid="allocation-instalment-sum">
              {formatKroner(a.instalmentSum, locale)}
            </dd>
          </>
        ) : null}
      </dl>
      <Body1 as="p" data-testid="allocation-sentence">
        {a.sentence}
      </Body1>
      {/* Scrolls sideways in a narrow pane; focusable so the keyboard can scroll it too. */}
      <div className={styles.scroll} role="region" aria-label={t.allocationTableLabel} tabIndex={0}>
        <Table
          size="extra-small"
          className={styles.table}
          aria-label={t.allocationTableLabel}
          data-testid="allocation-table"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnName}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.columnShare}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.columnAmount}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.columnInstalment}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.columnAdjustment}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {a.rows.map((r) => (
              <TableRow key={r.name}>
                <TableCell>{r.name}</TableCell>
                <TableCell className={styles.number}>
                  {formatShare(r.share, 4, true, locale)}
                </TableCell>
                <TableCell className={styles.number}>{amount(r.amount)}</TableCell>
                <TableCell className={styles.number}>{amount(r.instalment)}</TableCell>
                <TableCell className={styles.number}>{signed(r.adjustment, locale)}</TableCell>
              </TableRow>
            ))}
            <TableRow className={styles.total}>
              <TableCell>{t.totalRow}</TableCell>
              <TableCell />
              <TableCell className={styles.number}>{amount(a.sum)}</TableCell>
              <TableCell className={styles.number}>{amount(a.instalmentSum)}</TableCell>
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      </div>
      {basis === "amount" ? <Caption1 as="p">{t.allocationKeyAmounts}</Caption1> : null}
    </section>
  );
}
