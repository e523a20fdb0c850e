// Municipality and Erhvervshus names the way people write them: "Aalborg Kommune", "0851", "851", "Århus" for
// Aarhus, "Nordfyn" for DST's "Nordfyns", "Høje Taastrup" for "Høje-Taastrup", any case, å/aa, ø/oe/o and æ/ae.
// An unknown name comes back with the closest match, for the "mente du …?" in its error. Pure: the municipalities
// are passed in (see registry.ts), so this module holds no data.
import { HUBS, type Hub } from "./names";
import type { Municipality } from "./schema";

/**
 * The key names are compared by: lower case, no accents, no spaces or punctuation, and the Danish letters folded so
 * that every usual spelling meets: å/aa → a, ø/oe/ö → o, æ/ae/ä → a ("Århus", "Aarhus" and "Arhus" are "arhus";
 * "Høje-Taastrup", "Hoeje Taastrup" and "Hoje Tastrup" are "hojetastrup"). Unique over the 98 DST names (tested).
 */
export function nameKey(text: string): string {
  return text
    .toLocaleLowerCase("da")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "")
    .replace(/aa/g, "a")
    .replace(/oe/g, "o")
    .replace(/ae/g, "a");
}

/** "Aalborg Kommune", "Nordfyns kommune", "Bornholms Regionskommune", "Aalborg (851)" → the name part. */
function stripDecoration(text: string): string {
  return text
    .replace(/\(([^)]*)\)/g, " ")
    .replace(/\b(regions)?kommunen?s?\.?\s*$/i, "")
    .replace(/^\s*kommune(n)?\s*[:\-–]?\s+/i, "")
    .trim();
}

/** Other names for a municipality that are in common use and unambiguous (towns that give a hyphenated name). */
const ALIASES: [number, string[]][] = [
  [101, ["Copenhagen", "Kbh", "Kbh."]],
  [169, ["Taastrup"]],
  [173, ["Lyngby", "Kongens Lyngby"]],
  [430, ["Faaborg"]],
  [756, ["Ikast"]],
  [760, ["Ringkøbing"]],
  [810, ["Brønderslev-Dronninglund"]],
];

export type MunicipalityMatch =
  | { ok: true; municipality: Municipality; by: "name" | "code" | "alias" }
  | {
      ok: false;
      text: string;
      /** The closest names (several on a tie), for "mente du …?"; empty when nothing is close. */
      suggestions: Municipality[];
      reason: "unknown" | "code-name-mismatch";
    };

export interface MunicipalityMatcher {
  match(text: string | number): MunicipalityMatch;
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent swaps), for "did you mean": 'Aalborgg' → Aalborg,
 * 'Hjøring' → Hjørring, 'Vejel' → Vejle.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The closest candidates by key, if close enough to be a misspelling (1 edit for a name of up to 4 letters, 2 up to
 * 9, else 3), all of them on a tie: 'Vejel' is one edit from both Vejle and Vejen.
 */
function closest<T>(key: string, candidates: { key: string; value: T }[]): T[] {
  if (key === "") return [];
  const limit = key.length <= 4 ? 1 : key.length <= 9 ? 2 : 3;
  let best = Infinity;
  let found: T[] = [];
  for (const c of candidates) {
    const distance = editDistance(key, c.key);
    if (distance > limit || distance > best) continue;
    if (distance < best) found = [];
    best = distance;
    if (!found.includes(c.value)) found.push(c.value);
  }
  return found;
}

export function createMatcher(municipalities: readonly Municipality[]): MunicipalityMatcher {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const byKey = new Map<string, { municipality: Municipality; by: "name" | "alias" }>();
  for (const m of municipalities) byKey.set(nameKey(m.name), { municipality: m, by: "name" });
  for (const [code, names] of ALIASES) {
    const m = byCode.get(code);
    if (!m) continue;
    for (const name of names) {
      const key = nameKey(name);
      if (!byKey.has(key)) byKey.set(key, { municipality: m, by: "alias" });
    }
  }
  const candidates = municipalities.map((m) => ({ key: nameKey(m.name), value: m }));

  /** By name: the key as it is, then with a genitive s added or taken off ("Nordfyn" ↔ "Nordfyns"). */
  const byName = (name: string) => {
    const key = nameKey(name);
    if (key === "") return undefined;
    return (
      byKey.get(key) ??
      byKey.get(`${key}s`) ??
      (key.endsWith("s") ? byKey.get(key.slice(0, -1)) : undefined)
    );
  };

  return {
    match(input) {
      const text = String(input).trim();
      // A bare code: "851", "0851", or the number 851 from a cell.
      const bare = /^(?:k|dk)?\s*0*(\d{1,4})$/i.exec(text);
      if (bare) {
        const m = byCode.get(Number(bare[1]));
        return m
          ? { ok: true, municipality: m, by: "code" }
          : { ok: false, text, suggestions: [], reason: "unknown" };
      }
      // A code and a name together: "0851 Aalborg", "851 - Aalborg Kommune", "Aalborg (851)".
      const withCode =
        /^0*(\d{3,4})\s*[-–:.]?\s*(.+)$/.exec(text) ??
        /^(?:(.+?)\s*\(\s*0*(\d{3,4})\s*\))$/.exec(text);
      if (withCode) {
        const [code, name] = /^\d/.test(withCode[1])
          ? [withCode[1], withCode[2]]
          : [withCode[2], withCode[1]];
        const m = byCode.get(Number(code));
        const named = byName(stripDecoration(name));
        if (m && named?.municipality === m) return { ok: true, municipality: m, by: "code" };
        const suggestion = m ?? named?.municipality;
        return {
          ok: false,
          text,
          suggestions: suggestion ? [suggestion] : [],
          reason: "code-name-mismatch",
        };
      }
      const name = stripDecoration(text);
      const found = byName(name);
      if (found) return { ok: true, ...found };
      return {
        ok: false,
        text,
        suggestions: closest(nameKey(name), candidates),
        reason: "unknown",
      };
    },
  };
}

/** English and other names of the six Erhvervshuse, besides their Danish names (with or without "Erhvervshus"). */
const HUB_ALIASES: Record<Hub, string[]> = {
  Hovedstaden: ["Copenhagen", "Greater Copenhagen", "Capital Region", "København", "Kobenhavn"],
  Sjælland: ["Zealand", "Sjaelland", "Sealand"],
  Fyn: ["Funen", "Fyen"],
  Sydjylland: ["South Jutland", "Southern Jutland", "Sønderjylland"],
  Midtjylland: ["Central Jutland", "Central Denmark", "Mid Jutland", "Midtjyland"],
  Nordjylland: ["North Jutland", "North Denmark", "Northern Jutland"],
};

export type HubMatch = { ok: true; hub: Hub } | { ok: false; text: string; suggestions: Hub[] };

/** "Nordjylland", "Erhvervshus Nordjylland", "EH Nordjylland", "north jutland" → Nordjylland. */
export function matchHub(input: string): HubMatch {
  const text = input
    .trim()
    .replace(/^(erhvervshus(et)?|eh|business\s+hub)\s+/i, "")
    .replace(/\s+(business\s+hub|erhvervshus)$/i, "");
  const key = nameKey(text);
  for (const hub of HUBS) {
    if (nameKey(hub) === key || HUB_ALIASES[hub].some((a) => nameKey(a) === key))
      return { ok: true, hub };
  }
  const candidates = HUBS.flatMap((hub) =>
    [hub, ...HUB_ALIASES[hub]].map((name) => ({ key: nameKey(name), value: hub }))
  );
  return { ok: false, text: input.trim(), suggestions: closest(key, candidates) };
}
