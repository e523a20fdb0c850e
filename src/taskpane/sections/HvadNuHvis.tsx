// Hvad nu hvis: what-if questions on the goal table. Filled in by a later issue.
import { Body1, Subtitle1 } from "@fluentui/react-components";
import { usePaneText } from "../PaneText";

export function HvadNuHvis() {
  const { t } = usePaneText();
  return (
    <section aria-labelledby="heading-hvadnuhvis">
      <Subtitle1 as="h2" id="heading-hvadnuhvis">
        {t.tabHvadNuHvis}
      </Subtitle1>
      <Body1 as="p">{t.hvadNuHvisLater}</Body1>
    </section>
  );
}
