// "Tabellen er ændret – forhåndsvisningen opdateres …": said while an edit to the table a section shows waits to be
// read again (useSheetChanges).
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { usePaneText } from "../PaneText";
import { sharedWords } from "../words";

export function TableChanged({ stale }: { stale: boolean }) {
  const { t } = usePaneText(sharedWords);
  return stale ? (
    <MessageBar intent="info" layout="multiline" data-testid="table-changed">
      <MessageBarBody>{t.tableChanged}</MessageBarBody>
    </MessageBar>
  ) : null;
}
