// The data of the population-key split, schema first: every type here is inferred from its zod schema.
import { z } from "zod";
import { CellErrorSchema, type CellError } from "../model";

/** largest-remainder: Hamilton, sums exactly. round-each: the legacy way, each amount rounded on its own. */
export const MethodSchema = z.enum(["largest-remainder", "round-each"]);
export type Method = z.infer<typeof MethodSchema>;

/** Yearly, quarterly or monthly invoicing. */
export const InstalmentsSchema = z.union([z.literal(1), z.literal(4), z.literal(12)]);
export type Instalments = z.infer<typeof InstalmentsSchema>;

/** What the split is proportional to: the populations, or (for a key that only states amounts) the stated amounts. */
export const KeyBasisSchema = z.enum(["population", "amount"]);
export type KeyBasis = z.infer<typeof KeyBasisSchema>;

export const PlaceSchema = z.object({ sheet: z.string(), cell: z.string() });
export type Place = z.infer<typeof PlaceSchema>;

export const AllocationOptionsSchema = z.object({
  /** The amount to split, in kroner (whole øre at most). */
  total: z.number(),
  /** Rounding unit in kroner: 1, 100, 1000 … */
  unit: z.number().default(1),
  instalments: InstalmentsSchema.default(1),
  method: MethodSchema.default("largest-remainder"),
  /** A fixed part in kroner, split equally among the rows before the population part. */
  fixedTotal: z.number().optional(),
  locale: z.enum(["da", "en"]).default("da"),
  /** Where the total was typed, for its errors; the command line has no cell and leaves it out. */
  totalPlace: PlaceSchema.optional(),
  /** What the rows are, for the method sentence: municipalities, or the hubs of a national split's first level. */
  rowKind: z.enum(["municipalities", "hubs"]).default("municipalities"),
  /** What the weights are, for the method sentence: populations, or a key's stated amounts (no inhabitants). */
  basis: KeyBasisSchema.default("population"),
});
export type AllocationOptions = z.input<typeof AllocationOptionsSchema>;
export type ResolvedAllocationOptions = z.output<typeof AllocationOptionsSchema>;

/** One municipality of the key. `population` is the weight: residents, or the stated amount when basis is "amount". */
export const KeyRowSchema = z.object({
  name: z.string(),
  population: z.number(),
  /** This municipality's own fixed part in kroner, before the population part. */
  fixed: z.number().optional(),
  /** Where the row's values stand, for errors. */
  source: z
    .object({
      sheet: z.string(),
      /** 1-based sheet row. */
      row: z.number().int(),
      name: z.string(),
      population: z.string(),
      fixed: z.string().optional(),
    })
    .optional(),
});
export type KeyRow = z.infer<typeof KeyRowSchema>;

export const PopulationKeySchema = z.object({
  rows: z.array(KeyRowSchema),
  /** The table's header cell, for "the table is empty". */
  source: PlaceSchema.optional(),
});
export type PopulationKey = z.infer<typeof PopulationKeySchema>;

export const AllocatedRowSchema = z.object({
  name: z.string(),
  population: z.number(),
  /** population / sum of populations, full precision. */
  share: z.number(),
  /** This row's part of the fixed amount, in kroner (exact, may have decimals for an equal split). */
  fixed: z.number(),
  /** The exact yearly quota in kroner: fixed part + share of the rest. */
  exact: z.number(),
  /** Yearly amount in kroner: instalments × instalment. */
  amount: z.number(),
  /** Amount per instalment in kroner, equal for every instalment of the year. */
  instalment: z.number(),
  /** amount − exact: what rounding gave or took. */
  adjustment: z.number(),
});
export type AllocatedRow = z.infer<typeof AllocatedRowSchema>;

export const AllocationSchema = z.object({
  total: z.number(),
  unit: z.number(),
  instalments: InstalmentsSchema,
  method: MethodSchema,
  fixedTotal: z.number(),
  rows: z.array(AllocatedRowSchema),
  /** Sum of the yearly amounts. */
  sum: z.number(),
  /** sum − total: 0 with largest remainder; the legacy method's loss or gain with round-each. */
  difference: z.number(),
  /** total / instalments: what every instalment column must add up to. */
  instalmentTotal: z.number(),
  /** Sum of one instalment column. */
  instalmentSum: z.number(),
  /** Largest remainder: how many units per instalment went to the largest remainders. */
  leftoverUnits: z.number().int(),
  /** The method in one Danish (or English) sentence, with the total it reaches. */
  sentence: z.string(),
});
export type Allocation = z.infer<typeof AllocationSchema>;

export type AllocationOutcome =
  { ok: true; allocation: Allocation } | { ok: false; errors: CellError[] };

/** A stated share as printed, with the precision it was printed at ("3,47 %": percent, 2 decimals). */
export const StatedShareSchema = z.object({
  /** The share as a fraction (3,47 % → 0.0347). */
  value: z.number(),
  percent: z.boolean(),
  decimals: z.number().int().nonnegative(),
  text: z.string(),
});
export type StatedShare = z.infer<typeof StatedShareSchema>;

/** A stated amount in kroner with the precision it was printed at ("1.224" in 1.000 kr.: precision 1.000 kr.). */
export const StatedAmountSchema = z.object({
  /** Kroner. */
  value: z.number(),
  /** The smallest step the printed figure can show, in kroner. */
  precision: z.number(),
  text: z.string(),
});
export type StatedAmount = z.infer<typeof StatedAmountSchema>;

const KeyCellsSchema = z.object({
  name: z.string(),
  population: z.string().optional(),
  share: z.string().optional(),
  amount: z.string().optional(),
  fixed: z.string().optional(),
});

export const KeyTableRowSchema = z.object({
  name: z.string(),
  /** 1-based sheet row. */
  sheetRow: z.number().int(),
  /** Addresses of the row's cells in the detected columns, blank or not. */
  cells: KeyCellsSchema,
  /** Blank cells leave their value out. */
  population: z.number().optional(),
  share: StatedShareSchema.optional(),
  amount: StatedAmountSchema.optional(),
  /** Kroner. */
  fixed: z.number().optional(),
});
export type KeyTableRow = z.infer<typeof KeyTableRowSchema>;

/** A population table as read from a sheet or a CSV file: municipalities, the total row, and reading errors. */
export const KeyTableSchema = z.object({
  sheet: z.string(),
  /** Header cells of the detected columns. */
  headerCells: KeyCellsSchema,
  /** Kroner per printed unit of the amount column: 1000 for "Beløb (1.000 kr.)". */
  amountUnit: z.number(),
  rows: z.array(KeyTableRowSchema),
  /** "I alt" / "Total" / "Sum": kept for the audit, never a municipality. */
  totalRow: KeyTableRowSchema.optional(),
  errors: z.array(CellErrorSchema),
});
export type KeyTable = z.infer<typeof KeyTableSchema>;

export const FindingKindSchema = z.enum([
  "share-mismatch",
  "share-sum",
  "total-row-mismatch",
  "amount-gap",
  "instalment-rounding",
  "instalment-hint",
  "amount-mismatch",
  "amounts-reproduced",
  // The date of the key's populations, against DST's quarterly FOLK1A figures (when the audit is given them).
  "population-date",
  "population-date-other",
  "population-date-none",
  "population-date-unknown",
]);
export type FindingKind = z.infer<typeof FindingKindSchema>;

/** What the audit found. Shares are fractions, amounts kroner, populations residents. */
export const AuditFindingSchema = z.object({
  kind: FindingKindSchema,
  /** discrepancy: a stated figure is wrong; note: an explanation or a confirmation. */
  severity: z.enum(["discrepancy", "note"]),
  /** The municipality, or null for a total. */
  row: z.string().nullable(),
  sheet: z.string(),
  cell: z.string(),
  stated: z.number().nullable(),
  recomputed: z.number().nullable(),
  message: z.string(),
});
export type AuditFinding = z.infer<typeof AuditFindingSchema>;

export const AuditReportSchema = z.object({
  findings: z.array(AuditFindingSchema),
  summary: z.string(),
});
export type AuditReport = z.infer<typeof AuditReportSchema>;
