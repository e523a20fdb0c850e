// A section's buttons as one labelled group, the progress of the job under way below them, and a line after it (when
// the workbook was last calculated). Buttons stay focusable while a job runs (disabledFocusable), so keyboard focus is
// never lost.
import { Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function RunActions(props: {
  /** The group's accessible name ("Handlinger"). */
  label: string;
  /** What the job under way is doing ("Beregner målopfyldelsen …"); null when nothing runs. */
  progress: string | null;
  /** The buttons. */
  children: ReactNode;
  after?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={props.label}>
      <div className={styles.buttons}>{props.children}</div>
      {props.progress !== null ? (
        <Field label={props.progress}>
          <ProgressBar thickness="large" />
        </Field>
      ) : null}
      {props.after}
    </div>
  );
}
