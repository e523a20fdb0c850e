// What the split needs: the key table (the adapter's candidates), the total as typed, the rounding unit, the
// instalments, the method, what to split by, and the date of the population count. Presentational: every change goes
// to the controller, which previews it.
import {
  Body1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { Instalments, KeyBasis, Method } from "../../../../core/allocate";
import { HUBS, type Hub } from "../../../../core/municipalities/names";
import { formatNumber } from "../../../shared/format";
import { TableChoice } from "../../../shared/components/TableChoice";
import { usePaneText } from "../../../shared/PaneText";
import {
  BASES,
  INSTALMENTS,
  KEY_SOURCES,
  METHODS,
  UNITS,
  type AllocationInputs,
  type FordelingController,
  type KeySource,
} from "../useFordelingState";
import { DST_YEARS, type AllocationRunOutcome } from "../workbook";
import { fordelingWords } from "../words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  // One dropdown per line: side by side, a 350 px pane cut "1 (én årlig betaling)" (test/browser/paneWidth.test.ts).
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalM,
  },
  // As wide as the grid cell, never wider: a native select's own width would push the pane sideways.
  cell: { minWidth: 0 },
});

type Candidate = AllocationRunOutcome["candidates"][number];

export interface AllocationSetupProps {
  inputs: AllocationInputs;
  candidates: Candidate[];
  /** The table the last run used (the first candidate unless the user chose). */
  table: AllocationRunOutcome["table"];
  /** Under the total: why it cannot be read, or why it cannot be split (from the adapter). */
  totalErrors: string[];
  /** The key has amounts but no populations: suggest splitting by the amounts. */
  suggestAmounts: boolean;
  controller: Pick<
    FordelingController,
    | "setTable"
    | "setTotal"
    | "setUnit"
    | "setInstalments"
    | "setMethod"
    | "setBasis"
    | "setCountDate"
    | "setKeySource"
    | "setHub"
    | "setYear"
  >;
}

export function AllocationSetup(props: AllocationSetupProps) {
  const { t, locale } = usePaneText(fordelingWords);
  const styles = useStyles();
  const headingId = useId();
  const { inputs, candidates, table, controller: c } = props;
  const totalError = props.totalErrors.join(" ");

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.keySetupHeading}
      </Subtitle2>
      <Field label={t.keySourceLabel}>
        <RadioGroup
          value={inputs.keySource}
          onChange={(_, data) => c.setKeySource(data.value as KeySource)}
        >
          {KEY_SOURCES.map((k) => (
            <Radio
              key={k}
              value={k}
              label={k === "table" ? t.keySourceTable : t.keySourceDst(inputs.year)}
            />
          ))}
        </RadioGroup>
      </Field>
      {inputs.keySource === "dst" ? (
        <>
          <div className={styles.pair}>
            <Field className={styles.cell} label={t.hubLabel}>
              <Select
                className={styles.cell}
                value={inputs.hub}
                onChange={(_, data) => c.setHub(data.value as Hub)}
              >
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
                value={String(inputs.year)}
                onChange={(_, data) => c.setYear(Number(data.value))}
              >
                {DST_YEARS.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Body1 as="p">{t.dstHint}</Body1>
        </>
      ) : (
        <TableChoice
          label={t.keyTableLabel}
          hint={t.keyTableHint}
          noneFound={t.noKeyTable}
          candidates={candidates}
          selected={table}
          onChoose={c.setTable}
        />
      )}
      <Field
        label={t.totalLabel}
        hint={t.totalHint}
        validationMessage={totalError || undefined}
        validationState={totalError ? "error" : "none"}
      >
        <Input
          value={inputs.totalText}
          inputMode="decimal"
          autoComplete="off"
          onChange={(_, data) => c.setTotal(data.value)}
        />
      </Field>
      <div className={styles.pair}>
        <Field className={styles.cell} label={t.unitLabel}>
          <Select
            className={styles.cell}
            value={String(inputs.unit)}
            onChange={(_, data) => c.setUnit(Number(data.value))}
          >
            {UNITS.map((u) => (
              <option key={u} value={String(u)}>
                {t.unitOption(formatNumber(u, locale))}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.cell} label={t.instalmentsLabel}>
          <Select
            className={styles.cell}
            value={String(inputs.instalments)}
            onChange={(_, data) => c.setInstalments(Number(data.value) as Instalments)}
          >
            {INSTALMENTS.map((n) => (
              <option key={n} value={String(n)}>
                {t.instalmentsOption[n]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t.methodLabel}>
        <RadioGroup value={inputs.method} onChange={(_, data) => c.setMethod(data.value as Method)}>
          {METHODS.map((m) => (
            <Radio key={m} value={m} label={t.method[m]} />
          ))}
        </RadioGroup>
      </Field>
      {inputs.keySource === "table" ? (
        <>
        <Field
          label={t.basisLabel}
          validationMessage={props.suggestAmounts ? t.basisAmountSuggestion : undefined}
          validationState={props.suggestAmounts ? "warning" : "none"}
        >
          <RadioGroup value={inputs.basis} onChange={(_, data) => c.setBasis(data.value as KeyBasis)}>
            {BASES.map((b) => (
              <Radio key={b} value={b} label={t.basis[b]} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t.countDateLabel} hint={t.countDateHint}>
          <Input
            value={inputs.countDate}
            autoComplete="off"
            onChange={(_, data) => c.setCountDate(data.value)}
          />
        </Field>
        </>
      ) : null}
    </section>
  );
}
