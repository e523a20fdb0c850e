// The add-in's "Sammenligning" sheet: goal tables side by side (contract years or hubs), drawn from a comparison the
// core made (src/core/compare). Pure: returns the operations that draw it, and the layout ops Fortryd needs to draw
// an earlier comparison again from its values.
//
//   A1        title                                         (the counts are the legend: the same colours as the rows)
//   A3:C6     + Nye n · − Udgåede n · → Ændrede n · Uændrede n      (hubs: Forskellige, Ens, Ikke i alle)
//   row 8     header: "", Ændring, Mål, <one column per table>, [Ændring (pp)], Titel, Hvad er ændret
//   rows …    one per goal: marker (+ ny, − udgået, → ændret), fulfilment per table (0 %, "afventer", "ikke i
//             kontrakten": three different things), the change in procentpoint (years), the title, what changed
//   last      "Samlet": each table's overall fulfilment
//   chart     fulfilment per goal per table
import type { CompareResult, ComparedGoal } from "../../core/compare";
import { formatNumber } from "../../core/format";
import type { RawCell } from "../../core/model";
import { fulfilmentLights, PERCENT_FORMAT, STATUS_COLOURS } from "../workbook/formats";
import type { WorkbookLayout } from "../workbook/layout";
import type { SheetBefore } from "../workbook/lifecycle";
import type { ChartSpec, ConditionalRule, WriteOp } from "../workbook/ops";
import { ownedSheetName } from "../workbook/sheetNames";
import { sheetBlocks, valuesOverPrevious } from "../workbook/sheetBlocks";
import { cellValue } from "../workbook/textSafety";

export const COMPARE_SHEET = "Sammenligning";
/** Where the comparison goes when the user has a sheet called Sammenligning of their own. */
export const FALLBACK_COMPARE_SHEET = "Sammenligning (beregnet)";
export const CHART_COMPARE = "Opfyldelse pr. mål";
/** Zero-based row of the goal rows' header. */
export const COMPARE_HEAD = 7;
const TOTAL_LABEL = "Samlet";
const DELTA_HEADER = "Ændring (pp)";
const TITLE_HEADER = "Titel";
/** The fulfilment of a goal a table does not have: not 0 %, and not pending. */
export const NOT_IN_CONTRACT = "ikke i kontrakten";
export const PENDING = "afventer";

/** Table diffs' markers: + new, − removed, → changed. */
const MARKER: Record<ComparedGoal["change"], string> = {
  ny: "+",
  udgået: "−",
  ændret: "→",
  uændret: "",
};

/** The words of the Ændring column: years change over time; hubs are alike, differ, or not all have the goal. */
function changeWord(goal: ComparedGoal, kind: CompareResult["kind"]): string {
  if (kind === "år") return goal.change;
  if (goal.change === "uændret") return "ens";
  return Object.values(goal.status).every((s) => s !== null) ? "forskellig" : "ikke i alle";
}

function markerOf(goal: ComparedGoal, kind: CompareResult["kind"]): string {
  if (kind === "år") return MARKER[goal.change];
  const word = changeWord(goal, kind);
  return word === "forskellig" ? "→" : word === "ikke i alle" ? "±" : "";
}

/** Green new, red removed, amber changed (Excel's Good / Bad / Neutral, as the statuses), grey not in a contract. */
const NEW = STATUS_COLOURS.Opfyldt;
const REMOVED = STATUS_COLOURS["Ikke opfyldt"];
const CHANGED = STATUS_COLOURS["Delvist opfyldt"];
const ABSENT = STATUS_COLOURS["Afventer data"];

function changeRules(): ConditionalRule[] {
  const rule = (text: string, c: { fill: string; font: string }): ConditionalRule => ({
    kind: "beginsWith",
    text,
    fill: c.fill,
    font: c.font,
  });
  return [
    rule("+", NEW),
    rule("ny", NEW),
    rule("−", REMOVED),
    rule("udgå", REMOVED),
    rule("→", CHANGED),
    rule("ændre", CHANGED),
    rule("forskellig", CHANGED),
    rule("±", ABSENT),
    rule("ikke i alle", ABSENT),
  ];
}

/** "ikke i kontrakten" grey; "afventer" as a pending status everywhere else. */
function fulfilmentTextRules(): ConditionalRule[] {
  return [
    { kind: "beginsWith", text: NOT_IN_CONTRACT, fill: "#FFFFFF", font: "#A6A6A6" },
    {
      kind: "beginsWith",
      text: PENDING,
      fill: STATUS_COLOURS["Afventer data"].fill,
      font: STATUS_COLOURS["Afventer data"].font,
    },
  ];
}

/** A goal's fulfilment cell in one table: a fraction, or a word for "not measured" that never reads as 0 %. */
function fulfilmentCell(goal: ComparedGoal, label: string): string | number {
  const status = goal.status[label];
  if (status === null) return NOT_IN_CONTRACT;
  const f = goal.fulfilment[label];
  if (f !== null) return f;
  return status === "Fejl" ? "fejl" : PENDING;
}

function changesText(goal: ComparedGoal, tables: number): string {
  return goal.changes
    .map((c) => {
      const what = `${c.field}: ${c.from ?? "(intet)"} → ${c.to ?? "(intet)"}`;
      return tables > 2 ? `${what} (${c.between.join(" → ")})` : what;
    })
    .join("; ");
}

/** The sheet the comparison goes to: the one made before, else Sammenligning, else Sammenligning (beregnet) … */
export function compareSheetName(layout: WorkbookLayout): string {
  return ownedSheetName(layout, COMPARE_SHEET, FALLBACK_COMPARE_SHEET);
}

function titleOf(result: CompareResult): string {
  return result.kind === "år"
    ? `Sammenligning af måltabeller: ${result.labels.join(" → ")}`
    : `Sammenligning af huse: ${result.labels.join(", ")}`;
}

/** The legend's note on unchanged goals where the goal rows have filter buttons (compareLayoutOps). */
export const FILTER_NOTE = "Skjul dem med filterknappen i kolonnen Ændring";

/**
 * The sheet's values, top-left at A1, as Excel shows them (compareSheetOps makes text stay text). With `filter`, the
 * goal rows get filter buttons and the legend says how to hide the unchanged ones. Pure.
 */
export function compareSheetValues(
  result: CompareResult,
  options: { filter?: boolean } = {}
): RawCell[][] {
  const { labels, kind } = result;
  const years = kind === "år";
  const headers = [
    "",
    "Ændring",
    "Mål",
    ...labels,
    ...(years ? [DELTA_HEADER] : []),
    TITLE_HEADER,
    "Hvad er ændret",
  ];
  const width = headers.length;
  const rows: RawCell[][] = [];
  const put = (r: number, values: (string | number | null)[]) => {
    while (rows.length <= r) rows.push(new Array(width).fill(""));
    values.forEach((v, c) => (rows[r][c] = v === null ? "" : v));
  };
  put(0, [titleOf(result)]);
  const words = result.goals.map((g) => changeWord(g, kind));
  const count = (w: string) => words.filter((x) => x === w).length;
  const legend: [string, string, number, string][] = years
    ? [
        ["+", "Nye", result.counts.ny, "Grøn: mål der er kommet til"],
        ["−", "Udgåede", result.counts.udgået, "Rød: mål der er taget ud"],
        ["→", "Ændrede", result.counts.ændret, "Gul: mål der er ændret (se Hvad er ændret)"],
        ["", "Uændrede", result.counts.uændret, options.filter ? FILTER_NOTE : ""],
      ]
    : [
        ["→", "Forskellige", count("forskellig"), "Gul: fælles mål, forskelligt formuleret"],
        ["±", "Ikke i alle", count("ikke i alle"), "Grå: ikke i alle husenes kontrakter"],
        ["", "Ens", count("ens"), options.filter ? FILTER_NOTE : ""],
      ];
  legend.forEach(([marker, word, n, note], i) => put(2 + i, [marker, word, n, note]));
  put(COMPARE_HEAD, headers);
  result.goals.forEach((g, i) =>
    put(COMPARE_HEAD + 1 + i, [
      markerOf(g, kind),
      words[i],
      `Mål ${g.key}`,
      ...labels.map((l) => fulfilmentCell(g, l)),
      ...(years ? [g.delta === null ? "" : Number((g.delta * 100).toFixed(6))] : []),
      g.renumbered ? `${g.title} (omnummereret)` : g.title,
      changesText(g, labels.length),
    ])
  );
  const total = COMPARE_HEAD + 1 + result.goals.length;
  const first = result.overall[labels[0]];
  const last = result.overall[labels[labels.length - 1]];
  put(total, [
    "",
    "",
    TOTAL_LABEL,
    ...labels.map((l) => result.overall[l] ?? PENDING),
    ...(years
      ? [first !== null && last !== null ? Number(((last - first) * 100).toFixed(6)) : ""]
      : []),
    "Samlet målopfyldelse",
    labels.map((l) => `${l}: ${result.overallText[l]}`).join("; "),
  ]);
  return rows;
}

/** What the layout of a comparison depends on: its goals, its tables, whether it has the pp column. */
interface Shape {
  goals: number;
  tables: number;
  years: boolean;
  /** Each column's width in points, from the longest text in it. */
  widths: number[];
  /** Filter buttons on the goal rows (Worksheet.autoFilter needs ExcelApi 1.9: only where Excel has it). */
  filter: boolean;
}

/** A column as wide as its longest text, within reason (points; about 6 per character of Calibri 11). */
function widthsOf(rows: RawCell[][], from: number): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    let longest = 0;
    for (let r = from; r < rows.length; r++) {
      const v = rows[r][c];
      const text =
        typeof v === "number"
          ? formatNumber(v * (v <= 1 && v >= 0 ? 100 : 1), "da", 1) + " %"
          : String(v ?? "");
      longest = Math.max(longest, text.length);
    }
    widths.push(Math.min(420, Math.max(24, Math.round(longest * 6 + 10))));
  }
  return widths;
}

/** Everything on the sheet but its values: styles, number formats, colours, widths, the chart. */
export function compareLayoutOps(sheet: string, shape: Shape, existingCharts: string[]): WriteOp[] {
  const blocks = sheetBlocks(sheet);
  const { block } = blocks;
  const { goals, tables, years } = shape;
  const width = 3 + tables + (years ? 1 : 0) + 2;
  const total = COMPARE_HEAD + 1 + goals;
  const ops: WriteOp[] = [
    blocks.title(),
    { kind: "conditionalFormats", block: block(2, 0, 4, 2), rules: changeRules() },
    blocks.header(COMPARE_HEAD, width),
    blocks.bold(total, 1, width),
  ];
  if (goals > 0)
    ops.push({
      kind: "conditionalFormats",
      block: block(COMPARE_HEAD + 1, 0, goals, 2),
      rules: changeRules(),
    });
  ops.push(blocks.numberFormat(COMPARE_HEAD + 1, 3, goals + 1, tables, PERCENT_FORMAT), {
    kind: "conditionalFormats",
    block: block(COMPARE_HEAD + 1, 3, goals + 1, tables),
    rules: [fulfilmentLights(), ...fulfilmentTextRules()],
  });
  if (years)
    ops.push(
      blocks.numberFormat(COMPARE_HEAD + 1, 3 + tables, goals + 1, 1, '+0.0" pp";-0.0" pp";0" pp"')
    );
  shape.widths.forEach((w, c) =>
    ops.push({ kind: "style", block: block(0, c, 1, 1), columnWidth: w })
  );
  const chart: ChartSpec = {
    name: CHART_COMPARE,
    type: "ColumnClustered",
    title: "Målopfyldelse pr. mål",
    // Mål and one column per table side by side: categories, then one series per table.
    source: {
      sheet,
      rowIndex: COMPARE_HEAD,
      columnIndex: 2,
      rowCount: goals + 1,
      columnCount: 1 + tables,
    },
    from: `A${total + 3}`,
    to: `H${total + 22}`,
    percentAxis: true,
    exists: existingCharts.includes(CHART_COMPARE),
  };
  ops.push({ kind: "chart", sheet, spec: chart });
  if (shape.filter)
    // An AutoFilter over the header and the goal rows, not "Samlet": the user hides the unchanged goals (Ændring:
    // uændret / ens) and the overall stays in view. Worksheet.autoFilter, ExcelApi 1.9:
    // https://learn.microsoft.com/javascript/api/excel/excel.autofilter (chosen over an Excel table: a table would
    // bring its own style over the status colours, a name to keep unique in the workbook, and its own Fortryd).
    ops.push({
      kind: "autoFilter",
      sheet,
      range: { rowIndex: COMPARE_HEAD, columnIndex: 0, rowCount: goals + 1, columnCount: width },
    });
  return ops;
}

/** The Sammenligning sheet: its values over whatever an earlier comparison drew, then its layout. Pure. */
export function compareSheetOps(input: {
  sheet: string;
  result: CompareResult;
  existingCharts: string[];
  previousBox: { rowCount: number; columnCount: number } | null;
  /** Filter buttons on the goal rows (only where Excel has ExcelApi 1.9). */
  filter: boolean;
}): WriteOp[] {
  const { sheet, result } = input;
  const values = compareSheetValues(result, { filter: input.filter });
  const { ops } = valuesOverPrevious(
    sheet,
    values.map((row) => row.map((v) => cellValue(v as string | number | boolean | null))),
    input.previousBox,
    0
  );
  const shape: Shape = {
    goals: result.goals.length,
    tables: result.labels.length,
    years: result.kind === "år",
    widths: widthsOf(values, COMPARE_HEAD),
    filter: input.filter,
  };
  ops.push(...compareLayoutOps(sheet, shape, input.existingCharts));
  return ops;
}

/**
 * The layout of a Sammenligning sheet an earlier run drew, worked out from its values: the header row says how many
 * tables and whether there is a pp column; "Samlet" in the Mål column ends the goal rows. Null when the sheet does
 * not read that way (Fortryd then puts back values only).
 */
export function compareRedraw(before: SheetBefore, filter: boolean): WriteOp[] | null {
  const { used, window } = before;
  if (used.rowIndex !== 0 || used.columnIndex !== 0) return null;
  const header = window[COMPARE_HEAD];
  if (!header || header[1] !== "Ændring" || header[2] !== "Mål") return null;
  const titleAt = header.indexOf(TITLE_HEADER);
  if (titleAt < 4) return null;
  const years = header[titleAt - 1] === DELTA_HEADER;
  const tables = titleAt - 3 - (years ? 1 : 0);
  for (let r = COMPARE_HEAD + 1; r < window.length; r++) {
    if (window[r][2] === TOTAL_LABEL) {
      const rows = window.slice(0, r + 1);
      const shape = {
        goals: r - COMPARE_HEAD - 1,
        tables,
        years,
        widths: widthsOf(rows, COMPARE_HEAD),
        filter,
      };
      return compareLayoutOps(before.name, shape, before.charts);
    }
  }
  return null;
}
