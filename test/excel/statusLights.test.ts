// The traffic light on Opfyldelse and the text in Status come from one definition (core/rollup.ts STATUS_THRESHOLDS),
// so they always agree: red for Ikke opfyldt, yellow for Delvist opfyldt (any fulfilment above 0), green for Opfyldt.
// Before, the lights turned yellow at 50 %: a row at 30 % showed a red light beside "Delvist opfyldt".
import { statusOf } from "../../src/core/rollup";
import { runOnWorkbook } from "../../src/excel";
import type { SheetSnapshot } from "../../src/host";
import { FIXED_NOW, goalWorkbook, hostFor } from "../helpers/workbooks";

/**
 * Which light Excel shows (0 red, 1 yellow, 2 green): the highest criterion from criteria[1] up whose number the value
 * reaches (operator GreaterThanOrEqual), else the lowest icon; criteria[0] has no threshold.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionaliconcriterion
 */
function lightOf(sheet: SheetSnapshot, column: string, value: number): number {
  const rule = sheet.conditionalFormats.find(
    (c) => c.type === "IconSet" && c.address.startsWith(column)
  );
  const criteria = rule!.iconSet!.criteria;
  for (let i = criteria.length - 1; i >= 1; i--) {
    expect(criteria[i]).toMatchObject({ type: "Number", operator: "GreaterThanOrEqual" });
    if (value >= Number(criteria[i].formula!.replace(/^=/, ""))) return i;
  }
  return 0;
}

const LIGHT = { "Ikke opfyldt": 0, "Delvist opfyldt": 1, Opfyldt: 2 } as Record<string, number>;

test("0 %, 0,1 %, 30 %, 75 %, 99,9 % and 100 %: each row's light is its status's colour", async () => {
  // Proportional targets: Resultat / Mål 100 %.
  const results = [0, 0.1, 30, 75, 99.9, 100];
  const rows = results.map((r, i) => [
    String(i + 1),
    `Forløb ${i + 1}`,
    "Antal",
    r,
    100,
    null,
    "forholdsmæssig",
  ]);
  const host = hostFor(goalWorkbook(rows));
  expect((await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "t" })).status).toBe("written");
  const sheet = host.snapshot().sheets.find((s) => s.name === "Mål")!;
  const cell = (address: string) => sheet.cells.find((c) => c.address === address)!;
  const seen = results.map((_, i) => {
    const fulfilment = cell(`H${4 + i}`).value as number;
    const status = cell(`I${4 + i}`).value as string;
    return { fulfilment, status, light: lightOf(sheet, "H", fulfilment) };
  });
  expect(seen.map((s) => s.status)).toEqual([
    "Ikke opfyldt",
    "Delvist opfyldt",
    "Delvist opfyldt",
    "Delvist opfyldt",
    "Delvist opfyldt",
    "Opfyldt",
  ]);
  expect(seen[2].fulfilment).toBeCloseTo(0.3, 12);
  for (const s of seen) expect({ ...s, light: LIGHT[s.status] }).toEqual(s);
});

test("at every boundary the light Excel shows is the status's colour (core statusOf against the written icon set)", async () => {
  const host = hostFor(goalWorkbook([["1", "Forløb", "Antal", 50, 100, null, "forholdsmæssig"]]));
  expect((await runOnWorkbook(host.run, { now: FIXED_NOW, runId: "b" })).status).toBe("written");
  const sheet = host.snapshot().sheets.find((s) => s.name === "Mål")!;
  // Around 0 (nothing yet / the first bit) and around 1 (just short of / at / over the target).
  const values = [
    0,
    5e-13,
    1e-12,
    2e-12,
    1e-6,
    0.5,
    0.999,
    0.999999999998,
    1 - 1e-12,
    0.9999999999995,
    1,
    1.25,
  ];
  for (const v of values)
    expect({ v, light: lightOf(sheet, "H", v) }).toEqual({ v, light: LIGHT[statusOf(v)] });
});
