// Asked before anything is overwritten: output cells that hold a user's own values, each with what it holds now and
// what the run would write. Overskriv reruns with overwrite (the old values go to the backup); Annuller writes nothing,
// and ConflictsCancelled then says so, with the way back to the question. Each section names its own columns.
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useId } from "react";
import { describePlace } from "../../../core/messages";
import { formatNumber } from "../format";
import type { Conflict } from "../workbook";
import type { PaneLocale } from "../words";
import { usePaneText } from "../PaneText";
import { sharedWords } from "../words";

/** Shown in full up to this many; the rest are counted. */
const MAX_LISTED = 50;

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

/** A value as the plan reports it ("0.75", "Opfyldt", ""): numbers in the pane's notation, empty as "(tom)". */
function shown(value: string, empty: string, locale: PaneLocale): string {
  if (value === "") return empty;
  return /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? formatNumber(Number(value), locale, 4) : value;
}

export function ConflictDialog(props: {
  open: boolean;
  conflicts: Conflict[];
  onOverwrite: () => void;
  onCancel: () => void;
  /** "N celler i resultatkolonnerne er udfyldt af en bruger": whose columns. */
  title: string;
  /** What the write will do with them ("De gamle værdier gemmes …"). */
  body: string;
}) {
  const { t, locale } = usePaneText(sharedWords);
  const styles = useStyles();
  const bodyId = useId();
  const { conflicts } = props;
  const listed = conflicts.slice(0, MAX_LISTED);
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_, data) => (data.open ? undefined : props.onCancel())}
    >
      <DialogSurface aria-describedby={bodyId}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <Body1 id={bodyId} as="p">
              {props.body}
            </Body1>
            <ul className={styles.list} aria-label={t.conflictsListLabel}>
              {listed.map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>
                  <span className={styles.cell}>{describePlace(c.sheet, c.cell, locale)}</span>
                  {": "}
                  {t.conflictCurrentNext(
                    shown(c.current, t.emptyValue, locale),
                    shown(c.next, t.emptyValue, locale)
                  )}
                </li>
              ))}
              {conflicts.length > listed.length ? (
                <li>{t.conflictsMore(conflicts.length - listed.length)}</li>
              ) : null}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onOverwrite}>
              {t.overwrite}
            </Button>
            <Button appearance="secondary" onClick={props.onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The question was answered Annuller: nothing is written ("Intet er skrevet: 2 celler …"), and it can be asked again. */
export function ConflictsCancelled(props: { text: string; onReview: () => void; busy: boolean }) {
  const { t } = usePaneText(sharedWords);
  // Focus returns here when the question, opened from here, closes.
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{props.text}</MessageBarBody>
      <MessageBarActions>
        <Button {...restoreFocusTarget} onClick={props.onReview} disabledFocusable={props.busy}>
          {t.reviewConflicts}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
