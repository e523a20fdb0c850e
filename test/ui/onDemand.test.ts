// Code loaded on demand (src/taskpane/shared/onDemand.ts): one load shared by every caller, and a failed load (a
// dropped connection) tried again on the next call rather than failing for the rest of the session.
import { describe, expect, test } from "@jest/globals";
import { onDemand } from "../../src/taskpane/shared/onDemand";

describe("onDemand", () => {
  test("loads once for every caller", async () => {
    let loads = 0;
    const load = onDemand(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(a);
    expect(b).toBe(a);
    expect(loads).toBe(1);
  });

  test("a failed load is tried again on the next call, and then kept", async () => {
    let loads = 0;
    const load = onDemand(async () => {
      loads += 1;
      if (loads === 1) throw new Error("net::ERR_CONNECTION_RESET");
      return { n: loads };
    });
    await expect(load()).rejects.toThrow("net::ERR_CONNECTION_RESET");
    expect(await load()).toEqual({ n: 2 });
    expect(await load()).toEqual({ n: 2 });
    expect(loads).toBe(2);
  });
});
