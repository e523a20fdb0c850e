// How alike two goal titles are, on normalised Danish words, for matching goals across contract years and hubs.
//
//   words      lower case, letters and digits only; numbers, Danish function words ("og", "til", "af" …) and the
//              words every goal title in a result contract shares ("Erhvervshusenes", "virksomhedernes", "mål") are
//              left out, so two titles are alike only by what they are about;
//   stem       a light Danish suffix strip (-erne, -ene, -er, -en, -et, -e, -s …): "klyngerne" and "klynger" meet;
//   match      two words match when their stems are equal, or the shorter (≥ 4 letters) begins the longer, or the
//              shorter (≥ 6 letters) is inside the longer: Danish joins words, so "knudepunkt" matches
//              "knudepunktsfunktion", "kendskab" matches "kendskabskampagne", "strategi" matches "erhvervsstrategi";
//   similarity the share of words on both sides that match a word on the other side (a Dice coefficient with the
//              matches above), from 0 (nothing shared) to 1.
//
// The thresholds, and why (tested both ways in test/core/compare.match.test.ts):
//   SAME_NUMBER_SIMILARITY 0.4  a goal keeps its number from year to year, so the number is strong evidence and the
//                               wording need only confirm it: seed 002's short labels against the full titles score
//                               0,4 ("Tilfredshed" / "Kvalitet, kompetencer og virksomhedernes tilfredshed") to 1.
//                               Below it the two are different goals under the same number: Nordjylland's local goal
//                               10 "Styrket regionalt samarbejde" and Sydjylland's "Samarbejde med de nationale
//                               klynger" share one word of six (0,33); titles sharing nothing score 0.
//   RENUMBERED_SIMILARITY  0.6  without the number the wording must carry the match alone: most words in common.
import { normaliseHeader } from "../headers";

export const SAME_NUMBER_SIMILARITY = 0.4;
export const RENUMBERED_SIMILARITY = 0.6;

/** Danish function words: they say nothing about what a goal is about. */
const FUNCTION_WORDS = new Set(
  (
    "og i til af med for på de den det der dem en et er som at fra om ved samt eller hhv mv bl a " +
    "inden indenfor under over efter hos ud ind sin sit sine vores deres jf pct procent the of and"
  ).split(" ")
);

/** Words (as stems) that every goal title of a result contract may carry: they tell no two goals apart. */
const CONTRACT_WORDS = new Set(["erhvervshus", "virksomhed", "mål", "kkr"]);

const SUFFIXES = [
  "ernes",
  "erne",
  "enes",
  "ene",
  "ers",
  "er",
  "ens",
  "en",
  "ets",
  "et",
  "es",
  "e",
  "s",
];
/** A final -s is a genitive only after these letters (as in the Snowball Danish stemmer): "hus" keeps its s. */
const S_ENDING = /[abcdfghjklmnoprtvyzå]s$/;

/** A light Danish stem: the longest listed suffix off, leaving at least three letters. */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    if (suffix === "s" && !S_ENDING.test(word)) continue;
    return word.slice(0, word.length - suffix.length);
  }
  return word;
}

/** The words of a title that say what the goal is about, as stems (see the head of this file). */
export function titleWords(title: string): string[] {
  const words = title
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !/^\p{N}+$/u.test(w) && !FUNCTION_WORDS.has(w));
  const stems = [...new Set(words.map(stem))];
  const content = stems.filter((s) => !CONTRACT_WORDS.has(s));
  // A title made only of the common words ("Erhvervshusenes virksomheder") is compared on those.
  return content.length > 0 ? content : stems;
}

/** Whether two stems are the same word, allowing for Danish compounds (see the head of this file). */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  return short.length >= 6 && long.includes(short);
}

/**
 * How alike two titles are, 0–1: the share of the words on both sides that match a word on the other side. Two
 * titles without any words to compare (both empty) are alike (1); one empty against words is 0.
 */
export function titleSimilarity(a: string, b: string): number {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const matchedA = wa.filter((x) => wb.some((y) => wordsMatch(x, y))).length;
  const matchedB = wb.filter((y) => wa.some((x) => wordsMatch(x, y))).length;
  return (matchedA + matchedB) / (wa.length + wb.length);
}

/** A goal number as it is compared: "4", "4.", " Mål 4" and "mål 4" are the same number. */
export function normaliseGoalNumber(nr: string): string {
  return normaliseHeader(nr.replace(/^\s*mål\s*/i, "").replace(/\.$/, ""));
}

/** Whether two titles say the same, ignoring case, spaces and punctuation. */
export function sameTitle(a: string, b: string): boolean {
  return normaliseHeader(a) === normaliseHeader(b);
}
