// What the add-in remembers inside the workbook, on a very hidden sheet, so a colleague who opens the file sees the
// same and a re-run knows which output cells it wrote itself:
//   A1        metadata (JSON): last run, the goal table and column mapping, what the run added
//   A2:A…     fingerprints of every output cell the last run wrote (the user's own values are the ones that don't match)
//   B2:B…     the fingerprints of the run before, restored by Fortryd
//   C2:C…     the backup: every cell value the last run replaced, for Fortryd seneste kørsel; runs take turns
//   D2:D…     with column D (run.backupColumn), so the earlier run's backup stays whole until the new one is
//             written and A1 points at it: a write stopped at any point leaves a backup that matches A1
// Pure: encodes and decodes cell contents; write.ts puts them in the sheet.
import { z } from "zod";

export const STATE_SHEET = "Målopfyldelse_data";
/** Excel allows 32,767 characters per cell; stay well below. */
export const CHUNK_CHARS = 30_000;

export const CellContentSchema = z.union([
  z.object({ value: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ formula: z.string() }),
  /** An error value typed as a constant (#N/A), not text that reads "#N/A". */
  z.object({ error: z.string() }),
]);
export type CellContent = z.infer<typeof CellContentSchema>;

/** A block of cells the run replaced, with what they held before. */
export const BackupBlockSchema = z.object({
  sheet: z.string(),
  /** Zero-based sheet row/column of the top-left cell. */
  rowIndex: z.number().int(),
  columnIndex: z.number().int(),
  cells: z.array(z.array(CellContentSchema.nullable())),
  /** Number formats the run replaced, same shape as `cells` (null: unchanged). */
  numberFormats: z.array(z.array(z.string().nullable())).optional(),
  /** Sheet columns whose cells in this block had no conditional formats before the run put its own there. */
  ruleFreeColumns: z.array(z.number().int()).optional(),
  /** Sheet columns that carried the add-in's own rules before the run redrew them: Fortryd draws them again. */
  ownRules: z
    .array(
      z.object({ columnIndex: z.number().int(), rules: z.array(z.record(z.string(), z.unknown())) })
    )
    .optional(),
  /** Widths (points) of sheet columns before the run set them (columns it added). */
  columnWidths: z.array(z.object({ columnIndex: z.number().int(), points: z.number() })).optional(),
  /**
   * For an add-in sheet the run redrew: the operations (ops.ts WriteOp) that draw its earlier formats and charts
   * again once its values are back. Without them Fortryd puts back values only.
   */
  redraw: z.array(z.record(z.string(), z.unknown())).optional(),
});
export type BackupBlock = z.infer<typeof BackupBlockSchema>;

export const GoalTableRefSchema = z.object({
  sheet: z.string(),
  name: z.string(),
  source: z.enum(["table", "range"]),
});

export const WriterSchema = z.enum(["mål", "fordeling", "scenarie", "spredning", "sammenligning"]);
export type Writer = z.infer<typeof WriterSchema>;

export const RunMetaSchema = z.object({
  version: z.literal(1),
  /**
   * What the add-in owns now: column A's fingerprints (each prefixed by its writer, "mål:…") and the sheets it made
   * (the summary, the allocation sheet, scenario sheets).
   */
  owned: z
    .object({
      fingerprintChunks: z.number().int(),
      sheets: z.array(z.string()).default([]),
    })
    .default({ fingerprintChunks: 0, sheets: [] }),
  /** The last run of any writer, while it can still be undone. */
  run: z
    .object({
      id: z.string(),
      time: z.string(),
      writer: WriterSchema,
      /** "i gang" until the last operation of the write; a run found "i gang" was interrupted. */
      status: z.enum(["i gang", "færdig"]),
      /** The user's table the run wrote output columns into, if any. */
      table: GoalTableRefSchema.nullable(),
      /** Output columns the run added (headers); Fortryd removes them. */
      addedColumns: z.array(z.string()),
      /** Sheet address of the added columns with their header (plain ranges), for Fortryd. */
      addedColumnsAddress: z.string().optional(),
      /** The add-in's own sheet the run drew (Oversigt, Fordeling, Scenarie 1 …), and whether the run made it. */
      sheet: z.string().nullable(),
      sheetCreated: z.boolean(),
      /** Whether the run put an AutoFilter on its sheet (ExcelApi 1.9): emptying the sheet must remove it too. */
      sheetFilter: z.boolean().optional(),
      previousFingerprintChunks: z.number().int(),
      previousOwnedSheets: z.array(z.string()),
      backupChunks: z.number().int(),
      /**
       * While "i gang": where the fingerprints from before the run are, A (still, when absent) or B (moved there
       * before A gets the run's own).
       */
      ownershipIn: z.enum(["A", "B"]).optional(),
      /** Zero-based column of the backup: 2 (C, also when absent) or 3 (D). */
      backupColumn: z.number().int().min(2).max(3).optional(),
    })
    .optional(),
  /** The last goal-fulfilment run, shown in the pane when the workbook is opened. */
  lastGoalRun: z
    .object({ time: z.string(), overallText: z.string(), overall: z.number().nullable() })
    .optional(),
  /** The user's correction of the detected goal table, kept for the next run. */
  mapping: z
    .object({
      goalTable: GoalTableRefSchema.optional(),
      columns: z.record(z.string(), z.string()).optional(),
      year: z.number().int().optional(),
    })
    .optional(),
});
export type RunMeta = z.infer<typeof RunMetaSchema>;

/** FNV-1a, 32 bit: a short, stable fingerprint; a collision would only hide one conflict question, never lose data. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A written value as a stable string: numbers to 12 significant digits, so a read-back double matches. */
export function canonicalValue(value: string | number | boolean | null): string {
  if (value === null || value === "") return "";
  if (typeof value === "number") return `n:${Number(value.toPrecision(12))}`;
  if (typeof value === "boolean") return `b:${value}`;
  return `s:${value}`;
}

/** Fingerprint of "this output column of this goal row holds this value", independent of row order. */
export function fingerprint(
  writer: Writer,
  rowKey: string,
  column: string,
  value: string | number | boolean | null
): string {
  // Prefixed by the writer, so each writer replaces only its own fingerprints.
  return `${writer}:${fnv1a(`${rowKey}\u0001${column}\u0001${canonicalValue(value)}`).toString(36)}`;
}

export function splitChunks(text: string, size = CHUNK_CHARS): string[] {
  if (text === "") return [];
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

export function encodeFingerprints(prints: Iterable<string>): string[] {
  return splitChunks([...prints].join(","));
}

export function decodeFingerprints(chunks: unknown[]): Set<string> {
  const text = chunks.filter((c): c is string => typeof c === "string").join("");
  return new Set(text === "" ? [] : text.split(","));
}

export function encodeBackup(blocks: BackupBlock[]): string[] {
  return splitChunks(JSON.stringify(blocks));
}

export function decodeBackup(chunks: unknown[]): BackupBlock[] {
  const text = chunks.filter((c): c is string => typeof c === "string").join("");
  if (text === "") return [];
  return z.array(BackupBlockSchema).parse(JSON.parse(text));
}

export function parseMeta(cell: unknown): RunMeta {
  const empty: RunMeta = { version: 1, owned: { fingerprintChunks: 0, sheets: [] } };
  if (typeof cell !== "string" || cell.trim() === "") return empty;
  try {
    const parsed = RunMetaSchema.safeParse(JSON.parse(cell));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

/** What a cell holds, for the backup: its formula when it has one, else its constant value. */
export function cellContent(
  value: unknown,
  formula: unknown,
  valueType?: unknown
): CellContent | null {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== String(value))
    return { formula };
  if (value === null || value === undefined || value === "") return null;
  if (valueType === "Error") return { error: String(value) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return { value };
  return { value: String(value) };
}

/** The state sheet column that holds a run's backup (C unless the run says D). */
export function backupColumnOf(run: { backupColumn?: number } | undefined): number {
  return run?.backupColumn ?? 2;
}
