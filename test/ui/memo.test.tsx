// The KKR agenda memo from the pane (issue 17): Målopfyldelse → "Lav dagsordenspunkt" → the generated title and
// Indstilling in editable fields → "Hent Word-dokument" → a .docx handed over as a download. The file is caught at the
// browser's edge (URL.createObjectURL, the link's click) and unzipped: its document.xml must hold what the consultant
// checks against seed 004 (the title, 97,2 %, the nine goals, goal 6's "3 af 4 indsatser", the edited Indstilling),
// and its picture must be Excel's own chart (Chart.getImage on the host) once Beregn has drawn Oversigt.
/* global Blob, FileReader, HTMLAnchorElement, HTMLCanvasElement, URL */
import { afterEach, beforeEach, describe, expect, jest, test } from "@jest/globals";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unzipSync } from "fflate";
import { TextDecoder, TextEncoder } from "util";
import { goalWorkbook, idle, renderPane, ROWS_004 } from "./support";

// jsdom (Jest 29) has no TextDecoder/TextEncoder, which the sample loader (src/files/zipArchive.ts) and the docx
// package use; browsers and Office's webviews have them. Given here before support.ts's beforeAll reads the sample.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const TITLE = "Opfølgning på resultatkontrakt 2020 mellem Erhvervshus Nordjylland og KKR Nordjylland";
const DEFAULT_INDSTILLING =
  "Det indstilles, at KKR Nordjylland godkender afrapporteringen for 2020 med en samlet målopfyldelse på 97,2 %.";

let blobs: Blob[] = [];
let clicks: { href: string; download: string }[] = [];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  blobs = [];
  clicks = [];
  // jsdom has neither object URLs nor downloads: the edge is replaced, nothing else.
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:memo-${blobs.length}`;
  };
  URL.revokeObjectURL = () => {};
  // eslint-disable-next-line no-unused-vars -- `this` is the clicked link (a typed this-parameter)
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.getAttribute("href") ?? "", download: this.download });
  });
});

afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
  jest.restoreAllMocks();
});

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The document's text, paragraph by paragraph (Word splits a paragraph's text into runs). */
function paragraphs(documentXml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
  );
}

const calculate = () => screen.getByRole("button", { name: "Beregn" });

async function openMemo(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Lav dagsordenspunkt" }));
  const indstilling = (await screen.findByRole("textbox", { name: /Indstilling/ }, { timeout: 20000 })) as HTMLTextAreaElement;
  await waitFor(() => expect(indstilling.value).toBe(DEFAULT_INDSTILLING), { timeout: 20000 });
  return indstilling;
}

describe("Dagsordenspunkt (Word) on seed 004 (Nordjylland 2020)", () => {
  test("after Beregn: the edited Indstilling, the nine goals, 97,2 % and Excel's chart picture in the downloaded .docx", async () => {
    const user = userEvent.setup();
    const { runner, host } = renderPane(goalWorkbook());
    await idle();
    await user.click(calculate());
    await screen.findByText(/Skrevet i projektmappen/, undefined, { timeout: 20000 });
    await idle();

    const indstilling = await openMemo(user);
    const title = screen.getByRole("textbox", { name: /Titel/ }) as HTMLInputElement;
    expect(title.value).toBe(TITLE);
    const mine = "Det indstilles, at KKR Nordjylland godkender afrapporteringen og beder sekretariatet om en status i juni";
    await user.clear(indstilling);
    await user.type(indstilling, mine);
    const date = screen.getByLabelText("Mødedato") as HTMLInputElement;
    await user.clear(date);
    await user.type(date, "2021-03-15");

    const runsBefore = runner.calls;
    await user.click(screen.getByRole("button", { name: "Hent Word-dokument" }));
    await screen.findByTestId("memo-saved", undefined, { timeout: 30000 });
    expect(screen.getByTestId("memo-saved").textContent).toContain("Excels eget");
    // Two runs to read the workbook for the memo, one for the chart's picture: a constant number, whatever its size.
    expect(runner.calls - runsBefore).toBe(3);

    expect(clicks).toEqual([{ href: "blob:memo-1", download: "Dagsordenspunkt KKR 2020.docx" }]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = unzipSync(await bytesOf(blobs[0]));
    const text = paragraphs(new TextDecoder().decode(zip["word/document.xml"]));

    expect(text[0]).toBe(TITLE);
    expect(text).toContain("15. marts 2021");
    expect(text).toContain(mine);
    expect(text).not.toContain(DEFAULT_INDSTILLING);
    expect(text.join("\n")).toContain("97,2 %");
    expect(text.join("\n")).toContain("3 af 4 indsatser");
    // The nine goals of the overview table, in the goal table's order (the oracle is the sample's own rows).
    const goalTitles = ROWS_004.map((r) => String(r[1]));
    expect(goalTitles).toHaveLength(9);
    const at = goalTitles.map((g) => text.indexOf(g));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    // The picture is the PNG Excel gave (the host's getImage of Oversigt's chart, asked at twice its size in pixels).
    const chart = await host.run(async (context) => {
      const c = context.workbook.worksheets.getItem("Oversigt").charts.getItem("Målopfyldelse pr. mål");
      c.load("width,height");
      await context.sync();
      return { width: (c.width * 96) / 72, height: (c.height * 96) / 72 };
    });
    const media = Object.keys(zip).filter((k) => k.startsWith("word/media/"));
    const pngs = media.filter((k) => zip[k][1] === 0x50 && zip[k][2] === 0x4e && zip[k][3] === 0x47);
    expect(pngs).toHaveLength(1);
    const png = zip[pngs[0]];
    const view = new DataView(png.buffer, png.byteOffset);
    const [w, h] = [view.getUint32(16), view.getUint32(20)];
    expect(w).toBe(Math.round(chart.width * 2));
    expect(h).toBe(Math.round(chart.height * 2));
  }, 120000);

  test("on a Mac: no download is started, the panel says why and offers the link", async () => {
    const user = userEvent.setup();
    // jsdom has no 2D canvas (it returns null after a console error): say so without the noise, as a browser would.
    jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    renderPane(goalWorkbook(), { platform: "Mac" });
    await idle();
    await openMemo(user);
    expect(screen.getByText("Excel til Mac kan ikke gemme filer fra et tilføjelsesprogram")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Hent Word-dokument" }));
    await screen.findByTestId("memo-saved", undefined, { timeout: 30000 });
    expect(clicks).toEqual([]);
    const link = screen.getByText("Gem Dagsordenspunkt KKR 2020.docx").closest("a") as HTMLAnchorElement;
    expect(link.getAttribute("href")).toBe("blob:memo-1");
    expect(link.getAttribute("download")).toBe("Dagsordenspunkt KKR 2020.docx");
    expect(blobs).toHaveLength(1);
    // Without Beregn there is no Excel chart; jsdom cannot draw the SVG either, so the memo comes without a picture and
    // says so (a browser draws it: rasteriseBrowser.ts).
    expect(screen.getByTestId("memo-saved").textContent).toContain("Diagrammet kunne ikke tegnes");
  }, 120000);
});
