// Denmark's municipalities: types, name matching and the registry over the data. Holds no data itself: import
// SHIPPED_MUNICIPALITIES from "./shipped" (and SHIPPED_QUARTERS from "./shippedQuarters") where the figures are needed.
export * from "./schema";
export { datePopulations, type DatedRow, type PopulationDating } from "./dating";
export {
  createMatcher,
  editDistance,
  matchHub,
  nameKey,
  type HubMatch,
  type MunicipalityMatch,
} from "./match";
export {
  municipalityMessage,
  quarterDate,
  unmatchedHubMessage,
  unmatchedMunicipalityMessage,
} from "./messages";
export {
  createQuarterly,
  createRegistry,
  yearProblem,
  type MunicipalityRegistry,
  type QuarterlyPopulations,
} from "./registry";
