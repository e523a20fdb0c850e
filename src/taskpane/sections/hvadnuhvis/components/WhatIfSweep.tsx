// A sweep of one threshold over a range (src/core/whatif session.sweep), on top of the changes in the fields: for each
// value, the goal's fulfilment and status and the overall, as a small table. Collapsed until opened.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatPercent } from "../../../shared/format";
import type { WhatIfSession } from "../../../../core/whatif";
import { StatusBadge } from "../../../shared/components/StatusBadge";
import { usePaneText } from "../../../shared/PaneText";
import { fieldChanges, type GoalFields } from "../fields";
import { hvadNuHvisWords } from "../words";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  range: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  scroll: { overflowX: "auto", maxHeight: "40vh", overflowY: "auto" },
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

interface Option {
  value: string;
  label: string;
  target: { goal: string; part?: string; segment?: string };
  tier: number;
}

export function WhatIfSweep({
  session,
  fields,
  edits,
}: {
  session: WhatIfSession;
  fields: GoalFields[];
  edits: Record<string, string>;
}) {
  const { t, locale } = usePaneText(hvadNuHvisWords);
  const styles = useStyles();
  const options: Option[] = useMemo(
    () =>
      fields.flatMap((goal) =>
        goal.rows.flatMap((row) =>
          row.tiers.map((tier) => ({
            value: tier.key,
            label: `${t.goalLine(goal.id, "")} – ${t.whatIfTierLabel(formatPercent(tier.tier, locale), row.label)}`,
            target: row.target,
            tier: tier.tier,
          }))
        )
      ),
    [fields, t, locale]
  );
  const [choice, setChoice] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [step, setStep] = useState("1");
  const option = options.find((o) => o.value === choice) ?? options[0];

  const sweep = useMemo(() => {
    if (!option || from.trim() === "" || to.trim() === "") return null;
    const { changes } = fieldChanges(fields, edits);
    return session.sweep(
      {
        ...option.target,
        key: "tier",
        tier: option.tier,
        from: from.trim(),
        to: to.trim(),
        step: step.trim() || 1,
      },
      changes
    );
  }, [option, from, to, step, fields, edits, session]);

  if (options.length === 0) return null;
  const error = sweep?.errors.map((e) => e.message).join(" ");
  const percent = (f: number | null) => (f === null ? t.noFulfilment : formatPercent(f, locale));

  return (
    <Accordion collapsible>
      <AccordionItem value="sweep">
        <AccordionHeader as="h3" size="medium">
          {t.sweepHeading}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Field label={t.sweepGoalLabel}>
              <Select value={option?.value ?? ""} onChange={(_, d) => setChoice(d.value)}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.range}>
              <Field
                className={styles.field}
                label={t.sweepFromLabel}
                validationMessage={error || undefined}
                validationState={error ? "error" : "none"}
              >
                <Input
                  className={styles.input}
                  value={from}
                  autoComplete="off"
                  onChange={(_, d) => setFrom(d.value)}
                />
              </Field>
              <Field className={styles.field} label={t.sweepToLabel}>
                <Input
                  className={styles.input}
                  value={to}
                  autoComplete="off"
                  onChange={(_, d) => setTo(d.value)}
                />
              </Field>
              <Field className={styles.field} label={t.sweepStepLabel}>
                <Input
                  className={styles.input}
                  value={step}
                  autoComplete="off"
                  onChange={(_, d) => setStep(d.value)}
                />
              </Field>
            </div>
            {sweep && sweep.rows.length > 0 ? (
              <div
                className={styles.scroll}
                role="region"
                aria-label={t.sweepTableLabel(sweep.label)}
                tabIndex={0}
              >
                <Table
                  size="extra-small"
                  className={styles.table}
                  aria-label={t.sweepTableLabel(sweep.label)}
                >
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.number}>{t.sweepValue}</TableHeaderCell>
                      <TableHeaderCell className={styles.number}>
                        {t.sweepGoal(sweep.goal)}
                      </TableHeaderCell>
                      <TableHeaderCell>{t.sweepStatus}</TableHeaderCell>
                      <TableHeaderCell className={styles.number}>{t.sweepOverall}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {sweep.rows.map((r) => (
                      <TableRow key={r.valueText}>
                        <TableCell className={styles.number}>{r.valueText}</TableCell>
                        <TableCell className={styles.number}>{percent(r.goal)}</TableCell>
                        <TableCell>
                          <StatusBadge status={r.goalStatus} />
                        </TableCell>
                        <TableCell className={styles.number}>{percent(r.overall)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            ) : null}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
