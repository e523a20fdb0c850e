// Reads many rectangular blocks in as few syncs as the 5 MB payload limit allows. Each block is split into row
// chunks from an estimate of its bytes per row; chunks are packed into syncs in order. If Excel still refuses a
// sync as too large, its chunks are halved and read again.
import { CELL_READ_LIMIT, jsonBytes, packBatches, PAYLOAD_BUDGET_BYTES } from "./payload";
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
  /**
   * The estimate is a guess made before anything of the block was read (the scan's sheets). Until the block is
   * measured it counts GUESS_MARGIN times over, so a sync is not refused as too large merely because the cells hold
   * longer texts than guessed: a refused request was still sent, and on the web it may be refused as GeneralException.
   */
  guessed?: boolean;
}

/** How many times over an unmeasured guess counts: texts up to four times the guessed length still fit. */
export const GUESS_MARGIN = 4;

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

/**
 * A sync of this many estimated bytes that fails with GeneralException is taken for one that was too large. Excel on
 * the web has been reported to refuse oversized payloads as GeneralException ("An internal error has occurred.",
 * OfficeDev/office-js#1314, #1012) rather than with the documented codes; reading the same cells in halves costs a
 * sync, and a GeneralException that was something else fails again on a single row and is then reported.
 */
export const LARGE_SYNC_BYTES = 1024 * 1024;

/**
 * Whether a refused sync should be tried again smaller: the documented payload codes, or GeneralException on a sync
 * of LARGE_SYNC_BYTES or more.
 */
export function isPayloadError(e: unknown, syncBytes = 0): boolean {
  const code = officeErrorOf(e).code;
  return PAYLOAD_CODES.has(code) || (code === "GeneralException" && syncBytes >= LARGE_SYNC_BYTES);
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
  // Bytes per row as measured so far, per block: estimates give way to what Excel actually sent.
  const perRow = blocks.map((b) => Math.max(1, b.bytesPerRow) * (b.guessed ? GUESS_MARGIN : 1));
  const measuredBlock = blocks.map((b) => !b.guessed);
  let planned: Chunk[][] | null = planReadBatches(
    blocks.map((b, i) => ({ ...b, bytesPerRow: perRow[i] })),
    budget
  );
  let pending: Chunk[] = planned.flat();
  // Each pass reads what fits; the loop runs once per 4 MB of data, not once per row.
  while (pending.length > 0) {
    // The first pass fills every sync to the budget; later passes pack what is left by the measured sizes.
    const batches = planned ?? packBatches(pending, (c) => c.bytes, budget);
    planned = null;
    const retry: Chunk[] = [];
    let remeasured = false;
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i];
      if (remeasured) {
        // Sizes changed since this pass was packed: what is left is packed again with them.
        retry.push(...batches.slice(i).flat());
        break;
      }
      const loaded = batch.map((chunk) => {
        const b = blocks[chunk.block];
        const range = context.workbook.worksheets
          .getItem(b.sheet)
          .getRangeByIndexes(b.rowIndex + chunk.start, b.columnIndex, chunk.count, b.columnCount);
        // eslint-disable-next-line office-addins/no-empty-load -- the properties are named in the block ("values", …)
        range.load(b.properties);
        return { chunk, range };
      });
      const bytes = batch.reduce((a, c) => a + c.bytes, 0);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch, by design
        await context.sync();
      } catch (e) {
        if (!isPayloadError(e, bytes) || batch.every((c) => c.count === 1)) throw e;
        // Refused as too large: the estimate was low. The blocks in it count double from now on, so their rows are
        // read in smaller chunks (down to single rows, after which the error is Excel's to report).
        for (const b of new Set(batch.map((c) => c.block))) perRow[b] *= 2;
        retry.push(...batch);
        remeasured = true;
        continue;
      }
      for (const { chunk, range } of loaded) {
        const out = results[chunk.block];
        let chunkBytes = 0;
        for (const p of blocks[chunk.block].properties) {
          const rows = (range as unknown as Record<ReadProperty, unknown[][]>)[p];
          const target = out[p] as unknown[][];
          for (let r = 0; r < chunk.count; r++) target[chunk.start + r] = rows[r];
          chunkBytes += jsonBytes(rows);
        }
        const measured = Math.max(1, Math.ceil((chunkBytes / chunk.count) * 1.05));
        const first = !measuredBlock[chunk.block];
        measuredBlock[chunk.block] = true;
        if (first || Math.abs(measured - perRow[chunk.block]) > perRow[chunk.block] * 0.25) {
          perRow[chunk.block] = measured;
          remeasured = true;
        }
      }
    }
    // Chunks not yet read are cut again to the measured sizes (a chunk may now hold more rows, or fewer).
    pending = recut(retry, blocks, perRow, budget);
  }
  return results;
}

/** Chunks cut again to the bytes per row measured (or doubled after a refusal) for their block, each within the budget. */
function recut(chunks: Chunk[], blocks: BlockRead[], perRow: number[], budget: number): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const size = perRow[c.block];
    const columns = Math.max(1, blocks[c.block].columnCount);
    const rows = Math.max(
      1,
      Math.min(Math.floor(budget / size), Math.floor(CELL_READ_LIMIT / columns))
    );
    for (let start = c.start; start < c.start + c.count; start += rows) {
      const count = Math.min(rows, c.start + c.count - start);
      out.push({ block: c.block, start, count, bytes: count * size });
    }
  }
  return out;
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
