// Checks an existing key: recomputes the shares from the populations and compares them at the precision they were
// printed at, checks that shares and amounts add up to their totals, and explains a gap by the legacy rounding of
// instalments when the figures show that pattern. Needs no populations to audit amounts against a total.
import { z } from "zod";
import { formatNumber } from "../format";
import { datePopulations } from "../municipalities/dating";
import { quarterDate, unmatchedMunicipalityMessage } from "../municipalities/messages";
import type { MunicipalityRegistry, QuarterlyPopulations } from "../municipalities/registry";
import { nameKey } from "./allocate";
import { formatShare } from "./display";
import { allocationMessage } from "./messages";
import { formatCount, formatOere, roundHalfUp, toKroner, toOere } from "./money";
import {
  InstalmentsSchema,
  KeyBasisSchema,
  type Allocation,
  type AuditFinding,
  type AuditReport,
  type KeyTable,
  type KeyTableRow,
} from "./schema";

export const AuditSettingsSchema = z.object({
  /** The amount the key is meant to split, in kroner; without it the amounts are only checked against the total row. */
  total: z.number().optional(),
  /** The rounding unit in kroner the key was (or should be) computed in. */
  unit: z.number().positive().default(1),
  instalments: InstalmentsSchema.default(1),
  /** What the recomputation (if any) was keyed on: "amount" makes a reproduction circular, and the audit says so. */
  basis: KeyBasisSchema.default("population"),
  locale: z.enum(["da", "en"]).default("da"),
});
export type AuditSettings = z.input<typeof AuditSettingsSchema>;
type Settings = z.output<typeof AuditSettingsSchema>;

type Finding = Omit<AuditFinding, "sheet" | "message"> & {
  code: string;
  params: Record<string, string | number>;
};

/**
 * DST's figures to date a key's populations by (core/municipalities: the registry for the names, FOLK1A per quarter
 * for the figures). Passed in rather than imported, so the audit costs a bundle nothing until a caller loads them.
 */
export interface PopulationReference {
  registry: MunicipalityRegistry;
  quarterly: QuarterlyPopulations;
}

/**
 * Audits a key as printed. `allocation` is the recomputation to compare stated amounts with (same rows, from the
 * same table); leave it out when the table has nothing to recompute from. With `reference`, the audit also says from
 * which date the populations are ("indbyggertallene er Danmarks Statistiks tal pr. 1. oktober 2017 (12 af 13
 * kommuner)") and names the rows from another date or none.
 */
export function auditKey(
  table: KeyTable,
  settings: AuditSettings,
  allocation?: Allocation,
  reference?: PopulationReference
): AuditReport {
  const s = AuditSettingsSchema.parse(settings);
  const found: Finding[] = [
    ...auditShares(table, s),
    ...auditAmounts(table, s, allocation),
    ...(reference ? auditDates(table, s, reference) : []),
  ];
  const findings: AuditFinding[] = found.map(({ code, params, ...f }) => ({
    ...f,
    sheet: table.sheet,
    message: allocationMessage(s.locale, code, params),
  }));
  return { findings, summary: summarise(found, table, s) };
}

function auditShares(table: KeyTable, s: Settings): Finding[] {
  const { rows, totalRow } = table;
  const findings: Finding[] = [];
  if (
    rows.length === 0 ||
    rows.some(
      (r) => r.population === undefined || r.population <= 0 || !Number.isSafeInteger(r.population)
    )
  )
    return findings;
  const P = rows.reduce((a, r) => a + BigInt(r.population as number), 0n);
  const pop = (n: number | bigint) => formatNumber(Number(n), s.locale, 0);

  if (totalRow?.population !== undefined && BigInt(Math.round(totalRow.population)) !== P) {
    findings.push({
      kind: "total-row-mismatch",
      severity: "discrepancy",
      row: null,
      cell: totalRow.cells.population as string,
      stated: totalRow.population,
      recomputed: Number(P),
      code: "total-row-population",
      params: { stated: pop(totalRow.population), recomputed: pop(P) },
    });
  }

  for (const row of rows) {
    if (!row.share) continue;
    const { value, percent, decimals } = row.share;
    const scale = 10n ** BigInt(decimals + (percent ? 2 : 0));
    const stated = BigInt(Math.round(value * Number(scale)));
    const recomputed = roundHalfUp(BigInt(row.population as number) * scale, P);
    if (stated === recomputed) continue;
    const exact = (row.population as number) / Number(P);
    findings.push({
      kind: "share-mismatch",
      severity: "discrepancy",
      row: row.name,
      cell: row.cells.share as string,
      stated: value,
      recomputed: Number(recomputed) / Number(scale),
      code: "share-mismatch",
      params: {
        name: row.name,
        stated: formatShare(value, decimals, percent, s.locale),
        population: pop(row.population as number),
        sum: pop(P),
        exact: formatShare(exact, decimals + 2, percent, s.locale),
        recomputed: formatShare(Number(recomputed) / Number(scale), decimals, percent, s.locale),
      },
    });
  }

  // The stated shares must add up to 100 % at the precision printed.
  const shares = rows.map((r) => r.share);
  if (shares.every((x) => x !== undefined) && shares.length > 0) {
    const digits = Math.max(...shares.map((x) => x.decimals + (x.percent ? 2 : 0)));
    const scale = 10 ** digits;
    const sum = shares.reduce((a, x) => a + Math.round(x.value * scale), 0);
    const percent = shares.some((x) => x.percent);
    const shown = (v: number) => formatShare(v, percent ? digits - 2 : digits, percent, s.locale);
    const totalShare = totalRow?.share ? Math.round(totalRow.share.value * scale) : undefined;
    if (sum !== scale) {
      findings.push({
        kind: "share-sum",
        severity: "discrepancy",
        row: null,
        cell: totalRow?.cells.share ?? (table.headerCells.share as string),
        stated: sum / scale,
        recomputed: 1,
        code: "share-sum",
        params: { stated: shown(sum / scale), expected: shown(1) },
      });
    } else if (totalShare !== undefined && totalShare !== sum) {
      findings.push({
        kind: "total-row-mismatch",
        severity: "discrepancy",
        row: null,
        cell: totalRow?.cells.share as string,
        stated: totalShare / scale,
        recomputed: sum / scale,
        code: "total-row-share",
        params: { stated: shown(totalShare / scale), recomputed: shown(sum / scale) },
      });
    }
  }
  return findings;
}

/**
 * Whether some shares (non-negative, adding up to 1) give exactly these instalments when each instalment quota
 * M × share is rounded on its own, halves up: each M × share must lie in [m − ½, m + ½), which some shares meet
 * exactly when Σ max(0, m − ½) ≤ M < Σ (m + ½).
 */
export function legacyRoundingCanGive(instalments: bigint[], instalmentTotal: bigint): boolean {
  const low = instalments.reduce((a, m) => a + (m > 0n ? 2n * m - 1n : 0n), 0n);
  const high = instalments.reduce((a, m) => a + 2n * m + 1n, 0n);
  return low <= 2n * instalmentTotal && 2n * instalmentTotal < high;
}

function auditAmounts(table: KeyTable, s: Settings, allocation?: Allocation): Finding[] {
  const { rows, totalRow } = table;
  const findings: Finding[] = [];
  const withAmount = rows.filter((r) => r.amount !== undefined);
  if (withAmount.length === 0) return findings;
  const kr = (oere: bigint) => formatOere(oere, s.locale);
  const oere = (r: KeyTableRow) => toOere(r.amount?.value ?? 0) as bigint;
  const all = withAmount.length === rows.length;
  const sum = rows.reduce((a, r) => a + oere(r), 0n);
  const amountCell = totalRow?.cells.amount ?? (table.headerCells.amount as string);

  if (all && totalRow?.amount) {
    const precision = toOere(totalRow.amount.precision) as bigint;
    const statedTotal = toOere(totalRow.amount.value) as bigint;
    if (roundHalfUp(sum, precision) * precision !== statedTotal) {
      findings.push({
        kind: "total-row-mismatch",
        severity: "discrepancy",
        row: null,
        cell: amountCell,
        stated: toKroner(statedTotal),
        recomputed: toKroner(sum),
        code: "total-row-amount",
        params: { stated: kr(statedTotal), recomputed: kr(sum) },
      });
    }
  }

  const total = s.total === undefined ? undefined : toOere(s.total);
  const gap = total === undefined ? 0n : sum - total;
  if (all && total !== undefined && gap !== 0n) {
    findings.push({
      kind: "amount-gap",
      severity: "discrepancy",
      row: null,
      cell: amountCell,
      stated: toKroner(sum),
      recomputed: toKroner(total),
      code: "amount-gap",
      params: {
        stated: kr(sum),
        gap: kr(gap < 0n ? -gap : gap),
        direction: allocationMessage(s.locale, gap < 0n ? "gap-below" : "gap-above"),
        total: kr(total),
      },
    });
    findings.push(...explainGap(table, s, sum, total));
  }

  if (allocation) findings.push(...compareAmounts(table, s, allocation, all));
  return findings;
}

/** A gap between stated amounts and the total: is it the legacy rounding of equal instalments? */
function explainGap(table: KeyTable, s: Settings, sum: bigint, total: bigint): Finding[] {
  const amounts = table.rows.map((r) => toOere(r.amount?.value ?? 0) as bigint);
  const cell = table.totalRow?.cells.amount ?? (table.headerCells.amount as string);
  const kr = (oere: bigint) => formatOere(oere, s.locale);
  const unit = toOere(s.unit) as bigint;
  const k = BigInt(s.instalments);
  const step = unit * k;
  if (k > 1n && amounts.every((a) => a % step === 0n) && total % step === 0n) {
    const stated = amounts.map((a) => a / step);
    const statedUnits = sum / step;
    const totalUnits = total / step;
    const perInstalment = totalUnits - statedUnits;
    const explained = legacyRoundingCanGive(stated, totalUnits);
    const magnitude = perInstalment < 0n ? -perInstalment : perInstalment;
    return [
      {
        kind: "instalment-rounding",
        severity: explained ? "note" : "discrepancy",
        row: null,
        cell,
        stated: Number(statedUnits),
        recomputed: Number(totalUnits),
        code: explained ? "instalment-rounding" : "instalment-rounding-unexplained",
        params: {
          instalments: s.instalments,
          unit: kr(unit),
          step: kr(step),
          instalmentWord: allocationMessage(s.locale, `instalment-word-${s.instalments}`),
          statedUnits: formatCount(statedUnits, s.locale),
          totalUnits: formatCount(totalUnits, s.locale),
          perInstalment: kr(magnitude * unit),
          gap: kr(magnitude * step),
          count: table.rows.length,
        },
      },
    ];
  }
  if (k === 1n) {
    // Yearly settings, but the figures look like equal instalments of the printed precision: say how to reproduce.
    const precision = table.rows.reduce((a, r) => Math.max(a, r.amount?.precision ?? 0), s.unit);
    const printedUnit = toOere(precision) as bigint;
    for (const h of [12, 4] as const) {
      const hStep = printedUnit * BigInt(h);
      if (amounts.every((a) => a % hStep === 0n) && total % hStep === 0n) {
        return [
          {
            kind: "instalment-hint",
            severity: "note",
            row: null,
            cell,
            stated: null,
            recomputed: null,
            code: "instalment-hint",
            params: {
              instalments: h,
              unit: kr(printedUnit),
              instalmentWord: allocationMessage(s.locale, `instalment-word-${h}`),
            },
          },
        ];
      }
    }
  }
  return [];
}

/** Each stated amount against the recomputation, at the precision printed. */
function compareAmounts(
  table: KeyTable,
  s: Settings,
  allocation: Allocation,
  all: boolean
): Finding[] {
  // Keyed on the stated amounts themselves, largest remainder only moves the leftover: not a finding about the key.
  if (s.basis === "amount" && allocation.method === "largest-remainder") return [];
  const byName = new Map(allocation.rows.map((r) => [nameKey(r.name), r]));
  const method = allocationMessage(s.locale, `method-name-${allocation.method}`);
  const findings: Finding[] = [];
  let compared = 0;
  for (const row of table.rows) {
    const recomputedRow = byName.get(nameKey(row.name));
    if (!row.amount || !recomputedRow) continue;
    compared++;
    const precision = toOere(row.amount.precision) as bigint;
    const stated = toOere(row.amount.value) as bigint;
    const recomputed = toOere(recomputedRow.amount) as bigint;
    if (roundHalfUp(recomputed, precision) * precision === stated) continue;
    const diff = recomputed - stated;
    findings.push({
      kind: "amount-mismatch",
      severity: "discrepancy",
      row: row.name,
      cell: row.cells.amount as string,
      stated: toKroner(stated),
      recomputed: toKroner(recomputed),
      code: "amount-mismatch",
      params: {
        name: row.name,
        stated: formatOere(stated, s.locale),
        recomputed: formatOere(recomputed, s.locale),
        method,
        difference: `${diff > 0n ? "+" : "−"}${formatOere(diff < 0n ? -diff : diff, s.locale)}`,
      },
    });
  }
  if (all && findings.length === 0 && compared === table.rows.length) {
    findings.push({
      kind: "amounts-reproduced",
      severity: "note",
      row: null,
      cell: table.headerCells.amount as string,
      stated: null,
      recomputed: null,
      code: "amounts-reproduced",
      params: {
        method,
        instalments: allocation.instalments,
        instalmentWord: allocationMessage(s.locale, `instalment-word-${allocation.instalments}`),
        unit: formatOere(toOere(allocation.unit) as bigint, s.locale),
        count: compared,
        circular:
          s.basis === "amount" ? allocationMessage(s.locale, "amounts-reproduced-circular") : "",
      },
    });
  }
  return findings;
}

/** The date of the populations: the quarter that explains the most rows, and every row it does not explain. */
function auditDates(table: KeyTable, s: Settings, reference: PopulationReference): Finding[] {
  const rows = table.rows.filter((r) => r.population !== undefined);
  if (rows.length === 0 || table.headerCells.population === undefined) return [];
  const dating = datePopulations(
    rows.map((r) => ({ name: r.name, population: r.population as number })),
    reference.registry,
    reference.quarterly
  );
  const pop = (n: number) => formatNumber(n, s.locale, 0);
  const when = (label: string) => quarterDate(label, s.locale);
  const list = (labels: string[]) =>
    labels.length <= 3
      ? labels.map(when).join(allocationMessage(s.locale, "and"))
      : `${when(labels[0])} … ${when(labels[labels.length - 1])}`;
  const span = {
    first: when(dating.span.first.label),
    last: when(dating.span.last.label),
  };
  const findings: Finding[] = [];
  const best = dating.best;
  const newest = reference.registry.asOf.slice(0, 4);
  findings.push({
    kind: "population-date",
    severity: "note",
    row: null,
    cell: table.headerCells.population,
    stated: null,
    recomputed: best ? best.matches : 0,
    code: best ? "population-date" : "population-date-nothing",
    params: {
      date: best ? when(best.quarter.label) : "",
      matches: best ? best.matches : 0,
      of: rows.length,
      newest: when(`${newest}K1`),
      ...span,
    },
  });
  for (const dated of dating.rows) {
    const row = rows[dated.index];
    const cell = row.cells.population as string;
    if (!dated.match.ok) {
      findings.push({
        kind: "population-date-unknown",
        severity: "note",
        row: row.name,
        cell: row.cells.name,
        stated: dated.population,
        recomputed: null,
        code: "population-date-unknown",
        params: { problem: unmatchedMunicipalityMessage(s.locale, dated.match) },
      });
      continue;
    }
    if (!best || dated.quarters.some((q) => q.label === best.quarter.label)) continue;
    const name = row.name;
    const atBest =
      dated.atBest === undefined
        ? ""
        : allocationMessage(
            s.locale,
            dated.quarters.length > 0 ? "population-date-at-best" : "population-date-at-best-none",
            {
              date: when(best.quarter.label),
              value: pop(dated.atBest),
            }
          );
    findings.push({
      kind: dated.quarters.length > 0 ? "population-date-other" : "population-date-none",
      severity: "discrepancy",
      row: name,
      cell,
      stated: dated.population,
      recomputed: dated.atBest ?? null,
      code: dated.quarters.length > 0 ? "population-date-other" : "population-date-none",
      params: {
        name,
        value: pop(dated.population),
        dates: list(dated.quarters.map((q) => q.label)),
        atBest,
        ...span,
      },
    });
  }
  return findings;
}

/** One line: the counts, then a short phrase per finding; row-level mismatches are counted, not listed. */
function summarise(findings: Finding[], table: KeyTable, s: Settings): string {
  if (findings.length === 0) return allocationMessage(s.locale, "summary-none");
  const discrepancies = findings.filter((f) => f.severity === "discrepancy").length;
  const notes = findings.length - discrepancies;
  const parts: string[] = [];
  const counted: Partial<Record<AuditFinding["kind"], (r: KeyTableRow) => unknown>> = {
    "share-mismatch": (r) => r.share,
    "amount-mismatch": (r) => r.amount,
  };
  for (const [kind, stated] of Object.entries(counted)) {
    const count = findings.filter((f) => f.kind === kind).length;
    const of = table.rows.filter(stated).length;
    if (count > 0) parts.push(allocationMessage(s.locale, `summary-${kind}`, { count, of }));
  }
  // The dating's rows are counted after its date: "… pr. 1. oktober 2017 (12 af 13); 1 er fra en anden dato".
  const datedRows = {
    "population-date-other": findings.filter((f) => f.kind === "population-date-other").length,
    "population-date-none": findings.filter((f) => f.kind === "population-date-none").length,
  };
  for (const f of findings) {
    if (f.kind in counted || f.kind in datedRows || f.kind === "population-date-unknown") continue;
    parts.push(allocationMessage(s.locale, `summary-${f.code}`, f.params));
    if (f.kind === "population-date")
      for (const [code, count] of Object.entries(datedRows))
        if (count > 0) parts.push(allocationMessage(s.locale, `summary-${code}`, { count }));
  }
  const text = parts.join("; ");
  const end = text.endsWith(".") ? "" : ".";
  return `${allocationMessage(s.locale, "summary-prefix", { discrepancies, notes })}${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
}
