// Builds the KKR agenda memo from the same EvaluationResult that Oversigt shows:
//   title and date · Sagsfremstilling · Oversigt over mål (grouped, the overall at the bottom) and the chart ·
//   Indstilling · Bilag: one short section per goal (target, result, fulfilment, explanation, Bemærkning).
// Pure: the picture comes in as bytes (src/memo draws and rasterises it, or Excel's Chart.getImage gives it).
import type { EvaluationResult, GoalResult, RowResult } from "../evaluate";
import { groupGoals, type GroupedGoals } from "../groups";
import { displayValue } from "../rules/taerskler";
import { danishDate, parseIsoDate, percent, percentRange } from "./danish";
import {
  MemoOptionsSchema,
  type Memo,
  type MemoBlock,
  type MemoOptions,
  type MemoTableRow,
} from "./model";
import {
  contractWords,
  defaultIndstilling,
  isStatus,
  sagsfremstilling,
  type MemoNames,
} from "./summary";

export const TABLE_COLUMNS = ["Nr", "Mål", "Resultat", "Opfyldelse", "Status"];

/** "Opfølgning på resultatkontrakt 2020 mellem Erhvervshus Nordjylland og KKR Nordjylland" (status: "Status på …"). */
export function memoTitle(result: EvaluationResult, names: MemoNames): string {
  const head = `${isStatus(result) ? "Status på" : "Opfølgning på"} ${contractWords(names.year)}`;
  if (names.hub && names.kkr) return `${head} mellem ${names.hub} og ${names.kkr}`;
  if (names.hub || names.kkr) return `${head} med ${names.hub ?? names.kkr}`;
  return head;
}

/** A goal's fulfilment as the table shows it: "75 %", "75 % (aftalt)", "–" while pending. */
function fulfilmentCell(goal: GoalResult): string {
  if (goal.fulfilment === null) return "–";
  return goal.agreed ? `${percent(goal.fulfilment)} (aftalt)` : percent(goal.fulfilment);
}

function rowLabel(row: RowResult): string {
  return [row.part, row.segment].filter(Boolean).join(" ");
}

/** What was measured: "72", "3/4", or per part and segment "Drift 75 %, Vækst 81 %; NPS Drift 70, Vækst 84". */
export function goalResultText(goal: GoalResult): string {
  const rows = goal.parts.flatMap((p) => p.rows);
  const shown = (r: RowResult) =>
    r.resultText ?? (r.status === "Afventer data" ? "afventer data" : "–");
  if (!rows.some((r) => r.resultText))
    return goal.status === "Afventer data" ? "Afventer data" : "–";
  if (rows.length === 1) return rows[0].resultText as string;
  return goal.parts
    .map((p) => {
      const items = p.rows.map((r) => [r.segment, shown(r)].filter(Boolean).join(" ")).join(", ");
      return p.name ? `${p.name}: ${items}` : items;
    })
    .join("; ");
}

/** The target a row was measured against: "100 % ved mindst 60, 50 % ved mindst 50", "mindst 350", "ja/nej". */
function rowTarget(row: RowResult): string {
  const dir = row.direction === "hoejst" ? "højst" : "mindst";
  const tiers = row.tiers ?? [];
  switch (row.rule) {
    case "janej":
      return "gennemført (ja/nej)";
    case "indsatser":
      return "alle indsatser gennemført";
    case "antal":
      return tiers[0] ? `${dir} ${displayValue(tiers[0].value, tiers[0].percent)}` : "";
    case "forholdsmaessig":
      return tiers[0]
        ? `${displayValue(tiers[0].value, tiers[0].percent)} (forholdsmæssig opfyldelse)`
        : "";
    default: {
      if (tiers.length === 0) return "";
      const list = tiers
        .map((t) => `${percent(t.fulfilment)} ved ${dir} ${displayValue(t.value, t.percent)}`)
        .join(", ");
      return row.rule === "lineaer" ? `${list}, lineært imellem` : list;
    }
  }
}

export function goalTargetText(goal: GoalResult): string {
  const rows = goal.parts.flatMap((p) => p.rows);
  const targets = rows
    .map((r) => ({ label: rowLabel(r), target: rowTarget(r) }))
    .filter((t) => t.target);
  if (targets.length === 0) return "";
  if (rows.length === 1) return targets[0].target;
  return targets.map((t) => (t.label ? `${t.label}: ${t.target}` : t.target)).join("; ");
}

function subtotalFigure(s: { fulfilment: number | null; range: [number, number] | null }): string {
  if (s.fulfilment === null) return "–";
  if (s.range && s.range[0] !== s.range[1])
    return `${percent(s.fulfilment)} (${percentRange(s.range)})`;
  return percent(s.fulfilment);
}

function overviewRows(result: EvaluationResult, grouped: GroupedGoals): MemoTableRow[] {
  const rows: MemoTableRow[] = [];
  for (const group of grouped.groups) {
    if (grouped.grouped) rows.push({ kind: "group", cells: [group.label] });
    for (const goal of group.goals) {
      rows.push({
        kind: "goal",
        cells: [goal.id, goal.title, goalResultText(goal), fulfilmentCell(goal), goal.status],
        status: goal.status,
      });
    }
    if (grouped.showSubtotals && group.goals.length > 1) {
      const s = group.subtotal;
      rows.push({
        kind: "subtotal",
        cells: [
          "",
          `I alt, ${group.label.charAt(0).toLocaleLowerCase("da")}${group.label.slice(1)}`,
          `${s.measured} af ${s.counted} mål målt`,
          subtotalFigure(s),
          "",
        ],
      });
    }
  }
  const measured = result.goals.filter((g) => g.fulfilment !== null).length;
  const total = result.goals.filter((g) => g.status !== "Fejl").length;
  rows.push({
    kind: "overall",
    cells: [
      "",
      "Samlet målopfyldelse",
      `${measured} af ${total} mål målt`,
      subtotalFigure({ fulfilment: result.overall, range: result.overallRange }),
      "",
    ],
  });
  return rows;
}

function goalSection(goal: GoalResult, grouped: GroupedGoals, groupLabel: string): MemoBlock[] {
  const items: { label: string; value: string }[] = [];
  if (grouped.grouped) items.push({ label: "Type", value: groupLabel });
  const target = goalTargetText(goal);
  if (target) items.push({ label: "Målsætning", value: target });
  items.push({ label: "Resultat", value: goalResultText(goal) });
  items.push({
    label: "Opfyldelse",
    value:
      goal.fulfilment === null
        ? goal.status === "Afventer data"
          ? `afventer data (kan blive ${percentRange(goal.range)})`
          : goal.status
        : `${percent(goal.fulfilment)} (${goal.status.toLocaleLowerCase("da")})`,
  });
  if (goal.explanation) items.push({ label: "Forklaring", value: goal.explanation });
  if (goal.remark) items.push({ label: "Bemærkning", value: goal.remark });
  return [
    {
      kind: "heading",
      level: 2,
      text: goal.title ? `Mål ${goal.id} – ${goal.title}` : `Mål ${goal.id}`,
    },
    { kind: "facts", items },
  ];
}

export function buildMemo(result: EvaluationResult, optionsInput: MemoOptions): Memo {
  const options = MemoOptionsSchema.parse(optionsInput);
  const date = parseIsoDate(options.date);
  if (!date) throw new RangeError(`'${options.date}' er ikke en dato (åååå-mm-dd)`);
  const names: MemoNames = {
    hub: options.hub,
    kkr: options.kkr,
    year: options.year,
    statusDate: options.statusDate,
  };
  const grouped = groupGoals(result);
  const status = isStatus(result);

  const blocks: MemoBlock[] = [
    { kind: "heading", level: 1, text: "Sagsfremstilling" },
    ...sagsfremstilling(result, grouped, names),
    { kind: "heading", level: 1, text: "Oversigt over mål" },
    { kind: "goalTable", columns: TABLE_COLUMNS, rows: overviewRows(result, grouped) },
  ];
  if (options.chart) {
    blocks.push({
      kind: "chart",
      caption: "Figur 1. Målopfyldelse pr. mål",
      alt: options.chart.alt,
    });
  }
  blocks.push(
    { kind: "heading", level: 1, text: "Indstilling" },
    { kind: "indstilling", text: options.indstilling ?? defaultIndstilling(result, names) },
    { kind: "heading", level: 1, text: "Bilag: målene enkeltvis" }
  );
  for (const group of grouped.groups)
    for (const goal of group.goals) blocks.push(...goalSection(goal, grouped, group.label));

  return {
    title: options.title ?? memoTitle(result, names),
    subtitle: status && options.statusDate ? `Status pr. ${options.statusDate}` : undefined,
    date: danishDate(date),
    final: !status,
    hub: names.hub,
    kkr: names.kkr,
    year: names.year,
    blocks,
    chart: options.chart,
  };
}

/** The memo's text, for `--json` and other tools: every block as it reads, the picture described, not embedded. */
export function memoJson(memo: Memo) {
  return {
    title: memo.title,
    subtitle: memo.subtitle ?? null,
    date: memo.date,
    final: memo.final,
    hub: memo.hub ?? null,
    kkr: memo.kkr ?? null,
    year: memo.year ?? null,
    blocks: memo.blocks,
    chart: memo.chart
      ? {
          width: memo.chart.width,
          height: memo.chart.height,
          alt: memo.chart.alt,
          svg: Boolean(memo.chart.svg),
          pngBytes: memo.chart.png.length,
        }
      : null,
  };
}
