// Excel on the web refuses a request or a response over 5 MB, and a range read over 5 million cells.
// The adapter measures what it sends and estimates what it reads, and packs work into as few syncs as fit.

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * What a sync may carry: 90 % of the limit, headroom for the request envelope (and, for reads, an estimate's error;
 * a read Excel still refuses is halved and read again).
 */
export const PAYLOAD_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.9);
export const CELL_READ_LIMIT = 5_000_000;

/** Bytes of a value as JSON, the way Office.js sends it. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}

/** Packs items with known sizes into batches (syncs) in order, each within the budget. */
export function packBatches<T>(
  items: T[],
  sizeOf: (item: T) => number,
  budget = PAYLOAD_BUDGET_BYTES
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
