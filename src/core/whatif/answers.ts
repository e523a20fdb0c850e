// How many answers it takes: exact integer arithmetic on the counts behind an NPS or a share, so a threshold is never
// missed or passed by a rounding error. A figure is value(k) = scale · (x + a·k) / (n + b·k), where k answers are added
// (b = 1) or changed (b = 0) and each moves the numerator by a. With the threshold written as a fraction T = p/q, "at
// least" is scale·q·(x + a·k) ≥ p·(n + b·k), i.e. α + β·k ≥ 0; the smallest k is 0 when α ≥ 0, none when β ≤ 0,
// else ⌈−α/β⌉. "At most" is the same with the inequality turned.
import type { Direction } from "../model";
import { formatNumber } from "../format";
import type { IndicatorMetric } from "../indicators/metric";

/** A finite number as an exact fraction of its shortest decimal form (12 significant digits, as the core tolerates). */
export function decimalFraction(x: number): { num: bigint; den: bigint } {
  const text = Number(x.toPrecision(12)).toString();
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) throw new Error(`not a finite number: ${x}`);
  const digits = BigInt(`${m[2]}${m[3] ?? ""}`) * (m[1] ? -1n : 1n);
  const exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
}

export interface StepsQuestion {
  /** Current numerator (P − D for NPS, hits for a share) and denominator (answers). */
  x: number;
  n: number;
  /** Numerator and denominator change per step. */
  a: number;
  b: number;
  /** 100 for NPS (points), 1 for shares (fractions). */
  scale: number;
  threshold: number;
  direction: Direction;
  /** Steps available (changed answers are bounded by the answers there are to change). */
  limit?: number;
}

/** Smallest k ≥ 0 with value(k) meeting the threshold, or null when no k (within the limit) does. */
export function smallestSteps(q: StepsQuestion): number | null {
  const t = decimalFraction(q.threshold);
  // Plain integers while every product is a safe integer (exact); BigInt beyond that.
  const num = Number(t.num);
  const den = Number(t.den);
  const sign = q.direction === "mindst" ? 1 : -1;
  const alpha = sign * (q.scale * den * q.x - num * q.n);
  const beta = sign * (q.scale * den * q.a - num * q.b);
  const safe = [q.scale * den * q.x, num * q.n, q.scale * den * q.a, num * q.b, alpha, beta].every(
    Number.isSafeInteger
  );
  return safe ? solveNumber(alpha, beta, q) : solveBig(t, q);
}

function solveNumber(alpha: number, beta: number, q: StepsQuestion): number | null {
  // With no answers yet the figure does not exist: at least one answer must be added.
  const kMin = q.n === 0 ? 1 : 0;
  let k: number;
  if (alpha >= 0) k = 0;
  else if (beta <= 0) return null;
  else k = Math.floor((-alpha + beta - 1) / beta);
  if (k < kMin) {
    k = kMin;
    if (alpha + beta * k < 0) return null;
  }
  if (q.limit !== undefined && k > q.limit) return null;
  return k;
}

function solveBig(t: { num: bigint; den: bigint }, q: StepsQuestion): number | null {
  const lhs = (v: number) => BigInt(q.scale) * t.den * BigInt(v); // scale·q·(…)
  const rhs = (v: number) => t.num * BigInt(v); // p·(…)
  // at least: lhs(x + a k) − rhs(n + b k) ≥ 0; at most: rhs(n + b k) − lhs(x + a k) ≥ 0.
  const sign = q.direction === "mindst" ? 1n : -1n;
  const alpha = sign * (lhs(q.x) - rhs(q.n));
  const beta = sign * (lhs(q.a) - rhs(q.b));
  const kMin = q.n === 0 ? 1n : 0n;
  let k: bigint;
  if (alpha >= 0n) k = 0n;
  else if (beta <= 0n) return null;
  else k = (-alpha + beta - 1n) / beta;
  if (k < kMin) {
    k = kMin;
    if (alpha + beta * k < 0n) return null;
  }
  if (q.limit !== undefined && k > BigInt(q.limit)) return null;
  return Number(k);
}

export type AnswerPathKind =
  | "extra-promoters"
  | "detractors-to-promoters"
  | "passives-to-promoters"
  | "detractors-to-passives"
  | "extra-detractors"
  | "promoters-to-detractors"
  | "passives-to-detractors"
  | "promoters-to-passives"
  | "extra-hits"
  | "misses-to-hits"
  | "extra-misses"
  | "hits-to-misses"
  | "extra-new"
  | "extra-old";

export interface AnswerPath {
  kind: AnswerPathKind;
  /** Answers to add or change; null when even all available answers would not do. */
  count: number | null;
  /** How many answers there are to change (null for added answers: no limit). */
  available: number | null;
  /** "9 svar mere på 9–10", "2 kritikere der bliver anbefalere". */
  text: string;
}

const n0 = (v: number) => formatNumber(v, "da", 0);

function path(
  kind: AnswerPathKind,
  q: StepsQuestion,
  describe: (k: number) => string,
  notPossible: string
): AnswerPath {
  const count = smallestSteps(q);
  return {
    kind,
    count,
    available: q.limit ?? null,
    text: count === null ? notPossible : describe(count),
  };
}

function quoteList(values: string[]): string {
  return values.map((v) => `'${v}'`).join("/");
}

/**
 * The ways to reach `threshold` from the counts behind an indicator: answers added, and existing answers changed.
 * Empty for metrics without answers (counts: the distance itself says how many).
 */
export function answerPaths(
  metric: IndicatorMetric,
  threshold: number,
  direction: Direction
): AnswerPath[] {
  const up = direction === "mindst";
  if (metric.kind === "nps") {
    const { promoters: P, passives: Q, detractors: D } = metric;
    const n = P + Q + D;
    const base = { x: P - D, n, scale: 100, threshold, direction };
    if (up) {
      return [
        path(
          "extra-promoters",
          { ...base, a: 1, b: 1 },
          (k) => `${n0(k)} svar mere på 9–10`,
          "kan ikke nås med flere svar på 9–10"
        ),
        path(
          "detractors-to-promoters",
          { ...base, a: 2, b: 0, limit: D },
          (k) => `${n0(k)} ${k === 1 ? "kritiker" : "kritikere"} der bliver anbefalere`,
          `kan ikke nås, selv hvis alle ${n0(D)} kritikere bliver anbefalere`
        ),
        path(
          "passives-to-promoters",
          { ...base, a: 1, b: 0, limit: Q },
          (k) => `${n0(k)} ${k === 1 ? "passiv" : "passive"} der bliver anbefalere`,
          `kan ikke nås, selv hvis alle ${n0(Q)} passive bliver anbefalere`
        ),
        path(
          "detractors-to-passives",
          { ...base, a: 1, b: 0, limit: D },
          (k) => `${n0(k)} ${k === 1 ? "kritiker" : "kritikere"} der bliver passive`,
          `kan ikke nås, selv hvis alle ${n0(D)} kritikere bliver passive`
        ),
      ];
    }
    return [
      path(
        "extra-detractors",
        { ...base, a: -1, b: 1 },
        (k) => `${n0(k)} svar mere på 0–6`,
        "kan ikke nås med flere svar på 0–6"
      ),
      path(
        "promoters-to-detractors",
        { ...base, a: -2, b: 0, limit: P },
        (k) => `${n0(k)} ${k === 1 ? "anbefaler" : "anbefalere"} der bliver kritikere`,
        `kan ikke nås, selv hvis alle ${n0(P)} anbefalere bliver kritikere`
      ),
      path(
        "passives-to-detractors",
        { ...base, a: -1, b: 0, limit: Q },
        (k) => `${n0(k)} ${k === 1 ? "passiv" : "passive"} der bliver kritikere`,
        `kan ikke nås, selv hvis alle ${n0(Q)} passive bliver kritikere`
      ),
      path(
        "promoters-to-passives",
        { ...base, a: -1, b: 0, limit: P },
        (k) => `${n0(k)} ${k === 1 ? "anbefaler" : "anbefalere"} der bliver passive`,
        `kan ikke nås, selv hvis alle ${n0(P)} anbefalere bliver passive`
      ),
    ];
  }
  if (metric.kind === "share") {
    const { hits: H, answers: N } = metric;
    const base = { x: H, n: N, scale: 1, threshold, direction };
    const hit = quoteList(metric.values);
    if (up) {
      return [
        path(
          "extra-hits",
          { ...base, a: 1, b: 1 },
          (k) => `${n0(k)} svar mere med ${hit}`,
          `kan ikke nås med flere svar med ${hit}`
        ),
        path(
          "misses-to-hits",
          { ...base, a: 1, b: 0, limit: N - H },
          (k) => `${n0(k)} andre svar der bliver ${hit}`,
          `kan ikke nås, selv hvis alle ${n0(N - H)} andre svar bliver ${hit}`
        ),
      ];
    }
    return [
      path(
        "extra-misses",
        { ...base, a: 0, b: 1 },
        (k) => `${n0(k)} svar mere uden ${hit}`,
        `kan ikke nås med flere svar uden ${hit}`
      ),
      path(
        "hits-to-misses",
        { ...base, a: -1, b: 0, limit: H },
        (k) => `${n0(k)} svar med ${hit} der bliver andre svar`,
        `kan ikke nås, selv hvis alle ${n0(H)} svar med ${hit} ændres`
      ),
    ];
  }
  if (metric.kind === "new") {
    const base = { x: metric.newCompanies, n: metric.companies, scale: 1, threshold, direction };
    return up
      ? [
          path(
            "extra-new",
            { ...base, a: 1, b: 1 },
            (k) => `${n0(k)} nye virksomheder mere`,
            "kan ikke nås med flere nye virksomheder"
          ),
        ]
      : [
          path(
            "extra-old",
            { ...base, a: 0, b: 1 },
            (k) => `${n0(k)} kendte virksomheder mere`,
            "kan ikke nås med flere kendte virksomheder"
          ),
        ];
  }
  return [];
}
