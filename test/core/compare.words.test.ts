// The Danish word handling behind goal matching (src/core/compare/words.ts), each case worked by hand from the rules
// at the head of that file: the suffixes -erne, -ens, -et, -er, -s (only after the listed letters) come off when at
// least three letters remain; numbers and function words are left out; two words match when equal, when the shorter
// (≥ 4 letters) begins the longer, or when the shorter (≥ 6 letters) is inside it.
import { titleSimilarity, titleWords } from "../../src/core/compare";
import { normaliseGoalNumber, sameTitle, stem, wordsMatch } from "../../src/core/compare/words";

test("stems: the longest listed suffix off, at least three letters left; -s only after a listed letter", () => {
  expect(stem("klyngerne")).toBe("klyng");
  expect(stem("regionens")).toBe("region");
  expect(stem("huset")).toBe("hus"); // 5 − 2 = 3 letters left: enough
  expect(stem("byen")).toBe("byen"); // 4 − 2 = 2: too few
  expect(stem("virksomheds")).toBe("virksomhed"); // d before the s
  expect(stem("kursus")).toBe("kursus"); // u before the s: not a genitive
});

test("title words: lower case, composed letters, numbers and function words out, each stem once, 'mål' out", () => {
  expect(titleWords("Mål 4: 2 indsatser i 2021 og 2022")).toEqual(["indsats"]);
  expect(titleWords("KLYNGER og klyngerne")).toEqual(["klyng"]);
  // "Å" typed as A + combining ring is the letter Å.
  expect(titleWords("A\u030Arhus")).toEqual(["århus"]);
});

test("words match by prefix from 4 letters, inside from 6, either way round", () => {
  expect(wordsMatch("klyn", "klynge")).toBe(true);
  expect(wordsMatch("klynge", "klyn")).toBe(true);
  expect(wordsMatch("kly", "klynge")).toBe(false);
  expect(wordsMatch("strate", "erhvervsstrategi")).toBe(true);
  expect(wordsMatch("strat", "erhvervsstrategi")).toBe(false);
});

test("similarity: both without words alike, one without words 0, else the share of matched words", () => {
  expect(titleSimilarity("", "")).toBe(1);
  expect(titleSimilarity("og i til", "")).toBe(1);
  expect(titleSimilarity("", "Kendskab")).toBe(0);
  expect(titleSimilarity("Kendskab", "")).toBe(0);
  // klyng + kendskab against klyng: 1 of 2 and 1 of 1 matched → 2 / 3.
  expect(titleSimilarity("Klynger og kendskab", "Klyngerne")).toBeCloseTo(2 / 3, 12);
});

test("goal numbers and titles compared as typed, but for case, spaces, punctuation and 'Mål'", () => {
  expect(normaliseGoalNumber(" Mål 4.")).toBe("4");
  expect(normaliseGoalNumber("mål4")).toBe("4");
  expect(normaliseGoalNumber("4a")).toBe("4a");
  expect(sameTitle("Grøn omstilling!", "grøn  omstilling")).toBe(true);
  expect(sameTitle("Grøn omstilling", "Grøn omstilling 2")).toBe(false);
});
