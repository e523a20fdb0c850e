/* global document, Image, URL, Blob, setTimeout, clearTimeout */
// SVG → PNG in a browser, for the memo's chart where Excel has no chart to give (Beregn not run, or the workbench):
// the browser draws the core's SVG into a canvas, so the pane needs no rasteriser of its own (resvg is the command
// line's). The SVG is loaded from a blob: URL (the pane's Content-Security-Policy allows img-src blob:), which keeps it
// same-origin, so the canvas is not tainted and toBlob may read it.
// A picture that never loads must not hold the memo: after LOAD_MS the memo is made without it (make.ts warns).
const LOAD_MS = 10_000;

export async function rasteriseSvgInBrowser(svg: string, scale: number): Promise<Uint8Array> {
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) throw new Error("browseren kan ikke tegne (intet 2D-lærred)");
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("SVG-billedet kunne ikke indlæses"));
      timer = setTimeout(() => reject(new Error("SVG-billedet blev ikke indlæst")), LOAD_MS);
      image.src = url;
    });
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    context.fillStyle = "#FFFFFF";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error("PNG kunne ikke laves"))),
        "image/png"
      )
    );
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    clearTimeout(timer);
    URL.revokeObjectURL(url);
  }
}
