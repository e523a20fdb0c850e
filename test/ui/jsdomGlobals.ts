// jsdom has no TextDecoder/TextEncoder, which the .xlsx pre-flight check (src/files, used by loadExcelHost in
// test/ui/support.ts) needs; Node's are the WHATWG ones a browser and Excel's webview have.
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, {
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
});
