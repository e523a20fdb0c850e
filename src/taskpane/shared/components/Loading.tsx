// What a part of the pane shows while its code loads on demand (the first view carries only the shell: issue 14). A
// progress bar, as for any job, so the user sees something is coming and the tests' idle() waits for it.
import { ProgressBar } from "@fluentui/react-components";
import { usePaneText } from "../PaneText";
import { sharedWords } from "../words";

export function Loading() {
  const { t } = usePaneText(sharedWords);
  return <ProgressBar aria-label={t.loading} />;
}
