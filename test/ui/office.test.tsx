/* global Office */ // Office.js types only: the stubs below have its shape.
// The Office entry (index.tsx), the runner over Excel.run (officeRunner.ts) and the theme taken from Office.
// Office and Excel are globals stubbed at the very edge: Excel.run is the in-memory host's run.
import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { screen } from "@testing-library/react";
import { createExcelHost } from "../../src/host";
import { officeRunner, type OfficeRunnerDeps } from "../../src/taskpane/officeRunner";
import { goalWorkbook, idle } from "./support";

const globals = globalThis as unknown as Record<string, unknown>;
type ReadyCallback = NonNullable<Parameters<typeof Office.onReady>[0]>;
type ReadyInfo = Parameters<ReadyCallback>[0];

/** Office.onReady as Office.js calls it: the callback and the promise, with the given host. */
function onReady(host: string | null) {
  const info = { host, platform: host ? "OfficeOnline" : null } as unknown as ReadyInfo;
  return (callback: ReadyCallback) => {
    callback(info);
    return Promise.resolve(info);
  };
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  document.body.innerHTML = "";
});

async function loadEntry(): Promise<void> {
  document.body.innerHTML = '<div id="container"></div>';
  // A fresh module registry for each entry (each test sets its own Office global), and the same registry for what
  // the pane then loads on demand: isolateModules would leave those lazy parts a second React.
  jest.resetModules();
  await import("../../src/taskpane/index");
}

const container = () => document.getElementById("container")!;

describe("outside Excel: one sentence, never a blank page", () => {
  test("Office.js not loaded (a plain browser)", async () => {
    expect(typeof globals.Office).toBe("undefined");
    await loadEntry();
    const text = container().textContent ?? "";
    expect(text).toContain("skal åbnes fra Excel");
    expect(text).toContain("must be opened from Excel");
    const links = [...container().querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["workbench.html", "workbench.html"]);
    expect(container().querySelector("[lang=da]")).toBeTruthy();
    expect(container().querySelector("[lang=en]")).toBeTruthy();
  });

  test("Office.js loaded in another Office app", async () => {
    globals.Office = {
      HostType: { Excel: "Excel", Word: "Word" },
      onReady: onReady("Word"),
    };
    await loadEntry();
    expect(container().textContent).toContain("skal åbnes fra Excel");
  });
});

describe("inside Excel", () => {
  test("mounts the pane on Excel.run, in Office's language, one undo step per run (ExcelApi 1.20)", async () => {
    const host = createExcelHost(goalWorkbook());
    globals.Excel = { run: host.run };
    globals.Office = {
      HostType: { Excel: "Excel" },
      context: {
        displayLanguage: "en-US",
        officeTheme: {
          bodyBackgroundColor: "#262626",
          bodyForegroundColor: "#ffffff",
          controlBackgroundColor: "#333333",
          controlForegroundColor: "#f0f0f0",
        },
        requirements: { isSetSupported: () => true },
      },
      onReady: onReady("Excel"),
    };
    // index.tsx mounts with createRoot like Office does, outside Testing Library's act().
    globals.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      await loadEntry();
      expect(await screen.findByRole("button", { name: "Calculate" })).toBeTruthy();
      await idle();
      expect(screen.getByText("97.2%")).toBeTruthy();
      expect(host.stats.runs.length).toBeGreaterThan(0);
      expect(host.stats.runs.every((r) => r.mergeUndoGroup)).toBe(true);
    } finally {
      globals.IS_REACT_ACT_ENVIRONMENT = true;
    }
  });
});

describe("officeRunner", () => {
  test("without ExcelApi 1.20 runs are not grouped", async () => {
    const host = createExcelHost(goalWorkbook());
    const runner = officeRunner({
      run: (options, batch) => (options ? host.run(options, batch) : host.run(batch)),
      isSetSupported: () => false,
    });
    await runner(async (context) => context.sync());
    expect(host.stats.runs.map((r) => r.mergeUndoGroup)).toEqual([false]);
  });

  test("a batch Excel refuses to group (UndoNotSupported) runs again ungrouped, and the next run asks for one undo step again", async () => {
    const calls: (Excel.RunOptions | null)[] = [];
    const deps: OfficeRunnerDeps = {
      isSetSupported: () => true,
      run: async (options, batch) => {
        calls.push(options);
        if (options?.mergeUndoGroup)
          throw Object.assign(new Error("The operation cannot be grouped."), {
            code: "UndoNotSupported",
          });
        return batch({ sync: async () => undefined } as unknown as Excel.RequestContext);
      },
    };
    const runner = officeRunner(deps);
    expect(await runner(async () => "written")).toBe("written");
    expect(await runner(async () => "again")).toBe("again");
    // Each run asks for one undo step again (src/excel/workbook/runner.ts groupingRunner): only the batch Excel refused
    // runs ungrouped, so one refusal (the state sheet hidden once on Windows and Mac) does not ungroup every later run.
    expect(calls).toEqual([{ mergeUndoGroup: true }, null, { mergeUndoGroup: true }, null]);
  });

  test("a refusal the batch handled itself is returned as it is (never rerun), and the next run is ungrouped", async () => {
    const calls: (Excel.RunOptions | null)[] = [];
    const deps: OfficeRunnerDeps = {
      isSetSupported: () => true,
      run: async (options, batch) => {
        calls.push(options);
        const context = {
          sync: async () => {
            if (options?.mergeUndoGroup)
              throw Object.assign(new Error("no"), { code: "UndoNotSupported" });
          },
        };
        return batch(context as unknown as Excel.RequestContext);
      },
    };
    const runner = officeRunner(deps);
    const outcome = await runner(async (context) =>
      context.sync().then(
        () => "written",
        () => "failed"
      )
    );
    expect(outcome).toBe("failed");
    expect(await runner(async (context) => context.sync().then(() => "written"))).toBe("written");
    expect(calls).toEqual([{ mergeUndoGroup: true }, null]);
  });

  test("other errors pass through untouched", async () => {
    const runner = officeRunner({
      isSetSupported: () => true,
      run: async () => {
        throw Object.assign(new Error("gone"), { code: "ConnectionFailure" });
      },
    });
    await expect(runner(async () => 1)).rejects.toMatchObject({ code: "ConnectionFailure" });
  });
});
