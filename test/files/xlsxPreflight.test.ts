// The pre-flight check (src/files/xlsxPreflight.ts) on the hostile files of issue 13, on valid files, and at the
// edges of each limit. Every hostile file is built here (test/helpers/hostileXlsx.ts); each must be refused with
// its Danish message within two seconds, by both inflaters (Node's zlib, and the browser's DecompressionStream
// that the workbench uses).
/* global __dirname */
import { describe, expect, test } from "@jest/globals";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import {
  DEFAULT_LIMITS,
  preflightXlsx,
  WorkbookRefusedError,
  type PreflightLimits,
} from "../../src/files/xlsxPreflight";
import { XmlScanner } from "../../src/files/xmlScan";
import { loadExcelHost } from "../../src/host";
import {
  BASE_GOALS,
  baseEntries,
  baseWorkbook,
  HOSTILE_CASES,
  sheetDataXml,
  worksheetXml,
  writeZip,
  type ZipEntryInput,
} from "../helpers/hostileXlsx";
import { goalWorkbook, nordjylland2020Rows } from "../helpers/workbooks";

const ROOT = join(__dirname, "..", "..");

async function refusal(
  bytes: Uint8Array,
  options: Parameters<typeof preflightXlsx>[1] = {}
): Promise<WorkbookRefusedError> {
  try {
    await preflightXlsx(bytes, options);
  } catch (e) {
    if (e instanceof WorkbookRefusedError) return e;
    throw e;
  }
  throw new Error("the file was not refused");
}

const small = (overrides: Partial<PreflightLimits>): PreflightLimits => ({
  ...DEFAULT_LIMITS,
  ...overrides,
});
const merges = (...refs: string[]) =>
  `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;

describe.each(["node", "web"] as const)(
  "the hostile files of issue 13 (%s inflater)",
  (inflater) => {
    test.each(HOSTILE_CASES.map((c) => [c.name, c] as const))(
      "%s: refused at once, in Danish and English",
      async (_name, hostile) => {
        const bytes = hostile.bytes();
        const started = performance.now();
        const e = await refusal(bytes, { inflater });
        const ms = performance.now() - started;
        expect(e.code).toBe(hostile.code);
        expect(e.message).toMatch(hostile.expect);
        expect(e.english).not.toBe(e.message);
        expect(e.messageIn("en")).toBe(e.english);
        expect(ms).toBeLessThan(2000);
      }
    );
  }
);

describe("valid files pass and still load", () => {
  const samples = readdirSync(join(ROOT, "assets")).filter((f) => f.endsWith(".xlsx"));

  test.each(samples)("assets/%s", async (file) => {
    const bytes = readFileSync(join(ROOT, "assets", file));
    const report = await preflightXlsx(bytes);
    expect(report.sheets).toBeGreaterThan(0);
    expect(report.cells).toBeGreaterThan(0);
    // The report counts what ExcelJS will see: the same number of worksheets and non-empty cells or more.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(report.sheets).toBe(wb.worksheets.length);
  });

  test("a file saved by Excel (test/fixtures/host/excel-saved-table.xlsx), by both inflaters", async () => {
    const bytes = readFileSync(join(ROOT, "test/fixtures/host/excel-saved-table.xlsx"));
    const node = await preflightXlsx(bytes, { inflater: "node" });
    const web = await preflightXlsx(bytes, { inflater: "web" });
    expect(web).toEqual(node);
  });

  test("the base workbook of the hostile files, and the host's own output after a write", async () => {
    await expect(preflightXlsx(baseWorkbook())).resolves.toMatchObject({ sheets: 2, cells: 24 });
    const host = await loadExcelHost(await goalWorkbook(await nordjylland2020Rows()).xlsx.writeBuffer());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mål").getRange("A40").values = [["efter"]];
      await context.sync();
    });
    const saved = await host.toXlsx();
    await expect(preflightXlsx(saved)).resolves.toMatchObject({ sheets: 1 });
    await expect(loadExcelHost(saved)).resolves.toBeDefined();
  });

  test("Excel's last row and column (XFD1048576) and sheet id 65534 are inside the limits", async () => {
    const bytes = baseWorkbook({
      sheetIds: ["1", "65534"],
      goals: {
        before: `<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9"/></cols>`,
        sheetData: sheetDataXml(BASE_GOALS).replace(
          "</sheetData>",
          `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`
        ),
      },
    });
    await expect(preflightXlsx(bytes)).resolves.toMatchObject({ cells: 25 });
  });
});

describe("merged cells", () => {
  test("an area at the limit passes, one cell more is refused naming the sheet and range", async () => {
    const limits = small({ maxMergedCells: 100 });
    await expect(
      preflightXlsx(baseWorkbook({ goals: { after: merges("A10:J19") } }), { limits })
    ).resolves.toBeDefined();
    const e = await refusal(baseWorkbook({ goals: { after: merges("A10:K19") } }), { limits });
    expect(e.message).toBe(
      "Mål!A10:K19: den flettede celle dækker 110 celler; højst 100 kan læses."
    );
    expect(e).toMatchObject({ code: "merge-too-large", sheet: "Mål", ref: "A10:K19" });
  });

  test("the areas of the workbook are counted together, and the merges of a sheet", async () => {
    const byArea = await refusal(
      baseWorkbook({ goals: { after: merges("A10:A19") }, key: { after: merges("D10:D19") } }),
      { limits: small({ maxMergedCells: 15 }) }
    );
    expect(byArea.message).toBe(
      "Nøgle!D10:D19: arbejdsbogens flettede celler dækker over 15 celler tilsammen; flere kan ikke læses."
    );
    const byCount = await refusal(
      baseWorkbook({ goals: { after: merges("A10:B10", "A11:B11", "A12:B12") } }),
      { limits: small({ maxMergesPerSheet: 2 }) }
    );
    expect(byCount).toMatchObject({ code: "too-many-merges", ref: "A12:B12" });
  });

  test("a merge outside the grid is refused as out of bounds, whatever its size", async () => {
    const e = await refusal(baseWorkbook({ goals: { after: merges("XFD1:XFE1") } }));
    expect(e.message).toBe(
      "Mål!XFD1:XFE1: kolonne 16.385 (XFE) ligger uden for Excels ark (kolonnerne A til XFD, 1 til 16.384)."
    );
  });
});

describe("data validations, defined names and sheet ids", () => {
  test("the ranges of all validations in the workbook are counted together", async () => {
    const after = `<dataValidations count="2"><dataValidation type="list" sqref="A10:A19 B10:B19"><formula1>"a"</formula1></dataValidation><dataValidation type="list" sqref="C10:C19"><formula1>"b"</formula1></dataValidation></dataValidations>`;
    const limits = small({ maxValidationCells: 25 });
    const e = await refusal(baseWorkbook({ goals: { after } }), { limits });
    expect(e).toMatchObject({ code: "validation-too-large", sheet: "Mål", ref: "C10:C19" });
    expect(e.message).toMatch(/dækker 30 celler; højst 25 \(to hele kolonner\) kan læses\.$/);
    // A drop-down list on two whole columns (how Excel stores a list applied to columns C and D) passes.
    const columns = after
      .replace("A10:A19 B10:B19", "C1:C1048576")
      .replace("C10:C19", "D1:D1048576");
    await expect(preflightXlsx(baseWorkbook({ goals: { after: columns } }))).resolves.toBeDefined();
  });

  test("names ExcelJS does not expand (relative ranges, print areas) are not counted", async () => {
    // The claim behind the exemption: ExcelJS loads these at once (it expands only $-ranges other than the print
    // area and titles, lib/doc/defined-names.js and lib/xlsx/xform/book/workbook-xform.js).
    const definedNames =
      `<definedNames><definedName name="Relativ">'Mål'!A1:XFD1048576</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Mål'!$A$1:$XFD$1048576</definedName></definedNames>`;
    const bytes = baseWorkbook({ definedNames });
    await expect(preflightXlsx(bytes)).resolves.toBeDefined();
    const started = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test("a name past the grid is refused, and so is the sum of names over the budget", async () => {
    const outside = await refusal(
      baseWorkbook({
        definedNames: `<definedNames><definedName name="Ude">Mål!$A$1:$A$1048577</definedName></definedNames>`,
      })
    );
    expect(outside.message).toBe(
      "navnet 'Ude' (Mål!$A$1:$A$1048577): række 1.048.577 ligger uden for Excels ark (rækkerne 1 til 1.048.576)."
    );
    const names =
      `<definedNames><definedName name="A">Mål!$A$1:$A$10</definedName>` +
      `<definedName name="B">SUM(Mål!$B$1:B10)</definedName></definedNames>`;
    await expect(
      preflightXlsx(baseWorkbook({ definedNames: names }), {
        limits: small({ maxDefinedNameCells: 20 }),
      })
    ).resolves.toBeDefined();
    const e = await refusal(baseWorkbook({ definedNames: names }), {
      limits: small({ maxDefinedNameCells: 19 }),
    });
    expect(e.message).toMatch(/^navnet 'B' \(SUM\(Mål!\$B\$1:B10\)\) dækker 10 celler/);
  });

  test("two sheets with one sheetId, and a sheet whose part is missing", async () => {
    const twice = await refusal(baseWorkbook({ sheetIds: ["3", "3"] }));
    expect(twice.message).toBe(
      "Nøgle: arket har samme sheetId (3) som arket 'Mål'; kun det ene ville blive læst."
    );
    const missing = baseEntries().filter((e) => e.name !== "xl/worksheets/sheet2.xml");
    const e = await refusal(writeZip(missing));
    expect(e.message).toBe(
      "Nøgle: arkets indhold mangler i filen (xl/worksheets/sheet2.xml); filen er beskadiget eller afkortet."
    );
  });
});

describe("rows, columns and references on the grid", () => {
  test("rows and cells without a number are refused in Danish (ExcelJS throws on them in English)", async () => {
    const row = baseWorkbook({
      goals: {
        sheetData: sheetDataXml(BASE_GOALS).replace(
          "</sheetData>",
          `<row><c r="A9"><v>1</v></c></row></sheetData>`
        ),
      },
    });
    expect((await refusal(row)).message).toBe(
      "Mål: en række mangler sit nummer (r), som Excel altid skriver; filen kan ikke læses. Åbn den i Excel, og gem den igen."
    );
    const cell = baseWorkbook({
      goals: {
        sheetData: sheetDataXml(BASE_GOALS).replace(
          "</sheetData>",
          `<row r="9"><c><v>1</v></c></row></sheetData>`
        ),
      },
    });
    expect((await refusal(cell)).message).toMatch(
      /^Mål: en celle i række 9 mangler sit nummer \(r\)/
    );
    // What ExcelJS 4.4.0 does with them: an English error, after reading the whole file.
    const wb = new ExcelJS.Workbook();
    await expect(wb.xlsx.load(row as unknown as ExcelJS.Buffer)).rejects.toThrow(
      "Invalid row number in model"
    );
  });

  test("every ref and sqref on a sheet (dimension, hyperlink, conditional format) is checked", async () => {
    for (const [part, ref] of [
      [{ before: `<dimension ref="A1:A2000000"/>` }, "A1:A2000000"],
      [{ after: `<hyperlinks><hyperlink ref="AAAA1" display="x"/></hyperlinks>` }, "AAAA1"],
      [
        {
          after: `<conditionalFormatting sqref="A1 B1:B1048577"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>`,
        },
        "B1:B1048577",
      ],
    ] as const) {
      const e = await refusal(baseWorkbook({ goals: part }));
      expect(e).toMatchObject({ code: "range-out-of-bounds", sheet: "Mål", ref });
    }
  });

  test("a picture anchored past the last column names the sheet and the drawing", async () => {
    const drawing = `<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor><xdr:from><xdr:col>300000000</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from></xdr:oneCellAnchor></xdr:wsDr>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
    const e = await refusal(
      baseWorkbook({
        goals: { after: `<drawing r:id="rId1"/>` },
        extra: [
          { name: "xl/worksheets/_rels/sheet1.xml.rels", data: rels },
          { name: "xl/drawings/drawing1.xml", data: drawing },
        ],
      })
    );
    expect(e.message).toMatch(
      /^Mål: et billede eller diagram er forankret uden for arket \(xl\/drawings\/drawing1\.xml\): kolonne 300\.000\.001/
    );
  });

  test("comment and table references past the grid are refused", async () => {
    const comments = `<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x</author></authors><commentList><comment ref="A1048577" authorId="0"><text><t>x</t></text></comment></commentList></comments>`;
    expect(
      await refusal(baseWorkbook({ extra: [{ name: "xl/comments1.xml", data: comments }] }))
    ).toMatchObject({
      code: "range-out-of-bounds",
      ref: "A1048577",
    });
    const table = `<?xml version="1.0"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A1:XFE3"><tableColumns count="1"><tableColumn id="1" name="a"/></tableColumns></table>`;
    expect(
      await refusal(baseWorkbook({ extra: [{ name: "xl/tables/table1.xml", data: table }] }))
    ).toMatchObject({
      code: "range-out-of-bounds",
      ref: "A1:XFE3",
    });
  });

  test("more cells than the budget", async () => {
    const e = await refusal(baseWorkbook(), { limits: small({ maxCells: 23 }) });
    expect(e.message).toBe(
      "Nøgle: arbejdsbogen har over 23 udfyldte celler; flere kan ikke læses."
    );
  });

  test("more cell formats than Excel allows, and more shared strings than the budget", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="65491">${'<xf numFmtId="0"/>'.repeat(65_491)}</cellXfs></styleSheet>`;
    const e = await refusal(baseWorkbook({ extra: [{ name: "xl/styles.xml", data: styles }] }));
    expect(e.message).toBe(
      "arbejdsbogen har over 65.490 celleformater; Excel tillader højst 65.490."
    );
    const strings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si><t>a</t></si>".repeat(11)}</sst>`;
    const tooMany = await refusal(
      baseWorkbook({ extra: [{ name: "xl/sharedStrings.xml", data: strings }] }),
      {
        limits: small({ maxSharedStrings: 10 }),
      }
    );
    expect(tooMany.code).toBe("too-many-strings");
  });
});

describe("the archive", () => {
  const withEntries = (extra: ZipEntryInput[]) => writeZip([...baseEntries(), ...extra]);

  test("declared sizes over the budget are refused before anything is inflated", async () => {
    const e = await refusal(baseWorkbook(), { limits: small({ maxTotalUncompressedBytes: 1000 }) });
    expect(e.message).toMatch(
      /^arbejdsbogen fylder [\d.]+ byte udpakket; højst 1\.000 byte kan læses\.$/
    );
  });

  test("an entry that declares 0 bytes but inflates to more is a zip bomb (the adm-zip bypass)", async () => {
    const lying = withEntries([
      { name: "xl/media/x.bin", data: "x".repeat(5000), declaredSize: 0 },
    ]);
    expect(await refusal(lying)).toMatchObject({ code: "size-mismatch", part: "xl/media/x.bin" });
    expect(await refusal(lying, { inflater: "web" })).toMatchObject({ code: "size-mismatch" });
  });

  test("an entry compressed past the ratio limit", async () => {
    const dense = withEntries([{ name: "xl/media/blank.bin", data: " ".repeat(2 << 20) }]);
    const e = await refusal(dense, { limits: small({ maxCompressionRatio: 100 }) });
    expect(e.message).toMatch(/^'xl\/media\/blank\.bin' er pakket [\d.]+ gange \(højst 100\)/);
  });

  test("two entries with one name (ignoring case), odd names, encrypted or unknown compression", async () => {
    const twice = withEntries([{ name: "XL/Worksheets/Sheet1.xml", data: "<worksheet/>" }]);
    expect(await refusal(twice)).toMatchObject({ code: "duplicate-entry" });
    expect(await refusal(withEntries([{ name: "../evil.xml", data: "x" }]))).toMatchObject({
      code: "bad-entry-name",
    });
    const zip = withEntries([{ name: "xl/media/a.bin", data: "abc", method: "store" }]);
    const central = zip.lastIndexOf(Buffer.from("xl/media/a.bin")) - 46;
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(central + 8) | 1, central + 8);
    expect(await refusal(encrypted)).toMatchObject({ code: "unsupported-entry" });
    const bzip = Buffer.from(zip);
    bzip.writeUInt16LE(12, central + 10);
    expect((await refusal(bzip)).message).toMatch(/pakket med en metode \(12\), Excel ikke bruger/);
  });

  test("two entries sharing their compressed data (the overlapping zip bomb)", async () => {
    const zip = withEntries([
      { name: "xl/media/a.bin", data: "a".repeat(100) },
      { name: "xl/media/b.bin", data: "a".repeat(100) },
    ]);
    // Point b's central header at a's local header: both now read the same compressed bytes.
    const centralA = zip.lastIndexOf(Buffer.from("xl/media/a.bin")) - 46;
    const centralB = zip.lastIndexOf(Buffer.from("xl/media/b.bin")) - 46;
    const overlapping = Buffer.from(zip);
    overlapping.writeUInt32LE(zip.readUInt32LE(centralA + 42), centralB + 42);
    expect(await refusal(overlapping)).toMatchObject({ code: "overlapping-entries" });
  });

  test("a DOCTYPE in any XML part (entity expansion) is refused", async () => {
    const doctype = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>`;
    const e = await refusal(withEntries([{ name: "docProps/custom.xml", data: doctype }]));
    expect(e.message).toBe(
      "'docProps/custom.xml' indeholder en DOCTYPE-erklæring, som en Excel-arbejdsbog aldrig har."
    );
  });

  test("what a file that is no workbook looks like: empty, .xls or encrypted, zip without a workbook, binary", async () => {
    expect((await refusal(new Uint8Array(0))).message).toBe("filen er tom.");
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refusal(ole)).toMatchObject({ code: "legacy-or-encrypted" });
    const noWorkbook = writeZip([{ name: "word/document.xml", data: "<document/>" }]);
    expect((await refusal(noWorkbook)).message).toBe(
      "filen er et zip-arkiv, men ikke en Excel-arbejdsbog (xl/workbook.xml mangler)."
    );
    const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(await refusal(binary)).toMatchObject({ code: "not-a-zip" });
  });

  test("a workbook cut off anywhere is refused as truncated or damaged, never read in part", async () => {
    const whole = baseWorkbook();
    for (let cut = 0.1; cut < 1; cut += 0.1) {
      const e = await refusal(whole.subarray(0, Math.floor(whole.length * cut)));
      expect(["truncated", "corrupt"]).toContain(e.code);
    }
    // Damaged compressed data with an intact directory.
    const damaged = Buffer.from(whole);
    const sheet = damaged.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + 24;
    for (let i = 0; i < 40; i++) damaged[sheet + i] ^= 0xa5;
    expect(await refusal(damaged)).toMatchObject({ code: "corrupt" });
    expect(await refusal(damaged, { inflater: "web" })).toMatchObject({ code: "corrupt" });
  });
});

describe("the XML scanner", () => {
  test("reads attributes as XML does: '>' inside a value, a name inside another value, prefixed names", async () => {
    // Each row hides its real number from a careless reader; ExcelJS (saxes) reads r="100000000".
    for (const row of [
      `<row note="a>b" r="100000000"><c><v>1</v></c></row>`,
      `<row note=' r="5"' r="100000000"><c><v>1</v></c></row>`,
      `<row x:r="5" r="100000000"><c><v>1</v></c></row>`,
      `<row\n r = '100000000'><c r="A100000000"><v>1</v></c></row>`,
      `<row r="&#49;00000000"><c><v>1</v></c></row>`,
    ]) {
      const bytes = baseWorkbook({
        goals: {
          sheetData: sheetDataXml(BASE_GOALS).replace("</sheetData>", `${row}</sheetData>`),
        },
      });
      expect(await refusal(bytes)).toMatchObject({
        code: "row-out-of-bounds",
        ref: "100000000:100000000",
      });
    }
  });

  test("reports the same elements whatever the piece boundaries", () => {
    const xml = worksheetXml({
      before: `<!-- a > b < c --><dimension ref="A1:B2"/>`,
      sheetData: sheetDataXml([["Æble & pære", 1]]),
      after: `<mergeCells><mergeCell ref='A1:B1'/></mergeCells><extLst><![CDATA[<row r="9">]]></extLst>`,
    });
    const events = (pieceSize: number) => {
      const seen: string[] = [];
      const scanner = new XmlScanner(
        { open: (name, attrs) => seen.push(`${name}${attrs}`) },
        "t.xml"
      );
      const bytes = new TextEncoder().encode(xml);
      for (let i = 0; i < bytes.length; i += pieceSize)
        scanner.pushBytes(bytes.subarray(i, i + pieceSize));
      scanner.end();
      return seen;
    };
    const whole = events(1 << 20);
    expect(whole).toContain(`mergeCell ref='A1:B1'`);
    expect(whole.filter((e) => e.startsWith("row"))).toEqual([`row r="1"`]);
    for (const size of [1, 2, 3, 7, 64]) expect(events(size)).toEqual(whole);
  });
});

test("the budgets are the measured ones (docs/files.md)", () => {
  // A change here is a conscious one: measure ExcelJS again and update docs/files.md.
  expect(DEFAULT_LIMITS).toEqual({
    maxEntries: 10_000,
    maxTotalUncompressedBytes: 256 * 1024 * 1024,
    maxEntryUncompressedBytes: 192 * 1024 * 1024,
    maxCompressionRatio: 1_000,
    ratioCheckFromBytes: 1024 * 1024,
    maxCells: 3_000_000,
    maxMergedCells: 262_144,
    maxMergesPerSheet: 4_096,
    maxValidationCells: 2_097_152,
    maxDefinedNameCells: 2_097_152,
    maxSharedStrings: 5_000_000,
  });
});
