// Every error text of src/core/messages.ts as the user reads it in the pane's error list, Danish (the add-in's
// language) and English (Office in another language): the whole sentence, with the parameters the parser fills in.
// The expected sentences are written out here as the user should read them, not produced by the catalog.
import { cellError, message, readError } from "../../src/core/messages";

describe("the Danish error texts, whole", () => {
  const cases: [string, Record<string, string | number>, string][] = [
    ["not-a-number", { text: "ca. 40" }, "'ca. 40' er ikke et tal"],
    ["excel-error", { error: "#N/A" }, "cellen indeholder fejlen #N/A"],
    ["blank", {}, "cellen er tom"],
    [
      "ratio",
      { text: "3 af 4" },
      "'3 af 4' er ikke et gyldigt antal indsatser (skriv fx '3/4': udførte af planlagte)",
    ],
    [
      "by-year",
      { text: "2021 45" },
      "'2021 45' kan ikke læses som tærskler pr. år (skriv fx '2021: 45 %; 2022: 47 %')",
    ],
    ["fraction", { text: "120 %" }, "'120 %' er ikke en opfyldelse mellem 0 og 100 %"],
    [
      "no-goal-table",
      {},
      "ingen måltabel fundet: en måltabel skal have overskrifterne Nr, Mål og Resultat (eller Indikator) samt tærsklerne 'Mål 100 %' (og evt. 'Mål 50 %')",
    ],
    ["goal-table-not-found", { name: "Mål2021" }, "måltabellen 'Mål2021' findes ikke længere"],
    ["missing-column", { column: "Nr" }, "kolonnen 'Nr' mangler i måltabellen"],
    ["empty-table", {}, "måltabellen er tom: der er ingen mål under overskriftsrækken"],
    [
      "duplicate-row",
      { goal: "3", part: "", segment: "", other: 7 },
      "mål 3 står to gange (også i række 7)",
    ],
    [
      "duplicate-row",
      { goal: "3", part: "Drift", segment: "Små", other: 7 },
      "mål 3, del 'Drift', segment 'Små' står to gange (også i række 7)",
    ],
    [
      "conflicting-title",
      { goal: "2", first: "Vækst", second: "Eksport" },
      "mål 2 har to forskellige titler ('Vækst' og 'Eksport'); brug kolonnen Del til delmål",
    ],
    [
      "conflicting-value",
      { goal: "2", column: "Vægt", first: "1", second: "2" },
      "mål 2 har forskellige værdier i kolonnen Vægt ('1' og '2')",
    ],
    ["missing-nr", {}, "rækken har en titel men intet Nr"],
    [
      "tier-order",
      {
        lower: "Mål 50 %",
        lowerValue: "70",
        higher: "Mål 100 %",
        higherValue: "60",
        direction: "mindst",
      },
      "tærsklen for Mål 50 % (70) er højere end tærsklen for Mål 100 % (60)",
    ],
    [
      "tier-order",
      {
        lower: "Mål 50 %",
        lowerValue: "5",
        higher: "Mål 100 %",
        higherValue: "8",
        direction: "hoejst",
      },
      "tærsklen for Mål 50 % (5) er lavere end tærsklen for Mål 100 % (8)",
    ],
    ["no-threshold", {}, "rækken har et resultat, men ingen tærskel (udfyld 'Mål 100 %')"],
    [
      "unit-mismatch",
      { result: "45 %", threshold: "60", suggestion: "60 %" },
      "resultatet 45 % kan ikke sammenlignes med tærsklen 60: skriv begge som procent (fx 60 %) eller begge som tal",
    ],
    ["missing-year", {}, "tærsklen afhænger af året, men rækken har intet år (udfyld kolonnen År)"],
    [
      "year-not-listed",
      { year: 2023, years: "2021, 2022" },
      "tærsklen har ingen værdi for år 2023 (kun 2021, 2022)",
    ],
    [
      "unknown-rule",
      { text: "Lige", known: "Tærskler, Lineær" },
      "ukendt regel 'Lige' (kendte regler: Tærskler, Lineær)",
    ],
    ["unknown-direction", { text: "op" }, "ukendt retning 'op' (skriv 'mindst' eller 'højst')"],
    ["unknown-combine", { text: "sum" }, "ukendt samling 'sum' (skriv 'gennemsnit' eller 'alle')"],
    ["missing-reason", {}, "en aftalt opfyldelse kræver en begrundelse i kolonnen Begrundelse"],
    [
      "baseline-missing",
      { text: "+5 pp" },
      "tærsklen '+5 pp' er procentpoint og kræver en værdi i kolonnen Basis",
    ],
    [
      "result-kind",
      { text: "ja", rule: "Lineær" },
      "resultatet 'ja' passer ikke til reglen Lineær",
    ],
    ["negative-weight", { text: "-1" }, "vægten '-1' skal være et tal på 0 eller derover"],
    ["bad-year", { text: "tyve" }, "'tyve' er ikke et årstal"],
    [
      "indicator-syntax",
      { token: ")", detail: "mangler en kolonne" },
      "formlen kan ikke læses ved ')': mangler en kolonne",
    ],
    [
      "unknown-function",
      { token: "SUM" },
      "ukendt funktion 'SUM' (kendte: NPS, ANDEL, ANTAL, NYE, DÆKNING, LANDINDEKS)",
    ],
    [
      "indicator-municipalities-missing",
      { fn: "DÆKNING" },
      "DÆKNING kræver kommunedata fra Danmarks Statistik, som ikke er indlæst her",
    ],
    [
      "indicator-hub-ambiguous",
      { counts: "Fyn 3, Sjælland 1", example: 'DÆKNING(Kunder[Kommune]; "Fyn")' },
      'kommunerne fordeler sig på flere Erhvervshuse (Fyn 3, Sjælland 1): skriv huset i formlen, fx DÆKNING(Kunder[Kommune]; "Fyn")',
    ],
    [
      "indicator-no-rural",
      { hub: "Hovedstaden" },
      "Erhvervshus Hovedstaden har ingen landkommuner i denne inddeling, så der er intet landindeks",
    ],
    [
      "unknown-table",
      { token: "Kunder", known: "Evaluering" },
      "ukendt tabel 'Kunder' (fundet: Evaluering)",
    ],
    [
      "unknown-column",
      { token: "Score", table: "Evaluering", known: "Segment, Anbefaling" },
      "ukendt kolonne 'Score' i tabellen Evaluering (kendte: Segment, Anbefaling)",
    ],
    ["bad-nps-answer", { text: "11" }, "'11' er ikke et svar fra 0 til 10"],
    ["more-errors", { count: 4 }, "og 4 flere fejl i samme kolonne"],
    ["result-and-indicator", {}, "rækken har både et resultat og en indikator: slet den ene"],
    [
      "rows-below-table",
      { rows: "20–21", many: 1, text: "Kilde: NPS" },
      "Række 20–21 under tabellen er ikke læst som mål ('Kilde: NPS'): måltabellen slutter ved det sidste mål",
    ],
    [
      "occupied-output",
      { column: "Status" },
      "der står allerede noget, hvor kolonnen 'Status' skal tilføjes: flyt det, eller tilføj selv kolonnen 'Status' i måltabellen",
    ],
    [
      "merged-output",
      { column: "Tilskud", range: "D4:D5", row: "key" },
      "Kolonnen Tilskud har flettede celler i D4:D5 — ophæv fletningen, så hver række i fordelingsnøglen har sin egen celle",
    ],
    [
      "merged-output",
      { column: "Status", range: "H4:H5", row: "goal" },
      "Kolonnen Status har flettede celler i H4:H5 — ophæv fletningen, så hver mål-række har sin egen celle",
    ],
  ];
  test.each(cases)("%s %j", (code, params, text) => {
    expect(message("da", code, params)).toBe(text);
  });
});

describe("the English error texts, whole", () => {
  const cases: [string, Record<string, string | number>, string][] = [
    ["not-a-number", { text: "ca. 40" }, "'ca. 40' is not a number"],
    ["excel-error", { error: "#N/A" }, "the cell holds the error #N/A"],
    ["blank", {}, "the cell is empty"],
    [
      "ratio",
      { text: "3 of 4" },
      "'3 of 4' is not a valid count of activities (write e.g. '3/4': done of planned)",
    ],
    [
      "by-year",
      { text: "2021 45" },
      "'2021 45' cannot be read as thresholds per year (write e.g. '2021: 45 %; 2022: 47 %')",
    ],
    ["fraction", { text: "120 %" }, "'120 %' is not a fulfilment between 0 and 100 %"],
    [
      "no-goal-table",
      {},
      "no goal table found: a goal table needs the headers Nr, Mål and Resultat (or Indikator) and the thresholds 'Mål 100 %' (and optionally 'Mål 50 %')",
    ],
    ["goal-table-not-found", { name: "Mål2021" }, "the goal table 'Mål2021' no longer exists"],
    ["missing-column", { column: "Nr" }, "the goal table has no column 'Nr'"],
    ["empty-table", {}, "the goal table is empty: there are no goals below the header row"],
    [
      "duplicate-row",
      { goal: "3", part: "", segment: "", other: 7 },
      "goal 3 appears twice (also in row 7)",
    ],
    [
      "duplicate-row",
      { goal: "3", part: "Drift", segment: "Små", other: 7 },
      "goal 3, part 'Drift', segment 'Små' appears twice (also in row 7)",
    ],
    [
      "conflicting-title",
      { goal: "2", first: "Vækst", second: "Eksport" },
      "goal 2 has two different titles ('Vækst' and 'Eksport'); use the Del column for parts",
    ],
    [
      "conflicting-value",
      { goal: "2", column: "Vægt", first: "1", second: "2" },
      "goal 2 has different values in the Vægt column ('1' and '2')",
    ],
    ["missing-nr", {}, "the row has a title but no Nr"],
    [
      "tier-order",
      {
        lower: "Mål 50 %",
        lowerValue: "70",
        higher: "Mål 100 %",
        higherValue: "60",
        direction: "mindst",
      },
      "the threshold for Mål 50 % (70) is higher than the threshold for Mål 100 % (60)",
    ],
    [
      "tier-order",
      {
        lower: "Mål 50 %",
        lowerValue: "5",
        higher: "Mål 100 %",
        higherValue: "8",
        direction: "hoejst",
      },
      "the threshold for Mål 50 % (5) is lower than the threshold for Mål 100 % (8)",
    ],
    ["no-threshold", {}, "the row has a result but no threshold (fill in 'Mål 100 %')"],
    [
      "unit-mismatch",
      { result: "45 %", threshold: "60", suggestion: "60 %" },
      "the result 45 % cannot be compared with the threshold 60: write both as percentages (e.g. 60 %) or both as numbers",
    ],
    [
      "missing-year",
      {},
      "the threshold depends on the year, but the row has no year (fill in the År column)",
    ],
    [
      "year-not-listed",
      { year: 2023, years: "2021, 2022" },
      "the threshold has no value for 2023 (only 2021, 2022)",
    ],
    [
      "unknown-rule",
      { text: "Lige", known: "Tærskler, Lineær" },
      "unknown rule 'Lige' (known: Tærskler, Lineær)",
    ],
    ["unknown-direction", { text: "up" }, "unknown direction 'up' (write 'mindst' or 'højst')"],
    ["unknown-combine", { text: "sum" }, "unknown roll-up 'sum' (write 'gennemsnit' or 'alle')"],
    ["missing-reason", {}, "an agreed fulfilment needs a reason in the Begrundelse column"],
    [
      "baseline-missing",
      { text: "+5 pp" },
      "the threshold '+5 pp' is in percentage points and needs a value in the Basis column",
    ],
    ["result-kind", { text: "ja", rule: "Lineær" }, "the result 'ja' does not fit the rule Lineær"],
    ["negative-weight", { text: "-1" }, "the weight '-1' must be a number of 0 or more"],
    ["bad-year", { text: "twenty" }, "'twenty' is not a year"],
    [
      "indicator-syntax",
      { token: ")", detail: "a column is missing" },
      "the formula cannot be read at ')': a column is missing",
    ],
    [
      "unknown-function",
      { token: "SUM" },
      "unknown function 'SUM' (known: NPS, ANDEL, ANTAL, NYE, DÆKNING, LANDINDEKS)",
    ],
    [
      "indicator-municipalities-missing",
      { fn: "DÆKNING" },
      "DÆKNING needs Statistics Denmark's municipality data, which is not loaded here",
    ],
    [
      "indicator-hub-ambiguous",
      { counts: "Fyn 3, Sjælland 1", example: 'DÆKNING(Kunder[Kommune]; "Fyn")' },
      'the municipalities belong to several Erhvervshuse (Fyn 3, Sjælland 1): name the hub in the formula, e.g. DÆKNING(Kunder[Kommune]; "Fyn")',
    ],
    [
      "indicator-no-rural",
      { hub: "Hovedstaden" },
      "Erhvervshus Hovedstaden has no rural municipalities in this classification, so there is no rural index",
    ],
    [
      "unknown-table",
      { token: "Kunder", known: "Evaluering" },
      "unknown table 'Kunder' (found: Evaluering)",
    ],
    [
      "unknown-column",
      { token: "Score", table: "Evaluering", known: "Segment, Anbefaling" },
      "unknown column 'Score' in table Evaluering (known: Segment, Anbefaling)",
    ],
    ["bad-nps-answer", { text: "11" }, "'11' is not an answer from 0 to 10"],
    ["more-errors", { count: 4 }, "and 4 more errors in the same column"],
    ["result-and-indicator", {}, "the row has both a result and an indicator: delete one"],
    [
      "rows-below-table",
      { rows: "20–21", many: 1, text: "Kilde: NPS" },
      "Rows 20–21 under the goal table were not read as goals ('Kilde: NPS'): the table ends at its last goal",
    ],
    [
      "rows-below-table",
      { rows: "20", many: 0, text: "Kilde: NPS" },
      "Row 20 under the goal table was not read as goals ('Kilde: NPS'): the table ends at its last goal",
    ],
    [
      "occupied-output",
      { column: "Status" },
      "there is already something where the column 'Status' would be added: move it, or add the column 'Status' to the goal table yourself",
    ],
    [
      "merged-output",
      { column: "Tilskud", range: "D4:D5", row: "key" },
      "The column Tilskud has merged cells in D4:D5 — unmerge them, so that each row of the key has a cell of its own",
    ],
    [
      "merged-output",
      { column: "Status", range: "H4:H5", row: "goal" },
      "The column Status has merged cells in H4:H5 — unmerge them, so that each goal row has a cell of its own",
    ],
  ];
  test.each(cases)("%s %j", (code, params, text) => {
    expect(message("en", code, params)).toBe(text);
  });
});

describe("a code the catalog does not know", () => {
  test("is shown as the code itself rather than as nothing", () => {
    expect(message("da", "no-such-code")).toBe("no-such-code");
    expect(message("en", "no-such-code")).toBe("no-such-code");
  });
});

describe("readError: a reason from the number reader becomes the message for that cell", () => {
  test("letters that look like digits are named, one by one, and the cell is written again as it should be", () => {
    expect(readError("da", "Mål", "C4", "lookalike:O:70:7O", "7O")).toEqual({
      sheet: "Mål",
      cell: "C4",
      code: "lookalike",
      message: "'7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)",
    });
    // Two letters: "l" (for 1) and "O" (for 0) in "lO5" → 105.
    expect(readError("da", "Mål", "C4", "lookalike:lO:105:lO5", "lO5").message).toBe(
      "'lO5' er ikke et tal: der står bogstavet l i stedet for tallet 1 og bogstavet O i stedet for tallet 0 (skriv 105)"
    );
    // Three letters: a comma between the first ones, "and" before the last.
    expect(readError("en", "Mål", "C4", "lookalike:IoO:100:IoO", "IoO").message).toBe(
      "'IoO' is not a number: it has the letter I instead of the digit 1, the letter o instead of the digit 0 and the letter O instead of the digit 0 (write 100)"
    );
  });

  test("a Danish decimal point is explained with the number written with a comma", () => {
    expect(readError("da", "Mål", "D5", "decimal:16,5", "16.5").message).toBe(
      "'16.5' er ikke et tal: brug komma som decimaltegn (16,5)"
    );
    expect(readError("en", "Mål", "D5", "decimal:16.5", "16,5").message).toBe(
      "'16,5' is not a number: use the workbook's decimal separator (16.5)"
    );
  });

  test("an Excel error in the cell is named, and the reason's own code is used otherwise", () => {
    expect(readError("da", "Mål", "E6", "excel-error:#DIV/0!", "#DIV/0!")).toEqual({
      sheet: "Mål",
      cell: "E6",
      code: "excel-error",
      message: "cellen indeholder fejlen #DIV/0!",
    });
    expect(readError("da", "Mål", "E6", "not-a-number", "ca. 40")).toEqual({
      sheet: "Mål",
      cell: "E6",
      code: "not-a-number",
      message: "'ca. 40' er ikke et tal",
    });
  });

  test("cellError carries the place apart from the message", () => {
    expect(cellError("en", "Mål", "A1", "blank")).toEqual({
      sheet: "Mål",
      cell: "A1",
      code: "blank",
      message: "the cell is empty",
    });
  });
});
