// A write that failed (Excel's code in words, and whether the workbook was put back), or a job the runner could not
// carry out (JobFailure).
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { failureKind } from "../officeErrors";
import { usePaneText } from "../PaneText";
import { sharedWords } from "../words";
import type { JobState } from "../useWorkbookJob";

export function FailureMessage(props: {
  title: string;
  code: string;
  /** undefined when nothing was written (the run could not start). */
  restored?: boolean;
  onRetry: () => void;
  retryDisabled: boolean;
}) {
  const { t } = usePaneText(sharedWords);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        <Body1 as="p">{t.failure[failureKind(props.code)]}</Body1>
        {props.restored === undefined ? null : (
          <Body1 as="p">{props.restored ? t.restored : t.notRestored}</Body1>
        )}
        <Caption1 as="p">{t.failureCode(props.code)}</Caption1>
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          onClick={props.onRetry}
          disabledFocusable={props.retryDisabled}
        >
          {t.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The runner threw during the section's last job: nothing the job itself could report. Nothing when it did not. */
export function JobFailure(props: { job: JobState<string>; title: string; onRetry: () => void }) {
  const { exception, busy } = props.job;
  if (!exception) return null;
  return (
    <FailureMessage
      title={props.title}
      code={exception.code}
      onRetry={props.onRetry}
      retryDisabled={busy !== null}
    />
  );
}
