// A polite live region: screen readers read what changed (result, errors, question) without moving focus.
import { makeStyles } from "@fluentui/react-components";
import { failureKind } from "../officeErrors";
import type { JobState } from "../useWorkbookJob";
import type { SharedWords } from "../words";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

/** `testId` tells the sections' regions apart (every section has its own; the tests find them by it). */
export function LiveRegion({ text, testId = "live-region" }: { text: string; testId?: string }) {
  const styles = useStyles();
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={styles.hidden}
      data-testid={testId}
    >
      {text}
    </div>
  );
}

/** What every section says first: that a job is running, or that the runner threw. Null: the section's own news. */
export function jobAnnouncement(job: JobState<string>, t: SharedWords): string | null {
  if (job.busy) return t.announceBusy;
  if (job.exception) return `${t.exceptionTitle}. ${t.failure[failureKind(job.exception.code)]}`;
  return null;
}
