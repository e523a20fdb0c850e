// The shipped municipality data, schema first: Denmark's 98 municipalities with their DST code and name, region,
// the Erhvervshus that serves them, DST's kommunegruppe and the population (FOLK1A) on 1 January of each year and
// on the first day of every quarter. The data itself is generated (data.ts, quarters.ts) in a compact form of
// arrays; these schemas check it once when it is loaded and give every type.
import { z } from "zod";
import { DST_CREDIT, GROUPS, HUBS, REGIONS } from "./names";

export { DST_CREDIT, GROUPS, HUBS, REGIONS, RURAL_GROUP } from "./names";

export const HubSchema = z.enum(HUBS);
export type Hub = z.infer<typeof HubSchema>;
export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;
export const GroupSchema = z.enum(GROUPS);
export type MunicipalityGroup = z.infer<typeof GroupSchema>;

const Count = z.number().int().nonnegative();
const Code = z.number().int().min(101).max(999);

/** One municipality as generated: code, DST name, region, Erhvervshus, kommunegruppe, population 1 January per year. */
export const CompactMunicipalitySchema = z.tuple([
  Code,
  z.string().min(1),
  RegionSchema,
  HubSchema,
  GroupSchema,
  z.array(Count),
]);

export const CompactMunicipalityDataSchema = z
  .object({
    /** The latest population date in the data (ISO), e.g. "2026-01-01". */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    credit: z.literal(DST_CREDIT),
    /** What the figures are, in Danish, for a source line: "FOLK1A (befolkningen 1. januar) …". */
    sources: z.string().min(1),
    /** The years whose 1 January population each row lists, in the same order. */
    years: z.array(z.number().int().min(2000).max(2200)).min(1),
    municipalities: z.array(CompactMunicipalitySchema).min(1),
  })
  .superRefine((data, ctx) => {
    const codes = new Set<number>();
    for (const [code, name, , , , populations] of data.municipalities) {
      if (codes.has(code)) ctx.addIssue({ code: "custom", message: `code ${code} twice` });
      codes.add(code);
      if (populations.length !== data.years.length)
        ctx.addIssue({ code: "custom", message: `${name}: ${populations.length} populations` });
    }
  });
export type CompactMunicipalityData = z.input<typeof CompactMunicipalityDataSchema>;

export const CompactQuarterlyDataSchema = z
  .object({
    credit: z.literal(DST_CREDIT),
    sources: z.string().min(1),
    /** "2008K1" … "2026K1", consecutive: K1 = 1 January, K2 = 1 April, K3 = 1 July, K4 = 1 October. */
    quarters: z.array(z.string().regex(/^\d{4}K[1-4]$/)).min(1),
    /** Code, then the population on the first day of each quarter. */
    rows: z.array(z.tuple([Code, z.array(Count)])).min(1),
  })
  .superRefine((data, ctx) => {
    for (const [code, values] of data.rows)
      if (values.length !== data.quarters.length)
        ctx.addIssue({ code: "custom", message: `${code}: ${values.length} quarters` });
  });
export type CompactQuarterlyData = z.input<typeof CompactQuarterlyDataSchema>;

export const MunicipalitySchema = z.object({
  code: Code,
  /** The DST short name: "Høje-Taastrup", "Vesthimmerlands", "Aarhus". */
  name: z.string(),
  region: RegionSchema,
  hub: HubSchema,
  group: GroupSchema,
  /** Population on 1 January, by year. */
  population: z.record(z.string(), Count),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;

/** A municipality as one of a hub's, with the population of the chosen year. */
export interface MunicipalityYear {
  municipality: Municipality;
  population: number;
}

/** A quarter of FOLK1A: "2017K4" is the population on 1 October 2017. */
export interface Quarter {
  label: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
}
