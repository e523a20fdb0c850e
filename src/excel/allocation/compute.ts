// The split itself, purely: the key read from the table, the grant allocated by the core (src/core/allocate) and the
// key audited against what the table states.
import { SHIPPED_MUNICIPALITIES } from "../../core/municipalities/shipped";
import { SHIPPED_QUARTERS } from "../../core/municipalities/shippedQuarters";
import {
  allocate,
  auditKey,
  keyFromTable,
  readKeyTable,
  type Allocation,
  type AuditReport,
  type Instalments,
  type KeyBasis,
  type KeyTable,
  type Method,
} from "../../core/allocate";
import type { CellError, RawTable } from "../../core/model";

export interface SplitSettings {
  /** Kroner. */
  total: number;
  unit?: number;
  instalments?: Instalments;
  method?: Method;
  fixedTotal?: number;
  /** Split by population (default) or by the amounts the table states. */
  basis?: KeyBasis;
}

export type Split =
  | { ok: false; errors: CellError[] }
  | { ok: true; key: KeyTable; allocation: Allocation; audit: AuditReport };

export function computeSplit(
  input: RawTable,
  settings: SplitSettings,
  locale: "da" | "en",
  decimalSeparator: "," | "."
): Split {
  const key = readKeyTable(input, locale, { decimalSeparator });
  if (key.errors.length > 0) return { ok: false, errors: key.errors };
  const basis = settings.basis ?? "population";
  const { key: popKey, errors: keyErrors } = keyFromTable(key, basis, locale);
  if (keyErrors.length > 0) return { ok: false, errors: keyErrors };
  const unit = settings.unit ?? 1;
  const instalments = settings.instalments ?? 1;
  const method = settings.method ?? "largest-remainder";
  const outcome = allocate(popKey, {
    total: settings.total,
    unit,
    instalments,
    method,
    fixedTotal: settings.fixedTotal,
    locale,
    basis,
  });
  if (!outcome.ok) return { ok: false, errors: outcome.errors };
  const allocation = outcome.allocation;
  // The date of the key's populations against DST's quarterly figures (this module is the Fordeling section's
  // lazily loaded chunk, so the shipped data does not weigh on the pane's first view).
  const audit = auditKey(
    key,
    { total: settings.total, unit, instalments, basis, locale },
    allocation,
    { registry: SHIPPED_MUNICIPALITIES, quarterly: SHIPPED_QUARTERS }
  );
  return { ok: true, key, allocation, audit };
}
