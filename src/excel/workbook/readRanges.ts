// Reads many rectangular blocks in as few syncs as the 5 MB payload limit allows. Each block is split into row
// chunks from an estimate of its bytes per row; chunks are packed into syncs in order. If Excel still refuses a
// sync as too large, its chunks are halved and read again.
import { CELL_READ_LIMIT, packBatches, PAYLOAD_BUDGET_BYTES } from "./payload";
import { officeErrorOf } from "./runner";

export type ReadProperty = "values" | "numberFormat" | "formulas" | "valueTypes";

export interface BlockRead {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  properties: ReadProperty[];
  /** Estimated JSON bytes per row for all properties together. */
  bytesPerRow: number;
}

export type BlockData = Partial<Record<ReadProperty, unknown[][]>>;

interface Chunk {
  block: number;
  start: number;
  count: number;
  bytes: number;
}

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "PayloadTooLarge",
  "ResponsePayloadSizeLimitExceeded",
]);

export function isPayloadError(e: unknown): boolean {
  return PAYLOAD_CODES.has(officeErrorOf(e).code);
}

/**
 * Cuts the blocks into row chunks and fills each sync up to the budget, a block running on into the next sync where
 * it does not fit, so no sync carries only a block's small remainder. A range read stays within Excel's cell limit.
 */
export function planReadBatches(blocks: BlockRead[], budget = PAYLOAD_BUDGET_BYTES): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let used = 0;
  blocks.forEach((b, block) => {
    const perRow = Math.max(1, b.bytesPerRow);
    const maxRows = Math.max(1, Math.floor(CELL_READ_LIMIT / Math.max(1, b.columnCount)));
    let start = 0;
    while (start < b.rowCount) {
      let count = Math.min(b.rowCount - start, maxRows, Math.floor((budget - used) / perRow));
      if (count <= 0) {
        if (current.length > 0) {
          batches.push(current);
          current = [];
          used = 0;
          continue;
        }
        count = 1; // a single row larger than the budget still has to be read
      }
      current.push({ block, start, count, bytes: count * perRow });
      used += count * perRow;
      start += count;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

export async function readBlocks(
  context: Excel.RequestContext,
  blocks: BlockRead[],
  budget = PAYLOAD_BUDGET_BYTES
): Promise<BlockData[]> {
  const results: BlockData[] = blocks.map((b) =>
    Object.fromEntries(b.properties.map((p) => [p, new Array(b.rowCount)]))
  );
  let planned: Chunk[][] | null = planReadBatches(blocks, budget);
  let pending: Chunk[] = planned.flat();
  // Each pass reads what fits; the loop runs once per 4 MB of data, not once per row.
  while (pending.length > 0) {
    // The first pass fills every sync to the budget; a retry after a refusal packs the halved chunks.
    const batches = planned ?? packBatches(pending, (c) => c.bytes, budget);
    planned = null;
    const retry: Chunk[] = [];
    for (const batch of batches) {
      const loaded = batch.map((chunk) => {
        const b = blocks[chunk.block];
        const range = context.workbook.worksheets
          .getItem(b.sheet)
          .getRangeByIndexes(b.rowIndex + chunk.start, b.columnIndex, chunk.count, b.columnCount);
        // eslint-disable-next-line office-addins/no-empty-load -- the properties are named in the block ("values", …)
        range.load(b.properties);
        return { chunk, range };
      });
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch, by design
        await context.sync();
      } catch (e) {
        if (!isPayloadError(e) || batch.every((c) => c.count === 1)) throw e;
        for (const c of batch) {
          if (c.count === 1) retry.push(c);
          else {
            const half = Math.ceil(c.count / 2);
            retry.push({ ...c, count: half, bytes: c.bytes / 2 });
            retry.push({ ...c, start: c.start + half, count: c.count - half, bytes: c.bytes / 2 });
          }
        }
        continue;
      }
      for (const { chunk, range } of loaded) {
        const out = results[chunk.block];
        for (const p of blocks[chunk.block].properties) {
          const rows = (range as unknown as Record<ReadProperty, unknown[][]>)[p];
          const target = out[p] as unknown[][];
          for (let r = 0; r < chunk.count; r++) target[chunk.start + r] = rows[r];
        }
      }
    }
    pending = retry;
  }
  return results;
}

/**
 * Bytes per row of a sample of rows as JSON, with a 15 % margin: the sample is the best guess for the rest. An
 * underestimate costs one more sync (the read is halved and retried), an overestimate costs syncs every time.
 */
export function estimateBytesPerRow(
  sample: unknown[][],
  columnCount: number,
  properties: number
): number {
  const fallback = columnCount * 24 * properties;
  if (sample.length === 0) return fallback;
  const bytes = JSON.stringify(sample).length / sample.length;
  return Math.max(4, Math.ceil(bytes * 1.15 * properties));
}

/** A number format such as "General" or "0 %" costs about a dozen bytes per cell as JSON. */
export const NUMBER_FORMAT_BYTES = 14;
