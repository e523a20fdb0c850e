// The core's number formats (src/core/format.ts) as the pane shows them: the space before "%" and "pp" is a
// non-breaking space, so a narrow pane never breaks "100,00 %" before the sign (issue 14). Text written to the
// workbook keeps the core's own formats; only the pane imports these.
import {
  formatKroner as coreKroner,
  formatNumber,
  formatPercent as corePercent,
  formatPoints as corePoints,
} from "../../core/format";

export { formatNumber };

const NBSP = "\u00a0";

/** Every plain space in a formatted figure becomes a non-breaking one. */
export function keepTogether(text: string): string {
  return text.replace(/ /g, NBSP);
}

export function formatPercent(...args: Parameters<typeof corePercent>): string {
  return keepTogether(corePercent(...args));
}

export function formatPoints(...args: Parameters<typeof corePoints>): string {
  return keepTogether(corePoints(...args));
}

export function formatKroner(...args: Parameters<typeof coreKroner>): string {
  return keepTogether(coreKroner(...args));
}

/** In a sentence from the core ("andelene summer til 100,01 %"): a figure stays on one line with its unit. */
export function keepFiguresTogether(text: string): string {
  return text.replace(/(\d) (?=%|pp\b|procentpoint\b|kr\.)/g, `$1${NBSP}`);
}
