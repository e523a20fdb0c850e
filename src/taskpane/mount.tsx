/* global HTMLElement */
// The pane's front door for every host: Office (index.tsx), the workbench page and the tests mount it the same way,
// each with its own runner. Nothing below this file touches the global Office or Excel objects.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PaneEnvironment } from "./shared/environment";

export type { PaneEnvironment } from "./shared/environment";

export function mountTaskpane(element: HTMLElement, env: PaneEnvironment): { unmount(): void } {
  const root = createRoot(element);
  root.render(<App env={env} />);
  return { unmount: () => root.unmount() };
}
