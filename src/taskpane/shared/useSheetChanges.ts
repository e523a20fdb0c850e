// The pane notices edits to the table it shows: the sheet's onChanged (src/excel/workbook/changes.ts), debounced,
// not the pane's own writes (ownRuns.ts). `stale` is true from the first edit until the section has read the table
// again (`read`, what the section shows from its last read, changes); `onChanged` is called once the edits pause.
import { useEffect, useRef, useState } from "react";
import type { PaneEnvironment } from "./environment";
import { onDemand } from "./onDemand";

/** How long the pane waits after the last edit before it reads the table again. */
export const CHANGE_DEBOUNCE_MS = 400;

const load = onDemand(() => import("../../excel/workbook/changes"));

export function useSheetChanges(
  env: PaneEnvironment,
  sheet: string | null,
  onChanged: () => void,
  read: unknown
): { stale: boolean } {
  const [stale, setStale] = useState(false);
  const onChangedRef = useRef(onChanged);
  onChangedRef.current = onChanged;
  const envRef = useRef(env);
  envRef.current = env;
  /** The sheet listened to now; handlers added for other sheets stay silent. */
  const current = useRef<string | null>(null);
  const listening = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    current.current = sheet;
    if (sheet === null || listening.current.has(sheet)) return;
    listening.current.add(sheet);
    const handler = () => {
      if (current.current !== sheet) return;
      if (envRef.current.ownRunInFlight?.()) return;
      setStale(true);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        onChangedRef.current();
      }, CHANGE_DEBOUNCE_MS);
    };
    load()
      .then((changes) => changes.listenToSheet(envRef.current.runner, sheet, handler))
      .then((added) => {
        if (!added) listening.current.delete(sheet);
      })
      // Without events (an Excel without ExcelApi 1.7, a closed workbook) the pane still works: Genindlæs reads again.
      .catch(() => listening.current.delete(sheet));
  }, [sheet]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      current.current = null;
    },
    []
  );

  // Read again (after the edits, or for any other reason): what the section shows is fresh.
  useEffect(() => setStale(false), [read]);
  return { stale };
}
