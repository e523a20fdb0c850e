// The pane's words and locale, given once at the root and read by every component.
import { createContext, useContext } from "react";
import { messages, type Messages, type PaneLocale } from "./i18n";

export interface PaneText {
  t: Messages;
  locale: PaneLocale;
}

const PaneTextContext = createContext<PaneText>({ t: messages.da, locale: "da" });

export const PaneTextProvider = PaneTextContext.Provider;

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
