// What Målopfyldelse shows once the workbook has been read (the goal table setup, the figures, the workbook's errors,
// the conflict question): loaded on demand, so the pane's first view (the tabs, Beregn and its progress) carries
// neither Fluent's Accordion, Select and Dialog nor the core's messages (issue 14: first-view JS ≤ 160 KB gzip). The section starts loading
// them as soon as it mounts (preloadResultParts), alongside the goal writer, so a preview never waits for them.
import { lazy } from "react";

const load = {
  setup: () => import("./GoalTableSetup"),
  result: () => import("./ResultView"),
  errors: () => import("../../../shared/components/ErrorList"),
  conflicts: () => import("../../../shared/components/ConflictDialog"),
};

export function preloadResultParts(): void {
  // A failed load shows itself where the part is rendered (React.lazy retries on the next render); nothing to do here.
  for (const part of Object.values(load)) part().catch(() => undefined);
}

export const GoalTableSetup = lazy(() => load.setup().then((m) => ({ default: m.GoalTableSetup })));
export const ResultView = lazy(() => load.result().then((m) => ({ default: m.ResultView })));
export const ErrorList = lazy(() => load.errors().then((m) => ({ default: m.ErrorList })));
export const ConflictDialog = lazy(() =>
  load.conflicts().then((m) => ({ default: m.ConflictDialog }))
);
export const ConflictsCancelled = lazy(() =>
  load.conflicts().then((m) => ({ default: m.ConflictsCancelled }))
);
