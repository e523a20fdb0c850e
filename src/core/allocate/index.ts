// Split a grant by population key (fordelingsnøgle), and audit an existing key. Pure: no Office, DOM or Node.
// The split by the shipped DST populations (allocateHub, allocateNational) is in ./shipped, imported from there so
// that this index (used by the custom functions and the pane) does not pull in the municipality registry.
export { allocate, validateKey, nameKey } from "./allocate";
export {
  auditKey,
  legacyRoundingCanGive,
  AuditSettingsSchema,
  type AuditSettings,
  type PopulationReference,
} from "./audit";
export { csvToRawTable, csvBytesToRawTable } from "./csv";
export { formatFixed, formatShare } from "./display";
export {
  readKeyTable,
  keyFromTable,
  isTotalLabel,
  amountUnitFromHeader,
  looksLikeKeyTable,
} from "./keyTable";
export { allocationMessage } from "./messages";
export { compareForTies } from "./rounding";
export * from "./schema";
