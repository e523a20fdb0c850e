// One goal in Hvad nu hvis: its title, what the workbook has now (result and thresholds), the fields to change them
// (result, each threshold, the rule of a count goal, an assumption for a goal awaiting data), the fulfilment and
// status before and after side by side, and the distance to the next tier. The figures come from the session's result.
import {
  Body1Strong,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { formatNumber, formatPercent, keepFiguresTogether } from "../../../shared/format";
import type { GoalDelta, GoalDistance } from "../../../../core/whatif";
import { StatusBadge } from "../../../shared/components/StatusBadge";
import { usePaneText } from "../../../shared/PaneText";
import type { PaneLocale } from "../../../shared/words";
import type { AssumeChoice, GoalFields, RowFields, TextField } from "../fields";
import { ruleChoiceNames, ruleEdit, ruleEditIsOn } from "../ruleChoices";
import type { HvadNuHvisController } from "../useHvadNuHvisState";
import { hvadNuHvisWords, type HvadNuHvisWords } from "../words";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(88px, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  // A field as wide as its grid cell: a native input's own width (20 characters) would push the pane sideways.
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  compare: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  figure: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  changed: { color: tokens.colorBrandForeground1 },
  errors: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
  },
});

/** "+50", "−5,6", "" when nothing changed: a difference of two fractions, in percentage points. */
export function signedPoints(delta: number | null, locale: PaneLocale): string {
  if (delta === null) return "";
  const text = formatNumber(Math.abs(delta) * 100, locale, 1);
  if (text === "0") return "";
  return `${delta > 0 ? "+" : "−"}${text}`;
}

function percent(f: number | null, t: HvadNuHvisWords, locale: PaneLocale): string {
  return f === null ? t.noFulfilment : formatPercent(f, locale);
}

/** "Nu: resultat 72 · Mål 100 %: 60 · Mål 50 %: 50" */
function nowLine(row: RowFields, t: HvadNuHvisWords, locale: PaneLocale): string {
  const parts = [
    row.resultText === undefined ? t.whatIfNowPending : t.whatIfNowResult(row.resultText),
    ...row.tiers.map((tier) => t.whatIfNowTier(formatPercent(tier.tier, locale), tier.initial)),
  ];
  return t.whatIfNow(parts.join(" · "));
}

export interface FieldState {
  edits: Record<string, string>;
  errors: Record<string, string>;
  notes: Record<string, string>;
  onEdit: HvadNuHvisController["edit"];
}

function TextInput({
  field,
  label,
  hint,
  state,
}: {
  field: TextField;
  label: string;
  hint?: string;
  state: FieldState;
}) {
  const styles = useStyles();
  const error = state.errors[field.key];
  const note = state.notes[field.key];
  return (
    <Field
      className={styles.field}
      label={label}
      hint={note ?? hint}
      validationMessage={error}
      validationState={error ? "error" : "none"}
    >
      <Input
        className={styles.input}
        value={state.edits[field.key] ?? field.initial}
        autoComplete="off"
        data-field={field.key}
        onChange={(_, data) => state.onEdit(field.key, data.value)}
      />
    </Field>
  );
}

export function WhatIfGoal(
  props: {
    goal: GoalFields;
    delta: GoalDelta | undefined;
    distance: GoalDistance | undefined;
  } & FieldState
) {
  const { t, locale } = usePaneText(hvadNuHvisWords);
  const styles = useStyles();
  const headingId = useId();
  const { goal, delta, distance } = props;
  const fieldState: FieldState = props;
  const assume = goal.assume ? ((props.edits[goal.assume.key] as AssumeChoice) ?? "none") : null;
  const points = delta ? signedPoints(delta.delta, locale) : "";

  return (
    <section aria-labelledby={headingId} className={styles.root} data-goal={goal.id}>
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        {t.goalLine(goal.id, goal.title)}
      </Subtitle2>
      {goal.rows.map((row) => (
        <div key={row.bodyIndex} className={styles.row}>
          {row.label ? <Body1Strong>{row.label}</Body1Strong> : null}
          <Caption1>{nowLine(row, t, locale)}</Caption1>
          {row.errors.length > 0 ? (
            // The workbook's own error in this row, by cell: "Før" is the workbook as it is, so this is why it is Fejl.
            <ul className={styles.errors} data-testid="goal-workbook-errors">
              {row.errors.map((e) => (
                <li key={e}>
                  <Caption1>{e}</Caption1>
                </li>
              ))}
            </ul>
          ) : null}
          <div className={styles.fields}>
            <TextInput
              field={row.result}
              label={t.whatIfResultLabel(row.label)}
              state={fieldState}
            />
            {row.tiers.map((tier) => (
              <TextInput
                key={tier.key}
                field={tier}
                label={t.whatIfTierLabel(formatPercent(tier.tier, locale), row.label)}
                state={fieldState}
              />
            ))}
          </div>
          {row.rule ? (
            <Switch
              checked={
                props.edits[row.rule.key] !== undefined &&
                ruleEditIsOn(row.rule, props.edits[row.rule.key])
              }
              label={t.whatIfRuleLabel(ruleChoiceNames(row.rule, locale), row.label)}
              onChange={(_, data) => props.onEdit(row.rule!.key, ruleEdit(row.rule!, data.checked))}
            />
          ) : null}
          {row.rule && props.errors[row.rule.key] ? (
            <Caption1 role="alert">{props.errors[row.rule.key]}</Caption1>
          ) : null}
        </div>
      ))}
      {goal.assume && assume ? (
        <Field
          label={t.whatIfAssumeLabel}
          validationMessage={props.errors[goal.assume.key]}
          validationState={props.errors[goal.assume.key] ? "error" : "none"}
        >
          <Select value={assume} onChange={(_, data) => props.onEdit(goal.assume!.key, data.value)}>
            <option value="none">{t.whatIfAssume.none}</option>
            <option value="met">{t.whatIfAssume.met}</option>
            <option value="notMet">{t.whatIfAssume.notMet}</option>
          </Select>
        </Field>
      ) : null}
      {delta ? (
        <dl className={styles.compare}>
          <dt className={styles.term}>{t.whatIfBefore}</dt>
          <dd className={styles.figure} data-testid="goal-before">
            <span>{percent(delta.before, t, locale)}</span>
            <StatusBadge status={delta.statusBefore} />
          </dd>
          <dt className={styles.term}>{t.whatIfAfter}</dt>
          <dd
            className={`${styles.figure} ${delta.changed ? styles.changed : ""}`}
            data-testid="goal-after"
          >
            <span>{percent(delta.after, t, locale)}</span>
            <StatusBadge status={delta.statusAfter} />
            {points ? <span>{t.whatIfPoints(points)}</span> : null}
          </dd>
        </dl>
      ) : null}
      {distance && distance.text ? (
        <Caption1 as="p" data-testid="goal-distance">
          {/* "Afstand til næste trin" only where a row has a next tier; at the top the text says so by itself. */}
          {distance.rows.some((r) => r.state === "below-top")
            ? `${t.whatIfDistance}: ${keepFiguresTogether(distance.text)}`
            : keepFiguresTogether(distance.text)}
        </Caption1>
      ) : null}
    </section>
  );
}
