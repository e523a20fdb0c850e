// Conditional formats in Office.js terms (one ConditionalFormat per rule, ordered by priority), mapped to and from
// ExcelJS's worksheet.conditionalFormattings. What ExcelJS cannot express is listed where it happens and in the
// src/host/README.md: the icon-criterion operator "GreaterThan" (cfvo gte="0"), custom icons, "NotContains" text rules (written
// as an equivalent formula rule), and formula-valued icon/colour criteria (ExcelJS reads their value as a number).
// Rules the host does not model (data bars, top/bottom, …) are kept verbatim and written back unchanged.

import { formatRect, intersect, parseAreas, subtractRect, type Rect } from "../address";
import { excelColorToHex, hexToArgb } from "../colors";
import { hostError } from "../errors";
import type { Journal } from "./journal";
import { assertEditable, type SheetEntity } from "./sheet";
import type { HostWorkbook } from "./workbook";

export type ConditionalFormatType =
  | "Custom"
  | "DataBar"
  | "ColorScale"
  | "IconSet"
  | "TopBottom"
  | "PresetCriteria"
  | "ContainsText"
  | "CellValue";

/** The modelled types; the others can only come from a loaded file. */
export const MODELLED_TYPES: readonly ConditionalFormatType[] = [
  "IconSet",
  "ColorScale",
  "ContainsText",
  "Custom",
  "CellValue",
];

export interface IconCriterion {
  type: string;
  operator: string;
  formula: string;
}

export interface ColorCriterion {
  type: string;
  formula?: string | null;
  color?: string | null;
}

export interface ColorCriteria {
  minimum: ColorCriterion;
  midpoint?: ColorCriterion | null;
  maximum: ColorCriterion;
}

/** Excel.ConditionalRangeFormat subset: fill colour, font colour, bold, italic (null = not set by the rule). */
export interface RuleFormat {
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ConditionalFormatEntity {
  id: string;
  sheet: SheetEntity;
  areas: Rect[];
  type: ConditionalFormatType;
  stopIfTrue: boolean;
  alive: boolean;
  iconSet?: {
    style: string;
    criteria: IconCriterion[];
    showIconOnly: boolean;
    reverseIconOrder: boolean;
  };
  colorScale?: { criteria: ColorCriteria };
  textComparison?: { rule: { operator: string; text: string }; format: RuleFormat };
  custom?: { formula: string; format: RuleFormat };
  cellValue?: {
    rule: { formula1: string; formula2?: string; operator: string };
    format: RuleFormat;
  };
  /** An ExcelJS rule of a kind the host does not model, written back as it was read. */
  raw?: Record<string, unknown>;
}

export const EMPTY_FORMAT: RuleFormat = {
  fillColor: null,
  fontColor: null,
  bold: null,
  italic: null,
};

export const ICON_OPERATORS = ["Invalid", "GreaterThan", "GreaterThanOrEqual"];
export const ICON_CRITERION_TYPES = ["Invalid", "Number", "Percent", "Formula", "Percentile"];
export const COLOR_CRITERION_TYPES = [
  "Invalid",
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];
export const TEXT_OPERATORS = ["Invalid", "Contains", "NotContains", "BeginsWith", "EndsWith"];
export const CELL_VALUE_OPERATORS = [
  "Invalid",
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/** The settings Excel gives a rule created with ConditionalFormatCollection.add(type). */
export function newConditionalFormat(
  id: string,
  sheet: SheetEntity,
  area: Rect,
  type: ConditionalFormatType
): ConditionalFormatEntity {
  const cf: ConditionalFormatEntity = {
    id,
    sheet,
    areas: [area],
    type,
    stopIfTrue: false,
    alive: true,
  };
  if (type === "IconSet") {
    cf.iconSet = {
      style: "ThreeTrafficLights1",
      criteria: [
        { type: "Percent", operator: "GreaterThanOrEqual", formula: "=0" },
        { type: "Percent", operator: "GreaterThanOrEqual", formula: "=33" },
        { type: "Percent", operator: "GreaterThanOrEqual", formula: "=67" },
      ],
      showIconOnly: false,
      reverseIconOrder: false,
    };
  } else if (type === "ColorScale") {
    cf.colorScale = {
      criteria: {
        minimum: { type: "LowestValue", formula: null, color: "#F8696B" },
        midpoint: { type: "Percentile", formula: "=50", color: "#FFEB84" },
        maximum: { type: "HighestValue", formula: null, color: "#63BE7B" },
      },
    };
  } else if (type === "ContainsText") {
    cf.textComparison = { rule: { operator: "Contains", text: "" }, format: EMPTY_FORMAT };
  } else if (type === "Custom") {
    cf.custom = { formula: "", format: EMPTY_FORMAT };
  } else if (type === "CellValue") {
    cf.cellValue = { rule: { formula1: "", operator: "Invalid" }, format: EMPTY_FORMAT };
  }
  return cf;
}

// ---------------------------------------------------------------------------------------------------------------
// From ExcelJS

interface ExcelJsCfvo {
  type: string;
  value?: number | string;
}

interface ExcelJsRule {
  type: string;
  operator?: string;
  priority?: number;
  formulae?: string[];
  text?: string;
  iconSet?: string;
  showValue?: boolean;
  reverse?: boolean;
  cfvo?: ExcelJsCfvo[];
  color?: { argb?: string; theme?: number }[];
  style?: {
    fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } };
    font?: Record<string, unknown>;
  };
  stopIfTrue?: boolean;
}

const CFVO_TO_OFFICE: Record<string, string> = {
  num: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
  min: "LowestValue",
  max: "HighestValue",
};

export function importConditionalFormats(
  wb: HostWorkbook,
  sheet: SheetEntity
): ConditionalFormatEntity[] {
  const blocks = (
    sheet.ws as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJsRule[] }[] }
  ).conditionalFormattings;
  const found: { priority: number; cf: ConditionalFormatEntity }[] = [];
  for (const block of blocks ?? []) {
    const areas = parseAreas(block.ref);
    if (!areas) continue;
    for (const rule of block.rules ?? []) {
      const cf = fromExcelJsRule(rule, wb.nextId("conditionalFormat"), sheet, areas);
      found.push({ priority: rule.priority ?? Number.MAX_SAFE_INTEGER, cf });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.cf);
}

function fromExcelJsRule(
  rule: ExcelJsRule,
  id: string,
  sheet: SheetEntity,
  areas: Rect[]
): ConditionalFormatEntity {
  const base = { id, sheet, areas, stopIfTrue: !!rule.stopIfTrue, alive: true };
  const format = formatFromStyle(rule.style);
  const formula = (i: number) => (rule.formulae?.[i] !== undefined ? `=${rule.formulae[i]}` : "");
  switch (rule.type) {
    case "iconSet":
      return {
        ...base,
        type: "IconSet",
        iconSet: {
          style: iconSetToOffice(rule.iconSet ?? "3TrafficLights1"),
          criteria: (rule.cfvo ?? []).map((c) => ({
            type: CFVO_TO_OFFICE[c.type] ?? "Invalid",
            operator: "GreaterThanOrEqual",
            formula: c.value === undefined || Number.isNaN(c.value) ? "" : `=${c.value}`,
          })),
          showIconOnly: rule.showValue === false,
          reverseIconOrder: !!rule.reverse,
        },
      };
    case "colorScale": {
      const criteria = (rule.cfvo ?? []).map((c, i): ColorCriterion => ({
        type: CFVO_TO_OFFICE[c.type] ?? "Invalid",
        formula: c.value === undefined || Number.isNaN(c.value) ? null : `=${c.value}`,
        color: excelColorToHex(rule.color?.[i]),
      }));
      const three = criteria.length >= 3;
      return {
        ...base,
        type: "ColorScale",
        colorScale: {
          criteria: {
            minimum: criteria[0],
            midpoint: three ? criteria[1] : null,
            maximum: criteria[three ? 2 : 1],
          },
        },
      };
    }
    case "containsText":
    case "notContainsText":
    case "beginsWith":
    case "endsWith": {
      const operator = textOperatorOf(rule);
      if (!operator) return { ...base, type: "PresetCriteria", raw: { ...rule } };
      const text = rule.text ?? textFromFormula(rule.formulae?.[0] ?? "");
      return {
        ...base,
        type: "ContainsText",
        textComparison: { rule: { operator, text }, format },
      };
    }
    case "expression":
      return { ...base, type: "Custom", custom: { formula: formula(0), format } };
    case "cellIs":
      return {
        ...base,
        type: "CellValue",
        cellValue: {
          rule: {
            formula1: formula(0),
            ...(rule.formulae && rule.formulae.length > 1 ? { formula2: formula(1) } : {}),
            operator: CELL_IS_TO_OFFICE[rule.operator ?? ""] ?? "Invalid",
          },
          format,
        },
      };
    case "dataBar":
      return { ...base, type: "DataBar", raw: { ...rule } };
    case "top10":
      return { ...base, type: "TopBottom", raw: { ...rule } };
    default:
      return { ...base, type: "PresetCriteria", raw: { ...rule } };
  }
}

function textOperatorOf(rule: ExcelJsRule): string | null {
  const op = rule.operator ?? rule.type;
  if (op === "containsText") return "Contains";
  if (op === "notContains" || op === "notContainsText") return "NotContains";
  if (op === "beginsWith") return "BeginsWith";
  if (op === "endsWith") return "EndsWith";
  return null;
}

// ExcelJS does not read the text attribute; the text is the string literal in the rule's formula.
function textFromFormula(formula: string): string {
  const m = /"((?:[^"]|"")*)"/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : "";
}

function formatFromStyle(style: ExcelJsRule["style"]): RuleFormat {
  const font = (style?.font ?? {}) as {
    color?: { argb?: string };
    bold?: boolean;
    italic?: boolean;
  };
  return {
    fillColor: excelColorToHex(style?.fill?.bgColor) ?? excelColorToHex(style?.fill?.fgColor),
    fontColor: excelColorToHex(font.color),
    bold: font.bold ?? null,
    italic: font.italic ?? null,
  };
}

const CELL_IS_TO_OFFICE: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
};

/** "3TrafficLights1" ↔ "ThreeTrafficLights1": Office.js spells out the leading count. */
export function iconSetToOffice(name: string): string {
  return name.replace(/^3/, "Three").replace(/^4/, "Four").replace(/^5/, "Five");
}

export function iconSetToExcel(name: string): string {
  return name
    .replace(/^Three/, "3")
    .replace(/^Four/, "4")
    .replace(/^Five/, "5");
}

// ---------------------------------------------------------------------------------------------------------------
// To ExcelJS

const OFFICE_TO_CFVO: Record<string, string> = Object.fromEntries(
  Object.entries(CFVO_TO_OFFICE).map(([k, v]) => [v, k])
);
const OFFICE_TO_CELL_IS: Record<string, string> = Object.fromEntries(
  Object.entries(CELL_IS_TO_OFFICE).map(([k, v]) => [v, k])
);

/** The worksheet.conditionalFormattings ExcelJS writes: one block per rule, priorities in collection order. Rules
 * that are still incomplete (no formula, operator "Invalid") are left out, since Excel would reject the file. */
export function toExcelJsConditionalFormats(
  sheet: SheetEntity
): { ref: string; rules: Record<string, unknown>[] }[] {
  const blocks: { ref: string; rules: Record<string, unknown>[] }[] = [];
  sheet.conditionalFormats.forEach((cf, index) => {
    const rule = toExcelJsRule(cf);
    if (rule)
      blocks.push({
        ref: cf.areas.map(formatRect).join(" "),
        rules: [{ ...rule, priority: index + 1 }],
      });
  });
  return blocks;
}

function toExcelJsRule(cf: ConditionalFormatEntity): Record<string, unknown> | null {
  const stop = cf.stopIfTrue ? { stopIfTrue: true } : {};
  if (cf.raw) return { ...cf.raw };
  if (cf.iconSet) {
    return {
      type: "iconSet",
      iconSet: iconSetToExcel(cf.iconSet.style),
      showValue: !cf.iconSet.showIconOnly,
      reverse: cf.iconSet.reverseIconOrder,
      cfvo: cf.iconSet.criteria.map((c) => cfvo(c.type, c.formula, "percent")),
    };
  }
  if (cf.colorScale) {
    const { minimum, midpoint, maximum } = cf.colorScale.criteria;
    const points = midpoint ? [minimum, midpoint, maximum] : [minimum, maximum];
    return {
      type: "colorScale",
      cfvo: points.map((p, i) =>
        cfvo(
          p.type,
          p.formula ?? "",
          i === 0 ? "min" : i === points.length - 1 ? "max" : "percentile"
        )
      ),
      color: points.map((p) => ({ argb: hexToArgb(p.color ?? "#FFFFFF") })),
    };
  }
  const topLeft = cf.areas[0] ? formatRect({ ...cf.areas[0], rowCount: 1, colCount: 1 }) : "A1";
  if (cf.textComparison) {
    const { operator, text } = cf.textComparison.rule;
    const literal = `"${text.replace(/"/g, '""')}"`;
    const style = toDxf(cf.textComparison.format);
    switch (operator) {
      case "Contains":
        return {
          type: "containsText",
          operator: "containsText",
          text,
          formulae: [`NOT(ISERROR(SEARCH(${literal},${topLeft})))`],
          style,
          ...stop,
        };
      case "BeginsWith":
        return {
          type: "containsText",
          operator: "beginsWith",
          text,
          formulae: [`LEFT(${topLeft},LEN(${literal}))=${literal}`],
          style,
          ...stop,
        };
      case "EndsWith":
        return {
          type: "containsText",
          operator: "endsWith",
          text,
          formulae: [`RIGHT(${topLeft},LEN(${literal}))=${literal}`],
          style,
          ...stop,
        };
      case "NotContains":
        // ExcelJS writes type=operator, and "notContains" is not a valid rule type: use the equivalent formula rule.
        return {
          type: "expression",
          formulae: [`ISERROR(SEARCH(${literal},${topLeft}))`],
          style,
          ...stop,
        };
      default:
        return null;
    }
  }
  if (cf.custom) {
    if (!cf.custom.formula) return null;
    return {
      type: "expression",
      formulae: [stripEquals(cf.custom.formula)],
      style: toDxf(cf.custom.format),
      ...stop,
    };
  }
  if (cf.cellValue) {
    const { formula1, formula2, operator } = cf.cellValue.rule;
    const excelOperator = OFFICE_TO_CELL_IS[operator];
    if (!excelOperator || !formula1) return null;
    const formulae = [stripEquals(formula1)];
    if ((operator === "Between" || operator === "NotBetween") && formula2)
      formulae.push(stripEquals(formula2));
    return {
      type: "cellIs",
      operator: excelOperator,
      formulae,
      style: toDxf(cf.cellValue.format),
      ...stop,
    };
  }
  return null;
}

function cfvo(
  officeType: string,
  formula: string,
  fallback: string
): { type: string; value?: number | string } {
  const type = OFFICE_TO_CFVO[officeType] ?? fallback;
  if (type === "min" || type === "max") return { type };
  // The first icon criterion is often left empty ({}); Excel stores its lower bound as 0.
  const text = stripEquals(formula ?? "") || "0";
  const number = Number(text);
  return { type, value: text !== "" && Number.isFinite(number) ? number : text };
}

function stripEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

// Differential formats of conditional rules carry a solid fill in bgColor (that is how Excel writes them).
function toDxf(format: RuleFormat): Record<string, unknown> {
  const style: Record<string, unknown> = {};
  if (format.fillColor)
    style.fill = {
      type: "pattern",
      pattern: "solid",
      bgColor: { argb: hexToArgb(format.fillColor) },
    };
  const font: Record<string, unknown> = {};
  if (format.fontColor) font.color = { argb: hexToArgb(format.fontColor) };
  if (format.bold !== null) font.bold = format.bold;
  if (format.italic !== null) font.italic = format.italic;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

// ---------------------------------------------------------------------------------------------------------------
// Changes (all journaled; conditional formats are formatting, so a protected sheet refuses them)

export function addConditionalFormat(
  wb: HostWorkbook,
  sheet: SheetEntity,
  area: Rect,
  type: ConditionalFormatType,
  journal: Journal,
  location: string
): ConditionalFormatEntity {
  assertEditable(sheet, "formatCells", location);
  const cf = newConditionalFormat(wb.nextId("conditionalFormat"), sheet, area, type);
  journal.record(() => (cf.alive = false));
  // Excel puts a new rule first (highest priority).
  journal.assign(sheet, "conditionalFormats", [cf, ...sheet.conditionalFormats]);
  return cf;
}

export function deleteConditionalFormat(
  cf: ConditionalFormatEntity,
  journal: Journal,
  location: string
): void {
  assertEditable(cf.sheet, "formatCells", location);
  journal.assign(cf, "alive", false);
  journal.assign(
    cf.sheet,
    "conditionalFormats",
    cf.sheet.conditionalFormats.filter((c) => c !== cf)
  );
}

/** Removes conditional formatting from `area`: rules entirely inside go, rules partly inside are trimmed. */
export function clearConditionalFormats(
  sheet: SheetEntity,
  area: Rect,
  journal: Journal,
  location: string
): void {
  assertEditable(sheet, "formatCells", location);
  for (const cf of sheet.conditionalFormats) {
    if (!cf.areas.some((a) => intersect(a, area))) continue;
    const remaining = cf.areas.flatMap((a) => subtractRect(a, area));
    if (remaining.length === 0) deleteConditionalFormat(cf, journal, location);
    else journal.assign(cf, "areas", remaining);
  }
}

export function setPriority(
  cf: ConditionalFormatEntity,
  priority: number,
  journal: Journal,
  location: string
): void {
  if (!Number.isInteger(priority) || priority < 0)
    throw hostError("InvalidArgument", location, "priority must be 0 or more");
  const others = cf.sheet.conditionalFormats.filter((c) => c !== cf);
  others.splice(Math.min(priority, others.length), 0, cf);
  journal.assign(cf.sheet, "conditionalFormats", others);
}

/** Replaces one of the rule's detail objects (copy-on-write keeps loaded snapshots and the journal intact). */
export function updateDetail<
  K extends "iconSet" | "colorScale" | "textComparison" | "custom" | "cellValue",
>(
  cf: ConditionalFormatEntity,
  key: K,
  patch: Partial<NonNullable<ConditionalFormatEntity[K]>>,
  journal: Journal,
  location: string
): void {
  assertEditable(cf.sheet, "formatCells", location);
  const current = cf[key];
  if (!current)
    throw hostError("InvalidOperation", location, `the conditional format is of type ${cf.type}`);
  journal.assign(cf, key, { ...current, ...patch } as ConditionalFormatEntity[K]);
}
