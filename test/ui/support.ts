// Shared set-up for the pane tests: workbooks built with ExcelJS from the seeds, the real adapter (src/excel) on the
// in-memory Excel host (src/host), and the pane mounted as the workbench and Office mount it. Nothing is mocked but
// the edge: the runner is the host's run, wrapped only to count and inspect its calls.
/* global Excel */ // Office.js types only: the batch type of the runner.
import "./layout";
import { beforeAll, expect } from "@jest/globals";
import { render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import type { PaneEnvironment } from "../../src/taskpane/mount";
import type { ExcelRunner } from "../../src/excel";
import { createExcelHost, type ExcelHost } from "../../src/host";
import { sampleGoalRows } from "../helpers/samples";

export const HEADERS_004 = [
  "Nr",
  "Mål",
  "Del",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
  "Bemærkning",
];

/**
 * Seed 004 (KKR Nordjylland, item 3.3): Erhvervshus Nordjylland's 2020 report, nine goals, goal 6 at 3 of 4 → 97,2 %,
 * read from its sample workbook in assets/ (test/helpers/samples.ts) before each test file's tests run: the
 * beforeAll below registers in every test file that imports this module.
 */
export let ROWS_004: (string | number | null)[][] = [];
beforeAll(async () => {
  ROWS_004 = (await sampleGoalRows("nordjylland2020", HEADERS_004)) as (string | number | null)[][];
});

/**
 * A goal table as an Excel table "Maal2020" on sheet "Mål", header row 3 (a title above it), so goal 1 is row 4:
 * Nr A, Mål B, Del C, Resultat D.
 */
export function goalWorkbook(rows = ROWS_004, headers = HEADERS_004): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Mål");
  sheet.getCell("A1").value = "Resultatkontrakt 2020 – Erhvervshus Nordjylland, afrapportering";
  sheet.addTable({
    name: "Maal2020",
    ref: "A3",
    headerRow: true,
    columns: headers.map((name) => ({ name })),
    rows,
  });
  return workbook;
}

export interface Mounted {
  host: ExcelHost;
  runner: HostRunner;
  afterWrite: { count: number };
  env: PaneEnvironment;
}

/** The host's run as an ExcelRunner that counts its calls and can be held, to see the pane while a run is under way. */
export type HostRunner = ExcelRunner & {
  calls: number;
  /** Holds every run until the returned function is called. */
  hold(): () => void;
};

export function hostRunner(host: ExcelHost): HostRunner {
  let gate: Promise<void> | null = null;
  const runner = (async <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
    runner.calls++;
    if (gate) await gate;
    return host.run(batch);
  }) as HostRunner;
  runner.calls = 0;
  runner.hold = () => {
    let release = () => {};
    gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      gate = null;
      release();
    };
  };
  return runner;
}

/** Mounts the pane on a host over `workbook`; `held` holds the runner (the preview on open waits for `release`). */
export function renderPane(
  workbook: ExcelJS.Workbook,
  env: Partial<PaneEnvironment> = {},
  options: { held?: boolean } = {}
): Mounted & { release: () => void } {
  const host = createExcelHost(workbook);
  const runner = hostRunner(host);
  const release = options.held ? runner.hold() : () => {};
  const afterWrite = { count: 0 };
  const full: PaneEnvironment = {
    runner,
    locale: "da",
    onAfterWrite: () => afterWrite.count++,
    ...env,
  };
  render(createElement(App, { env: full }));
  return { host, runner, afterWrite, env: full, release };
}

/** Opens a section used now and then: the tab "Flere" ("More"), then the section's button (App.tsx). */
export async function openMoreSection(
  user: { click: (element: Element) => Promise<void> },
  name: string
): Promise<void> {
  await user.click(screen.getByRole("tab", { name: /^(Flere|More)$/ }));
  await user.click(await screen.findByRole("button", { name }));
}

/** Waits until the pane has finished what it is doing (no progress bar). */
export async function idle(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout: 10000 });
}

/** The address of the range selected in the host ("Mål!D4"). */
export async function selectedAddress(host: ExcelHost): Promise<string> {
  return host.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return range.address;
  });
}

/** A sheet's cell values through the host. */
export async function cellText(host: ExcelHost, sheet: string, address: string): Promise<unknown> {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values");
    await context.sync();
    return range.values[0][0];
  });
}

/** The headers of an Excel table in the host. */
export async function tableHeaders(host: ExcelHost, table: string): Promise<string[]> {
  return host.run(async (context) => {
    const header = context.workbook.tables.getItem(table).getHeaderRowRange();
    header.load("values");
    await context.sync();
    return header.values[0].map(String);
  });
}
