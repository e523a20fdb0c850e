// What the workbench's file picker and sample menu call to load a workbook into the in-memory host. The host's
// loader runs the pre-flight check first (src/files), so a hostile or broken file ends here as one line for the
// status bar, in Danish (English when the pane is set to English), never as a hung or crashed page.
import { loadExcelHost, type ExcelHost } from "../host";
import { isWorkbookRefused } from "../files/xlsxPreflight";

export type OpenResult = { ok: true; host: ExcelHost } | { ok: false; message: string };

export async function openWorkbook(
  name: string,
  bytes: () => Promise<ArrayBuffer>,
  lang = "da-DK"
): Promise<OpenResult> {
  const english = lang.toLowerCase().startsWith("en");
  try {
    const host = await loadExcelHost(new Uint8Array(await bytes()), { workbookName: name });
    return { ok: true, host };
  } catch (e) {
    const reason = isWorkbookRefused(e)
      ? e.messageIn(english ? "en" : "da")
      : e instanceof Error
        ? e.message
        : String(e);
    return {
      ok: false,
      message: english
        ? `Could not load ${name}: ${reason}`
        : `Kunne ikke indlæse ${name}: ${reason}`,
    };
  }
}
