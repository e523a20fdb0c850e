// Chart.getImage (ExcelApi 1.2): "Renders the chart as a Base64-encoded image by scaling the chart to fit the
// specified dimensions" — a PNG, as Microsoft Graph's chart image returns and Office Scripts' ImageFittingMode
// documents (fill: stretched to both dimensions; fit: scaled to fit, keeping the proportions; fitAndCenter: the
// given size, the chart centred in it):
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-getimage-member(1)
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.imagefittingmode
//   https://learn.microsoft.com/en-us/graph/api/chart-image
// The host cannot draw Excel's chart; it returns a real PNG of the size Excel would give, with the first series'
// values as plain bars, so a caller that decodes, measures or embeds the picture is exercised as in Excel.
import type { ChartEntity, DerivedSeries } from "./charts";

/** Points → pixels at 96 dpi: without a size, Excel renders the chart at its own size on screen. */
const PX_PER_PT = 96 / 72;

export type ImageFitting = "Fit" | "FitAndCenter" | "Fill";

/** The picture's pixel size and where the chart sits in it. */
export function chartImageSize(
  chart: ChartEntity,
  width: number | undefined,
  height: number | undefined,
  fitting: ImageFitting
): {
  width: number;
  height: number;
  inner: { x: number; y: number; width: number; height: number };
} {
  const w0 = Math.max(1, Math.round(chart.position.width * PX_PER_PT));
  const h0 = Math.max(1, Math.round(chart.position.height * PX_PER_PT));
  const full = (w: number, h: number) => ({
    width: w,
    height: h,
    inner: { x: 0, y: 0, width: w, height: h },
  });
  if (!width && !height) return full(w0, h0);
  // One dimension given: the other follows the chart's proportions.
  if (!height) return full(Math.round(width!), Math.max(1, Math.round((width! * h0) / w0)));
  if (!width) return full(Math.max(1, Math.round((height * w0) / h0)), Math.round(height));
  if (fitting === "Fill") return full(Math.round(width), Math.round(height));
  const scale = Math.min(width / w0, height / h0);
  const w = Math.max(1, Math.round(w0 * scale));
  const h = Math.max(1, Math.round(h0 * scale));
  if (fitting === "Fit") return full(w, h);
  const W = Math.round(width);
  const H = Math.round(height);
  return {
    width: W,
    height: H,
    inner: { x: Math.floor((W - w) / 2), y: Math.floor((H - h) / 2), width: w, height: h },
  };
}

/** The base64 PNG: white, a grey frame round the chart, the first series as blue bars (Excel's accent 1). */
export function chartImageBase64(
  size: ReturnType<typeof chartImageSize>,
  series: DerivedSeries[]
): string {
  const { width, height, inner } = size;
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number, c: [number, number, number]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) rgb.set(c, (y * width + x) * 3);
  };
  const grey: [number, number, number] = [0xd9, 0xd9, 0xd9];
  fill(inner.x, inner.y, inner.x + inner.width, inner.y + 1, grey);
  fill(inner.x, inner.y + inner.height - 1, inner.x + inner.width, inner.y + inner.height, grey);
  fill(inner.x, inner.y, inner.x + 1, inner.y + inner.height, grey);
  fill(inner.x + inner.width - 1, inner.y, inner.x + inner.width, inner.y + inner.height, grey);
  const values = (series[0]?.values ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const max = Math.max(1, ...values);
  const plot = { x: inner.x + inner.width * 0.1, y: inner.y + inner.height * 0.15 };
  const plotW = inner.width * 0.8;
  const plotH = inner.height * 0.7;
  values.forEach((v, i) => {
    const slot = plotW / values.length;
    const x0 = Math.round(plot.x + slot * (i + 0.2));
    const x1 = Math.round(plot.x + slot * (i + 0.8));
    const y1 = Math.round(plot.y + plotH);
    fill(x0, Math.round(y1 - (plotH * v) / max), x1, y1, [0x44, 0x72, 0xc4]);
  });
  return base64(encodePng(width, height, rgb));
}

// --- A minimal PNG encoder (RGB, 8 bit, no filter, deflate "stored" blocks): a valid file any decoder reads. ---

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let b = 0; b < blocks; b++) {
    const part = raw.subarray(b * 65535, Math.min(raw.length, (b + 1) * 65535));
    out[o++] = b === blocks - 1 ? 1 : 0;
    out[o++] = part.length & 0xff;
    out[o++] = part.length >>> 8;
    out[o++] = ~part.length & 0xff;
    out[o++] = (~part.length >>> 8) & 0xff;
    out.set(part, o);
    o += part.length;
  }
  let a = 1;
  let s = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    s = (s + a) % 65521;
  }
  new DataView(out.buffer).setUint32(o, ((s << 16) | a) >>> 0);
  return out;
}

export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++)
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (1 + width * 3) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour (RGB)
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlibStored(raw)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
