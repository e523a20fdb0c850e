// A list of things that each have a cell (errors in a key table, audit findings): choosing one (click, Enter or Space)
// selects its cell in Excel. Arrow keys move between the items; Tab leaves the list. ErrorList uses it for errors.
import { Button, makeStyles, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WorkbookJob } from "../useWorkbookJob";

export interface CellLink {
  sheet: string;
  cell: string;
  /** What the button says (usually "Ark!Celle: besked"). */
  text: string;
  /** Shown before the text (a severity badge). */
  before?: ReactNode;
}

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
    alignItems: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface CellLinkListProps {
  items: CellLink[];
  label: string;
  /** Selects the cell in Excel. */
  onSelect: WorkbookJob<string>["selectCell"];
}

export function CellLinkList(props: CellLinkListProps) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({
    axis: "vertical",
    circular: false,
    memorizeCurrent: true,
  });
  return (
    <ul className={styles.list} aria-label={props.label} {...arrows}>
      {props.items.map((item, i) => (
        <li key={`${item.sheet}!${item.cell}|${i}`} className={styles.item}>
          <Button
            appearance="subtle"
            className={styles.button}
            onClick={() => props.onSelect(item.sheet, item.cell)}
          >
            {item.before}
            <span>{item.text}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
