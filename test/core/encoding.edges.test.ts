// The edges of the byte decoding (src/core/encoding.ts), with Node's own decoders as the oracle: TextDecoder with
// fatal: true (the WHATWG Encoding Standard's UTF-8 decoder, which refuses what strict UTF-8 refuses) and Buffer's
// utf16le, and the Windows-1252 table of https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT.
import {
  decodeText,
  decodeUtf8Strict,
  decodeWindows1252,
  encodeWindows1252,
} from "../../src/core/encoding";

const strict = new TextDecoder("utf-8", { fatal: true });
/** Node's answer: the text, or undefined when it refuses the bytes. */
function nodeUtf8(bytes: number[]): string | undefined {
  try {
    return strict.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

describe("strict UTF-8 at the edges of each sequence length", () => {
  test.each<[string, number[]]>([
    ["U+007F, the last single byte", [0x7f]],
    ["U+0080, the first two-byte (C2 80)", [0xc2, 0x80]],
    ["C1 BF: an overlong U+007F", [0xc1, 0xbf]],
    ["U+07FF, the last two-byte (DF BF)", [0xdf, 0xbf]],
    ["E0 9F BF: an overlong U+07FF", [0xe0, 0x9f, 0xbf]],
    ["U+0800, the first three-byte (E0 A0 80)", [0xe0, 0xa0, 0x80]],
    ["U+D7FF, just before the surrogates", [0xed, 0x9f, 0xbf]],
    ["U+DFFF, the last surrogate", [0xed, 0xbf, 0xbf]],
    ["U+E000, just after the surrogates", [0xee, 0x80, 0x80]],
    ["U+FFFF, the last three-byte (EF BF BF)", [0xef, 0xbf, 0xbf]],
    ["F0 8F BF BF: an overlong U+FFFF", [0xf0, 0x8f, 0xbf, 0xbf]],
    ["U+10000, the first four-byte (F0 90 80 80)", [0xf0, 0x90, 0x80, 0x80]],
    ["U+10FFFF, the last code point (F4 8F BF BF)", [0xf4, 0x8f, 0xbf, 0xbf]],
    ["F5: never a UTF-8 byte", [0xf5, 0x80, 0x80, 0x80]],
    // A continuation byte or C0/C1 cannot start a sequence, even with three continuations after it (read as a
    // four-byte lead, 81 or C1 would give U+40000).
    ["81 80 80 80: a continuation byte first", [0x81, 0x80, 0x80, 0x80]],
    ["C1 80 80 80: C1 never starts a sequence", [0xc1, 0x80, 0x80, 0x80]],
    ["a second byte that is no continuation (C3 41)", [0xc3, 0x41]],
    ["a four-byte sequence cut after three", [0xf0, 0x9f, 0x98]],
    ["a three-byte sequence whose third byte is no continuation", [0xe2, 0x82, 0x41]],
  ])("%s", (_what, bytes) => {
    expect(decodeUtf8Strict(Uint8Array.from(bytes))).toBe(nodeUtf8(bytes));
  });

  test("from an offset: the bytes before it are not read", () => {
    expect(decodeUtf8Strict(Uint8Array.from([0xff, 0x41, 0xc3, 0xb8]), 1)).toBe("Aø");
  });

  test("long text, past 8.192 characters, decodes whole", () => {
    const text = "Fanø;3.403;😀\n".repeat(1000); // 13.000 code points
    expect(decodeUtf8Strict(Buffer.from(text, "utf8"))).toBe(text);
    expect(decodeText(Buffer.from(text, "utf8"))).toEqual({ text, encoding: "utf-8" });
  });
});

describe("Windows-1252 at its edges", () => {
  test("0x7F, 0x80, 0x9F and 0xA0: DEL, €, Ÿ and a non-breaking space", () => {
    expect(decodeWindows1252(Uint8Array.from([0x7f, 0x80, 0x9f, 0xa0, 0xff]))).toBe(
      "\u007f€Ÿ\u00a0ÿ"
    );
  });

  test("a file past 8.192 bytes decodes whole", () => {
    const text = "Tønder;37.727 – “ja”\n".repeat(600); // 21 characters a line, 12.600 bytes
    const bytes = encodeWindows1252(text) as Uint8Array;
    expect(bytes.length).toBe(12_600);
    expect(decodeText(bytes)).toEqual({ text, encoding: "windows-1252" });
  });

  test("encoding: what has a byte and what has none", () => {
    expect(Array.from(encodeWindows1252("\u007f\u00a0ÿ\u0081Ÿ") as Uint8Array)).toEqual([
      0x7f, 0xa0, 0xff, 0x81, 0x9f,
    ]);
    expect(encodeWindows1252("\u0080")).toBeUndefined(); // U+0080 is no Windows-1252 character (0x80 is €)
    expect(encodeWindows1252("\u009f")).toBeUndefined(); // nor U+009F (0x9F is Ÿ)
    expect(encodeWindows1252("\u0100")).toBeUndefined(); // Ā
    expect(Array.from(encodeWindows1252("") as Uint8Array)).toEqual([]);
  });
});

describe("byte order marks", () => {
  test.each<[string, number[], { text: string; encoding: string }]>([
    ["FF FE alone: an empty UTF-16 LE file", [0xff, 0xfe], { text: "", encoding: "utf-16le-bom" }],
    [
      "EF BB BF alone: an empty UTF-8 file with its mark",
      [0xef, 0xbb, 0xbf],
      { text: "", encoding: "utf-8-bom" },
    ],
    ["FF alone is Windows-1252 ÿ", [0xff], { text: "ÿ", encoding: "windows-1252" }],
    ["FF 41 is no mark: ÿA", [0xff, 0x41], { text: "ÿA", encoding: "windows-1252" }],
    ["41 FE is no mark: Aþ", [0x41, 0xfe], { text: "Aþ", encoding: "windows-1252" }],
    ["EF BB alone is no mark", [0xef, 0xbb], { text: "ï»", encoding: "windows-1252" }],
    ["EF 41 BF is no mark", [0xef, 0x41, 0xbf], { text: "ïA¿", encoding: "windows-1252" }],
    ["an empty file is UTF-8", [], { text: "", encoding: "utf-8" }],
  ])("%s", (_what, bytes, decoded) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual(decoded);
  });

  test("UTF-16 LE: a long file whole, and a stray last byte left out", () => {
    const text = "Kommune\tIndbyggere\nÆrø\t6121\n".repeat(400); // 11.200 code units
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-16le-bom" });
    const odd = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]);
    expect(decodeText(odd)).toEqual({ text: "A", encoding: "utf-16le-bom" });
  });
});
