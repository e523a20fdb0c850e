// The `Indikator` column's small formula language over structured references:
//   NPS(Evaluering[Anbefaling]; Segment="Drift")
//   ANDEL(Evaluering[Effekt]; "I høj grad"; "I nogen grad")
//   ANDEL(Evaluering[Henvisning]; "Ja"; uden "Ved ikke")
//   ANTAL(CRM[Forløb]; "Vækstforløb"; "Driftsforløb"; År=2021)
//   NYE(CRM[CVR]; CRM2020[CVR])
//   DÆKNING(CRM[Kommune]; 2; hus "Nordjylland")   share of the hub's municipalities with at least 2 activities
//   LANDINDEKS(CRM[Kommune]; Bilag[Land/by])       rural index, with the user's own land/by list (optional)
// Arguments are separated by ";" (Danish Excel) or ",". A filter is Column="text", Column=number or Column<>"text",
// on the table of the first reference. Parsing never throws: errors name the offending token.

export type IndicatorFunction = "NPS" | "ANDEL" | "ANTAL" | "NYE" | "DÆKNING" | "LANDINDEKS";

export interface ColumnRef {
  table: string;
  column: string;
}

export interface IndicatorFilter {
  column: string;
  operator: "=" | "<>";
  value: string | number;
}

export interface Indicator {
  fn: IndicatorFunction;
  refs: ColumnRef[];
  values: string[];
  without: string[];
  filters: IndicatorFilter[];
  /** DÆKNING: a municipality counts as reached with at least this many activities (a bare number argument). */
  minimum?: number;
  /** DÆKNING, LANDINDEKS: the Erhvervshus, from `hus "Nordjylland"` (else from the data). */
  hub?: string;
}

export type IndicatorParse =
  { ok: true; indicator: Indicator } | { ok: false; token: string; detail: string; code: string };

const FUNCTIONS: Record<string, IndicatorFunction> = {
  NPS: "NPS",
  ANDEL: "ANDEL",
  SHARE: "ANDEL",
  ANTAL: "ANTAL",
  COUNT: "ANTAL",
  NYE: "NYE",
  NEW: "NYE",
  DÆKNING: "DÆKNING",
  DAEKNING: "DÆKNING",
  COVERAGE: "DÆKNING",
  LANDINDEKS: "LANDINDEKS",
  RURALINDEX: "LANDINDEKS",
  RURAL_INDEX: "LANDINDEKS",
};

/** The functions over municipalities: they need the shipped data (core/municipalities), loaded only for them. */
export const MUNICIPALITY_FUNCTIONS: ReadonlySet<IndicatorFunction> = new Set([
  "DÆKNING",
  "LANDINDEKS",
]);

const MUNICIPAL_CALL = /(DÆKNING|DAEKNING|COVERAGE|LANDINDEKS|RURAL_?INDEX)\s*\(/i;

/**
 * Whether any cell of these tables holds a DÆKNING or LANDINDEKS indicator: the caller then loads the municipality
 * data (indicators/withMunicipalities) for evaluateContract, and only then.
 */
export function usesMunicipalityFunctions(
  tables: { columns: (unknown[] | undefined)[] }[]
): boolean {
  for (const table of tables)
    for (const column of table.columns)
      for (const cell of column ?? [])
        if (typeof cell === "string" && MUNICIPAL_CALL.test(cell)) return true;
  return false;
}

type Token =
  | { kind: "ident"; text: string }
  | { kind: "string"; text: string; raw: string }
  | { kind: "number"; value: number; raw: string }
  | { kind: "bracket"; text: string; raw: string }
  | { kind: "punct"; text: string };

function tokenize(
  input: string
): { tokens: Token[] } | { error: { token: string; detail: string } } {
  const tokens: Token[] = [];
  let i = 0;
  const quotesOpen = '"“„”';
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (quotesOpen.includes(ch)) {
      let j = i + 1;
      let text = "";
      while (j < input.length && !quotesOpen.includes(input[j])) text += input[j++];
      if (j >= input.length)
        return { error: { token: input.slice(i), detail: "anførselstegnet lukkes ikke" } };
      tokens.push({ kind: "string", text, raw: input.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const j = input.indexOf("'", i + 1);
      if (j < 0) return { error: { token: input.slice(i), detail: "apostroffen lukkes ikke" } };
      tokens.push({ kind: "ident", text: input.slice(i + 1, j) });
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      const j = input.indexOf("]", i + 1);
      if (j < 0) return { error: { token: input.slice(i), detail: "'[' lukkes ikke med ']'" } };
      tokens.push({
        kind: "bracket",
        text: input.slice(i + 1, j).trim(),
        raw: input.slice(i, j + 1),
      });
      i = j + 1;
      continue;
    }
    if (ch === "<" && input[i + 1] === ">") {
      tokens.push({ kind: "punct", text: "<>" });
      i += 2;
      continue;
    }
    if ("();,=".includes(ch)) {
      tokens.push({ kind: "punct", text: ch });
      i++;
      continue;
    }
    const num = /^-?\d+(?:[.,]\d+)?(?![\p{L}\d_])/u.exec(input.slice(i));
    if (num) {
      tokens.push({ kind: "number", value: Number(num[0].replace(",", ".")), raw: num[0] });
      i += num[0].length;
      continue;
    }
    const ident = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(input.slice(i));
    if (ident) {
      tokens.push({ kind: "ident", text: ident[0] });
      i += ident[0].length;
      continue;
    }
    return { error: { token: ch, detail: "uventet tegn" } };
  }
  return { tokens };
}

function tokenText(t: Token | undefined): string {
  if (!t) return "(slut)";
  if (t.kind === "string" || t.kind === "number" || t.kind === "bracket") return t.raw;
  return t.text;
}

export function parseIndicator(input: string): IndicatorParse {
  const lexed = tokenize(input);
  if ("error" in lexed) return { ok: false, code: "indicator-syntax", ...lexed.error };
  const tokens = lexed.tokens;
  let pos = 0;
  const peek = (offset = 0) => tokens[pos + offset];
  const fail = (t: Token | undefined, detail: string): IndicatorParse => ({
    ok: false,
    code: "indicator-syntax",
    token: tokenText(t),
    detail,
  });

  const head = peek();
  if (!head || head.kind !== "ident")
    return fail(head, "formlen skal starte med en funktion, fx NPS(…)");
  const fn = FUNCTIONS[head.text.toUpperCase()];
  if (!fn) return { ok: false, code: "unknown-function", token: head.text, detail: "" };
  pos++;
  if (peek()?.kind !== "punct" || (peek() as { text: string }).text !== "(")
    return fail(peek(), "forventede '('");
  pos++;

  const indicator: Indicator = { fn, refs: [], values: [], without: [], filters: [] };
  let inWithout = false;
  for (;;) {
    const t = peek();
    if (!t) return fail(t, "forventede ')'");
    if (t.kind === "punct" && t.text === ")") {
      pos++;
      break;
    }
    // One argument: a reference, a text, `uden "…"`, or a filter.
    if (t.kind === "ident" && peek(1)?.kind === "bracket") {
      indicator.refs.push({ table: t.text, column: (peek(1) as { text: string }).text });
      pos += 2;
      inWithout = false;
    } else if (
      t.kind === "ident" &&
      /^(hus|erhvervshus|hub)$/i.test(t.text) &&
      peek(1)?.kind === "string"
    ) {
      indicator.hub = (peek(1) as { text: string }).text;
      pos += 2;
      inWithout = false;
    } else if (t.kind === "number" && fn === "DÆKNING" && indicator.minimum === undefined) {
      if (!Number.isInteger(t.value) || t.value < 1)
        return fail(t, "mindst skal være et helt antal aktiviteter, 1 eller mere");
      indicator.minimum = t.value;
      pos++;
      inWithout = false;
    } else if (t.kind === "ident" && /^(uden|without|excluding)$/i.test(t.text)) {
      pos++;
      if (peek()?.kind !== "string")
        return fail(peek(), `forventede et svar i anførselstegn efter '${t.text}'`);
      indicator.without.push((peek() as { text: string }).text);
      pos++;
      inWithout = true;
    } else if (t.kind === "string") {
      (inWithout ? indicator.without : indicator.values).push(t.text);
      pos++;
    } else if ((t.kind === "ident" || t.kind === "bracket") && peek(1)?.kind === "punct") {
      const op = (peek(1) as { text: string }).text;
      if (op !== "=" && op !== "<>") return fail(peek(1), "forventede '=' eller '<>' i et filter");
      const v = peek(2);
      if (!v || (v.kind !== "string" && v.kind !== "number"))
        return fail(v, "forventede en værdi i filteret");
      indicator.filters.push({
        column: t.text,
        operator: op,
        value: v.kind === "string" ? v.text : v.value,
      });
      pos += 3;
      inWithout = false;
    } else {
      return fail(
        t,
        'forventede en kolonne som Tabel[Kolonne], et svar i anførselstegn eller et filter som Segment="Drift"'
      );
    }
    const sep = peek();
    if (sep?.kind === "punct" && (sep.text === ";" || sep.text === ",")) {
      pos++;
      continue;
    }
    if (sep?.kind === "punct" && sep.text === ")") continue;
    return fail(sep, "forventede ';' eller ')'");
  }
  if (pos < tokens.length) return fail(peek(), "tekst efter formlens afslutning");

  const wanted = fn === "NYE" ? 2 : 1;
  const landOwnList = fn === "LANDINDEKS" && indicator.refs.length === 2;
  if (indicator.refs.length !== wanted && !landOwnList) {
    return fail(
      head,
      fn === "NYE"
        ? "NYE skal have to kolonner: i år og sidste år"
        : fn === "LANDINDEKS"
          ? "LANDINDEKS skal have kolonnen med kommunen og evt. en kolonne med land/by"
          : `${fn} skal have præcis én kolonne`
    );
  }
  if (
    MUNICIPALITY_FUNCTIONS.has(fn) &&
    (indicator.values.length > 0 || indicator.without.length > 0)
  )
    return fail(
      head,
      `${fn} tager ingen svar i anførselstegn; skriv Erhvervshuset som hus "Nordjylland"`
    );
  if (!MUNICIPALITY_FUNCTIONS.has(fn) && indicator.hub !== undefined)
    return fail(head, `${fn} tager intet Erhvervshus`);
  if (fn === "ANDEL" && indicator.values.length === 0)
    return fail(head, "ANDEL skal have mindst ét svar at tælle");
  if ((fn === "NPS" || fn === "NYE") && indicator.values.length > 0) {
    return fail(head, `${fn} tager ingen svar i anførselstegn, kun filtre`);
  }
  return { ok: true, indicator };
}

/**
 * Indicator formulas parsed once per text, shared by every step of a run: the adapter's reader (which evaluation
 * columns to load), the goal table's preparation and the evaluation (core/prepare.ts).
 */
export type IndicatorParses = Map<string, IndicatorParse>;

/** The formula `text` parsed, from `parses` when it was parsed before (the text as the goal table holds it, trimmed). */
export function parseIndicatorOnce(parses: IndicatorParses, text: string): IndicatorParse {
  let parsed = parses.get(text);
  if (!parsed) {
    parsed = parseIndicator(text);
    parses.set(text, parsed);
  }
  return parsed;
}
