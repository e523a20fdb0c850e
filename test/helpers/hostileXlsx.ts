// Hostile .xlsx files, built in the test instead of committed as binaries: a small zip writer and a minimal workbook
// written by hand (no ExcelJS), so each case changes exactly one thing in an otherwise valid file. The base workbook
// holds a goal table (sheet "Mål") and a population key (sheet "Nøgle"), so `evaluate`, `whatif` and `allocate` all
// succeed on it: a refusal of a hostile copy can only come from the one thing that was changed.
import { deflateRawSync, constants as zlibConstants } from "zlib";

export interface ZipEntryInput {
  name: string;
  data: string | Uint8Array;
  /** "deflate" (default) or "store". */
  method?: "deflate" | "store";
  /** Pre-compressed deflate data with its real uncompressed size (the zip bomb). */
  raw?: { compressed: Uint8Array; uncompressedSize: number };
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
}

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
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A plain zip archive (no zip64, no data descriptors), as Excel writes them. */
export function writeZip(entries: ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const plain = typeof entry.data === "string" ? utf8(entry.data) : entry.data;
    let method = entry.method === "store" ? 0 : 8;
    let compressed: Uint8Array;
    let size: number;
    // The bomb's CRC is not computed over its gigabyte (nothing checks it before the size).
    let crc = 0;
    if (entry.raw) {
      method = 8;
      compressed = entry.raw.compressed;
      size = entry.raw.uncompressedSize;
    } else {
      compressed = method === 8 ? deflateRawSync(plain) : plain;
      size = plain.length;
      crc = crc32(plain);
    }
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(compressed));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---------------------------------------------------------------------------------------------------------------
// The base workbook

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellXml(ref: string, value: string | number): string {
  return typeof value === "number"
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/** The rows of a sheet as <sheetData>. */
export function sheetDataXml(rows: (string | number)[][]): string {
  const body = rows
    .map(
      (cells, i) =>
        `<row r="${i + 1}">${cells.map((v, j) => cellXml(`${columnLetters(j + 1)}${i + 1}`, v)).join("")}</row>`
    )
    .join("");
  return `<sheetData>${body}</sheetData>`;
}

/** Nordjylland 2020 in short: 3 goals, all met (overall 100 %). */
export const BASE_GOALS: (string | number)[][] = [
  ["Nr", "Mål", "Resultat", "Mål 100 %"],
  ["1", "Tilfredshed", 72, 60],
  ["2", "Effekt", "97 %", "70 %"],
  ["3", "Digital indgang", "Ja", "Ja"],
];

export const BASE_KEY: (string | number)[][] = [
  ["Kommune", "Indbyggere"],
  ["Aalborg", 217075],
  ["Hjørring", 64498],
  ["Thisted", 43298],
];

export interface SheetParts {
  /** Elements before <sheetData> (e.g. <dimension>, <cols>). */
  before?: string;
  sheetData?: string;
  /** Elements after <sheetData> (e.g. <mergeCells>, <dataValidations>), in schema order. */
  after?: string;
}

export function worksheetXml(parts: SheetParts): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${parts.before ?? ""}${parts.sheetData ?? "<sheetData/>"}` +
    `${parts.after ?? ""}</worksheet>`
  );
}

export interface BaseOptions {
  goals?: SheetParts;
  key?: SheetParts;
  /** Inside <workbook> after <sheets> (e.g. <definedNames>). */
  definedNames?: string;
  sheetIds?: [string, string];
  /** Extra entries appended to the archive. */
  extra?: ZipEntryInput[];
  /** Replace entries by name (e.g. a bomb as the goal sheet). */
  replace?: Record<string, ZipEntryInput>;
}

/** The base workbook's entries, with the given changes. */
export function baseEntries(options: BaseOptions = {}): ZipEntryInput[] {
  const [goalId, keyId] = options.sheetIds ?? ["1", "2"];
  const entries: ZipEntryInput[] = [
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        `<sheet name="Mål" sheetId="${goalId}" r:id="rId1"/><sheet name="Nøgle" sheetId="${keyId}" r:id="rId2"/>` +
        `</sheets>${options.definedNames ?? ""}</workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
        `</Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: worksheetXml({ sheetData: sheetDataXml(BASE_GOALS), ...options.goals }),
    },
    {
      name: "xl/worksheets/sheet2.xml",
      data: worksheetXml({ sheetData: sheetDataXml(BASE_KEY), ...options.key }),
    },
  ];
  const replaced = entries.map((e) => options.replace?.[e.name] ?? e);
  return [...replaced, ...(options.extra ?? [])];
}

export function baseWorkbook(options: BaseOptions = {}): Buffer {
  return writeZip(baseEntries(options));
}

// ---------------------------------------------------------------------------------------------------------------
// The zip bomb: `copies` × 1 MiB of worksheet XML (one row, then white space, which XML allows between elements and
// deflate compresses best), compressed once and repeated. A full flush ends each copy on a byte boundary with no
// back-reference into the previous one, so the copies can be concatenated; a final block closes the stream.
// 1024 copies inflate to 1 GiB from about 1 MB.

export function bombSheet(copies = 1024): { compressed: Uint8Array; uncompressedSize: number } {
  const head = utf8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><sheetData>`
  );
  const row = "<row><c><v>1</v></c></row>";
  const chunk = utf8(row + " ".repeat((1 << 20) - row.length));
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH, level: 9 };
  const headPart = deflateRawSync(head, flush);
  const chunkPart = deflateRawSync(chunk, flush);
  const tail = deflateRawSync(utf8("</sheetData></worksheet>"));
  const parts: Uint8Array[] = [headPart];
  for (let i = 0; i < copies; i++) parts.push(chunkPart);
  parts.push(tail);
  return {
    compressed: Buffer.concat(parts),
    uncompressedSize: head.length + chunk.length * copies + 24,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The hostile files of issue 13 (ExcelJS 4.4.0 advisories; docs/files.md lists them).

export interface HostileCase {
  name: string;
  bytes: () => Buffer;
  /** The refusal's code (src/files/refusal.ts). */
  code: string;
  /** The whole Danish message, or what it must contain (sheet, cell or range, what is wrong). */
  expect: RegExp;
}

const merge = (ref: string) => `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`;
const validation = (sqref: string) =>
  `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"Ja,Nej"</formula1></dataValidation></dataValidations>`;
const withRow = (row: string) => ({
  goals: { sheetData: sheetDataXml(BASE_GOALS).replace("</sheetData>", `${row}</sheetData>`) },
});
const bomb = (declaredSize?: number): BaseOptions => ({
  replace: {
    "xl/worksheets/sheet1.xml": {
      name: "xl/worksheets/sheet1.xml",
      data: "",
      raw: bombSheet(),
      declaredSize,
    },
  },
});

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: "one merge over the whole sheet (A1:XFD1048576)",
    bytes: () => baseWorkbook({ goals: { after: merge("A1:XFD1048576") } }),
    code: "merge-too-large",
    expect:
      /^Mål!A1:XFD1048576: den flettede celle dækker 17\.179\.869\.184 celler; højst 262\.144 kan læses\.$/,
  },
  {
    name: "a row numbered past 1048576",
    bytes: () => baseWorkbook(withRow(`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`)),
    code: "row-out-of-bounds",
    expect:
      /^Mål!1048577:1048577: række 1\.048\.577 ligger uden for Excels ark \(rækkerne 1 til 1\.048\.576\)\.$/,
  },
  {
    name: "a row numbered far past 1048576 (100,000,000)",
    bytes: () => baseWorkbook(withRow(`<row r="100000000"><c r="A100000000"><v>1</v></c></row>`)),
    code: "row-out-of-bounds",
    expect: /^Mål!100000000:100000000: række 100\.000\.000 ligger uden for Excels ark/,
  },
  {
    name: "a column past XFD (<col max>)",
    bytes: () =>
      baseWorkbook({ goals: { before: `<cols><col min="1" max="300000000" width="9"/></cols>` } }),
    code: "column-out-of-bounds",
    expect:
      /^Mål: kolonneformatet <col min="1" max="300000000">: kolonne 300\.000\.000 \(YFLRYN\) ligger uden for Excels ark \(kolonnerne A til XFD, 1 til 16\.384\)\.$/,
  },
  {
    name: "a cell in a column past XFD (XFE1)",
    bytes: () =>
      baseWorkbook({
        goals: {
          sheetData: sheetDataXml(BASE_GOALS).replace(
            `<row r="1">`,
            `<row r="1"><c r="XFE1" t="inlineStr"><is><t>x</t></is></c>`
          ),
        },
      }),
    code: "column-out-of-bounds",
    expect: /^Mål!XFE1: kolonne 16\.385 \(XFE\) ligger uden for Excels ark/,
  },
  {
    name: "a huge defined name range",
    bytes: () =>
      baseWorkbook({
        definedNames: `<definedNames><definedName name="Alt">'Mål'!$A$1:$XFD$1048576</definedName></definedNames>`,
      }),
    code: "defined-name-too-large",
    expect: /^navnet 'Alt' \('Mål'!\$A\$1:\$XFD\$1048576\) dækker 17\.179\.869\.184 celler/,
  },
  {
    name: "a data-validation sqref out of bounds",
    bytes: () => baseWorkbook({ goals: { after: validation("C2:C1048577") } }),
    code: "range-out-of-bounds",
    expect: /^Mål!C2:C1048577: række 1\.048\.577 ligger uden for Excels ark/,
  },
  {
    name: "a data validation over the whole sheet",
    bytes: () => baseWorkbook({ goals: { after: validation("A1:XFD1048576") } }),
    code: "validation-too-large",
    expect: /^Mål!A1:XFD1048576: arbejdsbogens datavalideringer dækker 17\.179\.869\.184 celler/,
  },
  {
    name: "a sheet id out of bounds",
    bytes: () => baseWorkbook({ sheetIds: ["1", "2147483647"] }),
    code: "sheet-id-out-of-bounds",
    expect: /^Nøgle: arkets sheetId er 2\.147\.483\.647; Excel tillader 1 til 65\.534\.$/,
  },
  {
    name: "a zip bomb (1 GiB of XML in about 1 MB)",
    bytes: () => baseWorkbook(bomb()),
    code: "entry-too-large",
    expect: /^arket 'Mål' \(xl\/worksheets\/sheet1\.xml\) fylder 1\.024 MB udpakket/,
  },
  {
    name: "a zip bomb that declares a small size",
    bytes: () => baseWorkbook(bomb(4096)),
    code: "size-mismatch",
    expect:
      /^Mål: 'xl\/worksheets\/sheet1\.xml' udpakkes til mere end de 4\.096 byte, zip-arkivet angiver/,
  },
  {
    name: "a text file named .xlsx",
    bytes: () => Buffer.from("Kommune;Indbyggere\nAalborg;217075\n", "utf8"),
    code: "text-file",
    expect: /^filen er tekst, ikke en Excel-arbejdsbog/,
  },
  {
    name: "a truncated workbook",
    bytes: () => {
      const whole = baseWorkbook();
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
    code: "truncated",
    expect: /^filen er afkortet \(ufuldstændig\)/,
  },
];
