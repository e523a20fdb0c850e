// Errors in the workbook, each with its address: choosing one (click, Enter or Space) selects the cell in Excel.
// Arrow keys move between the errors; Tab leaves the list.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { CellError } from "../../core/model";
import { describeError } from "../../core/messages";
import { usePaneText } from "../PaneText";
import type { PaneController } from "../usePaneState";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: "block" },
  button: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
});

export function ErrorList({
  errors,
  onSelect,
}: {
  errors: CellError[];
  onSelect: PaneController["selectCell"];
}) {
  const { t } = usePaneText();
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({
    axis: "vertical",
    circular: false,
    memorizeCurrent: true,
  });
  return (
    <section aria-labelledby="heading-errors">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="heading-errors">{t.errorsTitle(errors.length)}</MessageBarTitle>
          {t.errorsBody}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list} aria-label={t.errorsListLabel} {...arrows}>
        {errors.map((e, i) => (
          <li key={`${e.sheet}!${e.cell}|${i}`} className={styles.item}>
            <Button
              appearance="subtle"
              className={styles.button}
              onClick={() => onSelect(e.sheet, e.cell)}
            >
              {describeError(e)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
