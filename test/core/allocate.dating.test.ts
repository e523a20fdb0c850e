// The key audit learns the date of a key's populations from DST's quarterly FOLK1A figures (the shipped data), on
// seed 000's Sydjylland key (assets/fordeling-sydjylland-2020.csv): 12 of its 13 populations are 1 October 2017,
// Vejen's 42.822 is 1 January 2017 (its 1 October 2017 figure is 42.893). Facts from the data README.
import fs from "fs";
import path from "path";
import {
  auditKey,
  csvBytesToRawTable,
  readKeyTable,
  type AuditFinding,
  type KeyTable,
} from "../../src/core/allocate";
import { SHIPPED_MUNICIPALITIES } from "../../src/core/municipalities/shipped";
import { SHIPPED_QUARTERS } from "../../src/core/municipalities/shippedQuarters";

const reference = { registry: SHIPPED_MUNICIPALITIES, quarterly: SHIPPED_QUARTERS };
const ASSETS = path.join(__dirname, "..", "..", "assets");

function keyTable(file: string): KeyTable {
  return readKeyTable(csvBytesToRawTable(fs.readFileSync(path.join(ASSETS, file)), file).table);
}

/** A key written here: municipality and population per line. */
function tableOf(rows: [string, number][]): KeyTable {
  const csv = `Kommune;Indbyggere\n${rows.map(([n, p]) => `${n};${p}`).join("\n")}\n`;
  return readKeyTable(csvBytesToRawTable(Buffer.from(csv, "utf8"), "nøgle.csv").table);
}

const dating = (findings: AuditFinding[]) =>
  findings.filter((f) => f.kind.startsWith("population-date"));

describe("the audit dates a key's populations (seed 000)", () => {
  const report = auditKey(
    keyTable("fordeling-sydjylland-2020.csv"),
    { total: 10_000_000 },
    undefined,
    reference
  );

  test("1 October 2017 for 12 of 13, at the population column's header; Vejen's 42.822 is 1 January 2017, at B12", () => {
    expect(dating(report.findings)).toEqual([
      expect.objectContaining({
        kind: "population-date",
        severity: "note",
        row: null,
        cell: "B1",
        recomputed: 12,
        message:
          "indbyggertallene er Danmarks Statistiks tal pr. 1. oktober 2017 (12 af 13 kommuner). De nyeste tal er pr. 1. januar 2026",
      }),
      expect.objectContaining({
        kind: "population-date-other",
        severity: "discrepancy",
        row: "Vejen",
        cell: "B12",
        stated: 42_822,
        recomputed: 42_893,
        message:
          "Vejen: 42.822 er Danmarks Statistiks tal pr. 1. januar 2017, ikke pr. 1. oktober 2017 (42.893)",
      }),
    ]);
  });

  test("the summary says it after the share findings", () => {
    expect(report.summary).toBe(
      "Revision: 7 afvigelser, 1 forklaring. 5 af 13 andele følger ikke af indbyggertallene; andelene summer til 100,01 %; indbyggertallene er fra 1. oktober 2017 (12 af 13 kommuner); 1 er fra en anden dato."
    );
  });

  test("in English", () => {
    const en = auditKey(
      keyTable("fordeling-sydjylland-2020.csv"),
      { locale: "en" },
      undefined,
      reference
    );
    expect(dating(en.findings).map((f) => f.message)).toEqual([
      "the populations are Statistics Denmark's figures for October 1, 2017 (12 of 13 municipalities). The latest figures are for January 1, 2026",
      "Vejen: 42,822 is Statistics Denmark's figure for January 1, 2017, not for October 1, 2017 (42,893)",
    ]);
  });

  test("without the reference the audit is as before (no dating)", () => {
    const plain = auditKey(keyTable("fordeling-sydjylland-2020.csv"), { total: 10_000_000 });
    expect(dating(plain.findings)).toEqual([]);
  });
});

describe("dating other keys", () => {
  test("seed 003's municipalities with their 1 January 2018 populations: 11 of 11, nothing else to say", () => {
    const rows: [string, number][] = SHIPPED_MUNICIPALITIES.ofHub("Nordjylland").map((m) => [
      m.name,
      SHIPPED_MUNICIPALITIES.population(m, 2018) as number,
    ]);
    const report = auditKey(tableOf(rows), {}, undefined, reference);
    expect(dating(report.findings)).toEqual([
      expect.objectContaining({
        kind: "population-date",
        message: expect.stringContaining("pr. 1. januar 2018 (11 af 11 kommuner)"),
      }),
    ]);
  });

  test("a made-up figure matches no date, a misspelt name cannot be dated (with the suggestion), names as people write them", () => {
    const report = auditKey(
      tableOf([
        ["Aalborg Kommune", 213_558],
        ["Hjørring", 65_257],
        ["Læsø", 1_234],
        ["Thistedd", 43_716],
      ]),
      {},
      undefined,
      reference
    );
    expect(dating(report.findings).map((f) => [f.kind, f.cell, f.message])).toEqual([
      [
        "population-date",
        "B1",
        "indbyggertallene er Danmarks Statistiks tal pr. 1. januar 2018 (2 af 4 kommuner). De nyeste tal er pr. 1. januar 2026",
      ],
      [
        "population-date-none",
        "B4",
        "Læsø: 1.234 er ikke Danmarks Statistiks tal pr. nogen dato fra 1. januar 2008 til 1. januar 2026 (pr. 1. januar 2018: 1.807)",
      ],
      [
        "population-date-unknown",
        "A5",
        "'Thistedd' er ikke en kommune — mente du Thisted?, så indbyggertallet kan ikke dateres",
      ],
    ]);
  });
});
