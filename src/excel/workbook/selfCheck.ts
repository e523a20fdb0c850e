// Kontrollér Excel (issue 13, item 3): runs the Excel API calls the add-in relies on (docs/excel-fidelity.md), through
// the adapter's own code (scanWorkbook, readBlocks, executeOps, ensureStateSheet's calls, selectCell's), on tiny data
// in a temporary sheet, and reports each check passed or failed with Excel's error code. The first real Excel that
// runs it tells us what the in-memory host still gets wrong.
// Each check is an Excel.run of its own, so one failure does not hide the others. The temporary sheet is deleted at the
// end: Worksheet.delete has no undo support (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities),
// so the self-check, which the user starts on purpose and which the pane says this about, ends the undo history. No
// cell outside the temporary sheet is written.
import { scanWorkbook, type TableSource } from "./layout";
import { queueMergedOutputs, readMergedOutputs } from "./mergedCells";
import type { ChartSpec, WriteOp } from "./ops";
import { placeOutputs, type OutputColumn } from "./outputColumns";
import { readBlocks } from "./readRanges";
import { officeErrorOf, type ExcelRunner } from "./runner";
import {
  CHECK_SHEET,
  checkBlock as block,
  expectClose,
  expectEqual,
  Mismatch,
  type SelfCheck,
} from "./selfCheckKit";
import { chartPointsCheck } from "./selfCheckChartPoints";
import { changeEvents } from "./selfCheckEvents";
import { filterButtons, insertSheet } from "./selfCheckSheets";
import { asText } from "./textSafety";
import { chartBoxBeside } from "./widths";
import { executeOps } from "./write";

export { CHECK_SHEET, type SelfCheck } from "./selfCheckKit";
const CHECK_TABLE = "MaalopfyldelseKontrol";

export interface SelfCheckResult {
  /** Danish name of the check. */
  name: string;
  /** Office.js members it exercises, as docs/excel-fidelity.md names them. */
  members: string[];
  ok: boolean;
  /** Excel's error code when it failed ("Mismatch" when Excel answered but not as documented). */
  code?: string;
  message?: string;
}

export interface SelfCheckEnvironment {
  /** Office.context.diagnostics: "OfficeOnline", "PC", "Mac"… and Excel's version. */
  diagnostics?: { platform: string; version: string } | null;
  /** Office.context.requirements.isSetSupported */
  isSetSupported?: (name: string, version: string) => boolean;
}

export interface SelfCheckReport {
  platform: string;
  version: string;
  /** The ExcelApi versions present, 1.1 up to the highest this Excel has. */
  requirementSets: { name: string; supported: boolean }[];
  checks: SelfCheckResult[];
}

/**
 * The requirement sets the add-in uses or guards (manifest: ExcelApi 1.7; 1.9 filter buttons; 1.11 culture; 1.13 merges
 * and inserted sheets; 1.16 chart colours read back; 1.20 undo).
 */
const SETS = ["1.7", "1.9", "1.11", "1.13", "1.16", "1.20"].map((v) => `ExcelApi ${v}`);

/** Text Excel's typed-input parser would change (textSafety.ts): it must come back the same. */
const TRICKY = ["15-feb", "1/2", "3-4", "1.000", "SAND", "0045 Skole"];

/** Values written to the temporary sheet from (row, column), zero-based. */
function valuesOp(rowIndex: number, columnIndex: number, values: (string | number)[][]): WriteOp {
  return { kind: "values", block: block(rowIndex, columnIndex, 0, 0), values };
}

/** The temporary sheet with its visibility loaded, or null when there is none (one sync): the first and last checks. */
async function findCheckSheet(context: Excel.RequestContext): Promise<Excel.Worksheet | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(CHECK_SHEET);
  sheet.load("visibility");
  await context.sync();
  return sheet.isNullObject ? null : sheet;
}

const readWorkbook: SelfCheck = {
  name: "Projektmappen læses (ark, tabeller, beskyttelse, decimaltegn)",
  members: [
    "Workbook.worksheets",
    "WorksheetCollection.load",
    "WorksheetCollection.items",
    "Workbook.tables",
    "Workbook.protection",
    "WorkbookProtection.protected",
    "Worksheet.getUsedRangeOrNullObject",
    "Table.getRange",
    "Table.getHeaderRowRange",
    "Table.showTotals",
    "Worksheet.charts",
    "Application.cultureInfo",
    "Application.decimalSeparator",
    "Application.useSystemSeparators",
  ],
  run: async (context) => {
    await scanWorkbook(context, { cultureInfo: true });
  },
};

const addSheet: SelfCheck = {
  name: "Et midlertidigt ark oprettes",
  members: [
    "WorksheetCollection.add",
    "WorksheetCollection.getItemOrNullObject",
    "Worksheet.isNullObject",
  ],
  run: async (context) => {
    if (!(await findCheckSheet(context)))
      await executeOps(context, [{ kind: "addSheet", sheet: CHECK_SHEET }]);
  },
};

const sameText: SelfCheck = {
  name: "Tekst skrives og læses tilbage som samme tekst",
  members: ["Range.values", "Range.valueTypes", "Worksheet.getRangeByIndexes"],
  run: async (context) => {
    await executeOps(context, [
      valuesOp(
        0,
        0,
        TRICKY.map((t) => [asText(t)])
      ),
    ]);
    const [read] = await readBlocks(context, [
      { ...block(0, 0, TRICKY.length, 1), properties: ["values", "valueTypes"], bytesPerRow: 64 },
    ]);
    expectEqual(
      "værdier",
      read.values!.map((r) => r[0]),
      TRICKY
    );
    expectEqual(
      "typer",
      read.valueTypes!.map((r) => r[0]),
      TRICKY.map(() => "String")
    );
  },
};

const formulasAndFormats: SelfCheck = {
  name: "Formler, talformater og udseende",
  members: [
    "Range.formulas",
    "Range.numberFormat",
    "Range.format",
    "RangeFormat.fill",
    "RangeFormat.font",
  ],
  run: async (context) => {
    await executeOps(context, [
      valuesOp(0, 2, [[0.75]]),
      { kind: "formulas", block: block(0, 3, 0, 0), formulas: [["=C1*2"]] },
      { kind: "numberFormat", block: block(0, 2, 1, 2), format: "0 %" },
      {
        kind: "style",
        block: block(0, 2, 1, 2),
        bold: true,
        fill: "#C6EFCE",
        fontColor: "#006100",
        fontSize: 11,
        wrap: true,
        columnWidth: 60,
      },
      { kind: "autofit", block: block(0, 2, 1, 2) },
    ]);
    const [read] = await readBlocks(context, [
      { ...block(0, 2, 1, 2), properties: ["formulas", "numberFormat"], bytesPerRow: 64 },
    ]);
    expectEqual("formler", read.formulas![0], [0.75, "=C1*2"]);
    expectEqual("talformat", read.numberFormat![0], ["0 %", "0 %"]);
    await executeOps(context, [{ kind: "clear", block: block(0, 2, 1, 2) }]);
  },
};

const tableColumns: SelfCheck = {
  name: "Tabelkolonner tilføjes og fjernes",
  members: [
    "TableCollection.add",
    "Table.columns",
    "TableColumnCollection.add",
    "TableColumn.delete",
  ],
  run: async (context) => {
    await executeOps(context, [
      valuesOp(0, 5, [
        ["Nr", "Mål"],
        ["1", "Test"],
      ]),
    ]);
    const table = context.workbook.worksheets
      .getItem(CHECK_SHEET)
      .tables.add(`${CHECK_SHEET}!F1:G2`, true);
    table.name = CHECK_TABLE;
    await context.sync();
    await executeOps(context, [
      { kind: "requireTable", table: CHECK_TABLE },
      { kind: "addTableColumn", table: CHECK_TABLE, header: "Opfyldelse" },
    ]);
    await executeOps(context, [
      { kind: "deleteTableColumn", table: CHECK_TABLE, header: "Opfyldelse" },
    ]);
  },
};

/** The chart the checks draw from rows 5–6 of the temporary sheet, placed by cells or by a box in points. */
function chartOp(exists: boolean, place: Pick<ChartSpec, "from" | "to" | "box">): WriteOp {
  return {
    kind: "chart",
    sheet: CHECK_SHEET,
    spec: {
      name: "Kontrol",
      type: "ColumnClustered",
      title: "Kontrol",
      source: block(4, 0, 2, 2),
      ...place,
      percentAxis: true,
      exists,
    },
  };
}

const CHART_DATA = valuesOp(4, 0, [
  ["Mål 1", 0.5],
  ["Mål 2", 1],
]);

const formatsAndChart: SelfCheck = {
  name: "Betinget formatering og diagram",
  members: [
    "Range.conditionalFormats",
    "Worksheet.charts",
    "ChartCollection.add",
    "Chart.setPosition",
    "Chart.delete",
  ],
  run: async (context) => {
    await executeOps(context, [
      CHART_DATA,
      {
        kind: "conditionalFormats",
        block: block(4, 1, 2, 1),
        rules: [
          { kind: "trafficLights", yellowFrom: 0.5, greenFrom: 1 },
          { kind: "beginsWith", text: "Mål", fill: "#C6EFCE", font: "#006100" },
        ],
      },
      chartOp(false, { from: "I1", to: "P12" }),
    ]);
    // A re-run finds its chart by name and gives it the data again; Fortryd reads the rules and widths it restores
    // (outputColumns.ts, queueOutputFormats).
    await executeOps(context, [chartOp(true, { from: "I1", to: "P12" })]);
    const body = context.workbook.worksheets.getItem(CHECK_SHEET).getRangeByIndexes(4, 1, 2, 1);
    const rules = body.conditionalFormats.load("items/type");
    const format = body.format.load("columnWidth");
    await context.sync();
    expectEqual("regler", rules.items.length, 2);
    if (!(format.columnWidth > 0)) throw new Mismatch(`kolonnebredde: ${format.columnWidth}`);
    await executeOps(context, [{ kind: "deleteCharts", sheet: CHECK_SHEET, names: ["Kontrol"] }]);
  },
};

/**
 * The writers place their charts beside the text they wrote with a box in points (widths.ts chartBoxBeside, then
 * Chart.top/left/width/height in write.ts). Excel keeps the numbers in points (Learn, Excel.Chart: "in points"), but may
 * store them in its own units: a point either way is tolerated.
 */
const chartBox: SelfCheck = {
  name: "Diagram placeres ved siden af teksten",
  members: ["Chart.top", "Chart.left", "Chart.width", "Chart.height"],
  run: async (context) => {
    const box = chartBoxBeside(CHECK_SHEET, [CHART_DATA], {
      row: 4,
      afterColumn: 1,
      width: 360,
      height: 216,
    });
    await executeOps(context, [CHART_DATA, chartOp(false, { box })]);
    const chart = context.workbook.worksheets.getItem(CHECK_SHEET).charts.getItem("Kontrol");
    chart.load("top, left, width, height");
    await context.sync();
    const placed = { top: chart.top, left: chart.left, width: chart.width, height: chart.height };
    for (const side of ["top", "left", "width", "height"] as const)
      expectClose(`diagrammets ${side}`, placed[side], box[side], 1);
    await executeOps(context, [{ kind: "deleteCharts", sheet: CHECK_SHEET, names: ["Kontrol"] }]);
  },
};

/**
 * The writers refuse to write over merged cells in their output columns (mergedCells.ts). A goal table on rows 21–24
 * with its Nr merged over two rows (allowed: not an output cell) is looked up before and after its Status is merged
 * over two rows: nothing first (a null RangeAreas), then exactly that Status area.
 */
const STATUS: OutputColumn = { key: "outStatus", header: "Status", aliases: ["Status"] };
const MERGE_TABLE: TableSource = {
  source: "range",
  sheet: CHECK_SHEET,
  name: CHECK_SHEET,
  headerRowIndex: 20,
  firstColumnIndex: 0,
  headers: ["Nr", "Mål", "Status"],
  bodyRowCount: 3,
};

async function mergedStatusCells(context: Excel.RequestContext) {
  const placement = placeOutputs(MERGE_TABLE.headers, [STATUS]);
  const query = queueMergedOutputs(context, MERGE_TABLE, placement, [STATUS], true);
  await context.sync();
  return readMergedOutputs(context, query);
}

const mergedOutputs: SelfCheck = {
  name: "Flettede celler i resultatkolonner findes",
  members: [
    "Range.merge",
    "Range.getMergedAreasOrNullObject",
    "RangeAreas.address",
    "RangeAreas.isNullObject",
  ],
  run: async (context) => {
    await executeOps(context, [
      valuesOp(20, 0, [
        ["Nr", "Mål", "Status"],
        ["1", "a", ""],
        ["", "b", ""],
        ["2", "c", ""],
      ]),
    ]);
    const sheet = context.workbook.worksheets.getItem(CHECK_SHEET);
    sheet.getRange("A22:A23").merge();
    await context.sync();
    expectEqual("før fletning", await mergedStatusCells(context), []);
    sheet.getRange("C23:C24").merge();
    await context.sync();
    expectEqual("efter fletning", await mergedStatusCells(context), [
      { column: "Status", area: "C23:C24", cell: "C23" },
    ]);
  },
};

const sheetProtection: SelfCheck = {
  name: "Arkbeskyttelse læses",
  members: ["Worksheet.protection", "WorksheetProtection.protected"],
  run: async (context) => {
    const protection = context.workbook.worksheets.getItem(CHECK_SHEET).protection;
    protection.load("protected");
    await context.sync();
    expectEqual("beskyttet", protection.protected, false);
  },
};

const veryHidden: SelfCheck = {
  name: "Ark skjules helt og vises igen (som tilføjelsesprogrammets dataark)",
  members: ["Worksheet.visibility"],
  run: async (context) => {
    const sheet = context.workbook.worksheets.getItem(CHECK_SHEET);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
    await context.sync();
    sheet.load("visibility");
    await context.sync();
    expectEqual("synlighed", sheet.visibility, "VeryHidden");
    sheet.visibility = "Visible" as Excel.SheetVisibility;
    await context.sync();
  },
};

const selectCell: SelfCheck = {
  name: "Celle vælges",
  members: ["Worksheet.activate", "Range.select"],
  run: async (context) => {
    const sheet = context.workbook.worksheets.getItem(CHECK_SHEET);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
  },
};

/**
 * Every check, in order, after which the temporary sheet is removed (CLEAN_UP). The first two read the workbook and
 * make the sheet; the rest work on it. A new check is one more line here.
 */
export const SELF_CHECKS: SelfCheck[] = [
  readWorkbook,
  addSheet,
  sameText,
  formulasAndFormats,
  tableColumns,
  formatsAndChart,
  chartBox,
  mergedOutputs,
  sheetProtection,
  veryHidden,
  selectCell,
  filterButtons,
  insertSheet,
  changeEvents,
  chartPointsCheck(CHECK_SHEET),
];

/** Deletes the temporary sheet (shown again first: a very hidden sheet cannot be deleted, office-js#365). */
const CLEAN_UP: SelfCheck = {
  name: "Det midlertidige ark fjernes igen",
  members: ["Worksheet.delete"],
  run: async (context) => {
    const sheet = await findCheckSheet(context);
    if (!sheet) return;
    if (sheet.visibility !== "Visible") sheet.visibility = "Visible" as Excel.SheetVisibility;
    sheet.delete();
    await context.sync();
  },
};

export async function runSelfCheck(
  runner: ExcelRunner,
  env: SelfCheckEnvironment = {}
): Promise<SelfCheckReport> {
  const checks: SelfCheckResult[] = [];
  for (const check of [...SELF_CHECKS, CLEAN_UP]) {
    try {
      await runner((context) => check.run(context));
      checks.push({ name: check.name, members: check.members, ok: true });
    } catch (e) {
      const { code, message } = officeErrorOf(e);
      checks.push({ name: check.name, members: check.members, ok: false, code, message });
    }
  }
  return {
    platform: env.diagnostics?.platform ?? "ukendt",
    version: env.diagnostics?.version ?? "ukendt",
    requirementSets: SETS.map((name) => {
      const [set, version] = name.split(" ");
      return { name, supported: env.isSetSupported?.(set, version) ?? false };
    }),
    checks,
  };
}

/** The report as plain text for "Kopiér rapport" (Danish, one line per check). */
export function formatSelfCheckReport(report: SelfCheckReport): string {
  const passed = report.checks.filter((c) => c.ok).length;
  return [
    "Kontrollér Excel – Målopfyldelse",
    `Platform: ${report.platform}`,
    `Excel-version: ${report.version}`,
    `Kravsæt: ${report.requirementSets.map((s) => `${s.name} ${s.supported ? "ja" : "nej"}`).join(", ")}`,
    `${passed} af ${report.checks.length} kontroller bestået`,
    ...report.checks.map(
      (c) =>
        `${c.ok ? "OK  " : "FEJL"} ${c.name}${c.ok ? "" : ` – ${c.code}: ${c.message}`} [${c.members.join(", ")}]`
    ),
  ].join("\n");
}
