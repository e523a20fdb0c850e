// The Excel half of the KKR.* functions (src/functions/functions.ts): values pass through, each FunctionFailure
// becomes a CustomFunctions.Error with the right code (and the Danish message where Excel shows one), the functions
// with one value return it and the array function (FORDEL) throws it, and the guarded registration associates the ids.
//
// STAND-IN FOR OFFICE: `installStub()` below puts a minimal `CustomFunctions` global in place (associate, Error,
// ErrorCode with Office.js's values), and `cellShows()` is what Excel shows for a call, by Learn's documented rules
// only (it fails the test where Learn says nothing). They are the only stand-ins for Office in these tests;
// everything else is the real code. Office.js itself is not available in Node.
import fs from "fs";
import path from "path";
import { npsAnswers } from "../helpers/tables";
import { column } from "./seeds";

type FunctionsModule = typeof import("../../src/functions/functions");

/** The runtime's error object as the stub makes it. */
class StubError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

/** Office.js's CustomFunctions.ErrorCode values. */
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

const globals = globalThis as { CustomFunctions?: unknown };

/** Result dimensionality per function id, from the shipped metadata (English file: same shapes, metadata.test.ts). */
const MATRIX_RESULT = new Set(
  (
    JSON.parse(
      fs.readFileSync(
        path.join(__dirname, "..", "..", "src", "functions", "functions.en-US.json"),
        "utf8"
      )
    ) as { functions: { id: string; result: { dimensionality?: string } }[] }
  ).functions
    .filter((f) => f.result.dimensionality === "matrix")
    .map((f) => f.id)
);

type Shown = { error: string; message?: string } | { value: unknown };

/**
 * What Excel shows for a call of function `id`, by https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors:
 * a thrown (rejected) CustomFunctions.Error is that error, with its message for #VALUE! and #N/A only ("You can only
 * return a custom error message with the #VALUE! and #N/A errors"); anything else thrown is #VALUE! ("By default,
 * Excel returns #VALUE! for unhandled errors or exceptions"); an array function resolves with a 2-D array, errors
 * allowed per element ("Handle errors when working with dynamic arrays"); a one-value function's CustomFunctions.Error
 * "returns an error to the cell". Any other outcome is not documented, and fails the test.
 */
async function cellShows(id: string, call: Promise<unknown>): Promise<Shown> {
  const asError = (e: StubError): Shown =>
    e.code === "#VALUE!" || e.code === "#N/A"
      ? { error: e.code, message: e.message }
      : { error: e.code };
  let value: unknown;
  try {
    value = await call;
  } catch (thrown) {
    return thrown instanceof StubError ? asError(thrown) : { error: "#VALUE!" };
  }
  if (MATRIX_RESULT.has(id)) {
    const rows = value as unknown[][];
    const rectangular =
      Array.isArray(rows) &&
      rows.length > 0 &&
      rows.every((r) => Array.isArray(r) && r.length === rows[0].length);
    if (!rectangular)
      throw new Error(`${id} resolved with ${String(value)} where Learn documents a 2-D array`);
    return {
      value: rows.map((r) => r.map((cell) => (cell instanceof StubError ? asError(cell) : cell))),
    };
  }
  if (value instanceof StubError) return asError(value);
  if (typeof value === "object" && value !== null)
    throw new Error(
      `${id} resolved with an object, which Learn does not document for a one-value result`
    );
  return { value };
}

function installStub(): Map<string, unknown> {
  const associated = new Map<string, unknown>();
  globals.CustomFunctions = {
    associate: (id: string, fn: unknown) => associated.set(id, fn),
    Error: StubError,
    ErrorCode: ERROR_CODES,
  };
  return associated;
}

/** A fresh copy of functions.ts, loaded after whatever global the test has set up (it registers on load). */
function loadFunctions(): FunctionsModule {
  let loaded: FunctionsModule | undefined;
  jest.isolateModules(() => {
    loaded = require("../../src/functions/functions") as FunctionsModule;
  });
  return loaded as FunctionsModule;
}

function expectExcelError(value: unknown, code: string, message?: string | RegExp): void {
  expect(value).toBeInstanceOf(StubError);
  const error = value as StubError;
  expect(error.code).toBe(code);
  if (message === undefined) expect(error.message).toBeUndefined();
  else if (typeof message === "string") expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}

afterEach(() => {
  delete globals.CustomFunctions;
});

describe("with the CustomFunctions runtime (stub)", () => {
  let associated: Map<string, unknown>;
  let f: FunctionsModule;
  beforeEach(() => {
    associated = installStub();
    f = loadFunctions();
  });

  test("loading the module associates NPS, ANDEL, OPFYLDELSE, NYE, FORDEL, DAEKNING and LANDINDEKS with the exported functions", () => {
    expect([...associated.keys()]).toEqual([
      "NPS",
      "ANDEL",
      "OPFYLDELSE",
      "NYE",
      "FORDEL",
      "DAEKNING",
      "LANDINDEKS",
    ]);
    expect(associated.get("NPS")).toBe(f.nps);
    expect(associated.get("ANDEL")).toBe(f.andel);
    expect(associated.get("OPFYLDELSE")).toBe(f.opfyldelse);
    expect(associated.get("NYE")).toBe(f.nye);
    expect(associated.get("FORDEL")).toBe(f.fordel);
    expect(associated.get("DAEKNING")).toBe(f.daekning);
    expect(associated.get("LANDINDEKS")).toBe(f.landindeks);
    expect(f.registerCustomFunctions()).toBe(true);
  });

  test("DÆKNING and LANDINDEKS load the municipality data on first use and return promises of plain values", async () => {
    // Nordjylland 2021 (kommuner.csv): Landkommuner 340.434 of 590.439; Læsø is one of them, Aalborg is not.
    const coverage = f.daekning([["Aalborg"], ["Læsø"], [""]]);
    expect(coverage).toBeInstanceOf(Promise);
    expect(await coverage).toBeCloseTo(2 / 11, 12);
    expect(await f.landindeks([["Aalborg"], ["Læsø"]], "Nordjylland", 2021)).toBeCloseTo(
      (0.5 / (340_434 / 590_439)) * 100,
      10
    );
    expectExcelError(
      await f.daekning([["Aalborg"], ["Aalborgg"]]),
      "#VALUE!",
      "kommuner række 2: 'Aalborgg' er ikke en kommune — mente du Aalborg?"
    );
    expectExcelError(await f.daekning([[""]]), "#NUM!");
  });

  test("values pass through unchanged", async () => {
    expect(await f.nps(column([...npsAnswers(142, 27, 12), ""]))).toBeCloseTo(
      (130 / 181) * 100,
      12
    );
    expect(await f.andel([["Ja"], ["Nej"], ["Ved ikke"]], [["Ja"]], [["Ved ikke"]])).toBe(0.5);
    expect(await f.opfyldelse(55, 60, 50, null)).toBe(0.5);
    expect(await f.nye([["1"], ["2"]], [["2"]])).toBe(0.5);
    // Quotas 3.066.604 and 13.433.396 kr.: 3.066 and 13.433 thousands, the leftover thousand to the larger remainder (,604).
    expect(await cellShows("FORDEL", f.fordel(16500000, [[26491], [116045]], 1000, null))).toEqual({
      value: [[3067000], [13433000]],
    });
  });

  test("bad arguments are #VALUE! with the Danish message", async () => {
    expectExcelError(
      await f.nps([[10], [9], ["ja"]]),
      "#VALUE!",
      "'ja' i svar række 3 er ikke et tal fra 0 til 10"
    );
    expectExcelError(await f.andel([["Ja"]], [[""]]), "#VALUE!", /^match er tom/);
    expectExcelError(
      await f.opfyldelse(72, 60, 50, "opad"),
      "#VALUE!",
      "retning: ukendt retning 'opad' (skriv 'mindst' eller 'højst')"
    );
    expectExcelError(
      await f.nye([[{ type: "Entity" }]], [[""]]),
      "#VALUE!",
      /^i_år indeholder et objekt/
    );
    expect(await cellShows("FORDEL", f.fordel("abc", [[1]]))).toEqual({
      error: "#VALUE!",
      message: "'abc' i total er ikke et tal",
    });
  });

  test("no data is #NUM! (Excel shows no message with #NUM!, so none is passed)", async () => {
    expectExcelError(await f.nps([[""]]), "#NUM!");
    expectExcelError(await f.andel([[""]], [["Ja"]]), "#NUM!");
    expectExcelError(await f.nye([[""]], [["1"]]), "#NUM!");
    expect(await cellShows("FORDEL", f.fordel(100, [[""]]))).toEqual({ error: "#NUM!" });
  });

  test("answers that all left the denominator are #DIV/0!; a result awaiting data is #N/A with its message", async () => {
    expectExcelError(await f.andel([["Ved ikke"]], [["Ja"]], [["Ved ikke"]]), "#DIV/0!");
    expectExcelError(await f.opfyldelse("Afventer", 60), "#N/A", /afventer data/);
    expectExcelError(await f.opfyldelse("", 60), "#N/A", /afventer data/);
  });

  test("FORDEL, the one array function, throws its error (a rejected Promise) rather than returning one", async () => {
    expect([...MATRIX_RESULT]).toEqual(["FORDEL"]);
    const call = f.fordel(16500000, [[26491], [116045]], 0);
    await expect(call).rejects.toBeInstanceOf(StubError);
    await expect(call).rejects.toMatchObject({
      code: "#VALUE!",
      message: "afrundingsenheden skal være over 0 kr. (er 0 kr.)",
    });
    expect(await cellShows("FORDEL", f.fordel(100, [[1], [2], [4]], 1, "tilfældig"))).toMatchObject(
      { error: "#VALUE!", message: expect.stringMatching(/^ukendt metode 'tilfældig'/) }
    );
  });

  test("the one-value functions never throw: even an exception inside the calculation comes back as #VALUE!", async () => {
    const hostile = [
      [
        {
          get basicValue(): never {
            throw new Error("boom");
          },
        },
      ],
    ];
    expectExcelError(await f.nps(hostile), "#VALUE!", "uventet fejl i beregningen: boom");
  });

  test("excelError maps every failure code to Office's ErrorCode", () => {
    const codes = ["invalidValue", "notAvailable", "invalidNumber", "divisionByZero"] as const;
    const made = codes.map(
      (code) => f.excelError({ failure: true, code, message: "besked" }) as StubError
    );
    expect(made.map((e) => e.code)).toEqual(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!"]);
    expect(made.map((e) => e.message)).toEqual(["besked", "besked", undefined, undefined]);
  });
});

describe("with an older runtime that has associate but no CustomFunctions.Error (before CustomFunctionsRuntime 1.2)", () => {
  test("the functions are still registered and a failure is a plain Error (Excel shows #VALUE!)", async () => {
    const associated = new Map<string, unknown>();
    globals.CustomFunctions = { associate: (id: string, fn: unknown) => associated.set(id, fn) };
    const f = loadFunctions();
    expect([...associated.keys()]).toEqual([
      "NPS",
      "ANDEL",
      "OPFYLDELSE",
      "NYE",
      "FORDEL",
      "DAEKNING",
      "LANDINDEKS",
    ]);
    expect(await f.nps([[""]])).toBeInstanceOf(Error);
    expect(await f.nps([[10]])).toBe(100);
  });
});

describe("without a CustomFunctions runtime (Node, the browser workbench)", () => {
  test("the module loads, registers nothing and the functions still compute", async () => {
    const f = loadFunctions();
    expect(f.registerCustomFunctions()).toBe(false);
    expect(await f.nps([[10], [0]])).toBe(0);
  });

  test("a failure becomes a plain Error (what Excel would show as #VALUE!), returned, or thrown by FORDEL", async () => {
    const f = loadFunctions();
    const value = await f.nps([["ja"]]);
    expect(value).toBeInstanceOf(Error);
    expect((value as Error).message).toBe("invalidValue: 'ja' i svar er ikke et tal fra 0 til 10");
    await expect(f.fordel("abc", [[1]])).rejects.toThrow(
      "invalidValue: 'abc' i total er ikke et tal"
    );
    expect(await cellShows("FORDEL", f.fordel("abc", [[1]]))).toEqual({ error: "#VALUE!" });
  });
});
