/* global describe, test, expect, beforeAll, afterAll, beforeEach, afterEach, jest, HTMLElement, getComputedStyle, process, URL */
// The workbench in Debian's Chromium, driven by playwright-core, as a user would use it: the real task pane bundle
// in its iframe runs on the in-memory host; the user presses Beregn and checks the goal table, the summary sheet
// and its charts, and downloads the workbook.
// Seed 004 (Erhvervshus Nordjylland, afrapportering 2020; KKR Nordjylland's overview says 97 %):
// goal 6 "Erhvervshusene som knudepunkter" is 3 of 4 activities = 75 % "Delvist opfyldt"; every other goal "Opfyldt".
// Every request must stay on localhost (data: and blob: are local too); nothing is fetched from the internet.
// Each test opens its own page on the workbench and presses Beregn itself, so any one runs alone (jest -t …) and in
// any order. Needs Chromium: apt-get install -y chromium (or CHROMIUM_PATH).
// Screenshots go to test/screenshots/out/ (not tracked); UPDATE_SCREENSHOTS=1 writes the README's pictures in
// test/screenshots/{workbench,oversigt,hvadnuhvis,spredning,sammenligning}.png instead, deliberately.
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Page,
} from "playwright-core";
import { ensureBuild, ROOT } from "./build";
import { serveDirectory, type StaticServer } from "./staticServer";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = path.join(
  ROOT,
  "test",
  "screenshots",
  ...(process.env.UPDATE_SCREENSHOTS === "1" ? [] : ["out"])
);
const SAMPLE = "nordjylland-2020-afrapportering.xlsx";
/** The sample's goals: nine, goal 6 at 3 of 4 activities. */
const GOALS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
const GOAL_SHEET = "Mål";
const SUMMARY_SHEET = "Oversigt";
/** The clock the page sees: the run's timestamp in the pane and on the summary sheet stays the same in every run. */
const FIXED_NOW = new Date("2021-02-15T10:00:00+01:00");

jest.setTimeout(60_000);

let server: StaticServer;
let browser: Browser;
/** The current test's browser context and page (a fresh one per test). */
let context: BrowserContext;
let page: Page;
/** Requests outside this machine and page errors, per test. */
let offsite: string[] = [];
let problems: string[] = [];

function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === "data:" || u.protocol === "blob:") return true;
  return u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.hostname === "[::1]";
}

interface GridCell {
  address: string;
  text: string;
  background: string;
  icon: number | null;
}

/** The cells of a sheet's grid as the page shows them. */
async function readGrid(sheet: string): Promise<Map<string, GridCell>> {
  const cells = await page.locator(`[data-sheet="${sheet}"] td[data-address]`).evaluateAll((tds) =>
    tds.map((td) => {
      const icon = td.querySelector<HTMLElement>(".cf-icon");
      return {
        address: td.getAttribute("data-address") ?? "",
        text: (td.textContent ?? "").trim(),
        background: getComputedStyle(td).backgroundColor,
        icon: icon ? Number(icon.dataset.iconIndex) : null,
      };
    })
  );
  return new Map(cells.map((c) => [c.address, c]));
}

function split(address: string): { column: string; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return { column: m[1], row: Number(m[2]) };
}

/** The goal table read back from the grid: per goal number, the texts under each header of the header row. */
function goalRows(grid: Map<string, GridCell>): Map<string, Record<string, GridCell>> {
  const cells = [...grid.values()];
  const headerRow = cells.find(
    (c) =>
      c.text === "Status" &&
      cells.some((d) => d.text === "Nr" && split(d.address).row === split(c.address).row)
  );
  if (!headerRow) throw new Error("no header row with Nr and Status in the goal table grid");
  const row = split(headerRow.address).row;
  const headers = new Map(
    cells.filter((c) => split(c.address).row === row).map((c) => [split(c.address).column, c.text])
  );
  const rows = new Map<string, Record<string, GridCell>>();
  for (const cell of cells) {
    const { column, row: r } = split(cell.address);
    if (r <= row) continue;
    const header = headers.get(column);
    if (!header) continue;
    const nrCell = cells.find(
      (c) => split(c.address).row === r && headers.get(split(c.address).column) === "Nr"
    );
    if (!nrCell || !/^\d+$/.test(nrCell.text)) continue;
    const entry = rows.get(nrCell.text) ?? {};
    entry[header] = cell;
    rows.set(nrCell.text, entry);
  }
  return rows;
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. The browser test needs Debian's Chromium: run \`apt-get install -y chromium\` ` +
        "(as root, or with sudo), or set CHROMIUM_PATH to a Chromium binary."
    );
  }
  const dist = await ensureBuild();
  server = await serveDirectory(dist);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--headless=new",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}, 240_000);

/** A fresh page on the workbench, with the sample loaded and the pane ready. */
beforeEach(async () => {
  offsite = [];
  problems = [];
  context = await browser.newContext({
    viewport: { width: 1600, height: 900 },
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    acceptDownloads: true,
  });
  await context.clock.setFixedTime(FIXED_NOW);
  // Record every request of every page and frame; anything not on this machine is refused and reported.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    offsite.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    if (!isLocal(request.url()) && !offsite.includes(request.url())) offsite.push(request.url());
  });
  page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  await page.goto(`${server.origin}/workbench.html`);
}, 60_000);

/** Every test: no request outside this machine, no error on the page. */
afterEach(async () => {
  const seen = { offsite, problems };
  await context?.close();
  expect(seen).toEqual({ offsite: [], problems: [] });
});

/** Presses Beregn in the pane and waits until the goal table shows the results. */
async function calculate(): Promise<void> {
  const pane = page.frameLocator("iframe.pane-frame");
  const button = pane.getByRole("button", { name: "Beregn", exact: true });
  await button.waitFor({ timeout: 30_000 });
  await button.click();
  await page
    .locator(`[data-sheet="${GOAL_SHEET}"] td`, { hasText: "Delvist opfyldt" })
    .first()
    .waitFor({ timeout: 30_000 });
}

function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`workbench with ${SAMPLE} (seed 004, Nordjylland 2020)`, () => {
  test("the pane runs on the in-memory host: Beregn fills status and fulfilment in the goal table", async () => {
    await calculate();
    const goals = goalRows(await readGrid(GOAL_SHEET));
    expect([...goals.keys()].sort((a, b) => Number(a) - Number(b))).toEqual(GOALS);
    for (const [nr, row] of goals) {
      if (nr === "6") {
        expect(row.Status.text).toBe("Delvist opfyldt");
        expect(row.Opfyldelse.text).toBe("75,0 %");
        // The status rule "Delvist…" fills yellow; the traffic light shows its middle (yellow) light.
        expect(row.Status.background).toBe("rgb(255, 235, 156)");
        expect(row.Opfyldelse.icon).toBe(1);
      } else {
        expect({ nr, status: row.Status.text }).toEqual({ nr, status: "Opfyldt" });
        expect(row.Opfyldelse.text).toBe("100,0 %");
        expect(row.Status.background).toBe("rgb(198, 239, 206)");
        expect(row.Opfyldelse.icon).toBe(2);
      }
    }

    // The screenshot the README shows: results columns and the pane side by side.
    await page
      .locator(`[data-sheet="${GOAL_SHEET}"] td[data-address]`, { hasText: "Delvist opfyldt" })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("workbench.png") });
  });

  test("the summary sheet shows 97,2 % overall and two charts", async () => {
    await calculate();
    await page.getByRole("tab", { name: new RegExp(`^${SUMMARY_SHEET}`) }).click();
    const grid = await readGrid(SUMMARY_SHEET);
    const label = [...grid.values()].find((c) => c.text === "Samlet målopfyldelse");
    expect(label).toBeDefined();
    const { row } = split(label!.address);
    expect(grid.get(`B${row}`)?.text).toBe("97,2 %");

    const charts = page.locator(`[data-sheet="${SUMMARY_SHEET}"] figure.chart`);
    await expect(charts.count()).resolves.toBe(2);
    const fulfilment = page.locator('figure.chart[data-chart-name="Målopfyldelse pr. mål"]');
    await expect(fulfilment.getAttribute("data-chart-type")).resolves.toBe("ColumnClustered");
    const bars = fulfilment.locator("rect.chart-bar");
    await expect(bars.count()).resolves.toBe(GOALS.length);
    await expect(
      fulfilment.locator('rect.chart-bar[data-category="Mål 6"]').getAttribute("data-value")
    ).resolves.toBe("0.75");
    await expect(
      fulfilment.locator("text", { hasText: /100(,0)? %/ }).count()
    ).resolves.toBeGreaterThan(0);
    const pie = page.locator('figure.chart[data-chart-name="Statusfordeling"]');
    await expect(pie.getAttribute("data-chart-type")).resolves.toBe("Pie");
    await expect(pie.locator(".chart-slice").count()).resolves.toBe(2);

    // The whole summary sheet with its charts (placed at I1:Q34 as in Excel) needs a wide window.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 2560, height: 940 });
    await page.locator(".sheet-scroll").evaluate((e) => e.scrollTo(0, 0));
    await page.locator("section.book").screenshot({ path: screenshotPath("oversigt.png") });
    if (viewport) await page.setViewportSize(viewport);
  });

  test("Hent .xlsx downloads the calculated workbook", async () => {
    await calculate();
    const [download] = await Promise.all([
      page.waitForEvent("download") as Promise<Download>,
      page.getByRole("button", { name: "Hent .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(SAMPLE);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(GOAL_SHEET);
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("Delvist opfyldt");
    expect(workbook.getWorksheet(SUMMARY_SHEET)).toBeDefined();
  });

  test("Hvad nu hvis: goal 1 at NPS 58 is 50 % and the overall 91,7 %, and the goal table is not changed", async () => {
    // The goal table as the grid shows it after Beregn, and the workbook's sheets.
    await calculate();
    await page.getByRole("tab", { name: new RegExp(`^${GOAL_SHEET}`) }).click();
    const sheetTabs = () =>
      page.getByRole("tablist", { name: "Ark" }).getByRole("tab").allTextContents();
    const tabsBefore = await sheetTabs();
    const gridBefore = await readGrid(GOAL_SHEET);
    expect(goalRows(gridBefore).get("1")?.Resultat.text).toBe("72");

    const pane = page.frameLocator("iframe.pane-frame");
    await pane.getByRole("tab", { name: "Hvad nu hvis" }).click();
    const goal1 = pane.getByRole("region", { name: /^Mål 1 – / });
    const result = goal1.getByRole("textbox", { name: "Resultat" });
    await result.waitFor({ timeout: 30_000 });
    await expect(result.inputValue()).resolves.toBe("72");
    await expect(pane.getByTestId("whatif-overall-before").textContent()).resolves.toBe(
      "97,2\u00a0%"
    ); // the pane keeps the figure and its sign together
    // Every keystroke is evaluated at once: no button to press.
    await result.fill("58");
    await goal1.getByTestId("goal-after").filter({ hasText: /50\s%/ }).waitFor({ timeout: 10_000 });
    await expect(goal1.getByTestId("goal-after").textContent()).resolves.toMatch(
      /^50\s%Delvist opfyldt/
    );
    await expect(goal1.getByTestId("goal-before").textContent()).resolves.toMatch(
      /^100\s%Opfyldt$/
    );
    await expect(pane.getByTestId("whatif-overall-after").textContent()).resolves.toBe(
      "91,7\u00a0%"
    );
    await expect(goal1.getByTestId("goal-distance").textContent()).resolves.toMatch(
      /2 point fra 100\s%/
    );

    // The pane beside the goal table, from the overall down to goal 1's before, after and distance.
    await pane
      .getByRole("heading", { name: "Samlet målopfyldelse" })
      .evaluate((e) => e.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: screenshotPath("hvadnuhvis.png") });

    // Nothing was written: the same sheets, and the goal table's cells as they were (goal 1 still 72).
    await expect(sheetTabs()).resolves.toEqual(tabsBefore);
    const gridAfter = await readGrid(GOAL_SHEET);
    expect([...gridAfter.entries()]).toEqual([...gridBefore.entries()]);
    expect(goalRows(gridAfter).get("1")?.Resultat.text).toBe("72");
  });

  test("typing a new result in the grid changes the pane's figure: goal 1 at 58,0 → 91,7 %", async () => {
    const pane = page.frameLocator("iframe.pane-frame");
    const overall = pane.getByTestId("overall");
    // The preview on open: nothing written yet, 97,2 % overall.
    await overall.filter({ hasText: /97,2\s%/ }).waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: new RegExp(`^${GOAL_SHEET}`) }).click();
    // Before Beregn the table has no Status column: goal 1's Resultat cell found by its headers.
    const resultCell = (grid: Map<string, GridCell>): GridCell => {
      const cells = [...grid.values()];
      const header = cells.find((c) => c.text === "Resultat")!;
      const row = split(header.address).row;
      const nr = cells.find((c) => c.text === "Nr" && split(c.address).row === row)!;
      const one = cells.find(
        (c) =>
          split(c.address).column === split(nr.address).column &&
          split(c.address).row > row &&
          c.text === "1"
      )!;
      return grid.get(`${split(header.address).column}${split(one.address).row}`)!;
    };
    const goal1 = resultCell(await readGrid(GOAL_SHEET));
    expect(goal1.text).toBe("72");

    // As in Danish Excel: double-click the cell, type "58,0" (decimal comma), Enter. Read the en-US way ("58,0" →
    // 580) goal 1 would stay fulfilled and the figure would not move.
    const cell = page.locator(`[data-sheet="${GOAL_SHEET}"] td[data-address="${goal1.address}"]`);
    await cell.dblclick();
    const editor = page.getByRole("textbox", { name: `Rediger ${goal1.address}` });
    await editor.fill("58,0");
    await editor.press("Enter");

    // The grid shows what Excel would: the number 58.
    await page
      .locator(`[data-sheet="${GOAL_SHEET}"] td[data-address="${goal1.address}"]`, {
        hasText: /^58$/,
      })
      .waitFor({ timeout: 10_000 });
    // The host raised Worksheet.onChanged; the pane read the table again: the overall is 91,7 %.
    await overall.filter({ hasText: /91,7\s%/ }).waitFor({ timeout: 30_000 });
    const after = await readGrid(GOAL_SHEET);
    // The pane wrote nothing: still no Status column.
    expect([...after.values()].some((c) => c.text === "Status")).toBe(false);
  });
});

describe("workbench with crm-nordjylland-2021.xlsx (an activity list constructed for the example)", () => {
  test("⋯ Flere → Spredning writes the Spredning sheet: coverage 10 af 11, rural index 79,4", async () => {
    await page.getByLabel("Eksempel").selectOption("crm-nordjylland-2021.xlsx");
    const pane = page.frameLocator("iframe.pane-frame");
    await pane.getByRole("tab", { name: "Flere" }).click({ timeout: 60_000 });
    await pane.getByRole("button", { name: "Spredning" }).click();
    await pane
      .getByText(/^Dækning: 10 af 11 kommuner/)
      .first()
      .waitFor({ timeout: 60_000 });
    await pane.getByRole("button", { name: "Skriv spredningen" }).click();
    await page.getByRole("tab", { name: /^Spredning/ }).click({ timeout: 30_000 });
    const sheet = page.locator('[data-sheet="Spredning"]');
    await sheet
      .locator("td", { hasText: /^79,4$/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await expect(sheet.locator("td", { hasText: /^10 af 11/ }).count()).resolves.toBeGreaterThan(0);
    // The sheet with its chart, for the README.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 2200, height: 940 });
    await page.locator(".sheet-scroll").evaluate((e) => e.scrollTo(0, 0));
    await page.locator("section.book").screenshot({ path: screenshotPath("spredning.png") });
    if (viewport) await page.setViewportSize(viewport);
  });
});

describe("workbench with sammenligning-tre-huse.xlsx (three hubs' tables constructed for the example)", () => {
  test("⋯ Flere → Sammenlign writes the Sammenligning sheet: the overall per hub 75 %, 50 %, 100 %", async () => {
    await page.getByLabel("Eksempel").selectOption("sammenligning-tre-huse.xlsx");
    const pane = page.frameLocator("iframe.pane-frame");
    await pane.getByRole("tab", { name: "Flere" }).click({ timeout: 60_000 });
    await pane.getByRole("button", { name: "Sammenlign" }).click();
    // The three sheets' tables, ticked and named after their sheets.
    await pane.getByRole("textbox", { name: /^Navn for .*Fyn/ }).waitFor({ timeout: 60_000 });
    await pane.getByRole("button", { name: "Sammenlign", exact: true }).last().click();
    await pane.getByTestId("compare-written").waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: /^Sammenligning/ }).click({ timeout: 30_000 });
    const sheet = page.locator('[data-sheet="Sammenligning"]');
    await sheet
      .locator("td", { hasText: /^Sammenligning af huse: Nordjylland, Sydjylland, Fyn$/ })
      .waitFor({ timeout: 30_000 });
    // Samlet: the overall per hub worked out by hand (test/helpers/compareWorkbooks.ts).
    const grid = await readGrid("Sammenligning");
    const total = [...grid.values()].find((c) => c.text === "Samlet")!;
    const row = split(total.address).row;
    expect(["D", "E", "F"].map((col) => grid.get(`${col}${row}`)?.text)).toEqual([
      "75,0 %",
      "50,0 %",
      "100,0 %",
    ]);
    const notIn = [...grid.values()].filter((c) => c.text === "ikke i kontrakten");
    expect(notIn.length).toBe(4);
    // The sheet with its chart, for the README.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 2000, height: 900 });
    await page.locator(".sheet-scroll").evaluate((e) => e.scrollTo(0, 0));
    await page.locator("section.book").screenshot({ path: screenshotPath("sammenligning.png") });
    if (viewport) await page.setViewportSize(viewport);
  });
});
