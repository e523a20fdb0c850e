// A polite live region: screen readers read what changed (result, errors, question) without moving focus.
import { makeStyles } from "@fluentui/react-components";

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
