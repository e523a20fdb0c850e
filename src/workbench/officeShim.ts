/* global window, document, URLSearchParams, queueMicrotask, Office */
// A stand-in for Office.js in the workbench's task pane iframe (taskpane-workbench.html loads it before the real
// taskpane bundle, instead of the CDN's office.js). It defines just what the pane's Office bootstrap uses:
//   Office.onReady → { host: "Excel", platform: "OfficeOnline" }, Office.context (language, theme, requirements),
//   Excel.run → the in-memory host of the parent page (window.parent.__maalopfyldelseHost.run).
// After every Excel.run it posts a RunNotice to the parent, which then re-renders its grids.
// Query parameters (set by the workbench page): lang=da-DK|en-US, excelApi=1.20|1.11|1.7, theme=light|dark.
import {
  BRIDGE_PROPERTY,
  compareVersions,
  NOTICE_SOURCE,
  type HostBridge,
  type RunArguments,
  type RunNotice,
} from "./bridge";

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("lang") || "da-DK";
const dark = params.get("theme") === "dark";

function findBridge(): HostBridge | undefined {
  const parent = window.parent as unknown as Record<string, HostBridge | undefined>;
  return window.parent !== window ? parent[BRIDGE_PROPERTY] : undefined;
}

function bridge(): HostBridge {
  const found = findBridge();
  if (!found) {
    throw new Error(
      "Arbejdsbænkens Excel-vært blev ikke fundet: åbn workbench.html, ikke taskpane-workbench.html alene."
    );
  }
  return found;
}

function notify(ok: boolean): void {
  const notice: RunNotice = { source: NOTICE_SOURCE, type: "excel-run", ok };
  if (window.parent !== window) window.parent.postMessage(notice, window.location.origin);
}

async function run(...args: RunArguments): Promise<unknown> {
  try {
    const result = await bridge().run(...args);
    notify(true);
    return result;
  } catch (e) {
    notify(false);
    throw e;
  }
}

function isSetSupported(name: string, minVersion?: string): boolean {
  if (name !== "ExcelApi") return false;
  const highest = params.get("excelApi") || findBridge()?.excelApi || "1.1";
  return compareVersions(minVersion ?? "1.1", highest) <= 0;
}

const theme: Office.OfficeTheme = dark
  ? ({
      bodyBackgroundColor: "#292929",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#3B3B3B",
      controlForegroundColor: "#FFFFFF",
      isDarkTheme: true,
    } as unknown as Office.OfficeTheme)
  : ({
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#242424",
      controlBackgroundColor: "#FFFFFF",
      controlForegroundColor: "#242424",
      isDarkTheme: false,
    } as unknown as Office.OfficeTheme);

const info = { host: "Excel", platform: "OfficeOnline" };

let initialize: ((reason: string) => void) | undefined;
const ready = new Promise<typeof info>((resolve) => {
  const done = () => {
    initialize?.("inserted");
    resolve(info);
  };
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", done, { once: true });
  else queueMicrotask(done);
});

const office = {
  HostType: {
    Excel: "Excel",
    Word: "Word",
    PowerPoint: "PowerPoint",
    Outlook: "Outlook",
    OneNote: "OneNote",
  },
  PlatformType: {
    OfficeOnline: "OfficeOnline",
    PC: "PC",
    Mac: "Mac",
    iOS: "iOS",
    Android: "Android",
    Universal: "Universal",
  },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    return ready.then((i) => {
      callback?.(i);
      return i;
    });
  },
  get initialize() {
    return initialize;
  },
  set initialize(fn: ((reason: string) => void) | undefined) {
    initialize = fn;
  },
  context: {
    displayLanguage,
    contentLanguage: displayLanguage,
    officeTheme: theme,
    host: info.host,
    platform: info.platform,
    diagnostics: { host: info.host, platform: info.platform, version: "16.0 (arbejdsbænk)" },
    requirements: { isSetSupported },
  },
  actions: { associate: () => undefined },
};

const global = window as unknown as Record<string, unknown>;
global.Office = office;
global.Excel = { run };
