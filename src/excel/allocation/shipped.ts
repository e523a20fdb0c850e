// Fordeling without a key table: the hub's municipalities and their populations on 1 January of a year come from the
// shipped DST data (src/core/municipalities), so nobody types the population column. The Fordeling sheet then holds
// the key table itself (Kommune, Beløb, Pr. rate, Andel, Indbyggere) with the credit "Kilde: Danmarks Statistik".
// Pure: the split and the plan; the user's sheets are not touched (the plan has no table part).
import type { Allocation, AuditReport } from "../../core/allocate";
import { allocateHub, shippedSource } from "../../core/allocate/shipped";
import type { CellError } from "../../core/model";
import { unmatchedHubMessage } from "../../core/municipalities/messages";
import type { Hub } from "../../core/municipalities/names";
import { SHIPPED_MUNICIPALITIES } from "../../core/municipalities/shipped";
import type { WorkbookLayout } from "../workbook/layout";
import { composeWrite, type WritePlan } from "../workbook/lifecycle";
import { previousBox } from "../workbook/runState";
import type { SplitSettings } from "./compute";
import { allocationRedraw, allocationSheetOps } from "./sheet";

export interface ShippedKeyChoice {
  /** The hub as people write it ("Nordjylland", "Erhvervshus Nordjylland"). */
  hub: string;
  /** Populations on 1 January of this year. */
  year: number;
}

export type ShippedSplit =
  | { ok: false; errors: CellError[] }
  | { ok: true; hub: Hub; allocation: Allocation; audit: AuditReport; source: string };

/** The years the shipped data has populations for (the pane's year list). */
export function shippedYears(): number[] {
  return SHIPPED_MUNICIPALITIES.years;
}

export function computeShippedSplit(
  choice: ShippedKeyChoice,
  settings: SplitSettings,
  locale: "da" | "en",
  /** Where an error about the choice is shown (the sheet the Fordeling would be drawn on). */
  at: { sheet: string; cell: string }
): ShippedSplit {
  const hub = SHIPPED_MUNICIPALITIES.matchHub(choice.hub);
  if (!hub.ok)
    return {
      ok: false,
      errors: [{ ...at, code: "unknown-hub", message: unmatchedHubMessage(locale, hub) }],
    };
  const outcome = allocateHub(
    SHIPPED_MUNICIPALITIES,
    hub.hub,
    { year: choice.year, yearPlace: at },
    {
      total: settings.total,
      unit: settings.unit ?? 1,
      instalments: settings.instalments ?? 1,
      method: settings.method ?? "largest-remainder",
      fixedTotal: settings.fixedTotal,
      locale,
    }
  );
  if (!outcome.ok) return { ok: false, errors: outcome.errors };
  const source = shippedSource(choice.year, locale);
  // Nothing typed, nothing to audit: the audit line carries the credit instead.
  const audit: AuditReport = {
    findings: [],
    summary:
      locale === "da"
        ? `${source}. Indbyggertallene er ikke tastet, så der er intet at revidere.`
        : `${source}. The populations were not typed, so there is nothing to audit.`,
  };
  return { ok: true, hub: hub.hub, allocation: outcome.allocation, audit, source };
}

export function planShippedAllocation(input: {
  layout: WorkbookLayout;
  sheet: string;
  hub: Hub;
  year: number;
  allocation: Allocation;
  audit: AuditReport;
  now: Date;
  runId: string;
}): WritePlan {
  const { layout, sheet } = input;
  return composeWrite({
    layout,
    writer: "fordeling",
    runId: input.runId,
    now: input.now,
    table: null,
    sheet: {
      name: sheet,
      ops: allocationSheetOps({
        sheet,
        allocation: input.allocation,
        audit: input.audit,
        keyLabel: `Danmarks Statistik, Erhvervshus ${input.hub} (${input.allocation.rows.length} kommuner)`,
        countDate: `1. januar ${input.year}`,
        existingCharts: layout.charts[sheet] ?? [],
        previousBox: previousBox(layout, sheet),
      }),
      redraw: allocationRedraw,
    },
  });
}
