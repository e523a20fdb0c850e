/* global document, Image, URL, Blob */
// SVG → PNG in a browser, for the memo's chart where Excel has no chart to give (Beregn not run, or the workbench):
// the browser draws the core's SVG into a canvas, so the pane needs no rasteriser of its own (resvg is the command
// line's). The SVG is loaded from a blob: URL (the pane's Content-Security-Policy allows img-src blob:), which keeps it
// same-origin, so the canvas is not tainted and toBlob may read it.
export async function rasteriseSvgInBrowser(svg: string, scale: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("SVG-billedet kunne ikke indlæses"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("browseren kan ikke tegne (intet 2D-lærred)");
    context.fillStyle = "#FFFFFF";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG kunne ikke laves"))), "image/png")
    );
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
