// The pane's locale, given once at the root, and the words for it: usePaneText(sharedWords) in the shared components,
// usePaneText(<section>Words) in a section (its own words completed with the shared ones, see words.ts).
import { createContext, useContext } from "react";
import type { PaneLocale, Words } from "./words";

export interface PaneText<D> {
  t: D;
  locale: PaneLocale;
}

const LocaleContext = createContext<PaneLocale>("da");

export const PaneLocaleProvider = LocaleContext.Provider;

export function usePaneText<D>(words: Words<D>): PaneText<D> {
  const locale = useContext(LocaleContext);
  return { t: words[locale], locale };
}
