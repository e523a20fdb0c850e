// Beregn and Fortryd seneste kørsel, the progress of what is running, and when the workbook was last calculated.
// Buttons stay focusable while a run is under way (disabledFocusable), so keyboard focus is never lost; Beregn is where
// focus returns when the conflict question (opened by the run, not by a trigger) closes.
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  ProgressBar,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import type { LastRun } from "../../excel";
import { formatRunTime } from "../i18n";
import { usePaneText } from "../PaneText";
import type { Busy } from "../usePaneState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function RunActions(props: {
  busy: Busy | null;
  canCalculate: boolean;
  lastRun: LastRun | null;
  onCalculate: () => void;
  onUndo: () => void;
}) {
  const { t, locale } = usePaneText();
  const styles = useStyles();
  const { busy, lastRun } = props;
  const restoreFocusTarget = useRestoreFocusTarget();
  const progressLabel = busy === "run" ? t.running : busy === "undo" ? t.undoing : t.previewing;
  return (
    <div className={styles.root} role="group" aria-label={t.actionsLabel}>
      <div className={styles.buttons}>
        <Button
          {...restoreFocusTarget}
          appearance="primary"
          onClick={props.onCalculate}
          disabledFocusable={busy !== null || !props.canCalculate}
        >
          {t.calculate}
        </Button>
        <Button
          appearance="secondary"
          onClick={props.onUndo}
          disabledFocusable={busy !== null || lastRun === null}
        >
          {t.undo}
        </Button>
      </div>
      {busy ? (
        <Field label={progressLabel}>
          <ProgressBar thickness="large" />
        </Field>
      ) : null}
      <Caption1 as="p">
        {!lastRun
          ? t.noLastRun
          : lastRun.writer === "mål"
            ? t.lastRun(formatRunTime(lastRun.time, locale), lastRun.overallText)
            : t.lastOtherRun(
                formatRunTime(lastRun.time, locale),
                lastRun.writer,
                lastRun.sheet ?? ""
              )}
      </Caption1>
    </div>
  );
}
