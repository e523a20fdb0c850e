// Colours as Office.js speaks them ("#RRGGBB" or an HTML colour name such as "Orange") and as ExcelJS stores them
// (ARGB, theme index + tint, or legacy palette index). Reads must resolve theme/indexed colours, because Excel
// reports the displayed colour, e.g. loaded workbooks give fonts {theme: 1} that Office.js reads as "#000000".

import type ExcelJS from "exceljs";

// CSS/HTML colour names Office.js accepts for fill.color and font.color.
const NAMED: ReadonlyMap<string, string> = new Map(
  (
    "aliceblue:F0F8FF antiquewhite:FAEBD7 aqua:00FFFF aquamarine:7FFFD4 azure:F0FFFF beige:F5F5DC " +
    "bisque:FFE4C4 black:000000 blanchedalmond:FFEBCD blue:0000FF blueviolet:8A2BE2 brown:A52A2A " +
    "burlywood:DEB887 cadetblue:5F9EA0 chartreuse:7FFF00 chocolate:D2691E coral:FF7F50 " +
    "cornflowerblue:6495ED cornsilk:FFF8DC crimson:DC143C cyan:00FFFF darkblue:00008B darkcyan:008B8B " +
    "darkgoldenrod:B8860B darkgray:A9A9A9 darkgreen:006400 darkgrey:A9A9A9 darkkhaki:BDB76B " +
    "darkmagenta:8B008B darkolivegreen:556B2F darkorange:FF8C00 darkorchid:9932CC darkred:8B0000 " +
    "darksalmon:E9967A darkseagreen:8FBC8F darkslateblue:483D8B darkslategray:2F4F4F darkslategrey:2F4F4F " +
    "darkturquoise:00CED1 darkviolet:9400D3 deeppink:FF1493 deepskyblue:00BFFF dimgray:696969 " +
    "dimgrey:696969 dodgerblue:1E90FF firebrick:B22222 floralwhite:FFFAF0 forestgreen:228B22 " +
    "fuchsia:FF00FF gainsboro:DCDCDC ghostwhite:F8F8FF gold:FFD700 goldenrod:DAA520 gray:808080 " +
    "green:008000 greenyellow:ADFF2F grey:808080 honeydew:F0FFF0 hotpink:FF69B4 indianred:CD5C5C " +
    "indigo:4B0082 ivory:FFFFF0 khaki:F0E68C lavender:E6E6FA lavenderblush:FFF0F5 lawngreen:7CFC00 " +
    "lemonchiffon:FFFACD lightblue:ADD8E6 lightcoral:F08080 lightcyan:E0FFFF lightgoldenrodyellow:FAFAD2 " +
    "lightgray:D3D3D3 lightgreen:90EE90 lightgrey:D3D3D3 lightpink:FFB6C1 lightsalmon:FFA07A " +
    "lightseagreen:20B2AA lightskyblue:87CEFA lightslategray:778899 lightslategrey:778899 " +
    "lightsteelblue:B0C4DE lightyellow:FFFFE0 lime:00FF00 limegreen:32CD32 linen:FAF0E6 magenta:FF00FF " +
    "maroon:800000 mediumaquamarine:66CDAA mediumblue:0000CD mediumorchid:BA55D3 mediumpurple:9370DB " +
    "mediumseagreen:3CB371 mediumslateblue:7B68EE mediumspringgreen:00FA9A mediumturquoise:48D1CC " +
    "mediumvioletred:C71585 midnightblue:191970 mintcream:F5FFFA mistyrose:FFE4E1 moccasin:FFE4B5 " +
    "navajowhite:FFDEAD navy:000080 oldlace:FDF5E6 olive:808000 olivedrab:6B8E23 orange:FFA500 " +
    "orangered:FF4500 orchid:DA70D6 palegoldenrod:EEE8AA palegreen:98FB98 paleturquoise:AFEEEE " +
    "palevioletred:DB7093 papayawhip:FFEFD5 peachpuff:FFDAB9 peru:CD853F pink:FFC0CB plum:DDA0DD " +
    "powderblue:B0E0E6 purple:800080 rebeccapurple:663399 red:FF0000 rosybrown:BC8F8F royalblue:4169E1 " +
    "saddlebrown:8B4513 salmon:FA8072 sandybrown:F4A460 seagreen:2E8B57 seashell:FFF5EE sienna:A0522D " +
    "silver:C0C0C0 skyblue:87CEEB slateblue:6A5ACD slategray:708090 slategrey:708090 snow:FFFAFA " +
    "springgreen:00FF7F steelblue:4682B4 tan:D2B48C teal:008080 thistle:D8BFD8 tomato:FF6347 " +
    "turquoise:40E0D0 violet:EE82EE wheat:F5DEB3 white:FFFFFF whitesmoke:F5F5F5 yellow:FFFF00 " +
    "yellowgreen:9ACD32 "
  )
    .trim()
    .split(" ")
    .map((pair) => pair.split(":") as [string, string])
);

// Default Office theme (2013+), in the order SpreadsheetML theme indexes use: lt1, dk1, lt2, dk2, accent1–6, links.
const THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
];
const THEME_LINKS = ["0563C1", "954F72"];

// Legacy indexed palette (indexes 0–63); 64 is the system foreground, 65 the system background.
const INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF " +
  "00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 " +
  "0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF " +
  "FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 " +
  "993300 993366 333399 333333 000000 FFFFFF"
).split(" ");

/** "#rgb", "#rrggbb", "rrggbb" or an HTML colour name → "#RRGGBB"; null when Excel would reject it. */
export function parseColorInput(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  const named = NAMED.get(text.toLowerCase());
  if (named) return `#${named}`;
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const short = /^#([0-9a-fA-F]{3})$/.exec(text);
  if (short)
    return `#${[...short[1]]
      .map((ch) => ch + ch)
      .join("")
      .toUpperCase()}`;
  return null;
}

export function hexToArgb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** Resolves an ExcelJS colour to "#RRGGBB" (ARGB, theme with tint, or indexed); null when it carries none. */
export function excelColorToHex(color: Partial<ExcelJS.Color> | undefined): string | null {
  if (!color) return null;
  if (typeof color.argb === "string" && /^[0-9a-fA-F]{8}$/.test(color.argb)) {
    return `#${color.argb.slice(2).toUpperCase()}`;
  }
  if (typeof color.argb === "string" && /^[0-9a-fA-F]{6}$/.test(color.argb))
    return `#${color.argb.toUpperCase()}`;
  if (typeof color.theme === "number") {
    const base = THEME[color.theme] ?? THEME_LINKS[color.theme - THEME.length];
    if (!base) return null;
    const tint = (color as { tint?: number }).tint ?? 0;
    return `#${applyTint(base, tint)}`;
  }
  const indexed = (color as { indexed?: number }).indexed;
  if (typeof indexed === "number" && INDEXED[indexed]) return `#${INDEXED[indexed]}`;
  return null;
}

// Excel's tint: lighten (tint > 0) or darken (tint < 0) the luminance in HLS space.
function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const [h, l, s] = rgbToHls(
    parseInt(hex.slice(0, 2), 16),
    parseInt(hex.slice(2, 4), 16),
    parseInt(hex.slice(4), 16)
  );
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hlsToRgb(h, lum, s)
    .map((v) => Math.round(v).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

function rgbToHls(r: number, g: number, b: number): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === rn) h = (gn - bn) / d + (gn < bn ? 6 : 0);
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  return [h / 6, l, s];
}

function hlsToRgb(h: number, l: number, s: number): [number, number, number] {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number): number => {
    const tt = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (tt < 1 / 6) return p + (q - p) * 6 * tt;
    if (tt < 1 / 2) return q;
    if (tt < 2 / 3) return p + (q - p) * (2 / 3 - tt) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}
