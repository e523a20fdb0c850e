// Goal tables compared across contract years or hubs: compare.ts (the comparison), match.ts (which goals are the same),
// changes.ts (what differs), definition.ts (what a goal says), words.ts (title similarity on Danish words).
export {
  compare,
  compareTables,
  inferCompareKind,
  labelProblem,
  ChangeKindSchema,
  CompareKindSchema,
  CompareResultSchema,
  ComparedGoalSchema,
  FieldChangeSchema,
  type ChangeKind,
  type CompareKind,
  type CompareResult,
  type ComparedGoal,
  type ComparedTable,
  type TableInput,
} from "./compare";
export { tierName, type FieldChange } from "./changes";
export {
  RENUMBERED_SIMILARITY,
  SAME_NUMBER_SIMILARITY,
  titleSimilarity,
  titleWords,
} from "./words";
export { alignGoals, sameNumberedGoal } from "./match";
