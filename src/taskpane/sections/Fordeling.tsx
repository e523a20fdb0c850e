// Fordeling: allocation of the base grant by population key. Filled in by a later issue.
import { Body1, Subtitle1 } from "@fluentui/react-components";
import { usePaneText } from "../PaneText";

export function Fordeling() {
  const { t } = usePaneText();
  return (
    <section aria-labelledby="heading-fordeling">
      <Subtitle1 as="h2" id="heading-fordeling">
        {t.tabFordeling}
      </Subtitle1>
      <Body1 as="p">{t.fordelingLater}</Body1>
    </section>
  );
}
