// The spread's messages in English, as the pane and the command line show them with --locale en: the errors
// (missing columns, misspelt names beyond 20, unreadable and conflicting land/by entries), the warnings (no
// activities, no rural municipality), the classification words, and the singular "row"/"activity". Oracle: the
// English sentences a user reads, with the values of the rows below filled in.
import {
  computeSpread,
  readRuralTable,
  spreadMessage,
  spreadSummary,
  type SpreadResult,
} from "../../src/core/spread";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";
import { NORDJYLLAND_MUNICIPALITIES } from "../helpers/nordjylland";
import { rawTable } from "../helpers/tables";

const EN = { hub: "Nordjylland", year: 2021, locale: "en" as const };
function ok(outcome: ReturnType<typeof computeSpread>): SpreadResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
const messages = (outcome: ReturnType<typeof computeSpread>) =>
  outcome.ok ? [] : outcome.errors.map((e) => e.message);

test("missing columns", () => {
  const t = rawTable("CRM", ["Navn", "CVR"], [["A", "1"]]);
  expect(messages(computeSpread({ table: t }, DK, EN))).toEqual([
    "no municipality column found: give a column headed Kommune (municipality), or choose it (headers: Navn, CVR)",
  ]);
  expect(messages(computeSpread({ table: t, municipalityColumn: "Kommune" }, DK, EN))).toEqual([
    "there is no column 'Kommune' (headers: Navn, CVR)",
  ]);
});

test("more than 20 misspelt names: the rest counted", () => {
  const t = rawTable(
    "CRM",
    ["Kommune"],
    Array.from({ length: 22 }, () => ["Aalborgg"])
  );
  const m = messages(computeSpread({ table: t }, DK, EN));
  expect(m).toHaveLength(21);
  expect(m[20]).toBe("and 2 more errors in the same column");
});

test("a rural/urban list: an unreadable value and a conflict", () => {
  const t = rawTable(
    "Bilag",
    ["Kommune", "Land/by"],
    [
      ["Rebild", "Land"],
      ["Rebild", "By"],
      ["Læsø", "ø"],
    ]
  );
  expect(readRuralTable(t, DK, "en").errors.map((e) => [e.cell, e.message])).toEqual([
    ["B3", "Rebild is listed both as rural and as urban (first in Bilag!B2)"],
    [
      "B4",
      "'ø' is neither rural nor urban (write e.g. 'Land', 'Landdistrikt', 'By' or 'Bykommune')",
    ],
  ]);
});

test("no activities in the hub: the warning, and the rural index line says why; one row outside", () => {
  const r = ok(computeSpread({ table: rawTable("CRM", ["Kommune"], [["Viborg"]]) }, DK, EN));
  const why = "there are no activities in the municipalities of Erhvervshus Nordjylland";
  expect(r.warnings).toEqual([why]);
  const lines = spreadSummary(r, "en");
  expect(lines[2]).toBe(`Rural index: none (${why})`);
  expect(lines[3]).toBe("Outside the hub: 1 row (Viborg 1)");
});

test("the user's own classification: all by it, or mixed with DST's groups; none rural", () => {
  const ALL = NORDJYLLAND_MUNICIPALITIES;
  const allBy = readRuralTable(
    rawTable(
      "Bilag",
      ["Kommune", "Land/by"],
      ALL.map((n) => [n, "By"])
    ),
    DK
  ).list;
  const none = ok(
    computeSpread({ table: rawTable("CRM", ["Kommune"], [["Læsø"]]) }, DK, EN, allBy)
  );
  expect(none.warnings).toEqual([
    "Erhvervshus Nordjylland has no rural municipalities in this classification, so there is no rural index",
  ]);
  // Læsø rural, the rest urban: Læsø's one activity of one is 100 % of the activities.
  const laesoe = readRuralTable(
    rawTable(
      "Bilag",
      ["Kommune", "Land/by"],
      ALL.map((n) => [n, n === "Læsø" ? "Land" : "By"])
    ),
    DK
  ).list;
  const user = ok(
    computeSpread({ table: rawTable("CRM", ["Kommune"], [["Læsø"]]) }, DK, EN, laesoe)
  );
  // Læsø's 1.764 of 590.439 inhabitants is 0,30 %: index 100 / 0,29876 = 33.471,6.
  expect(spreadSummary(user, "en")[2]).toBe(
    "Rural index: 33,471.6: the rural municipalities have 100% of the activities and 0.3% of the population " +
      "(your own rural/urban list)"
  );
  const mixed = readRuralTable(
    rawTable("Bilag", ["Kommune", "Land/by"], [["Læsø", "Land"]]),
    DK
  ).list;
  const m = ok(computeSpread({ table: rawTable("CRM", ["Kommune"], [["Læsø"]]) }, DK, EN, mixed));
  // Læsø is one of DST's Landkommuner too: 340.434 / 590.439 = 57,66 % of the population, index 100 / 0,5766 = 173,4.
  // The names in Danish alphabetical order (Aa is Å, last), in English too.
  expect(spreadSummary(m, "en")[2]).toBe(
    "Rural index: 173.4: the rural municipalities have 100% of the activities and 57.7% of the population " +
      "(your own rural/urban list; Brønderslev, Frederikshavn, Hjørring, Jammerbugt, Mariagerfjord, Morsø, Rebild, " +
      "Thisted, Vesthimmerlands, Aalborg by Statistics Denmark's groups)"
  );
});

test("a message the catalogue lacks is shown by its code", () => {
  expect(spreadMessage("en", "no-such-message")).toBe("no-such-message");
  expect(spreadMessage("da", "row-1")).toBe("række");
});
