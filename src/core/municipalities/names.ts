// The fixed words of the municipality data as plain constants (no zod), so messages and matching can use them
// without pulling the schemas into a bundle that only needs a word.

/** The credit Danmarks Statistik asks for wherever its figures are shown. */
export const DST_CREDIT = "Kilde: Danmarks Statistik";

/** The six Erhvervshuse, in DST code order of their first municipality (east to west and north). */
export const HUBS = [
  "Hovedstaden",
  "Sjælland",
  "Fyn",
  "Sydjylland",
  "Midtjylland",
  "Nordjylland",
] as const;
export type Hub = (typeof HUBS)[number];

export const REGIONS = [
  "Region Hovedstaden",
  "Region Sjælland",
  "Region Syddanmark",
  "Region Midtjylland",
  "Region Nordjylland",
] as const;

/** DST "Kommunegrupper v1:2018-". Landkommuner is the default meaning of "rural" (landdistrikt). */
export const GROUPS = [
  "Hovedstadskommuner",
  "Storbykommuner",
  "Provinsbykommuner",
  "Oplandskommuner",
  "Landkommuner",
] as const;
export type MunicipalityGroup = (typeof GROUPS)[number];
export const RURAL_GROUP: MunicipalityGroup = "Landkommuner";
