// The add-in's "Fordeling" sheet: the parameters, the full split with a total row, the audit findings and a bar chart
// of the amounts. Pure: returns the operations that draw it.
import type { Allocation, AuditReport, Method } from "../../core/allocate";
import { describePlace } from "../../core/messages";
import { DST_CREDIT } from "../../core/municipalities/names";
import type { WorkbookLayout } from "../workbook/layout";
import { beforeValues, type SheetBefore } from "../workbook/lifecycle";
import type { ChartSpec, WriteOp } from "../workbook/ops";
import { sheetBlocks, valuesOverPrevious } from "../workbook/sheetBlocks";
import { ownedSheetName } from "../workbook/sheetNames";
import { cellValue } from "../workbook/textSafety";
import { chartBoxBeside, fitColumnOps } from "../workbook/widths";
import { AMOUNT_FORMAT, SHARE_FORMAT } from "./columns";

export const ALLOCATION_SHEET = "Fordeling";
/** Where the allocation goes when the user has a sheet called Fordeling of their own. */
export const FALLBACK_ALLOCATION_SHEET = "Fordeling (beregnet)";
export const CHART_AMOUNTS = "Fordeling af beløb";
/** Zero-based row of the split's header ("Kommune", "Beløb (kr.)" …). */
const HEAD = 9;
const TOTAL_LABEL = "I alt";
const DIFFERENCE_LABEL = "Forskel fra totalen (kr.)";
/** Under the audit when it dated the key's populations: the figures it compared with are DST's. */
export const DATING_CREDIT = `${DST_CREDIT} (FOLK1A, befolkningen pr. kvartal): dateringen af indbyggertallene`;

/** The sheet the allocation goes to: the one made before, else Fordeling, else Fordeling (beregnet) … */
export function allocationSheetName(layout: WorkbookLayout): string {
  return ownedSheetName(layout, ALLOCATION_SHEET, FALLBACK_ALLOCATION_SHEET);
}

function methodText(method: Method, instalments: number, unit: number): string {
  const rates =
    instalments === 12
      ? "månedlige rater"
      : instalments === 4
        ? "kvartalsvise rater"
        : "én årlig betaling";
  const how =
    method === "largest-remainder" ? "Største rest (Hamilton)" : "Afrund hver (den gamle metode)";
  return `${how}, ${rates}, afrundet til ${unit.toLocaleString("da-DK")} kr.`;
}

/** The Fordeling sheet: parameters, the split with its total row, the audit, and the chart. Pure. */
export function allocationSheetOps(input: {
  sheet: string;
  allocation: Allocation;
  audit: AuditReport;
  /** Where the key came from: the key table's sheet, or Danmarks Statistik's figures for a hub. */
  keyLabel: string;
  countDate?: string;
  existingCharts: string[];
  previousBox: { rowCount: number; columnCount: number } | null;
}): WriteOp[] {
  const { sheet, allocation: a, audit } = input;
  const rows: (string | number | boolean | null)[][] = [];
  const put = (r: number, values: (string | number | null)[]) => {
    while (rows.length <= r) rows.push(new Array(6).fill(""));
    values.forEach((v, c) => (rows[r][c] = v === null ? "" : cellValue(v)));
  };
  put(0, ["Fordeling efter indbyggertal"]);
  put(1, ["Nøgle", input.keyLabel]);
  put(2, ["Indbyggertal pr.", input.countDate ?? ""]);
  put(3, ["Total (kr.)", a.total]);
  put(4, ["Afrunding (kr.)", a.unit]);
  put(5, ["Rater pr. år", a.instalments]);
  put(6, ["Metode", methodText(a.method, a.instalments, a.unit)]);
  put(7, ["", a.sentence]);
  // Kommune and Beløb side by side: the chart reads them as one block.
  put(HEAD, ["Kommune", "Beløb (kr.)", "Pr. rate (kr.)", "Andel", "Indbyggere", "Afrunding (kr.)"]);
  a.rows.forEach((r, i) =>
    put(HEAD + 1 + i, [r.name, r.amount, r.instalment, r.share, r.population, r.adjustment])
  );
  const totalRow = HEAD + 1 + a.rows.length;
  put(totalRow, [
    TOTAL_LABEL,
    a.sum,
    a.instalmentSum,
    a.rows.reduce((s, r) => s + r.share, 0),
    a.rows.reduce((s, r) => s + r.population, 0),
    a.rows.reduce((s, r) => s + r.adjustment, 0),
  ]);
  put(totalRow + 1, [DIFFERENCE_LABEL, a.difference]);
  const auditRow = totalRow + 3;
  put(auditRow, ["Revision af nøglen", audit.summary]);
  // "Arket Nøgle, celle C3: …" in one cell, as the pane says it: the line runs over the empty cells to its right, so
  // the place widens no column of the split above.
  audit.findings.forEach((f, i) =>
    put(auditRow + 1 + i, [
      f.severity === "discrepancy" ? "Afvigelse" : "Bemærkning",
      `${describePlace(f.sheet, f.cell)}: ${f.message}`,
    ])
  );
  if (audit.findings.some((f) => f.kind === "population-date"))
    put(auditRow + 1 + audit.findings.length, [DATING_CREDIT]);

  const { ops, values } = valuesOverPrevious(sheet, rows, input.previousBox, 6);
  ops.push(...allocationLayoutOps(sheet, a.rows.length, input.existingCharts, values));
  return ops;
}

/**
 * Everything on the Fordeling sheet but its values: formats, column widths and the chart, for a split of
 * `municipalities` rows. Fortryd draws an earlier Fordeling with it again after putting its values back.
 */
export function allocationLayoutOps(
  sheet: string,
  municipalities: number,
  existingCharts: string[],
  /** The sheet's values (the run's, or for Fortryd the earlier ones): widths and the chart's place follow them. */
  values: WriteOp
): WriteOp[] {
  const { title, header, bold, numberFormat } = sheetBlocks(sheet);
  const n = municipalities;
  const totalRow = HEAD + 1 + n;
  const auditRow = totalRow + 3;
  const ops: WriteOp[] = [
    title(),
    numberFormat(3, 1, 2, 1, AMOUNT_FORMAT),
    header(HEAD, 6),
    bold(totalRow, 2, 6),
    bold(auditRow, 1, 2),
    numberFormat(HEAD + 1, 1, n + 2, 2, AMOUNT_FORMAT),
    numberFormat(HEAD + 1, 3, n + 1, 1, SHARE_FORMAT),
    numberFormat(HEAD + 1, 4, n + 1, 1, AMOUNT_FORMAT),
    numberFormat(HEAD + 1, 5, n + 1, 1, "#,##0.00"),
  ];
  // The parameters' texts and the audit's messages run over the empty cells to their right.
  ops.push(
    ...fitColumnOps(sheet, [values, ...ops], { spillRows: [0, 1, 2, 6, 7], spillFrom: auditRow })
  );
  // Beside the split, from its header down, clear of every text that runs to the right in the rows it spans.
  const chart: ChartSpec = {
    name: CHART_AMOUNTS,
    type: "ColumnClustered",
    title: "Beløb pr. kommune (kr.)",
    source: { sheet, rowIndex: HEAD, columnIndex: 0, rowCount: n + 1, columnCount: 2 },
    box: chartBoxBeside(sheet, [values, ...ops], {
      row: HEAD,
      afterColumn: 5,
      width: 360,
      height: Math.max(150, Math.min(300, (n + 2) * 15)),
    }),
    percentAxis: false,
    exists: existingCharts.includes(CHART_AMOUNTS),
  };
  ops.push({ kind: "chart", sheet, spec: chart });
  return ops;
}

/**
 * The formats of a Fordeling sheet an earlier run drew, worked out from its values: the number of municipality rows
 * is where "I alt" stands, just above "Forskel fra totalen". Null when the sheet does not read that way.
 */
export function allocationRedraw(before: SheetBefore): WriteOp[] | null {
  const { used, window } = before;
  if (used.rowIndex !== 0 || used.columnIndex !== 0) return null;
  for (let r = HEAD + 1; r + 1 < window.length; r++) {
    if (window[r][0] === TOTAL_LABEL && window[r + 1][0] === DIFFERENCE_LABEL)
      return allocationLayoutOps(before.name, r - HEAD - 1, before.charts, beforeValues(before));
  }
  return null;
}
