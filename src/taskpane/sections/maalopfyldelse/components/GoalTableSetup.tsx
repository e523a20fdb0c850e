// The goal table the run will use (the detected one, or another candidate), the column mapping (each role → a header
// of that table, or none) and the contract year. Every choice here is a correction of the core's guess.
import {
  Button,
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { GoalTableInfo } from "../../../../core/evaluate";
import { TableChoice } from "../../../shared/components/TableChoice";
import { usePaneText } from "../../../shared/PaneText";
import { MAPPABLE_ROLES } from "../goalColumns";
import type { MaalopfyldelseController } from "../useMaalopfyldelseState";
import type { RunOutcome } from "../workbook";
import { maalopfyldelseWords } from "../words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  mapping: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  pointAt: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

type Candidate = RunOutcome["candidates"][number];

export interface GoalTableSetupProps {
  candidates: Candidate[];
  goalTable: RunOutcome["goalTable"];
  table: GoalTableInfo | null;
  mapping: Record<string, string>;
  yearText: string;
  yearError: boolean;
  onGoalTable: MaalopfyldelseController["selectGoalTable"];
  onUseSelection: MaalopfyldelseController["useSelectedRange"];
  selectionProblem: "several" | "small" | null;
  busy: boolean;
  onColumn: MaalopfyldelseController["setColumn"];
  onYear: MaalopfyldelseController["setYear"];
  onYearCommit: MaalopfyldelseController["commitYear"];
}

export function GoalTableSetup(props: GoalTableSetupProps) {
  const { t } = usePaneText(maalopfyldelseWords);
  const styles = useStyles();
  const { candidates, goalTable, table, mapping } = props;
  // The table in use is always offered, even when it no longer ranks as a candidate.
  const options = [...candidates];
  if (goalTable && !options.some((c) => c.sheet === goalTable.sheet && c.name === goalTable.name))
    options.unshift({ ...goalTable, score: 0 });
  const headers = table
    ? table.headers.map((h, i) => ({ h, i })).filter(({ h }) => h.trim() !== "")
    : [];
  const mapped = MAPPABLE_ROLES.filter((role) => mapping[role]).length;
  const needsMapping = !!table && (!mapping.nr || !mapping.title);
  const tiers = table ? table.map.tiers.map((tier) => table.headers[tier.column]).join(", ") : "";

  return (
    <section aria-labelledby="heading-setup" className={styles.root}>
      <Subtitle2 as="h3" id="heading-setup" className={styles.heading}>
        {t.setupHeading}
      </Subtitle2>
      <TableChoice
        label={t.goalTableLabel}
        hint={t.goalTableHint}
        noneFound={t.noGoalTable}
        candidates={options}
        selected={goalTable}
        onChoose={props.onGoalTable}
      />
      <div className={styles.pointAt}>
        <Caption1 as="p" id="use-selection-hint">
          {t.useSelectionHint}
        </Caption1>
        <Button
          appearance="secondary"
          onClick={props.onUseSelection}
          disabledFocusable={props.busy}
          aria-describedby="use-selection-hint"
        >
          {t.useSelection}
        </Button>
        {props.selectionProblem ? (
          <Caption1 as="p" role="alert">
            {t.selectionProblem[props.selectionProblem]}
          </Caption1>
        ) : null}
      </div>
      {table ? (
        // Open by itself while the table lacks Nr or Mål (a table the user pointed at): the mapping is the next step.
        <Accordion
          collapsible
          key={`${table.sheet}!${table.name}`}
          defaultOpenItems={needsMapping ? ["mapping"] : []}
        >
          <AccordionItem value="mapping">
            <AccordionHeader as="h4" size="small">
              {t.mappingHeading(mapped)}
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.mapping}>
                <Caption1 as="p">{t.mappingHint}</Caption1>
                {MAPPABLE_ROLES.map((role) => (
                  // Label above its dropdown: side by side, a 320 px pane cut both the label and the header.
                  <Field key={role} label={t.roles[role]}>
                    <Select
                      value={mapping[role] ?? ""}
                      onChange={(_, data) => props.onColumn(role, data.value)}
                    >
                      <option value="">{t.noneOption}</option>
                      {headers.map(({ h, i }) => (
                        <option key={i} value={h}>
                          {h}
                        </option>
                      ))}
                    </Select>
                  </Field>
                ))}
                <Caption1 as="p">{`${t.tiersLabel}: ${tiers || t.noTiers}`}</Caption1>
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
      <Field
        label={t.yearLabel}
        hint={t.yearHint}
        validationMessage={props.yearError ? t.yearInvalid : undefined}
        validationState={props.yearError ? "error" : "none"}
      >
        <Input
          value={props.yearText}
          inputMode="numeric"
          maxLength={4}
          onChange={(_, data) => props.onYear(data.value)}
          onBlur={props.onYearCommit}
          onKeyDown={(e) => {
            if (e.key === "Enter") props.onYearCommit();
          }}
        />
      </Field>
    </section>
  );
}
