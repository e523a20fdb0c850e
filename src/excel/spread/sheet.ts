// The add-in's "Spredning" sheet: what was measured (the activity list, its columns, the population year, the
// land/by classification), coverage and the rural index at the top, the per-municipality table sorted by index with a
// total row, the source credit, the figures behind the chart, the rows outside the hub, and a column chart of
// activities per 10.000 inhabitants with rural and urban municipalities in two colours. Pure: returns the operations.
import { formatNumber } from "../../core/format";
import { DST_CREDIT } from "../../core/municipalities/names";
import { spreadMessage, spreadSummary, type SpreadResult } from "../../core/spread";
import type { WorkbookLayout } from "../workbook/layout";
import type { SheetBefore } from "../workbook/lifecycle";
import type { ChartSpec, WriteOp } from "../workbook/ops";
import { sheetBlocks, valuesOverPrevious } from "../workbook/sheetBlocks";
import { ownedSheetName } from "../workbook/sheetNames";
import { cellValue } from "../workbook/textSafety";
import { chartBoxBeside } from "../workbook/widths";

export const SPREAD_SHEET = "Spredning";
/** Where the spread goes when the user has a sheet called Spredning of their own. */
export const FALLBACK_SPREAD_SHEET = "Spredning (beregnet)";
export const CHART_SPREAD = "Aktiviteter pr. 10.000 indbyggere";
/** Bar colours: rural (Land) and urban (By) municipalities. */
export const RURAL_FILL = "#70AD47";
export const URBAN_FILL = "#4472C4";
/** Rows outside the hub listed one by one; the rest are counted (the sheet stays within what Fortryd backs up). */
export const MAX_OUTSIDE_ROWS = 200;

/** Zero-based row of the per-municipality table's header. */
const HEAD = 10;
const WIDTH = 8;
const HEADERS = [
  "Kommune",
  "Land/by",
  "Kommunegruppe",
  "Indbyggere",
  "Aktiviteter",
  "Virksomheder",
  "Pr. 10.000 indb.",
  "Indeks",
];
const TOTAL_LABEL = "I alt";
const CHART_LABEL = "Tal til diagrammet: aktiviteter pr. 10.000 indbyggere";
const OUTSIDE_LABEL = "Rækker uden for huset";
const INDEX_NOTE =
  "Indeks: kommunens andel af aktiviteterne ÷ dens andel af befolkningen × 100 (100 = som befolkningen). " +
  "Landindeks: det samme for landkommunerne samlet.";

const COUNT_FORMAT = "#,##0";
const RATE_FORMAT = "0.0";
const SHARE_FORMAT = "0.0 %";

/** The sheet the spread goes to: the one made before, else Spredning, else Spredning (beregnet) … */
export function spreadSheetName(layout: WorkbookLayout): string {
  return ownedSheetName(layout, SPREAD_SHEET, FALLBACK_SPREAD_SHEET);
}

/**
 * Text from the user's workbook (sheet and column names, municipalities as written) goes in with Excel's text prefix
 * whatever it looks like: "15-feb", "1/2" or "=cmd" stay exactly that text (the apostrophe is not part of the value).
 */
function userText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** Where each part of the sheet is, from the number of municipalities and of rows outside the hub listed. */
interface Shape {
  municipalities: number;
  /** Rows of the outside list below its header (the listed rows, plus one "… og N mere" line). */
  outsideRows: number;
}

function rowsOf(shape: Shape) {
  const n = shape.municipalities;
  const total = HEAD + 1 + n;
  const chartLabel = total + 5;
  const chartHead = chartLabel + 1;
  const outsideLabel = chartHead + n + 2;
  return { total, source: total + 2, note: total + 3, chartLabel, chartHead, outsideLabel };
}

export interface SpreadSheetInput {
  sheet: string;
  result: SpreadResult;
  /** The activity list as the user named it. */
  list: { sheet: string; name: string; source: "table" | "range" };
  municipalityColumn: string;
  companyColumn: string | null;
  /** How the year was chosen: given, from a column of the list (its header), or DST's latest. */
  yearFrom: { kind: "given" } | { kind: "column"; header: string } | { kind: "latest" };
  /** Where the user's own land/by classification came from ("kolonnen Type", "Land og by"), if any. */
  ruralFrom: string | null;
  existingCharts: string[];
  previousBox: { rowCount: number; columnCount: number } | null;
}

/** Drops the label a summary sentence starts with ("Dækning: …"), since the sheet has the label in column A. */
function afterLabel(line: string, label: RegExp): string {
  return line.replace(label, "");
}

/** The Spredning sheet: parameters, key figures, the table, the credit, the chart's figures, the rows outside. Pure. */
export function spreadSheetOps(input: SpreadSheetInput): WriteOp[] {
  const { sheet, result: r } = input;
  const rows: (string | number | boolean)[][] = [];
  const put = (row: number, values: (string | number | null)[]) => {
    while (rows.length <= row) rows.push(new Array(WIDTH).fill(""));
    values.forEach((v, c) => (rows[row][c] = typeof v === "string" ? v : cellValue(v)));
  };
  const text = (s: string) => cellValue(s) as string;
  const summary = spreadSummary(r, "da");
  const [, coverageLine, ruralLine] = summary;
  const outsideLine = r.outside.length > 0 ? summary[3] : "";

  put(0, [text(`Geografisk spredning – Erhvervshus ${r.hub}`)]);
  put(1, [
    text("Aktivitetsliste"),
    input.list.source === "table"
      ? text(`tabellen ${input.list.name} på arket ${input.list.sheet}`)
      : text(`arket ${input.list.sheet}`),
  ]);
  put(2, [text("Kommunekolonne"), userText(input.municipalityColumn)]);
  put(3, [
    text("Virksomhedskolonne (CVR)"),
    input.companyColumn === null ? text("ingen") : userText(input.companyColumn),
  ]);
  const yearNote =
    input.yearFrom.kind === "column"
      ? ` (året fra kolonnen ${input.yearFrom.header})`
      : input.yearFrom.kind === "latest"
        ? " (Danmarks Statistiks nyeste år)"
        : "";
  put(4, [text("Befolkning"), text(`FOLK1A, 1. januar ${r.year}${yearNote}`)]);
  put(5, [
    text("Land og by"),
    text(
      r.rural.classification === "dst"
        ? "landkommuner efter Danmarks Statistiks kommunegrupper"
        : `din egen inddeling${input.ruralFrom ? ` (${input.ruralFrom})` : ""}${
            r.rural.classification === "mixed"
              ? "; de øvrige efter Danmarks Statistiks kommunegrupper"
              : ""
          }`
    ),
  ]);
  put(6, [text("Dækning"), r.coverage.share, text(afterLabel(coverageLine, /^Dækning: /))]);
  put(7, [
    text("Landindeks"),
    r.rural.index,
    text(afterLabel(ruralLine, /^Landindeks: (?:[\d.,]+: )?/)),
  ]);
  put(8, [
    text("Uden for huset"),
    r.outside.length,
    text(outsideLine === "" ? "ingen rækker" : afterLabel(outsideLine, /^Uden for huset: /)),
  ]);

  put(HEAD, HEADERS.map(text));
  r.municipalities.forEach((m, i) =>
    put(HEAD + 1 + i, [
      text(m.name),
      text(m.rural ? "Land" : "By"),
      text(m.group),
      m.population,
      m.activities,
      m.companies,
      m.perTenThousand,
      m.index,
    ])
  );
  const shape: Shape = {
    municipalities: r.municipalities.length,
    outsideRows:
      Math.min(r.outside.length, MAX_OUTSIDE_ROWS) + (r.outside.length > MAX_OUTSIDE_ROWS ? 1 : 0),
  };
  const at = rowsOf(shape);
  const t = r.totals;
  put(at.total, [
    text(TOTAL_LABEL),
    "",
    "",
    t.population,
    t.activities,
    t.companies,
    (t.activities / t.population) * 10_000,
    t.activities > 0 ? 100 : null,
  ]);
  // The credit in Danish whatever the pane's language (r.source follows it): the workbook is Danish.
  put(at.source, [text(spreadMessage("da", "source", { credit: DST_CREDIT, year: r.year }))]);
  put(at.note, [text(INDEX_NOTE)]);

  // The chart's figures: one column per colour, each municipality's rate in its own (a stacked column chart of two
  // series where every category has one value draws one bar per municipality, coloured land or by).
  put(at.chartLabel, [text(CHART_LABEL)]);
  put(at.chartHead, [text("Kommune"), text("Land"), text("By")]);
  r.municipalities.forEach((m, i) =>
    put(at.chartHead + 1 + i, [
      text(m.name),
      m.rural ? m.perTenThousand : null,
      m.rural ? null : m.perTenThousand,
    ])
  );

  if (r.outside.length > 0) {
    put(at.outsideLabel, [text(`${OUTSIDE_LABEL} (Erhvervshus ${r.hub})`)]);
    put(at.outsideLabel + 1, ["Celle", "Skrevet", "Læst som", "Erhvervshus"].map(text));
    r.outside
      .slice(0, MAX_OUTSIDE_ROWS)
      .forEach((o, i) =>
        put(at.outsideLabel + 2 + i, [
          text(`${o.sheet}!${o.cell}`),
          o.value === "" ? text("(tom)") : userText(o.value),
          o.municipality === null ? "" : text(o.municipality),
          o.hub === null ? "" : text(o.hub),
        ])
      );
    if (r.outside.length > MAX_OUTSIDE_ROWS)
      put(at.outsideLabel + 2 + MAX_OUTSIDE_ROWS, [
        text(`… og ${formatNumber(r.outside.length - MAX_OUTSIDE_ROWS, "da", 0)} rækker mere`),
      ]);
  }

  const { ops } = valuesOverPrevious(sheet, rows, input.previousBox, WIDTH);
  ops.push(...spreadLayoutOps(sheet, shape, input.existingCharts));
  return ops;
}

/** Everything on the Spredning sheet but its values: formats, widths and the chart. Fortryd draws an earlier one with it. */
function spreadLayoutOps(sheet: string, shape: Shape, existingCharts: string[]): WriteOp[] {
  const { block, title, header, bold, numberFormat } = sheetBlocks(sheet);
  const n = shape.municipalities;
  const at = rowsOf(shape);
  const ops: WriteOp[] = [
    title(),
    bold(6, 3, 1),
    numberFormat(6, 1, 1, 1, SHARE_FORMAT),
    numberFormat(7, 1, 1, 1, RATE_FORMAT),
    numberFormat(8, 1, 1, 1, COUNT_FORMAT),
    header(HEAD, WIDTH),
    bold(at.total, 1, WIDTH),
    numberFormat(HEAD + 1, 3, n + 1, 3, COUNT_FORMAT),
    numberFormat(HEAD + 1, 6, n + 1, 2, RATE_FORMAT),
    bold(at.chartLabel, 1, 1),
    header(at.chartHead, 3),
    numberFormat(at.chartHead + 1, 1, n, 2, RATE_FORMAT),
    { kind: "style", block: block(0, 0, 1, 1), columnWidth: 150 },
    { kind: "style", block: block(0, 1, 1, WIDTH - 1), columnWidth: 95 },
  ];
  if (shape.outsideRows > 0) {
    ops.push(bold(at.outsideLabel, 1, 1), header(at.outsideLabel + 1, 4));
  }
  const chart: ChartSpec = {
    name: CHART_SPREAD,
    type: "ColumnStacked",
    title: "Aktiviteter pr. 10.000 indbyggere",
    source: { sheet, rowIndex: at.chartHead, columnIndex: 0, rowCount: n + 1, columnCount: 3 },
    // Beside the table, from its header down to its total row: clear of the long sentences in rows 7–9 and under it
    // (a chart over text is what issue 14 asked to avoid; the box is worked out as on Fordeling).
    box: chartBoxBeside(sheet, ops, {
      row: HEAD,
      afterColumn: WIDTH - 1,
      width: 480,
      height: Math.max(180, (n + 2) * 15),
    }),
    percentAxis: false,
    exists: existingCharts.includes(CHART_SPREAD),
    seriesFills: [RURAL_FILL, URBAN_FILL],
  };
  ops.push({ kind: "chart", sheet, spec: chart });
  return ops;
}

/**
 * The formats and chart of a Spredning sheet an earlier run drew, worked out from its values: the municipalities
 * are the rows between the table's header and "I alt"; the rows outside the hub follow their header to the end.
 * Null when the sheet does not read that way.
 */
export function spreadRedraw(before: SheetBefore): WriteOp[] | null {
  const { used, window } = before;
  if (used.rowIndex !== 0 || used.columnIndex !== 0) return null;
  if (window[HEAD]?.[0] !== HEADERS[0] || window[HEAD]?.[1] !== HEADERS[1]) return null;
  let total = -1;
  for (let r = HEAD + 1; r < window.length; r++)
    if (window[r][0] === TOTAL_LABEL) {
      total = r;
      break;
    }
  if (total < 0) return null;
  const municipalities = total - HEAD - 1;
  const at = rowsOf({ municipalities, outsideRows: 0 });
  if (window[at.chartLabel]?.[0] !== CHART_LABEL) return null;
  let outsideRows = 0;
  const label = window[at.outsideLabel]?.[0];
  if (typeof label === "string" && label.startsWith(OUTSIDE_LABEL))
    for (let r = at.outsideLabel + 2; r < window.length && window[r][0] !== null; r++)
      outsideRows++;
  return spreadLayoutOps(before.name, { municipalities, outsideRows }, before.charts);
}
