// `maalopfyldelse memo` on the sample workbooks (issue 17): a .docx that Word and LibreOffice open, with the title,
// the overall, the nine goals of seed 004 in their three groups, goal 6's "3 af 4 indsatser" and the chart picture.
// Where LibreOffice is installed the .docx is converted to PDF and the PDF's text and images are checked; elsewhere
// the document's XML is. The test says which path ran.
import { execFile } from "child_process";
import { createHash } from "crypto";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { strFromU8, unzipSync } from "fflate";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { goalWorkbook, nordjylland2020Rows, type GoalRow } from "../helpers/workbooks";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_2020 = path.join(ROOT, "assets", "nordjylland-2020-afrapportering.xlsx");
const SAMPLE_2021 = path.join(ROOT, "assets", "nordjylland-2021-status.xlsx");
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const POPPLER = existsSync("/usr/bin/pdftotext") && existsSync("/usr/bin/pdfimages");

jest.setTimeout(240_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "maal-memo-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await runCli(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

/** The .docx's parts by name. */
async function docxParts(file: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await fs.readFile(file)));
}

/** The text of word/document.xml, paragraph by paragraph, whitespace as one space. */
function documentText(parts: Record<string, Uint8Array>): string {
  const xml = strFromU8(parts["word/document.xml"]);
  return xml
    .replace(/<\/w:p>/g, " ")
    .replace(/<w:tab\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

const TITLE =
  "Opfølgning på resultatkontrakt 2020 mellem Erhvervshus Nordjylland og KKR Nordjylland";
const GROUPS: [string, string[]][] = [
  [
    "Nationalt fastsatte mål",
    [
      "Virksomhedernes tilfredshed med den specialiserede vejledning",
      "Virksomhedernes oplevede effekt af den specialiserede vejledning",
      "Implementering af den fælles digitale indgang til Erhvervshusene",
    ],
  ],
  [
    "Fælles indsatsmål",
    [
      "Erhvervshusenes vejledning af den brede gruppe af virksomheder",
      "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper",
      "Erhvervshusene som knudepunkter i erhvervsfremmesystemet",
      "Særlig indsats for digital omstilling",
    ],
  ],
  [
    "Regionale mål",
    [
      "Regional strategi og regionale styrker",
      "Samarbejdsmodel mellem Erhvervshus Nordjylland og de lokale erhvervskontorer",
    ],
  ],
];

/** The checks a reader of the memo would make, on its text (from the PDF or from the document's XML). */
function expectMemo2020(text: string) {
  expect(text).toContain(TITLE);
  expect(text).toContain("6. december 2026");
  expect(text).toContain("Den samlede målopfyldelse er 97,2 %.");
  expect(text).toContain(
    "Det indstilles, at KKR Nordjylland godkender afrapporteringen for 2020 med en samlet målopfyldelse på 97,2 %."
  );
  expect(text).toContain("3 af 4 indsatser → 75 %");
  // The overview: each group's heading, then its goals, in the seed's order, then the overall.
  const overview = text.slice(text.indexOf("Oversigt over mål"), text.indexOf("Indstilling"));
  let at = 0;
  for (const [group, titles] of GROUPS) {
    const g = overview.indexOf(group, at);
    expect(g).toBeGreaterThanOrEqual(at);
    at = g;
    for (const title of titles) {
      const t = overview.indexOf(title, at);
      expect({ title, found: t > at }).toEqual({ title, found: true });
      at = t;
    }
  }
  expect(overview.indexOf("Samlet målopfyldelse", at)).toBeGreaterThan(at);
  expect(overview).toMatch(/Samlet målopfyldelse 9 af 9 mål målt 97,2 %/);
}

describe("memo: seed 004, the 2020 report", () => {
  let out: string;
  let result: { code: number; out: string; err: string };
  let before: string;

  beforeAll(async () => {
    out = path.join(dir, "memo.docx");
    before = await sha(SAMPLE_2020);
    result = await cli("memo", SAMPLE_2020, "--out", out, "--date", "2026-12-06");
  });

  test("writes the .docx, says what it made, and leaves the workbook as it was", async () => {
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Titel:       ${TITLE}`);
    expect(result.out).toContain("Samlet:      97,2 %, 9 af 9 mål målt");
    expect(result.err).toBe("");
    expect(await sha(SAMPLE_2020)).toBe(before);
  });

  test("the document has real Word styles, the table style and the chart as SVG with a PNG fallback", async () => {
    const parts = await docxParts(out);
    const styles = strFromU8(parts["word/styles.xml"]);
    for (const id of ["Title", "Heading1", "Heading2", "Caption", "Indstilling"])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(
      /<w:style w:type="table" w:customStyle="1" w:styleId="Maaltabel">\s*<w:name w:val="Måltabel"\/>/
    );
    const xml = strFromU8(parts["word/document.xml"]);
    expect(xml).toContain('<w:tblStyle w:val="Maaltabel"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain("asvg:svgBlip");
    const media = Object.keys(parts).filter((p) => p.startsWith("word/media/"));
    expect(media.map((p) => path.extname(p)).sort()).toEqual([".png", ".svg"]);
    const png = parts[media.find((p) => p.endsWith(".png"))!];
    expect(Array.from(png.slice(1, 4), (b) => String.fromCharCode(b)).join("")).toBe("PNG");
    // 600 × 330 CSS pixels drawn at 2×.
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 660]);
    const svg = strFromU8(parts[media.find((p) => p.endsWith(".svg"))!]);
    expect(svg).toContain("Fælles indsatsmål");
    // The status colours: goal 6's bar is the Delvist opfyldt yellow, and its Status cell is shaded with it.
    expect(svg).toContain('fill="#FFEB9C"');
    expect(xml).toContain('w:fill="FFEB9C"');
  });

  test("the memo's text: title, 97,2 %, the nine goals in their three groups, goal 6's 3 af 4 (LibreOffice → PDF where installed)", async () => {
    // The document's XML always; the PDF too where LibreOffice and poppler-utils are installed.
    expectMemo2020(documentText(await docxParts(out)));
    if (!SOFFICE || !POPPLER) {
      console.log(
        `memo test: LibreOffice or poppler-utils not installed (soffice: ${SOFFICE ?? "none"}); checked the document XML, no PDF`
      );
      return;
    }
    console.log(
      `memo test: converting with ${SOFFICE} --headless --convert-to pdf, reading it with pdftotext and pdfimages`
    );
    // A profile of its own, so a LibreOffice already running (another test, a user) does not swallow the conversion.
    const profile = path.join(dir, "lo-profile");
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        out,
      ],
      { timeout: 180_000 }
    );
    const pdf = path.join(dir, "memo.pdf");
    const { stdout: text } = await run("pdftotext", [pdf, "-"]);
    expectMemo2020(squash(text));
    const { stdout: images } = await run("pdfimages", ["-list", pdf]);
    // The chart: one picture of 1200 × 660 pixels (LibreOffice shows the PNG fallback).
    // Columns: page num type width height …; the PNG's alpha channel is a second row of type "smask".
    const rows = images
      .split("\n")
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[2] === "image");
    expect(rows.map((f) => [f[3], f[4]])).toEqual([["1200", "660"]]);
  });

  test("--json gives the memo's text blocks for other tools", async () => {
    const { code, out: stdout } = await cli(
      "memo",
      SAMPLE_2020,
      "--out",
      path.join(dir, "j.docx"),
      "--date",
      "2026-12-06",
      "--json"
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.title).toBe(TITLE);
    expect(json.found).toEqual({ hub: "titel", kkr: "titel", year: "titel" });
    expect(
      json.blocks
        .map((b: { kind: string; text?: string }) => (b.kind === "heading" ? b.text : b.kind))
        .slice(0, 8)
    ).toEqual([
      "Sagsfremstilling",
      "paragraph",
      "paragraph",
      "paragraph",
      "list",
      "Oversigt over mål",
      "goalTable",
      "chart",
    ]);
    expect(json.chart).toMatchObject({ width: 600, height: 330, svg: true });
    expect(json.output).toBe(path.join(dir, "j.docx"));
  });

  test("--title and --indstilling replace the generated text", async () => {
    const file = path.join(dir, "own.docx");
    const { code } = await cli(
      "memo",
      SAMPLE_2020,
      "--out",
      file,
      "--date",
      "2021-03-01",
      "--title",
      "Punkt 3.3: Erhvervshuset 2020",
      "--indstilling",
      "Det indstilles, at KKR Nordjylland drøfter afrapporteringen."
    );
    expect(code).toBe(0);
    const text = documentText(await docxParts(file));
    expect(text).toContain("Punkt 3.3: Erhvervshuset 2020");
    expect(text).toContain("1. marts 2021");
    expect(text).toContain("Det indstilles, at KKR Nordjylland drøfter afrapporteringen.");
    expect(text).not.toContain("godkender");
  });
});

describe("memo: seed 002, the status of 13 October 2021", () => {
  test("the overall's range, the five pending goals listed, and 'tager status til efterretning'", async () => {
    const file = path.join(dir, "status.docx");
    const { code, out: stdout } = await cli(
      "memo",
      SAMPLE_2021,
      "--out",
      file,
      "--date",
      "2021-10-20",
      "--json"
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.final).toBe(false);
    expect(json.subtitle).toBe("Status pr. 13. oktober 2021");
    const text = documentText(await docxParts(file));
    expect(text).toContain(
      "Status på resultatkontrakt 2021 mellem Erhvervshus Nordjylland og KKR Nordjylland"
    );
    expect(text).toContain("den foreløbige samlede målopfyldelse er 85,7 %");
    expect(text).toContain("vil den ligge mellem 50 % og 91,7 %");
    expect(text).toContain("Samlet målopfyldelse 7 af 12 mål målt 85,7 % (50–91,7 %)");
    expect(text).toContain("5 mål afventer data og indgår ikke i den foreløbige målopfyldelse:");
    const pendingList = json.blocks.find(
      (b: { kind: string; items?: string[] }) =>
        b.kind === "list" && b.items![0].startsWith("Mål 1,")
    );
    expect(pendingList.items.map((i: string) => i.split(",")[0])).toEqual([
      "Mål 1",
      "Mål 2",
      "Mål 5",
      "Mål 6",
      "Mål 8",
    ]);
    for (const item of pendingList.items) expect(text).toContain(item);
    expect(text).toContain("Det indstilles, at KKR Nordjylland tager status til efterretning.");
  });
});

describe("bad input", () => {
  test("a workbook with errors: the errors with sheet and cell, exit code 1, no memo", async () => {
    const wb = goalWorkbook(
      (await nordjylland2020Rows()).map((r: GoalRow) => (r[0] === "1" ? [...r.slice(0, 3), "7O", ...r.slice(4)] : r))
    );
    const input = path.join(dir, "bad.xlsx");
    await wb.xlsx.writeFile(input);
    const file = path.join(dir, "bad.docx");
    const { code, err } = await cli("memo", input, "--out", file);
    expect(code).toBe(1);
    expect(err).toContain("Arket Mål, celle D4: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)");
    expect(existsSync(file)).toBe(false);
  });

  test("a workbook that names no hub: the memo is made, with a warning to give --title", async () => {
    const wb = goalWorkbook(await nordjylland2020Rows());
    const input = path.join(dir, "Bog1.xlsx");
    await wb.xlsx.writeFile(input);
    const { code, err } = await cli(
      "memo",
      input,
      "--out",
      path.join(dir, "bog1.docx"),
      "--date",
      "2021-02-15"
    );
    expect(code).toBe(0);
    expect(err).toContain("Advarsel: Erhvervshuset står ikke i arbejdsbogen");
  });

  test("usage: no workbook, a bad date, an empty title → exit code 2", async () => {
    expect((await cli("memo")).code).toBe(2);
    expect((await cli("memo", SAMPLE_2020, "--date", "15-02-2021")).code).toBe(2);
    expect((await cli("memo", SAMPLE_2020, "--title", " ")).code).toBe(2);
    expect((await cli("memo", path.join(dir, "findes-ikke.xlsx"))).code).toBe(2);
  });
});
