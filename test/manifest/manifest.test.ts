/* global describe, test, expect, beforeAll */
// manifest.xml, checked offline: against the XSD in test/manifest/schema (the subset of the Office add-in manifest
// this project uses, written from Microsoft's element reference) with xmllint compiled to WebAssembly, and against
// the project's own rules (checkManifest.ts). Deliberately broken copies prove the checks fail when they should.
// The online check by Microsoft's service is `npm run validate` (office-addin-manifest validate), not part of npm test.
import fs from "fs";
import path from "path";
import {
  ADDIN_ID,
  buildOutputs,
  DEV_ORIGIN,
  MANIFEST,
  pngSize,
  REQUIRED_SET,
  ROOT,
  semanticProblems,
  xsdErrors,
} from "./checkManifest";

const manifest = fs.readFileSync(MANIFEST, "utf8");
let outputs: Set<string>;

beforeAll(() => {
  outputs = buildOutputs();
});

async function problems(xml: string): Promise<string[]> {
  return [...(await xsdErrors(xml)), ...semanticProblems(xml, outputs)];
}

/** Replaces exactly one occurrence, so a broken copy is broken the way the test says. */
function breakOnce(xml: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === "string"
      ? xml.split(from).length - 1
      : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count < 1) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return xml.replace(from, to);
}

describe("manifest.xml", () => {
  test("is valid against the offline XSD", async () => {
    expect(await xsdErrors(manifest)).toEqual([]);
  });

  test("follows the project's rules (resids, URLs, permission, requirement set, locales)", () => {
    expect(semanticProblems(manifest, outputs)).toEqual([]);
  });

  test(`keeps its Id ${ADDIN_ID} and asks for ${REQUIRED_SET.name} ${REQUIRED_SET.minVersion}, as docs/sideload.md says`, () => {
    expect(manifest).toContain(`<Id>${ADDIN_ID}</Id>`);
    const docs = fs.readFileSync(path.join(ROOT, "docs", "sideload.md"), "utf8");
    expect(docs).toContain(`${REQUIRED_SET.name} ${REQUIRED_SET.minVersion}`);
  });

  test("points at pages and icons the build writes", () => {
    for (const page of [
      "taskpane.html",
      "functions.js",
      "functions.json",
      "functions.en-US.json",
      "support.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(outputs).toContain(page);
      expect(manifest).toContain(`${DEV_ORIGIN}${page}`);
    }
  });

  test.each([16, 32, 64, 80, 128])(
    "assets/icon-%i.png is a real square PNG of that size",
    (size) => {
      expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  );

  describe("a broken copy fails", () => {
    const cases: [string, string, RegExp][] = [
      [
        "elements out of order (Permissions before DefaultSettings)",
        breakOnce(
          breakOnce(manifest, "  <Permissions>ReadWriteDocument</Permissions>\n", ""),
          "  <DefaultSettings>",
          "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"
        ),
        /Permissions': This element is not expected/,
      ],
      [
        "an unknown permission",
        breakOnce(manifest, "ReadWriteDocument", "ReadWrite"),
        /enumeration/,
      ],
      [
        "a weaker permission",
        breakOnce(manifest, "ReadWriteDocument", "ReadDocument"),
        /Permissions is ReadDocument/,
      ],
      [
        "a resid with no resource",
        breakOnce(manifest, 'resid="Group.Label"', 'resid="Group.Missing"'),
        /Group\.Missing/,
      ],
      [
        "a resid of the wrong kind",
        breakOnce(manifest, '<Label resid="Group.Label"/>', '<Label resid="Support.Url"/>'),
        /needs a resource in ShortStrings/,
      ],
      [
        "a DisplayName over 125 characters",
        breakOnce(
          manifest,
          'DisplayName DefaultValue="Målopfyldelse"',
          `DisplayName DefaultValue="${"M".repeat(126)}"`
        ),
        /maxLength/,
      ],
      [
        "a description over 250 characters",
        breakOnce(
          manifest,
          /<Description DefaultValue="[^"]*"/,
          `<Description DefaultValue="${"x".repeat(251)}"`
        ),
        /maxLength/,
      ],
      [
        "a plain-HTTP URL",
        breakOnce(
          manifest,
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>'
        ),
        /pattern/,
      ],
      [
        "a URL off the dev server",
        breakOnce(
          manifest,
          'DefaultValue="https://localhost:3000/support.html"/>\n  <Hosts>',
          'DefaultValue="https://example.org/help"/>\n  <Hosts>'
        ),
        /not on https:\/\/localhost:3000/,
      ],
      [
        "a page the build does not write",
        breakOnce(
          manifest,
          'https://localhost:3000/support.html"/>\n  <Hosts>',
          'https://localhost:3000/nothing.html"/>\n  <Hosts>'
        ),
        /nothing\.html, which the build does not write/,
      ],
      [
        "AppDomains",
        breakOnce(
          manifest,
          "  <Hosts>\n    <Host Name",
          "  <AppDomains>\n    <AppDomain>https://example.org</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name"
        ),
        /AppDomains must be absent/,
      ],
      [
        "another requirement set",
        breakOnce(manifest, 'MinVersion="1.7"', 'MinVersion="1.11"'),
        /Requirements must be exactly ExcelApi 1\.7, SharedRuntime 1\.1, CustomFunctionsRuntime 1\.2/,
      ],
      [
        "no CustomFunctionsRuntime",
        breakOnce(manifest, /\n\s*<Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\/>/, ""),
        /Requirements must be exactly .*CustomFunctionsRuntime 1\.2, found ExcelApi 1\.7, SharedRuntime 1\.1$/,
      ],
      [
        "CustomFunctionsRuntime 1.1, which has no CustomFunctions.Error",
        breakOnce(
          manifest,
          'Name="CustomFunctionsRuntime" MinVersion="1.2"',
          'Name="CustomFunctionsRuntime" MinVersion="1.1"'
        ),
        /found ExcelApi 1\.7, SharedRuntime 1\.1, CustomFunctionsRuntime 1\.1$/,
      ],
      [
        "a missing English override",
        breakOnce(manifest, /\n\s*<bt:Override Locale="en-US" Value="Goal fulfilment"\/>/, ""),
        /Group\.Label has no en-US Override/,
      ],
      [
        "a button that runs a function instead of showing the pane",
        breakOnce(manifest, 'xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'),
        /ShowTaskpane|not expected/,
      ],
      [
        "a changed Id",
        breakOnce(manifest, ADDIN_ID, "00000000-0000-4000-8000-000000000000"),
        /Id must stay/,
      ],
      ["a malformed Id", breakOnce(manifest, ADDIN_ID, "not-a-guid"), /UUID|pattern/],
    ];

    test.each(cases)("%s", async (_name, broken, expected) => {
      expect(broken).not.toEqual(manifest);
      const found = await problems(broken);
      expect(found.length).toBeGreaterThan(0);
      expect(found.join("\n")).toMatch(expected);
    });
  });
});
