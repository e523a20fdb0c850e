// scripts/build-municipalities.js: rebuilds the shipped data from DST exports. On small files written here (two
// municipalities, figures made up for the test): the wide layout of kommuner.csv / folk1a-kvartaler.csv, a newer
// export in DST StatBank's long layout (OMRÅDE;TID;INDHOLD, Windows-1252), and the checks that refuse bad input.
// When the real exports are at ../shared/data (the lead's checkout), the committed modules must be what they give.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createQuarterly, createRegistry } from "../../src/core/municipalities";
import type { CompactMunicipalityData, CompactQuarterlyData } from "../../src/core/municipalities";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "build-municipalities.js");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "maal-municipalities-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KOMMUNER = [
  "kode,kommune,region,erhvervshus,kommunegruppe,folk_2018_01_01,folk_2019_01_01",
  "825,Læsø,Region Nordjylland,Nordjylland,Landkommuner,1807,1784",
  "851,Aalborg,Region Nordjylland,Nordjylland,Storbykommuner,213558,215312",
].join("\n");

function build(kommuner: string, kvartaler: Buffer | string, out = join(dir, "out")) {
  writeFileSync(join(dir, "kommuner.csv"), kommuner);
  writeFileSync(join(dir, "kvartaler.csv"), kvartaler);
  return spawnSync(
    process.execPath,
    [
      SCRIPT,
      "--kommuner",
      join(dir, "kommuner.csv"),
      "--kvartaler",
      join(dir, "kvartaler.csv"),
      "--out",
      out,
    ],
    { encoding: "utf8" }
  );
}

/** The generated modules, loaded as the project loads them (Jest transforms the TypeScript). */
function generated(out: string): { data: CompactMunicipalityData; quarters: CompactQuarterlyData } {
  let loaded: { data: CompactMunicipalityData; quarters: CompactQuarterlyData } | undefined;
  jest.isolateModules(() => {
    loaded = {
      data: require(join(out, "data.ts")).MUNICIPALITY_DATA,
      quarters: require(join(out, "quarters.ts")).QUARTERLY_DATA,
    };
  });
  return loaded!;
}

describe("scripts/build-municipalities.js", () => {
  test("the wide layout: years from kommuner.csv, quarters as given, code order, checked by the core's schemas", () => {
    const wide = [
      "kode,kommune,2018K4,2019K1,2019K2",
      "851,Aalborg,215122,215312,215443",
      "825,Læsø,1821,1784,1817",
    ].join("\n");
    const run = build(KOMMUNER, wide);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2 municipalities, years 2018–2019, quarters 2018K4–2019K2");
    const { data, quarters } = generated(join(dir, "out"));
    const registry = createRegistry(data);
    expect(registry.all.map((m) => [m.code, m.name, registry.population(m, 2019)])).toEqual([
      [825, "Læsø", 1784],
      [851, "Aalborg", 215_312],
    ]);
    expect(data.asOf).toBe("2019-01-01");
    expect(createQuarterly(quarters).quarters.map((q) => q.label)).toEqual([
      "2018K4",
      "2019K1",
      "2019K2",
    ]);
  });

  test("a newer export in StatBank's long layout, saved as Windows-1252: its K1 quarters become years", () => {
    const long = [
      "OMRÅDE;TID;INDHOLD",
      "Hele landet;2020K1;5822763",
      "Læsø;2019K4;1790",
      "Læsø;2020K1;1786",
      "Aalborg;2019K4;217142",
      "Aalborg;2020K1;217075",
    ].join("\r\n");
    const run = build(KOMMUNER, Buffer.from(long, "latin1"), join(dir, "long"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const { data } = generated(join(dir, "long"));
    const registry = createRegistry(data);
    expect(registry.years).toEqual([2018, 2019, 2020]);
    expect(registry.population(registry.byCode(825)!, 2020)).toBe(1786);
    expect(registry.population(registry.byCode(851)!, 2018)).toBe(213_558);
  });

  test("refuses a K1 figure that disagrees with kommuner.csv, a gap between quarters, and a missing municipality", () => {
    const disagree = ["kode,kommune,2019K1", "851,Aalborg,215313", "825,Læsø,1784"].join("\n");
    expect(build(KOMMUNER, disagree).stderr).toContain(
      "Aalborg: kommuner.csv says 215312 on 1 January 2019, the quarterly file 215313"
    );
    const gap = ["kode,kommune,2019K1,2019K3", "851,Aalborg,215312,1", "825,Læsø,1784,1"].join(
      "\n"
    );
    expect(build(KOMMUNER, gap).stderr).toContain(
      "quarters are not consecutive (2019K1 then 2019K3)"
    );
    const missing = ["kode,kommune,2019K1", "851,Aalborg,215312"].join("\n");
    const run = build(KOMMUNER, missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Læsø (825) has no quarterly populations");
  });

  // The real exports: ../shared/data beside the repository (the script's default), or MUNICIPALITY_DATA=<dir>.
  const shared = process.env.MUNICIPALITY_DATA ?? join(ROOT, "..", "shared", "data");
  (existsSync(join(shared, "kommuner.csv")) ? test : test.skip)(
    "from the real exports at ../shared/data it rebuilds exactly the committed modules",
    () => {
      const out = join(dir, "real");
      const files = [
        "--kommuner",
        join(shared, "kommuner.csv"),
        "--kvartaler",
        join(shared, "folk1a-kvartaler.csv"),
      ];
      execFileSync(process.execPath, [SCRIPT, ...files, "--out", out]);
      for (const file of ["data.ts", "quarters.ts"])
        expect(readFileSync(join(out, file), "utf8")).toBe(
          readFileSync(join(ROOT, "src", "core", "municipalities", file), "utf8")
        );
    }
  );
});
