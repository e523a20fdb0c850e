/* global describe, test, expect, beforeAll, afterAll, jest, process, setTimeout, TextDecoder */
// The KKR agenda memo in the workbench, in Debian's Chromium (issue 17): the real pane bundle in its iframe makes the
// memo and the browser downloads it, as in Excel on the web. Without Beregn there is no Excel chart, so the picture
// is the core's SVG drawn on the browser's canvas (src/memo/rasteriseBrowser.ts), which jsdom cannot test.
import fs from "fs";
import { unzipSync } from "fflate";
import { chromium, type Browser, type Download } from "playwright-core";
import { ensureBuild } from "./build";
import { serveDirectory, type StaticServer } from "./staticServer";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

jest.setTimeout(120_000);

/** Polls `read` until it returns `want` (or the time is up, then returns what it last read, for the assertion). */
async function until<T>(read: () => Promise<T>, want: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!want(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const dist = await ensureBuild();
  server = await serveDirectory(dist);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless=new", "--disable-gpu", "--no-first-run"],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Dagsordenspunkt (Word) in the workbench", () => {
  test("the sample's memo downloads as a .docx with the title, 97,2 % and the chart drawn by the browser", async () => {
    const context = await browser.newContext({ locale: "da-DK", acceptDownloads: true });
    const problems: string[] = [];
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${server.origin}/workbench.html`);
    const pane = page.frameLocator("iframe.pane-frame");
    await pane.getByRole("button", { name: "Lav dagsordenspunkt" }).click({ timeout: 60_000 });
    const indstilling = pane.getByRole("textbox", { name: /Indstilling/ });
    const generated =
      "Det indstilles, at KKR Nordjylland godkender afrapporteringen for 2020 med en samlet målopfyldelse på 97,2 %.";
    expect(
      await until(
        () => indstilling.inputValue(),
        (v) => v === generated
      )
    ).toBe(generated);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }) as Promise<Download>,
      pane.getByRole("button", { name: "Hent Word-dokument" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Dagsordenspunkt KKR 2020.docx");
    const zip = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    const xml = new TextDecoder().decode(zip["word/document.xml"]);
    expect(xml).toContain(
      "Opfølgning på resultatkontrakt 2020 mellem Erhvervshus Nordjylland og KKR Nordjylland"
    );
    expect(xml).toContain("97,2 %");
    // The SVG and the PNG the canvas drew from it (the core's chart is 600 px wide; drawn at 2×).
    const media = Object.keys(zip).filter((k) => k.startsWith("word/media/"));
    const png = media
      .map((k) => zip[k])
      .find((b) => b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47);
    expect(png).toBeDefined();
    expect(new DataView(png!.buffer, png!.byteOffset).getUint32(16)).toBe(1200);
    expect(media.some((k) => k.endsWith(".svg"))).toBe(true);
    expect(await pane.getByTestId("memo-saved").textContent()).toContain(
      "tegnet af tilføjelsesprogrammet"
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
