// Generated workbooks for the reliability tests (fast-check): a goal table the way consultants' files really look,
// and the way they go wrong. A workbook is first drawn as plain data (FuzzBook, printable in a failure report), then
// built with ExcelJS and saved to .xlsx bytes, so every run starts from a real file.
//
// What comes up: random and misspelt headers (case, accents, spaces, English aliases, typos), tables and plain ranges
// under a title, blank and merged rows, text in number columns ("ca. 70", "7O", "16.5"), huge and negative numbers,
// unicode (RTL, emoji, combining accents, zero-width), duplicated ids, formulas with cached results and error values
// (#N/A, #DIV/0!), text pasted from Word (non-breaking spaces, tabs, line breaks), a table with only headers, text
// starting with "=", "+", "-", "@", tab or CR, the add-in's output columns already there with the user's own values,
// an evaluation sheet read by indicator formulas, and a user sheet called "Oversigt".
import ExcelJS from "exceljs";
import fc from "fast-check";

/** Runs per property: a few hundred by default, FUZZ_RUNS raises it. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
/** The fixed seed of the default run; FUZZ_SEED replays another. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_251_123);

export function fuzzSettings(defaultRuns: number) {
  return { seed: FUZZ_SEED, numRuns: FUZZ_RUNS ?? defaultRuns, endOnFailure: true };
}

export type FuzzCell =
  | null
  | number
  | boolean
  | string
  | { error: string }
  | { formula: string; result?: number | string | boolean | { error: string } };

export type Role =
  | "nr"
  | "title"
  | "part"
  | "segment"
  | "result"
  | "indicator"
  | "tier100"
  | "tier50"
  | "tier75"
  | "rule"
  | "direction"
  | "year"
  | "baseline"
  | "weight"
  | "combine"
  | "rowCombine"
  | "agreed"
  | "reason"
  | "outFulfilment"
  | "outStatus"
  | "outExplanation"
  | "junk";

export interface FuzzColumn {
  header: string;
  role: Role;
  /**
   * A letter dropped, doubled or swapped (not only case or spacing): the add-in knows a header ignoring case, spaces,
   * punctuation and accents (README, "Arbejdsbogen") and guesses no typos, so such a column is not the role's column
   * to it. An output column spelt so is the user's column, and the add-in adds its own.
   */
  misspelt?: true;
}

export interface FuzzBook {
  goalSheet: string;
  /** Rows above the header row (a title, a date, blank lines). */
  titleRows: FuzzCell[][];
  /** Zero-based sheet column of the table's first column. */
  startColumn: number;
  asTable: boolean;
  tableName: string;
  columns: FuzzColumn[];
  body: FuzzCell[][];
  /**
   * Merges inside the body (plain ranges only: Excel refuses merged cells in a table), over any column, the add-in's
   * output columns included. Body-relative.
   */
  merges: { row: number; column: number; rows: number; columns: number }[];
  /** The first title row merged across the table's first columns (as a heading usually is). */
  titleMerge: boolean;
  /** Something typed right of the table, where a new output column would go. */
  besideTable: { row: number; value: FuzzCell } | null;
  /** An evaluation sheet "Evaluering" (answers 0–10 and junk) the indicator formulas read. */
  evaluation: FuzzCell[][] | null;
  /** A sheet of the user's called "Oversigt" (the summary then goes to "Målopfyldelse oversigt"). */
  userOversigt: boolean;
  /** And one called "Målopfyldelse oversigt" too. */
  userFallback: boolean;
  /** How the user spelt "Oversigt" (Excel's sheet names ignore case), and whether the sheet is hidden. */
  userOversigtName: string;
  userOversigtHidden: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Text

/** True with probability `n` in `d` (fast-check's own integers lean towards 0 and would skew the odds). */
function chance(n: number, d: number): fc.Arbitrary<boolean> {
  return fc.oneof(
    { weight: n, arbitrary: fc.constant(true) },
    { weight: d - n, arbitrary: fc.constant(false) }
  );
}

/** Strings that have broken spreadsheets before. */
export const NASTY_TEXT = [
  "",
  " ",
  "ca. 70",
  "7O",
  "16.5",
  "16,5",
  "1.234,5",
  "72.5",
  "97 %",
  "0,97",
  "3/4",
  "4/0",
  "0/0",
  "-1/4",
  "Ja",
  "Nej",
  "X",
  "Afventer data",
  "n/a",
  "–",
  "72\u00a0%",
  "1\u00a0234",
  "\u00a072\u00a0",
  "Mål\t1",
  "første linje\nanden linje",
  "linje\r\nlinje",
  "=1+1",
  '=HYPERLINK("http://example.com","klik")',
  "=cmd|' /C calc'!A0",
  "+45 virksomheder",
  "-5 % fald",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  "'citeret",
  "#N/A",
  "#DIV/0!",
  "TRUE",
  "SAND",
  "مؤشر الرضا",
  "שביעות רצון",
  "\u202eRTL-override",
  "📈 vækst 🎯",
  "👩‍👩‍👧‍👦",
  "e\u0301e\u0301",
  "A\u0308rhus",
  "zero\u200bwidth",
  "2021: 45 %; 2022: 47 %",
  "+5 pp",
  "1e309",
  "Infinity",
  "NaN",
  "x".repeat(300),
];

const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "grapheme" }) }
);

const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(
    0,
    0.5,
    0.97,
    1,
    1.5,
    72,
    60,
    50,
    365,
    350,
    -0.25,
    1e15,
    -1e15,
    1e300,
    -1e300,
    5e-324
  ),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
);

const errorArb = fc
  .constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?")
  .map((error) => ({ error }));

const formulaArb: fc.Arbitrary<FuzzCell> = fc.oneof(
  numberArb.map((result) => ({ formula: "A1*2", result })),
  fc.constantFrom("Ja", "97 %", "3/4").map((result) => ({ formula: 'IF(1,"x","y")', result })),
  errorArb.map((result) => ({ formula: "1/0", result })),
  fc.constant({ formula: "SUM(Z1:Z3)" }) // no cached result
);

/** Any cell at all. */
export const anyCellArb: fc.Arbitrary<FuzzCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: textArb },
  { weight: 3, arbitrary: numberArb },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorArb },
  { weight: 1, arbitrary: formulaArb }
);

/** The kinds of goal rows consultants write, each consistent across its columns (README: Rules). */
type RowKind =
  "trin" | "procent" | "janej" | "indsatser" | "antal" | "afventer" | "indikator" | "aftalt";

const KIND_VALUES: Record<RowKind, fc.Arbitrary<Partial<Record<Role, FuzzCell>>>> = {
  trin: fc.record({
    result: fc.integer({ min: 0, max: 100 }),
    tier100: fc.constant(60),
    tier50: fc.constant(50),
    tier75: fc.constant(55),
    rule: fc.constantFrom(null, "trin", "lineær"),
  }),
  procent: fc.record({
    result: fc.constantFrom("97 %", "55 %", "0,65", "72,5 %", 0.65),
    tier100: fc.constant("70 %"),
    tier50: fc.constant("60 %"),
    tier75: fc.constant("65 %"),
  }),
  janej: fc.record({
    result: fc.constantFrom("Ja", "Nej", "X", "ja"),
    rule: fc.constant("ja/nej"),
  }),
  indsatser: fc.record({
    result: fc.constantFrom("3/4", "4/4", "0/2"),
    rule: fc.constant("indsatser"),
  }),
  antal: fc.record({
    result: fc.constantFrom(365, 555, 0, 1_000_000),
    tier100: fc.constant(350),
    tier50: fc.constant(300),
    tier75: fc.constant(320),
    rule: fc.constantFrom("antal", "forholdsmæssig"),
  }),
  afventer: fc.record({
    result: fc.constantFrom(null, "Afventer data", "afventer"),
    tier100: fc.constant(60),
  }),
  indikator: fc.record({
    result: fc.constant(null),
    indicator: fc.constantFrom(
      "NPS(Evaluering[Anbefaling])",
      'NPS(Evaluering[Anbefaling]; Segment="Drift")',
      'ANDEL(Evaluering[Effekt]; "Ja")',
      'ANDEL(Evaluering[Effekt]; "Ja"; uden "Ved ikke")'
    ),
    tier100: fc.constantFrom(30, "50 %"),
  }),
  aftalt: fc.record({
    result: fc.integer({ min: 0, max: 100 }),
    tier100: fc.constant(60),
    agreed: fc.constantFrom("80 %", 0.8),
    reason: fc.constantFrom("Aftalt med KKR", '=HYPERLINK("x")', "+ aftalt"),
  }),
};

/** Values of the columns a row kind does not set: blank, or valid for every kind. */
const NEUTRAL: Partial<Record<Role, fc.Arbitrary<FuzzCell>>> = {
  part: fc.constantFrom(null, null, "NPS", "Antal", "=Del A", "📈 Del", "שלב"),
  segment: fc.constantFrom(null, null, "Drift", "Vækst"),
  direction: fc.constantFrom(null, "mindst"),
  year: fc.constantFrom(null, 2021),
  baseline: fc.constant(null),
  weight: fc.constantFrom(null, 1, 2),
  combine: fc.constantFrom(null, "gennemsnit"),
  rowCombine: fc.constantFrom(null, "alle"),
  agreed: fc.constant(null),
  reason: fc.constant(null),
  outFulfilment: fc.constantFrom(null, null, null, 0.5, '=HYPERLINK("http://x")'),
  outStatus: fc.constantFrom(null, null, null, "Næsten i mål", "@status"),
  outExplanation: fc.constantFrom(null, null, null, "min note", "=1+1", "-minus"),
  junk: fc.oneof(fc.constant(null), textArb),
  tier50: fc.constant(null),
  tier75: fc.constant(null),
  rule: fc.constant(null),
  indicator: fc.constant(null),
};

const TITLES = [
  "Tilfredshed",
  "Effekt",
  '=HYPERLINK("http://evil")',
  "+45 virksomheder",
  "-5 % fald",
  "@mention",
  "\tfane",
  "\rvognretur",
  "مؤشر الرضا",
  "Vækst 📈🎯",
  "Åre\u0301n",
  "Mål\u00a0med\u00a0nbsp",
];

/** One goal row: a consistent kind, an Nr (usually its own, sometimes shared or blank) and a title. */
function rowArb(
  columns: FuzzColumn[],
  index: number,
  ids: string[],
  clean = false
): fc.Arbitrary<FuzzCell[]> {
  return fc
    .record({
      kind: fc.constantFrom<RowKind>(
        "trin",
        "procent",
        "janej",
        "indsatser",
        "antal",
        "afventer",
        "indikator",
        "aftalt"
      ),
      nr: fc.oneof(
        { weight: 20, arbitrary: fc.constant<FuzzCell>(String(index + 1)) },
        { weight: clean ? 0 : 1, arbitrary: fc.constantFrom<FuzzCell>(...ids, index + 1, null) }
      ),
      title: fc.oneof(
        { weight: 3, arbitrary: fc.constant<FuzzCell>(null) },
        { weight: 2, arbitrary: fc.constantFrom<FuzzCell>(...TITLES) }
      ),
    })
    .chain(({ kind, nr, title }) =>
      KIND_VALUES[kind].chain((values) =>
        fc.tuple(
          ...columns.map((c): fc.Arbitrary<FuzzCell> => {
            if (c.role === "nr") return fc.constant(nr);
            if (c.role === "title") return fc.constant(title ?? `Mål ${String(nr ?? "")}`);
            if (c.role in values) return fc.constant(values[c.role] ?? null);
            return NEUTRAL[c.role] ?? fc.constant(null);
          })
        )
      )
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Headers

const HEADERS: Record<Exclude<Role, "junk">, string[]> = {
  nr: ["Nr", "Nr.", "No", "Mål nr", "ID", "nr"],
  title: ["Mål", "Maal", "Titel", "Goal", "MÅL"],
  part: ["Del", "Delmål", "Part"],
  segment: ["Segment"],
  result: ["Resultat", "Result", "Faktisk", "resultat "],
  indicator: ["Indikator", "Indicator"],
  tier100: ["Mål 100 %", "Mål 100%", "Target 100 %", "mal100"],
  tier50: ["Mål 50 %", "Target 50%", "Tærskel 50 %"],
  tier75: ["Mål 75 %"],
  rule: ["Regel", "Rule"],
  direction: ["Retning"],
  year: ["År", "Year", "Aar"],
  baseline: ["Basis", "Baseline"],
  weight: ["Vægt", "Weight"],
  combine: ["Samling"],
  rowCombine: ["Segmentsamling"],
  agreed: ["Aftalt opfyldelse", "Aftalt"],
  reason: ["Begrundelse"],
  outFulfilment: ["Opfyldelse", "Målopfyldelse"],
  outStatus: ["Status"],
  outExplanation: ["Forklaring"],
};

/** A typo: a letter dropped, doubled or swapped, or odd spacing and case. */
function misspell(header: string, how: number, at: number): string {
  if (header.length < 2) return header;
  const i = at % header.length;
  switch (how) {
    case 0:
      return header.slice(0, i) + header.slice(i + 1);
    case 1:
      return header.slice(0, i) + header[i] + header.slice(i);
    case 2:
      return i + 1 < header.length
        ? header.slice(0, i) + header[i + 1] + header[i] + header.slice(i + 2)
        : header;
    case 3:
      return header.toUpperCase();
    case 4:
      return ` ${header}\u00a0`;
    default:
      return header.replace(/ /g, "\t");
  }
}

const headerArb = (role: Exclude<Role, "junk">): fc.Arbitrary<FuzzColumn> =>
  fc
    .record({
      spelling: fc.constantFrom(...HEADERS[role]),
      // A typo in about one header in eight (one in twenty for Nr and Mål, which decide whether it is a goal table).
      typo: fc.oneof(
        { weight: role === "nr" || role === "title" ? 19 : 7, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.tuple(fc.nat(5), fc.nat(20)) }
      ),
    })
    .map(({ spelling, typo }) => {
      const header = typo ? misspell(spelling, typo[0], typo[1]) : spelling;
      const letters = (h: string) => h.toLowerCase().replace(/\s/g, "");
      return letters(header) === letters(spelling)
        ? { header, role }
        : { header, role, misspelt: true as const };
    });

const junkColumnArb: fc.Arbitrary<FuzzColumn> = fc
  .oneof(
    fc.constantFrom("Bemærkning", "Kommentar", "", "Ansvarlig", "=1+1", "📝"),
    fc.string({ maxLength: 6 })
  )
  .map((header) => ({ header, role: "junk" as Role }));

const OPTIONAL_ROLES: Exclude<Role, "junk">[] = [
  "part",
  "segment",
  "indicator",
  "tier50",
  "tier75",
  "rule",
  "direction",
  "year",
  "baseline",
  "weight",
  "combine",
  "rowCombine",
  "agreed",
  "reason",
  "outFulfilment",
  "outStatus",
  "outExplanation",
];

const columnsArb: fc.Arbitrary<FuzzColumn[]> = fc
  .record({
    // fc.integer favours 0, so the odds are spelt out: a required column goes missing in about one table in 16.
    dropNr: chance(1, 16),
    dropTitle: chance(1, 16),
    dropResult: chance(1, 12),
    optional: fc.shuffledSubarray(OPTIONAL_ROLES, { maxLength: 7 }),
    junk: fc.array(junkColumnArb, { maxLength: 2 }),
  })
  .chain(({ dropNr, dropTitle, dropResult, optional, junk }) => {
    const roles: Exclude<Role, "junk">[] = [];
    if (!dropNr) roles.push("nr");
    if (!dropTitle) roles.push("title");
    if (!dropResult) roles.push("result");
    roles.push("tier100", ...optional);
    return fc
      .tuple(...roles.map(headerArb))
      .chain((cols) =>
        fc.shuffledSubarray([...cols, ...junk], { minLength: cols.length + junk.length })
      )
      .map((cols) => cols);
  });

/** Every required column, each spelt as the README lists it, plus optional and junk columns, in any order. */
const cleanColumnsArb: fc.Arbitrary<FuzzColumn[]> = fc
  .record({
    optional: fc.shuffledSubarray(OPTIONAL_ROLES, { maxLength: 7 }),
    junk: fc.array(
      fc.constantFrom("Bemærkning", "Kommentar", "Ansvarlig", "📝").map((header) => ({
        header,
        role: "junk" as Role,
      })),
      { maxLength: 2 }
    ),
  })
  .chain(({ optional, junk }) => {
    // KKR's agreed fulfilment needs its reason (README), so they come together here.
    const withReason =
      optional.includes("agreed") && !optional.includes("reason") ? [...optional, "reason" as const] : optional;
    const roles: Exclude<Role, "junk">[] = ["nr", "title", "result", "tier100", ...withReason];
    const cols = roles.map((role) => ({ header: HEADERS[role][0], role }));
    const unique = junk.filter((j, i) => junk.findIndex((k) => k.header === j.header) === i);
    return fc.shuffledSubarray([...cols, ...unique], { minLength: cols.length + unique.length });
  });

// ---------------------------------------------------------------------------------------------------------------
// The workbook

const sheetNameArb = fc.constantFrom(
  "Mål",
  "Mål 2021",
  "Resultatkontrakt",
  "Sheet1",
  "KKR's mål",
  "Ark 1 (2)",
  "مؤشرات"
);

export interface FuzzOptions {
  /**
   * Workbooks Beregn should write: every required column, headers spelt right, goal rows of a valid kind with their
   * own Nr, an evaluation sheet of answers 0–10, no cells overwritten with junk. Merges, unicode, formula-like text
   * and the user's own values in output columns stay.
   */
  clean?: boolean;
}

/** Generated workbooks: any (`fuzzBookArb`), or clean ones that Beregn writes (`makeFuzzBookArb({ clean: true })`). */
export function makeFuzzBookArb(options: FuzzOptions = {}): fc.Arbitrary<FuzzBook> {
  const clean = options.clean ?? false;
  return fc
  .record({
    goalSheet: sheetNameArb,
    titleRows: fc.array(fc.array(fc.oneof(fc.constant(null), textArb), { maxLength: 2 }), {
      maxLength: 3,
    }),
    startColumn: fc.integer({ min: 0, max: 2 }),
    asTable: fc.boolean(),
    columns: clean ? cleanColumnsArb : columnsArb,
    ids: fc.uniqueArray(fc.constantFrom("1", "2", "3", "4", "1a", "١", "🎯", "=1"), {
      minLength: 1,
      maxLength: 4,
    }),
    // Now and then a table with only its header row.
    rowCount: fc.oneof(
      { weight: clean ? 0 : 1, arbitrary: fc.constant(0) },
      { weight: 12, arbitrary: fc.integer({ min: 1, max: 8 }) }
    ),
    userOversigt: fc.boolean(),
    userFallback: chance(1, 6),
    userOversigtName: fc.constantFrom("Oversigt", "Oversigt", "oversigt", "OVERSIGT"),
    userOversigtHidden: chance(1, 5),
    hasEvaluation: clean ? fc.constant(true) : fc.boolean(),
    wordPaste: clean ? fc.constant(false) : fc.boolean(),
    messy: clean ? fc.constant(false) : chance(1, 3),
    titleMerge: chance(1, 2),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      body: fc.tuple(
        ...Array.from({ length: base.rowCount }, (_, i) =>
          fc.oneof(
            { weight: 12, arbitrary: rowArb(base.columns, i, base.ids, clean) },
            // a blank row
            {
              weight: clean ? 0 : 1,
              arbitrary: fc.constant(base.columns.map(() => null as FuzzCell)),
            },
            // a row pasted from Word: text everywhere, with non-breaking spaces, tabs and line breaks
            {
              weight: base.wordPaste ? 1 : 0,
              arbitrary: fc.tuple(
                ...base.columns.map(() =>
                  fc.constantFrom<FuzzCell>(
                    "1\u00a0",
                    "Mål\u00a0med\ttab",
                    "72\u00a0%",
                    "linje\nlinje",
                    "\u00a0",
                    "60\r\n"
                  )
                )
              ),
            }
          )
        )
      ),
      // Cells overwritten with anything at all: none in a clean workbook, a few in a messy one.
      mutations: fc.array(fc.tuple(fc.nat(), fc.nat(), anyCellArb), {
        maxLength: base.messy ? 4 : 0,
      }),
      // Merged cells in three plain ranges of four, anywhere in the body: over Nr and Mål (a goal of several rows),
      // over result or tier cells, and over the add-in's output columns when the table already has them. A clean
      // workbook merges only cells whose emptiness is no error: output and junk columns.
      merges: ((): fc.Arbitrary<FuzzBook["merges"]> => {
        const output = base.columns.findIndex((c) => c.role.startsWith("out"));
        const harmless = base.columns
          .map((c, i) => (c.role.startsWith("out") || c.role === "junk" ? i : -1))
          .filter((i) => i >= 0);
        if (base.asTable || (clean && harmless.length === 0)) return fc.constant([]);
        const column = clean
          ? fc.constantFrom(...harmless)
          : fc.oneof(
              fc.nat(Math.max(0, base.columns.length - 1)),
              fc.constant(Math.max(0, output)) // an output column, when there is one
            );
        return fc.oneof(
          { weight: 1, arbitrary: fc.constant<FuzzBook["merges"]>([]) },
          {
            weight: 3,
            arbitrary: fc.array(
              fc.record({
                row: fc.nat(Math.max(0, base.rowCount - 1)),
                column,
                rows: fc.integer({ min: 1, max: 3 }),
                columns: clean ? fc.constant(1) : fc.integer({ min: 1, max: 2 }),
              }),
              { minLength: 1, maxLength: 3 }
            ),
          }
        );
      })(),
      // In one workbook in ten, something typed right of the table where an output column would go.
      besideTable: fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        {
          weight: clean ? 0 : 1,
          arbitrary: fc.record({
            row: fc.nat(Math.max(0, base.rowCount)),
            value: fc.constantFrom<FuzzCell>("note", 1, "=1+1"),
          }),
        }
      ),
      evaluation: base.hasEvaluation
        ? fc.array(
            fc.tuple(
              clean
                ? fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null))
                : fc.oneof(fc.integer({ min: 0, max: 10 }), anyCellArb),
              fc.constantFrom<FuzzCell>("Drift", "Vækst", null),
              fc.constantFrom<FuzzCell>("Ja", "Nej", "Ved ikke", null, 1)
            ),
            { minLength: clean ? 1 : 0, maxLength: 12 }
          )
        : fc.constant(null),
    })
  )
  .map(({ base, body, mutations, merges, besideTable, evaluation }) => ({
    goalSheet: base.goalSheet,
    titleRows: base.titleRows,
    startColumn: base.startColumn,
    asTable: base.asTable,
    tableName: "Maal",
    columns: base.columns,
    body: mutate(body as FuzzCell[][], mutations),
    merges: dedupeMerges(merges, body.length, base.columns),
    titleMerge: base.titleMerge && base.titleRows.length > 0,
    besideTable,
    evaluation: evaluation as FuzzCell[][] | null,
    userOversigt: base.userOversigt,
    userFallback: base.userOversigt && base.userFallback,
    userOversigtName: base.userOversigtName,
    userOversigtHidden: base.userOversigtHidden,
  }));
}

/** Any generated workbook. */
export const fuzzBookArb: fc.Arbitrary<FuzzBook> = makeFuzzBookArb();

function mutate(body: FuzzCell[][], mutations: [number, number, FuzzCell][]): FuzzCell[][] {
  const out = body.map((row) => [...row]);
  for (const [r, c, value] of mutations) {
    if (out.length === 0) break;
    const row = out[r % out.length];
    row[c % row.length] = value;
  }
  return out;
}

/** Merges clipped to the body and never overlapping (Excel refuses that). */
function dedupeMerges(
  merges: FuzzBook["merges"],
  rows: number,
  columns: FuzzColumn[]
): FuzzBook["merges"] {
  const taken = new Set<string>();
  const out: FuzzBook["merges"] = [];
  for (const m of merges) {
    const r = Math.min(m.rows, rows - m.row);
    const c = Math.min(m.columns, columns.length - m.column);
    if (r < 1 || c < 1 || r * c < 2) continue;
    const cells: string[] = [];
    for (let i = 0; i < r; i++)
      for (let j = 0; j < c; j++) cells.push(`${m.row + i},${m.column + j}`);
    if (cells.some((x) => taken.has(x))) continue;
    cells.forEach((x) => taken.add(x));
    out.push({ row: m.row, column: m.column, rows: r, columns: c });
  }
  return out;
}

function excelValue(cell: FuzzCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "object" && "formula" in cell) {
    return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  }
  return cell as ExcelJS.CellValue;
}

/** Excel's rule for table headers: text, unique (case-insensitively), never empty. */
export function tableHeaders(columns: FuzzColumn[]): string[] {
  const seen = new Set<string>();
  return columns.map((c, i) => {
    let name = c.header.replace(/[\r\n]/g, " ").trim() || `Kolonne${i + 1}`;
    while (seen.has(name.toLowerCase())) name = `${name}2`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function buildWorkbook(book: FuzzBook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(book.goalSheet);
  book.titleRows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) sheet.getCell(r + 1, c + 1).value = excelValue(v);
    })
  );
  const headerRow = book.titleRows.length + 1; // 1-based; a title block is followed directly by the header row
  if (book.titleMerge) sheet.mergeCells(1, 1, 1, 3);
  const first = book.startColumn + 1;
  const headers = book.asTable ? tableHeaders(book.columns) : book.columns.map((c) => c.header);
  if (book.asTable) {
    sheet.addTable({
      name: book.tableName,
      ref: sheet.getCell(headerRow, first).address,
      headerRow: true,
      columns: headers.map((name) => ({ name })),
      rows: book.body.length > 0 ? book.body.map((r) => r.map(excelValue)) : [],
    });
  } else {
    headers.forEach((h, c) => {
      if (h !== "") sheet.getCell(headerRow, first + c).value = h;
    });
    book.body.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) sheet.getCell(headerRow + 1 + r, first + c).value = excelValue(v);
      })
    );
    for (const m of book.merges) {
      sheet.mergeCells(
        headerRow + 1 + m.row,
        first + m.column,
        headerRow + m.row + m.rows,
        first + m.column + m.columns - 1
      );
    }
  }
  if (book.besideTable) {
    sheet.getCell(headerRow + book.besideTable.row, first + book.columns.length).value = excelValue(
      book.besideTable.value
    );
  }
  if (book.evaluation) {
    const ev = wb.addWorksheet("Evaluering");
    ev.getRow(1).values = ["Anbefaling", "Segment", "Effekt"];
    book.evaluation.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ev.getCell(r + 2, c + 1).value = excelValue(v);
      })
    );
  }
  if (book.userOversigt) {
    const own = wb.addWorksheet(book.userOversigtName);
    own.getCell("A1").value = "Min egen oversigt";
    own.getCell("B2").value = 42;
    if (book.userOversigtHidden) own.state = "hidden";
  }
  if (book.userFallback) {
    const own = wb.addWorksheet("Målopfyldelse oversigt");
    own.getCell("A1").value = "Også min";
  }
  return wb;
}

export async function workbookBytes(book: FuzzBook): Promise<Uint8Array> {
  return new Uint8Array(await buildWorkbook(book).xlsx.writeBuffer());
}
