// Split a grant by population key (fordelingsnøgle), and audit an existing key. Pure: no Office, DOM or Node.
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
export {
  allocateHub,
  allocateNational,
  shippedKey,
  shippedSource,
  type HubShare,
  type NationalOutcome,
  type ShippedOptions,
} from "./shipped";
export * from "./schema";
