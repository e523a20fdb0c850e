// "How many answers": the exact closed form of answers.ts against brute force, one answer at a time, on every small
// case — and against the calculator's own nps()/share() and `meets`, so the counts agree with Beregn.
import fc from "fast-check";
import { nps, share } from "../../src/core/metrics";
import { meets } from "../../src/core/rules/taerskler";
import { answerPaths, decimalFraction, smallestSteps } from "../../src/core/whatif";
import { npsAnswers } from "../helpers/tables";

/** Brute force: add (or change) answers one at a time until the figure meets the threshold (t10 = threshold × 10). */
function bruteForce(
  value: (k: number) => { num: number; den: number },
  t10: number,
  scale: number,
  up: boolean,
  limit: number
): number | null {
  for (let k = 0; k <= limit; k++) {
    const { num, den } = value(k);
    if (den === 0) continue;
    // scale·num/den ⋛ t10/10  ⇔  10·scale·num ⋛ t10·den  (den > 0): integers, no rounding
    const ok = up ? 10 * scale * num >= t10 * den : 10 * scale * num <= t10 * den;
    if (ok) return k;
  }
  return null;
}

const NPS_THRESHOLDS = [
  -1000, -505, -333, -100, 0, 5, 143, 333, 400, 500, 575, 580, 600, 667, 725, 900, 995, 1000,
];

describe("NPS: extra answers and changed answers, every P, Q, D up to 7", () => {
  test("at least: the closed form equals the one-by-one count, and the calculator agrees at k and k − 1", () => {
    let cases = 0;
    for (let P = 0; P <= 7; P++)
      for (let Q = 0; Q <= 7; Q++)
        for (let D = 0; D <= 7; D++) {
          const n = P + Q + D;
          if (n === 0) continue;
          for (const t10 of NPS_THRESHOLDS) {
            const T = t10 / 10;
            const paths = answerPaths(
              { kind: "nps", promoters: P, passives: Q, detractors: D, answers: n },
              T,
              "mindst"
            );
            const count = (kind: string) => paths.find((p) => p.kind === kind)!.count;
            // At 100 and above, added promoters never get there unless nothing but promoters answered: a short loop shows it.
            const extra = bruteForce(
              (k) => ({ num: P + k - D, den: n + k }),
              t10,
              100,
              true,
              t10 >= 1000 ? 300 : 20000
            );
            expect(count("extra-promoters")).toBe(extra);
            expect(count("detractors-to-promoters")).toBe(
              bruteForce((m) => ({ num: P - D + 2 * m, den: n }), t10, 100, true, D)
            );
            expect(count("passives-to-promoters")).toBe(
              bruteForce((m) => ({ num: P - D + m, den: n }), t10, 100, true, Q)
            );
            expect(count("detractors-to-passives")).toBe(
              bruteForce((m) => ({ num: P - D + m, den: n }), t10, 100, true, D)
            );
            // The calculator: nps() over real answers and the rules' `meets`.
            if (extra !== null && extra < 200) {
              expect(meets(nps(npsAnswers(P + extra, Q, D)).score!, T, "mindst")).toBe(true);
              if (extra > 0)
                expect(meets(nps(npsAnswers(P + extra - 1, Q, D)).score!, T, "mindst")).toBe(false);
            }
            cases++;
          }
        }
    expect(cases).toBe(511 * NPS_THRESHOLDS.length);
  });

  test("at most (lower is better): extra 0–6 answers, promoters and passives who become detractors", () => {
    for (let P = 0; P <= 6; P++)
      for (let Q = 0; Q <= 6; Q++)
        for (let D = 0; D <= 6; D++) {
          const n = P + Q + D;
          if (n === 0) continue;
          for (const t10 of NPS_THRESHOLDS) {
            const paths = answerPaths(
              { kind: "nps", promoters: P, passives: Q, detractors: D, answers: n },
              t10 / 10,
              "hoejst"
            );
            const count = (kind: string) => paths.find((p) => p.kind === kind)!.count;
            const limit = t10 <= -1000 ? 300 : 20000;
            expect(count("extra-detractors")).toBe(
              bruteForce((k) => ({ num: P - D - k, den: n + k }), t10, 100, false, limit)
            );
            expect(count("promoters-to-detractors")).toBe(
              bruteForce((m) => ({ num: P - D - 2 * m, den: n }), t10, 100, false, P)
            );
            expect(count("passives-to-detractors")).toBe(
              bruteForce((m) => ({ num: P - D - m, den: n }), t10, 100, false, Q)
            );
            expect(count("promoters-to-passives")).toBe(
              bruteForce((m) => ({ num: P - D - m, den: n }), t10, 100, false, P)
            );
          }
        }
  });

  test("large counts (fast-check): the count meets the threshold and one fewer does not, in exact integers", () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.nat(5000),
        fc.nat(5000),
        fc.integer({ min: -999, max: 999 }),
        (P, Q, D, t10) => {
          const n = P + Q + D;
          fc.pre(n > 0);
          const meetsAt = (num: number, den: number) => 10 * 100 * num >= t10 * den;
          const paths = answerPaths(
            { kind: "nps", promoters: P, passives: Q, detractors: D, answers: n },
            t10 / 10,
            "mindst"
          );
          const k = paths[0].count!; // below 100 there is always a number of extra promoters that does it
          expect(meetsAt(P - D + k, n + k)).toBe(true);
          if (k > 0) expect(meetsAt(P - D + k - 1, n + k - 1)).toBe(false);
          const m = paths[1].count;
          if (m === null) expect(meetsAt(P + D, n)).toBe(false);
          else {
            expect(m).toBeLessThanOrEqual(D);
            expect(meetsAt(P - D + 2 * m, n)).toBe(true);
            if (m > 0) expect(meetsAt(P - D + 2 * (m - 1), n)).toBe(false);
          }
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe("shares (ANDEL): extra matching answers and answers that change", () => {
  const SHARE_THRESHOLDS = [0, 50, 333, 500, 600, 650, 700, 725, 750, 800, 999, 1000]; // tenths of a per cent

  test("every H ≤ N ≤ 15, both directions, and the calculator's share() agrees", () => {
    for (let N = 1; N <= 15; N++)
      for (let H = 0; H <= N; H++)
        for (const t10 of SHARE_THRESHOLDS) {
          const T = t10 / 1000; // a fraction, as a percentage threshold is held
          const metric = {
            kind: "share" as const,
            hits: H,
            answers: N,
            excluded: 0,
            values: ["Ja"],
            without: [],
          };
          const up = answerPaths(metric, T, "mindst");
          // share ≥ T ⇔ 1000·hits ≥ t10·answers: bruteForce with scale 100 compares 10·100·num with t10·den.
          const extra = bruteForce((k) => ({ num: H + k, den: N + k }), t10, 100, true, 100000);
          expect(up[0].count).toBe(extra);
          expect(up[1].count).toBe(
            bruteForce((m) => ({ num: H + m, den: N }), t10, 100, true, N - H)
          );
          if (extra !== null && extra < 500) {
            const values = [...Array(H + extra).fill("Ja"), ...Array(N - H).fill("Nej")];
            expect(meets(share(values, ["Ja"]).share!, T, "mindst")).toBe(true);
            if (extra > 0)
              expect(meets(share(values.slice(1), ["Ja"]).share!, T, "mindst")).toBe(false);
          }
          const down = answerPaths(metric, T, "hoejst");
          expect(down[0].count).toBe(
            bruteForce((k) => ({ num: H, den: N + k }), t10, 100, false, 100000)
          );
          expect(down[1].count).toBe(
            bruteForce((m) => ({ num: H - m, den: N }), t10, 100, false, H)
          );
        }
  });
});

describe("exact thresholds", () => {
  test("a threshold is taken at its shortest decimal form: no float edge at the threshold", () => {
    expect(decimalFraction(72.5)).toEqual({ num: 725n, den: 10n });
    expect(decimalFraction(0.32 + 0.05)).toEqual({ num: 37n, den: 100n }); // 0.37000000000000005
    expect(decimalFraction(-12.25)).toEqual({ num: -1225n, den: 100n });
    expect(decimalFraction(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(decimalFraction(60)).toEqual({ num: 60n, den: 1n });
  });

  test("37 of 100 meets 32 % + 5 pp exactly (the float sum is 0,37000000000000005)", () => {
    expect(
      smallestSteps({
        x: 37,
        n: 100,
        a: 1,
        b: 1,
        scale: 1,
        threshold: 0.32 + 0.05,
        direction: "mindst",
      })
    ).toBe(0);
    expect(
      smallestSteps({
        x: 36,
        n: 100,
        a: 1,
        b: 0,
        scale: 1,
        threshold: 0.32 + 0.05,
        direction: "mindst",
      })
    ).toBe(1);
  });

  test("no answers yet: at least one must be added", () => {
    expect(
      smallestSteps({ x: 0, n: 0, a: 1, b: 1, scale: 100, threshold: 60, direction: "mindst" })
    ).toBe(1);
    expect(
      smallestSteps({ x: 0, n: 0, a: 1, b: 1, scale: 100, threshold: 100.5, direction: "mindst" })
    ).toBeNull();
  });
});
