// "Sidste års projektmappe": the user picks last year's .xlsx, and its goal sheets are brought into this workbook
// (useSammenlignState.insertLastYear; Workbook.insertWorksheetsFromBase64, ExcelApi 1.13). Where Excel lacks the API,
// the pane says how to copy the sheet in by hand instead. Says before the pick that Excel cannot undo it.
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { LastYearOutcome, SammenlignController } from "./useSammenlignState";
import type { SammenlignWords } from "./words";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The native file input stays in the page (labelled, reachable by tests and assistive tech) but out of sight: the
  // button opens it.
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", opacity: 0 },
});

function outcomeMessage(outcome: LastYearOutcome, t: SammenlignWords): string {
  switch (outcome.status) {
    case "inserted":
      return t.lastYearInserted(outcome.sheets.join(", "));
    case "clash":
      return t.lastYearClash(outcome.sheets.join(", "));
    case "no-goal-table":
      return t.lastYearNoGoalTable;
    case "refused":
      return t.lastYearRefused(outcome.detail);
    case "unreadable":
      return t.lastYearUnreadable;
    case "failed":
      return outcome.code === "UnsupportedFeature"
        ? t.lastYearUnsupportedFeature
        : t.lastYearFailed(outcome.code);
  }
}

export interface LastYearProps {
  t: SammenlignWords;
  busy: boolean;
  outcome: LastYearOutcome | null;
  supported: boolean;
  /** Called with the file the user picked. */
  onFile: SammenlignController["insertLastYear"];
}

export function LastYear(props: LastYearProps) {
  const { t, outcome } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.block} aria-labelledby="sammenlign-last-year">
      <Subtitle2 as="h3" id="sammenlign-last-year">
        {t.lastYearTitle}
      </Subtitle2>
      {props.supported ? (
        <>
          <Body1 as="p">{t.lastYearIntro}</Body1>
          <input
            ref={input}
            className={styles.input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t.lastYearPick}
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) props.onFile(file);
            }}
          />
          <div>
            <Button
              appearance="secondary"
              disabledFocusable={props.busy}
              onClick={() => input.current?.click()}
            >
              {t.lastYearPick}
            </Button>
          </div>
        </>
      ) : (
        <Caption1 as="p" data-testid="last-year-unsupported">
          {t.lastYearUnsupported}
        </Caption1>
      )}
      {outcome ? (
        <MessageBar
          intent={outcome.status === "inserted" ? "success" : "error"}
          layout="multiline"
          data-testid="last-year-outcome"
        >
          <MessageBarBody>{outcomeMessage(outcome, t)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
