// Cell formatting on ExcelJS styles. ExcelJS shares one style object between all cells that had the same style in
// the loaded file, so a style is never mutated: every change builds a new object (unchanged parts are shared).

import type ExcelJS from "exceljs";
import { excelColorToHex, hexToArgb } from "../colors";

export type Style = Partial<ExcelJS.Style>;
export type StylePatch = (style: Style) => Style;

export type HorizontalAlignment =
  | "General"
  | "Left"
  | "Center"
  | "Right"
  | "Fill"
  | "Justify"
  | "CenterAcrossSelection"
  | "Distributed";

const TO_EXCELJS_ALIGNMENT: Record<
  HorizontalAlignment,
  ExcelJS.Alignment["horizontal"] | undefined
> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

export function isHorizontalAlignment(value: unknown): value is HorizontalAlignment {
  return typeof value === "string" && value in TO_EXCELJS_ALIGNMENT;
}

export function numberFormatOf(style: Style | undefined): string {
  const fmt = style?.numFmt;
  return typeof fmt === "string" && fmt !== "" ? fmt : "General";
}

/** The fill colour as "#RRGGBB", or null when the cell has no fill. */
export function fillColorOf(style: Style | undefined): string | null {
  const fill = style?.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  return excelColorToHex(fill.fgColor) ?? excelColorToHex(fill.bgColor);
}

export interface FontReading {
  bold: boolean;
  italic: boolean;
  color: string;
  name: string;
  size: number;
}

export function fontOf(style: Style | undefined): FontReading {
  const font = style?.font;
  return {
    bold: !!font?.bold,
    italic: !!font?.italic,
    color: excelColorToHex(font?.color) ?? "#000000",
    name: font?.name ?? "Calibri",
    size: font?.size ?? 11,
  };
}

export function horizontalAlignmentOf(style: Style | undefined): HorizontalAlignment {
  const h = style?.alignment?.horizontal;
  const found = (Object.keys(TO_EXCELJS_ALIGNMENT) as HorizontalAlignment[]).find(
    (k) => h !== undefined && TO_EXCELJS_ALIGNMENT[k] === h
  );
  return found ?? "General";
}

export function wrapTextOf(style: Style | undefined): boolean {
  return !!style?.alignment?.wrapText;
}

/** True when the style carries anything Excel shows (used range with formats, snapshot). */
export function hasVisibleFormat(style: Style | undefined): boolean {
  if (!style) return false;
  if (numberFormatOf(style) !== "General" || fillColorOf(style) !== null) return true;
  if (style.alignment && Object.values(style.alignment).some((v) => v !== undefined)) return true;
  if (style.border && Object.values(style.border).some((v) => v !== undefined)) return true;
  const font = fontOf(style);
  return font.bold || font.italic || font.color !== "#000000";
}

export const setNumberFormat =
  (numFmt: string): StylePatch =>
  (style) => {
    const next = { ...style };
    if (numFmt === "General") delete next.numFmt;
    else next.numFmt = numFmt;
    return next;
  };

export const setFillColor =
  (hex: string | null): StylePatch =>
  (style) => {
    const next = { ...style };
    if (hex === null) delete next.fill;
    else next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: hexToArgb(hex) } };
    return next;
  };

export interface FontPatch {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  name?: string;
  size?: number;
}

export const patchFont =
  (patch: FontPatch): StylePatch =>
  (style) => {
    const font: Partial<ExcelJS.Font> = { ...(style.font ?? {}) };
    if (patch.bold !== undefined) font.bold = patch.bold;
    if (patch.italic !== undefined) font.italic = patch.italic;
    if (patch.color !== undefined) font.color = { argb: hexToArgb(patch.color) };
    if (patch.name !== undefined) font.name = patch.name;
    if (patch.size !== undefined) font.size = patch.size;
    return { ...style, font };
  };

export const patchAlignment =
  (patch: { horizontal?: HorizontalAlignment; wrapText?: boolean }): StylePatch =>
  (style) => {
    const alignment: Partial<ExcelJS.Alignment> = { ...(style.alignment ?? {}) };
    if (patch.horizontal !== undefined) {
      const h = TO_EXCELJS_ALIGNMENT[patch.horizontal];
      if (h === undefined) delete alignment.horizontal;
      else alignment.horizontal = h;
    }
    if (patch.wrapText !== undefined) alignment.wrapText = patch.wrapText;
    return { ...style, alignment };
  };

/** Keeps protection (cell locking is not a "format" that Range.clear("Formats") removes). */
export const clearFormats: StylePatch = (style) =>
  style.protection ? { protection: style.protection } : {};

// Column widths: Office.js speaks points, ExcelJS characters of the default font (Calibri 11: 7 px per character
// plus 5 px padding; 0.75 pt per px). Excel's default column, 8.43 characters, is 64 px = 48 pt. Excel snaps a
// width to whole pixels, so a width read back is the nearest whole-pixel width.
export const DEFAULT_COLUMN_CHARS = 8.43;
export const DEFAULT_ROW_POINTS = 15;

export function charsToPoints(chars: number): number {
  return Math.round(Math.round(chars * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}
