/* global document, HTMLElement, Office */
// The task pane in Office (webpack entry "taskpane"). Waits for Office, then mounts the pane on Excel.run; outside
// Excel (a plain browser, another Office app) it says so in one sentence instead of showing a blank page.
// With officeRunner.ts, the only file that touches the global Office and Excel objects.
import { localeFromLanguage } from "./shared/words";
import { mountTaskpane } from "./mount";
import { officeRunner } from "./officeRunner";
import { renderOutsideOffice } from "./outsideOffice";

function container(): HTMLElement {
  return document.getElementById("container") ?? document.body;
}

export function start(): void {
  if (typeof Office === "undefined") {
    renderOutsideOffice(container());
    return;
  }
  void Office.onReady((info) => {
    const element = container();
    if (info.host !== Office.HostType.Excel) {
      renderOutsideOffice(element);
      return;
    }
    const requirements = Office.context.requirements;
    mountTaskpane(element, {
      runner: officeRunner(),
      locale: localeFromLanguage(Office.context.displayLanguage),
      theme: Office.context.officeTheme ?? null,
      isSetSupported: (name, version) => requirements.isSetSupported(name, version),
    });
  });
}

start();
