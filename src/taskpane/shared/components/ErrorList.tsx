// Errors in the workbook under a title that says what they stop, each with its address: choosing one (click, Enter
// or Space) selects the cell in Excel. Arrow keys move between the errors; Tab leaves the list.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeError } from "../../../core/messages";
import type { CellError } from "../../../core/model";
import { usePaneText } from "../PaneText";
import { sharedWords } from "../words";
import { CellLinkList, type CellLinkListProps } from "./CellLinkList";

export function ErrorList(props: {
  errors: CellError[];
  onSelect: CellLinkListProps["onSelect"];
  /** "3 fejl i projektmappen" */
  title: string;
  /** What happened and what to do ("Intet er skrevet. Ret cellerne …"). */
  body: string;
  /** The list's accessible name. */
  listLabel: string;
  /** The title's id: the section around the list is named by it. */
  headingId: string;
}) {
  const { locale } = usePaneText(sharedWords);
  return (
    <section aria-labelledby={props.headingId}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={props.headingId}>{props.title}</MessageBarTitle>
          {props.body}
        </MessageBarBody>
      </MessageBar>
      <CellLinkList
        label={props.listLabel}
        onSelect={props.onSelect}
        items={props.errors.map((e) => ({
          sheet: e.sheet,
          cell: e.cell,
          text: describeError(e, locale),
        }))}
      />
    </section>
  );
}
