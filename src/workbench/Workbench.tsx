/* global window, document, fetch, URL, URLSearchParams, Blob, BlobPart, MessageEvent, HTMLDivElement, HTMLIFrameElement, setTimeout, clearTimeout, requestAnimationFrame, cancelAnimationFrame */
// The workbench: a workbook in the in-memory Excel host (src/host), its sheets as grids with their charts, and the
// REAL task pane beside them in an iframe (taskpane-workbench.html: the taskpane bundle + officeShim.ts), whose
// Excel.run goes to this page's host. After every run the pane's shim posts a notice and the grids re-render.
// Nothing leaves this origin: the samples come from assets/, a picked file is read locally, the download is a blob.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type ExcelHost, type HostSnapshot } from "../host";
import { BRIDGE_PROPERTY, isRunNotice, type HostBridge, type RunArguments } from "./bridge";
import { SheetGrid } from "./SheetGrid";
import { openWorkbook } from "./openWorkbook";
import { invariantTyped } from "./typedEdit";

export const DEFAULT_SAMPLE = "nordjylland-2020-afrapportering.xlsx";
/** The highest ExcelApi set the in-memory host implements (cultureInfo 1.11, mergeUndoGroup 1.20). */
const HOST_EXCEL_API = "1.20";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Loaded {
  host: ExcelHost;
  name: string;
  /** Bumped on every load: the pane's iframe starts afresh on a new workbook. */
  generation: number;
}

type Status = { kind: "idle" | "busy" | "ok"; text: string } | { kind: "error"; text: string };

export interface WorkbenchProps {
  samples: string[];
}

export function Workbench({ samples }: WorkbenchProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [snapshot, setSnapshot] = useState<HostSnapshot | null>(null);
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "busy", text: "Indlæser …" });
  const [runs, setRuns] = useState(0);
  const [sample, setSample] = useState(
    samples.includes(DEFAULT_SAMPLE) ? DEFAULT_SAMPLE : (samples[0] ?? "")
  );
  const [lang, setLang] = useState("da-DK");
  const [excelApi, setExcelApi] = useState(HOST_EXCEL_API);
  const hostRef = useRef<ExcelHost | null>(null);
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const lastHostActive = useRef<string | null>(null);
  const generation = useRef(0);
  // The workbook whose pane may start: set once the grid of a newly loaded workbook has been painted (below).
  const [paneGeneration, setPaneGeneration] = useState<number | null>(null);

  // The bridge the pane's Office shim calls: always the workbook loaded now.
  useEffect(() => {
    const bridge: HostBridge = {
      excelApi: HOST_EXCEL_API,
      run: (...args: RunArguments) => {
        const host = hostRef.current;
        if (!host) return Promise.reject(new Error("Ingen projektmappe er indlæst."));
        return (host.run as unknown as HostBridge["run"])(...args);
      },
    };
    (window as unknown as Record<string, unknown>)[BRIDGE_PROPERTY] = bridge;
    return () => {
      delete (window as unknown as Record<string, unknown>)[BRIDGE_PROPERTY];
    };
  }, []);

  const refresh = useCallback(() => {
    const host = hostRef.current;
    if (!host) return;
    const snap = host.snapshot();
    setSnapshot(snap);
    // Follow the sheet the pane activated (e.g. a click in its error list); otherwise keep the user's tab.
    if (snap.activeSheet !== lastHostActive.current) {
      lastHostActive.current = snap.activeSheet;
      setActiveSheet(snap.activeSheet);
    }
  }, []);

  // A cell typed in the grid is written through the API, as Excel writes what a user types: the host raises
  // Worksheet.onChanged for it (src/host/model/events.ts), so the pane notices the edit.
  const editCell = useCallback(
    async (sheet: string, address: string, text: string) => {
      const host = hostRef.current;
      if (!host) return;
      const typed = invariantTyped(text, lang.toLowerCase().startsWith("en") ? "." : ",");
      try {
        await host.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(address).values = [[typed]];
          await context.sync();
        });
        setStatus({ kind: "ok", text: `${sheet}!${address} er ændret.` });
      } catch (e) {
        setStatus({ kind: "error", text: `${sheet}!${address} kunne ikke ændres: ${String(e)}` });
      }
      refresh();
    },
    [lang, refresh]
  );

  const load = useCallback(
    async (name: string, bytes: () => Promise<ArrayBuffer>) => {
      setStatus({ kind: "busy", text: `Indlæser ${name} …` });
      // A refused or unreadable file (src/files' pre-flight check) becomes the status line; the last workbook stays.
      const opened = await openWorkbook(name, bytes, lang);
      if (!opened.ok) {
        setStatus({ kind: "error", text: opened.message });
        return;
      }
      const host = opened.host;
      hostRef.current = host;
      lastHostActive.current = null;
      generation.current += 1;
      setRuns(0);
      setLoaded({ host, name, generation: generation.current });
      refresh();
      setStatus({ kind: "ok", text: `${name} er indlæst.` });
    },
    [refresh, lang]
  );

  const loadSample = useCallback(
    (name: string) =>
      load(name, async () => {
        const response = await fetch(`assets/${encodeURIComponent(name)}`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      }),
    [load]
  );

  useEffect(() => {
    if (sample) void loadSample(sample);
    // Only the first sample loads by itself; later ones on the user's choice.
  }, []);

  // The pane starts once the grid of a newly loaded workbook has been painted, not in the same commit. In Office the
  // pane runs in an isolated process of its own, with only indirect access to Office's UI thread
  // (https://learn.microsoft.com/office/dev/add-ins/concepts/privacy-and-security), so its start never waits for the
  // grid; here both share one thread, and the grid's first layout and paint would otherwise run inside the pane's
  // start (measured by npm run bench: the pane's time to interactive fell from 424 to 385 ms, median of 6).
  const loadedGeneration = loaded?.generation;
  useEffect(() => {
    if (loadedGeneration === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPaneGeneration(loadedGeneration), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [loadedGeneration]);

  // Notices from the pane's shim: one per Excel.run.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (
        event.origin !== window.location.origin ||
        event.source !== frameRef.current?.contentWindow
      )
        return;
      if (!isRunNotice(event.data)) return;
      setRuns((n) => n + 1);
      refresh();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [refresh]);

  const download = useCallback(async () => {
    const host = hostRef.current;
    if (!host || !loaded) return;
    try {
      const bytes = await host.toXlsx();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const a = document.createElement("a");
      a.href = url;
      a.download = loaded.name.endsWith(".xlsx") ? loaded.name : `${loaded.name}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setStatus({
        kind: "error",
        text: `Kunne ikke gemme: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }, [loaded]);

  const sheets = useMemo(
    () => (snapshot?.sheets ?? []).filter((s) => showHidden || s.visibility === "Visible"),
    [snapshot, showHidden]
  );
  const current = sheets.find((s) => s.name === activeSheet) ?? sheets[0] ?? null;
  const currentName = current?.name;
  // A new sheet starts at its top-left corner, as in Excel.
  useEffect(() => {
    scrollRef.current?.scrollTo(0, 0);
  }, [currentName]);
  const hiddenCount = (snapshot?.sheets ?? []).filter((s) => s.visibility !== "Visible").length;
  const stats = loaded?.host.stats;
  const paneSrc = `taskpane-workbench.html?${new URLSearchParams({ lang, excelApi }).toString()}`;

  return (
    <div className="workbench">
      <header className="toolbar">
        <h1>
          <img src="assets/icon-32.png" alt="" width={20} height={20} /> Målopfyldelse · arbejdsbænk
        </h1>
        <label>
          Eksempel{" "}
          <select
            value={sample}
            onChange={(e) => {
              setSample(e.target.value);
              void loadSample(e.target.value);
            }}
          >
            {samples.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="file">
          Åbn fil{" "}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void load(file.name, () => file.arrayBuffer());
              e.target.value = "";
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => void download()}
          disabled={!loaded}
          title="Diagrammer kommer ikke med: ExcelJS kan ikke skrive dem."
        >
          Hent .xlsx
        </button>
        <label>
          Sprog{" "}
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="da-DK">dansk</option>
            <option value="en-US">English</option>
          </select>
        </label>
        <label title="Den højeste ExcelApi-version, ruden får oplyst (isSetSupported)">
          ExcelApi{" "}
          <select value={excelApi} onChange={(e) => setExcelApi(e.target.value)}>
            <option value="1.20">1.20</option>
            <option value="1.11">1.11</option>
            <option value="1.7">1.7</option>
          </select>
        </label>
        {hiddenCount > 0 && (
          <label>
            <input
              type="checkbox"
              checked={showHidden}
              onChange={(e) => setShowHidden(e.target.checked)}
            />{" "}
            Vis skjulte ark ({hiddenCount})
          </label>
        )}
      </header>
      <p
        className={`status status-${status.kind}`}
        role={status.kind === "error" ? "alert" : "status"}
      >
        {status.text}
        {loaded && stats && (
          <span className="stats">
            {" "}
            · {runs} kørsler fra ruden · {stats.syncs} synkroniseringer
          </span>
        )}
      </p>
      <main className="panes">
        <section className="book" aria-label="Projektmappe">
          <div role="tablist" aria-label="Ark" className="tabs">
            {sheets.map((s) => (
              <button
                key={s.id}
                type="button"
                role="tab"
                aria-selected={current?.name === s.name}
                className={s.visibility === "Visible" ? undefined : "hidden-sheet"}
                onClick={() => setActiveSheet(s.name)}
              >
                {s.name}
                {s.charts.length > 0 ? ` (${s.charts.length} diagrammer)` : ""}
              </button>
            ))}
          </div>
          <div
            className="sheet-scroll"
            ref={scrollRef}
            role="tabpanel"
            aria-label={current?.name ?? ""}
          >
            {current && snapshot && (
              <SheetGrid
                sheet={current}
                sheets={snapshot.sheets}
                onEdit={(address, text) => void editCell(current.name, address, text)}
              />
            )}
          </div>
        </section>
        <aside className="pane" aria-label="Opgaverude">
          {loaded && paneGeneration === loaded.generation && (
            <iframe
              key={`${loaded.generation}-${paneSrc}`}
              ref={frameRef}
              src={paneSrc}
              title="Målopfyldelse (opgaverude)"
              className="pane-frame"
            />
          )}
        </aside>
      </main>
    </div>
  );
}
