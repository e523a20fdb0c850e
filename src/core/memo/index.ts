// The KKR agenda memo (issue 17): a pure document model built from an EvaluationResult. File formats live in src/memo.
export {
  buildMemo,
  goalResultText,
  goalTargetText,
  memoJson,
  memoTitle,
  TABLE_COLUMNS,
} from "./build";
export { fulfilmentChartSvg, type ChartPicture } from "./chart";
export { KKR_OF_HUB, memoContext, type MemoContext, type MemoSources } from "./context";
export { danishDate, joinDanish, parseIsoDate, percent, percentRange } from "./danish";
export type { Memo, MemoBlock, MemoImage, MemoOptions, MemoTableRow } from "./model";
export { defaultIndstilling, isStatus, sagsfremstilling, type MemoNames } from "./summary";
