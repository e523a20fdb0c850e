// The key audit as the consultant reads it, finding by finding, in Danish and English: the whole message and the
// one-line summary, on small keys written here whose arithmetic is worked out by hand in the comments. Each case is
// one the mutation run over src/core/allocate/audit.ts found unpinned (total-row share, the sign of an amount's
// difference, the circular-key skip, the gap's direction, the quarterly hint, the unexplained rounding, …).
import {
  allocate,
  auditKey,
  csvToRawTable,
  keyFromTable,
  legacyRoundingCanGive,
  readKeyTable,
  type Allocation,
  type AllocationOptions,
  type AuditReport,
  type KeyTable,
} from "../../src/core/allocate";

function table(lines: string[]): KeyTable {
  const t = readKeyTable(csvToRawTable(lines.join("\n"), "nøgle.csv"));
  expect(t.errors).toEqual([]);
  return t;
}

function allocated(
  t: KeyTable,
  options: AllocationOptions,
  basis: "population" | "amount"
): Allocation {
  const { key, errors } = keyFromTable(t, basis);
  expect(errors).toEqual([]);
  const outcome = allocate(key, options);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join("\n"));
  return outcome.allocation;
}

/** kind, severity, cell, row, stated, recomputed, message: everything the pane shows of a finding. */
const seen = (r: AuditReport) =>
  r.findings.map((f) => [f.kind, f.severity, f.cell, f.row, f.stated, f.recomputed, f.message]);

describe("the total row against the rows", () => {
  // Populations 1.000 + 2.000 + 1.000 = 4.000, not the 4.100 printed; shares 25 + 50 + 25 = 100,00 %, not 99,00 %.
  const key = table([
    "Kommune;Indbyggere;Andel",
    "Læsø;1.000;25,00 %",
    "Samsø;2.000;50,00 %",
    "Fanø;1.000;25,00 %",
    "I alt;4.100;99,00 %",
  ]);

  test("Danish: the population total and the share total are both flagged, at B5 and C5", () => {
    const report = auditKey(key, {});
    expect(seen(report)).toEqual([
      [
        "total-row-mismatch",
        "discrepancy",
        "B5",
        null,
        4100,
        4000,
        "totalrækken angiver 4.100 indbyggere, men kommunerne summer til 4.000",
      ],
      [
        "total-row-mismatch",
        "discrepancy",
        "C5",
        null,
        0.99,
        1,
        "totalrækken angiver andelen 99,00 %, men andelene summer til 100,00 %",
      ],
    ]);
    expect(report.summary).toBe(
      "Revision: 2 afvigelser, 0 forklaringer. Totalrækken angiver 4.100 indbyggere, summen er 4.000; totalrækken angiver 99,00 %, andelene summer til 100,00 %."
    );
  });

  test("English: the same two findings, in English notation", () => {
    const report = auditKey(key, { locale: "en" });
    expect(report.findings.map((f) => f.message)).toEqual([
      "the total row states 4,100 residents, but the municipalities add up to 4,000",
      "the total row states the share 99.00%, but the shares add up to 100.00%",
    ]);
    expect(report.summary).toBe(
      "Audit: 2 discrepancies, 0 explanations. The total row states 4,100 residents, the sum is 4,000; the total row states 99.00%, the shares add up to 100.00%."
    );
  });

  test("a total row that agrees (4.000 and 100,00 %) gives no finding", () => {
    const ok = table([
      "Kommune;Indbyggere;Andel",
      "Læsø;1.000;25,00 %",
      "Samsø;2.000;50,00 %",
      "Fanø;1.000;25,00 %",
      "I alt;4.000;100,00 %",
    ]);
    const report = auditKey(ok, {});
    expect(report.findings).toEqual([]);
    expect(report.summary).toBe("Revision: ingen afvigelser. Andele, beløb og totaler stemmer.");
    expect(auditKey(ok, { locale: "en" }).summary).toBe(
      "Audit: no discrepancies. Shares, amounts and totals agree."
    );
  });

  test("the amount total: 250 + 750 = 1.000 kr., not the 1.010 kr. printed", () => {
    const key2 = table(["Kommune;Beløb", "Læsø;250", "Samsø;750", "I alt;1.010"]);
    expect(seen(auditKey(key2, {}))).toEqual([
      [
        "total-row-mismatch",
        "discrepancy",
        "B4",
        null,
        1010,
        1000,
        "totalrækken angiver 1.010 kr., men beløbene summer til 1.000 kr.",
      ],
    ]);
    const en = auditKey(key2, { locale: "en" });
    expect(en.findings[0].message).toBe(
      "the total row states DKK 1,010, but the amounts add up to DKK 1,000"
    );
    expect(en.summary).toBe(
      "Audit: 1 discrepancy, 0 explanations. The total row states DKK 1,010, the amounts add up to DKK 1,000."
    );
  });

  test("a total printed in whole kroner agrees with øre amounts that round to it: 250,40 + 749,20 = 999,60 → 1.000 kr.", () => {
    const key2 = table(["Kommune;Beløb", "Læsø;250,40", "Samsø;749,20", "I alt;1.000"]);
    expect(auditKey(key2, {}).findings).toEqual([]);
  });
});

describe("shares printed as fractions (3 decimals), 1.000 residents each of 3.000", () => {
  test("0,333 × 3 = 0,999: the sum is flagged at the header (no total row), Danish and English", () => {
    const key = table([
      "Kommune;Indbyggere;Andel",
      "Læsø;1.000;0,333",
      "Samsø;1.000;0,333",
      "Fanø;1.000;0,333",
    ]);
    const da = auditKey(key, {});
    expect(seen(da)).toEqual([
      [
        "share-sum",
        "discrepancy",
        "C1",
        null,
        0.999,
        1,
        "de angivne andele summer til 0,999, ikke 1,000",
      ],
    ]);
    expect(da.summary).toBe("Revision: 1 afvigelse, 0 forklaringer. Andelene summer til 0,999.");
    const en = auditKey(key, { locale: "en" });
    expect(en.findings[0].message).toBe("the stated shares add up to 0.999, not 1.000");
    expect(en.summary).toBe("Audit: 1 discrepancy, 0 explanations. The shares add up to 0.999.");
  });

  test("Fanø's 0,334 is not 1.000/3.000 = 0,33333 → 0,333 (the sum 1,000 is then right)", () => {
    const key = table([
      "Kommune;Indbyggere;Andel",
      "Læsø;1.000;0,333",
      "Samsø;1.000;0,333",
      "Fanø;1.000;0,334",
    ]);
    const da = auditKey(key, {});
    expect(seen(da)).toEqual([
      [
        "share-mismatch",
        "discrepancy",
        "C4",
        "Fanø",
        0.334,
        0.333,
        "Fanø: angivet andel 0,334, men 1.000 af 3.000 indbyggere er 0,33333, dvs. 0,333",
      ],
    ]);
    expect(da.summary).toBe(
      "Revision: 1 afvigelse, 0 forklaringer. 1 af 3 andele følger ikke af indbyggertallene."
    );
    const en = auditKey(key, { locale: "en" });
    expect(en.findings[0].message).toBe(
      "Fanø: stated share 0.334, but 1,000 of 3,000 residents is 0.33333, i.e. 0.333"
    );
    expect(en.summary).toBe(
      "Audit: 1 discrepancy, 0 explanations. 1 of 3 shares do not follow from the populations."
    );
  });
});

describe("stated amounts against the recomputation (1.000 kr. over 1.000 : 2.000 : 1.000 residents)", () => {
  // Largest remainder, whole kroner: 1.000 × ¼ = 250, × ½ = 500, × ¼ = 250, no remainders.
  test("Samsø states 10 kr. too much (−10 kr. in the recomputation), Fanø 10 kr. too little (+10 kr.)", () => {
    const key = table([
      "Kommune;Indbyggere;Beløb",
      "Læsø;1.000;250",
      "Samsø;2.000;510",
      "Fanø;1.000;240",
    ]);
    const a = allocated(key, { total: 1000 }, "population");
    const da = auditKey(key, { total: 1000 }, a);
    // 250 + 510 + 240 = 1.000: no gap to the total, only the two rows.
    expect(seen(da)).toEqual([
      [
        "amount-mismatch",
        "discrepancy",
        "C3",
        "Samsø",
        510,
        500,
        "Samsø: angivet 510 kr., genberegnet med største rest (Hamilton) 500 kr. (−10 kr.)",
      ],
      [
        "amount-mismatch",
        "discrepancy",
        "C4",
        "Fanø",
        240,
        250,
        "Fanø: angivet 240 kr., genberegnet med største rest (Hamilton) 250 kr. (+10 kr.)",
      ],
    ]);
    expect(da.summary).toBe(
      "Revision: 2 afvigelser, 0 forklaringer. 2 af 3 beløb afviger fra genberegningen."
    );
    const en = auditKey(key, { total: 1000, locale: "en" }, a);
    expect(en.findings.map((f) => f.message)).toEqual([
      "Samsø: stated DKK 510, recomputed with largest remainder (Hamilton) DKK 500 (−DKK 10)",
      "Fanø: stated DKK 240, recomputed with largest remainder (Hamilton) DKK 250 (+DKK 10)",
    ]);
    expect(en.summary).toBe(
      "Audit: 2 discrepancies, 0 explanations. 2 of 3 amounts differ from the recomputation."
    );
  });

  test("amounts 250/500/250 are reproduced: one note, not circular (the key is the populations)", () => {
    const key = table([
      "Kommune;Indbyggere;Beløb",
      "Læsø;1.000;250",
      "Samsø;2.000;500",
      "Fanø;1.000;250",
    ]);
    const a = allocated(key, { total: 1000 }, "population");
    const da = auditKey(key, { total: 1000 }, a);
    expect(seen(da)).toEqual([
      [
        "amounts-reproduced",
        "note",
        "C1",
        null,
        null,
        null,
        "genberegningen med største rest (Hamilton), 1 årlige beløb og afrunding 1 kr. giver præcis de angivne beløb for alle 3 kommuner",
      ],
    ]);
    expect(da.summary).toBe(
      "Revision: 0 afvigelser, 1 forklaring. Største rest (Hamilton) genskaber de angivne beløb."
    );
    const en = auditKey(key, { total: 1000, locale: "en" }, a);
    expect(en.findings[0].message).toBe(
      "recomputing with largest remainder (Hamilton), 1 yearly amounts and unit DKK 1 gives exactly the stated amounts for all 3 municipalities"
    );
    expect(en.summary).toBe(
      "Audit: 0 discrepancies, 1 explanation. Largest remainder (Hamilton) reproduces the stated amounts."
    );
  });

  test("one row without an amount: nothing is summed against the total or called reproduced", () => {
    // Læsø 250 kr. of 2.000 kr. would be a 1.750-kr. gap if the empty cell counted as 0 kr.
    const key = table(["Kommune;Indbyggere;Beløb", "Læsø;1.000;250", "Samsø;3.000;"]);
    const report = auditKey(key, { total: 2000 });
    expect(report.findings).toEqual([]);
  });
});

describe("a key keyed on its own stated amounts (Nordjylland-like, monthly 1.000-kr. instalments)", () => {
  // 3 × 12.000 kr. = 36.000 kr.; the total 48.000 kr. is 4 monthly units of 1.000 kr., the rows 1 + 1 + 1 = 3.
  const key = table(["Kommune;Beløb (1.000 kr.)", "Læsø;12", "Samsø;12", "Fanø;12"]);
  const monthly = { total: 48_000, unit: 1000, instalments: 12 } as const;

  test("largest remainder on the amounts only moves the leftover unit: no row is flagged, no reproduction claimed", () => {
    // Keyed on 12 : 12 : 12, each quota is 4/3 units a month; the 1 leftover unit goes to one of them, so one row
    // would differ by 12.000 kr. from what is stated, which says nothing about the key itself.
    const a = allocated(key, monthly, "amount");
    const report = auditKey(key, { ...monthly, basis: "amount" }, a);
    expect(report.findings.map((f) => f.kind)).toStrictEqual(["amount-gap", "instalment-rounding"]);
    // 12 + 12 + 12 = 36 (1.000 kr.) of 48: 12.000 kr. short, explained by 3 roundings of 4/3 units a month.
    expect(report.summary).toBe(
      "Revision: 1 afvigelse, 1 forklaring. Beløbene summer til 36.000 kr., 12.000 kr. mindre end totalen; forskellen skyldes, at hver kommunes rate er afrundet for sig til hele 1.000 kr."
    );
  });

  test("the 12.000-kr. gap is explained by rounding each monthly instalment (3 roundings of 4/3 down to 1), English", () => {
    const report = auditKey(key, { ...monthly, basis: "amount", locale: "en" });
    expect(seen(report)).toEqual([
      [
        "amount-gap",
        "discrepancy",
        "B1",
        null,
        36_000,
        48_000,
        "the amounts add up to DKK 36,000, DKK 12,000 less than the total DKK 48,000",
      ],
      [
        "instalment-rounding",
        "note",
        "B1",
        null,
        3,
        4,
        "every amount is divisible by 12 × DKK 1,000 = DKK 12,000, i.e. 12 equal monthly instalments of whole DKK 1,000. The instalments add up to 3 × DKK 1,000 instead of 4 × DKK 1,000, and 12 × DKK 1,000 = DKK 12,000 a year. This is explained by the legacy method, which rounds each municipality's instalment on its own: there are shares that give exactly these instalments, and 3 roundings can together move up to 3 × ½ unit per instalment",
      ],
    ]);
    expect(report.summary).toBe(
      "Audit: 1 discrepancy, 1 explanation. The amounts add up to DKK 36,000, DKK 12,000 less than the total; the gap comes from rounding each municipality's instalment on its own to whole DKK 1,000."
    );
  });
});

describe("gaps to the total", () => {
  test("12 + 24 (1.000 kr.) monthly against 120.000 kr.: 3 units a month instead of 10, more than 2 roundings explain", () => {
    // 12.000 + 24.000 = 36.000 kr. = 3 × 12.000; 120.000 = 10 × 12.000. Two roundings move at most 2 × ½ = 1 unit,
    // the gap is 7 units of 1.000 kr. a month, 84.000 kr. a year.
    const key = table(["Kommune;Beløb (1.000 kr.)", "Læsø;12", "Samsø;24"]);
    const settings = { total: 120_000, unit: 1000, instalments: 12 } as const;
    const da = auditKey(key, settings);
    expect(seen(da)).toEqual([
      [
        "amount-gap",
        "discrepancy",
        "B1",
        null,
        36_000,
        120_000,
        "beløbene summer til 36.000 kr., 84.000 kr. mindre end totalen 120.000 kr.",
      ],
      [
        "instalment-rounding",
        "discrepancy",
        "B1",
        null,
        3,
        10,
        "alle beløb er 12 ens månedsrater af hele 1.000 kr., men raterne afviger 7.000 kr. pr. rate fra totalen. Det er mere, end 2 afrundinger af højst ½ enhed kan forklare",
      ],
    ]);
    expect(da.summary).toBe(
      "Revision: 2 afvigelser, 0 forklaringer. Beløbene summer til 36.000 kr., 84.000 kr. mindre end totalen; forskellen kan ikke forklares af afrunding alene."
    );
    const en = auditKey(key, { ...settings, locale: "en" });
    expect(en.findings[1].message).toBe(
      "every amount is 12 equal monthly instalments of whole DKK 1,000, but the instalments differ by DKK 7,000 per instalment from the total. That is more than 2 roundings of at most ½ unit can explain"
    );
    expect(en.summary).toBe(
      "Audit: 2 discrepancies, 0 explanations. The amounts add up to DKK 36,000, DKK 84,000 less than the total; the gap cannot be explained by rounding alone."
    );
  });

  test("audited as yearly, 4 + 8 (1.000 kr.) against 16.000 kr. looks like quarterly instalments (not monthly: 4.000 is no multiple of 12.000)", () => {
    const key = table(["Kommune;Beløb (1.000 kr.)", "Læsø;4", "Samsø;8"]);
    const da = auditKey(key, { total: 16_000 });
    expect(seen(da)).toEqual([
      [
        "amount-gap",
        "discrepancy",
        "B1",
        null,
        12_000,
        16_000,
        "beløbene summer til 12.000 kr., 4.000 kr. mindre end totalen 16.000 kr.",
      ],
      [
        "instalment-hint",
        "note",
        "B1",
        null,
        null,
        null,
        "alle beløb er delelige med 4 × 1.000 kr.: nøglen ser ud til at være beregnet som kvartalsrater af hele 1.000 kr. Prøv med 4 rater, afrunding 1.000 kr. og metoden 'afrund hver' (round-each) for at genskabe den",
      ],
    ]);
    expect(da.summary).toBe(
      "Revision: 1 afvigelse, 1 forklaring. Beløbene summer til 12.000 kr., 4.000 kr. mindre end totalen; beløbene ligner kvartalsrater af hele 1.000 kr."
    );
    const en = auditKey(key, { total: 16_000, locale: "en" });
    expect(en.findings.map((f) => f.message)).toEqual([
      "the amounts add up to DKK 12,000, DKK 4,000 less than the total DKK 16,000",
      "every amount is divisible by 4 × DKK 1,000: the key looks computed as quarterly instalments of whole DKK 1,000. Try 4 instalments, unit DKK 1,000 and the method 'round each' (round-each) to reproduce it",
    ]);
    expect(en.summary).toBe(
      "Audit: 1 discrepancy, 1 explanation. The amounts add up to DKK 12,000, DKK 4,000 less than the total; the amounts look like quarterly instalments of whole DKK 1,000."
    );
  });

  test("251 + 750 = 1.001 kr. is 1 kr. MORE than 1.000 kr.; 251 is no multiple of 4, so no instalment hint", () => {
    const key = table(["Kommune;Beløb", "Læsø;251", "Samsø;750"]);
    const da = auditKey(key, { total: 1000 });
    expect(seen(da)).toEqual([
      [
        "amount-gap",
        "discrepancy",
        "B1",
        null,
        1001,
        1000,
        "beløbene summer til 1.001 kr., 1 kr. mere end totalen 1.000 kr.",
      ],
    ]);
    expect(da.summary).toBe(
      "Revision: 1 afvigelse, 0 forklaringer. Beløbene summer til 1.001 kr., 1 kr. mere end totalen."
    );
    const en = auditKey(key, { total: 1000, locale: "en" });
    expect(en.findings[0].message).toBe(
      "the amounts add up to DKK 1,001, DKK 1 more than the total DKK 1,000"
    );
    expect(en.summary).toBe(
      "Audit: 1 discrepancy, 0 explanations. The amounts add up to DKK 1,001, DKK 1 more than the total."
    );
  });
});

describe("legacyRoundingCanGive at its edges (each M × share must round half up to its instalment)", () => {
  test("1 + 1 from a total of 1: two halves both round up to 1, so it can (the lower edge is inclusive)", () => {
    expect(legacyRoundingCanGive([1n, 1n], 1n)).toBe(true);
  });
  test("1 + 1 from a total of 3: some quota is at least 1,5, which rounds to 2, so it cannot (the upper edge is open)", () => {
    expect(legacyRoundingCanGive([1n, 1n], 3n)).toBe(false);
  });
  test("1 + 1 from 0: nothing to round up, it cannot", () => {
    expect(legacyRoundingCanGive([1n, 1n], 0n)).toBe(false);
  });
  test("0 + 0 + 2 from 1: a quota of at most 1 never rounds to 2; the zeros allow nothing below 0", () => {
    expect(legacyRoundingCanGive([0n, 0n, 2n], 1n)).toBe(false);
    // 0 + 0 + 2 from 2: the third gets everything, the others 0.
    expect(legacyRoundingCanGive([0n, 0n, 2n], 2n)).toBe(true);
  });
});

describe("what the audit leaves alone, and precision as printed", () => {
  test("a key of only a total row, or with a population of 0 or 1,5, has no share to recompute (and does not fail)", () => {
    expect(auditKey(table(["Kommune;Indbyggere;Andel", "I alt;5;100 %"]), {}).findings).toEqual([]);
    // With Læsø at 0 residents Samsø's 90 % would be 100 %: not said, since the populations are not a key.
    for (const laesoe of ["0", "1,5"]) {
      const t = readKeyTable(
        csvToRawTable(
          `Kommune;Indbyggere;Andel\nLæsø;${laesoe};10,00 %\nSamsø;100;90,00 %`,
          "nøgle.csv"
        )
      );
      expect(auditKey(t, {}).findings).toEqual([]);
    }
  });

  test("shares printed at 0, 1 and 2 decimals add up at the finest: 33 + 33,3 + 33,33 = 99,63 %", () => {
    // 1 : 1 : 1 is 33,333… %, which each share shows rightly at its own precision; only the sum is off.
    const t = table([
      "Kommune;Indbyggere;Andel",
      "Læsø;1;33 %",
      "Samsø;1;33,3 %",
      "Fanø;1;33,33 %",
    ]);
    expect(seen(auditKey(t, {}))).toEqual([
      [
        "share-sum",
        "discrepancy",
        "C1",
        null,
        0.9963,
        1,
        "de angivne andele summer til 99,63 %, ikke 100,00 %",
      ],
    ]);
  });

  test("monthly settings, but 25.000 kr. is no multiple of 12 × 1.000 kr.: the gap is not explained", () => {
    const t = table(["Kommune;Beløb (1.000 kr.)", "Læsø;12", "Samsø;25"]);
    const report = auditKey(t, { total: 48_000, unit: 1000, instalments: 12 });
    expect(report.findings.map((f) => [f.kind, f.message])).toEqual([
      ["amount-gap", "beløbene summer til 37.000 kr., 11.000 kr. mindre end totalen 48.000 kr."],
    ]);
  });

  test("amounts in whole months, but a total of 50.000 kr. is not (50.000 / 12.000 = 4,17), monthly or yearly", () => {
    const t = table(["Kommune;Beløb (1.000 kr.)", "Læsø;12", "Samsø;24"]);
    const gap = [
      "amount-gap",
      "beløbene summer til 36.000 kr., 14.000 kr. mindre end totalen 50.000 kr.",
    ];
    const kinds = (r: AuditReport) => r.findings.map((f) => [f.kind, f.message]);
    expect(kinds(auditKey(t, { total: 50_000, unit: 1000, instalments: 12 }))).toEqual([gap]);
    // Yearly: 50.000 is no multiple of 12.000 nor of 4.000 (12,5 quarters of 1.000 kr.), so no hint either.
    expect(kinds(auditKey(t, { total: 50_000 }))).toEqual([gap]);
  });

  describe("amounts printed in 1.000 kr. against a split in whole kroner: 1.000.000 kr. by 1 : 2 = 333.333 + 666.667 kr.", () => {
    const recomputed = () => {
      const k = table(["Kommune;Indbyggere;Beløb (1.000 kr.)", "Læsø;1;333", "Samsø;2;667"]);
      return allocated(k, { total: 1_000_000 }, "population");
    };

    test("333 and 667 (1.000 kr.) are those amounts at the precision printed", () => {
      const k = table(["Kommune;Indbyggere;Beløb (1.000 kr.)", "Læsø;1;333", "Samsø;2;667"]);
      expect(auditKey(k, { total: 1_000_000 }, recomputed()).findings.map((f) => f.kind)).toEqual([
        "amounts-reproduced",
      ]);
    });

    test("334 and 666 are not: 334.000 − 333.333 = 667 kr. each way", () => {
      const k = table(["Kommune;Indbyggere;Beløb (1.000 kr.)", "Læsø;1;334", "Samsø;2;666"]);
      expect(
        auditKey(k, { total: 1_000_000 }, recomputed()).findings.map((f) => f.message)
      ).toEqual([
        "Læsø: angivet 334.000 kr., genberegnet med største rest (Hamilton) 333.333 kr. (−667 kr.)",
        "Samsø: angivet 666.000 kr., genberegnet med største rest (Hamilton) 666.667 kr. (+667 kr.)",
      ]);
    });

    test("rows are matched by name without case; a row the recomputation lacks is never called reproduced", () => {
      // "læsø" is Læsø: its 333.334 kr. is 1 kr. off. Fanø is not in the recomputation at all.
      const off = table([
        "Kommune;Indbyggere;Beløb",
        "læsø;1;333.334",
        "Samsø;2;666.667",
        "Fanø;3;0",
      ]);
      expect(auditKey(off, {}, recomputed()).findings.map((f) => f.message)).toEqual([
        "læsø: angivet 333.334 kr., genberegnet med største rest (Hamilton) 333.333 kr. (−1 kr.)",
      ]);
      const right = table([
        "Kommune;Indbyggere;Beløb",
        "læsø;1;333.333",
        "Samsø;2;666.667",
        "Fanø;3;0",
      ]);
      expect(auditKey(right, {}, recomputed()).findings).toEqual([]);
    });
  });
});
