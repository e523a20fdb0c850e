// The allocation's remaining words as the user reads them, each produced by the function a caller uses (the key
// reader, the split, the audit), in the language the other tests leave out: English errors of the key table, Danish
// population errors, the tie-break of an amount key in English, the legacy method's name in the audit, the circular
// note in English, a municipality the audit cannot date in English. The mutation run over
// src/core/allocate/messages.ts found these texts unpinned.
import {
  allocate,
  auditKey,
  csvToRawTable,
  keyFromTable,
  readKeyTable,
  type KeyTable,
} from "../../src/core/allocate";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import { SHIPPED_QUARTERS } from "../../src/core/municipalities/shippedQuarters";

const table = (csv: string, locale: "da" | "en" = "da"): KeyTable =>
  readKeyTable(csvToRawTable(csv, "nøgle.csv"), locale);

test("English key-table errors: a blank population, a blank amount, a share over 100 %", () => {
  const t = table("Kommune;Indbyggere;Beløb\nLæsø;;\nSamsø;3;1");
  expect(keyFromTable(t, "population", "en").errors.map((e) => [e.cell, e.message])).toEqual([
    ["B2", "Læsø has no population"],
  ]);
  expect(keyFromTable(t, "amount", "en").errors.map((e) => [e.cell, e.message])).toEqual([
    ["C2", "Læsø has no amount"],
  ]);
  expect(table("Kommune;Andel\nLæsø;120 %", "en").errors.map((e) => [e.cell, e.message])).toEqual([
    ["B2", "'120 %' is not a share: write e.g. '3,47 %' or '0,0347'"],
  ]);
});

test("Danish population errors and fixed amounts given both ways", () => {
  const outcome = allocate(
    {
      rows: [
        { name: "Fanø", population: 0 },
        { name: "Samsø", population: 1.5 },
      ],
    },
    { total: 10 }
  );
  expect(outcome.ok ? [] : outcome.errors.map((e) => e.message)).toEqual([
    "indbyggertallet for Fanø skal være over 0 (står 0)",
    "indbyggertallet for Samsø skal være et helt tal (står 1,5)",
  ]);
  const twice = allocate(
    { rows: [{ name: "Fanø", population: 1, fixed: 1 }] },
    { total: 10, fixedTotal: 1 }
  );
  expect(twice.ok ? [] : twice.errors.map((e) => e.message)).toEqual([
    "brug enten et fast beløb pr. kommune (kolonnen Fast beløb) eller et fælles fast beløb, ikke begge",
  ]);
});

test("an amount key's method sentence in English: ties go to the larger stated amount", () => {
  // 10 kr. by 1 : 3 = 2,5 and 7,5: both round down to 9 in all, the 1 leftover unit to a remainder of ½.
  const outcome = allocate(
    {
      rows: [
        { name: "Læsø", population: 1 },
        { name: "Samsø", population: 3 },
      ],
    },
    { total: 10, basis: "amount", locale: "en" }
  );
  expect(outcome.ok && outcome.allocation.sentence).toBe(
    "Method: largest remainder (Hamilton). Each municipality's yearly amount is rounded down to whole DKK 1, and the 1 remaining unit goes to the municipality with the largest remainder. On equal remainders the unit goes to the larger stated amount first, then by name in Danish alphabetical order. The amounts add up exactly to DKK 10."
  );
});

describe("the audit names the legacy method", () => {
  test("keyed on its own amounts (250 + 750), round-each reproduces them: circular, in English and Danish", () => {
    const t = table("Kommune;Beløb\nLæsø;250\nSamsø;750");
    const { key } = keyFromTable(t, "amount");
    const outcome = allocate(key, { total: 1000, method: "round-each", basis: "amount" });
    if (!outcome.ok) throw new Error("failed");
    const en = auditKey(t, { total: 1000, basis: "amount", locale: "en" }, outcome.allocation);
    expect(en.findings.map((f) => f.message)).toEqual([
      "recomputing with round each (legacy method), 1 yearly amounts and unit DKK 1 gives exactly the stated amounts for all 2 municipalities (the key here is the stated amounts themselves, so this only shows the method is consistent with them; the populations are not in the table)",
    ]);
    expect(en.summary).toBe(
      "Audit: 0 discrepancies, 1 explanation. Round each (legacy method) reproduces the stated amounts."
    );
    const da = auditKey(t, { total: 1000, basis: "amount" }, outcome.allocation);
    expect(da.findings.map((f) => f.message)).toEqual([
      "genberegningen med afrund hver (gammel metode), 1 årlige beløb og afrunding 1 kr. giver præcis de angivne beløb for alle 2 kommuner (nøglen er her de angivne beløb selv, så det viser kun, at metoden er forenelig med dem; indbyggertallene er ikke i tabellen)",
    ]);
    expect(da.summary).toBe(
      "Revision: 0 afvigelser, 1 forklaring. Afrund hver (gammel metode) genskaber de angivne beløb."
    );
  });

  test("260 + 740 against round-each by 1 : 3 (250 + 750): each row 10 kr. off, with its sign", () => {
    const t = table("Kommune;Beløb\nLæsø;260\nSamsø;740");
    const outcome = allocate(
      {
        rows: [
          { name: "Læsø", population: 1 },
          { name: "Samsø", population: 3 },
        ],
      },
      { total: 1000, method: "round-each" }
    );
    if (!outcome.ok) throw new Error("failed");
    const en = auditKey(t, { total: 1000, locale: "en" }, outcome.allocation);
    expect(en.findings.map((f) => f.message)).toEqual([
      "Læsø: stated DKK 260, recomputed with round each (legacy method) DKK 250 (−DKK 10)",
      "Samsø: stated DKK 740, recomputed with round each (legacy method) DKK 750 (+DKK 10)",
    ]);
    expect(en.summary).toBe(
      "Audit: 2 discrepancies, 0 explanations. 2 of 2 amounts differ from the recomputation."
    );
  });
});

test("a misspelt municipality cannot be dated, in English; it is a note, counted but not listed in the summary", () => {
  // Hjørring's 65.257 is DST's figure for 1 January 2018.
  const report = auditKey(
    table("Kommune;Indbyggere\nThistedd;43716\nHjørring;65257"),
    { locale: "en" },
    undefined,
    { registry: DK, quarterly: SHIPPED_QUARTERS }
  );
  expect(report.findings.map((f) => [f.kind, f.severity, f.cell, f.message])).toEqual([
    [
      "population-date",
      "note",
      "B1",
      "the populations are Statistics Denmark's figures for January 1, 2018 (1 of 2 municipalities). The latest figures are for January 1, 2026",
    ],
    [
      "population-date-unknown",
      "note",
      "A2",
      "'Thistedd' is not a municipality — did you mean Thisted?, so its population cannot be dated",
    ],
  ]);
  expect(report.summary).toBe(
    "Audit: 0 discrepancies, 2 explanations. The populations are from January 1, 2018 (1 of 2 municipalities)."
  );
});
