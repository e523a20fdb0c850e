// Who the memo is between and for which year: the hub ("Erhvervshus Nordjylland"), the KKR ("KKR Nordjylland"), the
// contract year and, for a status, the date it was made. Read from the workbook's own words where present, in this
// order: the title lines above the goal table ("Resultatkontrakt 2020 – Erhvervshus Nordjylland, afrapportering"), the
// sheet and table names, then the file name ("nordjylland-2020-afrapportering.xlsx"). What none of them says is listed
// in `missing`, so the pane can ask for it and the command line can say which --title to give.
export type Region =
  "Nordjylland" | "Midtjylland" | "Sydjylland" | "Fyn" | "Sjælland" | "Hovedstaden";

/** The KKR each hub reports to: Sydjylland and Fyn both to KKR Syddanmark (seeds 000, 001). */
export const KKR_OF_HUB: Record<Region, string> = {
  Nordjylland: "KKR Nordjylland",
  Midtjylland: "KKR Midtjylland",
  Sydjylland: "KKR Syddanmark",
  Fyn: "KKR Syddanmark",
  Sjælland: "KKR Sjælland",
  Hovedstaden: "KKR Hovedstaden",
};

const REGION_WORDS: [RegExp, Region][] = [
  [/nord[\s_-]*jylland/i, "Nordjylland"],
  [/midt[\s_-]*jylland/i, "Midtjylland"],
  [/syd[\s_-]*jylland/i, "Sydjylland"],
  [/(^|[^a-zæøå])fyns?([^a-zæøå]|$)/i, "Fyn"],
  [/sj(æ|ae)lland/i, "Sjælland"],
  [/hovedstaden/i, "Hovedstaden"],
];

const KKR_WORDS: [RegExp, string][] = [
  [/kkr[\s_-]+nord[\s_-]*jylland/i, "KKR Nordjylland"],
  [/kkr[\s_-]+midt[\s_-]*jylland/i, "KKR Midtjylland"],
  [/kkr[\s_-]+syd[\s_-]*danmark/i, "KKR Syddanmark"],
  [/kkr[\s_-]+sj(æ|ae)lland/i, "KKR Sjælland"],
  [/kkr[\s_-]+hovedstaden/i, "KKR Hovedstaden"],
];

export interface MemoSources {
  /** Text cells above the goal table, top to bottom. */
  titleLines: string[];
  sheet?: string;
  tableName?: string;
  fileName?: string;
}

export interface MemoContext {
  hub?: string;
  kkr?: string;
  year?: number;
  /** "13. oktober 2021", from "status pr. 13. oktober 2021". */
  statusDate?: string;
  /** Where each was found, for the pane's hint ("fra titlen over måltabellen"). */
  from: Partial<Record<"hub" | "kkr" | "year" | "statusDate", "titel" | "ark" | "filnavn">>;
  missing: ("hub" | "kkr" | "year")[];
}

function regionIn(text: string): Region | undefined {
  // "Erhvervshus Nordjylland" first; a bare region word ("nordjylland-2020…") otherwise.
  const hub = /erhvervshus(?:et)?[\s_-]+([a-zæøå-]+)/i.exec(text);
  if (hub) {
    const named = REGION_WORDS.find(([re]) => re.test(hub[1]));
    if (named) return named[1];
  }
  return REGION_WORDS.find(([re]) => re.test(text))?.[1];
}

function yearIn(text: string): number | undefined {
  const contract = /resultatkontrakt(?:en)?\s*(?:for\s*)?(\d{4})/i.exec(text);
  const any = contract ?? /(?:^|[^0-9])(20\d{2})(?:[^0-9]|$)/.exec(text);
  return any ? Number(any[1]) : undefined;
}

const STATUS_DATE = /status\s+pr\.?\s+(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})/i;

export function memoContext(sources: MemoSources, fallbackYear?: number): MemoContext {
  const layers: ["titel" | "ark" | "filnavn", string][] = [
    ...sources.titleLines.map((t) => ["titel", t] as ["titel", string]),
    ...[sources.sheet, sources.tableName]
      .filter((t): t is string => Boolean(t))
      .map((t) => ["ark", t] as ["ark", string]),
    ...(sources.fileName ? [["filnavn", sources.fileName] as ["filnavn", string]] : []),
  ];
  const out: MemoContext = { from: {}, missing: [] };
  for (const [where, text] of layers) {
    const region = regionIn(text);
    if (!out.hub && region) {
      out.hub = `Erhvervshus ${region}`;
      out.from.hub = where;
    }
    const kkr = KKR_WORDS.find(([re]) => re.test(text))?.[1];
    if (!out.kkr && kkr) {
      out.kkr = kkr;
      out.from.kkr = where;
    }
    const year = yearIn(text);
    if (out.year === undefined && year !== undefined) {
      out.year = year;
      out.from.year = where;
    }
    const status = STATUS_DATE.exec(text);
    if (!out.statusDate && status) {
      out.statusDate = `${Number(status[1])}. ${status[2].toLocaleLowerCase("da")} ${status[3]}`;
      out.from.statusDate = where;
    }
  }
  if (!out.kkr && out.hub) {
    // The hub's own KKR when no cell names one (Erhvervshus Nordjylland → KKR Nordjylland).
    const region = out.hub.replace(/^Erhvervshus /, "") as Region;
    out.kkr = KKR_OF_HUB[region];
    out.from.kkr = out.from.hub;
  }
  if (out.year === undefined && fallbackYear !== undefined) out.year = fallbackYear;
  if (!out.hub) out.missing.push("hub");
  if (!out.kkr) out.missing.push("kkr");
  if (out.year === undefined) out.missing.push("year");
  return out;
}
