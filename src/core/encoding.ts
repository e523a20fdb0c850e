// The text of a file as Danish Excel saves it. "CSV UTF-8 (kommasepareret)" is UTF-8 with a byte order mark;
// "CSV (semikolonsepareret)" is Windows-1252 (the ANSI code page of a Danish Windows), with no mark at all; other
// tools write UTF-8 without a mark; "Unicode-tekst" is UTF-16 LE with a mark. Bytes are decoded here, in the core,
// without TextDecoder (the core sees no DOM or Node types): strict UTF-8 first, and bytes that are not valid UTF-8 are
// Windows-1252. A Windows-1252 file is almost never valid UTF-8 by accident: "ø" alone (0xF8) can start no UTF-8
// sequence, and "Ã¸"-like pairs (0xC3 0xB8) are not what Danish text holds.

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Windows-1252 bytes 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to
 * the C1 control of the same number, as the WHATWG Encoding Standard's index does; 0xA0–0xFF equal Latin-1.
 * Source: https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT
 */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Windows-1252 → text. Every byte is a character, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Strict UTF-8 → text, or undefined when the bytes are not valid UTF-8: a stray continuation byte, a truncated
 * sequence, an overlong form, a surrogate or a code point above U+10FFFF.
 */
export function decodeUtf8Strict(bytes: Uint8Array, start = 0): string | undefined {
  const parts: string[] = [];
  let codes: number[] = [];
  const flush = () => {
    parts.push(String.fromCodePoint(...codes));
    codes = [];
  };
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    let cp: number;
    let length: number;
    if (b < 0x80) {
      cp = b;
      length = 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      length = 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      length = 4;
    } else {
      return undefined; // 0x80–0xC1 cannot start a sequence (0xC0, 0xC1 only overlong ones), 0xF5–0xFF never occur
    }
    if (i + length > bytes.length) return undefined;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (
      (length === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
      (length === 4 && (cp < 0x10000 || cp > 0x10ffff))
    )
      return undefined;
    codes.push(cp);
    if (codes.length >= 8192) flush();
    i += length;
  }
  flush();
  return parts.join("");
}

function decodeUtf16le(bytes: Uint8Array, start: number): string {
  let out = "";
  const codes: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    codes.push(bytes[i] | (bytes[i + 1] << 8));
    if (codes.length >= 8192) out += String.fromCharCode(...codes.splice(0));
  }
  return out + String.fromCharCode(...codes);
}

/** A file's text: UTF-16 LE or UTF-8 by their byte order mark, else UTF-8 if the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeUtf16le(bytes, 2), encoding: "utf-16le-bom" };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = decodeUtf8Strict(bytes, bom ? 3 : 0);
  if (utf8 !== undefined) return { text: utf8, encoding: bom ? "utf-8-bom" : "utf-8" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/** Text → Windows-1252 bytes (for tests and for writing a file Danish Excel opens as it saves it); undefined if a character has no byte. */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  const reverse = new Map<number, number>(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    const byte = reverse.get(cp) ?? (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : undefined);
    if (byte === undefined) return undefined;
    out[i] = byte;
  }
  return out;
}
