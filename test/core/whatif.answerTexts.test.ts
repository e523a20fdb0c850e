// The sentences "how many answers it takes" is shown by, each count worked out by hand from the counts (the closed form
// itself is checked against brute force in whatif.answers.test.ts): singular and plural, and the sentence for a
// threshold no number of answers reaches.
import { answerPaths, type IndicatorMetric } from "../../src/core/whatif";

/** kind → text */
const texts = (paths: ReturnType<typeof answerPaths>) =>
  Object.fromEntries(paths.map((p) => [p.kind, p.text]));

// 5 promoters, 3 passives, 2 detractors: NPS = (5 − 2) / 10 · 100 = 30.
const NPS = { kind: "nps", promoters: 5, passives: 3, detractors: 2, answers: 10 } as const;

describe("NPS 30 (5/3/2), at least", () => {
  test("40: (3 + k)/(10 + k) ≥ 0,4 → k = 2; one of any change does it (3 + 2 or 3 + 1 ≥ 4)", () => {
    expect(texts(answerPaths(NPS, 40, "mindst"))).toEqual({
      "extra-promoters": "2 svar mere på 9–10",
      "detractors-to-promoters": "1 kritiker der bliver anbefalere",
      "passives-to-promoters": "1 passiv der bliver anbefalere",
      "detractors-to-passives": "1 kritiker der bliver passive",
    });
  });

  test("60: 3 + k ≥ 6 + 0,6k → k = 8; 3 + 2m ≥ 6 → m = 2; 3 + m ≥ 6 → 3 passives, but only 2 detractors", () => {
    const paths = answerPaths(NPS, 60, "mindst");
    expect(texts(paths)).toEqual({
      "extra-promoters": "8 svar mere på 9–10",
      "detractors-to-promoters": "2 kritikere der bliver anbefalere",
      "passives-to-promoters": "3 passive der bliver anbefalere",
      "detractors-to-passives": "kan ikke nås, selv hvis alle 2 kritikere bliver passive",
    });
    expect(paths.map((p) => [p.count, p.available])).toEqual([
      [8, null],
      [2, 2],
      [3, 3],
      [null, 2],
    ]);
  });

  test("100: only promoters would do, and there are others", () => {
    expect(texts(answerPaths(NPS, 100, "mindst"))).toEqual({
      "extra-promoters": "kan ikke nås med flere svar på 9–10",
      "detractors-to-promoters": "kan ikke nås, selv hvis alle 2 kritikere bliver anbefalere",
      "passives-to-promoters": "kan ikke nås, selv hvis alle 3 passive bliver anbefalere",
      "detractors-to-passives": "kan ikke nås, selv hvis alle 2 kritikere bliver passive",
    });
  });
});

describe("NPS 30 (5/3/2), at most", () => {
  test("10: (3 − k)/(10 + k) ≤ 0,1 → k = 2; 3 − 2m ≤ 1 → m = 1; 3 − m ≤ 1 → m = 2", () => {
    expect(texts(answerPaths(NPS, 10, "hoejst"))).toEqual({
      "extra-detractors": "2 svar mere på 0–6",
      "promoters-to-detractors": "1 anbefaler der bliver kritikere",
      "passives-to-detractors": "2 passive der bliver kritikere",
      "promoters-to-passives": "2 anbefalere der bliver passive",
    });
  });

  test("20: 3 − m ≤ 2 → one passive or one promoter; 3 − 2m ≤ 2 → one promoter", () => {
    expect(texts(answerPaths(NPS, 20, "hoejst"))).toMatchObject({
      "promoters-to-detractors": "1 anbefaler der bliver kritikere",
      "passives-to-detractors": "1 passiv der bliver kritikere",
      "promoters-to-passives": "1 anbefaler der bliver passive",
    });
  });

  test("−100: not even every answer a detractor", () => {
    expect(texts(answerPaths(NPS, -100, "hoejst"))).toEqual({
      "extra-detractors": "kan ikke nås med flere svar på 0–6",
      "promoters-to-detractors": "kan ikke nås, selv hvis alle 5 anbefalere bliver kritikere",
      "passives-to-detractors": "kan ikke nås, selv hvis alle 3 passive bliver kritikere",
      "promoters-to-passives": "kan ikke nås, selv hvis alle 5 anbefalere bliver passive",
    });
  });
});

describe("a share: 13 of 20 'I høj grad' or 'I meget høj grad' (65 %)", () => {
  const SHARE: IndicatorMetric = {
    kind: "share",
    hits: 13,
    answers: 20,
    excluded: 0,
    values: ["I høj grad", "I meget høj grad"],
    without: [],
  };
  const hit = "'I høj grad'/'I meget høj grad'";

  test("at least 70 %: (13 + k)/(20 + k) ≥ 0,7 → k = 4; (13 + m)/20 ≥ 0,7 → m = 1", () => {
    expect(texts(answerPaths(SHARE, 0.7, "mindst"))).toEqual({
      "extra-hits": `4 svar mere med ${hit}`,
      "misses-to-hits": `1 andre svar der bliver ${hit}`,
    });
  });

  test("at least 110 %: never, not even if the 7 others change", () => {
    expect(texts(answerPaths(SHARE, 1.1, "mindst"))).toEqual({
      "extra-hits": `kan ikke nås med flere svar med ${hit}`,
      "misses-to-hits": `kan ikke nås, selv hvis alle 7 andre svar bliver ${hit}`,
    });
  });

  test("at most 50 %: 13/(20 + k) ≤ 0,5 → k = 6; (13 − m)/20 ≤ 0,5 → m = 3", () => {
    expect(texts(answerPaths(SHARE, 0.5, "hoejst"))).toEqual({
      "extra-misses": `6 svar mere uden ${hit}`,
      "hits-to-misses": `3 svar med ${hit} der bliver andre svar`,
    });
  });

  test("at most −10 %: never", () => {
    expect(texts(answerPaths(SHARE, -0.1, "hoejst"))).toEqual({
      "extra-misses": `kan ikke nås med flere svar uden ${hit}`,
      "hits-to-misses": `kan ikke nås, selv hvis alle 13 svar med ${hit} ændres`,
    });
  });
});

describe("new companies: 3 of 10 (NYE)", () => {
  const NEW = { kind: "new", newCompanies: 3, companies: 10 } as const;
  test("at least 50 %: (3 + k)/(10 + k) ≥ 0,5 → k = 4; 100 % never", () => {
    expect(texts(answerPaths(NEW, 0.5, "mindst"))).toEqual({
      "extra-new": "4 nye virksomheder mere",
    });
    expect(texts(answerPaths(NEW, 1, "mindst"))).toEqual({
      "extra-new": "kan ikke nås med flere nye virksomheder",
    });
  });
  test("at most 20 %: 3/(10 + k) ≤ 0,2 → k = 5; 0 % never", () => {
    expect(texts(answerPaths(NEW, 0.2, "hoejst"))).toEqual({
      "extra-old": "5 kendte virksomheder mere",
    });
    expect(texts(answerPaths(NEW, 0, "hoejst"))).toEqual({
      "extra-old": "kan ikke nås med flere kendte virksomheder",
    });
  });
});

test("a count has no answers to add: the distance itself says how many", () => {
  expect(answerPaths({ kind: "count", count: 4, rows: 4 }, 5, "mindst")).toEqual([]);
});
