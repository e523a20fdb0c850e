// Every sync is measured; Excel on the web's 5 MB request/response limit and 5,000,000-cell read limit are enforced.
import { describe, expect, test } from "@jest/globals";
import { jsonBytes } from "../../src/host/runtime/payload";
import { expectCode, hostWith, rejection, valuesOf } from "./support";

describe("sync statistics", () => {
  test("each sync is recorded with its operations and JSON request/response sizes", async () => {
    const host = hostWith({ Mål: [["a", "b"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A2:B2").values = [["x", "y"]];
      sheet.getRange("A3").numberFormat = [["0.0"]];
      await context.sync();
      const range = sheet.getRange("A1:B2").load("values");
      await context.sync();
      expect(range.values).toEqual([
        ["a", "b"],
        ["x", "y"],
      ]);
      await context.sync(); // an empty sync still counts
    });
    expect(host.stats.syncs).toBe(3);
    const [write, read, empty] = host.stats.requests;
    expect(write.operations).toBe(2);
    expect(write.responseBytes).toBe(0);
    expect(write.requestBytes).toBeGreaterThan(jsonBytes([["x", "y"]]));
    expect(read.operations).toBe(1);
    expect(read.responseBytes).toBe(
      jsonBytes({
        values: [
          ["a", "b"],
          ["x", "y"],
        ],
      })
    );
    expect(empty).toEqual({ requestBytes: 2, responseBytes: 0, operations: 0 });
    host.stats.reset();
    expect(host.stats.syncs).toBe(0);
    expect(host.stats.requests).toEqual([]);
  });

  test("request size grows with the data written, counted in UTF-8 bytes", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1").values = [["a"]];
      await context.sync();
      sheet.getRange("A1").values = [["æøå".repeat(100)]];
      await context.sync();
    });
    const [small, large] = host.stats.requests;
    expect(large.requestBytes - small.requestBytes).toBe(300 * 2 - 1); // 300 two-byte letters instead of one "a"
  });

  test("a run with mergeUndoGroup is recorded (Excel.RunOptions, ExcelApi 1.20)", async () => {
    const host = hostWith({ Mål: [] });
    await host.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Mål").getRange("A2").values = [[2]];
      await context.sync();
    });
    await host.run(async (context) => context.sync());
    expect(host.stats.runs).toEqual([
      { mergeUndoGroup: true, syncs: 2 },
      { mergeUndoGroup: false, syncs: 1 },
    ]);
  });
});

describe("payload limits", () => {
  test("a request over the limit fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const host = hostWith({ Mål: [["urørt"]] }, { payloadLimitBytes: 1000 });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      context.workbook.worksheets.add("Ny");
      sheet.getRange("A1").values = [["x".repeat(2000)]];
      const error = await rejection(() => context.sync());
      expect(error).toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
        message: "The request payload size has exceeded the limit.",
      });
    });
    expect(await valuesOf(host, "Mål", "A1")).toEqual([["urørt"]]);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål"]);
    expect(host.stats.requests[0]).toMatchObject({
      error: "RequestPayloadSizeLimitExceeded",
      responseBytes: 0,
    });
  });

  test("a response over the limit fails with ResponsePayloadSizeLimitExceeded and rolls back the sync's writes", async () => {
    const host = hostWith({ Mål: [] }, { payloadLimitBytes: 2000 });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1:A3").values = [["ny"], ["ny"], ["ny"]];
      context.workbook.worksheets.add("Tilføjet");
      sheet.getRange("A1:J100").load("values"); // 1000 cells → well over 2000 bytes of JSON
      await expectCode(() => context.sync(), "ResponsePayloadSizeLimitExceeded");
    });
    expect(await valuesOf(host, "Mål", "A1:A3")).toEqual([[""], [""], [""]]);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["Mål"]);
  });

  test("the real limit: a 5 MB write is refused, a 4 MB write goes through", async () => {
    const host = hostWith({ Mål: [] });
    const line = "x".repeat(100);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1:A52000").values = Array.from({ length: 52000 }, () => [line]); // ≈ 5.4 MB of JSON
      await expectCode(() => context.sync(), "RequestPayloadSizeLimitExceeded");
      sheet.getRange("A1:A40000").values = Array.from({ length: 40000 }, () => [line]); // ≈ 4.2 MB
      await context.sync();
    });
    const [refused, accepted] = host.stats.requests;
    expect(refused.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(accepted.requestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(accepted.error).toBeUndefined();
    expect(await valuesOf(host, "Mål", "A40000:A40001")).toEqual([[line], [""]]);
  });

  test("reading more cells than cellReadLimit fails with RangeExceedsLimit", async () => {
    const host = hostWith({ Mål: [] }, { cellReadLimit: 100 });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mål");
      sheet.getRange("A1:J10").load("values"); // exactly 100: fine
      await context.sync();
      sheet.getRange("A1:J11").load("text");
      await expectCode(() => context.sync(), "RangeExceedsLimit");
    });
  });

  test("by default a whole-sheet read is refused (17 billion cells > 5,000,000)", async () => {
    const host = hostWith({ Mål: [] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange().load("values");
      await expectCode(() => context.sync(), "RangeExceedsLimit");
    });
  });
});
