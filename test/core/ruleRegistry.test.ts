// The rule registry (src/core/rules/registry.ts): every registered kind has its names, its words and its what-if
// words, inference picks the rule the seeds' rows need, and the goal table, the calculator and what-if read the same
// records. The oracles are typed out here (the word table as the goal table read it before the registry existed,
// the seeds' figures), never computed with the registry. They pin the nine kinds the seeds need and leave room for
// more: a new kind registered after them fails nothing here, only the README check until its row is written.
import { evaluateContract } from "../../src/core/evaluate";
import { normaliseHeader } from "../../src/core/headers";
import { RuleKindSchema, type RawCell, type RuleKind } from "../../src/core/model";
import {
  DEFAULT_RULE,
  ruleDefinition,
  ruleDisplayName,
  ruleFromWhatIfWord,
  ruleFromWord,
  ruleKinds,
  ruleSwitch,
  ruleWord,
  type RuleDefinition,
} from "../../src/core/rules";
import { KNOWN_RULES_TEXT, whatIf } from "../../src/core/whatif";
import { rawTable } from "../helpers/tables";

/** Every word `Regel` took (normalised as headers are) and its rule: goalTable.ts's RULE_ALIASES as of 5a4cc5f. */
const WORDS_BEFORE_THE_REGISTRY: Record<string, RuleKind> = {
  trin: "trin",
  trinvis: "trin",
  tiers: "trin",
  step: "trin",
  taerskel: "trin",
  lineaer: "lineaer",
  linear: "lineaer",
  interpoleret: "lineaer",
  antal: "antal",
  count: "antal",
  maltal: "antal",
  forholdsmaessig: "forholdsmaessig",
  proportional: "forholdsmaessig",
  proportionel: "forholdsmaessig",
  janej: "janej",
  yesno: "janej",
  proces: "janej",
  procesmal: "janej",
  process: "janej",
  indsatser: "indsatser",
  aktiviteter: "indsatser",
  activities: "indsatser",
  ar: "aarstaerskel",
  aar: "aarstaerskel",
  aarstaerskel: "aarstaerskel",
  arstaerskel: "aarstaerskel",
  year: "aarstaerskel",
  byyear: "aarstaerskel",
  basis: "basisplus",
  basisplus: "basisplus",
  baseline: "basisplus",
  basispp: "basisplus",
  afventer: "afventer",
  pending: "afventer",
};

const KINDS: RuleKind[] = [
  "trin",
  "lineaer",
  "antal",
  "forholdsmaessig",
  "janej",
  "indsatser",
  "aarstaerskel",
  "basisplus",
  "afventer",
];

const HEADERS = ["Nr", "Mål", "Del", "Resultat", "Mål 100 %", "Mål 50 %", "Regel", "År", "Basis"];

function run(rows: RawCell[][], options = {}) {
  return evaluateContract([rawTable("Mål", HEADERS, rows)], options);
}

describe("the registered kinds", () => {
  test("hold the nine rule kinds in this order, and RuleKindSchema is exactly the registered kinds", () => {
    expect(ruleKinds().filter((k) => KINDS.includes(k))).toEqual(KINDS);
    expect(RuleKindSchema.options).toEqual([...ruleKinds()]);
  });

  test("each has a Danish and an English name, distinct within each language", () => {
    for (const locale of ["da", "en"] as const) {
      const names = ruleKinds().map((k) => ruleDisplayName(k, locale));
      expect(names.every((n) => n.trim() !== "")).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
    const da = KINDS.map((k) => ruleDisplayName(k, "da"));
    const en = KINDS.map((k) => ruleDisplayName(k, "en"));
    expect(da).toEqual([
      "trin",
      "lineær",
      "antal",
      "forholdsmæssig",
      "ja/nej",
      "indsatser",
      "tærskel pr. år",
      "basis + procentpoint",
      "afventer",
    ]);
    expect(en).toEqual([
      "tiers",
      "linear",
      "count",
      "proportional",
      "yes/no",
      "activities",
      "threshold by year",
      "baseline + percentage points",
      "pending",
    ]);
  });

  test("Regel reads every word it read before the registry as the same rule, and no word names two rules", () => {
    const table = new Map<string, RuleKind>();
    for (const kind of ruleKinds()) {
      const def = ruleDefinition(kind);
      for (const w of [def.word, ...def.aliases]) {
        const key = normaliseHeader(w);
        // No word may name two rules.
        expect([key, table.get(key) ?? kind]).toEqual([key, kind]);
        table.set(key, kind);
      }
    }
    const known = [...table].filter(([, kind]) => KINDS.includes(kind));
    expect(Object.fromEntries(known.sort())).toEqual(
      Object.fromEntries(Object.entries(WORDS_BEFORE_THE_REGISTRY).sort())
    );
    for (const [word, kind] of Object.entries(WORDS_BEFORE_THE_REGISTRY))
      expect(ruleFromWord(word)).toBe(kind);
    expect(ruleFromWord("magisk")).toBeUndefined();
  });

  test("each kind's own key is a word for it (what-if writes the key into the Regel cell)", () => {
    for (const kind of ruleKinds()) expect(ruleFromWord(kind)).toBe(kind);
  });

  test("a Regel cell with each kind's word evaluates by that rule", () => {
    const words = [
      "trin",
      "lineær",
      "antal",
      "forholdsmæssig",
      "ja/nej",
      "indsatser",
      "år",
      "basis",
      "afventer",
    ];
    expect(KINDS.map(ruleWord)).toEqual(words);
    const r = run(
      words.map((w, i) => [String(i + 1), `Mål ${i + 1}`, null, 72, 60, 50, w]),
      {
        year: 2021,
      }
    );
    expect(r.rows.map((x) => x.rule)).toEqual(KINDS);
  });

  test("an unknown word is refused with the list of words, in Danish and English", () => {
    // The nine words, then any registered after them.
    const words = "trin, lineær, antal, forholdsmæssig, ja/nej, indsatser, år, basis, afventer";
    const da = run([["1", "Mål", null, 72, 60, 50, "magisk"]]);
    expect(da.errors.map((e) => `${e.sheet}!${e.cell}`)).toEqual(["Mål!G2"]);
    expect(da.errors[0].message).toMatch(
      new RegExp(`^ukendt regel 'magisk' \\(kendte regler: ${words}(, [^)]+)?\\)$`)
    );
    const en = run([["1", "Mål", null, 72, 60, 50, "magisk"]], { locale: "en" });
    expect(en.errors[0].message).toMatch(
      new RegExp(`^unknown rule 'magisk' \\(known: ${words}(, [^)]+)?\\)$`)
    );
  });
});

describe("inference, with the seeds' rows and an empty Regel", () => {
  test("seed 004 goal 1: NPS 72 against 60/50 → trin (the default), 100 %", () => {
    const r = run([["1", "Tilfredshed", "NPS", 72, 60, 50]]);
    expect(DEFAULT_RULE).toBe("trin");
    expect([r.rows[0].rule, r.rows[0].fulfilment]).toEqual(["trin", 1]);
  });

  test("seed 004 goal 6: 3/4 → indsatser, 75 %", () => {
    const r = run([["6", "Knudepunkter", null, "3/4"]]);
    expect([r.rows[0].rule, r.rows[0].fulfilment]).toEqual(["indsatser", 0.75]);
  });

  test("seed 004 (visual identity established): Ja → ja/nej, 100 %; Nej → 0 %", () => {
    const r = run([
      ["7", "Fælles visuel identitet", null, "Ja"],
      ["8", "ErhvervsCAMP 2020", null, "Nej"],
    ]);
    expect(r.rows.map((x) => [x.rule, x.fulfilment])).toEqual([
      ["janej", 1],
      ["janej", 0],
    ]);
  });

  test("seed 002 goal 4: 2021: 45 %; 2022: 47 % with År 2022 → tærskel pr. år against 47 %", () => {
    const r = run([["4", "Knudepunkt", null, "46 %", "2021: 45 %; 2022: 47 %", null, null, 2022]]);
    expect([r.rows[0].rule, r.rows[0].fulfilment]).toEqual(["aarstaerskel", 0]);
    expect(r.rows[0].explanation).toBe("Tærskel for 2022: 47 %: 46 % < 47 % → 0 %");
  });

  test("seed 001: Basis 32 % and +5 pp → basis + procentpoint against 37 %", () => {
    const r = run([["1", "Kendskab", null, "37 %", "+5 pp", null, null, null, "32 %"]]);
    expect([r.rows[0].rule, r.rows[0].fulfilment]).toEqual(["basisplus", 1]);
  });

  test("seed 002 (awaiting Erhvervsstyrelsen's figure): Afventer data → afventer, no fulfilment", () => {
    const r = run([["2", "Effekt", null, "Afventer data", "70 %"]]);
    expect([r.rows[0].rule, r.rows[0].fulfilment, r.rows[0].status]).toEqual([
      "afventer",
      null,
      "Afventer data",
    ]);
  });

  test("counts are not inferred: seed 002 goal 12's 555 of 600 is read in tiers (0 %) unless Regel says otherwise", () => {
    const r = run([
      ["12", "Korte forløb og EW", null, 555, 600],
      ["13", "Korte forløb og EW", null, 555, 600, null, "forholdsmæssig"],
    ]);
    expect(r.rows.map((x) => [x.rule, x.fulfilment])).toEqual([
      ["trin", 0],
      ["forholdsmaessig", 0.925],
    ]);
  });

  test("only afventer, ja/nej, indsatser, tærskel pr. år and basis + procentpoint are inferred, in that order", () => {
    const inferred = ruleKinds()
      .filter((k) => KINDS.includes(k))
      .map((k) => [k, ruleDefinition(k).infer?.order ?? null] as const)
      .filter(([, order]) => order !== null)
      .sort((a, b) => (a[1] as number) - (b[1] as number))
      .map(([k]) => k);
    expect(inferred).toEqual(["afventer", "janej", "indsatser", "aarstaerskel", "basisplus"]);
  });
});

describe("what-if words", () => {
  test("the help lists every rule, with threshold beside trin and proportional beside forholdsmæssig", () => {
    const listed = KNOWN_RULES_TEXT.split(", ");
    expect(listed.slice(0, KINDS.length).join(", ")).toBe(
      "trin/threshold, lineær, antal, forholdsmæssig/proportional, ja/nej, indsatser, år, basis, afventer"
    );
    expect(listed).toHaveLength(ruleKinds().length);
  });

  test("forholdsmassig (typed without æ) is a what-if word only", () => {
    expect(ruleFromWhatIfWord("forholdsmassig")).toBe("forholdsmaessig");
    expect(ruleFromWord("forholdsmassig")).toBeUndefined();
  });

  test("regel=tærskel makes a count goal antal and any other threshold goal trin (seed 002 goal 12 at 555 of 600)", () => {
    const table = rawTable("Mål", HEADERS, [
      ["12", "Korte forløb og EW", null, 555, 600, null, "forholdsmæssig"],
      ["1", "Tilfredshed", null, 55, 60, 50, "lineær"],
    ]);
    const r = whatIf(
      [table],
      [
        { goal: "12", key: "rule", value: "tærskel" },
        { goal: "1", key: "rule", value: "threshold" },
      ]
    );
    expect(r.errors).toEqual([]);
    expect(r.after.rows.map((x) => [x.rule, x.fulfilment])).toEqual([
      ["antal", 0],
      ["trin", 0.5],
    ]);
  });

  test("the pane's switch: antal ↔ forholdsmæssig, and no switch for the other rules", () => {
    expect(ruleSwitch("antal")).toEqual({ to: "forholdsmaessig", word: "forholdsmæssig" });
    expect(ruleSwitch("forholdsmaessig")).toEqual({ to: "antal", word: "antal" });
    for (const k of KINDS.filter((x) => x !== "antal" && x !== "forholdsmaessig"))
      expect(ruleSwitch(k)).toBeNull();
  });
});

describe("compile-time completeness", () => {
  test("a rule record without its distance does not compile", () => {
    // @ts-expect-error `distance` is missing: tsc (npm run typecheck) fails here if the field ever became optional.
    const incomplete: RuleDefinition = {
      names: { da: "prøve", en: "trial" },
      word: "prøve",
      aliases: [],
      infer: null,
      evaluate: ruleDefinition("trin").evaluate,
      whatIf: { words: ["prøve"], aliases: [], asThreshold: "trin", switchTo: null },
    };
    expect(incomplete.word).toBe("prøve");
  });
});
