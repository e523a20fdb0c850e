// The function the workbench's file picker and sample menu call (src/workbench/openWorkbook.ts) on the hostile files
// of issue 13: each ends as one status line in Danish (English when the pane is in English), within seconds, and
// a valid workbook still opens with its sheets.
/* global __dirname */
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import { join } from "path";
import { openWorkbook } from "../../src/workbench/openWorkbook";
import { HOSTILE_CASES } from "../helpers/hostileXlsx";

const asArrayBuffer = (bytes: Uint8Array) => async () =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("%s", (_name, hostile) => {
  test("is a status line, not a hung or crashed page", async () => {
    const started = performance.now();
    const opened = await openWorkbook("fra-hub.xlsx", asArrayBuffer(hostile.bytes()));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    const message = hostile.expect.source.replace(/^\^/, "");
    expect(opened.message).toMatch(new RegExp(`^Kunne ikke indlæse fra-hub\\.xlsx: ${message}`));
  });
});

test("in English when the pane is in English", async () => {
  const merge = HOSTILE_CASES.find((c) => c.code === "merge-too-large")!;
  const opened = await openWorkbook("hub.xlsx", asArrayBuffer(merge.bytes()), "en-US");
  expect(opened).toEqual({
    ok: false,
    message:
      "Could not load hub.xlsx: Mål!A1:XFD1048576: the merged cell covers 17,179,869,184 cells; at most 262,144 can be read.",
  });
});

test("a sample workbook still opens, with its sheets", async () => {
  const bytes = readFileSync(join(__dirname, "../../assets/nordjylland-2020-afrapportering.xlsx"));
  const opened = await openWorkbook("nordjylland-2020-afrapportering.xlsx", asArrayBuffer(bytes));
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  expect(opened.host.snapshot().sheets.map((s) => s.name)).toContain("Mål");
});
