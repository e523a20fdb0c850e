// The answer metrics at their edges (src/core/metrics): how answers compare (trimmed, any case, a non-breaking space
// as a space), what is no answer, CVR numbers as people write them, and filters on numbers, texts, blanks and rows
// past a short column. Every count below is made by hand from the few cells shown.
import {
  answerKey,
  companyKey,
  count,
  filterMask,
  newShare,
  nps,
  share,
} from "../../src/core/metrics";

describe("answers as users see them", () => {
  test("answerKey: trimmed, lower case, a non-breaking space is a space; an empty cell is ''", () => {
    expect(answerKey("\u00a0I\u00a0HØJ grad ")).toBe("i høj grad");
    expect(answerKey(null)).toBe("");
    expect(answerKey(2021)).toBe("2021");
  });

  test("a share counts 'I\u00a0høj grad' (pasted with a non-breaking space) as 'I høj grad'", () => {
    expect(share(["I\u00a0høj grad", "I HØJ GRAD", "I lav grad", "   "], ["i høj grad"])).toEqual({
      share: 2 / 3,
      hits: 2,
      answers: 3,
      excluded: 0,
    });
  });

  test("NPS: a cell of spaces is no answer; TRUE is not an answer from 0 to 10; '9' and 9 are the same", () => {
    // 10, "9" promoters; 7 passive; 0 detractor: (2 − 1)/4 × 100 = 25.
    expect(nps(["  ", 10, "9", 7, 0, true, ""])).toEqual({
      score: 25,
      answers: 4,
      promoters: 2,
      passives: 1,
      detractors: 1,
      invalid: [{ row: 5, text: "true" }],
    });
  });

  test("with a mask only the rows in it count: NPS, share, count and new companies", () => {
    const mask = Uint8Array.from([1, 0, 1, 0]);
    expect(nps([10, 0, 8, 0], mask)).toMatchObject({ score: 50, answers: 2 }); // (1 − 0)/2
    expect(share(["Ja", "Ja", "Nej", "Ja"], ["Ja"], [], mask)).toEqual({
      share: 1 / 2,
      hits: 1,
      answers: 2,
      excluded: 0,
    });
    expect(count(["Ja", "Ja", "Nej", "Ja"], ["ja"], mask)).toEqual({ count: 1, rows: 2 });
    expect(newShare(["1", "2", "3", "4"], ["3"], mask)).toEqual({
      share: 1 / 2,
      newCompanies: 1,
      companies: 2,
    });
  });
});

describe("CVR numbers", () => {
  test.each<[string | number, string]>([
    [12345678, "12345678"],
    ["12345678", "12345678"],
    ["12-34-56-78", "12345678"],
    ["DK 12 34 56 78", "12345678"],
    ["dk12345678", "12345678"],
    [" 12345678 ", "12345678"],
  ])("%j is %s", (cvr, key) => {
    expect(companyKey(cvr)).toBe(key);
  });

  test("a company written three ways last year is not new this year; blanks are no company", () => {
    expect(
      newShare([12345678, "87654321", null, "  "], ["12-34-56-78", null, "DK 87 65 43 21"])
    ).toEqual({
      share: 0,
      newCompanies: 0,
      companies: 2,
    });
  });
});

describe("filters", () => {
  test("no filter is no mask", () => {
    expect(filterMask(3, [])).toBeUndefined();
  });

  test("a text filter in any case and spacing; '<>' keeps the others", () => {
    const segment = ["drift", " DRIFT ", "Drift", "Vækst"];
    expect(
      Array.from(filterMask(4, [{ values: segment, operator: "=", value: "Drift" }])!)
    ).toEqual([1, 1, 1, 0]);
    expect(
      Array.from(filterMask(4, [{ values: segment, operator: "<>", value: "Drift" }])!)
    ).toEqual([0, 0, 0, 1]);
  });

  test("a number filter matches numbers and numeric text, with spaces around", () => {
    const year = [" 2021 ", "2021", 2021, "2020", 2020];
    expect(Array.from(filterMask(5, [{ values: year, operator: "=", value: 2021 }])!)).toEqual([
      1, 1, 1, 0, 0,
    ]);
    // A text filter "2021" matches the number 2021 too.
    expect(Array.from(filterMask(5, [{ values: year, operator: "=", value: "2021" }])!)).toEqual([
      1, 1, 1, 0, 0,
    ]);
  });

  test('Segment="" picks the rows without a segment; rows past a short column have none', () => {
    const segment = ["Drift", null, ""];
    expect(Array.from(filterMask(4, [{ values: segment, operator: "=", value: "" }])!)).toEqual([
      0, 1, 1, 1,
    ]);
    expect(
      Array.from(filterMask(4, [{ values: segment, operator: "=", value: "Drift" }])!)
    ).toEqual([1, 0, 0, 0]);
    expect(
      Array.from(filterMask(4, [{ values: segment, operator: "<>", value: "Drift" }])!)
    ).toEqual([0, 1, 1, 1]);
  });

  test("two filters: a row out by the first stays out", () => {
    const segment = ["Drift", "Vækst", "Drift"];
    const year = [2021, 2021, 2020];
    expect(
      Array.from(
        filterMask(3, [
          { values: segment, operator: "=", value: "Drift" },
          { values: year, operator: "<>", value: 2020 },
        ])!
      )
    ).toEqual([1, 0, 0]);
  });
});
