// The Indikator column's formula language, read the way a consultant types it (README "Indikatorer": NPS, ANDEL,
// ANTAL, NYE, DÆKNING, LANDINDEKS over Tabel[Kolonne], answers in quotes, `uden "…"`, filters Kolonne="tekst",
// Kolonne=tal and Kolonne<>"tekst", ";" or "," between arguments). Every refusal is pinned whole: the token the
// message quotes and the Danish sentence after it ("formlen kan ikke læses ved '<token>': <detail>"), both written
// out by hand from the grammar in the file's header, never taken from the parser.
import {
  parseIndicator,
  parseIndicatorOnce,
  usesMunicipalityFunctions,
  type IndicatorParses,
} from "../../src/core/indicators/parse";
import { evaluateContract } from "../../src/core/evaluate";
import { describeError } from "../../src/core/messages";
import { rawTable } from "../helpers/tables";

const refused = (token: string, detail: string) => ({
  ok: false,
  code: "indicator-syntax",
  token,
  detail,
});

const parsed = (indicator: Record<string, unknown>) => ({
  ok: true,
  indicator: { refs: [], values: [], without: [], filters: [], ...indicator },
});

describe("formulas that read", () => {
  test.each<[string, Record<string, unknown>]>([
    // Spaces anywhere between tokens, and inside the brackets around a column name.
    [
      "  NPS ( Evaluering [ Anbefaling ] )  ",
      { fn: "NPS", refs: [{ table: "Evaluering", column: "Anbefaling" }] },
    ],
    // Word's curly quotes, opening and closing, count as quotes.
    [
      "ANDEL(Evaluering[Effekt]; “I høj grad”; „I nogen grad“)",
      {
        fn: "ANDEL",
        refs: [{ table: "Evaluering", column: "Effekt" }],
        values: ["I høj grad", "I nogen grad"],
      },
    ],
    // A table name with spaces in apostrophes, as Excel writes it.
    [
      "NPS('Evaluering 2021'[Anbefaling])",
      { fn: "NPS", refs: [{ table: "Evaluering 2021", column: "Anbefaling" }] },
    ],
    // Table names with digits, underscores and dots.
    [
      "NYE(CRM_2021.a[CVR], CRM2020[CVR])",
      {
        fn: "NYE",
        refs: [
          { table: "CRM_2021.a", column: "CVR" },
          { table: "CRM2020", column: "CVR" },
        ],
      },
    ],
    // "<>": everything but Drift; a filter column in brackets.
    [
      'NPS(Evaluering[Anbefaling]; Segment<>"Drift"; [Kanal]="Mail")',
      {
        fn: "NPS",
        refs: [{ table: "Evaluering", column: "Anbefaling" }],
        filters: [
          { column: "Segment", operator: "<>", value: "Drift" },
          { column: "Kanal", operator: "=", value: "Mail" },
        ],
      },
    ],
    // Numbers in filters: a year, a negative number, a decimal comma and a decimal point (2,5 and 2.5 are 2.5), two decimals.
    [
      "ANTAL(CRM[Forløb]; År=2021; Saldo=-3; Score=2,5; Vægt=2.5; Andel=0,75)",
      {
        fn: "ANTAL",
        refs: [{ table: "CRM", column: "Forløb" }],
        filters: [
          { column: "År", operator: "=", value: 2021 },
          { column: "Saldo", operator: "=", value: -3 },
          { column: "Score", operator: "=", value: 2.5 },
          { column: "Vægt", operator: "=", value: 2.5 },
          { column: "Andel", operator: "=", value: 0.75 },
        ],
      },
    ],
    // A filter column whose name starts with a keyword is a column: "Udenlandsk" is not `uden`, "Hustype" not `hus`.
    [
      'ANTAL(CRM[Forløb]; Udenlandsk="Ja"; Hustype="Parcel")',
      {
        fn: "ANTAL",
        refs: [{ table: "CRM", column: "Forløb" }],
        filters: [
          { column: "Udenlandsk", operator: "=", value: "Ja" },
          { column: "Hustype", operator: "=", value: "Parcel" },
        ],
      },
    ],
    // ANTAL without answers counts every row.
    ["COUNT(CRM[Forløb])", { fn: "ANTAL", refs: [{ table: "CRM", column: "Forløb" }] }],
    // `uden` covers every answer after it, up to the next column or filter.
    [
      'SHARE(Evaluering[Henvisning]; "Ja"; without "Ved ikke"; "Ikke relevant")',
      {
        fn: "ANDEL",
        refs: [{ table: "Evaluering", column: "Henvisning" }],
        values: ["Ja"],
        without: ["Ved ikke", "Ikke relevant"],
      },
    ],
    [
      'ANDEL(Evaluering[Henvisning]; excluding "Ved ikke"; Segment="Drift"; "Ja")',
      {
        fn: "ANDEL",
        refs: [{ table: "Evaluering", column: "Henvisning" }],
        values: ["Ja"],
        without: ["Ved ikke"],
        filters: [{ column: "Segment", operator: "=", value: "Drift" }],
      },
    ],
    [
      "new(CRM[CVR]; CRM2020[CVR])",
      {
        fn: "NYE",
        refs: [
          { table: "CRM", column: "CVR" },
          { table: "CRM2020", column: "CVR" },
        ],
      },
    ],
    [
      'DAEKNING(CRM[Kommune]; 3; erhvervshus "Fyn")',
      { fn: "DÆKNING", refs: [{ table: "CRM", column: "Kommune" }], minimum: 3, hub: "Fyn" },
    ],
    [
      'RURAL_INDEX(CRM[Kommune]; HUB "Sjælland")',
      { fn: "LANDINDEKS", refs: [{ table: "CRM", column: "Kommune" }], hub: "Sjælland" },
    ],
  ])("%s", (text, indicator) => {
    expect(parseIndicator(text)).toEqual(parsed(indicator));
  });
});

describe("the token a refusal names, and why", () => {
  test.each<[string, ReturnType<typeof refused>]>([
    // The tokenizer: an unclosed quote, apostrophe or bracket quotes the rest of the formula from where it opened.
    ['ANDEL(Evaluering[Effekt]; "Ja)', refused('"Ja)', "anførselstegnet lukkes ikke")],
    [
      "NPS('Evaluering[Anbefaling])",
      refused("'Evaluering[Anbefaling])", "apostroffen lukkes ikke"),
    ],
    ["NPS(Evaluering[Anbefaling)", refused("[Anbefaling)", "'[' lukkes ikke med ']'")],
    // "<" alone is no operator, nor is "!".
    ['NPS(Evaluering[Anbefaling]; Segment<"Drift")', refused("<", "uventet tegn")],
    ["NPS(Evaluering[Anbefaling])!", refused("!", "uventet tegn")],
    // "=>" (for ">=") is refused at the ">", never read as "<>".
    ['NPS(Evaluering[Anbefaling]; Segment=>"Drift")', refused(">", "uventet tegn")],
    // A number glued to letters is neither a number nor a name.
    ["DÆKNING(CRM[Kommune]; 2x)", refused("2", "uventet tegn")],
    // The head.
    ["", refused("(slut)", "formlen skal starte med en funktion, fx NPS(…)")],
    [
      '"NPS"(Evaluering[Anbefaling])',
      refused('"NPS"', "formlen skal starte med en funktion, fx NPS(…)"),
    ],
    ["NPS", refused("(slut)", "forventede '('")],
    ["NPS;Evaluering[Anbefaling])", refused(";", "forventede '('")],
    ["NPS[Anbefaling]", refused("[Anbefaling]", "forventede '('")],
    ["NPS(", refused("(slut)", "forventede ')'")],
    // Between arguments: the token where ";" or ")" was due, as the user wrote it (quotes, brackets, digits).
    ['NPS(Evaluering[Anbefaling] "Ja")', refused('"Ja"', "forventede ';' eller ')'")],
    ["NPS(Evaluering[Anbefaling] [Segment])", refused("[Segment]", "forventede ';' eller ')'")],
    ["DÆKNING(CRM[Kommune] 2)", refused("2", "forventede ';' eller ')'")],
    [
      'NPS(Evaluering[Anbefaling]; Segment="Drift" Kanal="Mail")',
      refused("Kanal", "forventede ';' eller ')'"),
    ],
    [
      "NPS(Evaluering[Anbefaling];;)",
      refused(
        ";",
        'forventede en kolonne som Tabel[Kolonne], et svar i anførselstegn eller et filter som Segment="Drift"'
      ),
    ],
    [
      "ANTAL(CRM[Forløb]; 2)",
      refused(
        "2",
        'forventede en kolonne som Tabel[Kolonne], et svar i anførselstegn eller et filter som Segment="Drift"'
      ),
    ],
    [
      "DÆKNING(CRM[Kommune]; hus Fyn)",
      refused(
        "hus",
        'forventede en kolonne som Tabel[Kolonne], et svar i anførselstegn eller et filter som Segment="Drift"'
      ),
    ],
    ["NPS(Evaluering[Anbefaling]) ekstra", refused("ekstra", "tekst efter formlens afslutning")],
    // The minimum of DÆKNING: a whole number of activities, 1 or more; the raw text is quoted.
    [
      "DÆKNING(CRM[Kommune]; 1,5)",
      refused("1,5", "mindst skal være et helt antal aktiviteter, 1 eller mere"),
    ],
    [
      "DÆKNING(CRM[Kommune]; -1)",
      refused("-1", "mindst skal være et helt antal aktiviteter, 1 eller mere"),
    ],
    // `uden` needs a quoted answer; the word is quoted as typed.
    [
      'ANDEL(Evaluering[Henvisning]; "Ja"; uden Nej)',
      refused("Nej", "forventede et svar i anførselstegn efter 'uden'"),
    ],
    [
      'ANDEL(Evaluering[Henvisning]; "Ja"; Without)',
      refused(")", "forventede et svar i anførselstegn efter 'Without'"),
    ],
    // Filters.
    ["ANTAL(CRM[Forløb]; År(2021))", refused("(", "forventede '=' eller '<>' i et filter")],
    ["NPS(Evaluering[Anbefaling]; Segment=)", refused(")", "forventede en værdi i filteret")],
    ["NPS(Evaluering[Anbefaling]; Segment=", refused("(slut)", "forventede en værdi i filteret")],
    [
      "NPS(Evaluering[Anbefaling]; Segment=[Drift])",
      refused("[Drift]", "forventede en værdi i filteret"),
    ],
  ])("%s", (text, result) => {
    expect(parseIndicator(text)).toEqual(result);
  });

  test("an unknown function is its own error, with the name as typed", () => {
    expect(parseIndicator("Snit(Evaluering[Effekt])")).toEqual({
      ok: false,
      code: "unknown-function",
      token: "Snit",
      detail: "",
    });
  });
});

describe("what each function takes: the refusal names the function", () => {
  test.each<[string, string]>([
    ["NYE(CRM[CVR])", "NYE skal have to kolonner: i år og sidste år"],
    ["NYE(CRM[CVR]; CRM2020[CVR]; CRM2019[CVR])", "NYE skal have to kolonner: i år og sidste år"],
    ["NPS(Evaluering[Anbefaling]; Evaluering[Segment])", "NPS skal have præcis én kolonne"],
    ['ANDEL("Ja")', "ANDEL skal have præcis én kolonne"],
    ["ANTAL()", "ANTAL skal have præcis én kolonne"],
    ["DÆKNING(CRM[Kommune]; Bilag[Land/by])", "DÆKNING skal have præcis én kolonne"],
    ["LANDINDEKS()", "LANDINDEKS skal have kolonnen med kommunen og evt. en kolonne med land/by"],
    [
      'DÆKNING(CRM[Kommune]; uden "Udlandet")',
      'DÆKNING tager ingen svar i anførselstegn; skriv Erhvervshuset som hus "Nordjylland"',
    ],
    [
      'LANDINDEKS(CRM[Kommune]; "Aalborg")',
      'LANDINDEKS tager ingen svar i anførselstegn; skriv Erhvervshuset som hus "Nordjylland"',
    ],
    ['ANTAL(CRM[Forløb]; hus "Fyn")', "ANTAL tager intet Erhvervshus"],
    ['ANDEL(Evaluering[Henvisning]; uden "Ved ikke")', "ANDEL skal have mindst ét svar at tælle"],
    ['NPS(Evaluering[Anbefaling]; "10")', "NPS tager ingen svar i anførselstegn, kun filtre"],
    // After a second column, `uden` no longer applies: "Nej" is an answer, which NYE does not take.
    [
      'NYE(CRM[CVR]; uden "Ukendt"; CRM2020[CVR]; "Nej")',
      "NYE tager ingen svar i anførselstegn, kun filtre",
    ],
  ])("%s", (text, detail) => {
    const head = text.slice(0, text.indexOf("("));
    expect(parseIndicator(text)).toEqual(refused(head, detail));
  });

  test("the refusal as the user reads it: the goal table's Indikator cell, the token and the sentence", () => {
    const goals = rawTable(
      "Mål",
      ["Nr", "Mål", "Indikator", "Mål 100 %", "Mål 50 %"],
      [["1", "Tilfredshed", "NPS(Evaluering[Anbefaling]; Segment=Drift)", 60, 50]]
    );
    const evaluation = rawTable("Evaluering", ["Anbefaling", "Segment"], [[10, "Drift"]]);
    const r = evaluateContract([goals, evaluation]);
    expect(r.errors.map((e) => describeError(e))).toEqual([
      "Arket Mål, celle C2: formlen kan ikke læses ved 'Drift': forventede en værdi i filteret",
    ]);
  });
});

describe("which goal tables need the municipality data", () => {
  const table = (...columns: (unknown[] | undefined)[]) => ({ columns });
  test.each<[string, boolean]>([
    ["DÆKNING(CRM[Kommune])", true],
    ["dækning (CRM[Kommune])", true],
    ["DAEKNING(CRM[Kommune])", true],
    ["Coverage(CRM[Kommune])", true],
    ["LANDINDEKS(CRM[Kommune])", true],
    ["RURALINDEX(CRM[Kommune])", true],
    ["RURAL_INDEX(CRM[Kommune])", true],
    // A title that mentions coverage is not a call.
    ["Dækning af Nordjylland", false],
    ["NPS(Evaluering[Anbefaling])", false],
  ])("%s → %s", (cell, uses) => {
    expect(usesMunicipalityFunctions([table(["Indikator", cell])])).toBe(uses);
  });

  test("any cell of any column of any table; empty columns and numbers are passed over", () => {
    expect(usesMunicipalityFunctions([])).toBe(false);
    expect(
      usesMunicipalityFunctions([
        table(["NPS(E[A])"], undefined, [42, null]),
        table([1], ["Mål", "LANDINDEKS(CRM[Kommune])"]),
      ])
    ).toBe(true);
    expect(usesMunicipalityFunctions([table(undefined, [2021, true])])).toBe(false);
  });
});

describe("a formula is parsed once per text", () => {
  test("the second request gets the first parse, refusals too", () => {
    const parses: IndicatorParses = new Map();
    const first = parseIndicatorOnce(parses, "NPS(Evaluering[Anbefaling])");
    expect(first).toEqual(
      parsed({ fn: "NPS", refs: [{ table: "Evaluering", column: "Anbefaling" }] })
    );
    expect(parseIndicatorOnce(parses, "NPS(Evaluering[Anbefaling])")).toBe(first);
    const bad = parseIndicatorOnce(parses, "NPS(");
    expect(parseIndicatorOnce(parses, "NPS(")).toBe(bad);
    expect(parses.size).toBe(2);
  });
});
