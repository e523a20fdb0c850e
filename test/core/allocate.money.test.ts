// The split's exact money arithmetic: kroner to whole øre (two decimals at most, float noise forgiven), rounding
// halves up and floor division for negative numbers, ratios beyond 2^53 as the nearest double, and amounts as the
// user reads them. Every expectation is worked out by hand in its comment. The mutation run over
// src/core/allocate/money.ts found these unpinned.
import {
  floorDiv,
  formatCount,
  formatOere,
  ratioToNumber,
  roundHalfUp,
  toKroner,
  toOere,
} from "../../src/core/allocate/money";

describe("kroner to whole øre", () => {
  test("0,29 kr. is 29 øre although 0.29 × 100 = 28.999999999999996; 0,1 + 0,2 kr. is 30 øre", () => {
    expect(toOere(0.29)).toBe(29n);
    expect(toOere(0.1 + 0.2)).toBe(30n);
  });
  test("−1,50 kr. is −150 øre; 123.456.789.012,34 kr. is exact", () => {
    expect(toOere(-1.5)).toBe(-150n);
    expect(toOere(123_456_789_012.34)).toBe(12_345_678_901_234n);
  });
  test("fractions of an øre, NaN and ∞ are not amounts", () => {
    expect(toOere(10.005)).toBeUndefined();
    expect(toOere(1e-7)).toBeUndefined();
    expect(toOere(NaN)).toBeUndefined();
    expect(toOere(Infinity)).toBeUndefined();
  });
  test("back to kroner: −1.234 øre is −12,34 kr.", () => {
    expect(toKroner(-1234n)).toBe(-12.34);
  });
});

describe("rounding halves up, and floor division", () => {
  test("5/2 = 2,5 → 3; −5/2 = −2,5 → −2 (up is towards +∞); 7/4 = 1,75 → 2; −7/4 = −1,75 → −2", () => {
    expect([
      roundHalfUp(5n, 2n),
      roundHalfUp(-5n, 2n),
      roundHalfUp(7n, 4n),
      roundHalfUp(-7n, 4n),
    ]).toEqual([3n, -2n, 2n, -2n]);
  });
  test("floor(−7/2) = −4 (not −3, as bigint division truncates); floor(−6/2) = −3; floor(7/2) = 3; floor(0/3) = 0", () => {
    expect([floorDiv(-7n, 2n), floorDiv(-6n, 2n), floorDiv(7n, 2n), floorDiv(0n, 3n)]).toEqual([
      -4n,
      -3n,
      3n,
      0n,
    ]);
  });
});

describe("ratios beyond 2^53 as the nearest double", () => {
  test("10^20 / 4 = 2,5 × 10^19, with every sign", () => {
    expect(ratioToNumber(10n ** 20n, 4n)).toBe(2.5e19);
    expect(ratioToNumber(-(10n ** 20n), 4n)).toBe(-2.5e19);
    expect(ratioToNumber(10n ** 20n, -4n)).toBe(-2.5e19);
    expect(ratioToNumber(-(10n ** 20n), -4n)).toBe(2.5e19);
  });
  test("(3 × 10^18 + 1) / (2 × 10^18) = 1,5 + 5 × 10^-19, which is 1,5 as a double", () => {
    expect(ratioToNumber(3n * 10n ** 18n + 1n, 2n * 10n ** 18n)).toBe(1.5);
  });
  test("0 over a huge negative denominator is 0, not −0", () => {
    expect(ratioToNumber(0n, -(10n ** 20n))).toBe(0);
  });
  test("−2^60 / 3 = −384.307.168.202.282.325,33…, nearest double −384307168202282300", () => {
    expect(ratioToNumber(-(2n ** 60n), 3n)).toBe(-384307168202282300);
  });
  test("below 2^53 one division: 1/3", () => {
    expect(ratioToNumber(1n, 3n)).toBe(1 / 3);
  });
});

describe("amounts and counts as read", () => {
  test("1.650.000.050 øre is 16.500.000,50 kr. / DKK 16,500,000.50 (øre in two decimals); −1.234 øre is −12,34 kr.", () => {
    expect(formatOere(1_650_000_050n)).toBe("16.500.000,50 kr.");
    expect(formatOere(1_650_000_050n, "en")).toBe("DKK 16,500,000.50");
    expect(formatOere(1_650_000_000n)).toBe("16.500.000 kr.");
    expect(formatOere(5n)).toBe("0,05 kr.");
    expect(formatOere(-1234n)).toBe("-12,34 kr.");
  });
  test("1.374 units / 1,374", () => {
    expect(formatCount(1374n)).toBe("1.374");
    expect(formatCount(1374n, "en")).toBe("1,374");
  });
});
