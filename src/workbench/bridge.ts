// The contract between the workbench page and the task pane in its iframe (same origin).
// The page puts a HostBridge on its window; the Office shim in the iframe (officeShim.ts) finds it on
// window.parent, runs every Excel.run on it, and posts a RunNotice back after each run so the page re-renders.

/** Excel.run's two forms: run(batch) and run(options, batch). */
export type RunArguments = [unknown] | [unknown, unknown];

export interface HostBridge {
  /** Excel.run on the workbook the page has loaded. */
  run(...args: RunArguments): Promise<unknown>;
  /** Highest ExcelApi requirement set the shim reports as supported (the page may lower it to test fallbacks). */
  excelApi: string;
}

export const BRIDGE_PROPERTY = "__maalopfyldelseHost";
export const NOTICE_SOURCE = "maalopfyldelse-office-shim";

export interface RunNotice {
  source: typeof NOTICE_SOURCE;
  type: "excel-run";
  ok: boolean;
}

export function isRunNotice(data: unknown): data is RunNotice {
  const d = data as Partial<RunNotice> | null;
  return (
    typeof d === "object" && d !== null && d.source === NOTICE_SOURCE && d.type === "excel-run"
  );
}

/** "1.7" < "1.11" < "1.20": requirement set versions compare part by part as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
