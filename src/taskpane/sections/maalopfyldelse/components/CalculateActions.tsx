// Beregn and Fortryd seneste kørsel, the progress of what is running, and when the workbook was last calculated (or
// what another section last wrote). Beregn is where focus returns when the conflict question (opened by the run, not by
// a trigger) closes.
import { Button, Caption1, useRestoreFocusTarget } from "@fluentui/react-components";
import { RunActions } from "../../../shared/components/RunActions";
import { usePaneText } from "../../../shared/PaneText";
import { formatRunTime } from "../../../shared/words";
import type { Busy } from "../useMaalopfyldelseState";
import type { LastRun } from "../workbook";
import { maalopfyldelseWords } from "../words";

export function CalculateActions(props: {
  busy: Busy | null;
  canCalculate: boolean;
  lastRun: LastRun | null;
  onCalculate: () => void;
  onUndo: () => void;
}) {
  const { t, locale } = usePaneText(maalopfyldelseWords);
  const { busy, lastRun } = props;
  const restoreFocusTarget = useRestoreFocusTarget();
  const progress =
    busy === null ? null : busy === "run" ? t.running : busy === "undo" ? t.undoing : t.previewing;
  return (
    <RunActions
      label={t.actionsLabel}
      progress={progress}
      after={
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
      }
    >
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
    </RunActions>
  );
}
