// The geographic spread of a hub's services, schema first: what goes in (an activity list read as a RawTable, the
// hub, the year, the minimum for coverage, the user's own rural classification) and what comes out (per
// municipality and for the hub). Every type is inferred from its zod schema.
import { z } from "zod";
import { CellErrorSchema } from "../model";
import { GroupSchema, HubSchema } from "../municipalities/schema";

export const SpreadOptionsSchema = z.object({
  /** The hub; a name as people write it ("Erhvervshus Nordjylland", "nordjylland"). */
  hub: z.string().min(1),
  /** Population on 1 January of this year (FOLK1A). */
  year: z.number().int(),
  /** A municipality counts as covered with at least this many activities. */
  minimum: z.number().int().positive().default(1),
  locale: z.enum(["da", "en"]).default("da"),
  /** Where the hub and the year were given, for their errors (the command line: "--hub", "--year"). */
  hubPlace: z.object({ sheet: z.string(), cell: z.string() }).optional(),
  yearPlace: z.object({ sheet: z.string(), cell: z.string() }).optional(),
});
export type SpreadOptions = z.input<typeof SpreadOptionsSchema>;

/** Where a municipality's land/by comes from: DST's kommunegruppe (Landkommuner), or the user's own list. */
export const RuralSourceSchema = z.enum(["dst", "user"]);
export type RuralSource = z.infer<typeof RuralSourceSchema>;

export const SpreadMunicipalitySchema = z.object({
  code: z.number().int(),
  name: z.string(),
  group: GroupSchema,
  rural: z.boolean(),
  ruralSource: RuralSourceSchema,
  /** Population on 1 January of the year. */
  population: z.number().int(),
  /** Rows of the activity list in this municipality. */
  activities: z.number().int(),
  /** Distinct companies (by CVR) among them, or null when the list has no company column. */
  companies: z.number().int().nullable(),
  /** activities / population × 10.000. */
  perTenThousand: z.number(),
  /** (share of the hub's activities) / (share of the hub's population) × 100; null when the hub has no activities. */
  index: z.number().nullable(),
});
export type SpreadMunicipality = z.infer<typeof SpreadMunicipalitySchema>;

export const OutsideRowSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  /** The municipality as written ("" when blank). */
  value: z.string(),
  /** The municipality it was read as, and its hub; null when the cell is blank. */
  municipality: z.string().nullable(),
  hub: HubSchema.nullable(),
});
export type OutsideRow = z.infer<typeof OutsideRowSchema>;

export const SpreadResultSchema = z.object({
  hub: HubSchema,
  year: z.number().int(),
  /** "Kilde: Danmarks Statistik (FOLK1A, befolkningen 1. januar 2021; kommunegrupper v1:2018)". */
  source: z.string(),
  /** The hub's municipalities, highest index first (then by name); those without activities last. */
  municipalities: z.array(SpreadMunicipalitySchema),
  totals: z.object({
    /** Activities in the hub's municipalities. */
    activities: z.number().int(),
    /** Distinct companies in the hub's municipalities, or null without a company column. */
    companies: z.number().int().nullable(),
    population: z.number().int(),
    /** Every row read, in or outside the hub. */
    rows: z.number().int(),
  }),
  coverage: z.object({
    covered: z.number().int(),
    of: z.number().int(),
    share: z.number(),
    minimum: z.number().int(),
  }),
  rural: z.object({
    /** Activities and population in the hub's rural municipalities. */
    activities: z.number().int(),
    population: z.number().int(),
    municipalities: z.number().int(),
    activityShare: z.number().nullable(),
    populationShare: z.number(),
    /** activityShare / populationShare × 100: 100 means rural municipalities get their population's share. */
    index: z.number().nullable(),
    /** dst: DST's Landkommuner throughout; user: the user's list for every municipality; mixed: some from each. */
    classification: z.enum(["dst", "user", "mixed"]),
  }),
  /** Rows in another hub's municipality, or with no municipality, counted apart. */
  outside: z.array(OutsideRowSchema),
  warnings: z.array(z.string()),
  errors: z.array(CellErrorSchema),
});
export type SpreadResult = z.infer<typeof SpreadResultSchema>;

export type SpreadOutcome =
  { ok: true; result: SpreadResult } | { ok: false; errors: z.infer<typeof CellErrorSchema>[] };
