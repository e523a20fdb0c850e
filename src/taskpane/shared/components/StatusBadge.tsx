// A goal's status as a coloured badge; the colour repeats the word, it never replaces it.
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Status } from "../../../core/model";
import { usePaneText } from "../PaneText";
import { sharedWords } from "../words";

const COLOUR: Record<Status, NonNullable<BadgeProps["color"]>> = {
  Opfyldt: "success",
  "Delvist opfyldt": "warning",
  "Ikke opfyldt": "danger",
  "Afventer data": "informative",
  Fejl: "severe",
};

export function StatusBadge({ status }: { status: Status }) {
  const { t } = usePaneText(sharedWords);
  // "informative" is a quiet grey; the others are filled so the traffic-light colours read at a glance.
  const appearance = status === "Afventer data" ? "tint" : "filled";
  return (
    <Badge color={COLOUR[status]} appearance={appearance} shape="rounded">
      {t.status[status]}
    </Badge>
  );
}
