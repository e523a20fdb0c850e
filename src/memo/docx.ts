// The memo as a Word document (.docx), with the `docx` package (MIT; runs in Node and the browser without polyfills).
// A format adapter over the pure model in src/core/memo: nothing is computed here. Loaded only when a memo is made
// (src/memo/make.ts imports it dynamically), so the pane's first load does not grow.
//
// Real Word styles, so a KKR secretariat can restyle the memo with its own template: Title, Subtitle, Heading 1 and 2,
// List Paragraph (bullets), Caption, a paragraph style "Indstilling" and a table style "Måltabel" (header row and total
// row as conditional formats of the style). Only what carries meaning is direct formatting: the Status cells' colours
// (the same as the workbook's Status cells) and the group rows' shading.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Memo, MemoBlock, MemoTableRow } from "../core/memo/model";
import { STATUS_FILL_AND_FONT } from "../core/statusColours";

const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase();

const TABLE_STYLE_ID = "Maaltabel";
const INDSTILLING_STYLE_ID = "Indstilling";
const DATE_STYLE_ID = "Dato";

/** A4 with 2,5 cm margins: 9.026 twips of text width; the goal table's columns add up to it. */
const COLUMN_TWIPS = [560, 3590, 1700, 1500, 1676];

/**
 * The table style, as Word writes one (w:style w:type="table"), so it appears under Table Styles as "Måltabel":
 * thin grey borders, a dark header row (firstRow) and a bold total row with a line above (lastRow).
 */
const TABLE_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE_ID}">
  <w:name w:val="Måltabel"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="lastRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tcPr><w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="1F3864"/></w:tcBorders></w:tcPr>
  </w:tblStylePr>
</w:style>
</w:styles>`;

function cellParagraph(
  text: string,
  options: { bold?: boolean; colour?: string; right?: boolean } = {}
) {
  return new Paragraph({
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text, bold: options.bold, color: options.colour })],
  });
}

function tableRow(row: MemoTableRow): TableRow {
  if (row.kind === "group") {
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          columnSpan: COLUMN_TWIPS.length,
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "D9E1F2" },
          children: [cellParagraph(row.cells[0], { bold: true })],
        }),
      ],
    });
  }
  return new TableRow({
    cantSplit: true,
    children: row.cells.map((text, c) => {
      const status = c === 4 && row.status ? STATUS_FILL_AND_FONT[row.status] : undefined;
      return new TableCell({
        width: { size: COLUMN_TWIPS[c], type: WidthType.DXA },
        shading: status
          ? { type: ShadingType.CLEAR, color: "auto", fill: hex(status.fill) }
          : undefined,
        children: [
          cellParagraph(text, {
            // The style's total row (lastRow) is bold in Word; LibreOffice does not apply it, so say it here too.
            bold: row.kind !== "goal" && c > 0 ? true : undefined,
            colour: status ? hex(status.font) : undefined,
            right: c === 3,
          }),
        ],
      });
    }),
  });
}

function goalTable(block: Extract<MemoBlock, { kind: "goalTable" }>): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (text, c) =>
        new TableCell({
          width: { size: COLUMN_TWIPS[c], type: WidthType.DXA },
          children: [cellParagraph(text, { right: c === 3 })],
        })
    ),
  });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: COLUMN_TWIPS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: COLUMN_TWIPS,
    tableLook: { firstRow: true, lastRow: true, noHBand: true, noVBand: true },
    rows: [header, ...block.rows.map(tableRow)],
  });
}

function chartParagraphs(memo: Memo, block: Extract<MemoBlock, { kind: "chart" }>): Paragraph[] {
  const chart = memo.chart;
  if (!chart) return [];
  // Shown at most the text width (6,27 in = 602 px), keeping the picture's proportions.
  const scale = Math.min(1, 602 / chart.width);
  const transformation = {
    width: Math.round(chart.width * scale),
    height: Math.round(chart.height * scale),
  };
  const altText = {
    name: "Målopfyldelse pr. mål",
    title: "Målopfyldelse pr. mål",
    description: block.alt,
  };
  const image = chart.svg
    ? new ImageRun({
        type: "svg",
        data: new TextEncoder().encode(chart.svg),
        fallback: { type: "png", data: chart.png },
        transformation,
        altText,
      })
    : new ImageRun({ type: "png", data: chart.png, transformation, altText });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [image] }),
    new Paragraph({ style: "Caption", text: block.caption }),
  ];
}

function blockContent(memo: Memo, block: MemoBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          text: block.text,
        }),
      ];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "list":
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "facts":
      return block.items.map(
        (item) =>
          new Paragraph({
            spacing: { after: 60 },
            children: [
              new TextRun({ text: `${item.label}: `, bold: true }),
              new TextRun(item.value),
            ],
          })
      );
    case "goalTable":
      return [goalTable(block)];
    case "chart":
      return chartParagraphs(memo, block);
    case "indstilling":
      return [new Paragraph({ style: INDSTILLING_STYLE_ID, text: block.text })];
  }
}

/** The memo as the bytes of a .docx file. */
export async function memoToDocx(memo: Memo): Promise<Uint8Array> {
  const heading = (size: number, colour: string, before: number) => ({
    run: { size, bold: true, color: colour, font: "Calibri" },
    paragraph: { spacing: { before, after: 120 } },
  });
  const doc = new Document({
    creator: "Målopfyldelse",
    title: memo.title,
    description: "Dagsordenspunkt: opfølgning på resultatkontrakt",
    externalStyles: TABLE_STYLES_XML,
    styles: {
      default: {
        document: {
          run: { font: "Calibri", size: 22, language: { value: "da-DK" } },
          // "auto": 1,1 × the font's line; without the rule LibreOffice reads the 264 as an exact height.
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { size: 36, bold: true, color: "1F3864", font: "Calibri" },
          paragraph: { spacing: { after: 80 } },
        },
        heading1: heading(28, "1F3864", 360),
        heading2: heading(23, "2F5496", 240),
        caption: { run: { size: 18, italics: true, color: "595959" } },
      },
      paragraphStyles: [
        {
          // Word's built-in Subtitle (Undertitel), which docx does not define.
          id: "Subtitle",
          name: "Subtitle",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { size: 26, color: "2F5496" },
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: DATE_STYLE_ID,
          name: "Dato",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { color: "595959" },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: INDSTILLING_STYLE_ID,
          name: "Indstilling",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true },
          paragraph: {
            spacing: { before: 120, after: 120 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: "1F3864", space: 8 } },
            indent: { left: 170 },
          },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1440, right: 1440 },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: memo.title }),
          ...(memo.subtitle ? [new Paragraph({ style: "Subtitle", text: memo.subtitle })] : []),
          new Paragraph({ style: DATE_STYLE_ID, text: memo.date }),
          ...memo.blocks.flatMap((block) => blockContent(memo, block)),
        ],
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}
