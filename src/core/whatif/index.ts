// What-if ("Hvad nu hvis") for result contracts: change thresholds, results, rules, weights or assumptions and see
// each goal's and the overall fulfilment before and after, the distance to the next tier (in answers where the raw
// answers are in the workbook), and a sweep of one value over a range. Pure: no Office, DOM or Node.
export { createWhatIf, parseChanges, whatIf } from "./session";
export type {
  Delta,
  GoalDelta,
  RowDelta,
  SweepResult,
  SweepRow,
  TypedCell,
  TypedRow,
  WhatIfDifference,
  WhatIfResult,
  WhatIfSession,
} from "./session";
export type { AppliedChange, ChangeError } from "./apply";
export { KNOWN_RULES_TEXT } from "./apply";
export {
  changeHeadText,
  changeText,
  KNOWN_KEYS_TEXT,
  parseChange,
  parseSweep,
  readChangeKey,
  type Parsed,
} from "./parse";
export { distances, rowDistance } from "./distance";
export type { DistanceState, DistanceUnit, GoalDistance, RowDistance, TierStep } from "./distance";
export { answerPaths, decimalFraction, smallestSteps } from "./answers";
export type { AnswerPath, AnswerPathKind, StepsQuestion } from "./answers";
export type { IndicatorMetric } from "../indicators/metric";
export {
  ChangeKeySchema,
  ChangeTargetSchema,
  ChangeValueSchema,
  SweepSpecSchema,
  WhatIfChangeSchema,
  WhatIfOptionsSchema,
} from "./schema";
export type {
  ChangeKey,
  ChangeTarget,
  ChangeValue,
  SweepSpec,
  SweepSpecInput,
  WhatIfChange,
  WhatIfChangeInput,
  WhatIfOptions,
} from "./schema";
