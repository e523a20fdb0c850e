// The audit's dating of a key's populations, the cases the seed-000 tests leave open: no date at all, a figure from
// several other dates (listed with "og"; more than three as a span), a figure from no date, the counts in the summary,
// in Danish and English. Figures: DST's FOLK1A as shipped (Nordjylland on 1 January 2019; Læsø's 1.808 residents were
// counted on 1 January 2014, 1 July 2015 and 1 April 2017), and one small quarterly series made up here, passed in
// as the reference the audit takes. The mutation run over src/core/allocate/audit.ts found these unpinned.
import { auditKey, csvToRawTable, readKeyTable, type KeyTable } from "../../src/core/allocate";
import type { QuarterlyPopulations } from "../../src/core/municipalities/registry";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import { SHIPPED_QUARTERS } from "../../src/core/municipalities/shippedQuarters";

const reference = { registry: DK, quarterly: SHIPPED_QUARTERS };

function tableOf(rows: [string, number | string][]): KeyTable {
  const csv = `Kommune;Indbyggere\n${rows.map(([n, p]) => `${n};${p}`).join("\n")}\n`;
  return readKeyTable(csvToRawTable(csv, "nøgle.csv"));
}
const seen = (t: KeyTable, locale: "da" | "en", ref = reference) => {
  const r = auditKey(t, { locale }, undefined, ref);
  return {
    findings: r.findings.map((f) => [
      f.kind,
      f.severity,
      f.cell,
      f.row,
      f.stated,
      f.recomputed,
      f.message,
    ]),
    summary: r.summary,
  };
};

describe("Nordjylland on 1 January 2019, but Morsø 12.345 (no date) and Læsø 1.808 (three other dates)", () => {
  const rows: [string, number][] = [
    ["Morsø", 12_345],
    ["Thisted", 43_660],
    ["Brønderslev", 36_370],
    ["Frederikshavn", 59_987],
    ["Vesthimmerlands", 37_121],
    ["Læsø", 1808],
    ["Rebild", 29_916],
    ["Mariagerfjord", 42_055],
    ["Jammerbugt", 38_460],
    ["Aalborg", 215_312],
    ["Hjørring", 64_665],
  ];
  const table = tableOf(rows);

  test("Danish: the date of 9 of 11, Morsø's 20.403 and Læsø's 1.806 on that date", () => {
    expect(seen(table, "da")).toEqual({
      findings: [
        [
          "population-date",
          "note",
          "B1",
          null,
          null,
          9,
          "indbyggertallene er Danmarks Statistiks tal pr. 1. januar 2019 (9 af 11 kommuner). De nyeste tal er pr. 1. januar 2026",
        ],
        [
          "population-date-none",
          "discrepancy",
          "B2",
          "Morsø",
          12_345,
          20_403,
          "Morsø: 12.345 er ikke Danmarks Statistiks tal pr. nogen dato fra 1. januar 2008 til 1. januar 2026 (pr. 1. januar 2019: 20.403)",
        ],
        [
          "population-date-other",
          "discrepancy",
          "B7",
          "Læsø",
          1808,
          1806,
          "Læsø: 1.808 er Danmarks Statistiks tal pr. 1. januar 2014 og 1. juli 2015 og 1. april 2017, ikke pr. 1. januar 2019 (1.806)",
        ],
      ],
      summary:
        "Revision: 2 afvigelser, 1 forklaring. Indbyggertallene er fra 1. januar 2019 (9 af 11 kommuner); 1 er fra en anden dato; 1 passer ikke med nogen dato.",
    });
  });

  test("English", () => {
    const { findings, summary } = seen(table, "en");
    expect(findings.map((f) => f[6])).toEqual([
      "the populations are Statistics Denmark's figures for January 1, 2019 (9 of 11 municipalities). The latest figures are for January 1, 2026",
      "Morsø: 12,345 is not Statistics Denmark's figure for any date from January 1, 2008 to January 1, 2026 (January 1, 2019: 20,403)",
      "Læsø: 1,808 is Statistics Denmark's figure for January 1, 2014 and July 1, 2015 and April 1, 2017, not for January 1, 2019 (1,806)",
    ]);
    expect(summary).toBe(
      "Audit: 2 discrepancies, 1 explanation. The populations are from January 1, 2019 (9 of 11 municipalities); 1 from another date; 1 matching no date."
    );
  });
});

test("figures from no date at all: one note, no row findings", () => {
  const table = tableOf([
    ["Læsø", 1234],
    ["Samsø", 99],
  ]);
  expect(seen(table, "da")).toEqual({
    findings: [
      [
        "population-date",
        "note",
        "B1",
        null,
        null,
        0,
        "ingen af indbyggertallene er Danmarks Statistiks tal for en kommune pr. en dato fra 1. januar 2008 til 1. januar 2026. De nyeste tal er pr. 1. januar 2026",
      ],
    ],
    summary:
      "Revision: 0 afvigelser, 1 forklaring. Indbyggertallene er ikke Danmarks Statistiks tal for nogen dato.",
  });
  const en = seen(table, "en");
  expect(en.findings[0][6]).toBe(
    "none of the populations is Statistics Denmark's figure for a municipality on any date from January 1, 2008 to January 1, 2026. The latest figures are for January 1, 2026"
  );
  expect(en.summary).toBe(
    "Audit: 0 discrepancies, 1 explanation. The populations are not Statistics Denmark's figures for any date."
  );
});

describe("a quarterly series made up here: 2020K1 … 2021K1", () => {
  // Læsø 1.800 in all four quarters of 2020, 1.790 on 1 January 2021; Samsø and Fanø each match only 2021K1, which
  // therefore dates 2 of the 4 rows. Aalborg has no series here, so its 1.000 matches nothing and has no figure at
  // the best date.
  const quarterly: QuarterlyPopulations = {
    credit: "test",
    sources: "test",
    quarters: ["2020K1", "2020K2", "2020K3", "2020K4", "2021K1"].map((label) => ({
      label,
      year: Number(label.slice(0, 4)),
      quarter: Number(label[5]) as 1 | 2 | 3 | 4,
    })),
    series: (code) =>
      (
        ({
          825: [1800, 1800, 1800, 1800, 1790],
          741: [3700, 3710, 3720, 3730, 3740],
          563: [3400, 3410, 3420, 3430, 3440],
        }) as Record<number, number[]>
      )[code],
  };
  const table = tableOf([
    ["Læsø", 1800],
    ["Samsø", 3740],
    ["Fanø", 3440],
    ["Aalborg", 1000],
  ]);

  test("four dates are shown as a span; a row without a figure at the best date gets no '(…)'", () => {
    expect(seen(table, "da", { registry: DK, quarterly })).toEqual({
      findings: [
        [
          "population-date",
          "note",
          "B1",
          null,
          null,
          2,
          "indbyggertallene er Danmarks Statistiks tal pr. 1. januar 2021 (2 af 4 kommuner). De nyeste tal er pr. 1. januar 2026",
        ],
        [
          "population-date-other",
          "discrepancy",
          "B2",
          "Læsø",
          1800,
          1790,
          "Læsø: 1.800 er Danmarks Statistiks tal pr. 1. januar 2020 … 1. oktober 2020, ikke pr. 1. januar 2021 (1.790)",
        ],
        [
          "population-date-none",
          "discrepancy",
          "B5",
          "Aalborg",
          1000,
          null,
          "Aalborg: 1.000 er ikke Danmarks Statistiks tal pr. nogen dato fra 1. januar 2020 til 1. januar 2021",
        ],
      ],
      summary:
        "Revision: 2 afvigelser, 1 forklaring. Indbyggertallene er fra 1. januar 2021 (2 af 4 kommuner); 1 er fra en anden dato; 1 passer ikke med nogen dato.",
    });
  });

  test("English", () => {
    const en = seen(table, "en", { registry: DK, quarterly });
    expect(en.findings.map((f) => f[6])).toEqual([
      "the populations are Statistics Denmark's figures for January 1, 2021 (2 of 4 municipalities). The latest figures are for January 1, 2026",
      "Læsø: 1,800 is Statistics Denmark's figure for January 1, 2020 … October 1, 2020, not for January 1, 2021 (1,790)",
      "Aalborg: 1,000 is not Statistics Denmark's figure for any date from January 1, 2020 to January 1, 2021",
    ]);
  });
});

test("a key without populations is not dated, even with the reference", () => {
  const amounts = readKeyTable(csvToRawTable("Kommune;Beløb\nLæsø;250\nSamsø;750", "beløb.csv"));
  expect(auditKey(amounts, {}, undefined, reference).findings).toEqual([]);
  const blank = readKeyTable(
    csvToRawTable("Kommune;Indbyggere;Beløb\nLæsø;;250\nSamsø;;750", "tomme.csv")
  );
  expect(auditKey(blank, {}, undefined, reference).findings).toEqual([]);
});
