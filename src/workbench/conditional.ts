// Conditional formats of a sheet snapshot, evaluated per cell the way Excel shows them: text rules (BeginsWith,
// EndsWith, Contains, NotContains) and cell-value rules give a fill and font; icon sets give an icon (drawn as a
// coloured dot: red → yellow → green); two- and three-colour scales give a fill. Formula rules ("custom") are not
// evaluated: the workbench has no formula engine.
import { parseAreas, type Rect } from "../host/address";
import type {
  CellSnapshot,
  ConditionalFormatSnapshot,
  RuleFormatSnapshot,
  SheetSnapshot,
} from "../host/types";

export interface CellDecoration {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** An icon from an icon set: its colour, its position in the set (0 = lowest) and whether to hide the value. */
  icon?: { color: string; index: number; count: number; iconOnly: boolean; style: string };
}

const ICON_COLOURS: Record<number, string[]> = {
  3: ["#D83B3B", "#F2C12E", "#2E9E4F"],
  4: ["#D83B3B", "#F2C12E", "#8CC63F", "#2E9E4F"],
  5: ["#D83B3B", "#F08A24", "#F2C12E", "#8CC63F", "#2E9E4F"],
};

function inside(areas: Rect[], row: number, col: number): boolean {
  return areas.some(
    (a) => row >= a.row && row < a.row + a.rowCount && col >= a.col && col < a.col + a.colCount
  );
}

/** "=0.5", "0,5", "=50%" → 0.5; anything else → null (references and formulas are not evaluated). */
export function criterionNumber(formula: string | null | undefined): number | null {
  if (formula === null || formula === undefined) return null;
  let text = String(formula).trim();
  if (text.startsWith("=")) text = text.slice(1).trim();
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1).trim();
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const n = Number(text.replace(",", "."));
  return percent ? n / 100 : n;
}

function textOf(cell: CellSnapshot | undefined): string {
  if (!cell || cell.value === null) return "";
  return typeof cell.value === "string" ? cell.value : cell.text;
}

function numberOf(cell: CellSnapshot | undefined): number | null {
  return cell && typeof cell.value === "number" ? cell.value : null;
}

function textMatches(operator: string, cellText: string, ruleText: string): boolean {
  const a = cellText.toLocaleLowerCase("da");
  const b = ruleText.toLocaleLowerCase("da");
  switch (operator) {
    case "BeginsWith":
      return a.startsWith(b);
    case "EndsWith":
      return a.endsWith(b);
    case "Contains":
      return a.includes(b);
    case "NotContains":
      return !a.includes(b);
    default:
      return false;
  }
}

function cellValueMatches(
  rule: { formula1: string; formula2?: string; operator: string },
  value: number | null
): boolean {
  if (value === null) return false;
  const x = criterionNumber(rule.formula1);
  const y = criterionNumber(rule.formula2);
  if (x === null) return false;
  switch (rule.operator) {
    case "EqualTo":
      return value === x;
    case "NotEqualTo":
      return value !== x;
    case "GreaterThan":
      return value > x;
    case "GreaterThanOrEqual":
      return value >= x;
    case "LessThan":
      return value < x;
    case "LessThanOrEqual":
      return value <= x;
    case "Between":
      return y !== null && value >= Math.min(x, y) && value <= Math.max(x, y);
    case "NotBetween":
      return y !== null && (value < Math.min(x, y) || value > Math.max(x, y));
    default:
      return false;
  }
}

interface RangeStats {
  min: number;
  max: number;
  sorted: number[];
}

function statsOf(values: number[]): RangeStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], max: sorted[sorted.length - 1], sorted };
}

/** A threshold of an icon-set or colour-scale criterion, resolved against the numbers in the rule's range. */
function threshold(
  type: string | undefined,
  formula: string | null | undefined,
  stats: RangeStats
): number | null {
  switch (type) {
    case "LowestValue":
      return stats.min;
    case "HighestValue":
      return stats.max;
    case "Percent": {
      const p = criterionNumber(formula);
      return p === null ? null : stats.min + ((stats.max - stats.min) * p) / 100;
    }
    case "Percentile": {
      const p = criterionNumber(formula);
      if (p === null) return null;
      const pos = ((stats.sorted.length - 1) * p) / 100;
      const lo = Math.floor(pos);
      const hi = Math.ceil(pos);
      return stats.sorted[lo] + (stats.sorted[hi] - stats.sorted[lo]) * (pos - lo);
    }
    default:
      // "Number", "Formula" with a constant, or an empty criterion.
      return criterionNumber(formula);
  }
}

function iconIndex(cf: ConditionalFormatSnapshot, value: number, stats: RangeStats): number {
  const criteria = cf.iconSet?.criteria ?? [];
  // The first criterion is the lowest icon's and has no threshold; the others are checked from the top down.
  for (let i = criteria.length - 1; i >= 1; i--) {
    const c = criteria[i];
    const t = threshold(c.type, c.formula, stats);
    if (t === null) continue;
    if (c.operator === "GreaterThan" ? value > t : value >= t) return i;
  }
  return 0;
}

function hexToRgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string | undefined {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  if (!x || !y) return undefined;
  const c = x.map((v, i) => Math.round(v + (y[i] - v) * Math.min(1, Math.max(0, t))));
  return `#${c
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

function colourScale(
  cf: ConditionalFormatSnapshot,
  value: number,
  stats: RangeStats
): string | undefined {
  const criteria = cf.colorScale?.criteria;
  if (!criteria) return undefined;
  const points = [criteria.minimum, criteria.midpoint, criteria.maximum]
    .filter((p): p is NonNullable<typeof p> => Boolean(p && p.color))
    .map((p) => ({ at: threshold(p.type, p.formula, stats), color: p.color as string }))
    .filter((p): p is { at: number; color: string } => p.at !== null);
  if (points.length < 2) return undefined;
  if (value <= points[0].at) return points[0].color;
  for (let i = 1; i < points.length; i++) {
    const lo = points[i - 1];
    const hi = points[i];
    if (value <= hi.at)
      return mix(lo.color, hi.color, hi.at === lo.at ? 1 : (value - lo.at) / (hi.at - lo.at));
  }
  return points[points.length - 1].color;
}

function applyFormat(target: CellDecoration, format: RuleFormatSnapshot): void {
  // Rules are applied from the highest priority down; a property set by a higher rule stays.
  if (format.fillColor && target.fill === undefined) target.fill = format.fillColor;
  if (format.fontColor && target.fontColor === undefined) target.fontColor = format.fontColor;
  if (format.bold !== null && target.bold === undefined) target.bold = format.bold;
  if (format.italic !== null && target.italic === undefined) target.italic = format.italic;
}

/** Decorations of every cell a conditional format touches, by address ("C7"). */
export function evaluateConditionalFormats(sheet: SheetSnapshot): Map<string, CellDecoration> {
  const out = new Map<string, CellDecoration>();
  const rules = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
  const stopped = new Set<string>();

  for (const cf of rules) {
    const areas = parseAreas(cf.address);
    if (!areas) continue;
    const cells = sheet.cells.filter((c) => inside(areas, c.row, c.column));
    const stats = statsOf(cells.map(numberOf).filter((v): v is number => v !== null));
    for (const cell of cells) {
      if (stopped.has(cell.address)) continue;
      const decoration = out.get(cell.address) ?? {};
      let matched = false;
      const value = numberOf(cell);
      if (cf.textComparison && cell.value !== null) {
        matched = textMatches(
          cf.textComparison.rule.operator,
          textOf(cell),
          cf.textComparison.rule.text
        );
        if (matched) applyFormat(decoration, cf.textComparison.format);
      } else if (cf.cellValue) {
        matched = cellValueMatches(cf.cellValue.rule, value);
        if (matched) applyFormat(decoration, cf.cellValue.format);
      } else if (cf.iconSet && value !== null && stats && !decoration.icon) {
        const count = Math.max(3, Math.min(5, cf.iconSet.criteria.length));
        let index = iconIndex(cf, value, stats);
        if (cf.iconSet.reverseIconOrder) index = count - 1 - index;
        decoration.icon = {
          color: ICON_COLOURS[count][index],
          index,
          count,
          iconOnly: cf.iconSet.showIconOnly,
          style: cf.iconSet.style,
        };
        matched = true;
      } else if (cf.colorScale && value !== null && stats && decoration.fill === undefined) {
        decoration.fill = colourScale(cf, value, stats);
        matched = decoration.fill !== undefined;
      }
      if (matched) {
        out.set(cell.address, decoration);
        if (cf.stopIfTrue) stopped.add(cell.address);
      }
    }
  }
  return out;
}
