// What-if changes as the user types them, pinned by what the user then reads: the change's description, the goal's and
// row's explanation (Beregn's text for the changed copy), the error message. Tables are small and worked out by hand:
//   goal 1 pending (Afventer data) against 37 %; goal 3 two segments, Drift 75 % < 80 % and Vækst pending (against 70 %);
//   goal 6 three of four activities (75 %) with KKR's agreed 100 % and its Begrundelse "ErhvervsCAMP flyttet".
import type { RawCell } from "../../src/core/model";
import { createWhatIf, parseChanges, whatIf } from "../../src/core/whatif";
import { rawTable } from "../helpers/tables";

const HEADERS = [
  "Nr",
  "Mål",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Aftalt opfyldelse",
  "Begrundelse",
];
const ROWS: RawCell[][] = [
  ["1", "Kendskab", null, "Afventer data", "37 %", null, null],
  ["3", "Tilfredshed", "Drift", "75 %", "80 %", null, null],
  ["3", "Tilfredshed", "Vækst", null, "70 %", null, null],
  ["6", "Knudepunkter", null, "3/4", null, "100 %", "ErhvervsCAMP flyttet"],
];
const tables = () => [rawTable("Mål", HEADERS, ROWS)];
const set = (...texts: string[]) => {
  const p = parseChanges(texts);
  expect(p.errors).toEqual([]);
  return p.changes;
};
/** Goal 3's explanation when Vækst's row reads `vaekst` (fulfilment `f`): all rows must be met, the lowest counts. */
const goal3 = (vaekst: string, f: string) =>
  `Drift 75 % < 80 % → 0 %; Vækst: ${vaekst}. Alle rækker skal være opfyldt, laveste af Drift 0 %, Vækst ${f} → 0 %`;

describe("agreed fulfilment (aftalt) and the Begrundelse written with it", () => {
  test("a new agreed fulfilment on a goal without a Begrundelse is explained as 'Aftalt (hvad nu hvis)'", () => {
    const r = whatIf(tables(), set("1.aftalt=80 %"));
    expect(r.errors).toEqual([]);
    expect(r.after.goals[0].fulfilment).toBe(0.8);
    expect(r.after.goals[0].explanation).toBe(
      "Aftalt 80 % (beregnet: afventer data): Aftalt (hvad nu hvis). Afventer data"
    );
    // Nothing was agreed before: no "(før: …)".
    expect(r.applied[0].description).toBe("Mål 1: aftalt 80 %");
  });

  test("changing KKR's agreed fulfilment keeps the Begrundelse the workbook has", () => {
    const r = whatIf(tables(), set("6.aftalt=80 %"));
    expect(r.after.goals[2].fulfilment).toBe(0.8);
    expect(r.after.goals[2].explanation).toBe(
      "Aftalt 80 % (beregnet 75 %): ErhvervsCAMP flyttet. 3 af 4 indsatser → 75 %"
    );
    expect(r.applied[0].description).toBe("Mål 6: aftalt 80 % (før: aftalt 100 %)");
  });

  test("KKR's decision taken away and a new one set: its Begrundelse went with it, so 'Aftalt (hvad nu hvis)'", () => {
    const r = whatIf(tables(), set("6.aftalt=ingen", "6.aftalt=90 %"));
    expect(r.applied.map((a) => a.description)).toEqual([
      "Mål 6: aftalt ingen (før: aftalt 100 %)",
      "Mål 6: aftalt 90 %",
    ]);
    expect(r.after.goals[2].explanation).toBe(
      "Aftalt 90 % (beregnet 75 %): Aftalt (hvad nu hvis). 3 af 4 indsatser → 75 %"
    );
  });

  test("a Begrundelse of only spaces is no Begrundelse", () => {
    const t = [rawTable("Mål", HEADERS, [["7", "Kurser", null, "1/4", null, null, "   "]])];
    expect(whatIf(t, set("7.aftalt=80 %")).after.goals[0].explanation).toBe(
      "Aftalt 80 % (beregnet 25 %): Aftalt (hvad nu hvis). 1 af 4 indsatser → 25 %"
    );
  });

  test("an assumption replaces the Begrundelse with 'Antaget (hvad nu hvis)'", () => {
    const r = whatIf(tables(), set("6.antag=80 %"));
    expect(r.after.goals[2].explanation).toBe(
      "Aftalt 80 % (beregnet 75 %): Antaget (hvad nu hvis). 3 af 4 indsatser → 75 %"
    );
    expect(r.applied[0].description).toBe("Mål 6: antaget 80 % (før: aftalt 100 %)");
  });

  test("'ingen' and 'afventer' take the agreed fulfilment and its Begrundelse away: 3 of 4 activities again", () => {
    for (const text of ["6.aftalt=ingen", "6.aftalt=afventer", "6.aftalt=slet"]) {
      const r = whatIf(tables(), set(text));
      expect(r.errors).toEqual([]);
      expect(r.after.goals[2].fulfilment).toBe(0.75);
      expect(r.after.goals[2].explanation).toBe("3 af 4 indsatser → 75 %");
      expect(r.applied[0].description).toBe("Mål 6: aftalt ingen (før: aftalt 100 %)");
    }
    expect(whatIf(tables(), set("1.antag=afventer")).applied[0].description).toBe(
      "Mål 1: antaget ingen"
    );
  });

  test("0 % and 100 % are fulfilments; 120 % and −5 % are not (messages differ for aftalt and antag)", () => {
    const full = whatIf(tables(), set("1.aftalt=100 %"));
    expect(full.after.goals[0].fulfilment).toBe(1);
    const none = whatIf(tables(), set("1.aftalt=0 %"));
    expect(none.after.goals[0].fulfilment).toBe(0);
    expect(none.after.goals[0].explanation).toBe(
      "Aftalt 0 % (beregnet: afventer data): Aftalt (hvad nu hvis). Afventer data"
    );
    expect(whatIf(tables(), set("1.aftalt=120 %")).errors.map((e) => e.message)).toEqual([
      "'120 %' er ikke en opfyldelse mellem 0 og 100 %",
    ]);
    expect(whatIf(tables(), set("1.aftalt=-5 %")).errors.map((e) => e.message)).toEqual([
      "'-5 %' er ikke en opfyldelse mellem 0 og 100 %",
    ]);
    expect(whatIf(tables(), set("1.antag=120 %")).errors.map((e) => e.message)).toEqual([
      "'120 %' er ikke en antagelse: skriv opfyldt, ikke opfyldt eller en opfyldelse som 75 %",
    ]);
    expect(whatIf(tables(), set("1.antag=-5 %")).errors.map((e) => e.message)).toEqual([
      "'-5 %' er ikke en antagelse: skriv opfyldt, ikke opfyldt eller en opfyldelse som 75 %",
    ]);
  });

  test("an agreed fulfilment belongs to the whole goal, not to a segment", () => {
    const r = whatIf(tables(), set("3/Vækst.aftalt=100 %"));
    expect(r.errors).toEqual([
      {
        index: 0,
        change: "3/Vækst.aftalt=100 %",
        message: "en aftalt opfyldelse gælder hele målet: skriv 3.aftalt=…",
      },
    ]);
    expect(r.applied).toEqual([]);
  });

  test("a whole goal of two rows assumed met: both rows carry it, the goal reads 100 %", () => {
    const r = whatIf(tables(), set("3.antag=opfyldt"));
    expect(r.after.goals[1].fulfilment).toBe(1);
    expect(r.after.goals[1].explanation).toBe(
      "Aftalt 100 % (beregnet: afventer data): Antaget (hvad nu hvis). Drift 75 % < 80 % → 0 %; Vækst: Afventer data. Alle rækker skal være opfyldt, laveste af Drift 0 %, Vækst afventer → afventer (0 %–0 %)"
    );
    expect(r.applied[0]).toMatchObject({ description: "Mål 3: antaget 100 %", rows: [1, 2] });
  });

  test("structured values from the pane: true, false and the fraction 0,75", () => {
    const s = createWhatIf(tables());
    const assume = (value: boolean | number) =>
      s.evaluate([{ goal: "1", key: "assume", value }]).after.goals[0];
    expect(assume(true)).toMatchObject({ fulfilment: 1 });
    expect(assume(false)).toMatchObject({
      fulfilment: 0,
      explanation: "Aftalt 0 % (beregnet: afventer data): Antaget (hvad nu hvis). Afventer data",
    });
    expect(assume(0.75)).toMatchObject({ fulfilment: 0.75 });
    // A number is a fraction: 75 is not 75 %.
    expect(
      s.evaluate([{ goal: "1", key: "agreed", value: 75 }]).errors.map((e) => e.message)
    ).toEqual(["'75' er ikke en opfyldelse mellem 0 og 100 %"]);
  });
});

test("with decimalSeparator '.', '0.5' typed as an assumption is 50 % (read in the workbook's locale)", () => {
  const s = createWhatIf(tables(), { decimalSeparator: "." });
  const r = s.evaluate(set("1.antag=0.5"));
  expect(r.errors).toEqual([]);
  expect(r.after.goals[0].fulfilment).toBe(0.5);
  expect(r.applied[0].description).toBe("Mål 1: antaget 50 %");
});

describe("one segment assumed: its row becomes ja/nej or a count of activities", () => {
  test("ja → 'Ja → 100 %', 0 → 'Nej → 0 %'; Drift still misses, so goal 3 stays 0 %", () => {
    const s = createWhatIf(tables());
    const yes = s.evaluate(set("3/Vækst.antag=ja"));
    expect(yes.after.rows[2]).toMatchObject({ rule: "janej", explanation: "Vækst: Ja → 100 %" });
    expect(yes.after.goals[1].explanation).toBe(goal3("Ja → 100 %", "100 %"));
    expect(yes.applied[0].description).toBe("Mål 3, Vækst: antaget 100 %");
    const no = s.evaluate(set("3/Vækst.antag=0"));
    expect(no.after.rows[2]).toMatchObject({ rule: "janej", explanation: "Vækst: Nej → 0 %" });
    expect(no.applied[0].description).toBe("Mål 3, Vækst: antaget 0 %");
  });

  test("a fraction becomes the smallest count that gives it: 40 % = 2 of 5, 75 % = 3 of 4", () => {
    const s = createWhatIf(tables());
    const forty = s.evaluate(set("3/Vækst.antag=40 %"));
    expect(forty.after.rows[2]).toMatchObject({
      rule: "indsatser",
      fulfilment: 0.4,
      explanation: "Vækst: 2 af 5 indsatser → 40 %",
    });
    expect(forty.after.goals[1].explanation).toBe(goal3("2 af 5 indsatser → 40 %", "40 %"));
    expect(forty.applied[0].description).toBe("Mål 3, Vækst: antaget 40 %");
    expect(s.evaluate(set("3/Vækst.antag=75 %")).after.rows[2].explanation).toBe(
      "Vækst: 3 af 4 indsatser → 75 %"
    );
  });

  test("'ingen' is no assumption for one segment", () => {
    expect(whatIf(tables(), set("3/Vækst.antag=ingen")).errors.map((e) => e.message)).toEqual([
      "'ingen' er ikke en antagelse: skriv opfyldt, ikke opfyldt eller en opfyldelse som 75 %",
    ]);
  });
});

/** The descriptions of the applied changes, or the error messages, for changes typed as text. */
const described = (...texts: string[]) => {
  const r = whatIf(wider(), set(...texts));
  return { applied: r.applied.map((a) => a.description), errors: r.errors.map((e) => e.message) };
};
/** The table above plus goal 7 (pending, no threshold, plain numbers) and goal 8 (12 complaints against 10). */
const wider = () => [
  rawTable("Mål", HEADERS, [
    ...ROWS,
    ["7", "Kurser", null, "Afventer data", null, null, null],
    ["8", "Klager", null, 12, 10, null, null],
  ]),
];

describe("thresholds: a plain number on a percentage row is a percentage, as Excel reads it", () => {
  test("40 is 40 % where the threshold shows 37 %, and stays 40 on a row with no percentage anywhere", () => {
    expect(described("1.mål100=40").applied).toEqual([
      "Mål 1: tærskel for 100 % 37 % → 40 (40 læst som 40 %)",
    ]);
    expect(described("7.mål100=40").applied).toEqual(["Mål 7: tærskel for 100 % (tom) → 40"]);
  });

  test("1 and 0,9 are already fractions (100 %, 90 %); −50 is read as −50 %", () => {
    const s = createWhatIf(wider());
    const one = s.evaluate(set("3/Drift.mål100=1"));
    expect(one.after.rows[1].explanation).toBe("Drift 75 % < 100 % → 0 %");
    expect(one.applied[0]).toEqual({
      index: 0,
      change: "3/Drift.mål100=1",
      rows: [1],
      description: "Mål 3, Drift: tærskel for 100 % 80 % → 1",
    });
    expect(s.evaluate(set("3/Drift.mål100=0,9")).after.rows[1].explanation).toBe(
      "Drift 75 % < 90 % → 0 %"
    );
    const negative = s.evaluate(set("3/Drift.mål100=-50"));
    expect(negative.applied[0].note).toBe("-50 læst som -50 %");
    expect(negative.after.rows[1].explanation).toBe("Drift 75 % ≥ -50 % → 100 %");
  });

  test("a goal whose rows differ shows both before-values; 'ingen' removes the threshold", () => {
    const s = createWhatIf(wider());
    const r = s.evaluate(set("3.mål100=78"));
    expect(r.applied[0].description).toBe(
      "Mål 3: tærskel for 100 % 80 %/70 % → 78 (78 læst som 78 %)"
    );
    expect(r.applied[0].rows).toEqual([1, 2]);
    expect(r.after.rows[1].explanation).toBe("Drift 75 % < 78 % → 0 %");
    expect(s.evaluate(set("1.mål100=ingen")).applied[0].description).toBe(
      "Mål 1: tærskel for 100 % 37 % → (ingen)"
    );
    expect(s.evaluate(set("3.mål100=ingen")).applied[0].description).toBe(
      "Mål 3: tærskel for 100 % 80 %/70 % → (ingen)"
    );
  });

  test("a second change to the same cell starts from the first one's value, shown in the row's unit", () => {
    expect(described("3/Drift.mål100=78", "3/Drift.mål100=79").applied).toEqual([
      "Mål 3, Drift: tærskel for 100 % 80 % → 78 (78 læst som 78 %)",
      "Mål 3, Drift: tærskel for 100 % 78 % → 79 (79 læst som 79 %)",
    ]);
    expect(described("8.mål100=11", "8.mål100=10,25").applied).toEqual([
      "Mål 8: tærskel for 100 % 10 → 11",
      "Mål 8: tærskel for 100 % 11 → 10,25",
    ]);
  });

  test("numeric cells are shown as the workbook shows them: 75,5 % with a percent format, 72,5 without", () => {
    const t = [
      rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["9", "Score", 0.7, 0.755]], {
        formats: { Resultat: "0.0%", "Mål 100 %": "0.0%" },
      }),
      rawTable("Mål2", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["9", "Score", 72.5, 80]]),
    ];
    expect(whatIf([t[0]], set("9.mål100=80 %")).applied[0].description).toBe(
      "Mål 9: tærskel for 100 % 75,5 % → 80 %"
    );
    expect(whatIf([t[1]], set("9.resultat=75")).applied[0].description).toBe(
      "Mål 9: resultat 72,5 → 75"
    );
  });

  test("a tier the table lacks is added as 'Mål 75 %', for whole percentages only", () => {
    const s = createWhatIf(wider());
    // 9,5 < 10 misses 100 %; ≥ 9 meets the new 75 % tier.
    const r = s.evaluate([
      { goal: "8", key: "result", value: 9.5 },
      { goal: "8", key: "tier", tier: 0.75, value: 9 },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.after.rows[5].explanation).toBe("9,5 < 10, ≥ 9 → 75 %");
    expect(r.applied[1].description).toBe("Mål 8: tærskel for 75 % (tom) → 9");
    expect(
      s.evaluate([{ goal: "1", key: "tier", tier: 0.755, value: "50" }]).errors[0].message
    ).toBe(
      "måltabellen har intet trin for 75,5 %, og det kan kun tilføjes for hele procenter (fx mål75)"
    );
    expect(s.evaluate([{ goal: "8", key: "tier", value: 11 }]).errors[0].message).toBe(
      "angiv hvilket trin, fx mål100 eller mål50"
    );
  });

  test("a threshold must be a number: ja and 3/4 are not", () => {
    const message = (t: string) =>
      `'${t}' er ikke en tærskel (skriv et tal, fx 55, 72,5 eller 60 %, eller 'ingen' for at fjerne trinnet)`;
    expect(described("1.mål100=ja", "1.mål100=3/4").errors).toEqual([
      message("ja"),
      message("3/4"),
    ]);
  });
});

describe("results, rules, direction and weight", () => {
  test("a result left blank or 'afventer' makes the row pending", () => {
    expect(described("1.resultat=").applied).toEqual([
      "Mål 1: resultat Afventer data → afventer data",
    ]);
    const r = whatIf(wider(), set("3/Drift.resultat=afventer"));
    expect(r.applied[0].description).toBe("Mål 3, Drift: resultat 75 % → afventer data");
    expect(r.after.rows[1]).toMatchObject({
      rule: "afventer",
      explanation: "Drift: Afventer data",
    });
  });

  test("a result may be ja, a count 2/3 or true from the pane; text and points are not results", () => {
    const s = createWhatIf(wider());
    const yes = s.evaluate(set("8.resultat=ja"));
    expect(yes.after.rows[5]).toMatchObject({ rule: "janej", explanation: "Ja → 100 %" });
    expect(yes.applied[0].description).toBe("Mål 8: resultat 12 → ja");
    expect(s.evaluate([{ goal: "8", key: "result", value: true }]).applied[0].description).toBe(
      "Mål 8: resultat 12 → Ja"
    );
    // 2 of 3 = 66,7 %
    expect(s.evaluate(set("8.resultat=2/3")).after.rows[5].explanation).toBe(
      "2 af 3 indsatser → 66,7 %"
    );
    const message = (t: string) =>
      `resultatet '${t}' kan ikke læses (skriv fx 58, 72,5, 60 %, 3/4, Ja eller afventer)`;
    expect(described("1.resultat=abc", "1.resultat=+5 pp").errors).toEqual([
      message("abc"),
      message("+5 pp"),
    ]);
  });

  test("a segment named where the part would be ('3/Drift') when the goal has no parts", () => {
    const r = whatIf(wider(), set("3/Drift.resultat=80 %"));
    expect(r.applied[0].description).toBe("Mål 3, Drift: resultat 75 % → 80 %");
    expect(r.after.rows[1].explanation).toBe("Drift 80 % ≥ 80 % → 100 %");
    expect(described("3//Nord.resultat=1").errors).toEqual([
      "mål 3 har intet segment 'Nord' (segmenterne er: Drift, Vækst)",
    ]);
  });

  test("rule: blank goes back to the inferred rule; lineær is the rule lineaer", () => {
    expect(described("3.regel=").applied).toEqual(["Mål 3: regel (tom) → (udledt)"]);
    const r = whatIf(wider(), set("8.regel=lineær"));
    expect(r.after.rows[5].rule).toBe("lineaer");
    expect(r.applied[0].description).toBe("Mål 8: regel (tom) → lineær");
  });

  test("direction: blank is at least; at most turns 12 against 10 into a miss", () => {
    expect(described("8.retning=").applied).toEqual(["Mål 8: retning (tom) → mindst"]);
    const r = whatIf(wider(), set("8.retning=højst"));
    expect(r.after.rows[5].explanation).toBe("12 > 10 → 0 %");
    expect(r.applied[0].description).toBe("Mål 8: retning (tom) → højst");
  });

  test("weight: the whole goal only; blank means 1; 0 and 2,5 are weights, abc is not", () => {
    expect(described("3/Drift.vægt=2").errors).toEqual([
      "vægten gælder hele målet: skriv 3.vægt=…",
    ]);
    expect(described("8.vægt=").applied).toEqual(["Mål 8: vægt (tom) → 1"]);
    expect(whatIf(wider(), set("8.vægt=0")).after.goals[4].weight).toBe(0);
    const r = whatIf(wider(), set("8.vægt=2,5"));
    expect(r.after.goals[4].weight).toBe(2.5);
    expect(r.applied[0].description).toBe("Mål 8: vægt (tom) → 2,5");
    expect(described("8.vægt=abc").errors).toEqual([
      "vægten 'abc' skal være et tal på 0 eller derover",
    ]);
  });
});

describe("addressing parts and segments (seed 002 goal 3's shape: Del × Segment)", () => {
  const parted = () => [
    rawTable(
      "Mål",
      ["Nr", "Mål", "Del", "Segment", "Resultat", "Mål 100 %"],
      [
        ["3", "Tilfredshed", "Meget tilfredse", "Drift", "75 %", "80 %"],
        ["3", "Tilfredshed", "Meget tilfredse", "Vækst", "81 %", "80 %"],
        ["3", "Tilfredshed", "NPS", "Drift", 70, 70],
        ["3", "Tilfredshed", null, "Vækst", 71, 70],
        ["1", "Kendskab", null, null, 5, 6],
      ]
    ),
  ];
  const outcome = (text: string) => {
    const r = whatIf(parted(), set(text));
    return {
      applied: r.applied.map((a) => [a.description, a.rows]),
      errors: r.errors.map((e) => e.message),
    };
  };

  test.each([
    [
      "3/Meget tilfredse/Nord.resultat=1",
      "mål 3, del 'Meget tilfredse', har intet segment 'Nord' (segmenterne er: Drift, Vækst)",
    ],
    [
      "3/NPS/Vækst.resultat=1",
      "mål 3, del 'NPS', har intet segment 'Vækst' (segmenterne er: Drift)",
    ],
    ["3/Ukendt.resultat=1", "mål 3 har ingen del 'Ukendt' (delene er: Meget tilfredse, NPS)"],
    // With a segment named as well, 'Drift' in the part's place is a part that does not exist.
    ["3/Drift/Nord.resultat=1", "mål 3 har ingen del 'Drift' (delene er: Meget tilfredse, NPS)"],
    ["1//Nord.resultat=1", "mål 1 har intet segment 'Nord' (ingen segmenter)"],
    [
      "3//Vækst.resultat=1",
      "segmentet 'Vækst' findes i flere dele af mål 3 (Meget tilfredse, (uden navn)): skriv 3/<del>/Vækst",
    ],
  ])("%s", (text, message) => {
    expect(outcome(text)).toEqual({ applied: [], errors: [message] });
  });

  test("names compare like headers (case ignored); the description keeps what was typed", () => {
    expect(outcome("3/nps.resultat=72").applied).toEqual([["Mål 3, nps: resultat 70 → 72", [2]]]);
    expect(outcome("3/NPS/drift.resultat=72").applied).toEqual([
      ["Mål 3, NPS, drift: resultat 70 → 72", [2]],
    ]);
    expect(outcome("3.vægt=2").applied).toEqual([["Mål 3: vægt (tom) → 2", [0, 1, 2, 3]]]);
  });
});

test("the user's own column mapping still holds when a change adds a column (Vægt) to the copy", () => {
  // Goal 1: 5 against 6 → 0 %; goal 2: 7 against 6 → 100 %; before (0 + 1) / 2 = 50 %.
  // After: goal 1's threshold 5 → 100 %, weighted 3: (3 · 1 + 1 · 1) / 4 = 100 %.
  const t = [
    rawTable(
      "Mål",
      ["Nr", "Mål", "Opnået", "Mål 100 %"],
      [
        ["1", "K", 5, 6],
        ["2", "L", 7, 6],
      ]
    ),
  ];
  const r = whatIf(t, set("1.vægt=3", "1.mål100=5"), { columns: { result: "Opnået" } });
  expect(r.errors).toEqual([]);
  expect(r.newErrors).toEqual([]);
  expect(r.before.overall).toBe(0.5);
  expect(r.after.goals.map((g) => [g.id, g.fulfilment, g.weight])).toEqual([
    ["1", 1, 3],
    ["2", 1, 1],
  ]);
  expect(r.after.overall).toBe(1);
});

test("on a percentage row only a plain number is rescaled: 3/4, ja, '80 %' and '+5 pp' are kept as typed", () => {
  const t = [
    rawTable(
      "Mål",
      ["Nr", "Mål", "Segment", "Resultat", "Mål 100 %"],
      [["3", "T", "Drift", "75 %", "80 %"]]
    ),
  ];
  const s = createWhatIf(t);
  const count = s.evaluate(set("3/Drift.resultat=3/4"));
  expect(count.applied[0]).toMatchObject({ description: "Mål 3, Drift: resultat 75 % → 3/4" });
  expect(count.applied[0].note).toBeUndefined();
  expect(count.after.rows[0].explanation).toBe("Drift: 3 af 4 indsatser → 75 %");
  expect(s.evaluate(set("3/Drift.resultat=ja")).after.rows[0].explanation).toBe(
    "Drift: Ja → 100 %"
  );
  const pct = s.evaluate(set("3/Drift.mål100=78 %"));
  expect(pct.applied[0].note).toBeUndefined();
  expect(pct.after.rows[0].explanation).toBe("Drift 75 % < 78 % → 0 %");
  // 150 % is 1,5 with the percent already read: never 1,5 %.
  expect(s.evaluate(set("3/Drift.mål100=150 %")).after.rows[0].explanation).toBe(
    "Drift 75 % < 150 % → 0 %"
  );
  // Percentage points need a Basis column: the scenario says so, rather than reading +5 as 5 %.
  const pp = s.evaluate(set("3/Drift.mål100=+5 pp"));
  expect(pp.applied[0]).toMatchObject({
    description: "Mål 3, Drift: tærskel for 100 % 80 % → +5 pp",
  });
  expect(pp.applied[0].note).toBeUndefined();
  expect(pp.newErrors.map((e) => e.message)).toEqual([
    "tærsklen '+5 pp' er procentpoint og kræver en værdi i kolonnen Basis",
  ]);
  // A threshold per year is a threshold too; without an År column the scenario says so.
  const byYear = s.evaluate(set("3/Drift.mål100=2021: 45 %; 2022: 47 %"));
  expect(byYear.errors).toEqual([]);
  expect(byYear.applied[0].description).toBe(
    "Mål 3, Drift: tærskel for 100 % 80 % → 2021: 45 %; 2022: 47 %"
  );
  expect(byYear.newErrors.map((e) => e.message)).toEqual([
    "tærsklen afhænger af året, men rækken har intet år (udfyld kolonnen År)",
  ]);
});

test("changing one row's percentage cell leaves the other rows' number formats (and so their percentages) alone", () => {
  // Cells hold 0,75 / 0,8 / 0,81 shown with the format "0 %": Drift 75 % < 80 %, Vækst 81 % ≥ 80 %.
  const t = [
    rawTable(
      "Mål",
      ["Nr", "Mål", "Segment", "Resultat", "Mål 100 %"],
      [
        ["3", "T", "Drift", 0.75, 0.8],
        ["3", "T", "Vækst", 0.81, 0.8],
      ],
      { formats: { Resultat: "0 %", "Mål 100 %": "0 %" } }
    ),
  ];
  const s = createWhatIf(t);
  const tier = s.evaluate(set("3/Drift.mål100=78"));
  expect(tier.after.rows.map((r) => r.explanation)).toEqual([
    "Drift 75 % < 78 % → 0 %",
    "Vækst 81 % ≥ 80 % → 100 %",
  ]);
  expect(tier.newErrors).toEqual([]);
  const result = s.evaluate(set("3/Drift.resultat=82 %"));
  expect(result.after.rows.map((r) => r.explanation)).toEqual([
    "Drift 82 % ≥ 80 % → 100 %",
    "Vækst 81 % ≥ 80 % → 100 %",
  ]);
  expect(result.after.goals[0].fulfilment).toBe(1);
});

test("an unknown segment lists only the segments there are, not the row without one", () => {
  const t = [
    rawTable(
      "Mål",
      ["Nr", "Mål", "Segment", "Resultat", "Mål 100 %"],
      [
        ["1", "K", "Drift", 5, 6],
        ["1", "K", null, 7, 6],
      ]
    ),
  ];
  expect(whatIf(t, set("1//Nord.resultat=1")).errors.map((e) => e.message)).toEqual([
    "mål 1 har intet segment 'Nord' (segmenterne er: Drift)",
  ]);
});
