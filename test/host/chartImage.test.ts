// Chart.getImage (ExcelApi 1.2): a base64 PNG of the chart, sized as Excel sizes it (the chart's own size at 96 dpi;
// one dimension → the other by the chart's proportions; both → Fit, Fill or FitAndCenter). The PNG is decoded here
// with Node's zlib, independent of the host's encoder, and its bars checked against the data.
/* global Excel */
/* eslint-disable office-addins/load-object-before-read --
   getImage's ClientResult is read after its sync; the lint heuristic takes it for a proxy object. */
import { describe, expect, test } from "@jest/globals";
import { inflateSync } from "zlib";
import { hostWith } from "./support";

const data = {
  Oversigt: [
    ["Mål", "Opfyldelse"],
    ["NPS", 1],
    ["Tilfredshed", 0.5],
  ],
};

async function image(args: [number?, number?, string?]) {
  const host = hostWith(data);
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Oversigt");
    const chart = sheet.charts.add(
      "ColumnClustered" as Excel.ChartType,
      sheet.getRange("A1:B3"),
      "Columns" as Excel.ChartSeriesBy
    );
    chart.name = "Målopfyldelse pr. mål";
    await context.sync();
    const picture = chart.getImage(...(args as [number, number, Excel.ImageFittingMode]));
    await context.sync();
    return decodePng(Buffer.from(picture.value, "base64"));
  });
}

/** Width, height and the RGB pixels of an 8-bit RGB PNG without filters (what the host writes). */
function decodePng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 2]);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (1 + width * 3));
  const pixel = (x: number, y: number) => {
    const o = y * (1 + width * 3) + 1 + x * 3;
    return [raw[o], raw[o + 1], raw[o + 2]];
  };
  return { width, height, pixel };
}

describe("Chart.getImage", () => {
  test("without a size: the chart's 360 × 216 pt at 96 dpi, the bars as high as the data", async () => {
    const { width, height, pixel } = await image([]);
    expect([width, height]).toEqual([480, 288]);
    // Two bars in the middle 80 % of the width: NPS (1) twice as high as Tilfredshed (0,5).
    const blue = [0x44, 0x72, 0xc4];
    const column = (x: number) => {
      let top = -1;
      for (let y = 0; y < height; y++) if (pixel(x, y).join() === blue.join()) return (top = y);
      return top;
    };
    const bottom = Math.round(height * 0.15 + height * 0.7);
    const first = column(Math.round(width * 0.1 + width * 0.4 * 0.5));
    const second = column(Math.round(width * 0.1 + width * 0.4 * 1.5));
    expect(bottom - first).toBeCloseTo(2 * (bottom - second), -1);
    expect(pixel(1, 1)).toEqual([255, 255, 255]);
  });

  test("one dimension keeps the proportions; Fill stretches; Fit fits inside; FitAndCenter keeps the size asked", async () => {
    expect(await image([960]).then((p) => [p.width, p.height])).toEqual([960, 576]);
    expect(await image([undefined, 144]).then((p) => [p.width, p.height])).toEqual([240, 144]);
    expect(await image([500, 500, "Fill"]).then((p) => [p.width, p.height])).toEqual([500, 500]);
    expect(await image([500, 500, "Fit"]).then((p) => [p.width, p.height])).toEqual([500, 300]);
    expect(await image([500, 500, "FitAndCenter"]).then((p) => [p.width, p.height])).toEqual([
      500, 500,
    ]);
  });

  test("a fitting mode Excel does not have is refused", async () => {
    await expect(image([100, 100, "Stretch"])).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
