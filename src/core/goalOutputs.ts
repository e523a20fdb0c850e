// The goal table's columns the add-in writes (Opfyldelse, Status, Forklaring), as far as the core needs them: to
// recognise them in a table (their aliases, in Danish and English) and so never read them as input. Each entry is the
// pure half of one column record; the other half (its value per row, number format, conditional formats, width) is
// the goal writer's, in src/excel/goals/columns.ts, keyed by the same role, so a column missing there does not compile.
export const GOAL_OUTPUTS = [
  {
    role: "outFulfilment",
    header: "Opfyldelse",
    aliases: ["Opfyldelse", "Målopfyldelse", "Fulfilment", "Fulfillment"],
  },
  { role: "outStatus", header: "Status", aliases: ["Status"] },
  { role: "outExplanation", header: "Forklaring", aliases: ["Forklaring", "Explanation"] },
] as const;

/** The roles of the columns the add-in writes: "outFulfilment", "outStatus", "outExplanation". */
export type GoalOutputRole = (typeof GOAL_OUTPUTS)[number]["role"];
