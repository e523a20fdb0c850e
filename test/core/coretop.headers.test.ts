// How the add-in recognises a goal table's columns by their headers (README: "Headers match ignoring case, spaces,
// punctuation and accents, have the Danish variants found in the contracts … and English aliases"). Each spelling
// below is one a consultant or an English workbook writes; the role it must map to is the README's column table.
import {
  applyColumnOverrides,
  findDataHeaderRow,
  findGoalHeaderRow,
  goalTableScore,
  looksLikeGoalTable,
  mapDescriptiveColumns,
  mapGoalColumns,
  normaliseHeader,
  roleAliases,
  tierFulfilmentFromHeader,
} from "../../src/core/headers";

describe("every header spelling maps to its column", () => {
  test.each([
    // Nr
    ["Nr", "nr"],
    ["No.", "nr"],
    ["Nummer", "nr"],
    ["Mål nr.", "nr"],
    ["Maal nr", "nr"],
    ["Målnummer", "nr"],
    ["Maalnummer", "nr"],
    ["Løbenr.", "nr"],
    ["Løbenummer", "nr"],
    ["ID", "nr"],
    ["Goal no.", "nr"],
    ["Goal ID", "nr"],
    ["Number", "nr"],
    // Mål (the title)
    ["Mål", "title"],
    ["Maal", "title"],
    ["Titel", "title"],
    ["Title", "title"],
    ["Goal", "title"],
    ["Målnavn", "title"],
    ["Overskrift", "title"],
    ["Målsætning", "title"],
    ["Maalsaetning", "title"],
    ["Målbeskrivelse", "title"],
    ["Maalbeskrivelse", "title"],
    // Del, Segment
    ["Del", "part"],
    ["Delmål", "part"],
    ["Delmaal", "part"],
    ["Part", "part"],
    ["Sub-goal", "part"],
    ["Segment", "segment"],
    // Resultat, Indikator
    ["Resultat", "result"],
    ["Result", "result"],
    ["Actual", "result"],
    ["Opnået", "result"],
    ["Opnaaet", "result"],
    ["Opnået resultat", "result"],
    ["Faktisk", "result"],
    ["Faktisk resultat", "result"],
    ["Realiseret", "result"],
    ["Indikator", "indicator"],
    ["Indicator", "indicator"],
    ["Beregning", "indicator"],
    // Regel, Retning, År, Vægt
    ["Regel", "rule"],
    ["Rule", "rule"],
    ["Opfyldelsesregel", "rule"],
    ["Retning", "direction"],
    ["Direction", "direction"],
    ["År", "year"],
    ["Aar", "year"],
    ["Year", "year"],
    ["Årstal", "year"],
    ["Aarstal", "year"],
    ["Vægt", "weight"],
    ["Weight", "weight"],
    // Samling, Segmentsamling
    ["Samling", "combine"],
    ["Roll-up", "combine"],
    ["Aggregation", "combine"],
    ["Combine", "combine"],
    ["Segmentsamling", "rowCombine"],
    ["Rækkesamling", "rowCombine"],
    ["Row roll-up", "rowCombine"],
    ["Segment roll-up", "rowCombine"],
    // Aftalt opfyldelse + Begrundelse, Basis
    ["Aftalt opfyldelse", "agreed"],
    ["Aftalt", "agreed"],
    ["Agreed fulfilment", "agreed"],
    ["Agreed fulfillment", "agreed"],
    ["Agreed", "agreed"],
    ["Begrundelse", "reason"],
    ["Reason", "reason"],
    ["Justification", "reason"],
    ["Basis", "baseline"],
    ["Baseline", "baseline"],
    ["Udgangspunkt", "baseline"],
    ["Nulpunkt", "baseline"],
    ["0-punkt", "baseline"],
    // The columns the add-in writes (never read as input)
    ["Opfyldelse", "outFulfilment"],
    ["Målopfyldelse", "outFulfilment"],
    ["Fulfilment", "outFulfilment"],
    ["Fulfillment", "outFulfilment"],
    ["Status", "outStatus"],
    ["Forklaring", "outExplanation"],
    ["Explanation", "outExplanation"],
  ])("'%s' is the %s column", (header, role) => {
    expect(mapGoalColumns(["Noget andet", header]).roles).toEqual({ [role]: 1 });
  });

  test("a header that is none of them maps to nothing", () => {
    expect(mapGoalColumns(["Kontaktperson", "Ansvarlig"])).toEqual({ roles: {}, tiers: [] });
  });

  test("the header spellings of a role are listed as the pane compares them (normalised)", () => {
    expect(roleAliases("weight")).toEqual(["vaegt", "weight"]);
    expect(roleAliases("outStatus")).toEqual(["status"]);
  });
});

describe("normaliseHeader: case, spaces, punctuation and accents do not matter", () => {
  test.each([
    ["Mål 100 %", "mal100%"],
    ["Vægt", "vaegt"],
    ["Tærskel", "taerskel"],
    ["Løbenr.", "lobenr"],
    ["Opnået resultat", "opnaetresultat"],
    ["ÆØÅ", "aeoa"],
    ["Café-Målnr_2", "cafemalnr2"],
  ])("'%s' → '%s'", (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });
});

describe("threshold headers: 'Mål <p> %' is a tier worth p %", () => {
  test.each([
    ["Mål 100 %", 1],
    ["Maal 50%", 0.5],
    ["Mål 75", 0.75],
    ["Målværdi 80 %", 0.8],
    ["Target 100%", 1],
    ["Threshold 50 %", 0.5],
    ["Tærskel 75 %", 0.75],
    ["Terskel 25 %", 0.25],
    ["Mål 1 %", 0.01],
    ["Måltal", 1],
    ["Maaltal", 1],
    ["Målværdi", 1],
    ["Maalværdi", 1],
  ])("'%s' is a tier worth %d", (header, fulfilment) => {
    expect(tierFulfilmentFromHeader(header)).toBe(fulfilment);
  });

  test.each([
    "Mål 0 %",
    "Mål 101 %",
    "Mål 1000 %",
    "Mål",
    "Mål 50 % i alt",
    "Forventet mål 50 %",
    "Target",
  ])("'%s' is no tier", (header) => {
    expect(tierFulfilmentFromHeader(header)).toBeUndefined();
  });

  test("tiers are listed highest first; a second column for the same tier is not a second threshold", () => {
    // Columns: Nr, Mål, Mål 50 %, Resultat, Mål 100 %, Target 50 % (the same tier as column 2, in English).
    expect(
      mapGoalColumns(["Nr", "Mål", "Mål 50 %", "Resultat", "Mål 100 %", "Target 50 %"])
    ).toEqual({
      roles: { nr: 0, title: 1, result: 3 },
      tiers: [
        { fulfilment: 1, column: 4 },
        { fulfilment: 0.5, column: 2 },
      ],
    });
  });

  test("the first column with a role's header is the one read; a later one with the same header is not", () => {
    expect(mapGoalColumns(["Nr", "Mål", "Resultat", "Result"]).roles).toEqual({
      nr: 0,
      title: 1,
      result: 2,
    });
  });
});

describe("which header row is a goal table's", () => {
  test("a goal table needs both Nr and Mål: either alone is not one", () => {
    expect(looksLikeGoalTable(mapGoalColumns(["Nr", "Mål"]))).toBe(true);
    expect(looksLikeGoalTable(mapGoalColumns(["Nr", "Resultat", "Mål 100 %"]))).toBe(false);
    expect(looksLikeGoalTable(mapGoalColumns(["Mål", "Resultat", "Mål 100 %"]))).toBe(false);
  });

  test("the first of the top rows that has Nr and Mål is the header row; a title line above is skipped", () => {
    expect(
      findGoalHeaderRow([
        ["Resultatkontrakt 2024", null, null],
        ["Nr", "Resultat", null],
        ["Nr", "Mål", "Resultat"],
        ["Nr", "Mål", "Resultat"],
      ])
    ).toBe(2);
    expect(findGoalHeaderRow([["Resultatkontrakt 2024"], [1, "Tilfredshed"]])).toBe(-1);
  });

  test("the score: 10 each for Nr, Mål and a result (or an indicator), 5 for tiers, 1 for each helpful column", () => {
    expect(goalTableScore(mapGoalColumns(["Nr"]))).toBe(10);
    expect(goalTableScore(mapGoalColumns(["Mål"]))).toBe(10);
    expect(goalTableScore(mapGoalColumns(["Resultat"]))).toBe(10);
    expect(goalTableScore(mapGoalColumns(["Indikator"]))).toBe(10);
    expect(goalTableScore(mapGoalColumns(["Mål 100 %"]))).toBe(5);
    expect(goalTableScore(mapGoalColumns(["Kontakt"]))).toBe(0);
    // 10 + 10 + 10 + 5 + 7 helpful (Del, Segment, Regel, Retning, År, Vægt, Aftalt opfyldelse) = 42;
    // Samling, Begrundelse and Basis add nothing.
    expect(
      goalTableScore(
        mapGoalColumns([
          "Nr",
          "Mål",
          "Resultat",
          "Mål 100 %",
          "Del",
          "Segment",
          "Regel",
          "Retning",
          "År",
          "Vægt",
          "Aftalt opfyldelse",
          "Samling",
          "Begrundelse",
          "Basis",
        ])
      )
    ).toBe(42);
  });
});

describe("an evaluation table's header row", () => {
  test("the first row with two texts or more; a one-cell title line above it is passed over", () => {
    expect(
      findDataHeaderRow([
        ["Evaluering 2024", null],
        ["Segment", "Anbefaling"],
        ["Drift", 9],
      ])
    ).toBe(1);
  });

  test("with only one-text rows before the data, the first of them", () => {
    expect(
      findDataHeaderRow([
        [null, null],
        ["Anbefaling", ""],
        ["Svar", null],
        [9, null],
      ])
    ).toBe(1);
  });

  test("data before any header (a number or a yes/no) means no header row", () => {
    expect(findDataHeaderRow([[9, 10]])).toBe(-1);
    expect(
      findDataHeaderRow([
        [true, "Drift"],
        ["Segment", "Anbefaling"],
      ])
    ).toBe(-1);
    expect(findDataHeaderRow([["  ", ""]])).toBe(-1);
  });
});

describe("the user's corrections to the column map", () => {
  const headers = ["Nr", "Mål", "Resultat", "Opnået", "Mål 100 %", "Noter"];
  const detected = () => mapGoalColumns(headers);

  test("no corrections: the detected map as it is", () => {
    const map = detected();
    expect(applyColumnOverrides(headers, map, undefined)).toBe(map);
  });

  test("Resultat=Opnået moves the result to Opnået's column", () => {
    expect(applyColumnOverrides(headers, detected(), { result: "Opnået" })).toEqual({
      roles: { nr: 0, title: 1, result: 3 },
      tiers: [{ fulfilment: 1, column: 4 }],
    });
  });

  test("a header taken for another role is released from it; a threshold column taken for a role is no tier", () => {
    // Mål is mapped as the part: the title loses it. Mål 100 % is mapped as the result: it is no longer a threshold.
    expect(applyColumnOverrides(headers, detected(), { part: "mål", result: "Mål 100 %" })).toEqual(
      { roles: { nr: 0, part: 1, result: 4 }, tiers: [] }
    );
  });

  test("a correction to the first column works like any other: Nr may be pointed at column A again", () => {
    expect(applyColumnOverrides(headers, detected(), { nr: "Nr", title: "Noter" })).toEqual({
      roles: { nr: 0, title: 5, result: 2 },
      tiers: [{ fulfilment: 1, column: 4 }],
    });
  });

  test("an empty header, or one the table lacks, unmaps the role; a role the pane does not list is ignored", () => {
    expect(
      applyColumnOverrides(headers, detected(), {
        result: "",
        title: "Findes ikke",
        outStatus: "Noter",
      })
    ).toEqual({ roles: { nr: 0 }, tiers: [{ fulfilment: 1, column: 4 }] });
  });
});

describe("descriptive columns (issue 17): Type and Bemærkning", () => {
  test.each([
    ["Type", "group"],
    ["Kategori", "group"],
    ["Måltype", "group"],
    ["Maaltype", "group"],
    ["Målgruppe", "group"],
    ["Maalgruppe", "group"],
    ["Category", "group"],
    ["Goal type", "group"],
    ["Goal group", "group"],
    ["Bemærkning", "remark"],
    ["Bemærkninger", "remark"],
    ["Kommentar", "remark"],
    ["Kommentarer", "remark"],
    ["Remark", "remark"],
    ["Remarks", "remark"],
    ["Comment", "remark"],
    ["Comments", "remark"],
  ])("'%s' is the %s column", (header, column) => {
    expect(mapDescriptiveColumns(["Nr", header])).toEqual({ [column]: 1 });
  });

  test("a column another role (or a tier) took is left to it; the next one with the header is used", () => {
    const headers = ["Nr", "Type", "Type", "Kommentar"];
    const map = { roles: { nr: 0, rule: 1 }, tiers: [{ fulfilment: 1, column: 3 }] };
    expect(mapDescriptiveColumns(headers, map)).toEqual({ group: 2 });
    expect(mapDescriptiveColumns(headers)).toEqual({ group: 1, remark: 3 });
  });
});
