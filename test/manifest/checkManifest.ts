/* global __dirname, require, Buffer, URL */
// The offline checks of manifest.xml: the XSD in ./schema (run by xmllint compiled to WebAssembly, no network) and
// the rules no XSD can state: resids point at resources of the right kind, every URL is on the dev server and names
// a file the build writes, the permission, the requirement set, no AppDomains, both locales present.
import fs from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";
import { allElements, child, children, parseXml, type XmlElement } from "./xml";

export const ROOT = path.join(__dirname, "..", "..");
export const MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMA_DIR = path.join(__dirname, "schema");

export const NS = {
  o: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/** The add-in's identity: changing it orphans every installed copy. */
export const ADDIN_ID = "32328cba-6004-4687-913b-783c3fbfd430";
export const DEV_ORIGIN = "https://localhost:3000/";
/** The requirement set the manifest must ask for (docs/sideload.md says why). */
export const REQUIRED_SET = { name: "ExcelApi", minVersion: "1.7" };
/** The custom functions share the task pane's runtime. */
export const SHARED_RUNTIME_SET = { name: "SharedRuntime", minVersion: "1.1" };
/** The runtime the KKR.* functions need, with CustomFunctions.Error (1.2), which they throw (manifest.xml says why). */
export const CUSTOM_FUNCTIONS_SET = { name: "CustomFunctionsRuntime", minVersion: "1.2" };
const SECOND_LOCALE = "en-US";

export async function xsdErrors(xml: string): Promise<string[]> {
  const read = (f: string) => ({
    fileName: f,
    contents: fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read("officeapp.xsd")],
    preload: [read("officeappbasictypes.xsd"), read("taskpaneappversionoverrides.xsd")],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** Output file names of the build (dist/), read from webpack.config.js: HTML pages and copied files. */
export function buildOutputs(): Set<string> {
  const configFactory = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object
  ) => { plugins: object[] };
  const config = configFactory({}, { mode: "development" }) as {
    plugins: object[];
    entry?: Record<string, string | { filename?: string }>;
  };
  const out = new Set<string>();
  // Entries with a fixed file name (functions.js: the manifest names it).
  for (const entry of Object.values(config.entry ?? {})) {
    if (typeof entry === "object" && entry.filename) out.add(entry.filename);
  }
  for (const plugin of config.plugins) {
    const p = plugin as {
      constructor: { name: string };
      userOptions?: { filename?: string };
      patterns?: { from: string; to: string }[];
    };
    if (p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename)
      out.add(p.userOptions.filename);
    if (p.constructor.name === "CopyPlugin" && p.patterns) {
      for (const pattern of p.patterns) {
        for (const file of expand(pattern.from)) {
          const ext = path.extname(file);
          out.add(pattern.to.replace("[name]", path.basename(file, ext)).replace("[ext]", ext));
        }
      }
    }
  }
  return out;
}

/** "assets/icon-*.png" → the files that exist (one "*" in the last segment is all the config uses). */
function expand(pattern: string): string[] {
  const dir = path.dirname(pattern);
  const base = path.basename(pattern);
  if (!base.includes("*")) return fs.existsSync(path.join(ROOT, pattern)) ? [pattern] : [];
  const [before, after] = base.split("*");
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.startsWith(before) && f.endsWith(after))
    .map((f) => path.posix.join(dir, f));
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which kind of resource a resid on this element must name. */
function expectedKind(e: XmlElement): ResourceKind | null {
  if (e.ns === NS.bt && e.name === "Image") return "Images";
  switch (e.name) {
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "Urls";
    default:
      return null;
  }
}

function resources(root: XmlElement): Map<string, { kind: ResourceKind; element: XmlElement }> {
  const map = new Map<string, { kind: ResourceKind; element: XmlElement }>();
  const res = child(child(root, "VersionOverrides", NS.ov), "Resources", NS.ov);
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as ResourceKind[]) {
    for (const e of child(res, kind, NS.bt)?.children ?? [])
      map.set(e.attributes.id, { kind, element: e });
  }
  return map;
}

function hasOverride(e: XmlElement, locale: string): boolean {
  return e.children.some(
    (c) =>
      c.name === "Override" &&
      c.attributes.Locale === locale &&
      (c.attributes.Value ?? "").trim() !== ""
  );
}

/** Problems the XSD cannot see. An empty list means the manifest is as this project wants it. */
export function semanticProblems(xml: string, outputs: Set<string>): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed: ${(e as Error).message}`];
  }
  const o = (name: string) => child(root, name, NS.o);

  if (o("Id")?.text.trim() !== ADDIN_ID) problems.push(`Id must stay ${ADDIN_ID}`);
  if (o("DefaultLocale")?.text.trim() !== "da-DK") problems.push("DefaultLocale must be da-DK");
  for (const name of ["DisplayName", "Description"]) {
    const e = o(name);
    if (e && !hasOverride(e, SECOND_LOCALE))
      problems.push(`${name} has no ${SECOND_LOCALE} Override`);
  }
  if (o("DisplayName")?.attributes.DefaultValue !== "Målopfyldelse")
    problems.push('DisplayName must be "Målopfyldelse"');

  // Permission, AppDomains, hosts.
  const permission = o("Permissions")?.text.trim();
  if (permission !== "ReadWriteDocument")
    problems.push(`Permissions is ${permission ?? "missing"}, must be ReadWriteDocument`);
  if (o("AppDomains"))
    problems.push("AppDomains must be absent: the add-in navigates to no other domain");
  const hosts = children(o("Hosts"), "Host", NS.o).map((h) => h.attributes.Name);
  if (hosts.join() !== "Workbook")
    problems.push(`Hosts must be exactly Workbook, found ${hosts.join(", ") || "none"}`);

  // Requirement set.
  const sets = children(child(o("Requirements"), "Sets", NS.o), "Set", NS.o).map(
    (s) => `${s.attributes.Name} ${s.attributes.MinVersion ?? "(DefaultMinVersion)"}`
  );
  const wanted = [REQUIRED_SET, SHARED_RUNTIME_SET, CUSTOM_FUNCTIONS_SET]
    .map((r) => `${r.name} ${r.minVersion}`)
    .join(", ");
  if (sets.join(", ") !== wanted)
    problems.push(`Requirements must be exactly ${wanted}, found ${sets.join(", ") || "none"}`);

  // Resources: every resid names a resource of the right kind; every resource is used; both locales.
  const res = resources(root);
  const used = new Set<string>();
  for (const e of allElements(root)) {
    const resid = e.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const found = res.get(resid);
    const kind = expectedKind(e);
    if (!found) problems.push(`line ${e.line}: <${e.name} resid="${resid}"> names no resource`);
    else if (kind && found.kind !== kind)
      problems.push(
        `line ${e.line}: <${e.name} resid="${resid}"> needs a resource in ${kind}, not ${found.kind}`
      );
  }
  for (const [id, { kind, element }] of res) {
    if (!used.has(id)) problems.push(`resource ${id} is never used`);
    if (
      (kind === "ShortStrings" || kind === "LongStrings") &&
      !hasOverride(element, SECOND_LOCALE)
    ) {
      problems.push(`string ${id} has no ${SECOND_LOCALE} Override`);
    }
  }

  // The ribbon button opens the task pane.
  const action = allElements(root).find((e) => e.name === "Action" && e.ns === NS.ov);
  if (action?.attributes["xsi:type"] !== "ShowTaskpane")
    problems.push("the button's Action must be ShowTaskpane");
  if (child(action, "TaskpaneId", NS.ov)?.text.trim() !== "ButtonId1")
    problems.push("TaskpaneId must be ButtonId1");
  const tab = allElements(root).find((e) => e.name === "OfficeTab");
  if (tab?.attributes.id !== "TabHome") problems.push("the group must be on TabHome");

  // URLs: HTTPS on the dev server, each naming a file the build writes.
  for (const e of allElements(root)) {
    const values = [
      ...Object.entries(e.attributes)
        .filter(([k]) => !k.startsWith("xmlns"))
        .map(([, v]) => v),
      e.text.trim(),
    ];
    for (const value of values) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
      if (!value.startsWith(DEV_ORIGIN)) {
        problems.push(`line ${e.line}: ${value} is not on ${DEV_ORIGIN}`);
        continue;
      }
      const file = decodeURIComponent(new URL(value).pathname.slice(1));
      if (!outputs.has(file))
        problems.push(`line ${e.line}: ${value} names ${file}, which the build does not write`);
    }
  }
  const pane = res.get("Taskpane.Url")?.element.attributes.DefaultValue;
  const source = child(o("DefaultSettings"), "SourceLocation", NS.o);
  if (pane !== `${DEV_ORIGIN}taskpane.html` || source?.attributes.DefaultValue !== pane) {
    problems.push(
      "the task pane page must be https://localhost:3000/taskpane.html (SourceLocation and Taskpane.Url)"
    );
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    bytes.length < 24 ||
    !bytes.subarray(0, 8).equals(signature) ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  )
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
