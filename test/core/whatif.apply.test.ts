// What-if changes as the user types them, pinned by what the user then reads: the change's description, the goal's and
// row's explanation (Beregn's text for the changed copy), the error message. Tables are small and worked out by hand:
//   goal 1 pending (Afventer data) against 37 %; goal 3 two segments, Drift 75 % < 80 % and Vækst pending;
//   goal 6 three of four activities (75 %) with KKR's agreed 100 % and its Begrundelse "ErhvervsCAMP flyttet".
import type { RawCell } from "../../src/core/model";
import { createWhatIf, parseChanges, whatIf } from "../../src/core/whatif";
import { rawTable } from "../helpers/tables";

const HEADERS = ["Nr", "Mål", "Segment", "Resultat", "Mål 100 %", "Aftalt opfyldelse", "Begrundelse"];
const ROWS: RawCell[][] = [
  ["1", "Kendskab", null, "Afventer data", "37 %", null, null],
  ["3", "Tilfredshed", "Drift", "75 %", "80 %", null, null],
  ["3", "Tilfredshed", "Vækst", null, "80 %", null, null],
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
