#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80/128.png) with no image library: each pixel is computed from a
// few shapes (4×4 supersampled for smooth edges) and written as an RGBA PNG with Node's zlib.
// The picture: a rounded blue square with three rising white bars and a green goal line across the top.
// Run: node scripts/make-icons.js   (the PNGs are committed; run again only to change the design)
/* global require, process, __dirname, Buffer */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT = path.join(__dirname, "..", "assets");

const BLUE = [15, 108, 189]; // Fluent brand blue (#0F6CBD)
const WHITE = [255, 255, 255];
const GREEN = [84, 214, 120];

// ---- PNG writer ---------------------------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- The picture, in unit coordinates (0..1, y down) ---------------------------------------------------------------
function insideRoundedSquare(x, y, r) {
  const m = 0.03;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (
    (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r &&
    x >= m &&
    x <= 1 - m &&
    y >= m &&
    y <= 1 - m
  );
}

const BARS = [
  { x0: 0.2, x1: 0.34, top: 0.6 },
  { x0: 0.43, x1: 0.57, top: 0.45 },
  { x0: 0.66, x1: 0.8, top: 0.3 },
];
const BASE = 0.8;

/** Colour of a point, or null outside the icon. */
function colourAt(x, y, size) {
  if (!insideRoundedSquare(x, y, 0.18)) return null;
  // Lines a little thicker at small sizes, so they survive 16 px.
  const line = size <= 16 ? 0.1 : size <= 32 ? 0.075 : 0.06;
  if (y >= 0.18 - line / 2 && y <= 0.18 + line / 2 && x >= 0.16 && x <= 0.84) return GREEN;
  for (const bar of BARS) if (x >= bar.x0 && x <= bar.x1 && y >= bar.top && y <= BASE) return WHITE;
  return BLUE;
}

function render(size) {
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return png(size, rgba);
}

for (const size of SIZES) {
  const file = path.join(OUT, `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
