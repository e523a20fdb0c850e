// The Fordeling section on the real adapter (src/excel/allocation.ts) and the in-memory Excel host, with seed 000's
// Sydjylland key (13 municipalities, five printed shares that do not follow from the populations, shares summing to
// 100,01 %) and seed 003's Nordjylland key (amounts only): the preview while the total is typed writes nothing, the
// split adds up to the total, the audit's findings lead to their cells, Skriv fordelingen writes the key table's
// columns, an unreadable total is a Danish field error, and the figures are the command line's.
import { promises as fs } from "fs";
import path from "path";
import { describe, expect, test } from "@jest/globals";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { axe } from "jest-axe";
import { formatFixed, formatShare } from "../../src/core/allocate";
import { formatNumber } from "../../src/core/format";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { runAllocationOnWorkbook, undoLastRun } from "../../src/excel";
import { cellText, idle, renderPane, selectedAddress } from "./support";

const CSV = path.join(__dirname, "..", "..", "assets", "fordeling-sydjylland-2020.csv");

/** Seed 000's table as a consultant would paste it into a sheet (as in test/excel/allocation.test.ts). */
async function sydjyllandWorkbook(): Promise<ExcelJS.Workbook> {
  const text = (await fs.readFile(CSV, "utf8")).replace(/^\uFEFF/, "");
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Nøgle");
  text
    .trim()
    .split(/\r?\n/)
    .forEach((line, r) => {
      line.split(";").forEach((cell, c) => {
        const n = Number(cell.replace(/\./g, ""));
        sheet.getCell(r + 1, c + 1).value = c === 1 && r > 0 ? n : cell;
      });
    });
  return wb;
}

/** Seed 003's key as an Excel table: amounts in 1.000 kr., no populations, and the printed total 16.488. */
function nordjyllandWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Basisbevilling");
  sheet.getCell("A1").value = "Basisbevilling 2019";
  sheet.addTable({
    name: "Noegle2019",
    ref: "A3",
    headerRow: true,
    columns: [{ name: "Kommune" }, { name: "Beløb (1.000 kr.)" }],
    rows: [
      ["Morsø", 576],
      ["Thisted", 1224],
      ["Brønderslev", 1020],
      ["Frederikshavn", 1680],
      ["Vesthimmerland", 1044],
      ["Læsø", 48],
      ["Rebild", 840],
      ["Mariagerfjord", 1176],
      ["Jammerbugt", 1080],
      ["Aalborg", 5976],
      ["Hjørring", 1824],
      ["Nordjylland i alt", 16488],
    ],
  });
  return wb;
}

async function expectNoAxeViolations(container: Element = document.body) {
  const results = await axe(container);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  ).toEqual([]);
}

/** Lets the tab list's indicator animation (one animation frame) finish inside act(). */
const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/** An element's words as a reader hears them: the text of each node, spaced. */
/** The pane keeps figures and their units together with no-break spaces (shared/format.ts): compared as spaces. */
const plain = (s: string | null | undefined) => (s ?? "").replace(/\u00a0/g, " ");

function text(e: Node): string {
  const words: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) words.push(n.textContent ?? "");
    else n.childNodes.forEach(walk);
  };
  walk(e);
  return words.join(" ").replace(/\s+/g, " ").trim();
}

type User = ReturnType<typeof userEvent.setup>;

async function openFordeling(user: User) {
  await idle();
  await user.click(screen.getByRole("tab", { name: "Fordeling" }));
  await nextFrame();
  await screen.findByRole("combobox", { name: /Fordelingsnøgle/ }, { timeout: 10000 });
  await idle();
}

const totalField = () =>
  screen.getByRole("textbox", { name: /Beløb at fordele/ }) as HTMLInputElement;

/** Types the total and waits for its preview (250 ms after the last keystroke). */
async function typeTotal(user: User, total: string) {
  await user.clear(totalField());
  await user.type(totalField(), total);
  await waitFor(
    () => expect(screen.queryByTestId("allocation-total")?.textContent).toBe(`${total}\u00a0kr.`),
    { timeout: 10000 }
  );
  await idle();
}

/** The split as the pane shows it: one row of cell texts per municipality, then the total row. */
function tableRows(name = "Fordelingen pr. kommune"): string[][] {
  const table = screen.getByRole("table", { name });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => text(c))
    );
}

const FIVE = ["Billund", "Esbjerg", "Haderslev", "Kolding", "Vejle"];

describe("seed 000 (Sydjylland 2020): 13 municipalities by population", () => {
  test("typing a total previews the split and the audit without writing anything", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(await sydjyllandWorkbook());
    await openFordeling(user);
    const key = screen.getByRole("combobox", { name: /Fordelingsnøgle/ }) as HTMLSelectElement;
    expect(key.selectedOptions[0].textContent).toBe("Nøgle (område)");
    // No total yet: no figures, no error, nothing to write.
    expect(screen.queryByTestId("allocation-sum")).toBeNull();
    expect(totalField().getAttribute("aria-invalid")).not.toBe("true");
    expect(
      screen.getByRole("button", { name: "Skriv fordelingen" }).getAttribute("aria-disabled")
    ).toBe("true");
    const before = host.snapshot();

    await typeTotal(user, "16.500.000");
    expect(host.snapshot()).toEqual(before);
    expect(screen.getByText(/^Forhåndsvisning af fordelingen: intet er skrevet/)).toBeTruthy();
    // Largest remainder: the amounts add up to the total exactly.
    expect(text(screen.getByTestId("allocation-sum"))).toBe("16.500.000 kr.");
    expect(text(screen.getByTestId("allocation-difference"))).toBe("0 kr.");
    expect(text(screen.getByTestId("allocation-sentence"))).toMatch(
      /^Metode: største rest \(Hamilton\)\. .* Beløbene summer præcist til 16\.500\.000 kr\.$/
    );
    const rows = tableRows();
    expect(rows).toHaveLength(14);
    expect(rows[0][0]).toBe("Billund");
    expect(rows[13]).toEqual(["I alt", "", "16.500.000", "16.500.000", ""]);
    expect(plain(screen.getByTestId("fordeling-live-region").textContent)).toBe(
      "Forhåndsvisning: beløbene i alt 16.500.000 kr., forskel fra totalen 0 kr."
    );

    // The audit: the five shares that do not follow from the populations, the 100,01 % sum, and the date of the
    // populations against DST's quarterly figures (1 October 2017 for 12 of 13; Vejen's is 1 January 2017).
    const audit = screen.getByTestId("audit");
    expect(
      within(audit).getByText(
        "Revision: 7 afvigelser, 1 forklaring. 5 af 13 andele følger ikke af indbyggertallene; andelene summer til 100,01 %; indbyggertallene er fra 1. oktober 2017 (12 af 13 kommuner); 1 er fra en anden dato."
      )
    ).toBeTruthy();
    const findings = within(screen.getByRole("list", { name: "Fund i revisionen" })).getAllByRole(
      "button"
    );
    expect(findings).toHaveLength(8);
    FIVE.forEach((name, i) => {
      expect(text(findings[i])).toMatch(
        new RegExp(`^Afvigelse Arket Nøgle, celle C\\d+: ${name}: angivet andel [\\d,]+ %, men`)
      );
    });
    expect(text(findings[0])).toBe(
      "Afvigelse Arket Nøgle, celle C2: Billund: angivet andel 3,47 %, men 26.491 af 762.264 indbyggere er 3,4753 %, dvs. 3,48 %"
    );
    expect(text(findings[5])).toBe(
      "Afvigelse Arket Nøgle, celle C15: de angivne andele summer til 100,01 %, ikke 100,00 %"
    );
    expect(text(findings[6])).toBe(
      "Bemærkning Arket Nøgle, celle B1: indbyggertallene er Danmarks Statistiks tal pr. 1. oktober 2017 (12 af 13 kommuner). De nyeste tal er pr. 1. januar 2026"
    );
    expect(text(findings[7])).toBe(
      "Afvigelse Arket Nøgle, celle B12: Vejen: 42.822 er Danmarks Statistiks tal pr. 1. januar 2017, ikke pr. 1. oktober 2017 (42.893)"
    );
    // Choosing a finding selects its cell.
    await user.click(findings[1]);
    await waitFor(async () => expect(await selectedAddress(host)).toBe("Nøgle!C3"));
    await expectNoAxeViolations();
  });

  test("Skriv fordelingen writes the columns into the key table, the sums on its TOTAL row, and the Fordeling sheet", async () => {
    const user = userEvent.setup();
    const { host, afterWrite } = renderPane(await sydjyllandWorkbook());
    await openFordeling(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Afrunding" }), "1000");
    await user.selectOptions(screen.getByRole("combobox", { name: "Rater om året" }), "4");
    await user.type(screen.getByRole("textbox", { name: /Indbyggertal pr\./ }), "1. januar 2020");
    await typeTotal(user, "10.000.000");
    await user.click(screen.getByRole("button", { name: "Skriv fordelingen" }));
    await screen.findByText("Fordelingen er skrevet", undefined, { timeout: 10000 });
    await idle();
    expect(afterWrite.count).toBe(1);
    expect(
      screen.getByText(/Fortryd herunder fjerner det igen\.$/)
    ).toBeTruthy();
    expect(plain(screen.getByTestId("fordeling-live-region").textContent)).toBe(
      "Fordelingen er skrevet: beløbene i alt 10.000.000 kr."
    );
    // The key table: Kommune, Antal indbyggere, Andel, then the three columns; Billund 348.000 kr.
    expect(await cellText(host, "Nøgle", "D1")).toBe("Beregnet andel");
    expect(await cellText(host, "Nøgle", "E1")).toBe("Beregnet beløb");
    expect(await cellText(host, "Nøgle", "F1")).toBe("Pr. rate");
    expect(await cellText(host, "Nøgle", "E2")).toBe(348_000);
    expect(await cellText(host, "Nøgle", "F2")).toBe(87_000);
    expect(await cellText(host, "Nøgle", "E15")).toBe(10_000_000);
    const sheet = host.snapshot().sheets.find((s) => s.name === "Fordeling")!;
    expect(sheet.charts.map((c) => c.name)).toEqual(["Fordeling af beløb"]);
    const cells = new Map(sheet.cells.map((c) => [c.address, c.value]));
    expect(cells.get("B3")).toBe("1. januar 2020");
    // The written split is still on screen.
    expect(text(screen.getByTestId("allocation-sum"))).toBe("10.000.000 kr.");
    await expectNoAxeViolations();

    // The Målopfyldelse tab reads the workbook again: its Fortryd now undoes the allocation.
    await user.click(screen.getByRole("tab", { name: "Målopfyldelse" }));
    await screen.findByText(/fordelingen i arket Fordeling$/, undefined, { timeout: 10000 });
    const undo = screen.getByRole("button", { name: "Fortryd seneste kørsel" });
    await waitFor(() => expect(undo.getAttribute("aria-disabled")).not.toBe("true"));
    await user.click(undo);
    // Fortryd empties the Fordeling sheet the run made (no sheet is deleted in an ordinary run: undo page).
    await waitFor(
      () => expect(host.snapshot().sheets.find((s) => s.name === "Fordeling")?.cells).toEqual([]),
      { timeout: 10000 }
    );
    expect(await cellText(host, "Nøgle", "E1")).toBe("");
  });

  test("an unreadable total is a Danish error under the field; a total that cannot be split says what would work", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(await sydjyllandWorkbook());
    await openFordeling(user);
    const before = host.snapshot();
    await user.type(totalField(), "mange penge");
    await waitFor(() => expect(totalField().getAttribute("aria-invalid")).toBe("true"));
    expect(
      screen.getByText("'mange penge' er ikke et tal. Skriv beløbet i kroner, fx 16.500.000.")
    ).toBeTruthy();
    expect(screen.queryByTestId("allocation-sum")).toBeNull();
    expect(
      screen.getByRole("button", { name: "Skriv fordelingen" }).getAttribute("aria-disabled")
    ).toBe("true");
    await expectNoAxeViolations();

    // Readable, but not in 12 monthly instalments of whole thousands: the adapter's message, under the field.
    await user.selectOptions(screen.getByRole("combobox", { name: "Afrunding" }), "1000");
    await user.selectOptions(screen.getByRole("combobox", { name: "Rater om året" }), "12");
    await user.clear(totalField());
    await user.type(totalField(), "16.500.001");
    await screen.findByText(
      "totalen 16.500.001 kr. kan ikke deles i 12 månedsrater af hele 1.000 kr.: den skal være et multiplum af 12.000 kr. (fx 16.500.000 kr. eller 16.512.000 kr.)",
      undefined,
      { timeout: 10000 }
    );
    await idle();
    expect(totalField().getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("allocation-sum")).toBeNull();
    expect(screen.queryByRole("list", { name: "Fejl i fordelingsnøglen" })).toBeNull();
    expect(host.snapshot()).toEqual(before);
  });

  test("the pane's figures are the command line's for the same table", async () => {
    const user = userEvent.setup();
    renderPane(await sydjyllandWorkbook());
    await openFordeling(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Afrunding" }), "1000");
    await user.selectOptions(screen.getByRole("combobox", { name: "Rater om året" }), "12");
    await typeTotal(user, "16.500.000");

    const io = memoryIo();
    const code = await runCli(
      ["allocate", CSV, "--total", "16500000", "--unit", "1000", "--instalments", "12", "--json"],
      io
    );
    expect(code).toBe(0);
    const cli = JSON.parse(io.stdout) as {
      rows: {
        name: string;
        share: number;
        amount: number;
        instalment: number;
        adjustment: number;
      }[];
      sum: number;
      difference: number;
      instalmentSum: number;
      sentence: string;
      audit: { message: string; cell: string }[];
    };
    const rows = tableRows();
    expect(rows.slice(0, -1)).toEqual(
      cli.rows.map((r) => [
        r.name,
        formatShare(r.share, 4),
        formatNumber(r.amount, "da", 2),
        formatNumber(r.instalment, "da", 2),
        (r.adjustment > 0 ? "+" : "") + formatFixed(r.adjustment, 2),
      ])
    );
    expect(cli.sum).toBe(16_500_000);
    expect(cli.difference).toBe(0);
    expect(rows[rows.length - 1]).toEqual([
      "I alt",
      "",
      formatNumber(cli.sum),
      formatNumber(cli.instalmentSum),
      "",
    ]);
    expect(text(screen.getByTestId("allocation-sentence"))).toBe(cli.sentence);
    const findings = within(screen.getByRole("list", { name: "Fund i revisionen" })).getAllByRole(
      "button"
    );
    expect(findings.map((f) => text(f).replace(/^(Afvigelse|Bemærkning) Arket Nøgle, celle /, ""))).toEqual(
      cli.audit.map((f) => `${f.cell}: ${f.message}`)
    );
  });

  test("the old method: the difference from the total is shown", async () => {
    const user = userEvent.setup();
    renderPane(await sydjyllandWorkbook());
    await openFordeling(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Afrunding" }), "1000");
    await user.click(screen.getByRole("radio", { name: "Afrund hver (gammel metode)" }));
    await typeTotal(user, "10.000.000");
    expect(text(screen.getByTestId("allocation-sentence"))).toMatch(
      /^Metode: afrund hver \(den gamle metode\)\./
    );
    expect(text(screen.getByTestId("allocation-difference"))).not.toBe("");
  });
});

describe("output cells a user filled in: the same question as Beregn", () => {
  test("Skriv fordelingen asks first; Overskriv writes", async () => {
    const user = userEvent.setup();
    const wb = await sydjyllandWorkbook();
    const sheet = wb.getWorksheet("Nøgle")!;
    sheet.getCell("D1").value = "Beregnet beløb";
    sheet.getCell("D2").value = 350000;
    const { host } = renderPane(wb);
    await openFordeling(user);
    await typeTotal(user, "10.000.000");
    expect(screen.getByText(/^1 celle i kolonnerne .* Skriv fordelingen spørger/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Skriv fordelingen" }));
    const dialog = await screen.findByRole(
      "alertdialog",
      {
        name: "1 celle i kolonnerne Beregnet andel, Beregnet beløb og Pr. rate er udfyldt af en bruger",
      },
      { timeout: 10000 }
    );
    expect(within(dialog).getByText(/^Arket Nøgle, celle D2/)).toBeTruthy();
    await expectNoAxeViolations();
    await user.click(
      within(dialog).getByRole("button", { name: "Overskriv (gem de gamle værdier)" })
    );
    await screen.findByText("Fordelingen er skrevet", undefined, { timeout: 10000 });
    await idle();
    expect(await cellText(host, "Nøgle", "D2")).not.toBe(350000);
  });
});

describe("a write Excel refuses", () => {
  test("the code in words, the workbook put back, and Prøv igen writes", async () => {
    const user = userEvent.setup();
    const { host, runner, afterWrite } = renderPane(await sydjyllandWorkbook());
    await openFordeling(user);
    await typeTotal(user, "10.000.000");
    // The state sheet is made once per workbook, in a run of its own before the first write (src/excel/workbook/
    // setup.ts): made here first (a run taken back with Fortryd), so the sync after the scan and read is the write's.
    await runAllocationOnWorkbook(runner, { total: 10_000_000 });
    await undoLastRun(runner);
    // How many syncs a run needs before it writes (scan and read): the next one is the first write.
    host.stats.reset();
    await runAllocationOnWorkbook(runner, { total: 10_000_000, dryRun: true });
    host.failSync({ code: "AccessDenied", onSync: host.stats.syncs + 1 });

    await user.click(screen.getByRole("button", { name: "Skriv fordelingen" }));
    await screen.findByText("Fordelingen kunne ikke skrives", undefined, { timeout: 10000 });
    await idle();
    expect(
      screen.getByText(/^Arket eller projektmappen er beskyttet/, { selector: "p" })
    ).toBeTruthy();
    expect(
      screen.getByText("Projektmappen er sat tilbage, som den var før beregningen.")
    ).toBeTruthy();
    expect(screen.getByTestId("fordeling-live-region").textContent).toMatch(
      /^Fordelingen kunne ikke skrives\. Arket eller projektmappen er beskyttet/
    );
    expect(await cellText(host, "Nøgle", "E1")).toBe("");
    expect(afterWrite.count).toBe(1);
    await expectNoAxeViolations();

    await user.click(screen.getByRole("button", { name: "Prøv igen" }));
    await screen.findByText("Fordelingen er skrevet", undefined, { timeout: 10000 });
    await idle();
    expect(await cellText(host, "Nøgle", "E1")).toBe("Beregnet beløb");
  });
});

describe("seed 003 (Nordjylland 2019): a key with amounts only", () => {
  test("no populations: the error says so and the pane suggests the stated amounts; split by them, Aalborg gets the 12.000 kr.", async () => {
    const user = userEvent.setup();
    renderPane(nordjyllandWorkbook());
    await openFordeling(user);
    const key = screen.getByRole("combobox", { name: /Fordelingsnøgle/ }) as HTMLSelectElement;
    expect(key.selectedOptions[0].textContent).toBe("Basisbevilling – Noegle2019 (tabel)");
    const errors = screen.getByRole("list", { name: "Fejl i fordelingsnøglen" });
    expect(text(within(errors).getByRole("button"))).toMatch(
      /^Arket Basisbevilling, celle [A-Z]+\d+: kolonnen 'Indbyggere' mangler: tabellen har kun beløb/
    );
    expect(screen.getByText(/^Tabellen har kun beløb\. Vælg 'De angivne beløb'/)).toBeTruthy();
    expect(plain(screen.getByTestId("fordeling-live-region").textContent)).toBe(
      "1 fejl i fordelingsnøglen. Intet er skrevet."
    );

    await user.selectOptions(screen.getByRole("combobox", { name: "Afrunding" }), "1000");
    await user.selectOptions(screen.getByRole("combobox", { name: "Rater om året" }), "12");
    await user.click(screen.getByRole("radio", { name: /^De angivne beløb/ }));
    await typeTotal(user, "16.500.000");
    expect(screen.queryByRole("list", { name: "Fejl i fordelingsnøglen" })).toBeNull();
    const aalborg = tableRows().find((r) => r[0] === "Aalborg")!;
    expect(aalborg.slice(2, 4)).toEqual(["5.988.000", "499.000"]);
    expect(text(screen.getByTestId("allocation-instalment-sum"))).toBe("1.375.000 kr.");
    expect(
      screen.getByText("Nøglen er de angivne beløb, fordi tabellen ikke har indbyggertal.")
    ).toBeTruthy();
    const findings = within(screen.getByRole("list", { name: "Fund i revisionen" })).getAllByRole(
      "button"
    );
    expect(text(findings[0])).toContain(
      "beløbene summer til 16.488.000 kr., 12.000 kr. mindre end totalen 16.500.000 kr."
    );
    await expectNoAxeViolations();
  });

  test("a workbook without a key says so", async () => {
    const user = userEvent.setup();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1").getCell("A1").value = "Intet her";
    renderPane(wb);
    await idle();
    await user.click(screen.getByRole("tab", { name: "Fordeling" }));
    await nextFrame();
    await screen.findByText(/^Der er ikke fundet nogen fordelingsnøgle/, undefined, {
      timeout: 10000,
    });
    await idle();
    expect(screen.queryByRole("list", { name: "Fejl i fordelingsnøglen" })).toBeNull();
    await expectNoAxeViolations();
  });
});

describe("populations from Danmarks Statistik: no key table typed", () => {
  test("Nordjylland 2018, 12 rates, the old method: seed 003's printed 16.488.000 on the Fordeling sheet", async () => {
    const user = userEvent.setup();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = "Tilskud 2019";
    const { host } = renderPane(wb);
    await idle();
    await user.click(screen.getByRole("tab", { name: "Fordeling" }));
    await nextFrame();
    await screen.findByText(/^Der er ikke fundet nogen fordelingsnøgle/, undefined, {
      timeout: 10000,
    });
    await user.click(screen.getByRole("radio", { name: /^Fra Danmarks Statistik/ }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Erhvervshus" }), "Nordjylland");
    await user.selectOptions(screen.getByRole("combobox", { name: /^År/ }), "2018");
    expect(screen.getByRole("radio", { name: "Fra Danmarks Statistik (1. januar 2018)" })).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: /Fordelingsnøgle/ })).toBeNull();
    await user.selectOptions(screen.getByRole("combobox", { name: "Afrunding" }), "1000");
    await user.selectOptions(screen.getByRole("combobox", { name: "Rater om året" }), "12");
    await user.click(screen.getByRole("radio", { name: "Afrund hver (gammel metode)" }));
    await typeTotal(user, "16.500.000");
    // The preview: Aalborg 5.976.000 kr. as seed 003 printed it (5.976 in 1.000 kr.), 498.000 kr. a month.
    const aalborg = tableRows().find((r) => r[0] === "Aalborg")!;
    expect(aalborg.slice(0, 4)).toEqual(["Aalborg", expect.any(String), "5.976.000", "498.000"]);
    await user.click(screen.getByRole("button", { name: "Skriv fordelingen" }));
    await screen.findByText("Fordelingen er skrevet", undefined, { timeout: 10000 });
    expect(screen.getByText(/nøgletabellen med Danmarks Statistiks indbyggertal/)).toBeTruthy();
    const sheet = host.snapshot().sheets.find((x) => x.name === "Fordeling")!;
    const cells = new Map(sheet.cells.map((c) => [c.address, c.value]));
    expect([cells.get("A22"), cells.get("B22")]).toEqual(["I alt", 16_488_000]);
    expect(cells.get("B3")).toBe("1. januar 2018");
    expect(await cellText(host, "Budget", "A1")).toBe("Tilskud 2019");
    await expectNoAxeViolations();
  });
});

describe("in English", () => {
  test("the words are English and the amounts in English notation", async () => {
    const user = userEvent.setup();
    renderPane(await sydjyllandWorkbook(), { locale: "en" });
    await idle();
    await user.click(screen.getByRole("tab", { name: "Allocation" }));
    await nextFrame();
    await screen.findByRole("combobox", { name: /Population key/ }, { timeout: 10000 });
    await idle();
    const total = screen.getByRole("textbox", { name: /Amount to split/ });
    await user.type(total, "mange penge");
    expect(
      await screen.findByText(
        "'mange penge' is not a number. Enter the amount in kroner, e.g. 16,500,000."
      )
    ).toBeTruthy();
    await user.clear(total);
    await user.type(total, "16,500,000");
    await waitFor(
      () => expect(plain(screen.queryByTestId("allocation-sum")?.textContent)).toBe("DKK 16,500,000"),
      { timeout: 10000 }
    );
    await idle();
    expect(text(screen.getByTestId("allocation-difference"))).toBe("DKK 0");
    expect(screen.getByRole("button", { name: "Write the allocation" })).toBeTruthy();
    expect(tableRows("The allocation by municipality")[0].slice(0, 2)).toEqual([
      "Billund",
      "3.4753%",
    ]);
    await expectNoAxeViolations();
  });
});
