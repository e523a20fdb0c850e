/* global Office */ // Office.js declares Office globally; only its types are used here.
// Follows Office's theme: Fluent's web theme (light or dark, by the lightness of Office's body background) with the
// neutral background and foreground tokens replaced by Office's own colours, so the pane blends into Excel.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The colours the pane uses from Office.OfficeTheme (all optional: Office may not give a theme at all). */
export type OfficeThemeColours = Partial<
  Pick<
    Office.OfficeTheme,
    | "bodyBackgroundColor"
    | "bodyForegroundColor"
    | "controlBackgroundColor"
    | "controlForegroundColor"
    | "isDarkTheme"
  >
>;

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** "#FFA500" / "fa0" → "#ffa500"; anything else → undefined. */
export function normaliseHex(colour: string | undefined | null): string | undefined {
  const m = typeof colour === "string" ? HEX.exec(colour.trim()) : null;
  if (!m) return undefined;
  const digits = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return `#${digits.toLowerCase()}`;
}

/** Relative luminance (WCAG) of a normalised hex colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function isDark(theme: OfficeThemeColours | null | undefined): boolean {
  const background = normaliseHex(theme?.bodyBackgroundColor);
  if (background) return luminance(background) < 0.2;
  return theme?.isDarkTheme === true;
}

export function paneTheme(theme: OfficeThemeColours | null | undefined): Theme {
  const base = isDark(theme) ? webDarkTheme : webLightTheme;
  if (!theme) return base;
  const overrides: Partial<Theme> = {};
  const bodyBackground = normaliseHex(theme.bodyBackgroundColor);
  const bodyForeground = normaliseHex(theme.bodyForegroundColor);
  const controlBackground = normaliseHex(theme.controlBackgroundColor);
  const controlForeground = normaliseHex(theme.controlForegroundColor);
  if (bodyBackground) overrides.colorNeutralBackground1 = bodyBackground;
  if (bodyForeground) overrides.colorNeutralForeground1 = bodyForeground;
  if (controlBackground) overrides.colorNeutralBackground2 = controlBackground;
  if (controlForeground) overrides.colorNeutralForeground2 = controlForeground;
  return { ...base, ...overrides };
}
