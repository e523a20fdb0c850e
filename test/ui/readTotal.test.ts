// The Fordeling total as a consultant types it (issue 14, item 7): "16,5 mio." is 16.500.000 kr., as seed 003 writes
// the base grant ("16.5 mio. kr."); plain kroner still read as before; text that is no amount is refused.
import { readTotal } from "../../src/taskpane/sections/fordeling/useFordelingState";

test.each([
  ["16,5 mio.", 16_500_000],
  ["16,5 mio. kr.", 16_500_000],
  ["16,5 mio", 16_500_000],
  ["16,5 millioner", 16_500_000],
  ["1,25 mia.", 1_250_000_000],
  ["16.500.000", 16_500_000],
  ["16.500.000 kr.", 16_500_000],
])("%s is %d kr.", (text, value) => {
  expect(readTotal(text, "da")).toEqual({ kind: "ok", value });
});

test("English notation: 16.5 million", () => {
  expect(readTotal("16.5 million", "en")).toEqual({ kind: "ok", value: 16_500_000 });
});

test("'mange mio.' is not an amount", () => {
  expect(readTotal("mange mio.", "da").kind).toBe("invalid");
});
