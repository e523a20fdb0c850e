// Golden test (issue 12, "Done when"): `maalopfyldelse evaluate`, `allocate` and `whatif` give the same JSON, text and
// written workbooks, and the writers (Beregn, Skriv fordelingen, Gem scenarie, Fortryd) the same workbooks, as when
// the goldens in test/golden/snapshots/ were taken (commit 5a4cc5f, before the reshaping), apart from run ids and
// run times. Strict: every number exactly, every cell, format, rule and chart of every sheet a writer touched.
//
// Refresh deliberately, after checking that a difference is wanted:  npm run golden:update
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { canonical, goldenText } from "./normalise";
import { cleanUp, GOLDEN_NOW, goldenCases } from "./cases";

const DIR = path.join(__dirname, "snapshots");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const CASES = goldenCases();

beforeAll(() => {
  // The command line takes its run time from the clock: stop the clock (only Date; timers run as usual).
  jest.useFakeTimers({
    now: GOLDEN_NOW,
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
  if (UPDATE) mkdirSync(DIR, { recursive: true });
});

afterAll(() => {
  jest.useRealTimers();
  cleanUp();
});

const fileOf = (name: string) => path.join(DIR, `${name}.json`);

/** The first differences between two JSON values, as "path: golden → now" lines. */
function differences(golden: unknown, actual: unknown, at = "", out: string[] = []): string[] {
  if (out.length >= 15) return out;
  if (JSON.stringify(golden) === JSON.stringify(actual)) return out;
  if (golden && actual && typeof golden === "object" && typeof actual === "object") {
    const keys = new Set([...Object.keys(golden), ...Object.keys(actual)]);
    for (const k of keys)
      differences(
        (golden as Record<string, unknown>)[k],
        (actual as Record<string, unknown>)[k],
        `${at}/${k}`,
        out
      );
    return out;
  }
  const show = (v: unknown) => (v === undefined ? "(none)" : JSON.stringify(v).slice(0, 200));
  out.push(`${at || "/"}: ${show(golden)} → ${show(actual)}`);
  return out;
}

describe("golden: the command line and the writers give what they gave before the reshaping", () => {
  test.each(CASES.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    const actual = JSON.parse(JSON.stringify(canonical(await c.run())));
    const file = fileOf(name);
    if (UPDATE) {
      writeFileSync(file, `${goldenText(actual)}\n`);
      return;
    }
    if (!existsSync(file))
      throw new Error(
        `No golden for ${name}: run 'npm run golden:update' and review the new file.`
      );
    const golden = JSON.parse(readFileSync(file, "utf8"));
    const diff = differences(golden, actual);
    if (diff.length > 0)
      throw new Error(
        `${name} differs from its golden (test/golden/snapshots/${name}.json):\n  ${diff.join("\n  ")}\n` +
          "If the difference is wanted, refresh with 'npm run golden:update' and review the diff."
      );
  });

  test("no golden without a case (a renamed case leaves no stale file behind)", () => {
    const names = new Set(CASES.map((c) => `${c.name}.json`));
    const stale = existsSync(DIR) ? readdirSync(DIR).filter((f) => !names.has(f)) : [];
    if (UPDATE) for (const f of stale) rmSync(path.join(DIR, f));
    else expect(stale).toEqual([]);
  });
});
