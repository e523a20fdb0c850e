// The table a section works on: the one found by its headers, or another candidate the user picks ("Mål – Maal2020
// (tabel)"). "(ingen)" while none is chosen; one sentence when the workbook has none.
import { Caption1, Field, Select } from "@fluentui/react-components";
import { usePaneText } from "../PaneText";
import type { ChooseTable, TableCandidate, TableRef } from "../workbook";
import { sharedWords } from "../words";

export interface TableChoiceProps {
  label: string;
  hint: string;
  /** Said instead of the list when there is no candidate. */
  noneFound: string;
  candidates: TableCandidate[];
  /** The table in use; null when none is. */
  selected: TableRef | null;
  onChoose: ChooseTable;
}

export function TableChoice(props: TableChoiceProps) {
  const { t } = usePaneText(sharedWords);
  const { candidates, selected } = props;
  const index = selected
    ? candidates.findIndex((c) => c.sheet === selected.sheet && c.name === selected.name)
    : -1;
  if (candidates.length === 0) return <Caption1 as="p">{props.noneFound}</Caption1>;
  return (
    <Field label={props.label} hint={props.hint}>
      <Select
        value={index >= 0 ? String(index) : ""}
        onChange={(_, data) => {
          const c = candidates[Number(data.value)];
          if (c) props.onChoose({ sheet: c.sheet, name: c.name });
        }}
      >
        {index < 0 ? <option value="">{t.noneOption}</option> : null}
        {candidates.map((c, i) => (
          <option key={`${c.sheet}|${c.name}`} value={String(i)}>
            {t.candidateOption(c.sheet, c.name, c.source === "table" ? t.sourceTable : t.sourceRange)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
