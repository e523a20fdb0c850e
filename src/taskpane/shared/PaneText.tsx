// The pane's locale, given once at the root, and the words for it: usePaneText() gives the shared words, and
// usePaneText(sectionWords) a section's own words completed with the shared ones (see words.ts).
import { createContext, useContext } from "react";
import { sharedWords, type PaneLocale, type SharedWords, type Words } from "./words";

export interface PaneText<D = SharedWords> {
  t: D;
  locale: PaneLocale;
}

const LocaleContext = createContext<PaneLocale>("da");

export const PaneLocaleProvider = LocaleContext.Provider;

export function usePaneText(): PaneText;
export function usePaneText<D>(words: Words<D>): PaneText<D>;
export function usePaneText<D>(words?: Words<D>): PaneText<D | SharedWords> {
  const locale = useContext(LocaleContext);
  return { t: (words ?? sharedWords)[locale], locale };
}
