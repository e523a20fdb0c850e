// Reads a zip archive's central directory (never the data) and inflates one entry with a hard cap on its output.
// Pure over the bytes it is given; runs in Node (≥ 20) and in browsers with no zip library: inflating uses Node's
// zlib where it is there and the standard DecompressionStream("deflate-raw") in the browser.
//
// Format: PKWARE APPNOTE.TXT 6.3 (end of central directory 4.3.16, central header 4.3.12, local header 4.3.7,
// zip64 4.3.14/4.3.15 and the extra field 4.5.3). Declared sizes are read but never trusted: inflating stops at
// the cap whatever the headers say.
import type { PreflightLimits } from "./limits";
import { WorkbookRefusedError, formatCount } from "./refusal";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As declared in the central directory; checked against what inflating actually gives. */
  declaredSize: number;
  /** Offset of the entry's compressed data in the archive. */
  dataOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

function refuse(code: "truncated" | "corrupt", da: string, en: string): never {
  throw new WorkbookRefusedError({ code, da, en });
}

const truncated = (): never =>
  refuse(
    "truncated",
    "filen er afkortet (ufuldstændig): zip-arkivets indholdsfortegnelse mangler eller er skåret over. Hent eller kopiér filen igen.",
    "the file is truncated (incomplete): the zip archive's directory is missing or cut off. Download or copy the file again."
  );

const corrupt = (what: { da: string; en: string }): never =>
  refuse("corrupt", `filen er beskadiget: ${what.da}.`, `the file is damaged: ${what.en}.`);

/** Reads the central directory. Throws WorkbookRefusedError for anything that is not a plain, whole zip archive. */
export function readZipDirectory(bytes: Uint8Array, limits: PreflightLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 0x1_0000_0000;

  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === SIG_EOCD && at + 22 + u16(at + 20) <= bytes.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) truncated();
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0)
    corrupt({ da: "arkivet er delt over flere filer", en: "the archive spans several files" });

  let count = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== SIG_ZIP64_LOCATOR) truncated();
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== SIG_ZIP64_EOCD) truncated();
    count = u64(record + 32);
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
  }
  if (count > limits.maxEntries) {
    throw new WorkbookRefusedError({
      code: "too-many-entries",
      da: `zip-arkivet har ${formatCount(count, "da")} filer; en arbejdsbog med højst ${formatCount(limits.maxEntries, "da")} kan læses.`,
      en: `the zip archive has ${formatCount(count, "en")} files; a workbook with at most ${formatCount(limits.maxEntries, "en")} can be read.`,
    });
  }
  if (directoryOffset + directorySize > bytes.length) truncated();

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== SIG_CENTRAL) truncated();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let declaredSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) truncated();
    const name = new TextDecoder("utf-8").decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Zip64: the sizes and offset that overflowed are in extra field 0x0001, in this order.
    if (
      declaredSize === 0xffffffff ||
      compressedSize === 0xffffffff ||
      localOffset === 0xffffffff
    ) {
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = u16(extra);
        const size = u16(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (declaredSize === 0xffffffff) ((declaredSize = u64(field)), (field += 8));
          if (compressedSize === 0xffffffff) ((compressedSize = u64(field)), (field += 8));
          if (localOffset === 0xffffffff) localOffset = u64(field);
          break;
        }
        extra += 4 + size;
      }
    }
    if (localOffset + 30 > bytes.length || u32(localOffset) !== SIG_LOCAL) truncated();
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) truncated();
    entries.push({ name, method, flags, compressedSize, declaredSize, dataOffset });
    at = end;
  }
  return entries;
}

/** Refuses entries the file library could be fooled by: encrypted, unknown compression, odd or repeated names,
 * data shared by two entries (the overlapping-file zip bomb). */
export function checkZipEntries(entries: ZipEntry[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const name = entry.name;
    if (
      name.length === 0 ||
      name.includes("\0") ||
      name.includes("\\") ||
      name.split("/").some((segment) => segment === "..")
    ) {
      throw new WorkbookRefusedError({
        code: "bad-entry-name",
        part: name,
        da: `zip-arkivet indeholder en fil med et ugyldigt navn ('${printable(name)}').`,
        en: `the zip archive holds a file with an invalid name ('${printable(name)}').`,
      });
    }
    // Part names are equal when they are equal ignoring ASCII case (ECMA-376 Part 2, 9.1.1.1.2); the file library
    // keeps only one of two entries with the same name, so the other would be read silently instead.
    const key = name.replace(/^\//, "").toLowerCase();
    if (seen.has(key)) {
      throw new WorkbookRefusedError({
        code: "duplicate-entry",
        part: name,
        da: `zip-arkivet indeholder '${printable(name)}' to gange.`,
        en: `the zip archive holds '${printable(name)}' twice.`,
      });
    }
    seen.set(key, name);
    if (
      (entry.flags & 0x0001) !== 0 ||
      (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE)
    ) {
      throw new WorkbookRefusedError({
        code: "unsupported-entry",
        part: name,
        da: `'${printable(name)}' i zip-arkivet er ${entry.flags & 1 ? "krypteret" : `pakket med en metode (${entry.method}), Excel ikke bruger`}.`,
        en: `'${printable(name)}' in the zip archive is ${entry.flags & 1 ? "encrypted" : `compressed with a method (${entry.method}) Excel does not use`}.`,
      });
    }
  }
  const byOffset = entries
    .filter((e) => e.compressedSize > 0)
    .sort((a, b) => a.dataOffset - b.dataOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1];
    if (before.dataOffset + before.compressedSize > byOffset[i].dataOffset) {
      throw new WorkbookRefusedError({
        code: "overlapping-entries",
        part: byOffset[i].name,
        da: `'${printable(before.name)}' og '${printable(byOffset[i].name)}' deler data i zip-arkivet (mulig zip-bombe).`,
        en: `'${printable(before.name)}' and '${printable(byOffset[i].name)}' share data in the zip archive (a possible zip bomb).`,
      });
    }
  }
}

function printable(name: string): string {
  const cleaned = Array.from(name, (ch) =>
    ch.charCodeAt(0) < 0x20 || ch === "\u007f" ? "?" : ch
  ).join("");
  return cleaned.length > 80 ? `${cleaned.slice(0, 77)}…` : cleaned;
}

export type Inflater = "node" | "web";

interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/** Node's zlib when this runs in Node ≥ 20.16 (process.getBuiltinModule: no static import, so the browser bundle
 * never sees it); null in the browser. Node's DecompressionStream works too but is about a hundred times slower. */
function nodeZlib(): NodeZlib | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return (proc?.getBuiltinModule?.("zlib") as NodeZlib | undefined) ?? null;
}

export function defaultInflater(): Inflater {
  return nodeZlib() ? "node" : "web";
}

/** Inflates one entry, handing the output to `onChunk` in pieces, and stops with `onTooLarge` as soon as the output
 * passes `maxBytes`. Returns the number of bytes it produced. */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
  onTooLarge: (producedAtLeast: number) => never,
  inflater: Inflater = defaultInflater()
): Promise<number> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const damaged = () =>
    corrupt({
      da: `'${printable(entry.name)}' kan ikke pakkes ud (data er beskadiget eller skåret over)`,
      en: `'${printable(entry.name)}' cannot be unpacked (its data is damaged or cut off)`,
    });
  const zlib = inflater === "node" ? nodeZlib() : null;
  if (entry.method === METHOD_STORED || zlib) {
    let output = data;
    if (entry.method !== METHOD_STORED && zlib) {
      try {
        // maxOutputLength makes zlib stop as soon as the output passes it (ERR_BUFFER_TOO_LARGE).
        output = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes + 1) });
      } catch (e) {
        if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") onTooLarge(maxBytes + 1);
        return damaged();
      }
    }
    if (output.length > maxBytes) onTooLarge(output.length);
    for (let at = 0; at < output.length; at += 1 << 16)
      onChunk(output.subarray(at, at + (1 << 16)));
    return output.length;
  }
  // The compressed input is pulled 64 KiB at a time, so the inflater never runs ahead of the reader by more than
  // one piece; cancelling the reader stops it.
  let offset = 0;
  const input = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= data.length) {
        controller.close();
        return;
      }
      controller.enqueue(data.slice(offset, offset + (1 << 16)));
      offset += 1 << 16;
    },
  });
  const reader = input
    .pipeThrough(
      new DecompressionStream("deflate-raw") as unknown as ReadableWritablePair<
        Uint8Array,
        Uint8Array
      >
    )
    .getReader();
  let produced = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      return damaged();
    }
    if (result.done) return produced;
    produced += result.value.length;
    if (produced > maxBytes) {
      await reader.cancel().catch(() => undefined);
      onTooLarge(produced);
    }
    onChunk(result.value);
  }
}
