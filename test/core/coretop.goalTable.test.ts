// Reading the goal table (src/core/goalTable.ts) through parseGoalTable, as prepareGoalTable calls it: what each row
// becomes and which errors the user reads, with the cell each error points at. Sheet "Mål", header row 1 (so the first
// body row is sheet row 2), columns from A. Every expectation is worked out from the README's column table.
import {
  directionFromText,
  isPendingText,
  parseGoalTable,
  readsAsGoalNumber,
} from "../../src/core/goalTable";
import { mapGoalColumns } from "../../src/core/headers";
import type { RawCell } from "../../src/core/model";
import { DANISH } from "../../src/core/numbers";
import { rawTable, type TableOptions } from "../helpers/tables";

function parse(
  headers: string[],
  rows: RawCell[][],
  options: TableOptions = {},
  locale: "da" | "en" = "da"
) {
  return parseGoalTable(
    rawTable("Mål", headers, rows, options),
    mapGoalColumns(headers),
    locale,
    DANISH
  );
}
const messages = (p: ReturnType<typeof parse>) =>
  p.rows.flatMap((r) => r.errors.map((e) => `${e.cell}: ${e.message}`));

describe("the words of the Retning column", () => {
  test.each([
    ["mindst", "mindst"],
    ["Min", "mindst"],
    ["Minimum", "mindst"],
    ["at least", "mindst"],
    ["Større er bedre", "mindst"],
    ["≥", "mindst"],
    [" >= ", "mindst"],
    ["højst", "hoejst"],
    ["Hoejst", "hoejst"],
    ["max", "hoejst"],
    ["Maksimum", "hoejst"],
    ["Maximum", "hoejst"],
    ["at most", "hoejst"],
    ["Mindre er bedre", "hoejst"],
    ["≤", "hoejst"],
    ["<=", "hoejst"],
  ])("'%s' is %s", (text, direction) => {
    expect(directionFromText(text)).toBe(direction);
  });

  test.each(["op", "=", ">", "<", "≥≥", ""])("'%s' is no direction", (text) => {
    expect(directionFromText(text)).toBeUndefined();
  });
});

describe("a result that is not in yet", () => {
  test.each([
    "Afventer",
    "Afventer data",
    "afventer måling",
    "Pending",
    "Awaiting data",
    "Ikke målt",
    "ikke målt endnu",
  ])("'%s' awaits data", (text) => {
    expect(isPendingText(text)).toBe(true);
  });
  test.each(["Afventes", "0", "ikke relevant", ""])("'%s' does not", (text) => {
    expect(isPendingText(text)).toBe(false);
  });
});

describe("goal numbers", () => {
  test("a number cell of 0 or more, or the written forms; Infinity, NaN and four digits are not", () => {
    for (const nr of [0, 3, 2.5, "Maal 3", "Mal 3", "mål3", "1.12", "12 b."])
      expect([nr, readsAsGoalNumber(nr)]).toEqual([nr, true]);
    for (const nr of [Number.POSITIVE_INFINITY, Number.NaN, "1.123", "Mål", "1 bb", "a1", "Måls 3"])
      expect([nr, readsAsGoalNumber(nr)]).toEqual([nr, false]);
  });
});

describe("a table without the required columns", () => {
  test("each missing column is named at the header's first cell, and no row is read", () => {
    const p = parse(["Vægt", "Retning"], [[1, "mindst"]]);
    expect(p.errors).toEqual([
      {
        sheet: "Mål",
        cell: "A1",
        code: "missing-column",
        message: "kolonnen 'Resultat' mangler i måltabellen",
      },
      {
        sheet: "Mål",
        cell: "A1",
        code: "missing-column",
        message: "kolonnen 'Nr' mangler i måltabellen",
      },
      {
        sheet: "Mål",
        cell: "A1",
        code: "missing-column",
        message: "kolonnen 'Mål' mangler i måltabellen",
      },
    ]);
    expect(p.rows).toEqual([]);
    expect(p.bodyRowCount).toBe(1);
    expect(p.info).toEqual([]);
  });

  test("an Indikator column stands in for Resultat; only the missing Mål is reported", () => {
    const p = parse(["Nr", "Indikator"], [["1", "NPS(Evaluering[Anbefaling])"]], {
      headerRowIndex: 2,
      firstColumnIndex: 1,
    });
    expect(p.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "B3: kolonnen 'Mål' mangler i måltabellen",
    ]);
  });

  test("a table with headers but no rows is empty, in English too", () => {
    const p = parse(["Nr", "Mål", "Resultat"], [[null, null, null]], {}, "en");
    expect(p.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "A1: the goal table is empty: there are no goals below the header row",
    ]);
  });
});

describe("rows of one goal", () => {
  const headers = ["Nr", "Mål", "Del", "Resultat", "Mål 100 %"];

  test("a row with no Nr and no title continues the goal above; 'Nr.' with a trailing dot is the same goal", () => {
    const p = parse(headers, [
      ["4.", "Eksport", "Drift", 10, 8],
      [null, null, "Vækst", 3, 8],
      ["4", "", "Nye", 1, 8],
      ["5", "Vækst", null, 1, 1],
      ["5.1", "Delmål", null, 1, 1],
    ]);
    expect(p.rows.map((r) => [r.rowNumber, r.nr, r.title, r.part])).toEqual([
      [2, "4", "Eksport", "Drift"],
      [3, "4", "Eksport", "Vækst"],
      [4, "4", "Eksport", "Nye"],
      [5, "5", "Vækst", ""],
      // "5.1" is a goal number of its own: only a trailing dot is dropped.
      [6, "5.1", "Delmål", ""],
    ]);
    expect(messages(p)).toEqual([]);
  });

  test("the goal's title is taken from a later row when its first row had none", () => {
    const p = parse(headers, [
      ["6", null, "Drift", 10, 8],
      ["6", "Turisme", "Vækst", 3, 8],
      [null, null, "Nye", 3, 8],
    ]);
    expect(p.rows.map((r) => r.title)).toEqual(["", "Turisme", "Turisme"]);
    // A title where the first row had none is no second title.
    expect(messages(p)).toEqual([]);
  });

  test("a title without Nr starts no goal: it is an error at the Nr cell; so is the very first row without Nr", () => {
    const p = parse(headers, [
      [null, null, "Drift", 10, 8],
      ["1", "Tilfredshed", null, 72, 60],
      [null, "Ny titel", null, 3, 8],
    ]);
    expect(messages(p)).toEqual([
      "A2: rækken har en titel men intet Nr",
      "A4: rækken har en titel men intet Nr",
    ]);
  });

  test("the same Nr, Del and Segment twice (spelt differently) is reported on the second row, naming the first", () => {
    const p = parse(
      ["Nr", "Mål", "Del", "Segment", "Resultat", "Mål 100 %"],
      [
        ["2", "Vækst", "Små virksomheder", "Drift", 1, 1],
        ["2", "Vækst", "små  virksomheder", "DRIFT", 1, 1],
        ["3", "Eksport", null, null, 1, 1],
        ["3", "Eksport", null, null, 1, 1],
      ]
    );
    expect(messages(p)).toEqual([
      "A3: mål 2, del 'små  virksomheder', segment 'DRIFT' står to gange (også i række 2)",
      "A5: mål 3 står to gange (også i række 4)",
    ]);
  });

  test("two titles for one goal: the second is named at its title cell; a title spelt differently is the same", () => {
    const p = parse(headers, [
      ["7", "Vækst", "A", 1, 1],
      ["7", "VÆKST", "B", 1, 1],
      ["7", "Eksport", "C", 1, 1],
    ]);
    expect(messages(p)).toEqual([
      "B4: mål 7 har to forskellige titler ('Vækst' og 'Eksport'); brug kolonnen Del til delmål",
    ]);
  });

  test("a goal's weight, roll-up and agreed fulfilment must agree across its rows; each difference is named", () => {
    const p = parse(
      [
        "Nr",
        "Mål",
        "Del",
        "Resultat",
        "Mål 100 %",
        "Vægt",
        "Samling",
        "Aftalt opfyldelse",
        "Begrundelse",
      ],
      [
        ["8", "Vækst", "A", 1, 1, 2, "alle", 0.5, "KKR 3. marts"],
        ["8", "Vækst", "B", 1, 1, 3, "gennemsnit", 0.75, "KKR 3. marts"],
        ["8", "Vækst", "C", 1, 1, 2, "all", 0.5, "KKR 3. marts"],
        ["8", "Vækst", "D", 1, 1, null, null, null, null],
      ]
    );
    expect(messages(p)).toEqual([
      "F3: mål 8 har forskellige værdier i kolonnen Vægt ('2' og '3')",
      "G3: mål 8 har forskellige værdier i kolonnen Samling ('alle' og 'gennemsnit')",
      "H3: mål 8 har forskellige værdier i kolonnen Aftalt opfyldelse ('50 %' og '75 %')",
    ]);
  });
});

describe("the settings columns", () => {
  const headers = [
    "Nr",
    "Mål",
    "Resultat",
    "Mål 100 %",
    "Regel",
    "Retning",
    "Samling",
    "Segmentsamling",
  ];

  test("words in Regel, Retning, Samling and Segmentsamling become the row's settings", () => {
    const p = parse(headers, [
      ["1", "A", 1, 1, "Lineær", "højst", "snit", "laveste"],
      ["2", "B", 1, 1, null, "≥", "mean", "lowest"],
      ["3", "C", 1, 1, null, null, "average", "min"],
      ["4", "D", 1, 1, null, null, "Gennemsnit", "ALLE"],
    ]);
    expect(p.rows.map((r) => [r.rule, r.direction, r.combine, r.rowCombine])).toEqual([
      ["lineaer", "hoejst", "gennemsnit", "alle"],
      [undefined, "mindst", "gennemsnit", "alle"],
      [undefined, "mindst", "gennemsnit", "alle"],
      [undefined, "mindst", "gennemsnit", "alle"],
    ]);
    expect(messages(p)).toEqual([]);
  });

  test("a word none of them knows is an error in its own cell, quoting it", () => {
    const p = parse(headers, [["1", "A", 1, 1, null, "op", "sum", "maks"]]);
    expect(messages(p)).toEqual([
      "F2: ukendt retning 'op' (skriv 'mindst' eller 'højst')",
      "G2: ukendt samling 'sum' (skriv 'gennemsnit' eller 'alle')",
      "H2: ukendt samling 'maks' (skriv 'gennemsnit' eller 'alle')",
    ]);
    expect(p.rows[0].direction).toBe("mindst");
    const rule = parse(headers, [["1", "A", 1, 1, "Lige", null, null, null]]);
    expect(rule.rows[0].errors.map((e) => [e.cell, e.code])).toEqual([["E2", "unknown-rule"]]);
    expect(rule.rows[0].errors[0].message).toMatch(
      /^ukendt regel 'Lige' \(kendte regler: .*trin.*\)$/
    );
  });
});

describe("År and Vægt", () => {
  const headers = ["Nr", "Mål", "Resultat", "Mål 100 %", "År", "Vægt"];
  test("a year from 1900 to 2200, whole; a weight of 0 or more", () => {
    const p = parse(headers, [
      ["1", "A", 1, 1, 1900, 0],
      ["2", "B", 1, 1, 2200, "2,5"],
      ["3", "C", 1, 1, "2024", 1],
      ["4", "D", 1, 1, null, null],
    ]);
    expect(p.rows.map((r) => [r.year, r.weight])).toEqual([
      [1900, 0],
      [2200, 2.5],
      [2024, 1],
      [undefined, undefined],
    ]);
    expect(messages(p)).toEqual([]);
  });

  test("1899, 2201, 2024,5 and words are not years; a negative weight, a percentage or a word is no weight", () => {
    const p = parse(headers, [
      ["1", "A", 1, 1, 1899, -1],
      ["2", "B", 1, 1, 2201, "ja"],
      ["3", "C", 1, 1, "2024,5", "tre"],
      ["4", "D", 1, 1, "tyve", null],
    ]);
    expect(messages(p)).toEqual([
      "E2: '1899' er ikke et årstal",
      "F2: vægten '-1' skal være et tal på 0 eller derover",
      "E3: '2201' er ikke et årstal",
      "F3: vægten 'ja' skal være et tal på 0 eller derover",
      "E4: '2024,5' er ikke et årstal",
      "F4: vægten 'tre' skal være et tal på 0 eller derover",
      "E5: 'tyve' er ikke et årstal",
    ]);
    expect(p.rows.map((r) => [r.year, r.weight])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});

describe("Aftalt opfyldelse and Begrundelse", () => {
  test("an agreed fulfilment with its reason; without a reason, the error is at Begrundelse (or at the agreed cell)", () => {
    const p = parse(
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Aftalt opfyldelse", "Begrundelse"],
      [
        ["1", "A", 1, 1, "75 %", " KKR 3. marts "],
        ["2", "B", 1, 1, 0.5, null],
        ["3", "C", 1, 1, "150", "fordi"],
      ]
    );
    expect(p.rows[0].agreed).toEqual({ value: 0.75, cell: "E2" });
    expect(p.rows[0].reason).toBe("KKR 3. marts");
    expect(p.rows[1].agreed).toEqual({ value: 0.5, cell: "E3" });
    expect(messages(p)).toEqual([
      "F3: en aftalt opfyldelse kræver en begrundelse i kolonnen Begrundelse",
      "E4: '150' er ikke en opfyldelse mellem 0 og 100 %",
    ]);
    const noReasonColumn = parse(["Nr", "Mål", "Resultat", "Aftalt"], [["1", "A", 1, 1]]);
    expect(messages(noReasonColumn)).toEqual([
      "D2: en aftalt opfyldelse kræver en begrundelse i kolonnen Begrundelse",
    ]);
  });
});

describe("Resultat, Indikator, Basis and the thresholds", () => {
  test("a result is read with its cell and text; 'Afventer data' awaits data; an unreadable one is an error", () => {
    const p = parse(
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %"],
      [
        ["1", "A", " 72,5 ", 60, "50"],
        ["2", "B", "Afventer data", 60, null],
        ["3", "C", "7O", "6O", "#N/A"],
      ]
    );
    expect(p.rows[0].result).toEqual({
      quantity: { kind: "number", value: 72.5, percent: false },
      cell: "C2",
      text: "72,5",
    });
    expect(p.rows[0].resultPending).toBe(false);
    expect(p.rows[0].tiers).toEqual([
      {
        fulfilment: 1,
        quantity: { kind: "number", value: 60, percent: false },
        cell: "D2",
        text: "60",
      },
      {
        fulfilment: 0.5,
        quantity: { kind: "number", value: 50, percent: false },
        cell: "E2",
        text: "50",
      },
    ]);
    expect(p.rows[1].resultPending).toBe(true);
    expect(p.rows[1].result).toBeUndefined();
    expect(p.rows[1].tiers.map((t) => t.cell)).toEqual(["D3"]);
    expect(messages(p)).toEqual([
      "C4: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)",
      "D4: '6O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 60)",
      "E4: cellen indeholder fejlen #N/A",
    ]);
  });

  test("a result (or 'Afventer data') beside an indicator is an error at the result", () => {
    const p = parse(
      ["Nr", "Mål", "Resultat", "Indikator", "Mål 100 %"],
      [
        ["1", "A", 72, "NPS(Evaluering[Anbefaling])", 60],
        ["2", "B", "Afventer", "NPS(Evaluering[Anbefaling])", 60],
        ["3", "C", null, " NPS(Evaluering[Anbefaling]) ", 60],
      ]
    );
    expect(messages(p)).toEqual([
      "C2: rækken har både et resultat og en indikator: slet den ene",
      "C3: rækken har både et resultat og en indikator: slet den ene",
    ]);
    expect(p.rows[2].indicator).toEqual({ text: "NPS(Evaluering[Anbefaling])", cell: "D4" });
  });

  test("a baseline is read with its cell; an unreadable one is an error at it", () => {
    const p = parse(
      ["Nr", "Mål", "Resultat", "Basis", "Mål 100 %"],
      [
        ["1", "A", "40 %", "32 %", "+5 pp"],
        ["2", "B", "40 %", "ca. 30", "+5 pp"],
        ["3", "C", "40 %", null, "45 %"],
      ]
    );
    expect(p.rows[0].baseline).toEqual({
      quantity: { kind: "number", value: 0.32, percent: true },
      cell: "D2",
      text: "32 %",
    });
    expect(p.rows[0].tiers[0].quantity).toEqual({ kind: "points", value: 0.05 });
    expect(messages(p)).toEqual(["D3: 'ca. 30' er ikke et tal"]);
    expect(p.rows[2].baseline).toBeUndefined();
  });
});

describe("Type and Bemærkning are carried as typed", () => {
  test("trimmed; a blank one is left out", () => {
    const p = parse(
      ["Nr", "Mål", "Resultat", "Mål 100 %", "Type", "Bemærkning"],
      [
        ["1", "A", 1, 1, " Nationalt fastsat mål ", "  ok "],
        ["2", "B", 1, 1, null, "  "],
      ]
    );
    expect([p.rows[0].group, p.rows[0].remark]).toEqual(["Nationalt fastsat mål", "ok"]);
    expect("group" in p.rows[1]).toBe(false);
    expect("remark" in p.rows[1]).toBe(false);
  });
});

describe("rows under a plain range's last goal", () => {
  const headers = ["Nr", "Mål", "Resultat", "Mål 100 %"];
  test("one row: 'Række N', quoting its first text", () => {
    const p = parse(headers, [
      ["1", "A", 72, 60],
      [null, null, null, null],
      [null, "  Kilde: NPS-måling Q3 2021 ", null, null],
    ]);
    expect(p.bodyRowCount).toBe(1);
    expect(p.info).toEqual([
      {
        sheet: "Mål",
        cell: "B4",
        code: "rows-below-table",
        message:
          "Række 4 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021'): måltabellen slutter ved det sidste mål",
      },
    ]);
  });

  test("several rows, in English; a text longer than 40 characters is cut at 39 with an ellipsis", () => {
    // 41 characters: the first 39 are kept, then "…".
    const note = "Kilde: NPS-måling Q3 2021 blandt kunderne"; // 41 characters
    expect(note.length).toBe(41);
    const p = parse(
      headers,
      [
        ["1", "A", 72, 60],
        [note, null, null, null],
        [null, null, null, null],
        [null, "x", null, null],
      ],
      { headerRowIndex: 4 },
      "en"
    );
    // Header row 5, so body rows 0–3 are sheet rows 6–9; the notes are rows 7 to 9.
    expect(p.info.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "A7: Rows 7–9 under the goal table were not read as goals ('Kilde: NPS-måling Q3 2021 blandt kunder…'): the table ends at its last goal",
    ]);
    // Exactly 40 characters are quoted whole.
    const exactly40 = parse(headers, [
      ["1", "A", 72, 60],
      [note.slice(0, 40), null, null, null],
    ]);
    expect(exactly40.info[0].message).toBe(
      "Række 3 under tabellen er ikke læst som mål ('Kilde: NPS-måling Q3 2021 blandt kundern'): måltabellen slutter ved det sidste mål"
    );
  });

  test("an Excel table ends where Excel says: a note in it is read as a row", () => {
    const p = parse(
      headers,
      [
        ["1", "A", 72, 60],
        [null, "Kilde: måling", null, null],
      ],
      { source: "table" }
    );
    expect(p.bodyRowCount).toBe(2);
    expect(p.info).toEqual([]);
    expect(messages(p)).toEqual(["A3: rækken har en titel men intet Nr"]);
  });
});

describe("the columns the add-in writes are never input", () => {
  const headers = ["Nr", "Mål", "Resultat", "Mål 100 %", "Opfyldelse", "Status", "Forklaring"];
  test("a row with only last run's outputs between goals is a blank row; under the last goal it is not a goal", () => {
    const p = parse(headers, [
      ["1", "NPS", 72, 60, 1, "Opfyldt", "72 ≥ 60 → 100 %"],
      [null, null, null, null, 0.5, "Delvist opfyldt", null],
      ["2", "Andel", 40, 60, 0, "Ikke opfyldt", "40 < 60 → 0 %"],
      [null, null, null, null, null, "Opfyldt", null],
    ]);
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(messages(p)).toEqual([]);
    expect(p.bodyRowCount).toBe(3);
    expect(p.info.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      "F5: Række 5 under tabellen er ikke læst som mål ('Opfyldt'): måltabellen slutter ved det sidste mål",
    ]);
  });

  test("a title alone under the last goal is not a goal; a threshold alone is one (it has something to evaluate)", () => {
    const titleOnly = parse(headers, [
      ["1", "NPS", 72, 60],
      [null, "Mål 11 er udgået", null, null],
    ]);
    expect(titleOnly.bodyRowCount).toBe(1);
    expect(titleOnly.info).toHaveLength(1);
    const thresholdOnly = parse(headers, [
      ["1", "NPS", 72, 60],
      [null, null, null, 50],
    ]);
    expect(thresholdOnly.bodyRowCount).toBe(2);
    expect(thresholdOnly.info).toEqual([]);
    expect(thresholdOnly.rows.map((r) => [r.nr, r.tiers.length])).toEqual([
      ["1", 1],
      ["1", 1],
    ]);
  });
});
