// CSV files as Danish Excel saves them: "CSV (semikolonsepareret)" is Windows-1252, "CSV UTF-8" has a BOM, other
// tools write UTF-8 without one. The same key in all three reads to the same table, æ, ø and å intact.
import fs from "fs";
import path from "path";
import { csvBytesToRawTable, keyFromTable, readKeyTable } from "../../src/core/allocate";
import {
  decodeText,
  decodeUtf8Strict,
  decodeWindows1252,
  encodeWindows1252,
} from "../../src/core/encoding";

const SEED_000 = fs
  .readFileSync(path.join(__dirname, "..", "..", "assets", "fordeling-sydjylland-2020.csv"), "utf8")
  .replace(/^\uFEFF/, "");

/** The three files: bytes written here with Node's own encoders (the oracle), not with the code under test. */
function variants(text: string): Record<string, Uint8Array> {
  return {
    "utf-8": Buffer.from(text, "utf8"),
    "utf-8-bom": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
    // Latin-1 bytes are Windows-1252 bytes for every character of the key (no €, curly quotes or dashes in it).
    "windows-1252": Buffer.from(text, "latin1"),
  };
}

describe("decodeText: UTF-8 with or without BOM, else Windows-1252", () => {
  test("seed 000's key in the three encodings decodes to the same text, and says which encoding it was", () => {
    for (const [encoding, bytes] of Object.entries(variants(SEED_000))) {
      const decoded = decodeText(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(SEED_000);
    }
    expect(SEED_000).toContain("Fanø;3.403");
    expect(SEED_000).toContain("Sønderborg;74.684");
    expect(SEED_000).toContain("Tønder;37.727");
  });

  test("the same key reads to identical municipalities and populations (the reading allocate does)", () => {
    const keys = Object.entries(variants(SEED_000)).map(([, bytes]) => {
      const { table } = csvBytesToRawTable(bytes, "nøgle.csv");
      const { key, errors } = keyFromTable(readKeyTable(table), "population");
      expect(errors).toEqual([]);
      return key.rows.map((r) => [r.name, r.population]);
    });
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
    expect(keys[0].map(([name]) => name)).toEqual(
      expect.arrayContaining(["Fanø", "Sønderborg", "Tønder", "Aabenraa"])
    );
  });

  test("Windows-1252's own characters (0x80–0x9F) are not Latin-1: € ‚ „ … – — and the curly quotes", () => {
    const bytes = Uint8Array.from([
      0x80, 0x82, 0x84, 0x85, 0x96, 0x97, 0x93, 0x94, 0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5,
    ]);
    expect(decodeText(bytes)).toEqual({ text: "€‚„…–—“”æøåÆØÅ", encoding: "windows-1252" });
    // The five bytes the code page leaves undefined keep their C1 code point (as the WHATWG index does).
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe(
      "\u0081\u008d\u008f\u0090\u009d"
    );
    expect(Buffer.from(encodeWindows1252("Ærø: 5 € – “ja”") as Uint8Array)).toEqual(
      Buffer.from([
        0xc6, 0x72, 0xf8, 0x3a, 0x20, 0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x93, 0x6a, 0x61, 0x94,
      ])
    );
    expect(encodeWindows1252("Ω")).toBeUndefined();
  });

  test("strict UTF-8: agrees with Node on valid text; refuses stray bytes, truncation, overlongs and surrogates", () => {
    const text = "Kommune;Indbyggere\nÆrø;6.121\n😀 “x” €\n";
    expect(decodeUtf8Strict(Buffer.from(text, "utf8"))).toBe(text);
    for (const bad of [
      [0xf8], // "ø" in Windows-1252
      [0x41, 0xc3], // truncated
      [0xc0, 0xaf], // overlong "/"
      [0xe0, 0x80, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0x80], // a continuation byte alone
    ])
      expect(decodeUtf8Strict(Uint8Array.from(bad))).toBeUndefined();
  });

  test("UTF-16 LE with BOM (Excel's 'Unicode-tekst') is read too", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Kommune\tIndbyggere\nFanø\t3403\n", "utf16le"),
    ]);
    expect(decodeText(bytes)).toEqual({
      text: "Kommune\tIndbyggere\nFanø\t3403\n",
      encoding: "utf-16le-bom",
    });
  });
});
