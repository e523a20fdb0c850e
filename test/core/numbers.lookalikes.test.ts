// Numbers typed with letters that look like digits (issue 14: "7O" for 70, "l5" or "I5" for 15), numbers spaced in
// groups of three, and the other convention's decimals: the reason numbers.ts gives and the sentence the user reads
// (messages.ts readError), written out by hand.
import { readError } from "../../src/core/messages";
import { readNumberText, readPlainNumber, readQuantity } from "../../src/core/numbers";

const ENGLISH = { decimalSeparator: "." as const };

describe("letters that look like digits", () => {
  test.each<[string, string]>([
    ["l5", "lookalike:l:15:l5"],
    ["I5", "lookalike:I:15:I5"],
    ["7o", "lookalike:o:70:7o"],
    ["1O,5", "lookalike:O:10,5:1O,5"],
    ["lO0", "lookalike:lO:100:lO0"], // both letters, in the order written
    ["OO5", "lookalike:O:005:OO5"], // a letter named once
  ])("%j: %s", (text, reason) => {
    expect(readNumberText(text)).toEqual({ ok: false, reason });
  });

  test.each<[string]>([
    ["OO"], // no digit at all: a word, not a number
    ["IO"],
    ["7X"], // no lookalike letter
    ["7Ox"], // the digits put in place make no number
  ])("%j is simply not a number", (text) => {
    expect(readNumberText(text)).toEqual({ ok: false, reason: "not-a-number" });
  });

  test("a percentage, a weight: the same reason, and the sentence names the letters", () => {
    expect(readQuantity("7O %", undefined)).toEqual({ ok: false, reason: "lookalike:O:70:7O" });
    expect(readPlainNumber("l5")).toEqual({ ok: false, reason: "lookalike:l:15:l5" });
    expect(readError("da", "Mål", "F7", "lookalike:O:70:7O", "7O %").message).toBe(
      "'7O %' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70 %)"
    );
    expect(readError("da", "Mål", "F7", "lookalike:lO:100:lO0", "lO0").message).toBe(
      "'lO0' er ikke et tal: der står bogstavet l i stedet for tallet 1 og bogstavet O i stedet for tallet 0 (skriv 100)"
    );
  });
});

describe("spaces between thousands and the other convention's decimals", () => {
  test("only groups of three digits may be spaced", () => {
    expect(readNumberText("1 234 567")).toEqual({ ok: true, value: 1_234_567 });
    expect(readNumberText("-1 234")).toEqual({ ok: true, value: -1_234 });
    expect(readNumberText("12 34")).toEqual({ ok: false, reason: "not-a-number" });
    expect(readNumberText("1 2345")).toEqual({ ok: false, reason: "not-a-number" });
  });

  test("an English workbook: '72,55' is refused with the point spelling; '16.5' reads", () => {
    expect(readNumberText("72,55", ENGLISH)).toEqual({ ok: false, reason: "decimal:72.55" });
    expect(readNumberText("1,5", ENGLISH)).toEqual({ ok: false, reason: "decimal:1.5" });
    expect(readNumberText("16.5", ENGLISH)).toEqual({ ok: true, value: 16.5 });
  });
});
