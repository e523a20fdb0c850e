// The change syntax of the command line (and of anything else that takes changes as text):
//
//   <mål>[/<del>[/<segment>]].<nøgle>=<værdi>
//
//   1.mål100=55               goal 1, every row: the 100 % threshold becomes 55
//   1.threshold50=45          the 50 % threshold (any tier: mål75, threshold80, …)
//   1.resultat=58             the result (on an indicator row, the result replaces the indicator)
//   12/Korte forløb.regel=forholdsmæssig     one part of goal 12
//   3/Meget tilfredse/Drift.resultat=82 %    one segment of one part
//   3//Drift.resultat=82 %    one segment, whatever the part (also 3/Drift when no part is called Drift)
//   "9d"/"Pkt. 2/3".vægt=2    a piece with '/', '.' or '=' in it is quoted ("…" or '…')
//   1.retning=højst · 1.vægt=2 · 8.antag=opfyldt · 8.antag=75 % · 6.aftalt=ingen
//
// Keys, English or Danish, case and accents ignored: threshold100/mål100/tærskel100 (any tier NN), threshold/tærskel
// (= 100), result/resultat, rule/regel, direction/retning, weight/vægt, assume/antag, agreed/aftalt.
// A sweep is the same with a range as value: 1.mål100=50:70:1 (from:to:step; step 1 when left out).
import { normaliseHeader } from "../headers";
import { whatIfMessage } from "./messages";
import type { ChangeKey, SweepSpec, WhatIfChange } from "./schema";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const QUOTES: Record<string, string> = { '"': '"', "'": "'", "“": "”", "„": "“", "”": "”" };

/** Indexes of `sep` that are not inside quotes. */
function indexesOutside(text: string, sep: string): number[] {
  const found: number[] = [];
  let closing: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (closing) {
      if (ch === closing) closing = undefined;
    } else if (QUOTES[ch] && (i === 0 || "/.".includes(text[i - 1]))) {
      closing = QUOTES[ch];
    } else if (ch === sep) {
      found.push(i);
    }
  }
  return found;
}

function unquote(piece: string): string {
  const t = piece.trim();
  if (t.length >= 2 && QUOTES[t[0]] && t.endsWith(QUOTES[t[0]])) return t.slice(1, -1);
  return t;
}

function splitOutside(text: string, sep: string): string[] {
  const cuts = indexesOutside(text, sep);
  const pieces: string[] = [];
  let start = 0;
  for (const c of cuts) {
    pieces.push(text.slice(start, c));
    start = c + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

export const KNOWN_KEYS_TEXT =
  "threshold100/mål100 (eller et andet trin, fx mål50), result/resultat, rule/regel, direction/retning, weight/vægt, assume/antag, agreed/aftalt";

/** "mål100" → tier 1; "resultat" → result; undefined for anything else. */
export function readChangeKey(text: string): { key: ChangeKey; tier?: number } | undefined {
  const k = normaliseHeader(text);
  const tier = /^(threshold|target|mal|maal|malvaerdi|taerskel|terskel|trin|tier)(\d{1,3})%?$/.exec(
    k
  );
  if (tier) {
    const pct = Number(tier[2]);
    return pct > 0 && pct <= 100 ? { key: "tier", tier: pct / 100 } : undefined;
  }
  const plain: Record<string, ChangeKey | undefined> = {
    threshold: "tier",
    target: "tier",
    taerskel: "tier",
    terskel: "tier",
    result: "result",
    resultat: "result",
    actual: "result",
    faktisk: "result",
    rule: "rule",
    regel: "rule",
    direction: "direction",
    retning: "direction",
    weight: "weight",
    vaegt: "weight",
    vagt: "weight",
    assume: "assume",
    antag: "assume",
    antagelse: "assume",
    agreed: "agreed",
    aftalt: "agreed",
    aftaltopfyldelse: "agreed",
  };
  const key = plain[k];
  if (!key) return undefined;
  return key === "tier" ? { key, tier: 1 } : { key };
}

interface Head {
  goal: string;
  part?: string;
  segment?: string;
  key: ChangeKey;
  tier?: number;
  value: string;
}

function parseHead(text: string): Parsed<Head> {
  const syntax = (): Parsed<Head> => ({ ok: false, message: whatIfMessage("syntax", { text }) });
  const eq = indexesOutside(text, "=")[0];
  if (eq === undefined) return syntax();
  const left = text.slice(0, eq).trim();
  const value = text.slice(eq + 1).trim();
  const dots = indexesOutside(left, ".");
  if (dots.length === 0) return syntax();
  const dot = dots[dots.length - 1];
  const keyText = left.slice(dot + 1).trim();
  const pieces = splitOutside(left.slice(0, dot), "/").map(unquote);
  if (pieces.length > 3 || pieces[0] === "") return syntax();
  const key = readChangeKey(keyText);
  if (!key)
    return {
      ok: false,
      message: whatIfMessage("unknown-key", { key: keyText, known: KNOWN_KEYS_TEXT }),
    };
  return {
    ok: true,
    value: {
      goal: pieces[0].replace(/\.$/, ""),
      part: pieces[1] ? pieces[1] : undefined,
      segment: pieces[2] ? pieces[2] : undefined,
      ...key,
      value,
    },
  };
}

/** Reads "1.mål100=55" into a change. The value stays text: it is read against the row it lands on. */
export function parseChange(text: string): Parsed<WhatIfChange> {
  const head = parseHead(text);
  if (!head.ok) return head;
  const { goal, part, segment, key, tier, value } = head.value;
  const change: WhatIfChange = { goal, key, value, source: text };
  if (part !== undefined) change.part = part;
  if (segment !== undefined) change.segment = segment;
  if (tier !== undefined) change.tier = tier;
  return { ok: true, value: change };
}

/** Reads "1.mål100=50:70:1" (from:to:step, step 1 when left out) into a sweep. */
export function parseSweep(text: string): Parsed<SweepSpec> {
  const head = parseHead(text);
  if (!head.ok) return head;
  const { goal, part, segment, key, tier, value } = head.value;
  if (key !== "tier" && key !== "result" && key !== "weight" && key !== "assume") {
    return { ok: false, message: whatIfMessage("sweep-key", { text }) };
  }
  const range = value.split(":").map((p) => p.trim());
  if ((range.length !== 2 && range.length !== 3) || range.some((p) => p === "")) {
    return { ok: false, message: whatIfMessage("sweep-syntax", { text }) };
  }
  const spec: SweepSpec = {
    goal,
    key,
    from: range[0],
    to: range[1],
    step: range[2] ?? 1,
    source: text,
  };
  if (part !== undefined) spec.part = part;
  if (segment !== undefined) spec.segment = segment;
  if (tier !== undefined) spec.tier = tier;
  return { ok: true, value: spec };
}

function quoteIfNeeded(piece: string): string {
  return /[/.="'“”„]/.test(piece) ? `"${piece}"` : piece;
}

const DANISH_KEYS: Record<Exclude<ChangeKey, "tier">, string> = {
  result: "resultat",
  rule: "regel",
  direction: "retning",
  weight: "vægt",
  assume: "antag",
  agreed: "aftalt",
};

/** The canonical Danish text of a change's address and key: "12/Korte forløb.mål100". */
export function changeHeadText(c: {
  goal: string;
  part?: string;
  segment?: string;
  key: ChangeKey;
  tier?: number;
}): string {
  const pieces = [c.goal, c.part ?? "", c.segment ?? ""];
  while (pieces.length > 1 && pieces[pieces.length - 1] === "") pieces.pop();
  const key = c.key === "tier" ? `mål${Math.round((c.tier ?? 1) * 1000) / 10}` : DANISH_KEYS[c.key];
  return `${pieces.map(quoteIfNeeded).join("/")}.${key}`;
}

/** The change as text (its source when it has one). */
export function changeText(c: WhatIfChange): string {
  if (c.source) return c.source;
  const v =
    c.value === null
      ? ""
      : typeof c.value === "boolean"
        ? c.value
          ? "Ja"
          : "Nej"
        : String(c.value);
  return `${changeHeadText(c)}=${v}`;
}
