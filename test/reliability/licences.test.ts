// scripts/licences.js: which declared licences count as permissive, and that docs/licences.md lists every shipped
// package (the production dependencies in node_modules) with the licence its package.json declares.
import { readFileSync } from "fs";
import path from "path";

interface LicenceScript {
  declaredLicence(pkg: object): string;
  isPermissive(expression: string): boolean;
  shippedPackages(): { name: string; version: string; licence: string }[];
}
const licences = require("../../scripts/licences.js") as LicenceScript;

test("SPDX expressions: every AND part must be permissive, one OR alternative is enough", () => {
  expect(licences.isPermissive("MIT")).toBe(true);
  expect(licences.isPermissive("(MIT OR GPL-3.0-or-later)")).toBe(true);
  expect(licences.isPermissive("(MIT AND Zlib)")).toBe(true);
  expect(licences.isPermissive("(MIT AND GPL-3.0-only)")).toBe(false);
  expect(licences.isPermissive("GPL-3.0-only")).toBe(false);
  expect(licences.isPermissive("LGPL-2.1")).toBe(false);
  expect(licences.isPermissive("MPL-2.0")).toBe(false);
  expect(licences.isPermissive("SEE LICENSE IN LICENSE.txt")).toBe(false);
  expect(licences.isPermissive("")).toBe(false);
});

test("the licence fields package.json files use: a string, an object, the old array", () => {
  expect(licences.declaredLicence({ license: "ISC" })).toBe("ISC");
  expect(licences.declaredLicence({ license: { type: "MIT", url: "x" } })).toBe("MIT");
  expect(licences.declaredLicence({ licenses: [{ type: "MIT" }, { type: "Apache-2.0" }] })).toBe(
    "MIT OR Apache-2.0"
  );
  expect(licences.declaredLicence({})).toBe("");
});

test("docs/licences.md lists every shipped package as node_modules has it now", () => {
  const doc = readFileSync(path.join(__dirname, "..", "..", "docs", "licences.md"), "utf8");
  const packages = licences.shippedPackages();
  expect(packages.length).toBeGreaterThan(100);
  expect(doc).toContain(`${packages.length} packages.`);
  for (const p of packages)
    expect(doc).toContain(`| ${p.name} | ${p.version} | ${p.licence || "(none declared)"} |`);
});
