// One goal table on sheet "Mål" with every column a rule can read, for the rule tests (test/core/rules*.test.ts):
// rows are typed left to right in this order, cells beyond a row's end are empty.
import { evaluateContract } from "../../src/core/evaluate";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "./tables";

export const RULE_HEADERS = [
  "Nr",
  "Mål",
  "Del",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
  "Retning",
  "År",
  "Basis",
];

/** The calculator's front door on those rows (A1 is the header row, so the first goal is row 2). */
export function evaluateRuleRows(rows: RawCell[][], options = {}) {
  return evaluateContract([rawTable("Mål", RULE_HEADERS, rows)], options);
}
