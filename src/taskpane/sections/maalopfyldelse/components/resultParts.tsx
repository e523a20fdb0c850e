// What Målopfyldelse shows once the workbook has been read (the figures, the workbook's errors, the conflict
// question): loaded on demand, so the pane's first view (the table setup and Beregn) carries neither Fluent's
// Accordion and Dialog nor the core's messages (issue 14: first-view JS ≤ 160 KB gzip). The section starts loading
// them as soon as it mounts (preloadResultParts), alongside the goal writer, so a preview never waits for them.
import { lazy } from "react";

const load = {
  result: () => import("./ResultView"),
  errors: () => import("../../../shared/components/ErrorList"),
  conflicts: () => import("../../../shared/components/ConflictDialog"),
};

export function preloadResultParts(): void {
  // A failed load shows itself where the part is rendered (React.lazy retries on the next render); nothing to do here.
  for (const part of Object.values(load)) part().catch(() => undefined);
}

export const ResultView = lazy(() => load.result().then((m) => ({ default: m.ResultView })));
export const ErrorList = lazy(() => load.errors().then((m) => ({ default: m.ErrorList })));
export const ConflictDialog = lazy(() =>
  load.conflicts().then((m) => ({ default: m.ConflictDialog }))
);
export const ConflictsCancelled = lazy(() =>
  load.conflicts().then((m) => ({ default: m.ConflictsCancelled }))
);
