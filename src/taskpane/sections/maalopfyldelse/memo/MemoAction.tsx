// "Dagsordenspunkt (Word)" in Målopfyldelse: a button that opens the memo panel. Only this button is in the pane's
// first view; the panel (MemoPanel.tsx, with the memo core) loads when it is first opened, and the docx package when
// a memo is made (src/memo/make.ts), so the first view's JavaScript does not grow.
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { PaneEnvironment } from "../../../shared/environment";
import { usePaneText } from "../../../shared/PaneText";
import type { TableRef } from "../../../shared/workbook";
import { maalopfyldelseWords } from "../words";
import { Loading } from "../../../shared/components/Loading";

const MemoPanel = lazy(() => import(/* webpackChunkName: "memo" */ "./MemoPanel"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export function MemoAction(props: {
  env: PaneEnvironment;
  goalTable?: TableRef;
  year?: number;
  busy: boolean;
}) {
  const { t } = usePaneText(maalopfyldelseWords);
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="heading-memo" className={styles.root}>
      <Subtitle2 as="h3" id="heading-memo" className={styles.heading}>
        {t.memoAction}
      </Subtitle2>
      <div>
        <Button
          aria-expanded={open}
          aria-controls={open ? "memo-panel" : undefined}
          onClick={() => setOpen((o) => !o)}>
          {open ? t.memoClose : t.memoOpen}
        </Button>
      </div>
      {open ? (
        <div id="memo-panel">
          <Suspense fallback={<Loading />}>
            <MemoPanel {...props} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
