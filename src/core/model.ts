// The data that crosses the core's edges, schema first: types are inferred from the zod schemas.
import { z } from "zod";
import type { RawCell } from "./numbers";
import { RULE_KINDS } from "./rules/registry";

export type { RawCell } from "./numbers";

function isRawCell(v: unknown): v is RawCell {
  return (
    v === null ||
    typeof v === "string" ||
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isFinite(v))
  );
}

/**
 * A column of cell values. Checked with a plain loop inside z.custom, because a million-row evaluation column
 * must validate in milliseconds, not seconds.
 */
const CellColumnSchema = z.custom<RawCell[]>(
  (v) => Array.isArray(v) && v.every(isRawCell),
  "a column must be an array of strings, finite numbers, booleans or null"
);

const FormatColumnSchema = z.custom<string[]>(
  (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
  "number formats must be strings"
);

/**
 * A table as read from the workbook: an Excel table, or a plain range below a header row. Column-oriented,
 * and a column the run does not need may be left out (undefined). Row r, column c of the body is the sheet cell
 * (headerRowIndex + 1 + r, firstColumnIndex + c), so every value can be traced back to its address.
 */
export const RawTableSchema = z.object({
  sheet: z.string().min(1),
  /** Excel table name, or the sheet name for a plain range. */
  name: z.string().min(1),
  source: z.enum(["table", "range"]),
  headerRowIndex: z.number().int().nonnegative(),
  firstColumnIndex: z.number().int().nonnegative(),
  headers: z.array(z.string()),
  rowCount: z.number().int().nonnegative(),
  columns: z.array(CellColumnSchema.optional()),
  numberFormats: z.array(FormatColumnSchema.optional()).optional(),
});
export type RawTable = z.infer<typeof RawTableSchema>;

/** A problem with the workbook, always with its address. */
export const CellErrorSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  code: z.string(),
  message: z.string(),
});
export type CellError = z.infer<typeof CellErrorSchema>;

export const DirectionSchema = z.enum(["mindst", "hoejst"]);
export type Direction = z.infer<typeof DirectionSchema>;

/** The registered rule kinds (rules/registry.ts): a new kind is registered there, not here. */
export const RuleKindSchema = z.enum(RULE_KINDS);
export type RuleKind = z.infer<typeof RuleKindSchema>;

export const StatusSchema = z.enum([
  "Opfyldt",
  "Delvist opfyldt",
  "Ikke opfyldt",
  "Afventer data",
  "Fejl",
]);
export type Status = z.infer<typeof StatusSchema>;

export const CombineSchema = z.enum(["gennemsnit", "alle"]);
export type Combine = z.infer<typeof CombineSchema>;

export const EvaluateOptionsSchema = z.object({
  /** Language of error messages (explanations written to the workbook are always Danish). */
  locale: z.enum(["da", "en"]).default("da"),
  /** The workbook's decimal separator, for numbers typed as text. */
  decimalSeparator: z.enum([",", "."]).default(","),
  /** Contract year used for year-dependent thresholds when a row has no `År`. */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Which candidate table is the goal table (sheet + header row), when the user corrected the guess. */
  goalTable: z.object({ sheet: z.string(), name: z.string() }).optional(),
  /** The user's corrections of the column mapping: role → header text (e.g. { result: "Faktisk 2021" }). */
  columns: z.record(z.string(), z.string()).optional(),
});
export type EvaluateOptions = z.input<typeof EvaluateOptionsSchema>;
export type ResolvedOptions = z.output<typeof EvaluateOptionsSchema>;
