/* global HTMLElement, HTMLBodyElement, getComputedStyle */
// jsdom has no layout: every element's offsetParent is null and <body> measures 0 × 0, so Tabster (Fluent's focus
// manager: dialogs' focus trap, arrow keys in lists and tab lists) takes every element for invisible, and an open
// dialog hides itself with aria-hidden. This gives the tests the little layout a browser would: an element is laid out
// unless it or an ancestor is hidden or display: none, and the body has a size. Test-only; nothing in src/ sees it.
import { TextDecoder as NodeTextDecoder } from "util";

function laidOut(element: HTMLElement): boolean {
  for (let e: HTMLElement | null = element; e; e = e.parentElement) {
    if (e.hidden || e.style.display === "none" || getComputedStyle(e).display === "none")
      return false;
  }
  return true;
}

Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    if (this === this.ownerDocument.body || !this.isConnected || !laidOut(this)) return null;
    return this.parentElement ?? this.ownerDocument.body;
  },
});

const bodyRect = { x: 0, y: 0, top: 0, left: 0, right: 400, bottom: 800, width: 400, height: 800 };
HTMLBodyElement.prototype.getBoundingClientRect = function () {
  return { ...bodyRect, toJSON: () => bodyRect } as DOMRect;
};

// jsdom has no TextDecoder/TextEncoder, which the .xlsx pre-flight (src/files/zipArchive.ts) uses when support.ts reads
// the sample workbooks from assets/: Node's own are the ones a browser has.
const nodeUtil = require("util") as typeof import("util");
if (typeof globalThis.TextDecoder === "undefined")
  Object.assign(globalThis, {
    TextDecoder: nodeUtil.TextDecoder,
    TextEncoder: nodeUtil.TextEncoder,
  });

export {};

// jsdom has no TextDecoder either, which the in-memory host's .xlsx pre-flight check (src/files) uses when a test
// loads a sample workbook from assets/: Node's own is the same WHATWG TextDecoder a browser has.
const scope = globalThis as { TextDecoder?: unknown };
scope.TextDecoder ??= NodeTextDecoder;
