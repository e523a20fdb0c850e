// Goal groups (issue 17): the Type column, its spellings, the grouped order and the subtotals, from seed 004.
import { evaluateContract } from "../../src/core/evaluate";
import { GROUP_LABELS, groupGoals, groupKey } from "../../src/core/groups";
import { mapDescriptiveColumns } from "../../src/core/headers";
import type { RawCell } from "../../src/core/model";
import { STATUS_FILL_AND_FONT } from "../../src/core/statusColours";
import { STATUS_COLOURS } from "../../src/excel/workbook/formats";
import { SEED_004, SEED_004_HEADERS } from "../helpers/seed004";
import { rawTable } from "../helpers/tables";

const HEADERS = SEED_004_HEADERS;

const evaluate = (rows: RawCell[][], headers = HEADERS) =>
  evaluateContract([rawTable("Mål", headers, rows)]);

describe("the group a Type cell names", () => {
  test.each([
    ["Nationalt fastsat mål", "national"],
    ["Nationalt fastsatte mål", "national"],
    ["national", "national"],
    ["NATIONALE MÅL", "national"],
    ["Fælles indsatsmål", "faelles"],
    ["fælles", "faelles"],
    ["Faelles regionale mål", "faelles"],
    ["common", "faelles"],
    ["Regionalt mål", "regional"],
    ["Regionale mål", "regional"],
    ["regional/lokalt", "regional"],
    ["Lokalt mål", "regional"],
    ["Særlige mål", "saerligemal"],
    ["  ", ""],
  ])("'%s' → %s", (text, key) => expect(groupKey(text)).toBe(key));

  test("Type, Kategori, Måltype and Category are the group column; Bemærkning, Kommentar and Comment the remark", () => {
    expect(mapDescriptiveColumns(["Nr", "Mål", "Type", "Bemærkning"])).toEqual({
      group: 2,
      remark: 3,
    });
    expect(mapDescriptiveColumns(["Kategori", "Kommentar"])).toEqual({ group: 0, remark: 1 });
    expect(mapDescriptiveColumns(["Måltype", "Comment"])).toEqual({ group: 0, remark: 1 });
    expect(mapDescriptiveColumns(["Category"])).toEqual({ group: 0 });
    expect(mapDescriptiveColumns(["Nr", "Mål", "Resultat"])).toEqual({});
  });
});

describe("seed 004: goals grouped as national (1–3), common (4–7) and regional (8–9)", () => {
  test("three groups in order, with subtotals 100 %, 93,75 % and 100 %; the overall stays 875 / 9", () => {
    const result = evaluate(SEED_004);
    expect(result.overall).toBeCloseTo(8.75 / 9, 12);
    const grouped = groupGoals(result);
    expect(grouped.grouped).toBe(true);
    expect(grouped.showSubtotals).toBe(true);
    expect(grouped.groups.map((g) => g.label)).toEqual([
      "Nationalt fastsatte mål",
      "Fælles indsatsmål",
      "Regionale mål",
    ]);
    expect(grouped.groups.map((g) => g.goals.map((x) => x.id))).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6", "7"],
      ["8", "9"],
    ]);
    // Hand-computed: (1 + 1 + 0,75 + 1) / 4 = 0,9375.
    expect(grouped.groups.map((g) => g.subtotal.fulfilment)).toEqual([1, 0.9375, 1]);
    expect(grouped.groups[1].subtotal.text).toBe("93,8 %, 4 af 4 mål målt");
  });

  test("the group and the remark travel to the goal's result, as typed", () => {
    const goal6 = evaluate(SEED_004).goals.find((g) => g.id === "6")!;
    expect(goal6.group).toBe("Fælles indsatsmål");
    expect(goal6.remark).toBe("ErhvervsCAMP 2020 aflyst");
    expect(goal6.fulfilment).toBe(0.75);
  });

  test("the order is national, common, regional whatever order the table has; others follow as they appear", () => {
    const rows = [
      ["10", "Særlige mål", "Et mål af egen slags", "Ja", null, null, null],
      SEED_004[7],
      ["11", null, "Et mål uden type", "Ja", null, null, null],
      SEED_004[3],
      ["12", "Særlige mål", "Endnu et", "Nej", null, null, null],
      SEED_004[0],
    ];
    const grouped = groupGoals(evaluate(rows));
    expect(grouped.groups.map((g) => [g.label, g.goals.map((x) => x.id)])).toEqual([
      [GROUP_LABELS.national, ["1"]],
      [GROUP_LABELS.faelles, ["4"]],
      [GROUP_LABELS.regional, ["8"]],
      ["Særlige mål", ["10", "12"]],
      ["Øvrige mål", ["11"]],
    ]);
    expect(grouped.groups[3].subtotal.fulfilment).toBe(0.5);
  });

  test("spellings of one group are one group, named by the seed's heading", () => {
    const rows = SEED_004.map((r, i) => [
      r[0],
      ["national", "Nationalt fastsatte mål", "NATIONALT"][i % 3],
      ...r.slice(2),
    ]);
    const grouped = groupGoals(evaluate(rows));
    expect(grouped.groups).toHaveLength(1);
    expect(grouped.groups[0].label).toBe("Nationalt fastsatte mål");
    expect(grouped.showSubtotals).toBe(false);
  });

  test("without a Type column nothing is grouped, and the results are the same", () => {
    const plain = SEED_004.map((r) => [r[0], ...r.slice(2)]);
    const headers = HEADERS.filter((h) => h !== "Type");
    const result = evaluate(plain, headers);
    const grouped = groupGoals(result);
    expect(grouped.grouped).toBe(false);
    expect(grouped.groups).toHaveLength(1);
    expect(grouped.groups[0].goals).toHaveLength(9);
    expect(result.goals.every((g) => g.group === undefined)).toBe(true);
    expect(result.overall).toBe(evaluate(SEED_004).overall);
  });

  test("a row with only a remark is still a blank row, not a goal row", () => {
    const rows = [...SEED_004, [null, null, null, null, null, null, "notat til mig selv"]];
    const result = evaluate(rows);
    expect(result.errors).toEqual([]);
    expect(result.goals).toHaveLength(9);
  });

  test("pending goals bound a group's subtotal as they bound the overall", () => {
    const rows = SEED_004.map((r) =>
      r[0] === "7" ? [...r.slice(0, 3), "Afventer data", ...r.slice(4)] : r
    );
    const common = groupGoals(evaluate(rows)).groups[1].subtotal;
    expect(common.fulfilment).toBeCloseTo(2.75 / 3, 12);
    expect(common.range![0]).toBeCloseTo(2.75 / 4, 12);
    expect(common.range![1]).toBeCloseTo(3.75 / 4, 12);
  });
});

test("the memo's status colours are the workbook's Status colours (src/excel/workbook/formats.ts)", () => {
  expect(STATUS_FILL_AND_FONT).toEqual(STATUS_COLOURS);
});
