// The metadata Excel reads (functions.json), generated from the JSDoc in src/functions/functions.ts by
// custom-functions-metadata, the generator behind CustomFunctionsMetadataPlugin: every function with its parameters,
// optional flags, help text and result shape, and no generator errors (which would fail the build). Then the English
// metadata (functions.en-US.json): the same functions in every respect but names and descriptions.
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { KKR_FUNCTIONS } from "../../src/functions/functions";
import { ROOT } from "./seeds";

const SOURCE = path.join(ROOT, "src", "functions", "functions.ts");
const ENGLISH = path.join(ROOT, "src", "functions", "functions.en-US.json");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  functions: FunctionMetadata[];
  allowCustomDataForDataTypeAny?: boolean;
}

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let metadata: Metadata;
const byId = (id: string) => metadata.functions.find((f) => f.id === id) as FunctionMetadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
});

describe("functions.json generated from functions.ts", () => {
  test("the generator reports no errors (the build would not fail)", () => {
    expect(generated.errors).toEqual([]);
  });

  test("lists exactly NPS, ANDEL, OPFYLDELSE, NYE, FORDEL, DÆKNING and LANDINDEKS, with the namespace-free names Excel prefixes with KKR.", () => {
    expect(metadata.functions.map((f) => [f.id, f.name])).toEqual([
      ["NPS", "NPS"],
      ["ANDEL", "ANDEL"],
      ["OPFYLDELSE", "OPFYLDELSE"],
      ["NYE", "NYE"],
      ["FORDEL", "FORDEL"],
      // An id may only hold A–Z, 0–9, "_" and "."; a name any Unicode letter (learn.microsoft.com, "Custom
      // functions naming and localization"): the id is DAEKNING, the name Excel shows DÆKNING.
      ["DAEKNING", "DÆKNING"],
      ["LANDINDEKS", "LANDINDEKS"],
    ]);
    expect(Object.keys(KKR_FUNCTIONS)).toEqual(metadata.functions.map((f) => f.id));
  });

  test("parameters: names, optional flags, ranges (matrix) and single cells (scalar), all of type any", () => {
    const shape = (id: string) =>
      byId(id).parameters.map(
        (p) => `${p.name}${p.optional ? "?" : ""}:${p.dimensionality ?? "scalar"}:${p.type}`
      );
    expect(shape("NPS")).toEqual(["svar:matrix:any"]);
    expect(shape("ANDEL")).toEqual(["svar:matrix:any", "match:matrix:any", "uden?:matrix:any"]);
    expect(shape("OPFYLDELSE")).toEqual([
      "resultat:scalar:any",
      "mål100:scalar:any",
      "mål50?:scalar:any",
      "retning?:scalar:any",
    ]);
    expect(shape("NYE")).toEqual(["i_år:matrix:any", "sidste_år:matrix:any"]);
    expect(shape("FORDEL")).toEqual([
      "total:scalar:any",
      "indbyggere:matrix:any",
      "enhed?:scalar:any",
      "metode?:scalar:any",
    ]);
    expect(shape("DAEKNING")).toEqual([
      "kommuner:matrix:any",
      "mindst?:scalar:any",
      "hus?:scalar:any",
    ]);
    expect(shape("LANDINDEKS")).toEqual([
      "kommuner:matrix:any",
      "hus?:scalar:any",
      "år?:scalar:any",
      "land_by?:matrix:any",
    ]);
  });

  test("results: a number, and for FORDEL a matrix that spills", () => {
    for (const id of ["NPS", "ANDEL", "OPFYLDELSE", "NYE", "DAEKNING", "LANDINDEKS"])
      expect(byId(id).result).toEqual({ type: "number" });
    expect(byId("FORDEL").result).toEqual({ type: "number", dimensionality: "matrix" });
  });

  test("every function and parameter has Danish help text", () => {
    expect(byId("NPS").description).toMatch(/^Net Promoter Score for svar på 0–10/);
    expect(byId("ANDEL").description).toMatch(/"Ved ikke", tæller hverken i tæller eller nævner/);
    expect(byId("OPFYLDELSE").description).toMatch(/^Målopfyldelse efter trinreglen/);
    expect(byId("NYE").description).toMatch(/CVR-numre/);
    expect(byId("FORDEL").description).toMatch(/summer præcist til totalen/);
    expect(byId("DAEKNING").description).toMatch(
      /^Dækning: andelen af Erhvervshusets kommuner.*Kilde: Danmarks Statistik\.$/
    );
    expect(byId("LANDINDEKS").description).toMatch(
      /^Landindeks: .*Landkommuner.*Kilde: Danmarks Statistik\.$/
    );
    expect(byId("ANDEL").parameters[2].description).toBe(
      'Svar, der tages ud af beregningen, fx "Ved ikke". Valgfri.'
    );
    expect(byId("OPFYLDELSE").parameters[3].description).toMatch(/"mindst".*"højst"/);
    expect(byId("FORDEL").parameters[3].description).toMatch(/"største rest".*"afrund hver"/);
    for (const f of metadata.functions) {
      expect((f.description ?? "").length).toBeGreaterThan(20);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
  });

  test("no function is streaming, volatile or cancelable: they are plain calculations Excel may cache", () => {
    for (const f of metadata.functions) expect(f.options ?? {}).toEqual({});
  });

  test("the generator's associations are the functions' own names in functions.ts", () => {
    expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual([
      ["NPS", "nps"],
      ["ANDEL", "andel"],
      ["OPFYLDELSE", "opfyldelse"],
      ["NYE", "nye"],
      ["FORDEL", "fordel"],
      ["DAEKNING", "daekning"],
      ["LANDINDEKS", "landindeks"],
    ]);
  });
});

describe("functions.en-US.json, the English metadata", () => {
  const english = JSON.parse(fs.readFileSync(ENGLISH, "utf8")) as Metadata;

  /** Everything Excel uses to call the function: what must not differ between languages. */
  const calling = (m: Metadata) =>
    JSON.stringify({
      ...m,
      functions: m.functions.map(({ id, parameters, result, options, helpUrl }) => ({
        id,
        helpUrl,
        result,
        options,
        parameters: parameters.map(({ type, dimensionality, optional, repeating }) => ({
          type,
          dimensionality,
          optional,
          repeating,
        })),
      })),
    });

  test("has the same ids, parameters (count, types, shapes, optional flags) and results as the generated Danish one", () => {
    // When this fails after a change to functions.ts, update functions.en-US.json to match.
    expect(calling(english)).toBe(calling(metadata));
  });

  test("English names valid for Excel, unique, and English help for every function and parameter", () => {
    expect(english.functions.map((f) => f.name)).toEqual([
      "NPS",
      "SHARE",
      "FULFILMENT",
      "NEWSHARE",
      "ALLOCATE",
      "COVERAGE",
      "RURALINDEX",
    ]);
    for (const f of english.functions) {
      expect(f.name).toMatch(/^[A-Za-z][A-Za-z0-9._]{0,127}$/);
      expect((f.description ?? "").length).toBeGreaterThan(20);
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect((p.description ?? "").length).toBeGreaterThan(10);
      }
    }
    expect(english.functions.map((f) => f.parameters.map((p) => p.name))).toEqual([
      ["answers"],
      ["answers", "match", "without"],
      ["result", "target100", "target50", "direction"],
      ["this_year", "last_year"],
      ["total", "population", "unit", "method"],
      ["municipalities", "at_least", "hub"],
      ["municipalities", "hub", "year", "rural_urban"],
    ]);
  });

  test("no Danish help left in the English file", () => {
    const texts = english.functions.flatMap((f) => [
      f.description ?? "",
      ...f.parameters.map((p) => p.description ?? ""),
    ]);
    for (const text of texts)
      expect(text).not.toMatch(/\b(fx|og|eller|svarene|tærsklen|Valgfri)\b/);
  });
});
