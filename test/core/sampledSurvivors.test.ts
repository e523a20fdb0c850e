// Edges found by the mutation sample (scripts/mutation-sample.js, seed 1779009439): each test below is one a sampled
// mutant survived, with the expectation worked out in the domain's terms (what the user reads or gets), not copied
// from the code's output. docs/benchmarks.md lists the survivors left as equivalent or harmless.
import { allocate } from "../../src/core/allocate/allocate";
import { csvBytesToRawTable, readKeyTable } from "../../src/core/allocate";
import { allocationMessage } from "../../src/core/allocate/messages";
import { decodeText } from "../../src/core/encoding";
import { formatKroner } from "../../src/core/format";
import { directionFromText } from "../../src/core/goalTable";
import { parseIndicator } from "../../src/core/indicators/parse";
import { message } from "../../src/core/messages";
import { share } from "../../src/core/metrics";
import { unmatchedHubMessage } from "../../src/core/municipalities";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import { pendingEvaluation } from "../../src/core/rules/afventer";
import { forholdsmaessig } from "../../src/core/rules/forholdsmaessig";
import { cellText } from "../../src/core/tables";
import { parseSweep } from "../../src/core/whatif";

describe("words the user reads", () => {
  test("a share that is not a share says how to write one (Danish)", () => {
    expect(allocationMessage("da", "bad-share", { text: "ca. 3" })).toBe(
      "'ca. 3' er ikke en andel: skriv fx '3,47 %' eller '0,0347'"
    );
  });

  test("a shared fixed amount with øre fractions is quoted back in the error, in Danish notation", () => {
    const rows = [
      { name: "Aalborg", population: 3 },
      { name: "Brønderslev", population: 1 },
    ];
    expect(allocate({ rows }, { total: 1000, fixedTotal: 10.005 })).toMatchObject({
      ok: false,
      errors: [{ code: "not-whole-oere", message: "'10,005' har mere end to decimaler i kroner" }],
    });
  });

  test("the English audit summary: one discrepancy, two explanations", () => {
    expect(allocationMessage("en", "summary-prefix", { discrepancies: 1, notes: 2 })).toBe(
      "Audit: 1 discrepancy, 2 explanations. "
    );
    expect(allocationMessage("en", "summary-prefix", { discrepancies: 3, notes: 1 })).toBe(
      "Audit: 3 discrepancies, 1 explanation. "
    );
  });

  test("the English audit names the nearest date of a population that matches no date", () => {
    expect(
      allocationMessage("en", "population-date-none", {
        name: "Aalborg",
        value: "120,000",
        first: "January 1, 2008",
        last: "January 1, 2024",
        atBest: allocationMessage("en", "population-date-at-best-none", {
          date: "January 1, 2020",
          value: "117,351",
        }),
      })
    ).toBe(
      "Aalborg: 120,000 is not Statistics Denmark's figure for any date from January 1, 2008 to January 1, 2024 (January 1, 2020: 117,351)"
    );
  });

  test("a year that is not a year, in English", () => {
    expect(message("en", "bad-year", { text: "tyve-tyve" })).toBe("'tyve-tyve' is not a year");
  });

  test("an unknown Erhvervshus with no close name lists the six houses (Danish)", () => {
    const m = DK.matchHub("Skåne");
    if (m.ok) throw new Error("Skåne is not an Erhvervshus");
    const text = unmatchedHubMessage("da", m);
    expect(text).toMatch(/^'Skåne' er ikke et Erhvervshus \(brug .+\)$/);
    for (const hub of [
      "Hovedstaden",
      "Sjælland",
      "Fyn",
      "Sydjylland",
      "Midtjylland",
      "Nordjylland",
    ]) {
      expect(text).toContain(hub);
    }
  });

  test("an amount in English is written DKK first, with thousands separated by commas", () => {
    expect(formatKroner(1375000, "en")).toBe("DKK 1,375,000");
    expect(formatKroner(1375000, "da")).toBe("1.375.000 kr.");
  });

  test("a true/false cell is quoted back as Danish Excel shows it: SAND / FALSK", () => {
    expect(cellText(true)).toBe("SAND");
    expect(cellText(false)).toBe("FALSK");
  });

  test("'Afventer data' says 'ingen svar endnu' only when an indicator was asked and had no answers", () => {
    expect(pendingEvaluation("Mål 3", undefined, []).explanation).toBe("Mål 3: Afventer data");
    const noAnswers = { quantity: null } as unknown as Parameters<typeof pendingEvaluation>[1];
    expect(pendingEvaluation("NPS", noAnswers, []).explanation).toBe(
      "NPS: Afventer data: ingen svar endnu"
    );
    // An indicator with answers (the row waits for another reason) does not claim there are none.
    const answered = {
      quantity: { kind: "number", value: 72, percent: false },
    } as unknown as Parameters<typeof pendingEvaluation>[1];
    expect(pendingEvaluation("NPS", answered, []).explanation).toBe("NPS: Afventer data");
  });

  test("a sweep over the rule is refused with a sentence naming what can be swept", () => {
    expect(parseSweep("1.regel=50:70")).toEqual({
      ok: false,
      message:
        "'1.regel=50:70': kun en tærskel, et resultat, en vægt eller en antagelse kan gennemløbes",
    });
  });
});

describe("figures and readings", () => {
  test("≥ and >= in a goal table's direction column mean 'at least'", () => {
    expect(directionFromText("≥")).toBe("mindst");
    expect(directionFromText(" >= ")).toBe("mindst");
    expect(directionFromText("≤")).toBe("hoejst");
  });

  test("a share with no answers is no share (not 0 %, not NaN)", () => {
    expect(share([null, "", "Ved ikke"], ["Ja"], ["Ved ikke"])).toEqual({
      share: null,
      hits: 0,
      answers: 0,
      excluded: 1,
    });
  });

  test("a proportional target of 0 is met by 0: 100 %, not NaN", () => {
    const r = forholdsmaessig(0, 0, "mindst", false, "");
    expect(r.fulfilment).toBe(1);
    expect(r.explanation).toContain("100 %");
  });

  test("NYE counts new companies and takes no quoted answers", () => {
    const r = parseIndicator('NYE(CRM[CVR]; CRM2020[CVR]; "Ja")');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toBe("NYE tager ingen svar i anførselstegn, kun filtre");
  });

  test("Windows-1252 text with »¿ as its second and third bytes is not taken for a UTF-8 byte order mark", () => {
    // 41 BB BF 42 is "A»¿B" in Windows-1252 and invalid UTF-8; only EF BB BF is a BOM.
    expect(decodeText(new Uint8Array([0x41, 0xbb, 0xbf, 0x42]))).toEqual({
      text: "A»¿B",
      encoding: "windows-1252",
    });
  });

  test("Copenhagen's hub written without ø, and an empty cell, which names no hub", () => {
    expect(DK.matchHub("Kobenhavn")).toEqual({ ok: true, hub: "Hovedstaden" });
    expect(DK.matchHub("").ok).toBe(false);
  });

  test("a key with English headers: the Amount column is the amounts (B1 in Municipality;Amount)", () => {
    const csv = "Municipality;Amount\nAalborg;1000\nBrønderslev;500\n";
    const table = readKeyTable(csvBytesToRawTable(Buffer.from(csv, "utf8"), "key.csv").table);
    expect(table.headerCells.amount).toBe("B1");
  });

  test("a name followed by another municipality's code is not read as that code", () => {
    // 851 is Aalborg's code; "Vejle 851" must not silently become Aalborg.
    const m = DK.match("Vejle 851");
    expect(m.ok && m.municipality.code).not.toBe(851);
  });

  test("'name(code)' without a space: read by its code, and a code that is not the name's is refused", () => {
    const m = DK.match("Aalborg(851)");
    expect(m.ok && m.municipality.code).toBe(851);
    // 851 is Aalborg's code, not Vejle's: neither may be picked silently.
    expect(DK.match("Vejle(851)").ok).toBe(false);
  });
});
