// A write that failed (Excel's code in words, and whether the workbook was put back), or a run that could not start.
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

export function FailureMessage(props: {
  title: string;
  code: string;
  /** undefined when nothing was written (the run could not start). */
  restored?: boolean;
  onRetry: () => void;
  retryDisabled: boolean;
}) {
  const { t } = usePaneText();
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
