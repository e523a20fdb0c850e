// The change syntax as documented at the top of src/core/whatif/parse.ts ("<mål>[/<del>[/<segment>]].<nøgle>=<værdi>"):
// every key word it lists, the tier numbers it accepts, quoting, and the texts a change is shown by when the pane
// builds it without text (an error names the change the user made).
import {
  changeHeadText,
  changeText,
  parseChange,
  parseSweep,
  readChangeKey,
  whatIf,
} from "../../src/core/whatif";
import { rawTable } from "../helpers/tables";

describe("key words, English or Danish, case and accents ignored", () => {
  test.each([
    ["threshold", { key: "tier", tier: 1 }],
    ["target", { key: "tier", tier: 1 }],
    ["Tærskel", { key: "tier", tier: 1 }],
    ["terskel", { key: "tier", tier: 1 }],
    ["result", { key: "result" }],
    ["Resultat", { key: "result" }],
    ["actual", { key: "result" }],
    ["faktisk", { key: "result" }],
    ["rule", { key: "rule" }],
    ["regel", { key: "rule" }],
    ["direction", { key: "direction" }],
    ["retning", { key: "direction" }],
    ["weight", { key: "weight" }],
    ["vægt", { key: "weight" }],
    ["vagt", { key: "weight" }],
    ["assume", { key: "assume" }],
    ["antag", { key: "assume" }],
    ["antagelse", { key: "assume" }],
    ["agreed", { key: "agreed" }],
    ["aftalt", { key: "agreed" }],
    ["Aftalt opfyldelse", { key: "agreed" }],
  ])("%s", (word, expected) => {
    expect(readChangeKey(word)).toEqual(expected);
  });

  test.each([
    ["mål100", 1],
    ["threshold50", 0.5],
    ["target75", 0.75],
    ["maal60", 0.6],
    ["Målværdi80", 0.8],
    ["tærskel25", 0.25],
    ["terskel10", 0.1],
    ["trin1", 0.01],
    ["tier90", 0.9],
    ["Mål 50 %", 0.5],
  ])("the tier %s is %d", (word, tier) => {
    expect(readChangeKey(word)).toEqual({ key: "tier", tier });
  });

  test("a tier is 1–100: mål0, mål101 and mål1000 are no keys, nor is an unknown word", () => {
    expect(readChangeKey("mål0")).toBeUndefined();
    expect(readChangeKey("mål101")).toBeUndefined();
    expect(readChangeKey("mål1000")).toBeUndefined();
    expect(readChangeKey("xmål50")).toBeUndefined();
    expect(readChangeKey("farve")).toBeUndefined();
  });
});

describe("addresses: goal, part, segment, and quoting", () => {
  test("the value is everything after the first '=' outside quotes, trimmed", () => {
    expect(parseChange(" 1 . mål100 = 55 ")).toEqual({
      ok: true,
      value: { goal: "1", key: "tier", tier: 1, value: "55", source: " 1 . mål100 = 55 " },
    });
    expect(parseChange('"a=b".resultat=x=y')).toEqual({
      ok: true,
      value: { goal: "a=b", key: "result", value: "x=y", source: '"a=b".resultat=x=y' },
    });
  });

  test("quotes of every kind Danish text uses: “…”, „…“, '…'", () => {
    expect(parseChange("“9.d”/„Pkt. 2/3“.vægt=2")).toMatchObject({
      ok: true,
      value: { goal: "9.d", part: "Pkt. 2/3", key: "weight", value: "2" },
    });
    expect(parseChange("'9.d'/'A/B'/”C.D”.regel=antal")).toMatchObject({
      ok: true,
      value: { goal: "9.d", part: "A/B", segment: "C.D", key: "rule" },
    });
    // A quote inside a piece (not after '/' or '.', not at the start) is a character like any other.
    expect(parseChange('12/Pkt "A".resultat=3')).toMatchObject({
      ok: true,
      value: { goal: "12", part: 'Pkt "A"', key: "result" },
    });
  });

  test("a goal id with a dot (1.2) keeps it; a trailing dot is dropped", () => {
    expect(parseChange("1.2.regel=antal")).toMatchObject({ ok: true, value: { goal: "1.2" } });
    expect(parseChange("1..regel=antal")).toMatchObject({ ok: true, value: { goal: "1" } });
  });

  test("no '=', no '.', four pieces or no goal: the syntax message", () => {
    const syntax = (text: string) => ({
      ok: false,
      message: `'${text}' kan ikke læses: skriv <mål>[/<del>[/<segment>]].<nøgle>=<værdi>, fx 1.mål100=55 eller 12/Korte forløb.regel=forholdsmæssig`,
    });
    for (const text of ["1.mål100 55", "1 mål100=55", "1/a/b/c.resultat=2", "/a.resultat=2"])
      expect(parseChange(text)).toEqual(syntax(text));
  });
});

describe("sweeps", () => {
  test("from:to with the step 1 left out; part, segment and tier carried over", () => {
    expect(parseSweep("3/Meget tilfredse/Drift.mål50 = 60 : 80")).toEqual({
      ok: true,
      value: {
        goal: "3",
        part: "Meget tilfredse",
        segment: "Drift",
        key: "tier",
        tier: 0.5,
        from: "60",
        to: "80",
        step: 1,
        source: "3/Meget tilfredse/Drift.mål50 = 60 : 80",
      },
    });
  });

  test("results, weights and assumptions can be swept; rules, directions and agreements cannot", () => {
    expect(parseSweep("1.resultat=50:60:5")).toMatchObject({ ok: true });
    expect(parseSweep("1.vægt=1:3")).toMatchObject({ ok: true });
    expect(parseSweep("1.antag=0:1:0,25")).toMatchObject({ ok: true });
    for (const text of ["1.retning=1:2", "1.aftalt=0:1"])
      expect(parseSweep(text)).toEqual({
        ok: false,
        message: `'${text}': kun en tærskel, et resultat, en vægt eller en antagelse kan gennemløbes`,
      });
  });

  test("one value, four values or an empty one is not a range", () => {
    for (const text of ["1.mål100=50", "1.mål100=50:60:1:2", "1.mål100=50::1", "1.mål100=:60"])
      expect(parseSweep(text)).toEqual({
        ok: false,
        message: `'${text}' kan ikke læses som et interval: skriv fra:til:skridt, fx 1.mål100=50:70:1`,
      });
    expect(parseSweep("1 mål100=50:60")).toMatchObject({ ok: false });
  });
});

describe("a change the pane built (no text) is named in the canonical Danish form", () => {
  test.each([
    [{ goal: "1", key: "tier", tier: 0.5 }, "1.mål50"],
    [{ goal: "1", key: "tier" }, "1.mål100"],
    [{ goal: "1", key: "tier", tier: 0.755 }, "1.mål75.5"],
    [{ goal: "12", part: "Korte forløb", key: "result" }, "12/Korte forløb.resultat"],
    [{ goal: "3", segment: "Drift", key: "rule" }, "3//Drift.regel"],
    [{ goal: "3", part: "NPS", segment: "Drift", key: "direction" }, "3/NPS/Drift.retning"],
    [{ goal: "9.d", part: "Pkt. 2/3", key: "weight" }, '"9.d"/"Pkt. 2/3".vægt'],
    [{ goal: "a=b", part: 'x"y', key: "assume" }, '"a=b"/"x"y".antag'],
    [{ goal: "8", key: "agreed" }, "8.aftalt"],
  ] as const)("%o → %s", (head, text) => {
    expect(changeHeadText(head)).toBe(text);
  });

  test("the value: Ja/Nej for true/false, nothing for null, a number as written; the source when typed", () => {
    expect(changeText({ goal: "1", key: "assume", value: true })).toBe("1.antag=Ja");
    expect(changeText({ goal: "1", key: "assume", value: false })).toBe("1.antag=Nej");
    expect(changeText({ goal: "1", key: "result", value: null })).toBe("1.resultat=");
    expect(changeText({ goal: "1", key: "tier", tier: 1, value: 55.5 })).toBe("1.mål100=55.5");
    expect(changeText({ goal: "1", key: "tier", tier: 1, value: 55, source: "1.tærskel=55" })).toBe(
      "1.tærskel=55"
    );
  });

  test("the error for an unknown goal names the change as the pane built it", () => {
    const t = [rawTable("Mål", ["Nr", "Mål", "Resultat", "Mål 100 %"], [["1", "Klager", 12, 10]])];
    expect(whatIf(t, [{ goal: "2", key: "tier", tier: 0.5, value: 5 }]).errors).toEqual([
      {
        index: 0,
        change: "2.mål50=5",
        message: "mål 2 findes ikke i måltabellen (målene er: 1)",
      },
    ]);
  });
});
