/* global document, Blob, URL */
// Hands a file to the user from the task pane: a Blob, an object URL and a click on an <a download>. That works in
// Excel on the web and on Windows (WebView2) and in the workbench; Office for Mac's WKWebView ignores it
// (OfficeDev/office-js#2700, closed "by design"), and Office.context.ui.openBrowserWindow takes no file or blob: URLs
// (OfficeDev/office-js#3), so on a Mac the panel says so instead and only offers the link.
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface OfferedFile {
  name: string;
  /** An object URL for a link the user can click again; revoke() when the panel shows another file. */
  url: string;
  revoke(): void;
}

export function offerFile(bytes: Uint8Array, name: string, type: string): OfferedFile {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  return { name, url, revoke: () => URL.revokeObjectURL(url) };
}

/** Starts the download with a click on a link that is never shown. */
export function downloadFile(file: OfferedFile): void {
  const link = document.createElement("a");
  link.href = file.url;
  link.download = file.name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
}
