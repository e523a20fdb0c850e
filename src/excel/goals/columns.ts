// The goal table's columns the add-in owns, one record each: how the column is found (role, Danish header, aliases:
// the pure half, src/core/goalOutputs.ts, which the core also reads), what it holds per goal row and how it looks.
// Adding a column: its pure half in goalOutputs.ts, its Excel half here (the compiler asks for it).
import type { RowResult } from "../../core/evaluate";
import { GOAL_OUTPUTS, type GoalOutputRole } from "../../core/goalOutputs";
import { fulfilmentLights, PERCENT_FORMAT, statusRules } from "../workbook/formats";
import type { OwnedColumn } from "../workbook/outputColumns";

type ExcelHalf = Omit<OwnedColumn<RowResult>, "key" | "header" | "aliases">;

const EXCEL: Record<GoalOutputRole, ExcelHalf> = {
  // The figure, shown as a percentage, with a traffic light that agrees with the status.
  outFulfilment: {
    value: (row) => row.fulfilment ?? "",
    numberFormat: PERCENT_FORMAT,
    rules: [fulfilmentLights()],
  },
  outStatus: { value: (row) => row.status, rules: statusRules() },
  outExplanation: { value: (row) => row.explanation, widthWhenAdded: 360 },
};

export const GOAL_COLUMNS: OwnedColumn<RowResult>[] = GOAL_OUTPUTS.map((column) => ({
  key: column.role,
  header: column.header,
  aliases: [...column.aliases],
  ...EXCEL[column.role],
}));
