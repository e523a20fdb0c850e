// The geographic spread of a hub's services (goal 2, "Bred geografisk spredning"). Pure and data-free: pass the
// municipality registry (core/municipalities/shipped) in.
export * from "./schema";
export { hasMunicipalityColumn, inferYear, readLandBy } from "./columns";
export { spreadMessage } from "./messages";
export {
  computeSpread,
  inferHub,
  readRuralTable,
  spreadSummary,
  type ActivitySource,
  type RuralList,
} from "./spread";
