// What-if inputs, schema first (types via z.infer): a change to one goal (or one part/segment of it), a sweep of one
// value over a range, and the options of a session. Values are what the user typed ("55", "72,5", "60 %", "3/4",
// "Ja"), read exactly as the workbook's cells are read; a number is read as if typed into the cell.
import { z } from "zod";
import { EvaluateOptionsSchema } from "../model";

/** What a change edits. `tier` is a threshold column ("Mål 100 %", "Mål 50 %", any "Mål NN %"). */
export const ChangeKeySchema = z.enum([
  "tier",
  "result",
  "rule",
  "direction",
  "weight",
  "assume",
  "agreed",
]);
export type ChangeKey = z.infer<typeof ChangeKeySchema>;

/** A typed value: text as in a cell, a number, a boolean (ja/nej), or null/"" to clear the cell. */
export const ChangeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type ChangeValue = z.infer<typeof ChangeValueSchema>;

/** Which rows a change touches: a goal by Nr, optionally one part (Del) and/or one segment. */
export const ChangeTargetSchema = z.object({
  goal: z.string().trim().min(1),
  part: z.string().optional(),
  segment: z.string().optional(),
});
export type ChangeTarget = z.infer<typeof ChangeTargetSchema>;

export const WhatIfChangeSchema = ChangeTargetSchema.extend({
  key: ChangeKeySchema,
  /** For key "tier": the fulfilment the threshold gives, 0 < tier ≤ 1 (1 for "Mål 100 %", 0,5 for "Mål 50 %"). */
  tier: z.number().gt(0).lte(1).optional(),
  value: ChangeValueSchema,
  /** The text the change came from ("1.mål100=55"), quoted back in messages; made up when absent. */
  source: z.string().optional(),
});
export type WhatIfChange = z.infer<typeof WhatIfChangeSchema>;
export type WhatIfChangeInput = z.input<typeof WhatIfChangeSchema>;

/** One value of one goal over a range: the data behind a chart. `from`/`to`/`step` are numbers or typed text. */
export const SweepSpecSchema = ChangeTargetSchema.extend({
  key: z.enum(["tier", "result", "weight", "assume"]),
  tier: z.number().gt(0).lte(1).optional(),
  from: z.union([z.number(), z.string()]),
  to: z.union([z.number(), z.string()]),
  step: z.union([z.number(), z.string()]),
  source: z.string().optional(),
});
export type SweepSpec = z.infer<typeof SweepSpecSchema>;
export type SweepSpecInput = z.input<typeof SweepSpecSchema>;

/** The calculator's own options (locale, decimal separator, year, goal table, column mapping), plus sweep limits. */
export const WhatIfOptionsSchema = EvaluateOptionsSchema.extend({
  /** A sweep computes at most this many points. */
  maxSweepPoints: z.number().int().positive().max(10000).default(1001),
});
export type WhatIfOptions = z.input<typeof WhatIfOptionsSchema>;
