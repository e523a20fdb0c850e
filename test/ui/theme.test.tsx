// The pane follows Office: Fluent's light or dark theme with Office's own colours, and Danish or English by Office's
// display language.
import { describe, expect, test } from "@jest/globals";
import { waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fordelingWords } from "../../src/taskpane/sections/fordeling/words";
import { hvadNuHvisWords } from "../../src/taskpane/sections/hvadnuhvis/words";
import { maalopfyldelseWords } from "../../src/taskpane/sections/maalopfyldelse/words";
import { localeFromLanguage, sharedWords } from "../../src/taskpane/shared/words";
import { isDark, paneTheme } from "../../src/taskpane/theme";
import { goalWorkbook, idle, renderPane } from "./support";

describe("theme and language from Office", () => {
  test("a dark Office theme gives Fluent's dark theme with Office's own background and text colours", () => {
    const theme = paneTheme({
      bodyBackgroundColor: "#262626",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#333",
      controlForegroundColor: "#f0f0f0",
    });
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#ffffff");
    expect(theme.colorNeutralBackground2).toBe("#333333");
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralStroke1).toBe(webDarkTheme.colorNeutralStroke1);
  });

  test("a light or missing theme gives Fluent's light theme; bad colours are ignored", () => {
    expect(paneTheme(null)).toBe(webLightTheme);
    const light = paneTheme({
      bodyBackgroundColor: "#ffffff",
      bodyForegroundColor: "not a colour",
    });
    expect(light.colorNeutralBackground1).toBe("#ffffff");
    expect(light.colorNeutralForeground1).toBe(webLightTheme.colorNeutralForeground1);
    expect(isDark({ isDarkTheme: true })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#e6e6e6", isDarkTheme: true })).toBe(false);
  });

  test("the pane applies the theme's colours", async () => {
    renderPane(goalWorkbook(), {
      theme: {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#fafafa",
      } as Office.OfficeTheme,
    });
    await idle();
    // FluentProvider puts the theme's tokens in a style sheet, as CSS variables on its class.
    const token = (name: string) =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .map((rule) => (rule as CSSStyleRule).style?.getPropertyValue(name))
        .find((value) => value);
    await waitFor(() => expect(token("--colorNeutralBackground1")).toBe("#1f1f1f"));
    expect(token("--colorNeutralForeground1")).toBe("#fafafa");
  });

  test("Danish for Danish, English for every other display language; both dictionaries have the same words", () => {
    expect(localeFromLanguage("da-DK")).toBe("da");
    expect(localeFromLanguage("DA")).toBe("da");
    expect(localeFromLanguage("en-US")).toBe("en");
    expect(localeFromLanguage("de-DE")).toBe("en");
    expect(localeFromLanguage(undefined)).toBe("en");
    // The words are split by section (each completed with the shared words): every dictionary pair is checked.
    for (const words of [sharedWords, maalopfyldelseWords, fordelingWords, hvadNuHvisWords])
      expect(Object.keys(words.en).sort()).toEqual(Object.keys(words.da).sort());
    const roles = maalopfyldelseWords;
    expect(Object.keys(roles.en.roles).sort()).toEqual(Object.keys(roles.da.roles).sort());
  });
});
