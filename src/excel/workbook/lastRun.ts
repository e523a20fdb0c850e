// The run the workbook records on the add-in's sheet, as the task pane shows it ("Fortryd seneste kørsel" undoes it).
import type { RunMeta, Writer } from "./state";

/** The last run recorded in the workbook: when it ran (ISO time) and its overall text ("97,2 %, 9 af 9 mål målt"). */
export interface LastRun {
  time: string;
  /** Which writer made the run that Fortryd would undo: Beregn, a Fordeling, a saved scenario, a Spredning … */
  writer: Writer;
  /** The add-in's sheet that run drew (Oversigt, Fordeling, Scenarie 1 …). */
  sheet: string | null;
  /** For a goal run: its overall figure ("97,2 %, 9 af 9 mål målt"). */
  overallText: string;
}

/** The last run recorded in the state sheet's metadata, if any: shown while a run can be undone, whichever writer. */
export function lastRunOf(meta: RunMeta | undefined): LastRun | undefined {
  const run = meta?.run;
  if (!run) return undefined;
  return {
    time: run.time,
    writer: run.writer,
    sheet: run.sheet,
    overallText: run.writer === "mål" ? (meta.lastGoalRun?.overallText ?? "") : "",
  };
}
